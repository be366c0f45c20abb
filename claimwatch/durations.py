"""Durations as people write them in config files: "90s", "30m", "6h", "1d", or seconds."""

from __future__ import annotations

import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def parse_duration(value: object) -> float:
    """Seconds in ``value``; raises ValueError with the value in the message."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    match = _DURATION.match(str(value)) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not a duration: {value!r} (write 90s, 30m, 6h, 1d or a number of seconds)")
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


def span(seconds: float) -> str:
    """A wait as a person writes it: "45s", "30m", "2h", "1d 6h"."""
    seconds = round(seconds)
    if seconds < 120:
        return f"{seconds}s"
    if seconds < 2 * 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)}h"
    days, rest = divmod(seconds, 86400)
    return f"{days}d {round(rest / 3600)}h" if rest >= 3600 else f"{days}d"
