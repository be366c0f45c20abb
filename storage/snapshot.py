"""The current beliefs of a SQLite file, read with the standard library alone.

``claimwatch claims`` is the command people type most, and loading SQLAlchemy and the ORM's models
costs several times the query itself. The ``beliefs`` table already holds what the command shows, so
when the database is a SQLite file at this claimwatch's schema revision it is read here with
``sqlite3``; anything else (PostgreSQL, a database to migrate, no such file) answers None and the
caller goes the usual way, which also says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from scraper import claimkinds
from scraper.types import CERTAINTY_RANK
from storage.resolve import TIER_RANK
from storage.revisions import VERSION_TABLE, head_revision
from storage.types import Belief

SQLITE_PREFIX = "sqlite:///"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """SQLite's read-only mode; in a folder we may not write, a WAL file with no ``-shm`` beside it
    can only be read as immutable, which is safe while no ``-wal`` holds changes not yet in it."""
    uri = f"file:{quote(str(path))}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return connection
    except sqlite3.OperationalError:
        connection.close()
        if Path(f"{path}-wal").exists() or os.access(path.parent, os.W_OK):
            raise
    return sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL (SQLAlchemy's reading of it); None for any other URL."""
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    database = url[len(SQLITE_PREFIX):]
    if not database or database == ":memory:":
        return None
    path = Path(database).expanduser()
    return path.resolve() if path.is_file() else None


def current_beliefs(url: str, show: str, season: int) -> list[Belief] | None:
    """What ``storage.beliefs`` returns, or None when this database is not one this module may read."""
    path = sqlite_file(url)
    if path is None or head_revision() is None:
        return None
    try:
        connection = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        versions = [row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
        if versions != [head_revision()]:
            return None
        rows = connection.execute(
            "SELECT show, season, kind, value, certainty, sources, since, urls, tier FROM beliefs "
            "WHERE show = ? AND season = ?", (show, season)).fetchall()
    except sqlite3.Error:
        return None  # no such table, a locked or damaged file: the usual way reports it properly
    finally:
        connection.close()
    found = [Belief(show=r[0], season=r[1], kind=r[2], value=_json(r[3]), certainty=r[4], sources=r[5],
                    since=_utc(r[6]), urls=tuple(_json(r[7]) or ()), tier=r[8]) for r in rows]
    return sorted(found, key=listed)


def listed(belief: Belief) -> tuple:
    """Kinds in the registry's order; within one, the confirmed first, people leaving last."""
    leaving = isinstance(belief.value, dict) and belief.value.get("status") == "departing"
    return (claimkinds.order(belief.kind), leaving, -TIER_RANK.get(belief.tier or "", -1),
            -CERTAINTY_RANK.get(belief.certainty, 0), belief.since, str(belief.value))


def _json(stored: str | float | None) -> Any:
    """A JSON column's value: SQLite gives the column numeric affinity, so a bare number comes back as one."""
    return json.loads(stored) if isinstance(stored, str) else stored


def _utc(text: str) -> dt.datetime:
    """SQLAlchemy keeps a SQLite datetime as naive UTC text (storage/models.py's UTCDateTime)."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
