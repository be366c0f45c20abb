"""The outbox: one row per change and channel, written with the change, delivered at least once.

Workers lease due rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so no alert goes out twice
from two workers; a lease that outlives its worker expires and the row is taken again.

The changes one article caused go out as one alert per channel: their rows are leased together
(``lease_due`` takes a row's due siblings with it), sent as one message under the first row's
idempotency key, and marked together, so they are retried, given up and delivered as one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from storage.changelog import change_payload
from storage.models import ChangeModel, OutboxModel
from storage.types import HEALTH_KIND, ChangeRecord, DigestBatch, OutboxItem


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def idempotency_key(change_id: int, channel: str) -> str:
    """Stable across retries and workers, so a receiver can drop a second delivery of one alert."""
    return f"claimwatch-change-{change_id}-{channel}"


def enqueue(session: Session, changes: Iterable[ChangeRecord], channels: Iterable[str],
            now: dt.datetime | None = None) -> int:
    """One pending row per change and channel, due at once. Returns how many."""
    when = now or utcnow()
    names = list(channels)
    count = 0
    for change in changes:
        for name in names:
            session.add(OutboxModel(change_id=change.id, channel=name, status="pending", attempts=0,
                                    next_attempt_at=when, created_at=when))
            count += 1
    session.flush()
    return count


def lease_due(session: Session, now: dt.datetime, *, worker: str, limit: int, lease_s: float,
              digest_channels: Iterable[str] = ()) -> list[OutboxItem]:
    """Up to ``limit`` pending rows due by ``now``, oldest first, leased to ``worker``.

    Rows of ``digest_channels`` wait for their period's digest (``lease_digests``), except health
    alerts: the watching breaking is news at once.
    """
    query = (select(OutboxModel)
             .where(OutboxModel.status == "pending", OutboxModel.next_attempt_at <= now,
                    or_(OutboxModel.lease_until.is_(None), OutboxModel.lease_until < now))
             .order_by(OutboxModel.id).limit(limit).with_for_update(skip_locked=True))
    digests = list(digest_channels)
    if digests:
        health = select(ChangeModel.id).where(ChangeModel.kind == HEALTH_KIND)
        query = query.where(or_(OutboxModel.channel.not_in(digests), OutboxModel.change_id.in_(health)))
    rows = _with_siblings(session, list(session.scalars(query).all()), now)
    return _lease(session, rows, worker, now + dt.timedelta(seconds=lease_s))


def _with_siblings(session: Session, rows: list[OutboxModel], now: dt.datetime) -> list[OutboxModel]:
    """``rows`` and the due, unleased rows of the same article on the same channel, by id: an alert whole.

    The ``limit`` of a lease may cut an article's rows in two; its siblings come along past it.
    """
    ids = [row.id for row in rows]
    pairs = session.execute(select(OutboxModel.channel, ChangeModel.article_id)
                            .join(ChangeModel, ChangeModel.id == OutboxModel.change_id)
                            .where(OutboxModel.id.in_(ids), ChangeModel.article_id.is_not(None))).all()
    if not pairs:
        return rows
    same = or_(*(and_(OutboxModel.channel == channel, ChangeModel.article_id == article)
                 for channel, article in set(pairs)))
    query = (select(OutboxModel).join(ChangeModel, ChangeModel.id == OutboxModel.change_id)
             .where(same, OutboxModel.id.not_in(ids), OutboxModel.status == "pending",
                    OutboxModel.next_attempt_at <= now,
                    or_(OutboxModel.lease_until.is_(None), OutboxModel.lease_until < now))
             .with_for_update(skip_locked=True, of=OutboxModel))
    return sorted([*rows, *session.scalars(query).all()], key=lambda row: row.id)


def _lease(session: Session, rows: Sequence[OutboxModel], worker: str, until: dt.datetime) -> list[OutboxItem]:
    items = []
    for row in rows:
        row.leased_by, row.lease_until = worker, until
        change = session.get(ChangeModel, row.change_id)
        assert change is not None  # a foreign key holds it
        items.append(_item(row, change_payload(change)))
    return items


PERIOD_ANCHOR = dt.datetime(1970, 1, 5, tzinfo=dt.UTC)  # a Monday at midnight UTC: weeks start on Mondays


def period_start(when: dt.datetime, period_s: float) -> dt.datetime:
    """The start of the digest period ``when`` falls in: hours on the hour, days at UTC midnight, weeks on Monday."""
    offset = (when - PERIOD_ANCHOR).total_seconds() // period_s * period_s
    return PERIOD_ANCHOR + dt.timedelta(seconds=offset)


def digest_key(channel: str, start: dt.datetime) -> str:
    """One key per channel and period: a digest sent again after a crash carries the same one."""
    return f"claimwatch-digest-{channel}-{start:%Y%m%dT%H%M%SZ}"


def lease_digests(session: Session, now: dt.datetime, *, channel: str, period_s: float, worker: str,
                  lease_s: float) -> list[DigestBatch]:
    """The rows of each period of ``channel`` that has ended, due and not leased, leased to ``worker``.

    A period's rows were all written before it ended, so a batch is complete and its key stable.
    """
    health = select(ChangeModel.id).where(ChangeModel.kind == HEALTH_KIND)
    query = (select(OutboxModel)
             .where(OutboxModel.status == "pending", OutboxModel.channel == channel,
                    OutboxModel.next_attempt_at <= now, OutboxModel.created_at < period_start(now, period_s),
                    OutboxModel.change_id.not_in(health),
                    or_(OutboxModel.lease_until.is_(None), OutboxModel.lease_until < now))
             .order_by(OutboxModel.id).with_for_update(skip_locked=True))
    periods: dict[dt.datetime, list[OutboxModel]] = {}
    for row in session.scalars(query).all():
        periods.setdefault(period_start(row.created_at, period_s), []).append(row)
    until = now + dt.timedelta(seconds=lease_s)
    return [DigestBatch(channel=channel, start=start, end=start + dt.timedelta(seconds=period_s),
                        key=digest_key(channel, start), items=tuple(_lease(session, rows, worker, until)))
            for start, rows in sorted(periods.items())]


def _item(row: OutboxModel, payload: dict) -> OutboxItem:
    return OutboxItem(id=row.id, change_id=row.change_id, channel=row.channel, payload=payload,
                      attempts=row.attempts, idempotency_key=idempotency_key(row.change_id, row.channel),
                      status=row.status, last_error=row.last_error, next_attempt_at=row.next_attempt_at)


def mark_delivered(session: Session, item_id: int, *, at: dt.datetime) -> None:
    session.execute(update(OutboxModel).where(OutboxModel.id == item_id).values(
        status="delivered", delivered_at=at, attempts=OutboxModel.attempts + 1, last_error=None,
        leased_by=None, lease_until=None))


def mark_retry(session: Session, item_id: int, *, error: str, next_attempt_at: dt.datetime) -> None:
    session.execute(update(OutboxModel).where(OutboxModel.id == item_id).values(
        attempts=OutboxModel.attempts + 1, last_error=error, next_attempt_at=next_attempt_at,
        leased_by=None, lease_until=None))


def mark_dead(session: Session, item_id: int, *, error: str) -> None:
    """Given up: kept as a dead letter, listed by ``claimwatch outbox`` and re-sent by ``retry_dead``."""
    session.execute(update(OutboxModel).where(OutboxModel.id == item_id).values(
        status="dead", attempts=OutboxModel.attempts + 1, last_error=error, leased_by=None, lease_until=None))


def retry_dead(session: Session, now: dt.datetime, ids: Iterable[int] | None = None) -> int:
    """Every dead letter (or those of ``ids``) pending again, due now, with its attempts reset."""
    query = update(OutboxModel).where(OutboxModel.status == "dead")
    if ids is not None:
        query = query.where(OutboxModel.id.in_(list(ids)))
    result = session.execute(query.values(status="pending", attempts=0, next_attempt_at=now))
    return int(getattr(result, "rowcount", 0) or 0)


def list_outbox(session: Session, status: str | None = None, *, limit: int = 100) -> list[OutboxItem]:
    query = select(OutboxModel, ChangeModel).join(ChangeModel, ChangeModel.id == OutboxModel.change_id)
    if status:
        query = query.where(OutboxModel.status == status)
    rows = session.execute(query.order_by(OutboxModel.id.desc()).limit(limit)).all()
    return [_item(row, change_payload(change)) for row, change in rows]


def outbox_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxModel.status, func.count()).group_by(OutboxModel.status)).all()
    return {status: count for status, count in rows}
