"""RSS and Atom feeds (read by feedparser): every entry with a link is a lead.

A broken feed still gives its good entries; what was wrong goes into ``Discovery.problems``.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scraper.errors import PageTooComplex
from scraper.relevance import mentions
from scraper.sources.base import Source, answered
from scraper.types import Discovery, FetchState, Lead, Topic
from scraper.urls import canonicalize_url

if TYPE_CHECKING:
    from scraper.fetch.client import Fetcher

# A feed's summary is a teaser; longer ones (full-text feeds) are cut, the article is fetched anyway.
MAX_SUMMARY_CHARS = 1000
# The problems that are the feed's own, not one entry's: they make the poll a failure.
FEED_FAILURES = re.compile(r": (feed is malformed|feed could not be parsed|not a feed)\b")
# A feed's elements are 5 to 10 per entry: a 50 MB archive feed of 100,000 entries stays below this.
MAX_FEED_ELEMENTS = 1_000_000
# How much of a feed's start is searched for entity declarations (its DOCTYPE sits in the prolog).
PROLOG_BYTES = 64 * 1024
# One value of a Link header, ``<target>; rel="hub self"``, and its rel parameter.
_LINK_VALUE = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_LINK_REL = re.compile(r"rel\s*=\s*(\"[^\"]*\"|[^\s;,]+)", re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE)


class RssSource(Source):
    kind = "rss"
    options = {
        "filter": "keep only entries whose title or summary names the show (default true; "
        "false for a feed that is already about it)",
    }

    def __init__(self, config: Any) -> None:
        super().__init__(config)
        self.filter = self.option_bool("filter", True)

    def feed_url(self, topic: Topic) -> str:
        return self.config.url

    async def discover(self, fetcher: Fetcher, states: Mapping[str, FetchState], topic: Topic) -> Discovery:
        url = self.feed_url(topic)
        response = await self.get(fetcher, url, states.get(url))
        if response.not_modified:
            return answered(response, not_modified=True)
        feed = parse_feed_document(
            response.body,
            url=response.final_url,
            source=self.name,
            content_type=response.headers.get("content-type"),
        )
        # WebSub: the HTTP Link header is looked at first, the feed's own links after (the W3C spec's order).
        header_hub, header_self = header_links(response.headers.get("link", ""))
        return answered(response, remember=feed.failure is None, leads=self.kept(feed, topic),
                        problems=tuple(feed.problems), feed_ttl_s=feed.ttl_s, failure=feed.failure,
                        hub=header_hub or feed.hub, self_url=header_self or feed.self_url)

    def pushed(self, body: bytes, topic: Topic, content_type: str | None = None) -> Discovery:
        """A hub's delivery of this feed (WebSub): read as a poll reads the feed, without fetching it."""
        feed = parse_feed_document(body, url=self.feed_url(topic), source=self.name, content_type=content_type)
        return Discovery(leads=self.kept(feed, topic), problems=tuple(feed.problems), failure=feed.failure)

    def kept(self, feed: Feed, topic: Topic) -> tuple[Lead, ...]:
        """The feed's leads this source keeps: those naming the show, unless ``filter`` is off."""
        return tuple(lead for lead in feed.leads if not self.filter or lead_mentions(lead, topic))


def lead_mentions(lead: Lead, topic: Topic) -> bool:
    return mentions(f"{lead.title or ''}\n{lead.summary or ''}", topic)


@dataclass(frozen=True)
class Feed:
    leads: list[Lead]
    problems: list[str]
    ttl_s: float | None = None  # RSS <ttl>: how long the publisher says the feed stays unchanged
    failure: str | None = None  # what is wrong with the feed as a whole (also among the problems)
    hub: str | None = None  # <link rel="hub">: the WebSub hub that pushes this feed's new entries
    self_url: str | None = None  # <link rel="self">: the feed's own URL, the topic a hub knows it by


def parse_feed(
    body: bytes, *, url: str, source: str | None = None, content_type: str | None = None
) -> tuple[list[Lead], list[str]]:
    """Leads from a feed's bytes, and the problems met; never raises."""
    feed = parse_feed_document(body, url=url, source=source, content_type=content_type)
    return feed.leads, feed.problems


