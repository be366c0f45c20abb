"""The command line starts at once: --help and parsing load no database, scheduler, HTTP or claim-reading
library, and a query on a database at the current revision never loads Alembic.

Each check runs in a new interpreter (this one has long imported everything) and reads ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import storage
from claimwatch.settings import sqlite_url
from storage.revisions import head_revision, revision_of

HEAVY = ("sqlalchemy", "alembic", "apscheduler", "httpx", "feedparser", "numpy", "wordfreq",
         "storage", "notifier.channels", "scraper.claims", "scraper.article", "claimwatch.daemon",
         "claimwatch.pipeline")


def loaded_after(code: str) -> list[str]:
    """The heavy modules loaded once ``code`` has run in a fresh interpreter."""
    script = f"""
import json, sys
{code}
heavy = {HEAVY!r}
print(json.dumps(sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))))
"""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def top_level(modules: list[str]) -> set[str]:
    return {module.split(".")[0] for module in modules}


def test_help_loads_no_heavy_library():
    code = """
import contextlib, io
from claimwatch.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(["--help"])
"""
    assert loaded_after(code) == []


def test_every_command_help_loads_no_heavy_library():
    code = """
import contextlib, io
from claimwatch.cli import build_parser
parser = build_parser()
commands = parser._subparsers._group_actions[0].choices
for name in commands:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        parser.parse_args([name, "--help"])
"""
    assert loaded_after(code) == []


def test_parsing_a_command_loads_no_heavy_library():
    code = """
from claimwatch.cli import build_parser
build_parser().parse_args(["claims", "--db", "cw.db", "--explain", "release_date", "--json"])
build_parser().parse_args(["ingest", "--db", "cw.db", "a.html"])
build_parser().parse_args(["run", "--once"])
"""
    assert loaded_after(code) == []


def test_the_beliefs_of_a_current_sqlite_file_are_read_without_the_database_library(tmp_path: Path):
    path = tmp_path / "cw.db"
    engine = storage.make_engine(sqlite_url(path))
    storage.upgrade(engine)
    engine.dispose()
    code = f"""
import contextlib, io
from claimwatch.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    assert main(["claims", "--db", {str(path)!r}]) == 0
"""
    loaded = top_level(loaded_after(code))
    assert "storage" in loaded  # the query itself, with the standard library's sqlite3 (storage/snapshot.py)
    assert loaded.isdisjoint({"sqlalchemy", "alembic", "apscheduler", "httpx", "feedparser", "numpy", "wordfreq"})
    assert "scraper.claims" not in loaded_after(code)


def test_a_query_on_an_older_database_still_migrates_it(tmp_path: Path):
    path = tmp_path / "new.db"
    path.touch()  # an empty SQLite file: no revision yet
    code = f"""
import contextlib, io
from claimwatch.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    assert main(["claims", "--db", {str(path)!r}]) == 0
"""
    assert "alembic" in top_level(loaded_after(code))
    engine = storage.make_engine(sqlite_url(path))
    try:
        with engine.connect() as connection:
            assert revision_of(connection) == head_revision()
    finally:
        engine.dispose()
