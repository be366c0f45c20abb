"""The real `claimwatch run` killed with SIGKILL 30 times during the demo's chronology, and restarted.

bench/kill_test.py runs it (with more kills: `.venv/bin/python bench/kill_test.py --runs 100`);
this test asserts what it checks and shows its figures in the test output.
"""

from __future__ import annotations

import json
import random

from bench.kill_test import run_kill_test
from tests.e2e.test_demo_replay import EXPECTED, summary

RUNS = 30


def test_killing_the_daemon_at_random_moments_loses_no_alert_and_repeats_none(tmp_path, capsys):
    seed = random.randrange(10**6)
    report = run_kill_test(tmp_path, runs=RUNS, seed=seed)
    with capsys.disabled():
        print(f"\nkill test (seed {seed}, {report.seconds:.0f} s, {report.kills_working} kills while working, "
              f"{report.deliveries} deliveries, {report.redeliveries} redeliveries of an id): {report.line()}")
    assert report.problems == [], f"seed {seed}: {report.problems}"
    assert report.runs == RUNS and report.rounds == 8
    assert report.kills_working >= RUNS // 2  # most kills land while it polls, records or delivers
    assert report.changes == report.delivered == len(EXPECTED) and report.duplicates == 0
    made = sorted((summary({"kind": kind, "change": change, "value": _json(value), "certainty": certainty})
                   for kind, change, value, certainty in report.summaries), key=repr)
    assert made == sorted(((kind, change, value, certainty) for _, kind, change, value, certainty in EXPECTED),
                          key=repr)


def _json(value):
    """A JSON column read by sqlite3: text, or a number SQLite's affinity already converted."""
    return json.loads(value) if isinstance(value, str) else value