def parse_feed_document(
    body: bytes, *, url: str, source: str | None = None, content_type: str | None = None
) -> Feed:
    """The feed's leads, problems and TTL; never raises."""
    import feedparser  # imported by the first feed read: checking a topic's sources needs no feed reader

    from scraper.article.bounds import measure

    if declares_entities(body):
        return refused(f"{url}: feed declares XML entities (an entity bomb or XXE?), refused")
    try:  # feedparser's loose parser takes seconds per 10,000 levels of nesting: measured first
        measure(body.decode("latin-1"), url, max_elements=MAX_FEED_ELEMENTS, what="feed", raw_text=frozenset())
    except PageTooComplex as exc:
        return refused(f"{exc}")
    headers = {"content-location": url, **({"content-type": content_type} if content_type else {})}
    try:
        parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    except Exception as exc:  # feedparser is meant not to raise; a bug in it must not lose the source
        return refused(f"{url}: feed could not be parsed: {type(exc).__name__}: {exc}")
    problems: list[str] = []
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), harmless_bozo()):
        problems.append(f"{url}: feed is malformed: {parsed.get('bozo_exception')}")
    leads: list[Lead] = []
    seen: set[str] = set()
    for number, entry in enumerate(parsed.get("entries", []), start=1):
        lead = entry_lead(entry, url, source)
        if lead is None:
            problems.append(f"{url}: entry {number} has no http(s) link, skipped")
        elif lead.url not in seen:
            seen.add(lead.url)
            leads.append(lead)
    if not leads and not parsed.get("entries") and not parsed.get("feed"):
        problems.append(f"{url}: not a feed (no channel and no entries)")
    failure = next((problem for problem in problems if FEED_FAILURES.search(problem)), None)
    hub, self_url = feed_links(parsed.get("feed"))
    return Feed(leads, problems, feed_ttl(parsed.get("feed")), failure, hub, self_url)


def refused(reason: str) -> Feed:
    return Feed([], [reason], failure=reason)


def declares_entities(body: bytes) -> bool:
    """Whether the DOCTYPE declares entities: no real feed needs them, bombs and XXE do."""
    return _ENTITY_DECLARATION.search(body[:PROLOG_BYTES]) is not None


def feed_ttl(feed: Any) -> float | None:
    """RSS ``<ttl>`` in seconds (it is written in minutes)."""
    ttl = feed.get("ttl") if isinstance(feed, dict) else None
    return float(ttl) * 60 if isinstance(ttl, str) and ttl.strip().isdigit() else None


def feed_links(feed: Any) -> tuple[str | None, str | None]:
    """The feed's first ``rel="hub"`` and ``rel="self"`` http(s) links (Atom links, an RSS channel's atom:link),
    made absolute by feedparser."""
    links = feed.get("links", []) if isinstance(feed, dict) else []
    return _first_link(links, "hub"), _first_link(links, "self")


def _first_link(links: Any, rel: str) -> str | None:
    for link in links if isinstance(links, list) else []:
        href = link.get("href") if isinstance(link, dict) and link.get("rel") == rel else None
        if isinstance(href, str) and urlsplit(href.strip()).scheme in ("http", "https"):
            return href.strip()
    return None


def header_links(header: str) -> tuple[str | None, str | None]:
    """The ``rel="hub"`` and ``rel="self"`` targets of an HTTP Link header (RFC 8288), if absolute http(s)."""
    found: dict[str, str] = {}
    for target, params in _LINK_VALUE.findall(header):
        for rel in _LINK_REL.findall(params):
            for name in rel.strip('"').lower().split():
                if urlsplit(target.strip()).scheme in ("http", "https"):
                    found.setdefault(name, target.strip())
    return found.get("hub"), found.get("self")


def entry_lead(entry: Any, feed_url: str, source: str | None) -> Lead | None:
    link = entry_link(entry, feed_url)
    if link is None:
        return None
    return Lead(
        url=canonicalize_url(link),
        title=clean_text(entry.get("title")),
        summary=clean_text(entry.get("summary"), MAX_SUMMARY_CHARS),
        published=entry_date(entry),
        publisher=entry_publisher(entry),
        source=source,
    )


def entry_link(entry: Any, feed_url: str) -> str | None:
    candidates = [entry.get("link")]
    candidates += [
        link.get("href") for link in entry.get("links", []) if link.get("rel", "alternate") == "alternate"
    ]
    candidates.append(entry.get("id"))
    for candidate in candidates:
        if not isinstance(candidate, str) or not candidate.strip():
            continue
        absolute = urljoin(feed_url, candidate.strip())
        try:
            parts = urlsplit(absolute)
        except ValueError:
            continue
        if parts.scheme in ("http", "https") and parts.hostname:
            return absolute
    return None


def harmless_bozo() -> tuple[type[Exception], ...]:
    """What feedparser flags that loses nothing: a feed served as text/html, or with a wrong charset header."""
    import feedparser

    return feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride


def clean_text(value: Any, limit: int | None = None) -> str | None:
    from scraper.article import strip_html

    if not isinstance(value, str):
        return None
    text = strip_html(value)
    if limit is not None and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text or None


def entry_date(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.datetime(*value[:6], tzinfo=dt.UTC)
            except ValueError:
                continue
    return None


def entry_publisher(entry: Any) -> str | None:
    """The outlet an aggregator names in the entry's <source> element (Google News does)."""
    source = entry.get("source")
    if not isinstance(source, dict):
        return None
    title = source.get("title")
    return title.strip() or None if isinstance(title, str) else None
