"""A kind's timeline drawn as SVG on the server: a lane per value, a band for each time the value was
believed (from when until it changed), and a dot per claim coloured by its certainty.

Plain geometry from plain data: the template only writes the numbers out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from claimwatch.cli.output import describe_value
from storage.types import ChangeRecord, HistoryEntry

WIDTH = 900  # the SVG's user units; it scales to the page's width
LABEL_W = 230  # the lanes' labels, left of the chart
LANE_H = 28
AXIS_H = 24
MAX_LANES = 12  # the values held or said most recently; older ones share the last lane
OTHER = "other values"
NOT_SO = "not so / not announced"
MOVES = ("first", "value", "withdrawn", "contradiction", "certainty", "corroborated")


@dataclass(frozen=True)
class Band:
    label: str
    start: dt.datetime
    end: dt.datetime  # when the belief moved on, or now for the one held
    certainty: str | None
    x: float = 0
    width: float = 0
    y: float = 0


@dataclass(frozen=True)
class Dot:
    claim: HistoryEntry
    label: str
    x: float = 0
    y: float = 0


@dataclass(frozen=True)
class Tick:
    x: float
    text: str


@dataclass(frozen=True)
class Chart:
    lanes: tuple[tuple[str, float], ...]  # label and y of each lane
    bands: tuple[Band, ...]
    dots: tuple[Dot, ...]
    ticks: tuple[Tick, ...]
    height: float
    width: float = WIDTH


def held_bands(kind: str, changes: Sequence[ChangeRecord], current: object, now: dt.datetime) -> list[Band]:
    """One band per value the belief held, from the change that made it held to the next that moved it.

    A contradiction records the rival as its value whether or not the belief moved to it; the next
    change's ``previous`` (or, for the last, the belief now) says which it was.
    """
    held: list[tuple[str | None, dt.datetime, str | None]] = []
    moves = [change for change in changes if change.change in MOVES]
    for index, change in enumerate(moves):
        value = change.value if change.change != "withdrawn" else None
        if change.change == "contradiction":
            after = moves[index + 1].previous if index + 1 < len(moves) else current
            value = change.value if after == change.value else change.previous
        label = None if value is None else describe_value(kind, value)
        if not held or held[-1][0] != label:
            held.append((label, change.at, change.certainty))
    ends = [start for _, start, _ in held[1:]] + [now] if held else []
    return [Band(label, start, end, certainty) for (label, start, certainty), end in zip(held, ends, strict=True)
            if label is not None]


def claim_label(kind: str, claim: HistoryEntry) -> str:
    return NOT_SO if claim.negated or claim.value is None else describe_value(kind, claim.value)


def chart(kind: str, bands: Sequence[Band], claims: Sequence[HistoryEntry], now: dt.datetime) -> Chart:
    """Lay the bands and dots out: time runs left to right, each value in its own lane."""
    labels = _lanes([band.label for band in bands] + [claim_label(kind, claim) for claim in claims])
    lane_y = {label: float(AXIS_H + index * LANE_H) for index, label in enumerate(labels)}
    times = [band.start for band in bands] + [claim.at for claim in claims]
    start = min(times, default=now - dt.timedelta(days=30))
    end = max([now, *times])
    scale = _scale(start, end)
    placed_bands = tuple(Band(b.label, b.start, b.end, b.certainty, x=scale(b.start),
                              width=max(scale(b.end) - scale(b.start), 2), y=lane_y[_lane(b.label, lane_y)] + 4)
                         for b in bands)
    dots = tuple(Dot(claim, label, x=scale(claim.at), y=lane_y[_lane(label, lane_y)] + LANE_H / 2)
                 for claim in claims for label in [claim_label(kind, claim)])
    return Chart(lanes=tuple(lane_y.items()), bands=placed_bands, dots=dots, ticks=_ticks(start, end, scale),
                 height=AXIS_H + max(len(labels), 1) * LANE_H + 8)


def _lanes(labels: list[str]) -> list[str]:
    """The most recent MAX_LANES values in first-seen order; the rest share a lane."""
    recent = list(dict.fromkeys(reversed(labels)))
    kept = set(recent[:MAX_LANES - 1]) if len(recent) > MAX_LANES else set(recent)
    lanes = [label for label in dict.fromkeys(labels) if label in kept]
    return lanes + [OTHER] if len(recent) > len(kept) else lanes


def _lane(label: str, lanes: dict[str, float]) -> str:
    return label if label in lanes else OTHER


def _scale(start: dt.datetime, end: dt.datetime):
    span = max((end - start).total_seconds(), 86400.0)
    usable = WIDTH - LABEL_W - 16

    def x(when: dt.datetime) -> float:
        return round(LABEL_W + usable * (when - start).total_seconds() / span, 1)
    return x


def _ticks(start: dt.datetime, end: dt.datetime, scale) -> tuple[Tick, ...]:
    """A tick on each 1 January, or on each month's first day when the chart spans under ten months."""
    monthly = (end - start).days < 300
    ticks: list[Tick] = []
    year, month = start.year, start.month
    while True:
        month, year = (month + 1, year) if month < 12 else (1, year + 1)
        if not monthly and month != 1:
            continue
        when = dt.datetime(year, month, 1, tzinfo=dt.UTC)
        if when > end:
            return tuple(ticks)
        ticks.append(Tick(scale(when), f"{when:%b %Y}" if monthly and month != 1 else str(year)))
