"""The revisions read from the migration files without Alembic are the ones Alembic reads."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

import storage
from storage.db import MIGRATIONS
from storage.revisions import head_revision, known_revisions, revision_of


def alembic_scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def test_the_files_name_the_same_revisions_and_head_as_alembic():
    scripts = alembic_scripts()
    assert set(known_revisions()) == {script.revision for script in scripts.walk_revisions()}
    assert head_revision() == scripts.get_current_head()
    for script in scripts.walk_revisions():
        down = script.down_revision
        assert known_revisions()[script.revision] == (() if down is None else (down,) if isinstance(down, str)
                                                      else tuple(down))


def test_a_new_database_has_no_revision_and_a_migrated_one_the_head():
    engine = storage.make_engine("sqlite://")
    try:
        with engine.connect() as connection:
            assert revision_of(connection) is None
        storage.upgrade(engine)
        with engine.connect() as connection:
            assert revision_of(connection) == head_revision()
        storage.upgrade(engine)  # at the head already: nothing to run
        with engine.connect() as connection:
            assert revision_of(connection) == head_revision()
    finally:
        engine.dispose()
