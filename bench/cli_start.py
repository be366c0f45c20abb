"""Start-up of the command line: ``claimwatch --help`` and ``claimwatch claims`` on a small database.

Each command runs as a new process, as a person types it, ``--runs`` times (10), interleaved with
``python -c pass`` so that a busy machine slows all three alike; the medians are printed with their
ratio to ``python -c pass``. Targets (issue 17): --help at most 0.3 s or 6 times python, claims at
most 0.5 s or 10 times. The small database is built first by ingesting the team's own three test
articles (tests/claimwatch/articles) with the same claimwatch. The last line is exactly
``python_s=… help_s=… help_ratio=… claims_s=… claims_ratio=…``.

    .venv/bin/python bench/cli_start.py [--runs 10] [--bin /other/checkout/.venv/bin]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "claimwatch" / "articles"
TARGETS = {"help": (0.3, 6.0), "claims": (0.5, 10.0)}  # seconds, or times python -c pass on a slow machine


def environment() -> dict[str, str]:
    """This environment without a user's claimwatch settings: every run reads the same defaults."""
    return {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}


def run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment())
    return time.perf_counter() - started


def small_database(claimwatch: str, folder: str) -> str:
    path = str(Path(folder) / "small.db")
    run([claimwatch, "ingest", "--db", path, *sorted(str(p) for p in ARTICLES.iterdir())])
    return path


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """The median seconds of each command, the commands taking turns (one warm-up round first)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            seconds = run(command)
            if round_number:
                times[name].append(seconds)
    return {name: statistics.median(found) for name, found in times.items()}


def verdict(name: str, seconds: float, ratio: float) -> str:
    limit, times = TARGETS[name]
    met = seconds <= limit or ratio <= times
    return f"{name:<7} {seconds:6.3f} s  {ratio:5.1f}x python  (target {limit} s or {times:g}x: {'met' if met else 'MISSED'})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bin", default=str(Path(sys.executable).parent),
                        help="the bin folder of the environment to measure (default: this Python's)")
    args = parser.parse_args()
    python, claimwatch = str(Path(args.bin) / "python"), str(Path(args.bin) / "claimwatch")
    with tempfile.TemporaryDirectory() as folder:
        database = small_database(claimwatch, folder)
        medians = measure({"python": [python, "-c", "pass"], "help": [claimwatch, "--help"],
                           "claims": [claimwatch, "claims", "--db", database]}, args.runs)
    base = medians["python"]
    print(f"runs={args.runs} bin={args.bin}")
    print(f"python  {base:6.3f} s")
    for name in ("help", "claims"):
        print(verdict(name, medians[name], medians[name] / base))
    print(f"python_s={base:.3f} help_s={medians['help']:.3f} help_ratio={medians['help'] / base:.1f} "
          f"claims_s={medians['claims']:.3f} claims_ratio={medians['claims'] / base:.1f}")


if __name__ == "__main__":
    main()
