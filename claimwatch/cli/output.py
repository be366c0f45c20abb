"""Rendering query results: JSON lines with --json, otherwise a table that fits 80 columns."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

Column = tuple[str, str, int]  # key, header, the share of spare width it may take (0 = fixed)


def print_json_lines(rows: Iterable[dict[str, Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[Column], out: TextIO | None = None,
                width: int | None = None, empty: str = "nothing yet") -> None:
    out = out or sys.stdout
    if not rows:
        out.write(f"({empty})\n")
        return
    width = width or min(shutil.get_terminal_size((80, 24)).columns, 160)
    cells = [[_cell(row.get(key)) for key, _, _ in columns] for row in rows]
    widths = _fit([header for _, header, _ in columns], cells, [share for _, _, share in columns], width)
    line = "  ".join(header.ljust(w) for (_, header, _), w in zip(columns, widths, strict=True))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(_clip(c, w).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _fit(headers: list[str], cells: list[list[str]], shares: list[int], width: int) -> list[int]:
    natural = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    fixed = sum(n for n, s in zip(natural, shares, strict=True) if s == 0)
    spare = max(width - fixed - 2 * (len(headers) - 1), 10)
    total_share = sum(shares) or 1
    widths = []
    for n, share in zip(natural, shares, strict=True):
        widths.append(n if share == 0 else max(min(n, spare * share // total_share), 4))
    return widths


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str) and _ISO_TIME.match(value):
        with contextlib.suppress(ValueError):
            value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if value.tzinfo else value.strftime("%Y-%m-%d %H:%M")
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
    return str(value)
