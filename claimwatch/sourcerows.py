"""The sources as `claimwatch sources` and the web page list them: those a daemon polled, then those the topic
lists that none has polled yet, each with why its next poll is when it is (or why it is overdue)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from claimwatch import defaults

if TYPE_CHECKING:  # a query command builds its parser without the database's library
    from scraper.types import SourceConfig, Topic
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


def show_source_rows(statuses: Sequence[SourceStatus], topic: Topic, now: dt.datetime) -> list[dict[str, Any]]:
    """One topic's sources (named ``slug/name``), each row naming its show: the web page's ``?show=``."""
    own = [status for status in statuses if status.name.startswith(f"{topic.slug}/")]
    return [dict(row, show=topic.slug) for row in source_rows(own, topic.sources, now)]


def never_polled(config: SourceConfig) -> dict[str, Any]:
    """A source the topic lists that no daemon has polled yet (a query writes nothing)."""
    return {"name": config.name, "kind": config.kind, "url": config.url, "interval_s": config.interval_s,
            "last_fetch_at": None, "last_ok_at": None, "last_error": None, "failures": 0, "next_due_at": None,
            "next_reason": "not polled yet"}


def why_next(row: dict[str, Any], now: dt.datetime) -> str | None:
    """Why a NEXT POLL is in the past: a worker holds it (maybe a dead one), or no daemon is running."""
    due = row.get("next_due_at")
    if not due or dt.datetime.fromisoformat(due) >= now or _burst_pending(row, dt.datetime.fromisoformat(due), now):
        return row.get("next_reason")
    if row.get("leased_by"):
        until = dt.datetime.fromisoformat(row["lease_until"]) if row.get("lease_until") else None
        return (f"overdue: being polled by {row['leased_by']}" if until is None or until > now
                else f"overdue: {row['leased_by']} took it and let its lease lapse")
    return "overdue: no daemon has polled it since (is `claimwatch run` running?)"


def _burst_pending(row: dict[str, Any], due: dt.datetime, now: dt.datetime) -> bool:
    """A burst makes a source due at once; the daemon's next tick takes it, so it is not overdue before then."""
    grace = dt.timedelta(seconds=2 * defaults.POLL_TICK_S)
    return (row.get("next_reason") or "").startswith("burst:") and not row.get("leased_by") and now - due < grace
