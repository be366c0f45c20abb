"""Dates as any language writes them, found with a language pack's words: windows for the broad proposer.

Forms: a day ("13 March 2026", "March 13, 2026", "13. März 2026", "2026年3月13日", "13/03/2026",
"2026-03-13"), a month ("März 2026", "tháng 3/2026", "2026년 3월"), a part of a year ("Anfang 2026",
"late 2026", "2026년 하반기", "ปลายปี 2569"), a bare year, and relative words resolved against the
publication date ("nächstes Jahr", "later this year"). Buddhist-era years (Thai) count 543 ahead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from scraper.claims.dates import relative_window
from scraper.claims.packs import Pack
from scraper.types import Window

BUDDHIST_OFFSET = 543
_YEAR = r"(?P<y>(?:19|20)\d\d|25[5-9]\d)(?!\d)"


@dataclass(frozen=True)
class Dated:
    start: int  # where the phrase sits in the sentence
    end: int
    window: Window


def _year(text: str) -> int:
    year = int(text)
    return year - BUDDHIST_OFFSET if year > 2400 else year


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@cache
def _patterns(pack: Pack) -> tuple[tuple[str, re.Pattern[str]], ...]:
    months = _alternation([m.lower() for m in pack.months])
    parts = _alternation([p.lower() for p in pack.year_parts])
    relative = _alternation([r.lower() for r in pack.relative])
    sep = r"[\s.,]*(?:de |del |of |năm |ve )?[\s.,]*"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
    forms = [
        ("ymd", rf"(?<!\d){_YEAR}\s*[年년.\-/]\s*(?P<m>[01]?\d)\s*[月월.\-/]\s*(?P<d>[0-3]?\d)(?!\d)\s*[日일]?"),
        ("dmy", rf"(?<!\d)(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./]{_YEAR}"),
        ("ym", rf"(?<!\d){_YEAR}\s*[年년]\s*(?P<m>[01]?\d)\s*[月월](?!\s*\d)"),
        ("my_num", rf"(?:tháng|th\.)\s*(?P<m>[01]?\d)\s*(?:/|năm|,)\s*{_YEAR}"),
        ("dmy_vi", rf"ngày\s*(?P<d>[0-3]?\d)\s*tháng\s*(?P<m>[01]?\d)(?:\s*(?:năm|/|,)\s*{_YEAR})?"),
        ("part_relative", rf"(?<![\w])(?P<p>{parts})\s*(?:of\s+|de\s+|del\s+|des\s+|du\s+)?(?P<r>{relative})(?![\w])"),
        ("relative_part", rf"(?<![\w])(?P<r>{relative})\s*(?:'?s\s+|의\s*)?(?P<p>{parts})"),
        ("md_cjk", r"(?<![\d年년])(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"),
        ("dm_num", r"(?<![\d/.])(?:ngày\s*)?(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/])"),
        ("m_cjk", r"(?<![\d年년])(?P<m>[01]?\d)\s*[月월](?!\s*\d)|(?<![\w])tháng\s*(?P<m2>[01]?\d)(?![\d/])"),
        ("dmy_name", rf"(?<![\w]){day}\s*(?:de\s+)?(?P<mn>{months})\.?{sep}{_YEAR}?"),
        ("mdy_name", rf"(?<![\w])(?P<mn>{months})\.?\s+{day}(?!\d)(?:,?\s*{_YEAR})?"),
        ("my_name", rf"(?<![\w])(?P<mn>{months})\.?{sep}{_YEAR}"),
        ("part_y", rf"(?<![\w])(?P<p>{parts}){sep}{_YEAR}"),
        ("y_part", rf"{_YEAR}\s*(?:년|年|năm)?\s*(?P<p>{parts})"),
        ("relative", rf"(?<![\w])(?P<r>{relative})(?![\w])"),
        ("year", rf"(?<![\w\d.,/-]){_YEAR}(?![\w/-])"),
    ]
    return tuple((name, re.compile(source, re.I)) for name, source in forms)


def find_windows(sentence: str, pack: Pack, published: dt.date | None) -> list[Dated]:
    """Every date phrase of the sentence, longest first where two overlap."""
    found: list[Dated] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _patterns(pack):
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            window = _window(name, m, pack, published)
            if window is not None:
                found.append(Dated(m.start(), m.end(), window))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _window(form: str, m: re.Match[str], pack: Pack, published: dt.date | None) -> Window | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
    text = m.group(0).strip()
    try:
        if "p" in groups and "r" in groups:  # "early next year", "cuối năm nay": the part of the year meant
            meaning = pack.relative.get(groups["r"].lower()) or _lookup(pack.relative, groups["r"])
            relative = _relative(meaning, text, published)
            first, last = pack.year_parts.get(groups["p"].lower()) or _lookup(pack.year_parts, groups["p"])
            return _months(relative.start.year, first, last, text) if relative else None
        if form == "relative":
            return _relative(pack.relative.get(groups["r"].lower()) or _lookup(pack.relative, groups["r"]), text,
                             published)
        year = _year(groups["y"]) if "y" in groups else (published.year if published else None)
        if year is None:
            return None
        if "p" in groups:
            first, last = pack.year_parts.get(groups["p"].lower()) or _lookup(pack.year_parts, groups["p"])
            return _months(year, first, last, text)
        if "m2" in groups:
            groups["m"] = groups["m2"]
        month = int(groups["m"]) if "m" in groups else pack.months.get(groups.get("mn", "").lower()) \
            or _lookup(pack.months, groups.get("mn", ""))
        if not month:
            return Window(dt.date(year, 1, 1), dt.date(year, 12, 31), text)
        if "d" in groups:
            day = dt.date(year, month, int(groups["d"]))
            return Window(day, day, text)
        return _months(year, month, month, text)
    except (ValueError, KeyError, TypeError):
        return None


def _lookup(table: dict, key: str):  # type: ignore[no-untyped-def]
    lowered = key.lower()
    return next((v for k, v in table.items() if k.lower() == lowered), None)


def _months(year: int, first: int, last: int, text: str) -> Window:
    end_year = year + 1 if last < first else year  # winter: December to February
    return Window(dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1]), text)


def _relative(meaning: str | None, text: str, published: dt.date | None) -> Window | None:
    return relative_window(meaning, text, published)
