"""Storage over months: old article texts are dropped in batches, claims stay, the page stays known; vacuum."""

from __future__ import annotations

import dataclasses
import datetime as dt

import storage
from claimwatch.cli import main
from claimwatch.daemon import Daemon
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from notifier import RetryPolicy
from tests.conftest import cli_url
from tests.scraper.conftest import TEST_FETCH
from tests.storage.factory import SHOW, article, claim

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
LONG_TEXT = "A long paragraph about the filming schedule and the sets, written for this test alone. " * 40


def store(engine, day: int, text: str = LONG_TEXT) -> str:
    """An article fetched ``day`` days after T0, with one claim; returns its URL."""
    story = article(f"{text} Story {day}.")
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, story, source="t", fetched_at=T0 + dt.timedelta(days=day))
        storage.record(session, stored.id, [claim("episode_count", 8 + day, evidence=f"Episode sentence {day}.")],
                       show=SHOW, season=2, at=T0 + dt.timedelta(days=day))
    return story.url


def texts(engine) -> dict[str, str]:
    from sqlalchemy import select

    from storage.models import ArticleModel

    with storage.transaction(engine) as session:
        return dict(session.execute(select(ArticleModel.url, ArticleModel.text)).all())  # type: ignore[arg-type]


def test_old_bodies_are_dropped_in_batches_and_their_claims_and_urls_stay(engine):
    urls = [store(engine, day) for day in range(5)]
    with storage.transaction(engine) as session:
        assert storage.drop_old_bodies(session, T0 + dt.timedelta(days=3), batch=2) == 2
    with storage.transaction(engine) as session:
        assert storage.drop_old_bodies(session, T0 + dt.timedelta(days=3), batch=2) == 1
        assert storage.drop_old_bodies(session, T0 + dt.timedelta(days=3), batch=2) == 0
    kept = texts(engine)
    assert [kept[url] == "" for url in urls] == [True, True, True, False, False]
    with storage.transaction(engine) as session:
        assert storage.seen_urls(session, urls) == set(urls)  # still known: never fetched again
        evidence = {entry.evidence for entry in storage.history(session, SHOW, 2, "episode_count")}
    assert {f"Episode sentence {day}." for day in range(5)} <= evidence


def test_a_page_read_again_after_its_body_was_dropped_is_known_not_new(engine):
    story = article(LONG_TEXT)
    with storage.transaction(engine) as session:
        storage.store_article(session, story, source="t", fetched_at=T0)
    with storage.transaction(engine) as session:
        storage.drop_old_bodies(session, T0 + dt.timedelta(days=1), batch=10)
    with storage.transaction(engine) as session:
        again = storage.store_article(session, story, source="t", fetched_at=T0 + dt.timedelta(days=2))
    assert not again.is_new


async def test_the_daemon_drops_the_bodies_older_than_keep_bodies(engine):
    old, new = store(engine, 0), store(engine, 200)
    topic = dataclasses.replace(load_topic(), sources=())
    context = Context(engine=engine, topic=topic, clock=lambda: T0 + dt.timedelta(days=201))
    daemon = Daemon(context=context, fetch_settings=TEST_FETCH, worker="test", policy=RetryPolicy(),
                    keep_bodies_s=180 * 86400)
    async with daemon:
        await daemon.run_once()
    assert texts(engine)[old] == "" and texts(engine)[new].startswith("A long paragraph")


def test_db_vacuum_prints_the_size_before_and_after_and_gives_space_back(engine, capsys):
    for day in range(40):
        store(engine, day)
    with storage.transaction(engine) as session:
        storage.drop_old_bodies(session, T0 + dt.timedelta(days=100), batch=100)
    before = storage.database_size(engine)
    assert main(["db", "vacuum", "--db", cli_url(engine)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("database size: ") and " before, " in printed and printed.rstrip().endswith(" after")
    if engine.dialect.name == "sqlite":  # PostgreSQL's VACUUM makes the space reusable; its files keep their size
        assert storage.database_size(engine) < before

