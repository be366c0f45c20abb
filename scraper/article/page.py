"""A parsed page and what it states for machines: <meta> tags and its JSON-LD article object."""

from __future__ import annotations

import html as html_lib
import json
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from scraper.article.bounds import MAX_PAGE_CHARS, bounded
from scraper.charset import body_encoding


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARTICLE_TYPES = words(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
    "reviewnewsarticle backgroundnewsarticle blogposting report socialmediaposting liveblogposting"
)


_CONTROLS = ("\x00", "\x01", "\x02")


def parse_html(html: str | bytes, where: str = "page") -> LexborHTMLParser:
    """The parsed page, within bounds (``bounds``): PageTooComplex, naming ``where``, when it is not."""
    if isinstance(html, bytes):
        html = decode_html(html[:MAX_PAGE_CHARS])
    html = bounded(html, where)
    for control in _CONTROLS:  # NUL, and the two marks the text writer uses for link text
        if control in html:
            html = html.replace(control, "")
    return LexborHTMLParser(html)


def decode_html(body: bytes) -> str:
    """A page's text in the charset it declares when that decodes it, else the one detected."""
    return body.decode(body_encoding(None, body), errors="replace")


def meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """First content of each <meta> by property, name or itemprop, keys lowercased."""
    metas: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and content.strip():
            metas.setdefault(key.strip().lower(), content.strip())
    return metas


def json_ld_objects(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """Every object of every JSON-LD script on the page; a broken script is skipped."""
    objects: list[dict[str, Any]] = []
    for node in tree.css('script[type*="ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "", strict=False)
        except (ValueError, RecursionError):
            continue
        objects.extend(json_ld_items(data))
    return objects


def types_of(item: dict[str, Any]) -> list[str]:
    types = item.get("@type")
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    return [name.lower() for name in names if isinstance(name, str)]


def json_ld_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The first JSON-LD object of an article type (NewsArticle, BlogPosting...), or {}."""
    for item in objects:
        if any(name in ARTICLE_TYPES for name in types_of(item)):
            return item
    return {}


def json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, through lists and @graph, without recursion."""
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])


def nested(data: Any, *keys: str) -> Any:
    for key in keys:
        if isinstance(data, list):
            data = data[0] if data else None
        data = data.get(key) if isinstance(data, dict) else None
    return data


def first_text(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(html_lib.unescape(value).split())
    return None
