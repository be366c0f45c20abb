"""Storage over months: a database of many shows' history, its size, how fast its queries answer, how fast it grows.

Fills a new SQLite database (and a schema of the PostgreSQL test server, when it answers) with
``--articles`` articles and ``--claims`` claims across ``--topics`` shows, in bulk inserts, with one belief
per kind and person and one recorded change per 100 claims: the tables the query commands read. The
belief tallies are not rebuilt: no query command reads them, and the timed ingest records another show,
whose tallies start empty (``storage.rebuild_tallies`` also fails on PostgreSQL past 65,535 parameters
in one statement, with this many shows and values). Then it prints, per database:

- the database size, and the size once the bodies older than ``keep_bodies`` are dropped and vacuumed;
- the p95 over the shows of what ``claims``, ``changes --since`` and ``history`` call
  (``storage.beliefs``, ``storage.changes``, ``storage.history_page`` of the default 50), timed in-process;
- the ingest rate: articles/s through the real pipeline (extraction and the ledger) into the filled database.

The last line of each database is machine-readable:

    db=sqlite articles=… claims=… size_mb=… fill_s=… claims_p95_ms=… changes_p95_ms=… history_p95_ms=… ingest_per_s=… after_drop_mb=…

On PostgreSQL ``VACUUM (ANALYZE)`` makes the dropped bodies' space reusable by new rows; it does not
shrink the files (only VACUUM FULL, which locks the tables, would), so ``after_drop_mb`` stays put there.

    .venv/bin/python -m bench.storage_scale [--quick] [--articles 100000] [--claims 1000000] [--topics 20] [--no-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, text

import storage
from bench.ingest import SITES, generated, ingest, postgres_schemas, read_page, sqlite_engine
from claimwatch import defaults
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from storage.models import ArticleModel, ArticleUrlModel, BeliefModel, ChangeModel, ClaimModel
from storage.resolve import value_key

START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SPAN_DAYS = 365  # the history covers a year: half of it is past the default keep_bodies of 180 days
BATCH = 5000  # articles per transaction
ROWS_PER_STATEMENT = 2000  # rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement
KINDS = ("release_date", "episode_count", "cast", "filming_start", "renewal")
WINDOWS = [("2026-01-01", "2026-03-31", "early 2026"), ("2026-03-01", "2026-03-31", "March 2026"),
           ("2026-06-01", "2026-08-31", "summer 2026"), ("2026-01-01", "2026-12-31", "2026")]
NAMES = [f"Actor {letter}{number}" for letter in "ABCDEFGH" for number in range(1, 6)]
# Words of the article bodies, drawn at random to a typical news story's length (about 2 KB), so they
# compress as prose does, not as one sentence repeated: what dropping the bodies gives back.
PROSE = ("the production went back to studio this week and crew said schedule had not moved several scenes "
         "were filmed at night in old school building outside city a source close to cast told us that "
         "streamer is expected announce date soon fans have waited since first season ended")
WORDS = PROSE.split()
BODY_WORDS = 330


def show_slugs(topics: int) -> list[str]:
    return [f"bench-show-{number:02d}" for number in range(topics)]


def claim_value(rng: random.Random, kind: str) -> Any:
    if kind == "release_date":
        start, end, written = rng.choice(WINDOWS)
        return {"start": start, "end": end, "text": written}
    if kind == "episode_count":
        return rng.choice((6, 8, 10, 12))
    if kind == "cast":
        return {"name": rng.choice(NAMES), "character": None, "status": "new"}
    if kind == "filming_start":
        return {"start": "2025-05-01", "end": "2025-05-31", "text": "May 2025"}
    return "renewed"


def claim_row(rng: random.Random, article_id: int, show: str, site: str, at: dt.datetime) -> dict[str, Any]:
    kind = rng.choice(KINDS)
    value = claim_value(rng, kind)
    return {"article_id": article_id, "show": show, "season": 2, "kind": kind, "value": value,
            "value_key": value_key(kind, value, {})[:300], "certainty": rng.choice(("reported", "speculative")),
            "negated": False, "attributed_to": None, "evidence": f"A sentence of article {article_id} about {kind}.",
            "span_start": 0, "span_end": 40, "site": site, "at": at, "dated": True}


def fill(engine: Engine, shows: list[str], articles: int, claims: int, *, seed: int = 7) -> None:
    """The articles and claims in bulk, ``claims / articles`` per article, spread over a year and the shows."""
    rng = random.Random(seed)
    per_article = max(1, claims // articles)
    step = dt.timedelta(days=SPAN_DAYS) / articles
    for offset in range(0, articles, BATCH):
        article_rows, urls, claim_rows, changes = [], [], [], []
        for number in range(offset + 1, min(offset + BATCH, articles) + 1):
            at, site, show = START + step * number, rng.choice(SITES), shows[number % len(shows)]
            url = f"https://{site}/{show}/{number}"
            article_rows.append({"id": number, "url": url, "title": f"Story {number}", "site": site, "source": "bench",
                                 "lang": "en", "published": at, "fetched_at": at, "text": " ".join(rng.choices(WORDS, k=BODY_WORDS)),
                                 "text_hash": hashlib.sha256(f"story {number}".encode()).hexdigest(),
                                 "duplicate_of": None, "claims": per_article})
            urls.append({"url": url, "article_id": number})
            made = [claim_row(rng, number, show, site, at) for _ in range(per_article)]
            claim_rows += made
            changes += [change_row(row, url) for row in made if rng.random() < 0.01]
        with storage.transaction(engine) as session:
            for model, rows in ((ArticleModel, article_rows), (ArticleUrlModel, urls), (ClaimModel, claim_rows),
                                (ChangeModel, changes)):
                for start in range(0, len(rows), ROWS_PER_STATEMENT):
                    session.execute(insert(model), rows[start:start + ROWS_PER_STATEMENT])
    if engine.dialect.name == "postgresql":  # the rows above chose their ids: the sequence learns them
        with storage.transaction(engine) as session:
            session.execute(text("SELECT setval(pg_get_serial_sequence('articles', 'id'), MAX(id)) FROM articles"))
    with storage.transaction(engine) as session:
        session.execute(insert(BeliefModel), [belief_row(show, kind, item) for show in shows
                                              for kind, item in belief_items()])


def change_row(claim: dict[str, Any], url: str) -> dict[str, Any]:
    """A recorded move of belief, as the ledger writes one (its shape, not its reasoning)."""
    return {"show": claim["show"], "season": 2, "kind": claim["kind"], "change": "value", "value": claim["value"],
            "previous": None, "certainty": claim["certainty"], "previous_certainty": None, "tier": "rumoured",
            "sources": 1, "at": claim["at"], "recorded_at": claim["at"], "article_id": claim["article_id"],
            "urls": [url], "evidence": [{"url": url, "sentence": claim["evidence"], "site": claim["site"]}]}


def belief_items() -> list[tuple[str, str]]:
    """(kind, item) of one show's beliefs: one per kind, one per person in the cast."""
    return [(kind, "") for kind in KINDS if kind != "cast"] + [("cast", name.casefold()) for name in NAMES[:10]]


