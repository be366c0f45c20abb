"""The daemon against a real local news site: failing sources, stopping, polling on schedule."""

from __future__ import annotations

import asyncio
import dataclasses
import logging

import storage
from claimwatch.daemon import Daemon
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from notifier import RetryPolicy, make_channel
from scraper.types import SourceConfig
from tests.claimwatch.test_grouped_delivery import record_announcement
from tests.notifier.servers import Answer, WebhookReceiver
from tests.scraper.conftest import TEST_FETCH
from tests.scraper.http_server import LocalServer, Route

STORY = """<html><head><title>Season 2 of All of Us Are Dead is renewed</title>
<meta property="og:site_name" content="Example Drama News">
<meta property="article:published_time" content="2022-06-10T09:00:00+09:00"></head>
<body><article><h1>All of Us Are Dead is coming back</h1>
<p>Netflix has officially renewed All of Us Are Dead for a second season, the streamer said on Friday.</p>
<p>The zombie drama became one of the platform's most watched non-English series this year.</p>
</article></body></html>"""


def feed(base: str, *paths: str) -> str:
    items = "".join(f"<item><title>Story {p}</title><link>{base}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'


def daemon_for(engine, sources: tuple[SourceConfig, ...]) -> Daemon:
    topic = dataclasses.replace(load_topic(), sources=sources)
    return Daemon(context=Context(engine=engine, topic=topic), fetch_settings=TEST_FETCH, worker="test",
                  policy=RetryPolicy(max_attempts=2, base_s=0.1, max_s=0.2), deliver_interval_s=0.2)


def rss(name: str, url: str) -> SourceConfig:
    return SourceConfig(name=name, kind="rss", url=url, interval_s=600, options={"filter": False})


async def test_a_failing_source_is_recorded_and_the_round_goes_on(engine):
    with LocalServer() as site:
        site.route("/feed.xml", body=feed(site.url(""), "/renewed"), headers={"Content-Type": "application/rss+xml"})
        site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
        site.route("/broken.xml", Route(status=500))
        daemon = daemon_for(engine, (rss("good", site.url("/feed.xml")), rss("broken", site.url("/broken.xml"))))
        async with daemon:
            results = {r.source: r for r in await daemon.run_once()}
    assert results["good"].ok and results["good"].articles == 1
    assert not results["broken"].ok and "500" in (results["broken"].error or "")
    with storage.transaction(engine) as session:
        status = {s.name: s for s in storage.list_sources(session)}
        changes = storage.changes(session)
    assert status["broken"].last_error and status["broken"].failures == 1
    assert status["good"].last_error is None and status["good"].last_ok_at is not None
    assert [(c.kind, c.value) for c in changes] == [("renewal", "renewed")]


async def test_the_daemon_polls_due_sources_on_schedule_and_stops_when_asked(engine):
    with LocalServer() as site:
        site.route("/feed.xml", body=feed(site.url(""), "/renewed"), headers={"Content-Type": "application/rss+xml"})
        site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
        daemon = daemon_for(engine, (rss("good", site.url("/feed.xml")),))
        async with daemon:
            running = asyncio.create_task(daemon.run_forever())
            for _ in range(100):
                await asyncio.sleep(0.05)
                with storage.transaction(engine) as session:
                    if storage.search_articles(session):
                        break
            daemon.stop()
            await asyncio.wait_for(running, timeout=10)
        feed_fetches = [r for r in site.requests if r.path == "/feed.xml"]
    assert len(feed_fetches) == 1  # polled once: the next poll is due in ten minutes
    with storage.transaction(engine) as session:
        [article] = storage.search_articles(session)
        [source] = storage.list_sources(session)
    assert article.site == "Example Drama News"
    assert source.next_due_at is not None and source.last_ok_at is not None
    assert (source.next_due_at - source.last_ok_at).total_seconds() >= 600


async def test_a_page_declaring_utf8_but_sending_cp1252_is_stored_with_its_accents(engine):
    page = STORY.replace("renewed</title>", "renewed: café, séoul, deuxième saison</title>")
    with LocalServer() as site:
        site.route("/feed.xml", body=feed(site.url(""), "/fr"), headers={"Content-Type": "application/rss+xml"})
        site.route("/fr", body=page.encode("cp1252"), headers={"Content-Type": "text/html; charset=utf-8"})
        async with daemon_for(engine, (rss("fr", site.url("/feed.xml")),)) as daemon:
            await daemon.run_once()
    with storage.transaction(engine) as session:
        [stored] = storage.search_articles(session)
    assert stored.title == "Season 2 of All of Us Are Dead is renewed: café, séoul, deuxième saison"


async def test_a_trickling_page_is_fetched_once_and_a_source_past_its_budget_fails_while_others_finish(engine):
    with LocalServer() as site:
        site.route("/slow.xml", body=feed(site.url(""), "/trickle", "/trickle2"),
                   headers={"Content-Type": "application/rss+xml"})
        site.route("/trickle", body=b"<p>" * 1000, trickle=0.2, headers={"Content-Type": "text/html"})
        site.route("/trickle2", body=b"<p>" * 1000, trickle=0.2, headers={"Content-Type": "text/html"})
        site.route("/feed.xml", body=feed(site.url(""), "/renewed"), headers={"Content-Type": "application/rss+xml"})
        site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
        daemon = daemon_for(engine, (rss("slow", site.url("/slow.xml")), rss("good", site.url("/feed.xml"))))
        daemon.fetch_settings = dataclasses.replace(TEST_FETCH, total_timeout_s=1.0, retries=2)
        daemon.source_budget_s = 1.5
        async with daemon:
            results = {r.source: r for r in await daemon.run_once()}
        trickle_fetches = len(site.hits("/trickle"))
    assert trickle_fetches == 1  # a timeout is not retried inside the round
    assert not results["slow"].ok
    assert "budget: the poll took longer than its 1.5 s; the rest waits for the next" in (results["slow"].error or "")
    assert results["good"].ok and results["good"].articles == 1


async def test_run_once_skips_a_source_whose_server_asked_to_wait_and_says_why(engine):
    with LocalServer() as site:
        site.route("/busy.xml", Route(status=429, headers={"Retry-After": "7200"}))
        daemon = daemon_for(engine, (rss("busy", site.url("/busy.xml")),))
        daemon.fetch_settings = dataclasses.replace(TEST_FETCH, retries=0)
        async with daemon:
            [first] = await daemon.run_once()
        async with daemon_for(engine, (rss("busy", site.url("/busy.xml")),)) as again:
            [second] = await again.run_once()
        fetches = len(site.hits("/busy.xml"))
    assert not first.ok and "429" in (first.error or "")
    assert fetches == 1
    assert second.ok and (second.skipped or "").startswith("skipped: server: Retry-After 2h, until ")


async def test_a_slow_site_does_not_hold_up_a_source_that_falls_due_meanwhile(engine):
    """A feed that takes 1.5 s to answer; a quick one due every 0.3 s is polled again and again meanwhile."""
    with LocalServer() as site:
        site.route("/slow.xml", Route(body=feed(site.url("")), delay=1.5, headers={"Content-Type": "application/rss+xml"}))
        site.route("/quick.xml", body=feed(site.url("")), headers={"Content-Type": "application/rss+xml"})
        quick = dataclasses.replace(rss("quick", site.url("/quick.xml")), interval_s=0.3)
        daemon = daemon_for(engine, (rss("slow", site.url("/slow.xml")), quick))
        daemon.tick_s = 0.1
        async with daemon:
            running = asyncio.create_task(daemon.run_forever())
            await asyncio.sleep(1.4)  # the slow feed's first answer is still on its way
            quick_polls = len(site.hits("/quick.xml"))
            slow_polls = len(site.hits("/slow.xml"))
            daemon.stop()
            await asyncio.wait_for(running, timeout=10)
    assert slow_polls == 1
    assert quick_polls >= 3  # not once per slow round: one bad site never starves the rest


async def test_due_sources_are_polled_at_once_within_the_per_host_limit(engine):
    with LocalServer() as site:
        for n in range(4):
            site.route(f"/feed{n}.xml", Route(body=feed(site.url("")), delay=0.5,
                                              headers={"Content-Type": "application/rss+xml"}))
        daemon = daemon_for(engine, tuple(rss(f"feed{n}", site.url(f"/feed{n}.xml")) for n in range(4)))
        daemon.fetch_settings = dataclasses.replace(TEST_FETCH, per_host_in_flight=2)
        async with daemon:
            results = await daemon.poll_due()
        peak = site.peak_in_flight
    assert sorted(r.source for r in results if r.ok) == ["feed0", "feed1", "feed2", "feed3"]
    assert peak == 2  # four due sources, two at a time: the host's limit, not one by one


async def test_a_delivery_longer_than_its_interval_is_one_debug_line_with_its_duration_not_warnings(engine, caplog):
    """The receiver never answers: each delivery waits its 1 s timeout, ten times the daemon's 0.1 s interval."""
    caplog.set_level(logging.DEBUG)
    with WebhookReceiver() as hook:
        hook.answer(Answer(hang=True))
        channels = {"hook": make_channel("hook", {"type": "webhook", "url": hook.url(), "timeout_s": 1})}
        record_announcement(engine, channels)
        daemon = daemon_for(engine, ())
        daemon.context = dataclasses.replace(daemon.context, channels=channels)
        daemon.deliver_interval_s = 0.1
        async with daemon:
            running = asyncio.create_task(daemon.run_forever())
            await asyncio.sleep(2.5)
            daemon.stop()
            await asyncio.wait_for(running, timeout=10)
    scheduler_warnings = [r.getMessage() for r in caplog.records
                          if r.name.startswith("apscheduler") and r.levelno >= logging.WARNING]
    overran = [r.getMessage() for r in caplog.records if r.name == "claimwatch.daemon" and "longer than" in r.getMessage()]
    assert scheduler_warnings == []
    assert overran and all(r.startswith("deliver took 1.") for r in overran), overran
