"""How fast the web page answers with 100,000 stored claims on SQLite (issue 15: under 100 ms).

Fills a new SQLite database with bulk inserts (bench/ingest.py's ``prefill``: ~2.9 claims an article),
records a few hundred more articles through the ledger so beliefs and changes exist, starts
`claimwatch serve` on it (its own process, as a user runs it, on 127.0.0.1) and times the overview, the
release-date timeline and /api/v1/changes over HTTP. Prints each
page's p50 and p95; the last line is machine-readable, the slowest page's p95:

    p95_ms=N

    .venv/bin/python bench/web.py [--claims 100000] [--runs 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

import storage
from bench.ingest import NEWCOMERS, RETURNING, prefill
from claimwatch.topic import load_topic
from scraper.types import Article, Claim, Person, Topic, Window
from storage import webviews

CLAIMS_PER_ARTICLE = 2.9  # what prefill's history_claims writes on average
PAGES = ("/", "/timeline/release_date", "/api/v1/changes")
WINDOWS = [(dt.date(2026, 1, 1), dt.date(2026, 4, 30), "early 2026"), (dt.date(2026, 3, 13), dt.date(2026, 3, 13),
           "March 13, 2026"), (dt.date(2026, 6, 1), dt.date(2026, 8, 31), "summer 2026")]
SITES = ("a.example", "b.example", "c.example", "d.example", "e.example")


def recorded_news(engine, topic: Topic, count: int, seed: int) -> None:
    """``count`` articles through the ledger, after the bulk history: beliefs move (a date, a count, the
    cast the history already names), and changes are written."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for number in range(count):
        at = start + dt.timedelta(hours=6 * number)
        site, (first, last, said) = rng.choice(SITES), rng.choice(WINDOWS)
        certainty = rng.choice(("speculative", "reported", "reported", "official"))
        claims = [said_claim(topic, "release_date", Window(first, last, said), certainty,
                             f"Season two arrives {said}, story {number} says."),
                  said_claim(topic, "episode_count", rng.choice((8, 10)), certainty,
                             f"Story {number} counts the episodes."),
                  said_claim(topic, "cast", Person(rng.choice(NEWCOMERS + RETURNING), status="new"), certainty,
                             f"Story {number} names a cast member.")]
        story = Article(url=f"https://{site}/news/{number}", text=" ".join(c.evidence for c in claims),
                        title=f"Story {number}", published=at, site_name=site, lang="en")
        with storage.transaction(engine) as session:
            stored = storage.store_article(session, story, source="bench", fetched_at=at)
            storage.record(session, stored.id, claims, show=topic.slug, season=topic.season, site=site, at=at)


def said_claim(topic: Topic, kind: str, value: Any, certainty: str, evidence: str) -> Claim:
    return Claim(show=topic.slug, season=topic.season, kind=kind, value=value, certainty=certainty,  # type: ignore[arg-type]
                 negated=False, attributed_to=None, evidence=evidence, span=(0, len(evidence)))


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """`claimwatch serve` on ``db`` at a free port of 127.0.0.1, until the block ends."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "claimwatch", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(base: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/healthz", trust_env=False).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit(f"claimwatch serve did not answer at {base}")


def timed(client: httpx.Client, url: str, runs: int) -> list[float]:
    client.get(url).raise_for_status()  # the first answer warms caches and templates
    spent = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(url).raise_for_status()
        spent.append((time.perf_counter() - started) * 1000)
    return spent


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000, help="claims to store (default 100000)")
    parser.add_argument("--runs", type=int, default=40, help="requests per page (default 40)")
    parser.add_argument("--news", type=int, default=300, help="articles recorded through the ledger (default 300)")
    args = parser.parse_args()
    topic = load_topic()
    with tempfile.TemporaryDirectory() as folder:
        engine = storage.make_engine(f"sqlite:///{Path(folder) / 'web.db'}")
        storage.upgrade(engine)
        started = time.perf_counter()
        prefill(engine, topic, int(args.claims / CLAIMS_PER_ARTICLE), seed=15)
        recorded_news(engine, topic, args.news, seed=15)
        with storage.transaction(engine) as session:
            claims = sum(webviews.counts(session).claims_by_kind.values())
        print(f"filled: {claims} claims in {time.perf_counter() - started:.1f} s")
        engine.dispose()
        worst = 0.0
        with serving(Path(folder) / "web.db") as base, \
                httpx.Client(base_url=base, trust_env=False, timeout=30) as client:
            for page in PAGES:
                spent = timed(client, page, args.runs)
                worst = max(worst, p95(spent))
                print(f"{page:<28} p50 {statistics.median(spent):6.1f} ms  p95 {p95(spent):6.1f} ms")
    print(f"p95_ms={worst:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
