"""Query commands and the database they are given: missing, newer, read-only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from claimwatch.cli import main
from tests.claimwatch.test_cli import ARTICLES, claimwatch

NOBODY = 65534


def error_lines(capsys) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


@pytest.mark.parametrize("command", [["claims"], ["changes"], ["sources"], ["health"], ["history", "cast"]])
def test_a_query_on_a_missing_database_refuses_and_creates_nothing(tmp_path, capsys, command):
    missing = tmp_path / "no" / "such" / "dir" / "x.db"
    assert main([*command, "--db", str(missing)]) == 2
    lines = error_lines(capsys)
    assert len(lines) == 1 and "no such database" in lines[0] and str(missing) in lines[0]
    assert not (tmp_path / "no").exists()


def test_a_database_from_a_newer_claimwatch_is_one_line_not_a_traceback(tmp_path, capsys):
    db = str(tmp_path / "cw.db")
    assert main(["db", "upgrade", "--db", db]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    capsys.readouterr()
    for command in (["claims", "--db", db], ["db", "upgrade", "--db", db], ["ingest", "--db", db, "-"]):
        assert main(command) == 2, command
        lines = error_lines(capsys)
        assert lines == [lines[0]] and lines[0].endswith(
            "this database was written by a newer claimwatch (revision 0099_from_the_future)"), lines


def _unwritable_copy_dir() -> Path:
    """A folder only its owner (this user) may write; as root, the query runs as nobody below."""
    folder = Path(tempfile.mkdtemp(prefix="cw-ro-"))
    folder.chmod(0o755)
    return folder


def _run_without_write_access(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    environment["HOME"] = "/nonexistent"
    as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] if os.geteuid() == 0 else []
    if as_nobody and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: no way to query without write access")
    return subprocess.run([*as_nobody, sys.executable, "-m", "claimwatch", *args], capture_output=True, text=True,
                          env=environment, timeout=120, cwd="/")


def test_a_read_only_database_can_be_queried():
    folder = _unwritable_copy_dir()
    db = folder / "cw.db"
    # in a process of its own, which leaves the file as a stopped daemon does: no -wal or -shm beside it
    assert claimwatch("ingest", "--db", str(db), "--published", "2025-10-01", str(ARTICLES / "renewal.json")
                      ).returncode == 0
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        result = _run_without_write_access("claims", "--db", str(db), "--json")
        assert result.returncode == 0, result.stderr
        assert '"kind": "renewal"' in result.stdout
        older = _run_without_write_access("changes", "--db", str(db))
        assert older.returncode == 0, older.stderr
    finally:
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
