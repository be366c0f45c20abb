"""Leases: several workers on one PostgreSQL never poll the same source at once.

Rows are taken with ``SELECT … FOR UPDATE SKIP LOCKED`` (PostgreSQL; SQLite serialises writers
instead) and marked with the worker and an expiry, so a dead worker's lease runs out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import or_, select, true, update
from sqlalchemy.orm import Session

from storage.models import OutboxModel, SourceModel


def lease_due_sources(session: Session, now: dt.datetime, *, worker: str, lease_s: float,
                      limit: int, topics: Collection[str] | None = None) -> list[str]:
    """Names of up to ``limit`` enabled sources due by ``now`` and not leased, now leased to ``worker``;
    with ``topics``, only those topics' sources (a daemon polls only the topics it follows)."""
    query = (select(SourceModel)
             .where(SourceModel.enabled.is_(True), SourceModel.next_due_at <= now,
                    or_(SourceModel.lease_until.is_(None), SourceModel.lease_until < now))
             .where(SourceModel.topic.in_(list(topics)) if topics is not None else true())
             .order_by(SourceModel.next_due_at).limit(limit).with_for_update(skip_locked=True))
    rows = session.scalars(query).all()
    until = now + dt.timedelta(seconds=lease_s)
    for row in rows:
        row.leased_by, row.lease_until = worker, until
    return [row.name for row in rows]


def release_leases(session: Session, worker: str) -> int:
    """Give back every source and outbox lease ``worker`` holds: called by a worker as it starts, when
    any lease under its name is a previous run's, killed before it could give them back."""
    released = 0
    for model in (SourceModel, OutboxModel):
        result = session.execute(update(model).where(model.leased_by == worker).values(leased_by=None,
                                                                                       lease_until=None))
        released += int(getattr(result, "rowcount", 0) or 0)
    return released


def lease_holders(session: Session) -> set[str]:
    """The names of the workers that hold a source or outbox lease now (expired or not)."""
    holders: set[str] = set()
    for model in (SourceModel, OutboxModel):
        holders.update(session.scalars(select(model.leased_by).where(model.leased_by.is_not(None)).distinct()))
    return holders
