"""Which schema a database holds, and opening one for queries only (no write access needed).

A query never migrates a database it cannot write: it reads one at this claimwatch's revision,
migrates an older one only when it may write to it, and refuses one a newer claimwatch wrote.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from storage.db import hidden_url, make_engine, refuse_newer, upgrade
from storage.errors import StorageError
from storage.revisions import head_revision, revision_of


def current_revision(engine: Engine) -> str | None:
    """The revision the database was last migrated to; None for an empty (never migrated) one."""
    try:
        with engine.connect() as connection:
            return revision_of(connection)
    except OperationalError as exc:
        raise StorageError(hidden_url(engine.url), f"cannot open the database: {exc.orig}") from None


def open_for_queries(url: str) -> Engine:
    """An engine that only reads: SQLite opened read-only (the file must exist), the schema checked."""
    engine = make_engine(url, read_only=True)
    revision = current_revision(engine)
    refuse_newer(engine, revision)
    if revision is not None and revision == head_revision():
        return engine
    if not _writable(url):
        raise StorageError(hidden_url(engine.url),
                           f"this database is at revision {revision or 'none'}, older than this claimwatch "
                           f"({head_revision()}), and cannot be written: run `claimwatch db upgrade` "
                           "as its owner")
    writer = make_engine(url)
    try:
        upgrade(writer)
    finally:
        writer.dispose()
    return engine


def _writable(url: str) -> bool:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return True  # a server database says itself whether this user may migrate it
    path = Path(parsed.database).expanduser()
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
