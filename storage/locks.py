"""The PostgreSQL advisory locks that let workers share one database, and the one order they are taken in.

Storing an article locks its URLs (two workers that read one URL at once must not both add it); recording
claims locks their seasons (two workers recording about one season take turns). Each is held until the
transaction ends, and a batch stores several articles in one transaction: so every lock a batch will need
is taken at its start, URLs first, then seasons, each class in the order of its lock keys. Two batches
then never each hold a lock the other waits for. SQLite's BEGIN IMMEDIATE already lets one writer in.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

URL_LOCK = 0x75726C  # "url": the lock class of a URL being stored, with the URL's hashtext as its object


def lock_urls(session: Session, urls: Iterable[str]) -> None:
    """Wait for any other worker storing one of these URLs to commit. Locked in the order of their keys,
    not their text: two URLs whose hashes collide are one lock, taken once, in its place."""
    wanted = sorted(set(urls))
    if not wanted or not _postgresql(session):
        return
    keys = session.scalars(text("SELECT DISTINCT hashtext(url) FROM unnest(CAST(:urls AS text[])) AS url ORDER BY 1"),
                           {"urls": wanted}).all()
    for key in keys:
        session.execute(text("SELECT pg_advisory_xact_lock(CAST(:kind AS integer), CAST(:key AS integer))"),
                        {"kind": URL_LOCK, "key": key})


def lock_seasons(session: Session, seasons: Iterable[tuple[str, int]]) -> None:
    """Wait for any other worker recording claims about one of these seasons (show, season) to commit."""
    if not _postgresql(session):
        return
    for key in sorted({season_key(show, season) for show, season in seasons}):
        session.execute(text("SELECT pg_advisory_xact_lock(CAST(:key AS bigint))"), {"key": key})


def lock_batch(session: Session, *, urls: Iterable[str], seasons: Iterable[tuple[str, int]]) -> None:
    """Every lock a batch of articles will take, at its start and in the one order (URLs, then seasons)."""
    lock_urls(session, urls)
    lock_seasons(session, seasons)


def season_key(show: str, season: int) -> int:
    return zlib.crc32(f"{show}/{season}".encode())


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"
