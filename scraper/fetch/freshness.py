"""How long the server says its answer stays fresh: ``Cache-Control: max-age``, else ``Expires``.

The daemon uses it to time a source's next poll (within the source's bounds): asking again before
the server has anything new wastes both sides' bandwidth.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Mapping


def fresh_for_s(headers: Mapping[str, str], now: dt.datetime | None = None) -> float | None:
    """Seconds the response is fresh for, or None when the server says nothing about it."""
    directives = cache_directives(headers.get("cache-control", ""))
    if "no-store" in directives or "no-cache" in directives:
        return 0.0
    for key in ("max-age", "s-maxage"):
        value = directives.get(key)
        if value is not None and value.isdigit():
            return float(value)
    expires = http_date(headers.get("expires"))
    if expires is None:
        return 0.0 if headers.get("expires") else None  # an invalid Expires means "already expired"
    base = http_date(headers.get("date")) or now or dt.datetime.now(dt.UTC)
    return max(0.0, (expires - base).total_seconds())


def cache_directives(value: str) -> dict[str, str | None]:
    directives: dict[str, str | None] = {}
    for part in value.split(","):
        name, sep, arg = part.strip().partition("=")
        if name:
            directives[name.lower()] = arg.strip().strip('"') if sep else None
    return directives


def http_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
