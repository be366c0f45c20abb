"""Who, what and where of a page: title, canonical URL, language, authors and the site's name.

What a page states for machines (JSON-LD, Open Graph, <meta>) wins over what is guessed from
its markup (<title>, <h1>, a byline).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.article.page import first_text, types_of
from scraper.urls import canonicalize_url

# Longer than this is a sentence or a bio, not a person's name.
MAX_AUTHOR_CHARS = 80
_BY = re.compile(r"^\s*(?:by|written by|von|par|por)\s*:?\s+", re.IGNORECASE)
# "Mina Park and Tom Reyes", "Mina Park, Tom Reyes & Ana Lee"
_NAME_JOIN = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
# Where a byline's names end: "By Mina Park | March 2, 2025", "Mina Park · 2 hours ago".
_BYLINE_END = re.compile(r"\s*(?:[|·•—–\n]|\d)")
_AUTHOR_METAS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


class Ids:
    """JSON-LD objects by their @id, so that {"@id": "#org"} reads as the organisation it names."""

    def __init__(self, objects: list[dict[str, Any]]) -> None:
        self.by_id = {item["@id"]: item for item in objects if isinstance(item.get("@id"), str)}
        self.objects = objects

    def resolve(self, value: Any) -> Any:
        key = value.get("@id") if isinstance(value, dict) else None
        if isinstance(key, str) and set(value) <= {"@id", "@type"} and key in self.by_id:
            return self.by_id[key]
        return value

    def name_of(self, value: Any) -> str | None:
        value = self.resolve(value[0] if isinstance(value, list) and value else value)
        return first_text(value.get("name") if isinstance(value, dict) else value)

    def website_name(self) -> str | None:
        return next((first_text(o.get("name")) for o in self.objects if "website" in types_of(o)), None)


def find_site_name(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], ids: Ids) -> str | None:
    return first_text(
        metas.get("og:site_name"),
        ids.name_of(ld.get("publisher")),
        ids.website_name(),
        metas.get("application-name"),
        metas.get("apple-mobile-web-app-title"),
        split_title(tree)[1],
    )


def find_title(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], site_name: str | None
) -> str | None:
    title_node = tree.css_first("title")
    page = split_title(tree)[0] or without_site_suffix(title_node.text() if title_node else "", site_name)
    h1 = tree.css_first("h1")
    title = first_text(
        metas.get("og:title"), metas.get("twitter:title"), ld.get("headline"), page, h1.text() if h1 else None
    )
    return without_site_suffix(title, site_name) if title else None  # some put "| Site" in og:title too


def find_headline(
    tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], site_name: str | None
) -> LexborNode | None:
    """The page's headline: the <h1> that the page's title names, else the first that is not the
    site's name (a logo)."""
    headings = [(node, " ".join(node.text().split())) for node in tree.css("h1")]
    headings = [(node, text) for node, text in headings if text and text.casefold() != (site_name or "").casefold()]
    if len(headings) > 1:
        titles = [t.casefold() for t in (metas.get("og:title"), ld.get("headline"), _title_text(tree)) if isinstance(t, str)]
        for node, text in headings:
            if any(text.casefold() in title or title in text.casefold() for title in titles if title):
                return node
    return headings[0][0] if headings else None


def _title_text(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    return node.text() if node is not None else None


def split_title(tree: LexborHTMLParser) -> tuple[str | None, str | None]:
    """ "Story | Site" -> ("Story", "Site") when the page's <h1> is "Story"; else (None, None)."""
    title_node, h1 = tree.css_first("title"), tree.css_first("h1")
    if title_node is None or h1 is None:
        return None, None
    title, headline = " ".join(title_node.text().split()), " ".join(h1.text().split()).casefold()
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.casefold() == headline and tail.strip():
            return head, tail.strip()
    return None, None


def without_site_suffix(title: str, site_name: str | None) -> str:
    """ "Story - Site" -> "Story", when the tail is the site's name."""
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and site_name and tail.strip().casefold() == site_name.casefold():
            return head
    return title


def find_canonical(tree: LexborHTMLParser, metas: dict[str, str], url: str) -> str | None:
    link = tree.css_first('link[rel~="canonical"]')
    for candidate in (link.attributes.get("href") if link else None, metas.get("og:url")):
        if not candidate or not candidate.strip():
            continue
        try:
            absolute = urljoin(url, candidate.strip())
            parts = urlsplit(absolute)
        except ValueError:
            continue
        if parts.scheme in ("http", "https") and parts.hostname:
            return canonicalize_url(absolute)
    return None


def find_lang(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    html = tree.css_first("html")
    for value in (
        html.attributes.get("lang") if html else None,
        html.attributes.get("xml:lang") if html else None,
        ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None,
        metas.get("content-language"),
        metas.get("og:locale"),
        metas.get("language"),
    ):
        if value and value.strip():
            return value.strip().replace("_", "-").split(",")[0].strip()
    return None


def find_authors(tree: LexborHTMLParser, metas: dict[str, str], ld: dict[str, Any], ids: Ids) -> tuple[str, ...]:
    """JSON-LD authors, else <meta name=author>, else rel=author/itemprop=author, else a byline."""
    raw = ld.get("author")
    names: list[str | None] = [ids.name_of(person) for person in (raw if isinstance(raw, list) else [raw])]
    if any(names):
        return clean_authors(names, split=False)
    names = [first_text(metas.get(key)) for key in _AUTHOR_METAS if not metas.get(key, "http").startswith("http")][:1]
    if not names:
        names = [first_text(node.text()) for node in tree.css('[rel~="author"], [itemprop="author"]')]
    if not any(names):
        names = [first_text(node.text()) for node in tree.css('[class*="byline"]')][:1]
    return clean_authors(names, split=True)


def clean_authors(names: list[str | None], *, split: bool) -> tuple[str, ...]:
    """Each person once, without "By"; a byline's names split apart and its date left out."""
    people: list[str] = []
    for name in names:
        name = _BY.sub("", name or "")
        if split:
            name = _BYLINE_END.split(name, maxsplit=1)[0]
        name = name.strip(" |·,")
        if name and len(name) < MAX_AUTHOR_CHARS:
            people.extend(part for part in (_NAME_JOIN.split(name) if split else [name]) if part)
    return tuple(dict.fromkeys(people))