def belief_row(show: str, kind: str, item: str) -> dict[str, Any]:
    value = {"name": item, "character": None, "status": "new"} if kind == "cast" else claim_value(random.Random(0), kind)
    return {"show": show, "season": 2, "kind": kind, "item": item, "value": value,
            "value_key": value_key(kind, value, {})[:300], "certainty": "reported", "tier": "reported",
            "sources": 2, "urls": [], "since": START}


def p95_ms(timings: list[float]) -> float:
    return statistics.quantiles(timings, n=20)[-1] * 1000 if len(timings) > 1 else timings[0] * 1000


def timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def query_p95(engine: Engine, shows: list[str]) -> dict[str, float]:
    """The p95 over the shows of each query command's storage call, each in its own transaction as the CLI does."""
    since = START + dt.timedelta(days=SPAN_DAYS - 30)  # "changes --since" a month ago

    def run(query: Callable[[Any, str], Any]) -> Callable[[str], Callable[[], Any]]:
        def for_show(show: str) -> Callable[[], Any]:
            def call() -> Any:
                with storage.transaction(engine) as session:
                    return query(session, show)
            return call
        return for_show

    calls = {"claims": run(lambda session, show: storage.beliefs(session, show, 2)),
             "changes": run(lambda session, show: storage.changes(session, since=since, show=show)),
             "history": run(lambda session, show: storage.history_page(session, show, 2, "release_date",
                                                                       limit=defaults.HISTORY_LIMIT))}
    return {name: p95_ms([timed(call(show)) for show in shows]) for name, call in calls.items()}


