"""The sources as `claimwatch sources` and the web page list them: those a daemon polled, then those the topic
lists that none has polled yet, each with why its next poll is when it is (or why it is overdue)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a query command builds its parser without the database's library
    from scraper.types import SourceConfig
    from storage.types import SourceStatus, Subscription


def source_rows(statuses: Sequence[SourceStatus], configs: Iterable[SourceConfig],
                now: dt.datetime, pushes: Sequence[Subscription] = ()) -> list[dict[str, Any]]:
    """Every source as its ``--json`` line, with its WebSub subscription (``push``) when it has one."""
    rows = [status.to_json() for status in statuses]
    known = {row["name"] for row in rows}
    rows += [never_polled(config) for config in configs if config.name not in known]
    by_source = {push.source: push.to_json() for push in pushes}
    return [dict(row, next_reason=why_next(row, now), push=by_source.get(row["name"])) for row in rows]


def push_text(push: dict[str, Any] | None) -> str:
    """A subscription's state as a table shows it: "live to 2026-03-11 12:00", "denied", "-"."""
    if push is None:
        return "-"
    if push["state"] == "live" and push.get("expires_at"):
        return f"live to {push['expires_at'][:16].replace('T', ' ')}"
    return str(push["state"])


def never_polled(config: SourceConfig) -> dict[str, Any]:
    """A source the topic lists that no daemon has polled yet (a query writes nothing)."""
    return {"name": config.name, "kind": config.kind, "url": config.url, "interval_s": config.interval_s,
            "last_fetch_at": None, "last_ok_at": None, "last_error": None, "failures": 0, "next_due_at": None,
            "next_reason": "not polled yet"}


def why_next(row: dict[str, Any], now: dt.datetime) -> str | None:
    """Why a NEXT POLL is in the past: a worker holds it (maybe a dead one), or no daemon is running."""
    due = row.get("next_due_at")
    if not due or dt.datetime.fromisoformat(due) >= now:
        return row.get("next_reason")
    if row.get("leased_by"):
        until = dt.datetime.fromisoformat(row["lease_until"]) if row.get("lease_until") else None
        return (f"overdue: being polled by {row['leased_by']}" if until is None or until > now
                else f"overdue: {row['leased_by']} took it and let its lease lapse")
    return "overdue: no daemon has polled it since (is `claimwatch run` running?)"
