"""The real `claimwatch run` killed with SIGKILL 30 times during the demo's chronology, and restarted;
and three of them sharing one PostgreSQL, one killed at random again and again.

bench/kill_test.py runs them (with more kills: `.venv/bin/python bench/kill_test.py --runs 100`, and
`--postgres --workers 3`); these tests assert what it checks and show its figures in the test output.
"""

from __future__ import annotations

import json
import random

import pytest

from bench.kill_test import run_kill_test
from tests.conftest import POSTGRES_URL, require_postgres
from tests.e2e.test_demo_replay import EXPECTED, summary

RUNS = 30
POSTGRES_RUNS = 8  # kills among three workers: enough to land in polls, records and deliveries, in ~25 s


def test_killing_the_daemon_at_random_moments_loses_no_alert_and_repeats_none(tmp_path, capsys):
    seed = random.randrange(10**6)
    report = run_kill_test(tmp_path, runs=RUNS, seed=seed)
    show(report, seed, capsys)
    assert report.problems == [], f"seed {seed}: {report.problems}"
    assert report.runs == RUNS and report.rounds == 8
    assert report.kills_working >= RUNS // 2  # most kills land while it polls, records or delivers
    assert_the_chronology_alerted_once(report)


@pytest.mark.postgres
def test_three_workers_on_postgresql_one_killed_at_random_lose_no_article_or_alert_and_repeat_none(tmp_path, capsys):
    require_postgres()
    seed = random.randrange(10**6)
    report = run_kill_test(tmp_path, runs=POSTGRES_RUNS, seed=seed, workers=3, postgres=POSTGRES_URL)
    show(report, seed, capsys)
    assert report.problems == [], f"seed {seed}: {report.problems}"
    assert report.runs == POSTGRES_RUNS and report.rounds == 8
    assert report.articles == report.published
    assert_the_chronology_alerted_once(report)


def show(report, seed: int, capsys) -> None:
    with capsys.disabled():
        print(f"\nkill test (seed {seed}, {report.seconds:.0f} s, {report.kills_working} kills while working, "
              f"{report.deliveries} deliveries, {report.redeliveries} redeliveries of an id): {report.line()}")


def assert_the_chronology_alerted_once(report) -> None:
    """The changes of an uninterrupted replay, each delivered, none under two ids."""
    assert report.changes == report.delivered == len(EXPECTED) and report.duplicates == 0
    made = sorted((summary({"kind": kind, "change": change, "value": _json(value), "certainty": certainty})
                   for kind, change, value, certainty in report.summaries), key=repr)
    assert made == sorted(((kind, change, value, certainty) for _, kind, change, value, certainty in EXPECTED),
                          key=repr)


def _json(value: str | None):
    """A JSON column, read as text (on SQLite and PostgreSQL alike); NULL for no value."""
    return None if value is None else json.loads(value)
