"""A single page watched for change: an unchanged page (304) is nothing, a changed one is one lead."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from scraper.sources.base import Source, answered
from scraper.types import Discovery, FetchState, Lead, Topic
from scraper.urls import canonicalize_url

if TYPE_CHECKING:
    from scraper.fetch.client import Fetcher


class PageSource(Source):
    kind = "page"  # no options: the URL is the whole configuration
    lists_entries = False

    async def discover(self, fetcher: Fetcher, states: Mapping[str, FetchState], topic: Topic) -> Discovery:
        from scraper.article import page_title

        response = await self.get(fetcher, self.config.url, states.get(self.config.url))
        if response.not_modified:
            return answered(response, not_modified=True)
        lead = Lead(
            url=canonicalize_url(response.final_url), title=page_title(response.body), source=self.name,
            fetched=response,
        )
        return answered(response, leads=(lead,))
