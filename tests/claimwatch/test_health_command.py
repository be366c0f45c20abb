"""`claimwatch health` as a monitor runs it: its exit code and its JSON, all well or not."""

from __future__ import annotations

import datetime as dt
import json

import storage
from claimwatch.cli import main
from claimwatch.health import beat
from scraper.types import SourceConfig


def migrated(tmp_path) -> tuple[str, object]:
    db = str(tmp_path / "cw.db")
    assert main(["db", "upgrade", "--db", db]) == 0
    return db, storage.make_engine(f"sqlite:///{db}")


def add_source(engine, *, interval_s: int, due_ago: dt.timedelta) -> dt.datetime:
    now = dt.datetime.now(dt.UTC)
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [SourceConfig(name="soompi", kind="rss", url="https://example.org/feed",
                                                    interval_s=interval_s)], now - due_ago)
    return now


def report(capsys, db: str) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["health", "--db", db, "--json"])
    [line] = capsys.readouterr().out.splitlines()
    return code, json.loads(line)


def test_health_says_all_well_with_the_last_round_and_exits_zero(tmp_path, capsys):
    db, engine = migrated(tmp_path)
    beat(engine, dt.datetime.now(dt.UTC))
    code, state = report(capsys, db)
    assert code == 0
    assert state["status"] == "all well" and state["last_round"] and state["conditions"] == []
    assert main(["health", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("all well\nlast round completed: ")


def test_a_source_overdue_by_twice_its_interval_is_a_condition_and_health_exits_non_zero(tmp_path, capsys):
    db, engine = migrated(tmp_path)
    beat(engine, add_source(engine, interval_s=600, due_ago=dt.timedelta(hours=1)))
    code, state = report(capsys, db)
    assert code == 1 and state["status"] == "failing"
    [overdue] = [row for row in state["conditions"] if row["holds"]]
    assert overdue["condition"] == "source-overdue:soompi" and "no daemon" in overdue["detail"]
    assert main(["sources", "--db", db, "--json"]) == 0
    [source] = [row for row in map(json.loads, capsys.readouterr().out.splitlines()) if row["name"] == "soompi"]
    assert source["next_reason"].startswith("overdue: no daemon has polled it")


def test_a_source_due_a_little_while_ago_is_not_overdue(tmp_path, capsys):
    db, engine = migrated(tmp_path)
    add_source(engine, interval_s=1800, due_ago=dt.timedelta(minutes=40))
    assert report(capsys, db)[0] == 0
