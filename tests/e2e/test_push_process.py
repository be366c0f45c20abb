"""`claimwatch run` with [daemon] public_url, as a user starts it (a real process, no --serve): it serves the
WebSub callback alone, its first poll finds the feed's hub and subscribes, and a pushed entry is stored."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

import storage
from tests.claimwatch.websub_hub import LocalHub
from tests.e2e.test_daemon_process import STORY, write_config
from tests.scraper.http_server import LocalServer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def feed(site: LocalServer, hub: LocalHub, *paths: str) -> str:
    items = "".join(f"<item><title>Story</title><link>{site.url(p)}</link></item>" for p in paths)
    return (f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>News</title>'
            f'<atom:link rel="hub" href="{hub.url}"/><atom:link rel="self" href="{site.url("/feed.xml")}"/>'
            f"{items}</channel></rss>")


def stored_titles(db: Path, deadline: float) -> list[str]:
    engine = storage.make_engine(f"sqlite:///{db}")
    try:
        while True:
            with storage.transaction(engine) as session:
                titles = [article.title or "" for article in storage.search_articles(session)]
            if titles or time.monotonic() > deadline:
                return titles
            time.sleep(0.2)
    finally:
        engine.dispose()


def test_run_with_a_public_url_subscribes_and_stores_what_the_hub_pushes(tmp_path: Path) -> None:
    port = free_port()
    with LocalServer() as site, LocalHub(grant_lease_s=3600) as hub:
        site.route("/feed.xml", body=feed(site, hub), headers={"Content-Type": "application/rss+xml"})
        site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
        config = write_config(tmp_path, site.url("/feed.xml"))
        config.write_text(config.read_text().replace("[daemon]\n", f'[daemon]\npublic_url = "http://127.0.0.1:{port}/"\n'))
        db = tmp_path / "cw.db"
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        daemon = subprocess.Popen([sys.executable, "-m", "claimwatch", "--config", str(config), "run", "--db", str(db),
                                   "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env)
        try:
            hub.wait_verified(site.url("/feed.xml"), timeout=30)
            page = httpx.get(f"http://127.0.0.1:{port}/api/v1/claims", trust_env=False, timeout=5)
            assert hub.publish(site.url("/feed.xml"), feed(site, hub, "/renewed").encode()) == [202]
            titles = stored_titles(db, time.monotonic() + 30)
            daemon.send_signal(signal.SIGTERM)
            out, err = daemon.communicate(timeout=30)
        finally:
            if daemon.poll() is None:
                daemon.kill()
    assert daemon.returncode == 0, err
    assert page.status_code == 404  # without --serve only the callback is served: no page is exposed
    assert titles == ["Season 2 of All of Us Are Dead is official"], err
    assert f"WebSub hubs call http://127.0.0.1:{port}/websub/" in out
    assert len([r for r in site.requests if r.path == "/feed.xml"]) == 1  # the entry came by push, not a poll
