"""The engine, migrations and transactions: SQLite in WAL mode by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from storage.errors import StorageError
from storage.revisions import head_revision, known_revisions, revision_of
from storage.snapshot import connect_read_only

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_MS = 10_000  # a second process (the CLI beside the daemon) waits for a write lock, not fails
MIGRATION_LOCK = 0x636C6D  # "clm": the advisory lock class of migrations, with the schema's hash as its object


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for a SQLAlchemy URL; a SQLite file's folder is created, WAL and foreign keys on.

    ``read_only`` opens an existing SQLite file read-only (a missing one is an error, never created);
    a server database is opened as usual, its user's rights deciding what it may do.
    """
    try:
        parsed = make_url(url)
        if read_only and parsed.get_backend_name() == "sqlite":
            return _read_only_sqlite(parsed)
        engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    except (ArgumentError, ImportError) as exc:
        raise StorageError(hidden_url(url), f"not a usable database URL: {exc}") from None
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _read_only_sqlite(parsed: URL) -> Engine:
    path = Path(parsed.database or "").expanduser()
    if not parsed.database or parsed.database == ":memory:" or not path.is_file():
        raise StorageError(str(path), "no such database (a query never creates one; check --db)")
    engine = create_engine(f"sqlite:///{path.resolve()}", creator=lambda: connect_read_only(path.resolve()))
    event.listen(engine, "connect", _sqlite_reader_pragmas)
    event.listen(engine, "begin", _sqlite_deferred_begin)
    return engine


def _sqlite_reader_pragmas(connection, _record) -> None:
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.close()


def _sqlite_deferred_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")  # a reader takes no write lock


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
    """Apply every migration not yet applied (``claimwatch db upgrade``; also run on every start).

    A database already at the head revision is only checked: Alembic is loaded when a migration has to run.
    Daemons started at once on an empty PostgreSQL take turns (``_lock_migrations``): the first migrates,
    the others then read its revision and find nothing to do.
    """
    try:
        with engine.begin() as connection:
            _lock_migrations(connection)
            revision = revision_of(connection)
            refuse_newer(engine, revision)
            if revision is None or revision != head_revision():
                _migrate(connection)
    except OperationalError as exc:
        raise StorageError(hidden_url(engine.url), f"cannot open the database: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise StorageError(hidden_url(engine.url), f"migration failed: {exc}") from None


def _lock_migrations(connection: Connection) -> None:
    """On PostgreSQL, wait for any other process migrating this schema, until this transaction ends.

    Without it two first starts both found no ``alembic_version`` and both created it: one failed with a
    UniqueViolation. SQLite needs nothing: its write lock, taken by BEGIN IMMEDIATE, already serialises them.
    The lock is per schema, so databases and schemas on one server never wait for one another.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:lock, hashtext(coalesce(current_schema(), '')))"),
                           {"lock": MIGRATION_LOCK})


def _migrate(connection: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def refuse_newer(engine: Engine, revision: str | None) -> None:
    """One line, not Alembic's traceback, for a database a newer claimwatch migrated."""
    if revision is not None and revision not in known_revisions():
        raise StorageError(hidden_url(engine.url),
                           f"this database was written by a newer claimwatch (revision {revision})")


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed at the end of the block, or rolled back by an exception."""
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except OperationalError as exc:
        raise StorageError(hidden_url(engine.url), f"database error: {exc.orig}") from None


def hidden_url(url) -> str:
    if isinstance(url, str):
        try:
            return make_url(url).render_as_string(hide_password=True)
        except ArgumentError:
            return url
    return url.render_as_string(hide_password=True)
