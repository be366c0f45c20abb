"""The benchmarks run as scripts (`.venv/bin/python bench/ingest.py`), which puts bench/ first on the path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
PACKAGES = {"claimwatch", "scraper", "storage", "notifier"}


def test_no_benchmark_is_named_after_a_package_it_would_hide():
    assert {path.stem for path in BENCH.glob("*.py")} & PACKAGES == set()


def test_a_benchmark_run_as_a_script_finds_the_packages():
    done = subprocess.run([sys.executable, str(BENCH / "ingest.py"), "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "usage" in done.stdout


def test_the_latency_benchmark_prints_a_line_per_mode_then_corroboration_and_a_summary():
    done = subprocess.run([sys.executable, str(BENCH / "latency.py"), "--days", "6"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[:4]] == ["mode=fixed", "mode=adaptive", "mode=adaptive+bursts",
                                                       "mode=adaptive+bursts+push"]
    assert all(" p50_s=" in line and " p95_s=" in line and " requests_per_day=" in line for line in lines[:4])
    assert lines[4].startswith("corroboration: ") and lines[5].startswith("summary ")
