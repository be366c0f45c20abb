"""Sources: the configured ones, when each is due, and how its last poll went."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from scraper.types import SourceConfig
from storage.models import SourceModel
from storage.types import SourceStatus


def sync_sources(session: Session, configs: Iterable[SourceConfig], now: dt.datetime) -> None:
    """Make the table match the topic's sources: new ones due now, removed ones disabled.

    Daemons starting at once take turns (PostgreSQL: a transaction-scoped advisory lock; SQLite's BEGIN
    IMMEDIATE already serialises): two both adding a new source failed on ``sources_pkey``.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(b"claimwatch-sources")})
    wanted = {config.name: config for config in configs}
    for row in session.scalars(select(SourceModel)).all():
        config = wanted.pop(row.name, None)
        row.enabled = config is not None
        if config is not None:
            if (row.kind, row.url) != (config.kind, config.url):
                row.next_due_at = now  # a source pointed elsewhere is polled at once
            row.kind, row.url, row.interval_s = config.kind, config.url, config.interval_s
    for config in wanted.values():
        session.add(SourceModel(name=config.name, kind=config.kind, url=config.url, interval_s=config.interval_s,
                                enabled=True, next_due_at=now, failures=0))
    session.flush()


def record_poll(session: Session, name: str, *, ok: bool, error: str | None, at: dt.datetime,
                next_due: dt.datetime, reason: str | None = None) -> None:
    """The outcome of a poll and why the next one is when it is; it also gives back the source's lease."""
    row = session.get(SourceModel, name)
    if row is None:
        return  # a source polled by hand that the topic does not list
    row.last_fetch_at = at
    row.next_due_at = next_due
    row.next_reason = reason
    row.leased_by = row.lease_until = None
    if ok:
        row.last_ok_at, row.last_error, row.failures = at, None, 0
    else:
        row.last_error, row.failures = error, row.failures + 1


def consecutive_failures(session: Session, name: str) -> int:
    row = session.get(SourceModel, name)
    return row.failures if row else 0


def list_sources(session: Session) -> list[SourceStatus]:
    rows = session.scalars(select(SourceModel).where(SourceModel.enabled.is_(True)).order_by(SourceModel.name))
    return [SourceStatus(name=row.name, kind=row.kind, url=row.url, interval_s=row.interval_s,
                         last_fetch_at=row.last_fetch_at, last_ok_at=row.last_ok_at, last_error=row.last_error,
                         failures=row.failures, next_due_at=row.next_due_at, next_reason=row.next_reason,
                         leased_by=row.leased_by, lease_until=row.lease_until)
            for row in rows]
