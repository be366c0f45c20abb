"""What health checks read and keep: sources' and channels' track records, each condition's state, heartbeats.

A health alert is a change of kind ``health`` (so it goes through the outbox like any alert, at
least once, with its idempotency key) that names no article; ``storage.changes`` leaves it out.
"""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from storage.ledger import change_record
from storage.models import ArticleModel, ChangeModel, HealthModel, HeartbeatModel, OutboxModel, SourceModel
from storage.types import HEALTH_KIND, ChangeRecord, ChannelHealth, HealthState, SourceHealth


def source_health(session: Session) -> list[SourceHealth]:
    found = dict(session.execute(select(ArticleModel.source, func.count()).group_by(ArticleModel.source)).all())
    newest = dict(session.execute(select(ArticleModel.source, func.max(ArticleModel.fetched_at))
                                  .group_by(ArticleModel.source)).all())
    rows = session.scalars(select(SourceModel).where(SourceModel.enabled.is_(True)).order_by(SourceModel.name))
    return [SourceHealth(name=row.name, failures=row.failures, last_error=row.last_error, last_ok_at=row.last_ok_at,
                         articles=found.get(row.name, 0), last_new_at=_aware(newest.get(row.name)),
                         interval_s=row.interval_s, next_due_at=_aware(row.next_due_at), leased_by=row.leased_by)
            for row in rows]


def _aware(when: Any) -> dt.datetime | None:
    """An aggregate skips the column's type on SQLite: a naive UTC time (or its text) comes back."""
    if when is None:
        return None
    if isinstance(when, str):
        when = dt.datetime.fromisoformat(when)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def channel_health(session: Session, channel: str) -> ChannelHealth:
    pending = select(func.max(OutboxModel.attempts)).where(OutboxModel.channel == channel,
                                                            OutboxModel.status == "pending")
    delivered = select(func.max(OutboxModel.id)).where(OutboxModel.channel == channel,
                                                        OutboxModel.status == "delivered")
    last_delivered = session.scalar(delivered) or 0
    dead = select(func.count()).where(OutboxModel.channel == channel, OutboxModel.status == "dead",
                                      OutboxModel.id > last_delivered)
    error = select(OutboxModel.last_error).where(OutboxModel.channel == channel,
                                                 OutboxModel.last_error.is_not(None)).order_by(OutboxModel.id.desc())
    return ChannelHealth(channel=channel, most_attempts=session.scalar(pending) or 0,
                         dead_since_delivery=session.scalar(dead) or 0, last_error=session.scalars(error).first())


def lock_health(session: Session) -> None:
    """Several daemons checking health at once take turns, so a condition is alerted once
    (PostgreSQL: a transaction-scoped advisory lock; SQLite's BEGIN IMMEDIATE already serialises)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(b"claimwatch-health")})


def health_states(session: Session) -> dict[str, HealthState]:
    return {row.key: HealthState(row.key, row.active, row.since, row.detail)
            for row in session.scalars(select(HealthModel))}


def set_health(session: Session, key: str, *, active: bool, since: dt.datetime, detail: str | None) -> None:
    row = session.get(HealthModel, key)
    if row is None:
        session.add(HealthModel(key=key, active=active, since=since, detail=detail))
    else:
        row.active, row.since, row.detail = active, since, detail
    session.flush()


def beat(session: Session, name: str, at: dt.datetime) -> None:
    """``name`` completed now (the daemon's round)."""
    row = session.get(HeartbeatModel, name)
    if row is None:
        session.add(HeartbeatModel(name=name, at=at))
    else:
        row.at = at
    session.flush()


def last_beat(session: Session, name: str) -> dt.datetime | None:
    row = session.get(HeartbeatModel, name)
    return row.at if row else None


def record_health(session: Session, *, show: str, season: int, change: str, value: dict[str, Any],
                  at: dt.datetime) -> list[ChangeRecord]:
    """A health alert's change row (kind ``health``), ready for ``enqueue``."""
    row = ChangeModel(show=show, season=season, kind=HEALTH_KIND, change=change, value=value, previous=None,
                      certainty=None, previous_certainty=None, sources=0, at=at, recorded_at=at,
                      article_id=None, urls=[], evidence=[])
    session.add(row)
    session.flush()
    return [change_record(row)]
