"""Health alerts through the real daemon code, a real local news site and a real webhook receiver.

Each condition (a source failing rounds in a row, a source gone quiet, a channel failing, the daemon
late) is one alert when it starts and one when it ends, only on channels with ``health = true``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import storage
from claimwatch.daemon import Daemon
from claimwatch.demo import DEMO_FETCH
from claimwatch.health import HealthSettings, beat, check_health
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from notifier import RetryPolicy, make_channel
from scraper.types import SourceConfig
from tests.e2e.test_daemon_process import STORY
from tests.notifier.servers import Answer, WebhookReceiver
from tests.scraper.http_server import LocalServer

RULES = HealthSettings(source_failing_rounds=3, source_quiet_s=7 * 86400, channel_failing_attempts=3,
                       round_late_s=30 * 86400)  # these tests jump days ahead: the daemon is never late here
LATE = HealthSettings(round_late_s=600)
T0 = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def feed(site: LocalServer, *paths: str) -> str:
    items = "".join(f"<item><title>Story</title><link>{site.url(p)}</link></item>" for p in paths)
    return f'<rss version="2.0"><channel><title>News</title>{items}</channel></rss>'


@pytest.fixture
def world():
    with LocalServer() as site, WebhookReceiver() as ops, WebhookReceiver() as fans:
        yield site, ops, fans


def make_daemon(engine, site: LocalServer, ops: WebhookReceiver, fans: WebhookReceiver, clock: Clock) -> Daemon:
    source = SourceConfig(name="local-feed", kind="rss", url=site.url("/feed.xml"), interval_s=600,
                          options={"filter": False})
    topic = dataclasses.replace(load_topic(), sources=(source,))
    channels = {"ops": make_channel("ops", {"type": "webhook", "url": ops.url(), "health": True}),
                "fans": make_channel("fans", {"type": "webhook", "url": fans.url()})}
    context = Context(engine=engine, topic=topic, channels=channels, clock=clock)
    fetch = dataclasses.replace(DEMO_FETCH, retries=0)  # a failing poll fails at once
    return Daemon(context=context, fetch_settings=fetch, worker="w", health=RULES,
                  policy=RetryPolicy(max_attempts=5, base_s=1, max_s=1, jitter=0))


def health_alerts(receiver: WebhookReceiver) -> list[tuple[str, str]]:
    return [(r.json()["change"]["change"], r.json()["change"]["value"]["subject"]) for r in receiver.requests
            if r.json()["change"]["kind"] == "health"]


async def test_a_source_failing_rounds_in_a_row_is_one_alert_and_its_recovery_another(engine, world):
    site, ops, fans = world
    site.route("/feed.xml", status=500, body=b"down")
    clock = Clock()
    async with make_daemon(engine, site, ops, fans, clock) as daemon:
        for _ in range(5):  # two rounds past the threshold: no repeat
            clock.now += dt.timedelta(minutes=10)
            await daemon.run_once()
        assert health_alerts(ops) == [("source_failing", "local-feed")]
        [alert] = ops.requests
        assert alert.json()["subject"].startswith(
            "[health] All of Us Are Dead S2: source local-feed has failed 3 rounds in a row:")
        site.route("/feed.xml", body=feed(site), headers={"Content-Type": "application/rss+xml"})
        await daemon.run_once()
        await daemon.run_once()
    assert health_alerts(ops) == [("source_failing", "local-feed"), ("source_recovered", "local-feed")]
    assert fans.requests == []  # a channel that did not opt in hears nothing of it
    with storage.transaction(engine) as session:
        assert storage.changes(session) == []  # health alerts are not changes of belief


async def test_a_source_that_goes_quiet_is_alerted_and_so_is_its_next_find(engine, world):
    site, ops, fans = world
    site.route("/feed.xml", body=feed(site, "/one"), headers={"Content-Type": "application/rss+xml"})
    site.route("/one", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
    clock = Clock()
    async with make_daemon(engine, site, ops, fans, clock) as daemon:
        await daemon.run_once()
        clock.now += dt.timedelta(days=6)
        await daemon.run_once()
        assert health_alerts(ops) == []
        clock.now += dt.timedelta(days=2)
        await daemon.run_once()
        await daemon.run_once()
        assert health_alerts(ops) == [("source_quiet", "local-feed")]
        site.route("/feed.xml", body=feed(site, "/one", "/two"), headers={"Content-Type": "application/rss+xml"})
        site.route("/two", body=STORY.replace("is coming back", "returns"),
                   headers={"Content-Type": "text/html; charset=utf-8"})
        await daemon.run_once()
    assert health_alerts(ops) == [("source_quiet", "local-feed"), ("source_active", "local-feed")]


async def test_a_channel_whose_deliveries_keep_failing_is_alerted_on_the_others(engine, world):
    site, ops, fans = world
    site.route("/feed.xml", body=feed(site, "/one"), headers={"Content-Type": "application/rss+xml"})
    site.route("/one", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
    clock = Clock()
    fans.answer(Answer(status=503, body=b"maintenance"))
    async with make_daemon(engine, site, ops, fans, clock) as daemon:
        await daemon.run_once()
        for _ in range(3):
            clock.now += dt.timedelta(seconds=10)
            await daemon.deliver(until_empty=True)
            daemon.check_health()
        await daemon.deliver(until_empty=True)
        assert health_alerts(ops) == [("channel_failing", "fans")]
        assert "answered 503: maintenance" in ops.requests[-1].json()["subject"]
        fans.answer(Answer(status=200))
        clock.now += dt.timedelta(seconds=10)
        await daemon.deliver(until_empty=True)
        daemon.check_health()
        await daemon.deliver(until_empty=True)
    assert health_alerts(ops) == [("channel_failing", "fans"), ("channel_recovered", "fans")]
    assert [r.json()["change"]["kind"] for r in fans.accepted] == ["renewal"]  # delivered at last, once


async def test_a_daemon_that_completes_no_round_on_time_is_alerted_then_its_return(engine, world):
    site, ops, fans = world
    clock = Clock()
    daemon = make_daemon(engine, site, ops, fans, clock)
    topic, channels = daemon.context.topic, daemon.context.channels
    beat(engine, T0)
    assert check_health(engine, [topic], channels, LATE, T0 + dt.timedelta(minutes=9)) == []
    [late] = check_health(engine, [topic], channels, LATE, T0 + dt.timedelta(minutes=11))
    assert late.change == "daemon_late" and late.value["since"] == T0.isoformat()
    assert check_health(engine, [topic], channels, LATE, T0 + dt.timedelta(minutes=30)) == []  # no repeat
    beat(engine, T0 + dt.timedelta(minutes=31))
    [back] = check_health(engine, [topic], channels, LATE, T0 + dt.timedelta(minutes=31))
    assert back.change == "daemon_on_time"
    clock.now = T0 + dt.timedelta(minutes=31)
    await daemon.deliver(until_empty=True)
    assert health_alerts(ops) == [("daemon_late", "daemon"), ("daemon_on_time", "daemon")]


async def test_the_first_round_after_a_long_stop_reports_the_gap_and_the_next_its_end(engine, world):
    site, ops, fans = world
    site.route("/feed.xml", body=feed(site), headers={"Content-Type": "application/rss+xml"})
    clock = Clock()
    async with make_daemon(engine, site, ops, fans, clock) as daemon:
        daemon.health = LATE
        await daemon.run_once()
        clock.now += dt.timedelta(hours=3)  # the daemon was stopped for three hours
        await daemon.run_once()
        clock.now += dt.timedelta(seconds=10)
        await daemon.run_once()
    assert health_alerts(ops) == [("daemon_late", "daemon"), ("daemon_on_time", "daemon")]
    assert ops.requests[0].json()["subject"] == (
        "[health] All of Us Are Dead S2: no round completed since 2026-03-01 12:00 UTC")


def test_health_thresholds_are_read_from_the_settings_file(tmp_path):
    from claimwatch.errors import ConfigError
    from claimwatch.settings import load_settings

    config = tmp_path / "claimwatch.toml"
    config.write_text('[health]\nsource_failing_rounds = 5\nsource_quiet = "3d"\nround_late = "30m"\n')
    rules = load_settings(config, env={}).health
    assert (rules.source_failing_rounds, rules.source_quiet_s, rules.round_late_s) == (5, 3 * 86400, 1800)
    assert rules.channel_failing_attempts == HealthSettings().channel_failing_attempts
    config.write_text('[health]\nsource_failng_rounds = 5\n')
    with pytest.raises(ConfigError, match="health.source_failng_rounds"):
        load_settings(config, env={})
