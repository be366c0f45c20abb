"""`claimwatch run` as a user starts it: a real process, a real local news site, a real signal.

SIGTERM stops the daemon after the step in progress: it exits cleanly, and what it fetched is stored.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import storage
from tests.scraper.http_server import LocalServer

STORY = """<html><head><title>Season 2 of All of Us Are Dead is official</title>
<meta property="og:site_name" content="Example Drama News">
<meta property="article:published_time" content="2022-06-10T09:00:00+09:00"></head>
<body><article><h1>All of Us Are Dead is coming back</h1>
<p>Netflix has officially renewed All of Us Are Dead for a second season, the streamer said on Friday.</p>
<p>The zombie drama spent weeks among the most watched shows on the service after its January debut.</p>
</article></body></html>"""


def write_config(tmp: Path, feed_url: str) -> Path:
    topic = tmp / "topic.toml"
    topic.write_text(f"""slug = "all-of-us-are-dead"
title = "All of Us Are Dead"
season = 2
platform = ["Netflix"]

[[sources]]
name = "local-feed"
kind = "rss"
url = "{feed_url}"
interval = "10m"
filter = false
""")
    config = tmp / "claimwatch.toml"
    config.write_text(f"""topic = "{topic}"

[daemon]
deliver_interval = "1s"

[fetch]
allow_hosts = ["127.0.0.1"]
per_host_delay_s = 0.0

[channels.console]
type = "console"
""")
    return config


def serve_story(site: LocalServer) -> str:
    """A feed listing the one story on ``site``; returns the feed's URL."""
    items = f"<item><title>Renewed</title><link>{site.url('/renewed')}</link></item>"
    site.route("/feed.xml", body=f'<rss version="2.0"><channel><title>News</title>{items}</channel></rss>',
               headers={"Content-Type": "application/rss+xml"})
    site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
    return site.url("/feed.xml")


def delivered(db: Path, deadline: float) -> None:
    """Wait until the daemon has delivered an alert (or the deadline passes: the assertions then say what is missing)."""
    while time.monotonic() < deadline:
        if db.exists():
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                try:
                    if conn.execute("SELECT count(*) FROM outbox WHERE status = 'delivered'").fetchone()[0]:
                        return
                except sqlite3.OperationalError:
                    pass  # not created yet, or busy
        time.sleep(0.2)


def test_sigterm_stops_the_daemon_cleanly_keeping_what_it_fetched(tmp_path: Path) -> None:
    with LocalServer() as site:
        feed_url = serve_story(site)
        db = tmp_path / "cw.db"
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        daemon = subprocess.Popen(
            [sys.executable, "-m", "claimwatch", "--config", str(write_config(tmp_path, feed_url)),
             "run", "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not any(r.path == "/renewed" for r in site.requests):
                time.sleep(0.1)
            delivered(db, time.monotonic() + 30)  # let the delivery job send the alert, however loaded the machine
            daemon.send_signal(signal.SIGTERM)
            out, err = daemon.communicate(timeout=30)
        finally:
            if daemon.poll() is None:
                daemon.kill()
    assert daemon.returncode == 0, err
    assert "renewed" in out.lower(), err  # the console channel printed the alert
    assert "daemon stopped" in err
    engine = storage.make_engine(f"sqlite:///{db}")
    with storage.transaction(engine) as session:
        assert [a.title for a in storage.search_articles(session)] == ["Season 2 of All of Us Are Dead is official"]
        assert [c.kind for c in storage.changes(session)] == ["renewal"]
    engine.dispose()
