"""Articles from files, for `extract` and `ingest`: .html, .txt, .json ({url, published, lang, text|html}) or -."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimwatch.errors import ClaimwatchError

if TYPE_CHECKING:
    from scraper.types import Article, Claim


class InputError(ClaimwatchError):
    """A file given on the command line cannot be read as an article. Names the file."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")


def parse_published(value: str | None, where: str = "--published") -> dt.datetime | None:
    """A date or date-time as written in ISO 8601; a bare date is taken as midnight UTC."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(where, f"not an ISO date: {value!r} (write 2025-07-25)") from None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def end_of_day(when: dt.datetime | None) -> dt.datetime | None:
    """A bare date means the whole day: 2025-07-31 includes what was said on the 31st."""
    if when is None or when.time() != dt.time(0):
        return when
    return when + dt.timedelta(days=1) - dt.timedelta(microseconds=1)


def read_article(path: str, *, url: str | None = None, published: dt.datetime | None = None) -> Article:
    """The article in ``path``; --url and --published fill what the file does not say."""
    # the page and language readers: imported here, so a query command that reads a date needs neither
    from scraper.article import article_from_text, extract_article
    from scraper.claims.language import record_language

    raw = _read_bytes(path)
    suffix = Path(path).suffix.lower() if path != "-" else ""
    default_url = url or (f"file://{Path(path).resolve()}" if path != "-" else "stdin:")
    if suffix == ".json":
        article = _from_json(path, raw, default_url, published)
    elif suffix in (".html", ".htm") or (suffix == "" and raw.lstrip()[:1] == b"<"):
        article = extract_article(raw, default_url, published=published)
    else:
        article = article_from_text(raw.decode("utf-8", errors="replace"), default_url, published=published)
    article = replace(article, lang=record_language(article.lang, article.text))
    return article


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(path, "is a directory, not an article file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def _from_json(path: str, raw: bytes, url: str, published: dt.datetime | None) -> Article:
    from scraper.article import article_from_text, extract_article

    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(path, f"not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text", data.get("html")), str):
        raise InputError(path, 'expected an object with "text" or "html" (and optionally "url", "published", "lang")')
    url = data.get("url") or url
    when = parse_published(data.get("published"), f"{path}: published") or published
    if isinstance(data.get("html"), str):
        article = extract_article(data["html"], url, published=when)
    else:
        article = article_from_text(data["text"], url, published=when, lang=data.get("lang"))
    return replace(article, lang=data.get("lang") or article.lang)


def read_labelled(path: str) -> tuple[Article, list[Claim]]:
    """A labelled article file: the article, and its ``gold`` claims (shared/CLAIMS.md shape).

    The labels stand in for extraction, so the belief and alert rules can be measured apart from
    reading. A label's span is where its evidence first appears in the text, else (0, 0).
    """
    article = read_article(path)
    try:
        gold = json.loads(_read_bytes(path)).get("gold")
    except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
        gold = None
    if not isinstance(gold, list):
        raise InputError(path, 'a labelled file needs a "gold" list of claims')
    try:
        return article, [_labelled_claim(label, article.text) for label in gold]
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(path, f"a gold claim is not in the shape of shared/CLAIMS.md: {exc!r}") from None


def _labelled_claim(label: dict[str, Any], text: str) -> Claim:
    from scraper.types import Claim, value_from_json

    evidence = str(label.get("evidence") or "")
    start = text.find(evidence) if evidence else -1
    span = (start, start + len(evidence)) if start >= 0 else (0, 0)
    kind = label["kind"]
    return Claim(show=label["show"], season=label.get("season"), kind=kind,
                 value=value_from_json(kind, label.get("value")), certainty=label["certainty"],
                 negated=bool(label.get("negated")), attributed_to=label.get("attributed_to"),
                 evidence=evidence, span=span)
