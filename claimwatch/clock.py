"""The time every stage reads: now, in UTC (on its own, so a query command has it without the pipeline)."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
