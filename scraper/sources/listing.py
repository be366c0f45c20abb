"""HTML listing pages: a site's "Netflix" or "K-drama" section, its article links picked by a CSS selector.

The selector names the links (``article h2 a``) or elements holding one; each link's text is the
lead's title, so the topic's names can filter the section before any article is fetched.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from scraper.errors import PageTooComplex
from scraper.relevance import mentions
from scraper.sources.base import Source, SourceConfigError, answered
from scraper.types import Discovery, FetchState, Lead, Topic
from scraper.urls import canonicalize_url, slug_words

if TYPE_CHECKING:
    from scraper.fetch.client import Fetcher

# A section page's links are a few dozen; past this many, the selector matches the whole page.
MAX_LINKS = 500


class ListingSource(Source):
    kind = "listing"
    options = {
        "selector": "CSS selector of the article links, or of elements that each hold one (required)",
        "filter": "keep only links whose text or URL words name the show (default true)",
    }

    def __init__(self, config: Any) -> None:
        super().__init__(config)
        selector = self.option_text("selector", None)
        if selector is None:
            raise SourceConfigError(self.name, self.kind, "selector", "is required (a CSS selector such as 'h2 a')")
        try:
            LexborHTMLParser("<p></p>").css(selector)
        except SelectolaxError as exc:
            raise SourceConfigError(self.name, self.kind, "selector", f"not a CSS selector: {exc}") from None
        self.selector = selector
        self.filter = self.option_bool("filter", True)

    async def discover(self, fetcher: Fetcher, states: Mapping[str, FetchState], topic: Topic) -> Discovery:
        response = await self.get(fetcher, self.config.url, states.get(self.config.url))
        if response.not_modified:
            return answered(response, not_modified=True)
        leads, problems = parse_listing(
            response.text(), url=response.final_url, selector=self.selector, source=self.name
        )
        if self.filter:
            leads = [lead for lead in leads if mentions(f"{lead.title or ''}\n{slug_words(lead.url)}", topic)]
        return answered(response, leads=tuple(leads), problems=tuple(problems))


def parse_listing(
    html: str | bytes, *, url: str, selector: str, source: str | None = None
) -> tuple[list[Lead], list[str]]:
    """The links the selector picks, as leads, and the problems met; never raises."""
    from scraper.article.page import parse_html  # the page reader: not needed to check a topic's sources

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    try:
        nodes = parse_html(html, url).css(selector)
    except PageTooComplex as exc:
        return [], [str(exc)]
    except (SelectolaxError, ValueError, TypeError) as exc:
        return [], [f"{url}: listing could not be read: {exc}"]
    leads: list[Lead] = []
    seen: set[str] = set()
    for node in nodes[:MAX_LINKS]:
        lead = link_lead(node, url, source)
        if lead is not None and lead.url not in seen:
            seen.add(lead.url)
            leads.append(lead)
    problems = [] if leads else [f"{url}: the selector {selector!r} matched no article link"]
    if len(nodes) > MAX_LINKS:
        problems.append(f"{url}: the selector matched {len(nodes)} elements; the first {MAX_LINKS} were read")
    return leads, problems


def link_lead(node: LexborNode, base: str, source: str | None) -> Lead | None:
    link = node if node.tag == "a" else node.css_first("a[href]")
    href = link.attributes.get("href") if link is not None else None
    if not href or link is None:
        return None
    try:
        absolute = urljoin(base, href.strip())
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    title = " ".join((link.text(separator=" ") or "").split()) or link.attributes.get("title")
    return Lead(url=canonicalize_url(absolute), title=title or None, source=source)
