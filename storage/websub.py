"""WebSub subscriptions: one row per subscription of a source's feed at its hub, and the moves of its state.

pending (asked the hub) -> live (the hub verified our intent, until ``expires_at``) -> lapsed (expired
unrenewed, never verified, or unsubscribed); or denied (the hub refused). Renewing a live one keeps its id
and secret, so the callback URL the hub knows stays the same.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from storage.models import SourceModel, SubscriptionModel
from storage.types import PushState, Subscription

PENDING, LIVE, DENIED, LAPSED = (str(state) for state in PushState)


def add_subscription(session: Session, *, id: str, source: str, topic_url: str, hub: str, secret: str,
                     now: dt.datetime) -> Subscription:
    """A new subscription, pending until the hub verifies it; the source's older ones end (lapsed)."""
    session.execute(update(SubscriptionModel)
                    .where(SubscriptionModel.source == source, SubscriptionModel.state.in_([PENDING, LIVE]))
                    .values(state=LAPSED, reason="replaced by a new subscription"))
    row = SubscriptionModel(id=id, source=source, topic_url=topic_url, hub=hub, secret=secret, state=PENDING,
                            created_at=now, requested_at=now)
    session.add(row)
    session.flush()
    return _plain(row)


def subscription(session: Session, id: str) -> Subscription | None:
    row = session.get(SubscriptionModel, id)
    return _plain(row) if row is not None else None


def latest_subscription(session: Session, source: str) -> Subscription | None:
    """The source's newest subscription, whatever its state."""
    row = session.scalars(select(SubscriptionModel).where(SubscriptionModel.source == source)
                          .order_by(SubscriptionModel.created_at.desc()).limit(1)).first()
    return _plain(row) if row is not None else None


def subscriptions(session: Session, sources: list[str] | None = None) -> list[Subscription]:
    """Each source's newest subscription (of ``sources``, or all), by source."""
    newest: dict[str, Subscription] = {}
    query = select(SubscriptionModel).order_by(SubscriptionModel.created_at)
    if sources is not None:
        query = query.where(SubscriptionModel.source.in_(sources))
    for row in session.scalars(query):
        newest[row.source] = _plain(row)
    return [newest[source] for source in sorted(newest)]


def push_live(session: Session, source: str, now: dt.datetime) -> bool:
    """Whether a hub pushes the source's feed now: a live, verified subscription whose lease has not expired."""
    return session.scalars(select(SubscriptionModel.id).where(
        SubscriptionModel.source == source, SubscriptionModel.state == LIVE,
        SubscriptionModel.expires_at > now).limit(1)).first() is not None


def verify_subscription(session: Session, id: str, lease_s: int, now: dt.datetime) -> None:
    """The hub verified our intent (a subscription or its renewal): live for ``lease_s`` from now."""
    session.execute(update(SubscriptionModel).where(SubscriptionModel.id == id).values(
        state=LIVE, lease_s=lease_s, verified_at=now, expires_at=now + dt.timedelta(seconds=lease_s), reason=None))


def end_subscription(session: Session, id: str, state: str, reason: str) -> None:
    """The hub denied it (``DENIED``), or we let it go (``LAPSED``)."""
    session.execute(update(SubscriptionModel).where(SubscriptionModel.id == id).values(state=state, reason=reason))


def mark_requested(session: Session, id: str, now: dt.datetime) -> None:
    session.execute(update(SubscriptionModel).where(SubscriptionModel.id == id).values(requested_at=now))


def renewals_due(session: Session, now: dt.datetime, *, at_share: float, retry_s: float) -> list[Subscription]:
    """Live subscriptions past ``at_share`` of their lease, not asked again since (or asked ``retry_s`` ago
    without an answer)."""
    rows = session.scalars(select(SubscriptionModel).where(SubscriptionModel.state == LIVE,
                                                           SubscriptionModel.expires_at > now)).all()
    return [_plain(row) for row in rows if _renewal_due(row, now, at_share, retry_s)]


def _renewal_due(row: SubscriptionModel, now: dt.datetime, at_share: float, retry_s: float) -> bool:
    if row.verified_at is None or row.lease_s is None:
        return False
    if now < row.verified_at + dt.timedelta(seconds=row.lease_s * at_share):
        return False
    asked = row.requested_at
    return asked is None or asked <= row.verified_at or now - asked >= dt.timedelta(seconds=retry_s)


def lapse_subscriptions(session: Session, now: dt.datetime, *, pending_s: float) -> list[Subscription]:
    """Live subscriptions whose lease expired, and pending ones never verified within ``pending_s``: lapsed.

    The sources whose push just stopped are due at once, so polling takes over without waiting out the long
    safety interval a live subscription had set.
    """
    stale = now - dt.timedelta(seconds=pending_s)
    rows = session.scalars(select(SubscriptionModel).where(or_(
        (SubscriptionModel.state == LIVE) & (SubscriptionModel.expires_at <= now),
        (SubscriptionModel.state == PENDING) & (SubscriptionModel.created_at <= stale)))).all()
    for row in rows:
        row.reason = "the lease expired unrenewed" if row.state == LIVE else "the hub never verified it"
        if row.state == LIVE:
            session.execute(update(SourceModel).where(SourceModel.name == row.source, SourceModel.enabled.is_(True))
                            .values(next_due_at=now, next_reason="push lapsed: polled again"))
        row.state = LAPSED
    return [_plain(row) for row in rows]


def subscribed_disabled(session: Session, topics: list[str]) -> list[Subscription]:
    """Live or pending subscriptions of ``topics``' sources that are no longer followed: to unsubscribe. Another
    topic's are left alone (its daemon may follow them still)."""
    disabled = select(SourceModel.name).where(SourceModel.enabled.is_(False), SourceModel.topic.in_(topics))
    rows = session.scalars(select(SubscriptionModel).where(SubscriptionModel.state.in_([PENDING, LIVE]),
                                                           SubscriptionModel.source.in_(disabled))).all()
    return [_plain(row) for row in rows]


def _plain(row: SubscriptionModel) -> Subscription:
    return Subscription(id=row.id, source=row.source, topic_url=row.topic_url, hub=row.hub, secret=row.secret,
                        state=row.state, lease_s=row.lease_s, expires_at=row.expires_at, created_at=row.created_at,
                        requested_at=row.requested_at, verified_at=row.verified_at, reason=row.reason)
