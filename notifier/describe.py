"""Claim values in words: windows as a reader says them, people with their role, counts, renewal.

Everything here takes scraped text, so everything here cleans it: control characters (terminal
escapes, bidi overrides) are dropped and line breaks folded, so one value is always one line.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Any

from scraper import claimkinds

# Windows the claim extractor produces for "early/mid/late YEAR" (shared/CLAIMS.md), by (month, day) bounds.
_YEAR_PARTS = {((1, 1), (4, 30)): "early", ((5, 1), (8, 31)): "mid", ((9, 1), (12, 31)): "late"}
# English month names whatever the process locale is (strftime's %B follows the locale).
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def clean(text: Any) -> str:
    """One line of printable text: no control characters, no bidi overrides, single spaces."""
    if text is None:
        return ""
    text = _BIDI_CONTROLS.sub("", str(text))
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return _SPACES.sub(" ", text).strip()


def label(kind: str) -> str:
    return clean(claimkinds.label(kind)) or "claim"


def describe_value(kind: str, value: Any) -> str:
    """A value as a reader says it: "March 2026", "12", "Lee Min-jae as Nam-ra", "renewed"."""
    if value is None:
        return "none"
    if isinstance(value, dict) and "start" in value:
        return format_window(value)
    if isinstance(value, dict) and "name" in value:
        return describe_person(value)
    if kind == "episode_count" and isinstance(value, int):
        return f"{value} episode" if value == 1 else f"{value} episodes"
    return clean(value)


def describe_person(person: dict[str, Any]) -> str:
    name = clean(person.get("name")) or "someone"
    character = clean(person.get("character"))
    return f"{name} as {character}" if character else name


def person_name(value: Any) -> str:
    return clean(value.get("name")) if isinstance(value, dict) else clean(value)


def format_window(window: dict[str, Any]) -> str:
    """A window in words from its dates, so a relative phrase ("next month") reads as the month it meant."""
    try:
        start = dt.date.fromisoformat(str(window["start"]))
        end = dt.date.fromisoformat(str(window["end"]))
    except (KeyError, ValueError):
        return clean(window.get("text")) or "an unknown date"
    return _window_words(start, end)


def window_as_written(window: Any) -> str | None:
    """The phrase an article used, when it says more than the dates ("next month", "before summer")."""
    if not isinstance(window, dict):
        return None
    written = clean(window.get("text"))
    return written if written and written.casefold() != format_window(window).casefold() else None


def _window_words(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"{start.day} {_month(start)} {start.year}"
    if start.year == end.year:
        part = _YEAR_PARTS.get(((start.month, start.day), (end.month, end.day)))
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return str(start.year)
        if part:
            return f"{part} {start.year}"
        if start.day == 1 and end.day == _last_day(end):
            if start.month == end.month:
                return f"{_month(start)} {start.year}"
            return f"{_month(start)} to {_month(end)} {end.year}"
        return f"{start.day} {_month(start)} to {end.day} {_month(end)} {end.year}"
    return f"{start.day} {_month(start)} {start.year} to {end.day} {_month(end)} {end.year}"


def _month(day: dt.date) -> str:
    return MONTHS[day.month - 1]


def _last_day(day: dt.date) -> int:
    return calendar.monthrange(day.year, day.month)[1]
