"""Health alerts in words: the watching itself broke (or works again), one line each.

A health alert's value is ``{"subject": the source or channel, "detail": why, "since": when it
began, "count": rounds or attempts}``; the change names the condition (``source_failing``) or its
end (``source_recovered``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from notifier.describe import clean

HEALTH_CHANGES = {
    "source_failing": "source {subject} has failed {rounds} in a row: {detail}",
    "source_recovered": "source {subject} works again",
    "source_quiet": "source {subject} has found nothing new since {since}, though it used to",
    "source_active": "source {subject} found something new again",
    "source_overdue": "source {subject} has not been polled since it was due at {since}: {detail}",
    "source_on_time": "source {subject} is polled on time again",
    "channel_failing": "channel {subject} keeps failing ({attempts}): {detail}",
    "channel_recovered": "channel {subject} delivers again",
    "daemon_late": "no round completed since {since}",
    "daemon_on_time": "rounds complete on time again",
}


def health_line(change: str, value: Any) -> str:
    data = value if isinstance(value, dict) else {}
    fields = {key: clean(data.get(key)) or "?" for key in ("subject", "detail", "count")}
    fields["since"] = _when(data.get("since"))
    fields["rounds"] = _counted(data.get("count"), "round")
    fields["attempts"] = _counted(data.get("count"), "attempt")
    template = HEALTH_CHANGES.get(change, "{subject}: " + clean(change).replace("_", " "))
    return template.format(**fields)


def _counted(count: Any, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{clean(count) or '?'} {noun}s"


def _when(value: Any) -> str:
    try:
        return dt.datetime.fromisoformat(str(value)).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return clean(value) or "?"
