"""Pages read in a pool of worker processes: the same claims as in the daemon's process, a worker that
dies costs one page one round, and fetching goes on while a heavy page is read."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

import storage
from claimwatch.daemon import Daemon
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from notifier import RetryPolicy
from scraper.types import Article, SourceConfig
from storage.models import ClaimModel
from tests.claimwatch.test_daemon import feed, rss
from tests.scraper.conftest import TEST_FETCH
from tests.scraper.http_server import LocalServer, Route

HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml"}


def page(title: str, published: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><title>{title}</title><meta property="og:site_name" content="{title.split()[0]} Weekly">'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


STORIES = {
    "/back": page("Screen All of Us Are Dead gets its second season", "2022-06-09T08:00:00+09:00",
                  "Netflix confirmed on Thursday that All of Us Are Dead will return for a second season.",
                  "The high school zombie series drew a huge audience in its first weeks on the service."),
    "/cameras": page("Drama cameras roll again for All of Us Are Dead", "2024-05-02T10:00:00+09:00",
                     "Filming on season 2 of All of Us Are Dead began in April 2024, a production source said.",
                     "The crew is shooting in Seoul and in a studio outside the city."),
    "/when": page("Stream when does All of Us Are Dead season 2 arrive", "2025-03-01T12:00:00+09:00",
                  "All of Us Are Dead season 2 is expected to premiere in 2026, according to people close to "
                  "the show.", "Netflix has not named a date yet."),
}


def topic_for(*sources: SourceConfig):
    return dataclasses.replace(load_topic(), sources=sources)


def daemon_for(engine, sources: tuple[SourceConfig, ...], workers: int, **context) -> Daemon:
    return Daemon(context=Context(engine=engine, topic=topic_for(*sources), **context), fetch_settings=TEST_FETCH,
                  worker="test", policy=RetryPolicy(max_attempts=2, base_s=0.1, max_s=0.2), extract_workers=workers)


def fresh_engine(path: Path):
    engine = storage.make_engine(f"sqlite:///{path}")
    storage.upgrade(engine)
    return engine


def stored_claims(engine) -> list[tuple]:
    with storage.transaction(engine) as session:
        rows = session.execute(select(ClaimModel.kind, ClaimModel.season, ClaimModel.value, ClaimModel.certainty,
                                      ClaimModel.attributed_to, ClaimModel.evidence)).all()
    return sorted(tuple(map(str, row)) for row in rows)


def serve_stories(site: LocalServer) -> SourceConfig:
    site.route("/feed.xml", body=feed(site.url(""), *STORIES), headers=RSS)
    for path, html in STORIES.items():
        site.route(path, body=html, headers=HTML)
    return rss("weekly", site.url("/feed.xml"))


async def test_the_pool_stores_the_same_claims_as_the_daemons_own_process(tmp_path):
    found = {}
    for workers in (0, 2):
        engine = fresh_engine(tmp_path / f"workers{workers}.db")
        with LocalServer() as site:
            async with daemon_for(engine, (serve_stories(site),), workers) as daemon:
                [result] = await daemon.run_once()
        assert result.ok and result.articles == len(STORIES)
        found[workers] = stored_claims(engine)
        engine.dispose()
    assert {kind for kind, *_ in found[0]} >= {"renewal", "filming_start"}
    assert found[2] == found[0]


class Clock:
    """A clock the test moves on, so a page's back-off is over without waiting for it."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


async def kill_a_worker_once_reading(daemon: Daemon) -> int:
    """SIGKILL the pool's first worker as soon as it exists (the page is then waiting on it); its pid."""
    for _ in range(400):
        if pids := daemon.context.reader.worker_pids():
            os.kill(pids[0], signal.SIGKILL)
            return pids[0]
        await asyncio.sleep(0.005)
    raise AssertionError("the pool started no worker")


