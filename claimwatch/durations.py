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
