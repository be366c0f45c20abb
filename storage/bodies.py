"""Storage over months: article bodies past their keeping time are dropped, and the file is compacted.

A body is the bulk of a database (a claim keeps its own evidence sentence), and nothing reads an old one
but a search. Its row stays with its hash and URLs, so the page is still known and never fetched again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select, text, update
from sqlalchemy.orm import Session

from storage.health import beat, last_beat
from storage.models import ArticleModel

DROPPED_UP_TO = "bodies-dropped"  # a heartbeat: the bodies fetched before it are dropped, so a pass starts there
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def drop_old_bodies(session: Session, before: dt.datetime, *, batch: int) -> int:
    """Empty up to ``batch`` bodies of articles fetched before ``before``, oldest first; returns how many.

    Each pass reads the index from where the last one stopped, never the rows already emptied.
    """
    start = last_beat(session, DROPPED_UP_TO) or EPOCH
    rows = session.execute(select(ArticleModel.id, ArticleModel.fetched_at)
                           .where(ArticleModel.fetched_at >= start, ArticleModel.fetched_at < before,
                                  ArticleModel.text != "")
                           .order_by(ArticleModel.fetched_at).limit(batch)).all()
    if not rows:
        beat(session, DROPPED_UP_TO, max(start, before))
        return 0
    session.execute(update(ArticleModel).where(ArticleModel.id.in_([row.id for row in rows])).values(text=""))
    beat(session, DROPPED_UP_TO, rows[-1].fetched_at)  # ">=" next time: ties at this instant are read again
    return len(rows)


def database_size(engine: Engine) -> int:
    """Bytes on disk: SQLite's pages in use, PostgreSQL's whole database."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            return int(connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
        pages = connection.execute(text("PRAGMA page_count")).scalar_one()
        size = connection.execute(text("PRAGMA page_size")).scalar_one()
        return int(pages) * int(size)


def vacuum(engine: Engine) -> None:
    """Give the space of dropped bodies back: VACUUM outside a transaction (ANALYZE too on PostgreSQL)."""
    connection = engine.raw_connection()  # no BEGIN: neither database vacuums inside a transaction
    try:
        cursor = connection.cursor()
        if engine.dialect.name == "postgresql":
            connection.driver_connection.autocommit = True  # type: ignore[union-attr]  # sqlite's is (isolation_level None)
            cursor.execute("VACUUM (ANALYZE)")
        else:
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file shrinks once the log is written back
        cursor.close()
    finally:
        connection.close()
