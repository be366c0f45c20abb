"""Several topics: one daemon following two shows, two daemons on one database, a topic dropped from the settings."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import os
import signal

import feedparser
import pytest

import storage
from claimwatch.daemon import Daemon
from claimwatch.errors import ConfigError
from claimwatch.health import HealthSettings, check_health
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic, load_topics, namespaced, topic_from_dict
from notifier import RetryPolicy, make_channel
from scraper.types import SourceConfig, Topic
from tests.claimwatch.test_daemon import STORY, feed
from tests.claimwatch.test_stop import wait_for
from tests.notifier.servers import WebhookReceiver
from tests.scraper.conftest import TEST_FETCH
from tests.scraper.http_server import LocalServer, Route

# A made-up show, in words of our own: its renewal is news for it alone.
HARBOR_STORY = """<html><head><title>Harbor Lights will return for a third season</title>
<meta property="og:site_name" content="Example Screen Weekly">
<meta property="article:published_time" content="2024-03-02T10:00:00+00:00"></head>
<body><article><h1>Harbor Lights is coming back</h1>
<p>Netflix has officially renewed Harbor Lights for a third season, the streamer announced on Monday.</p>
<p>The lighthouse mystery drew a large audience in its second run, and filming starts in the autumn.</p>
</article></body></html>"""
RSS = {"Content-Type": "application/rss+xml"}
NOW = dt.datetime(2025, 1, 2, tzinfo=dt.UTC)
HTML = {"Content-Type": "text/html; charset=utf-8"}


def harbor(*sources: SourceConfig) -> Topic:
    topic = topic_from_dict({"slug": "harbor-lights", "title": "Harbor Lights", "season": 3,
                             "platform": ["Netflix"]}, "test")
    return namespaced(dataclasses.replace(topic, sources=sources))


def aouad(*sources: SourceConfig) -> Topic:
    return namespaced(dataclasses.replace(load_topic(), sources=sources))


def rss(name: str, url: str) -> SourceConfig:
    return SourceConfig(name=name, kind="rss", url=url, interval_s=600, options={"filter": False})


def daemon_for(engine, *topics: Topic, listed_in: str | None = None, worker: str = "test",
               extract_workers: int = 0) -> Daemon:
    reading: set[str] = set()
    first, *others = (Context(engine=engine, topic=topic, also=tuple(t for t in topics if t != topic),
                              reading=reading) for topic in topics)
    return Daemon(context=first, others=tuple(others), fetch_settings=TEST_FETCH, worker=worker,
                  policy=RetryPolicy(max_attempts=2, base_s=0.1, max_s=0.2), listed_in=listed_in,
                  extract_workers=extract_workers)


def serve_two_shows(site: LocalServer) -> None:
    site.route("/aouad.xml", body=feed(site.url(""), "/aouad-renewed"), headers=RSS)
    site.route("/harbor.xml", body=feed(site.url(""), "/harbor-renewed"), headers=RSS)
    site.route("/both.xml", body=feed(site.url(""), "/aouad-renewed", "/harbor-renewed"), headers=RSS)
    site.route("/aouad-renewed", body=STORY, headers=HTML)
    site.route("/harbor-renewed", body=HARBOR_STORY, headers=HTML)


def renewals(engine) -> dict[str, list[tuple[int, str]]]:
    with storage.transaction(engine) as session:
        changes = storage.changes(session)
    shows: dict[str, list[tuple[int, str]]] = {}
    for change in changes:
        if change.kind == "renewal":
            shows.setdefault(change.show, []).append((change.season, str(change.value)))
    return shows


def enabled_sources(engine) -> list[str]:
    with storage.transaction(engine) as session:
        return [status.name for status in storage.list_sources(session)]


async def test_one_daemon_follows_two_topics_each_show_getting_its_own_articles_and_claims(engine):
    with LocalServer() as site:
        serve_two_shows(site)
        daemon = daemon_for(engine, aouad(rss("news", site.url("/aouad.xml"))),
                            harbor(rss("news", site.url("/harbor.xml"))))
        async with daemon:
            results = {r.source: r for r in await daemon.run_once()}
    assert {name: r.articles for name, r in results.items()} == {"all-of-us-are-dead/news": 1,
                                                                 "harbor-lights/news": 1}
    assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")], "harbor-lights": [(3, "renewed")]}
    assert enabled_sources(engine) == ["all-of-us-are-dead/news", "harbor-lights/news"]


@pytest.mark.parametrize("extract_workers", [0, 1])  # read in the daemon, and in the pool for the polling topic
async def test_a_feed_two_topics_list_is_read_once_and_gives_both_shows_their_claims(engine, extract_workers):
    with LocalServer() as site:
        serve_two_shows(site)
        daemon = daemon_for(engine, aouad(rss("news", site.url("/both.xml"))),
                            harbor(rss("news", site.url("/both.xml"))), extract_workers=extract_workers)
        async with daemon:
            await daemon.run_once()
        story_fetches = sorted(r.path for r in site.requests if r.path.endswith("-renewed"))
    assert story_fetches == ["/aouad-renewed", "/harbor-renewed"]  # each story fetched once, for both topics
    assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")], "harbor-lights": [(3, "renewed")]}


async def test_a_feed_two_topics_list_is_fetched_once_a_round_and_both_sources_say_when_next(engine):
    with LocalServer() as site:
        serve_two_shows(site)
        daemon = daemon_for(engine, aouad(rss("news", site.url("/both.xml"))),
                            harbor(rss("news", site.url("/both.xml"))))
        async with daemon:
            await daemon.run_once()
            assert daemon.lease_due() == []  # neither is due again now: the one poll counted for both
        feed_fetches = len(site.hits("/both.xml"))
    assert feed_fetches == 1
    assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")], "harbor-lights": [(3, "renewed")]}
    with storage.transaction(engine) as session:
        statuses = {status.name: status for status in storage.list_sources(session)}
    polled, shared = statuses["all-of-us-are-dead/news"], statuses["harbor-lights/news"]
    assert shared.last_ok_at == polled.last_ok_at is not None
    assert shared.next_due_at == polled.next_due_at
    assert shared.next_reason == f"read with all-of-us-are-dead/news: {polled.next_reason}"


async def test_a_topic_added_later_reads_the_shared_feeds_stories_the_first_topic_had_read(engine):
    with LocalServer() as site:
        serve_two_shows(site)
        async with daemon_for(engine, aouad(rss("news", site.url("/both.xml")))) as alone:
            await alone.run_once()
        assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")]}
        async with daemon_for(engine, aouad(rss("news", site.url("/both.xml"))),
                              harbor(rss("news", site.url("/both.xml")))) as both:
            await both.run_once()
        feed_fetches = len(site.hits("/both.xml"))
    assert feed_fetches == 2  # once a round, though the second round polled it for two topics
    assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")], "harbor-lights": [(3, "renewed")]}


async def test_the_daemons_feed_file_has_every_shows_entries_each_titled_with_its_show(engine, tmp_path):
    path = tmp_path / "shows.xml"
    with LocalServer() as site:
        serve_two_shows(site)
        daemon = daemon_for(engine, aouad(rss("news", site.url("/aouad.xml"))),
                            harbor(rss("news", site.url("/harbor.xml"))))
        daemon.feed = str(path)
        async with daemon:
            await daemon.run_once()
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo and parsed.feed.title.startswith("All of Us Are Dead, Harbor Lights")
    titles = sorted(entry.title for entry in parsed.entries)
    assert len(titles) == 2
    assert titles[0].startswith("All of Us Are Dead S2: renewed") and titles[1].startswith("Harbor Lights S3: renewed")


async def test_every_topics_pages_are_read_in_the_daemons_one_pool(engine):
    with LocalServer() as site:
        serve_two_shows(site)
        daemon = daemon_for(engine, aouad(rss("news", site.url("/aouad.xml"))),
                            harbor(rss("news", site.url("/harbor.xml"))), extract_workers=1)
        async with daemon:
            assert {id(ctx.reader) for ctx in daemon.contexts} == {id(daemon.context.reader)}
            await daemon.run_once()
            assert daemon.others[0].reader.worker_pids()  # the second show's pages too: off the event loop
    assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")], "harbor-lights": [(3, "renewed")]}


async def test_a_feed_shared_by_two_daemons_topics_gives_the_second_its_claims_too(engine):
    with LocalServer() as site:
        serve_two_shows(site)
        first_edition = feed(site.url(""), "/aouad-renewed")
        second_edition = feed(site.url(""), "/aouad-renewed", "/harbor-renewed")
        site.route("/both.xml", Route(body=first_edition, headers=dict(RSS, ETag='"v1"')),
                   Route(body=first_edition, headers=dict(RSS, ETag='"v1"')),
                   Route(body=second_edition, headers=dict(RSS, ETag='"v2"')),
                   Route(status=304, headers={"ETag": '"v2"'}))
        first = daemon_for(engine, aouad(rss("news", site.url("/both.xml"))), listed_in="a.toml", worker="one")
        second = daemon_for(engine, harbor(rss("news", site.url("/both.xml"))), listed_in="b.toml", worker="two")
        async with first, second:
            await first.run_once()
            await second.run_once()
            assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")]}
            await first.run_once()  # the feed's second edition names the other show's story
            await second.run_once()  # "not modified" to the first's validators: read from the stored copy
            stories_read = len(site.hits("/harbor-renewed"))
            results = await second.run_once()
        validators = [r.headers.get("if-none-match") for r in site.hits("/both.xml")]
    # The first topic's ETag, sent before any copy was kept, would have got the second a 304 and "0 found";
    # once both read the feed, each sends the other's validators and a 304 still brings the new entries.
    assert validators == [None, None, '"v1"', '"v2"', '"v2"']
    assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")], "harbor-lights": [(3, "renewed")]}
    assert len(site.hits("/harbor-renewed")) == stories_read  # the copy's entries, once read, are not new again
    assert [(r.discovered, r.articles) for r in results] == [(0, 0)]  # to its own validators: a plain 304


async def test_two_daemons_with_different_topics_on_one_database_leave_each_others_sources_alone(engine):
    with LocalServer() as site:
        serve_two_shows(site)
        first = daemon_for(engine, aouad(rss("news", site.url("/aouad.xml"))), listed_in="a.toml", worker="one")
        second = daemon_for(engine, harbor(rss("news", site.url("/harbor.xml"))), listed_in="b.toml", worker="two")
        async with first, second:
            assert enabled_sources(engine) == ["all-of-us-are-dead/news", "harbor-lights/news"]
            assert first.lease_due() == ["all-of-us-are-dead/news"]  # never the other daemon's source
            await first.poll(["all-of-us-are-dead/news"])
            await second.poll_due()
    assert renewals(engine) == {"all-of-us-are-dead": [(2, "renewed")], "harbor-lights": [(3, "renewed")]}


async def test_a_topic_dropped_from_the_settings_has_only_its_sources_disabled_and_says_so(engine, caplog):
    sources = rss("news", "https://example.org/feed.xml"), rss("blog", "https://example.org/blog.xml")
    async with daemon_for(engine, aouad(*sources), harbor(*sources), listed_in="claimwatch.toml"):
        pass
    async with daemon_for(engine, aouad(*sources), listed_in="other.toml"):
        pass  # another settings file's topics are not this one's to retire
    assert len(enabled_sources(engine)) == 4
    with caplog.at_level(logging.INFO, logger="claimwatch.daemon"):
        async with daemon_for(engine, aouad(*sources), listed_in="claimwatch.toml"):
            pass
    assert enabled_sources(engine) == ["all-of-us-are-dead/blog", "all-of-us-are-dead/news"]
    assert "topic harbor-lights is no longer in claimwatch.toml: its 2 sources are disabled" in caplog.messages


async def test_a_source_from_before_topics_is_adopted_with_its_state(engine):
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [rss("news", "https://example.org/feed.xml")], NOW)
        storage.record_poll(session, "news", ok=False, error="boom", at=NOW, next_due=NOW)
    async with daemon_for(engine, aouad(rss("news", "https://example.org/feed.xml"))):
        pass
    with storage.transaction(engine) as session:
        [status] = storage.list_sources(session)
    assert (status.name, status.failures, status.last_error) == ("all-of-us-are-dead/news", 1, "boom")


async def test_sighup_reloads_the_topics_and_keeps_each_sources_place(engine, caplog):
    with LocalServer() as site:
        serve_two_shows(site)
        aouad_news = aouad(rss("news", site.url("/aouad.xml")))
        harbor_news = harbor(rss("news", site.url("/harbor.xml")))
        followed: list[tuple[Topic, ...] | None] = [(aouad_news,)]

        def reload() -> tuple[Context, ...]:  # what `claimwatch run` does: the settings file read again
            if followed[-1] is None:
                raise ConfigError("claimwatch.toml", "topics", "lists no topic file")
            return tuple(Context(engine=engine, topic=topic) for topic in followed[-1])

        daemon = daemon_for(engine, aouad_news, listed_in="claimwatch.toml")
        daemon.reload, daemon.tick_s = reload, 0.2
        async with daemon:
            running = asyncio.create_task(daemon.run_forever())
            await wait_for(lambda: renewals(engine).get("all-of-us-are-dead"))
            with caplog.at_level(logging.INFO, logger="claimwatch.daemon"):
                followed.append((aouad_news, harbor_news))
                os.kill(os.getpid(), signal.SIGHUP)
                await wait_for(lambda: renewals(engine).get("harbor-lights"))
                followed.append(None)
                os.kill(os.getpid(), signal.SIGHUP)
                await wait_for(lambda: any("reload refused" in m for m in caplog.messages))
            daemon.stop()
            await asyncio.wait_for(running, timeout=10)
        aouad_fetches = len(site.hits("/aouad.xml"))
    assert aouad_fetches == 1  # polled once: the reload kept its next poll ten minutes away
    assert "reloaded: 2 topics, 2 sources" in caplog.messages
    assert enabled_sources(engine) == ["all-of-us-are-dead/news", "harbor-lights/news"]


def test_a_failing_source_is_alerted_under_the_show_whose_topic_lists_it(engine):
    shows = aouad(rss("news", "https://example.org/a.xml")), harbor(rss("news", "https://example.org/h.xml"))
    with storage.transaction(engine) as session:
        for show in shows:
            storage.sync_sources(session, show.sources, NOW, topic=show.slug)
        storage.record_poll(session, "harbor-lights/news", ok=False, error="boom", at=NOW,
                            next_due=NOW + dt.timedelta(hours=1))
    channels = {"ops": make_channel("ops", {"type": "console", "health": True})}
    made = check_health(engine, shows, channels, HealthSettings(source_failing_rounds=1), NOW)
    assert [(c.show, c.value["subject"]) for c in made if c.change == "source_failing"] == [
        ("harbor-lights", "harbor-lights/news")]


async def test_a_failing_source_of_the_second_show_is_delivered_titled_and_routed_as_that_show(engine):
    with LocalServer() as site, WebhookReceiver() as everyone, WebhookReceiver() as aouad_only:
        serve_two_shows(site)
        site.route("/harbor.xml", status=500, body=b"down")
        daemon = daemon_for(engine, aouad(rss("news", site.url("/aouad.xml"))),
                            harbor(rss("news", site.url("/harbor.xml"))))
        channels = {"ops": make_channel("ops", {"type": "webhook", "url": everyone.url(), "health": True}),
                    "aouad-ops": make_channel("aouad-ops", {"type": "webhook", "url": aouad_only.url(), "health": True,
                                                            "shows": ["all-of-us-are-dead"]})}
        for ctx in daemon.contexts:
            ctx.channels.update(channels)
        daemon.health = HealthSettings(source_failing_rounds=1)
        async with daemon:
            await daemon.run_once()
            await daemon.deliver(until_empty=True)
        failing = [r.json() for r in everyone.requests if r.json()["change"]["change"] == "source_failing"]
        heard_by_aouad = [r.json()["change"]["change"] for r in aouad_only.requests]
    [alert] = failing
    assert alert["change"]["show"] == "harbor-lights" and alert["change"]["value"]["subject"] == "harbor-lights/news"
    assert alert["subject"].startswith("[health] Harbor Lights S3: source harbor-lights/news has failed")
    assert "source_failing" not in heard_by_aouad  # a channel of the first show only hears its own sources


def test_two_topic_files_of_one_slug_are_refused_naming_the_second(tmp_path):
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text('slug = "same"\ntitle = "Same"\nseason = 1\n')
    with pytest.raises(ConfigError, match=r"b\.toml: slug: 'same' is already the slug of .*a\.toml"):
        load_topics([str(tmp_path / "a.toml"), str(tmp_path / "b.toml")])