def ingest_rate(engine: Engine, count: int) -> float:
    """Articles/s through the real pipeline (the page read, its claims, the ledger) into the filled database."""
    pages = generated(count, seed=3, start=START + dt.timedelta(days=SPAN_DAYS + 1))
    ctx = Context(engine=engine, topic=load_topic(None))
    return count / timed(lambda: ingest(ctx, [read_page(page) for page in pages]))


def drop_and_vacuum(engine: Engine, keep_days: float) -> float:
    """Drop the bodies older than ``keep_days`` before the history's end, vacuum; the size after, in MB."""
    before = START + dt.timedelta(days=SPAN_DAYS - keep_days)
    while True:
        with storage.transaction(engine) as session:
            if not storage.drop_old_bodies(session, before, batch=BATCH):
                break
    storage.vacuum(engine)
    return size_mb(engine)


def size_mb(engine: Engine) -> float:
    """The database's bytes: the SQLite file's pages, or the PostgreSQL schema's tables and indexes."""
    if engine.dialect.name != "postgresql":
        return storage.database_size(engine) / 1e6
    with engine.connect() as connection:
        total = connection.execute(text("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c "
                                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                        "WHERE n.nspname = current_schema() AND c.relkind = 'r'")).scalar_one()
    return int(total or 0) / 1e6


def run(engine: Engine, label: str, args: argparse.Namespace) -> None:
    shows = show_slugs(args.topics)
    fill_s = timed(lambda: fill(engine, shows, args.articles, args.claims))
    size = size_mb(engine)
    print(f"{label}: filled {args.articles} articles and {args.claims} claims across {len(shows)} shows "
          f"in {fill_s:.1f} s ({args.claims / fill_s:,.0f} claims/s in bulk); size {size:.1f} MB")
    p95 = query_p95(engine, shows)
    print(f"{label}: p95 over the shows: claims {p95['claims']:.1f} ms, changes --since {p95['changes']:.1f} ms, "
          f"history {p95['history']:.1f} ms")
    rate = ingest_rate(engine, args.ingest)
    print(f"{label}: ingest through the pipeline into the filled database: {rate:.1f} articles/s")
    before = size_mb(engine)
    after = drop_and_vacuum(engine, args.keep_days)
    print(f"{label}: bodies older than {args.keep_days:g} days dropped and vacuumed: {before:.1f} MB, then "
          f"{after:.1f} MB")
    print(f"db={label} articles={args.articles} claims={args.claims} size_mb={size:.1f} fill_s={fill_s:.1f} "
          f"claims_p95_ms={p95['claims']:.1f} changes_p95_ms={p95['changes']:.1f} "
          f"history_p95_ms={p95['history']:.1f} ingest_per_s={rate:.1f} after_drop_mb={after:.1f}")


def engines(args: argparse.Namespace, folder: Path) -> Iterator[tuple[Engine, str]]:
    yield sqlite_engine(folder)(), "sqlite"
    if not args.no_postgres:
        with postgres_schemas() as make_postgres:
            if make_postgres is not None:
                yield make_postgres(), "postgresql"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a small run: 2,000 articles, 20,000 claims")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--topics", type=int, default=20)
    parser.add_argument("--ingest", type=int, default=200, help="articles ingested through the pipeline, timed")
    parser.add_argument("--keep-days", type=float, default=180.0, help="keep_bodies for the drop at the end")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.claims, args.ingest = 2000, 20_000, 40
    with tempfile.TemporaryDirectory() as folder:
        for engine, label in engines(args, Path(folder)):
            try:
                run(engine, label, args)
            finally:
                engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
