"""Sitemap documents read into plain entries: a ``<sitemapindex>``'s children or a ``<urlset>``'s pages.

defusedxml refuses entity tricks (billion laughs, external entities); the pull parser keeps every
entry read before the document breaks, so a truncated sitemap still gives its first pages. A
gzip file (``sitemap.xml.gz``) is undone within the size limit first.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from scraper.fetch.decode import BodyTooLarge, UndecodableBody, decode_all

GZIP_MAGIC = b"\x1f\x8b"
ENTRY_FIELDS = frozenset({"loc", "lastmod", "title", "publication_date", "name"})


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: dt.datetime | None = None
    title: str | None = None  # a news sitemap's <news:title>
    published: dt.datetime | None = None  # a news sitemap's <news:publication_date>
    publisher: str | None = None  # a news sitemap's <news:publication><news:name>


@dataclass(frozen=True)
class SitemapDocument:
    kind: str  # "index", "urlset" or "unknown"
    entries: list[SitemapEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failure: str | None = None  # what is wrong with the document as a whole (also among the problems)


def parse_sitemap(body: bytes, *, url: str, limit: int) -> SitemapDocument:
    """The entries of a sitemap or sitemap index, and the problems met; never raises."""
    try:
        data = decode_all(body, "gzip", limit) if body.startswith(GZIP_MAGIC) else body
    except (BodyTooLarge, UndecodableBody) as exc:
        reason = f"{url}: sitemap could not be unpacked: {exc}"
        return SitemapDocument("unknown", problems=[reason], failure=reason)
    kind = "unknown"
    entries: list[SitemapEntry] = []
    problems: list[str] = []
    failure: str | None = None
    try:
        for event, element in safe_xml.iterparse(io.BytesIO(data), events=("start", "end")):
            name = local_name(element.tag)
            if event == "start":
                if kind == "unknown" and name in ("sitemapindex", "urlset"):
                    kind = "index" if name == "sitemapindex" else "urlset"
                continue
            if name in ("url", "sitemap"):
                entry = read_entry(element, url)
                if entry is None:
                    problems.append(f"{url}: entry {len(entries) + len(problems) + 1} has no http(s) <loc>, skipped")
                else:
                    entries.append(entry)
                element.clear()
    except (ParseError, DefusedXmlException, ValueError) as exc:
        failure = f"{url}: sitemap is malformed after {len(entries)} entries: {exc}"
        problems.append(failure)
    if kind == "unknown" and not entries:
        failure = failure or f"{url}: not a sitemap (no <urlset> or <sitemapindex>)"
        problems.append(failure)
    return SitemapDocument(kind, entries, problems, failure)


def local_name(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def read_entry(element: Element, base: str) -> SitemapEntry | None:
    fields: dict[str, str] = {}
    for child in element.iter():
        name = local_name(child.tag)
        if name in ("title", "name") and "news" not in str(child.tag):
            continue  # an image or video sitemap's title is not the article's
        if name in ENTRY_FIELDS and name not in fields and child.text:
            fields[name] = child.text.strip()
    loc = absolute_http(fields.get("loc"), base)
    if loc is None:
        return None
    return SitemapEntry(
        loc=loc,
        lastmod=w3c_datetime(fields.get("lastmod")),
        title=fields.get("title") or None,
        published=w3c_datetime(fields.get("publication_date")),
        publisher=fields.get("name") or None,
    )


def absolute_http(value: str | None, base: str) -> str | None:
    if not value:
        return None
    try:
        absolute = urljoin(base, value)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    return absolute if parts.scheme in ("http", "https") and parts.hostname else None


def w3c_datetime(value: str | None) -> dt.datetime | None:
    """A sitemap date ("2026-01-20", "2026-01-20T15:00:00+09:00", "...Z") as aware UTC; None if unreadable."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
