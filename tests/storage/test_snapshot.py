"""``claimwatch claims`` reads a SQLite file with the standard library: it must show what the ORM reads."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

import storage
from storage.snapshot import current_beliefs
from tests.storage.factory import SHOW
from tests.storage.test_incremental_beliefs import Story, histories, play


def _recorded(path: Path, history: list[Story]) -> str:
    url = f"sqlite:///{path}"
    engine = storage.make_engine(url)
    storage.upgrade(engine)
    for number, story in enumerate(history):
        play(engine, story, number, storage.record)
    engine.dispose()
    return url


def _through_the_orm(url: str) -> list:
    engine = storage.open_for_queries(url)
    try:
        with storage.transaction(engine) as session:
            return storage.beliefs(session, SHOW, 2)
    finally:
        engine.dispose()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(history=histories())
def test_the_file_read_gives_the_beliefs_the_orm_gives(history: list[Story]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = _recorded(Path(folder) / "cw.db", history)
        read = current_beliefs(url, SHOW, 2)
        assert read is not None
        assert [b.to_json() for b in read] == [b.to_json() for b in _through_the_orm(url)]
        assert read == _through_the_orm(url)  # the same types too: aware datetimes, tuples of URLs


def test_a_database_it_may_not_read_is_left_to_the_usual_way(tmp_path: Path) -> None:
    assert current_beliefs("postgresql+psycopg://postgres@127.0.0.1:5432/test", SHOW, 2) is None
    assert current_beliefs(f"sqlite:///{tmp_path / 'missing.db'}", SHOW, 2) is None
    assert not (tmp_path / "missing.db").exists()  # never created
    older = tmp_path / "older.db"
    url = _recorded(older, [])
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005_url_backoff'")
    assert current_beliefs(url, SHOW, 2) is None  # to be migrated first: open_for_queries does it
    (tmp_path / "not-a-database.db").write_bytes(b"hello, this is text")
    assert current_beliefs(f"sqlite:///{tmp_path / 'not-a-database.db'}", SHOW, 2) is None
