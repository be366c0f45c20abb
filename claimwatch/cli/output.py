"""Rendering query results: JSON lines with --json, otherwise a table (cut to a terminal's width only)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from scraper.types import Topic

MAX_TERMINAL_WIDTH = 160  # past this, a line is hard to read across even on a wide terminal
Column = tuple[str, str, int]  # key, header, the share of spare width it may take (0 = fixed)


def print_json_lines(rows: Iterable[dict[str, Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


@dataclass
class View:
    """How this run renders tables: ``--wide`` never cuts a cell, ``--local`` shows local times."""

    wide: bool = False
    local: bool = False


VIEW = View()  # set once per run by the command line (claimwatch.cli.main)


def set_view(*, wide: bool = False, local: bool = False) -> None:
    VIEW.wide, VIEW.local = wide, local


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[Column], out: TextIO | None = None,
                width: int | None = None, empty: str = "nothing yet") -> None:
    """A table cut to the terminal's width; piped or ``--wide``, nothing is cut. Columns align by
    display width, so Korean or Japanese text (two columns a character) keeps them straight."""
    out = out or sys.stdout
    if not rows:
        out.write(f"({empty})\n")
        return
    if width is None and not VIEW.wide and out.isatty():
        width = min(shutil.get_terminal_size((80, 24)).columns, MAX_TERMINAL_WIDTH)
    cells = [[_cell(row.get(key)) for key, _, _ in columns] for row in rows]
    headers = [_header(header, [row.get(key) for row in rows]) for key, header, _ in columns]
    widths = _fit(headers, cells, [share for _, _, share in columns], width)
    out.write("  ".join(_pad(header, w) for header, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(_pad(_clip(c, w), w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _fit(headers: list[str], cells: list[list[str]], shares: list[int], width: int | None) -> list[int]:
    natural = [max(display_width(h), *(display_width(r[i]) for r in cells)) for i, h in enumerate(headers)]
    if width is None:
        return natural
    fixed = sum(n for n, s in zip(natural, shares, strict=True) if s == 0)
    spare = max(width - fixed - 2 * (len(headers) - 1), 10)
    total_share = sum(shares) or 1
    widths = []
    for n, share in zip(natural, shares, strict=True):
        widths.append(n if share == 0 else max(min(n, spare * share // total_share), 4))
    return widths


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: a Hangul or CJK character takes two."""
    if text.isascii() and text.isprintable():
        return len(text)  # one column each, as wcwidth says, without importing its tables (a query's start)
    import wcwidth

    width = wcwidth.wcswidth(text)
    return width if width >= 0 else len(text)  # a control character: count it as one


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - display_width(text), 0)


def _clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    import wcwidth

    kept, used = [], 0
    for char in text:
        size = max(wcwidth.wcwidth(char), 0)
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept) + "…"


_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _as_time(value: Any) -> dt.datetime | None:
    if isinstance(value, str) and _ISO_TIME.match(value):
        with contextlib.suppress(ValueError):
            value = dt.datetime.fromisoformat(value)
    return value if isinstance(value, dt.datetime) else None


def _header(header: str, values: list[Any]) -> str:
    """A column of times says their zone: "SINCE (UTC)"."""
    return f"{header} ({zone_name()})" if any(_as_time(v) for v in values) else header


def zone_name() -> str:
    return (dt.datetime.now().astimezone().tzname() or "local") if VIEW.local else "UTC"


def show_time(when: dt.datetime) -> str:
    """A time as the tables show it: UTC, or the machine's zone with ``--local``."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)  # the database keeps UTC
    return when.astimezone(None if VIEW.local else dt.UTC).strftime("%Y-%m-%d %H:%M")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    when = _as_time(value)
    if when is not None:
        return show_time(when)
    if isinstance(value, dict | list):
        return describe_value("", value)
    return " ".join(str(value).split())


def plural(count: int, word: str) -> str:
    """'1 claim', '2 claims': a count as a reader writes it."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def describe_value(kind: str, value: Any) -> str:
    """A claim value as a reader writes it: "early 2026 (2026-01-01..2026-04-30)", "Lomon as Su-hyeok"."""
    if value is None:
        return "not announced"
    if isinstance(value, dict) and "start" in value:
        span = value["start"] if value["start"] == value["end"] else f"{value['start']}..{value['end']}"
        text = value.get("text") or ""
        return f"{text} ({span})" if text and text != span else span
    if isinstance(value, dict) and "name" in value:
        parts = [value["name"]]
        if value.get("character"):
            parts.append(f"as {value['character']}")
        if value.get("status"):
            parts.append(f"({value['status']})")
        return " ".join(parts)
    if isinstance(value, dict):
        return str(value.get("text") or ", ".join(f"{k} {describe_value('', v)}" for k, v in value.items()))
    if isinstance(value, list):
        return ", ".join(describe_value(kind, v) for v in value)
    return " ".join(str(value).split())


def heading(topic: Topic, topics: tuple[Topic, ...], text: str = "") -> None:
    """A show's heading above its part of a grouped answer: only when there are several shows."""
    if len(topics) > 1:
        if topic is not topics[0]:
            print()
        print(f"{topic.title}, season {topic.season}{text}")
