"""`claimwatch demo`: the real daemon pipeline against a made-up season of news, on 127.0.0.1.

A local server publishes the chronology in ``demo_data/`` round by round; after each round the
daemon polls its feed once and delivers the alerts, which the console channel prints with their
evidence and source. Nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import tempfile
from pathlib import Path
from typing import TextIO

import storage
from claimwatch.daemon import Daemon
from claimwatch.demo_server import DemoServer
from claimwatch.pipeline import Context
from claimwatch.settings import DaemonSettings, sqlite_url
from claimwatch.topic import load_topic
from notifier import RetryPolicy
from notifier.channels.console import ConsoleChannel
from scraper.fetch.settings import FetchSettings
from scraper.types import Article, SourceConfig, Topic

# The demo server is on loopback, which the address guard refuses unless a source allows it.
DEMO_FETCH = FetchSettings(allow_hosts=("127.0.0.1",), per_host_delay_s=0.0)


def demo_topic(feed_url: str) -> Topic:
    """The real topic, watching the demo's feed instead of the real sources."""
    feed = SourceConfig(name="demo-feed", kind="rss", url=feed_url, interval_s=60, options={"filter": False})
    return dataclasses.replace(load_topic(), sources=(feed,))


READ = {
    "new": "read",
    "off-topic": "read (not about the show)",
    "copy": "skipped (a copy of a story already read)",
    "known": "skipped (already read)",
}


def build_demo_daemon(engine, topic: Topic, channels: dict, worker: str = "demo",
                      out: TextIO | None = None) -> Daemon:
    def tell(article: Article, status: str) -> None:
        if out is not None:
            out.write(f"   {READ.get(status, status)}: {article.site_name or article.url} · {article.title}\n")

    context = Context(engine=engine, topic=topic, channels=channels, on_article=tell)
    return Daemon(context=context, fetch_settings=DEMO_FETCH, worker=worker,
                  policy=RetryPolicy(max_attempts=3, base_s=0.1, max_s=1.0))


def run_demo(*, db: str | None, pause: float, out: TextIO) -> int:
    # The demo's output is the story and its alerts; the pipeline's log lines would drown them.
    logging.getLogger("claimwatch").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="claimwatch-demo-") as tmp:
        path = Path(db) if db else Path(tmp) / "demo.db"
        engine = storage.make_engine(sqlite_url(path))
        storage.upgrade(engine)
        try:
            with DemoServer() as server:
                # The demo shows every move of belief, rumours too, each labelled with its tier.
                console = ConsoleChannel("console", {"type": "console", "tier": "rumoured"})
                console.stream = out
                asyncio.run(_rounds(server, engine, {"console": console}, pause, out))
        finally:
            engine.dispose()
        out.write(f"\nDone. {closing_hint(db and str(path))}\n")
    return 0


def closing_hint(db: str | None) -> str:
    if db:
        return f"Query what it learnt with: claimwatch claims --db {db}"
    return ("Its database was temporary and is gone: run `claimwatch demo --db FILE` to keep it, "
            "then `claimwatch claims --db FILE`.")


async def _rounds(server: DemoServer, engine, channels: dict, pause: float, out: TextIO) -> None:
    topic = demo_topic(server.feed_url)
    daemon = build_demo_daemon(engine, topic, channels, worker=DaemonSettings().worker, out=out)
    out.write(f"claimwatch demo: {topic.title} season {topic.season}, news served from {server.base_url}\n")
    async with daemon:
        for _ in range(server.rounds):
            number = server.advance()
            out.write(f"\n== round {number} of {server.rounds} ==\n")
            out.flush()
            results = await daemon.run_once()
            for result in results:
                if not result.ok:
                    out.write(f"   source {result.source} failed: {result.error}\n")
                elif result.fetched == 0:
                    out.write("   (no new articles)\n")
            if pause:
                await asyncio.sleep(pause)
