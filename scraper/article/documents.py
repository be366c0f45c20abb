"""Documents that are not a fetched page: a WordPress REST post, plain text, an HTML fragment."""

from __future__ import annotations

import json
import re
from typing import Any

from scraper.article.dates import parse_date
from scraper.article.page import nested

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def looks_like_html(text: str) -> bool:
    return (
        text.startswith("<")
        and re.search(r"<(!doctype|html|body|p|div|article|h[1-6])[\s>]", text[:2000], re.IGNORECASE)
        is not None
    )


def wordpress_post(text: str, strip_html: Any) -> dict[str, Any] | None:
    """A WordPress REST post ({"content": {"rendered": html}, "title": {"rendered": ...}, "date": ...})."""
    if not text.startswith("{"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    html = nested(data, "content", "rendered")
    if not isinstance(html, str):
        return None
    gmt = parse_date(data.get("date_gmt"))
    link = data.get("link")
    return {
        "html": html,
        "title": strip_html(title) if isinstance(title := nested(data, "title", "rendered"), str) else None,
        "date": gmt or parse_date(data.get("date")),
        "url": link if isinstance(link, str) and link.startswith(("http://", "https://")) else None,
    }


def plain_paragraphs(text: str) -> str:
    """Light whitespace normalisation: paragraphs (blank-line separated) and line breaks are kept."""
    paragraphs = []
    for chunk in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)
