"""Sitemaps: a ``<urlset>`` (news sitemaps included) or a ``<sitemapindex>`` of them.

An index's children are read newest first, at most ``max_sitemaps`` a poll; a child whose
``lastmod`` is no later than our last full read of it has not changed and is not fetched at all,
and one that has is asked for conditionally. Pages whose ``lastmod`` is no later than the last read
of their sitemap are skipped the same way. Pages come out newest first, so the round's budget
takes the latest stories.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from scraper.errors import FetchError
from scraper.fetch.settings import SITEMAP_CONTENT_TYPES
from scraper.relevance import mentions
from scraper.sources.base import Source, answered
from scraper.types import Discovery, FetchState, Lead, Response, Topic
from scraper.urls import canonicalize_url, slug_words

if TYPE_CHECKING:
    from scraper.fetch.client import Fetcher
    from scraper.sources.sitemap_parse import SitemapDocument, SitemapEntry

# Child sitemaps read in one poll: a site's index can list years of monthly archives; the news
# lives in the newest few.
MAX_SITEMAPS = 5
# An index of indexes is followed this deep, no deeper: a loop of indexes must end.
MAX_DEPTH = 2
_EPOCH = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclass
class Walk:
    """What one poll gathered while walking an index."""

    entries: list[SitemapEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    states: dict[str, FetchState] = field(default_factory=dict)
    read: int = 0
    failed: bool = False  # a child could not be read: the index must be read again next time
    failure: str | None = None  # the first document that was broken or could not be read

    def fail(self, reason: str) -> None:
        self.failed = True
        self.failure = self.failure or reason


class SitemapSource(Source):
    kind = "sitemap"
    options = {
        "filter": "keep only pages whose news title, or the words of whose URL, name the show "
        "(default false: a site's sitemap lists every story)",
        "max_sitemaps": f"child sitemaps read in one poll, newest first (default {MAX_SITEMAPS})",
    }

    def __init__(self, config: Any) -> None:
        super().__init__(config)
        self.filter = self.option_bool("filter", False)
        self.max_sitemaps = self.option_int("max_sitemaps", MAX_SITEMAPS) or MAX_SITEMAPS

    async def discover(self, fetcher: Fetcher, states: Mapping[str, FetchState], topic: Topic) -> Discovery:
        url = self.config.url
        response = await self._get(fetcher, url, states.get(url))
        if response.not_modified:
            return answered(response, not_modified=True)
        document = _parse(response.body, url=response.final_url, limit=fetcher.settings.max_sitemap_bytes)
        walk = Walk(problems=list(document.problems))
        if document.failure:
            walk.fail(document.failure)
        await self._walk(fetcher, states, document, walk, depth=1, read_at=last_read(states.get(url)))
        leads = [self._lead(entry) for entry in newest_first(walk.entries)]
        if self.filter:
            leads = [lead for lead in leads if sitemap_lead_mentions(lead, topic)]
        return answered(response, remember=not walk.failed, leads=tuple(unique(leads)),
                        problems=tuple(walk.problems), states=walk.states, failure=walk.failure)

    async def _walk(
        self,
        fetcher: Fetcher,
        states: Mapping[str, FetchState],
        document: SitemapDocument,
        walk: Walk,
        depth: int,
        read_at: dt.datetime | None,
    ) -> None:
        if document.kind != "index":
            walk.entries.extend(entry for entry in document.entries if changed_since(entry, read_at))
            return
        if depth > MAX_DEPTH:
            walk.problems.append(f"{self.config.url}: sitemap indexes nested deeper than {MAX_DEPTH}, not followed")
            return
        for child in newest_first(document.entries):
            if walk.read >= self.max_sitemaps:
                break
            state = states.get(child.loc)
            if unchanged_since_read(child, state):
                continue
            walk.read += 1
            try:
                response = await self._get(fetcher, child.loc, state)
            except FetchError as exc:
                walk.problems.append(str(exc))
                walk.fail(str(exc))
                continue
            walk.states[child.loc] = response.state
            if not response.not_modified:
                inner = _parse(response.body, url=response.final_url, limit=fetcher.settings.max_sitemap_bytes)
                walk.problems.extend(inner.problems)
                if inner.failure:
                    walk.fail(inner.failure)
                await self._walk(fetcher, states, inner, walk, depth + 1, last_read(state))

    async def _get(self, fetcher: Fetcher, url: str, state: FetchState | None) -> Response:
        return await self.get(fetcher, url, state, types=SITEMAP_CONTENT_TYPES, limit=fetcher.settings.max_sitemap_bytes)

    def _lead(self, entry: SitemapEntry) -> Lead:
        return Lead(
            url=canonicalize_url(entry.loc),
            title=entry.title,
            published=entry.published,
            publisher=entry.publisher,
            source=self.name,
        )


def last_read(state: FetchState | None) -> dt.datetime | None:
    return state.checked_at if state is not None else None


def _parse(body: bytes, *, url: str, limit: int) -> SitemapDocument:
    from scraper.sources.sitemap_parse import (
        parse_sitemap,  # the XML reader: not needed to check a topic's sources
    )

    return parse_sitemap(body, url=url, limit=limit)


def unchanged_since_read(child: SitemapEntry, state: FetchState | None) -> bool:
    """A child whose lastmod is no later than our last full read of it has nothing new."""
    return not changed_since(child, last_read(state))


def changed_since(entry: SitemapEntry, read_at: dt.datetime | None) -> bool:
    """An entry without a lastmod, or changed after our last full read, may be news.

    A read is only stored once every lead it gave was dealt with (the pipeline holds the state
    back while the budget left some), so what the last read listed need not be listed again.
    """
    return entry.lastmod is None or read_at is None or entry.lastmod > read_at


def newest_first(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    return sorted(entries, key=lambda entry: entry.published or entry.lastmod or _EPOCH, reverse=True)


def unique(leads: list[Lead]) -> list[Lead]:
    seen: set[str] = set()
    kept = []
    for lead in leads:
        if lead.url not in seen:
            seen.add(lead.url)
            kept.append(lead)
    return kept


def sitemap_lead_mentions(lead: Lead, topic: Topic) -> bool:
    return mentions(f"{lead.title or ''}\n{slug_words(lead.url)}", topic)
