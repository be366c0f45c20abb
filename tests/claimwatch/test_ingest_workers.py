"""Two workers on one PostgreSQL storing overlapping batches in opposite orders: each batch locks its
URLs and seasons up front in one order, so neither waits on the other in a circle (no deadlock)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from claimwatch.pipeline import Context, Reading, ingest_articles
from claimwatch.topic import load_topic
from tests.conftest import postgres_engine
from tests.storage.factory import article, claim, window
from tests.storage.test_many_workers import at_once

pytestmark = pytest.mark.postgres

ROUNDS = 8  # batches stored by both workers at once, each a fresh set of articles
BATCH = 6  # articles a batch holds; the second worker stores them in the opposite order


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    yield from postgres_engine()


def batch(round_: int) -> list[Reading]:
    readings = []
    for n in range(BATCH):
        said = f"Desk {round_}-{n} pencils the second season in for {2027 + n % 3}, a guess of its own."
        story = article(said, url=f"https://desk.example/r{round_}/story-{n}", published=f"2025-0{1 + n % 9}-02")
        readings.append(Reading(story, "desk", labelled=[claim("release_date", window(f"{2027 + n % 3}-06-01"),
                                                              season=2 if n % 2 else 3, evidence=said)]))
    return readings


def test_two_workers_storing_the_same_articles_in_opposite_orders_never_deadlock(pg_engine):
    ctx = Context(engine=pg_engine, topic=load_topic())
    for round_ in range(ROUNDS):
        readings = batch(round_)
        orders = [readings, readings[::-1]]
        outcomes = at_once(2, lambda worker, orders=orders: ingest_articles(ctx, orders[worker]))
        errors = [o for o in outcomes if isinstance(o, Exception)]
        errors += [r for o in outcomes if isinstance(o, list) for r in o if isinstance(r, Exception)]
        assert errors == [], f"round {round_}: {errors}"
    with pg_engine.connect() as connection:
        stored = connection.execute(text("SELECT count(*), count(DISTINCT url) FROM articles")).one()
        claims = connection.execute(text("SELECT count(*) FROM claims")).scalar_one()
    assert stored == (ROUNDS * BATCH, ROUNDS * BATCH)  # every article stored once
    assert claims == ROUNDS * BATCH  # and its claim recorded once: the second worker found it known
