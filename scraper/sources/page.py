"""A single page watched for change: an unchanged page (304) is nothing, a changed one is one lead."""

from __future__ import annotations

from scraper.article import page_title
from scraper.fetch.client import Fetcher
from scraper.sources.base import Source
from scraper.types import Discovery, FetchState, Lead, Topic
from scraper.urls import canonicalize_url


class PageSource(Source):
    kind = "page"  # no options: the URL is the whole configuration

    async def discover(self, fetcher: Fetcher, state: FetchState | None, topic: Topic) -> Discovery:
        response = await fetcher.fetch(self.config.url, state)
        if response.not_modified:
            return Discovery(not_modified=True, state=response.state)
        lead = Lead(
            url=canonicalize_url(response.final_url), title=page_title(response.body), source=self.name,
            fetched=response,
        )
        return Discovery(leads=(lead,), state=response.state)
