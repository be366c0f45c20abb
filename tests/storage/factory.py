"""Articles and claims the storage tests record, written for them."""

from __future__ import annotations

import datetime as dt
import itertools

from scraper.types import Article, Claim, Person, Window

SHOW = "all-of-us-are-dead"
_numbers = itertools.count(1)


def when(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC)


def article(text: str, *, site: str = "example.org", url: str | None = None, published: str = "2025-01-01",
            title: str = "A story") -> Article:
    url = url or f"https://{site}/story-{next(_numbers)}"
    return Article(url=url, text=text, title=title, published=when(published), site_name=site)


def window(start: str, end: str | None = None, text: str | None = None) -> Window:
    return Window(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start), text or start)


def claim(kind: str, value, *, certainty: str = "reported", season: int | None = 2, negated: bool = False,
          evidence: str = "A sentence that says so.", attributed_to: str | None = None) -> Claim:
    return Claim(show=SHOW, season=season, kind=kind, value=value, certainty=certainty,  # type: ignore[arg-type]
                 negated=negated, attributed_to=attributed_to, evidence=evidence, span=(0, len(evidence)))


def cast(name: str, *, status: str | None = "new", character: str | None = None, **kwargs) -> Claim:
    return claim("cast", Person(name=name, character=character, status=status), **kwargs)  # type: ignore[arg-type]
