"""What each source published lately, and the extra polls bursts gave it: the record an adaptive interval
and the bound of bursts read. Bounded: a week of entries per source (and its newest), an hour of bursts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storage.models import BurstModel, PublicationModel, SourceModel
from storage.types import BurstCandidate

WINDOW = dt.timedelta(days=7)  # claimwatch.defaults.PUBLICATION_WINDOW_S: what a rate is read from
HOUR = dt.timedelta(hours=1)
# The most entries of one poll recorded: a week of the busiest feed fits; a sitemap's fifty thousand dated
# URLs stay one bounded query (PostgreSQL takes at most 65,535 parameters in a statement).
MOST_PER_POLL = 2000


def record_publications(session: Session, source: str, dated: Iterable[tuple[str, dt.datetime]],
                        undated: Iterable[str], now: dt.datetime) -> None:
    """A poll's entries: the ``dated`` at their own date (a date to come counts as now), the ``undated`` new
    ones at ``now``. A source's first record takes no undated entry: those are its backlog, not news."""
    row = session.get(SourceModel, source)
    if row is None:
        return  # a source polled by hand that the topic does not list
    when = {url: min(at, now) for url, at in dated}
    first = row.published_since is None
    row.published_since = min([row.published_since or now, *when.values()])  # the oldest listed dates it
    recent = sorted(((at, url) for url, at in when.items() if at > now - WINDOW), reverse=True)[:MOST_PER_POLL]
    when = {url: at for at, url in recent}
    if not first:
        when.update({url: now for url in list(undated)[:MOST_PER_POLL] if url not in when})
    known = set(session.scalars(select(PublicationModel.url).where(PublicationModel.source == source,
                                                                   PublicationModel.url.in_(list(when)))))
    session.add_all(PublicationModel(source=source, url=url, published_at=at)
                    for url, at in when.items() if url not in known)
    session.flush()
    _forget_old(session, source, now)


def _forget_old(session: Session, source: str, now: dt.datetime) -> None:
    """Entries older than the window go, but the newest stays: how long a source has been quiet."""
    newest = select(func.max(PublicationModel.published_at)).where(PublicationModel.source == source)
    session.execute(delete(PublicationModel).where(
        PublicationModel.source == source, PublicationModel.published_at <= now - WINDOW,
        PublicationModel.published_at < newest.scalar_subquery()))


def publication_record(session: Session, source: str) -> tuple[dt.datetime, tuple[dt.datetime, ...]] | None:
    """Where a source's record begins and its entries' times, oldest first; None: no record yet."""
    row = session.get(SourceModel, source)
    if row is None or row.published_since is None:
        return None
    times = session.scalars(select(PublicationModel.published_at).where(PublicationModel.source == source)
                            .order_by(PublicationModel.published_at))
    return row.published_since, tuple(times)


def burst_candidates(session: Session, topic: str, but: str, now: dt.datetime) -> list[BurstCandidate]:
    """The topic's other enabled sources not being polled now, locked (several workers count the same
    bursts), each with its extra polls of the last hour."""
    session.execute(delete(BurstModel).where(BurstModel.at <= now - HOUR))
    rows = session.scalars(select(SourceModel).where(
        SourceModel.topic == topic, SourceModel.enabled.is_(True), SourceModel.name != but)
        .order_by(SourceModel.name).with_for_update()).all()
    counts = {name: count for name, count in session.execute(select(BurstModel.source, func.count()).where(
        BurstModel.source.in_([row.name for row in rows])).group_by(BurstModel.source))}
    return [BurstCandidate(name=row.name, failures=row.failures, next_due_at=row.next_due_at,
                           next_reason=row.next_reason, bursts_last_hour=counts.get(row.name, 0))
            for row in rows if row.lease_until is None or row.lease_until < now]


def give_burst(session: Session, name: str, at: dt.datetime, reason: str) -> None:
    """Make a source due at ``at`` for ``reason``, counted against its bound."""
    row = session.get(SourceModel, name)
    if row is None:
        return
    row.next_due_at, row.next_reason = at, reason
    session.add(BurstModel(source=name, at=at))
