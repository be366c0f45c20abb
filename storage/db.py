"""The engine, migrations and transactions: SQLite in WAL mode by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from storage.errors import StorageError

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_MS = 10_000  # a second process (the CLI beside the daemon) waits for a write lock, not fails


def make_engine(url: str) -> Engine:
    """An engine for a SQLAlchemy URL; a SQLite file's folder is created, WAL and foreign keys on."""
    try:
        engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    except (ArgumentError, ImportError) as exc:
        raise StorageError(_hidden(url), f"not a usable database URL: {exc}") from None
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    connection.isolation_level = None  # we issue BEGIN ourselves (below), as SQLAlchemy's docs advise
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: a ledger read-then-write cannot interleave with another.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def upgrade(engine: Engine) -> None:
    """Apply every migration not yet applied (``claimwatch db upgrade``; also run on every start)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StorageError(_hidden(engine.url), f"cannot open the database: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise StorageError(_hidden(engine.url), f"migration failed: {exc}") from None


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed at the end of the block, or rolled back by an exception."""
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except OperationalError as exc:
        raise StorageError(_hidden(engine.url), f"database error: {exc.orig}") from None


def _hidden(url) -> str:
    if isinstance(url, str):
        try:
            from sqlalchemy.engine import make_url

            return make_url(url).render_as_string(hide_password=True)
        except ArgumentError:
            return url
    return url.render_as_string(hide_password=True)
