"""Sources: the configured ones, when each is due, and how its last poll went."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable

from sqlalchemy import ColumnElement, or_, select, text, update
from sqlalchemy.orm import Session

from scraper.types import SourceConfig
from storage.models import FetchStateModel, SourceModel
from storage.types import SourceStatus


def sync_sources(session: Session, configs: Iterable[SourceConfig], now: dt.datetime, *, topic: str | None = None,
                 listed_in: str | None = None) -> None:
    """Make ``topic``'s rows match its sources: new ones due now, removed ones disabled. Another topic's rows
    are never touched, so two daemons following different topics on one database leave each other be.

    A row from before topics (no topic) named like one of ``topic``'s sources (``slug/name``, the row
    ``name``) is adopted with its state. Daemons starting at once take turns (PostgreSQL: a transaction-scoped
    advisory lock; SQLite's BEGIN IMMEDIATE already serialises): two both adding a new source failed on
    ``sources_pkey``.
    """
    _take_turns(session)
    wanted = {config.name: config for config in configs}
    if topic is not None:
        _adopt_untopiced(session, topic, set(wanted))
    for row in session.scalars(select(SourceModel).where(_of_topic(topic))).all():
        config = wanted.pop(row.name, None)
        row.enabled = config is not None
        if config is not None:
            if (row.kind, row.url) != (config.kind, config.url):
                row.next_due_at = now  # a source pointed elsewhere is polled at once
            row.kind, row.url, row.interval_s = config.kind, config.url, config.interval_s
            row.listed_in = listed_in
    for config in wanted.values():
        session.add(SourceModel(name=config.name, kind=config.kind, url=config.url, interval_s=config.interval_s,
                                enabled=True, next_due_at=now, failures=0, topic=topic, listed_in=listed_in))
    session.flush()


def retire_topics(session: Session, keep: Iterable[str], listed_in: str) -> dict[str, int]:
    """Disable the sources of the topics ``listed_in`` named before and names no more: how many per topic.

    Only that file's topics: another settings file's (another daemon's) are not this one's to retire.
    """
    _take_turns(session)
    rows = session.scalars(select(SourceModel).where(
        SourceModel.listed_in == listed_in, SourceModel.enabled.is_(True),
        SourceModel.topic.is_not(None), SourceModel.topic.not_in(list(keep)))).all()
    retired: dict[str, int] = {}
    for row in rows:
        row.enabled = False
        retired[str(row.topic)] = retired.get(str(row.topic), 0) + 1
    return retired


def _take_turns(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(b"claimwatch-sources")})


def _of_topic(topic: str | None) -> ColumnElement[bool]:
    return SourceModel.topic.is_(None) if topic is None else SourceModel.topic == topic


def _adopt_untopiced(session: Session, topic: str, names: set[str]) -> None:
    """Rows from before topics, taken into ``topic`` (renamed ``slug/name``); their fetch state follows."""
    for name in names:
        bare = name.removeprefix(f"{topic}/")
        row = session.get(SourceModel, bare)
        taken = bare != name and session.get(SourceModel, name) is not None  # adopted already
        if row is None or row.topic is not None or taken:
            continue
        row.topic = topic
        if bare != name:
            row.name = name
            session.execute(update(FetchStateModel).where(FetchStateModel.source == bare).values(source=name))
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


def share_poll(session: Session, name: str, siblings: Iterable[str], *, worker: str, now: dt.datetime) -> list[str]:
    """A poll of ``name`` counts for its siblings (other topics' sources fetching the same URL, read for all of
    them): each takes its outcome and next due time, so the URL is fetched once a round, not once a topic.

    A sibling another worker holds a live lease on is left to that worker. Returns the siblings updated.
    """
    row = session.get(SourceModel, name)
    if row is None:
        return []
    free = or_(SourceModel.lease_until.is_(None), SourceModel.lease_until < now, SourceModel.leased_by == worker)
    rows = session.scalars(select(SourceModel).where(SourceModel.name.in_(list(siblings)), SourceModel.name != name,
                                                     SourceModel.enabled.is_(True), free)).all()
    reason = f"read with {name}" + (f": {row.next_reason}" if row.next_reason else "")
    for sibling in rows:
        sibling.last_fetch_at, sibling.last_ok_at, sibling.last_error = row.last_fetch_at, row.last_ok_at, row.last_error
        sibling.failures, sibling.next_due_at, sibling.next_reason = row.failures, row.next_due_at, reason
        sibling.leased_by = sibling.lease_until = None
    return [sibling.name for sibling in rows]


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
