"""How often a source publishes, and the interval that follows from it (issue 18: each source at its own pace).

A source's record is the time of each entry it published over the last week (the entry's own date when its
listing gives one, else when the tracker first saw it) and when the record begins. The interval is the
square-root law: ``sqrt(ADAPTIVE_POLL_COST_S x gap)``, where ``gap`` is the expected time between two
entries. For a given number of polls that law gives the least total delay over all entries (polling once
per expected entry, as Miniflux's entry_frequency and FreshRSS's AutoTTL do, polls quiet sites too often and
busy ones too seldom). A silence longer than the gap stretches the gap, and past a week of silence the
interval doubles each further week, so an idle source backs off step by step toward its maximum. Pure
functions on plain data: the daemon and bench/latency.py call the same ones.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass

from claimwatch import defaults
from claimwatch.durations import span
from scraper.types import SourceConfig


@dataclass(frozen=True)
class Publications:
    """What a source published lately: ``times`` within the window (and the newest before it), from ``since``."""

    since: dt.datetime  # where the record begins: the first poll, or the oldest entry a listing showed
    times: tuple[dt.datetime, ...] = ()  # oldest first


@dataclass(frozen=True)
class Pace:
    """A source's adaptive interval and the reason shown for it."""

    interval_s: float
    why: str


def interval_bounds(config: SourceConfig) -> tuple[float, float]:
    """The source's own min_interval and max_interval, else the polite defaults (5 minutes, 24 hours)."""
    low = float(config.min_interval_s or defaults.ADAPTIVE_MIN_INTERVAL_S)
    high = float(config.max_interval_s or defaults.ADAPTIVE_MAX_INTERVAL_S)
    return low, max(low, high)


def pace(config: SourceConfig, history: Publications | None, now: dt.datetime) -> Pace | None:
    """The interval a source's publications call for; None: it keeps its configured interval (``adaptive =
    false``, no record, or too little of one to tell a quiet source from a new one)."""
    if not config.adaptive or history is None:
        return None
    window = dt.timedelta(seconds=defaults.PUBLICATION_WINDOW_S)
    recent = bisect.bisect_right(history.times, now) - bisect.bisect_right(history.times, now - window)
    watched = (now - max(history.since, now - window)).total_seconds()
    if not recent and watched < defaults.ADAPTIVE_LEARNING_S:
        return None
    silence = (now - (history.times[-1] if history.times else history.since)).total_seconds()
    gap = max(watched, defaults.ADAPTIVE_LEARNING_S) / recent if recent else watched
    low, high = interval_bounds(config)
    interval = min(max(math.sqrt(defaults.ADAPTIVE_POLL_COST_S * max(gap, silence)) * idle_factor(silence), low),
                   high)
    if silence > gap:
        return Pace(interval, f"quiet for {span(silence)}: every {span(interval)}")
    return Pace(interval, f"publishes {rate(gap)}: every {span(interval)}")


def idle_factor(silence_s: float) -> float:
    """Past a whole window without an entry the interval doubles with each further week of silence, so a feed
    that stopped reaches its maximum in about a month; the first new entry brings the pace back at once."""
    return 2.0 ** max(0.0, silence_s / defaults.PUBLICATION_WINDOW_S - 1)


def rate(gap_s: float) -> str:
    """A publication rate as a person says it: "~12/day", "~3/week"."""
    per_day = 86400 / gap_s
    return f"~{round(per_day)}/day" if per_day >= 1 else f"~{max(1, round(per_day * 7))}/week"
