"""Fixtures shared by every test folder: a migrated database on SQLite and on PostgreSQL.

PostgreSQL tests use the server on 127.0.0.1:5432 (trust auth, database ``test``), each in a
schema of its own that is dropped afterwards. Where the server is absent they skip with the
reason; with CLAIMWATCH_REQUIRE_POSTGRES=1 (set by CI) they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

import storage
from bench.schema import fresh_schema

POSTGRES_URL = os.environ.get("CLAIMWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRE_POSTGRES = os.environ.get("CLAIMWATCH_REQUIRE_POSTGRES") == "1"


def _postgres_problem() -> str | None:
    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any reason at all is a reason to skip, and it is printed
        return f"PostgreSQL at {POSTGRES_URL} is not reachable: {type(exc).__name__}: {exc}".splitlines()[0]


_PROBLEM: list[str | None] = []


def postgres_problem() -> str | None:
    if not _PROBLEM:
        _PROBLEM.append(_postgres_problem())
    return _PROBLEM[0]


def require_postgres() -> None:
    """Skip without PostgreSQL, saying why; fail instead when CLAIMWATCH_REQUIRE_POSTGRES=1."""
    problem = postgres_problem()
    if problem:
        if REQUIRE_POSTGRES:
            pytest.fail(f"CLAIMWATCH_REQUIRE_POSTGRES=1 but {problem}")
        pytest.skip(problem)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """The URL of a fresh, empty schema of the test database, dropped afterwards."""
    require_postgres()
    with fresh_schema(POSTGRES_URL, "t") as url:
        yield url


def postgres_engine() -> Iterator[Engine]:
    """A migrated engine on a fresh schema of the test database, dropped afterwards."""
    with postgres_schema() as url:
        engine = create_engine(url)
        storage.upgrade(engine)
        try:
            yield engine
        finally:
            engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """The same test on a SQLite file and on PostgreSQL."""
    if request.param == "postgres":
        yield from postgres_engine()
        return
    sqlite = storage.make_engine(f"sqlite:///{tmp_path / 'claimwatch.db'}")
    storage.upgrade(sqlite)
    yield sqlite
    sqlite.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = storage.make_engine(f"sqlite:///{tmp_path / 'claimwatch.db'}")
    storage.upgrade(engine)
    yield engine
    engine.dispose()


def cli_url(engine: Engine) -> str:
    """The URL a command needs to reach this engine's database: a PostgreSQL test schema is named in it,
    so the command never opens (nor migrates) the shared database's public schema."""
    url = engine.url
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)
