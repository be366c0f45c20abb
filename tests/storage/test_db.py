"""The database itself: migrations from nothing, SQLite in WAL mode, clear errors."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

import storage
from storage.db import MIGRATIONS
from tests.storage.factory import SHOW, article, claim, when


def test_migrations_create_every_table_and_run_twice_harmlessly(engine):
    storage.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"articles", "article_urls", "claims", "beliefs", "changes", "outbox", "sources", "fetch_state",
            "alembic_version"} <= tables


def test_the_publication_migration_goes_down_to_topics_and_up_again(sqlite_engine):
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert {"publications", "bursts"} <= set(inspect(sqlite_engine).get_table_names())
    with sqlite_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_topics")
    assert not {"publications", "bursts"} & set(inspect(sqlite_engine).get_table_names())
    assert "published_since" not in {column["name"] for column in inspect(sqlite_engine).get_columns("sources")}
    storage.upgrade(sqlite_engine)
    assert "published_since" in {column["name"] for column in inspect(sqlite_engine).get_columns("sources")}


def test_sqlite_runs_in_wal_mode(sqlite_engine):
    with sqlite_engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_a_database_that_cannot_be_opened_is_a_storage_error_naming_it(tmp_path):
    engine = storage.make_engine(f"sqlite:///{tmp_path}/dir/claimwatch.db")
    (tmp_path / "dir").rmdir()
    (tmp_path / "dir").write_text("a file where the folder should be")
    with pytest.raises(storage.StorageError, match="claimwatch.db"):
        storage.upgrade(engine)


def test_a_bad_url_is_a_storage_error():
    with pytest.raises(storage.StorageError, match="not a usable database URL"):
        storage.make_engine("nosuchdriver://x")


def test_a_season_watched_before_the_upgrade_is_not_sent_an_initial_state(tmp_path):
    engine = storage.make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007_web_indexes")
    with storage.transaction(engine) as session:  # a belief recorded by the version before
        stored = storage.store_article(session, article("A story."), source="t", fetched_at=when("2026-01-01"))
        storage.record(session, stored.id, [claim("episode_count", 8)], show=SHOW, season=2, at=when("2026-01-01"))
    storage.upgrade(engine)
    with storage.transaction(engine) as session:
        assert storage.baseline_sent(session, SHOW, 2)
        assert not storage.baseline_sent(session, "another-show", 1)
    engine.dispose()