async def test_a_killed_worker_costs_its_page_one_round_and_the_daemon_reads_it_later(tmp_path):
    engine = fresh_engine(tmp_path / "killed.db")
    clock = Clock()
    with LocalServer() as site:
        site.route("/feed.xml", body=feed(site.url(""), "/back"), headers=RSS)
        site.route("/back", body=STORIES["/back"], headers=HTML)
        source = rss("weekly", site.url("/feed.xml"))
        async with daemon_for(engine, (source,), workers=1, clock=clock) as daemon:
            first, killed = await asyncio.gather(daemon.run_once(), kill_a_worker_once_reading(daemon))
            clock.now += dt.timedelta(hours=1)  # the page's back-off is over
            second = await daemon.run_once()
            assert killed not in daemon.context.reader.worker_pids()
        fetches = len(site.hits("/back"))
    assert first[0].articles == 0
    assert any("the process reading it died" in problem for problem in first[0].problems)
    assert second[0].ok and second[0].articles == 1
    assert fetches == 2
    assert "renewal" in {kind for kind, *_ in stored_claims(engine)}


def heavy_story(paragraphs: int) -> str:
    """A long page whose every paragraph makes claims: seconds of regex work to read."""
    said = ("Netflix has renewed All of Us Are Dead for a second season, and filming is expected to start in "
            "spring {year}, a report citing people close to the production said; the cast of {n} is rumoured.")
    return page("Long read on All of Us Are Dead", "2024-01-05T09:00:00+09:00",
                *(said.format(year=2000 + n % 30, n=n) for n in range(paragraphs)))


async def test_fetching_goes_on_while_a_heavy_page_is_read(tmp_path):
    engine = fresh_engine(tmp_path / "heavy.db")
    read_at: dict[str, float] = {}

    def note(article: Article, status: str) -> None:
        read_at.setdefault(article.url.rsplit("/", 1)[-1], time.monotonic())

    with LocalServer() as site:
        site.route("/heavy.xml", body=feed(site.url(""), "/heavy"), headers=RSS)
        site.route("/heavy", body=heavy_story(2000), headers=HTML)
        site.route("/slow.xml", body=feed(site.url(""), "/slow"), headers=RSS)
        site.route("/slow", Route(body=STORIES["/cameras"], headers=HTML, delay=0.5))
        sources = (rss("heavy", site.url("/heavy.xml")), rss("slow", site.url("/slow.xml")))
        async with daemon_for(engine, sources, workers=2, on_article=note) as daemon:
            results = await daemon.run_once()
    assert all(r.ok and r.articles == 1 for r in results)
    # The slow server's page came in while the heavy one was being read, and was stored before it was done.
    assert read_at["slow"] < read_at["heavy"]


async def test_a_page_too_deep_to_read_is_its_own_problem_and_the_pool_goes_on(tmp_path):
    engine = fresh_engine(tmp_path / "deep.db")
    with LocalServer() as site:
        site.route("/feed.xml", body=feed(site.url(""), "/deep", "/back"), headers=RSS)
        site.route("/deep", body="<html><body>" + "<div>" * 1000 + "All of Us Are Dead" + "</div>" * 1000,
                   headers=HTML)
        site.route("/back", body=STORIES["/back"], headers=HTML)
        async with daemon_for(engine, (rss("weekly", site.url("/feed.xml")),), workers=1) as daemon:
            [result] = await daemon.run_once()
    assert result.articles == 1
    [problem] = result.problems  # the worker's own error, as the daemon's process would have said it
    assert problem.startswith(site.url("/deep")) and "too deep: more than 400 nested elements" in problem


READER_THEN_WAIT = """
import asyncio, time
from claimwatch.reader import PageReader
from scraper.types import Lead, Topic

async def main():
    reader = PageReader(1)
    await reader.read(None, "https://news.example/a", Lead(url="https://news.example/a", title="A show"),
                      Topic(slug="a", title="A show", season=1))
    print(*reader.worker_pids(), flush=True)
    time.sleep(60)

asyncio.run(main())
"""


def test_a_killed_daemon_leaves_no_worker_behind():
    daemon = subprocess.Popen([sys.executable, "-c", READER_THEN_WAIT], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    [worker] = map(int, daemon.stdout.readline().split())
    daemon.kill()
    daemon.wait()
    for _ in range(100):
        if not Path(f"/proc/{worker}").exists():
            break
        time.sleep(0.05)
    assert not Path(f"/proc/{worker}").exists()
