"""News-search feeds: an aggregator's RSS for a query made of the topic's names.

Aggregators wrap each item's link in a redirect of their own, often one only a browser can
follow (a script, not an HTTP redirect). Each new item's link is tried with a plain request: when
it lands off the aggregator, that page is the article. When it does not, the item itself is the
lead: its title and summary are read as a short article credited to the publisher its
``<source>`` names, and the publisher's own feed (a source of its own) brings the full story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote_plus

from scraper.errors import FetchError
from scraper.sources.base import SourceConfigError
from scraper.sources.rss import RssSource
from scraper.types import Lead, Response, Topic
from scraper.urls import site_of

if TYPE_CHECKING:
    from scraper.fetch.client import Fetcher

DEFAULT_QUERY = "{names}"


class SearchSource(RssSource):
    kind = "search"
    options = {
        **RssSource.options,
        "query": "the search words put for {query} in the URL; {names} is the show's titles quoted and "
        "joined by OR, {season} the season (default '{names}')",
        "names": "which titles go into {names} (default: every title of the topic)",
        "resolve": "follow each new item's link with a plain request to reach the publisher's page "
        "(default true); false reads every item as a lead of its own",
    }

    def __init__(self, config: Any) -> None:
        super().__init__(config)
        if "{query}" not in config.url:
            raise SourceConfigError(config.name, self.kind, "url", "must hold {query} where the search words go")
        self.query = self.option_text("query", DEFAULT_QUERY) or DEFAULT_QUERY
        try:
            self.query.format(names="", season=0)
        except (KeyError, IndexError, ValueError) as exc:
            raise SourceConfigError(self.name, self.kind, "query", f"only {{names}} and {{season}} are known: {exc}") from None
        self.names = self.option_strings("names")
        self.resolve = self.option_bool("resolve", True)

    def feed_url(self, topic: Topic) -> str:
        names = " OR ".join(f'"{name}"' for name in (self.names or topic.all_titles))
        words = self.query.format(names=names, season=topic.season)
        return self.config.url.replace("{query}", quote_plus(words))

    async def read_lead(self, fetcher: Fetcher, lead: Lead) -> Response | None:
        """The publisher's page when a plain request gets there; None makes the item its own article."""
        if not self.resolve:
            return None
        try:
            response = await self.get(fetcher, lead.url)
        except FetchError:
            return None  # a script redirect, a refusal, robots.txt: the item's own text is still news
        return None if site_of(response.final_url) == site_of(lead.url) else response
