"""SIGTERM while a webhook delivery is in flight: the daemon stops cleanly and the alert is not lost."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal

import storage
from claimwatch.app import build_channels
from tests.claimwatch.test_daemon import STORY, daemon_for, feed, rss
from tests.notifier.conftest import SECRET
from tests.notifier.servers import Answer, WebhookReceiver
from tests.scraper.http_server import LocalServer


async def wait_for(condition, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the condition never held")


async def test_sigterm_during_a_webhook_delivery_stops_in_one_line_and_keeps_the_alert(sqlite_engine, caplog):
    caplog.set_level(logging.INFO)
    with LocalServer() as site, WebhookReceiver(SECRET) as hook:
        hook.answer(Answer(hang=True))
        site.route("/feed.xml", body=feed(site.url(""), "/renewed"), headers={"Content-Type": "application/rss+xml"})
        site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
        daemon = daemon_for(sqlite_engine, (rss("news", site.url("/feed.xml")),))
        daemon.context.channels = build_channels({"hook": {"type": "webhook", "url": hook.url(), "secret": SECRET,
                                                           "timeout_s": 1}})
        async with daemon:
            running = asyncio.ensure_future(daemon.run_forever())
            await wait_for(lambda: bool(hook.requests))
            os.kill(os.getpid(), signal.SIGTERM)
            await asyncio.wait_for(running, 10)
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors == []
    assert not any(record.exc_info for record in caplog.records)
    assert [r.getMessage() for r in caplog.records if "stopping" in r.getMessage()] == [
        "stopping after the step in progress"]
    with storage.transaction(sqlite_engine) as session:
        [item] = storage.list_outbox(session)
    assert dataclasses.asdict(item)["status"] in ("pending", "delivered")
