"""`claimwatch run --serve`: the daemon and the page in one process, as a user starts it."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.e2e.test_daemon_process import serve_story, write_config
from tests.scraper.http_server import LocalServer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def polled(base: str) -> int:
    """Polls the daemon completed, as /metrics counts them (0 while the page is not up yet)."""
    try:
        metrics = httpx.get(base + "/metrics", trust_env=False).text
    except httpx.HTTPError:
        return 0
    found = re.search(r'^claimwatch_polls_total\{outcome="ok"\} (\d+)', metrics, re.M)
    return int(found[1]) if found else 0


def test_the_page_shows_what_the_daemon_beside_it_records_and_counts_its_polls(tmp_path: Path) -> None:
    with LocalServer() as site:
        feed_url = serve_story(site)
        port, env = free_port(), {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        base = f"http://127.0.0.1:{port}"
        process = subprocess.Popen(
            [sys.executable, "-m", "claimwatch", "--config", str(write_config(tmp_path, feed_url)),
             "run", "--db", str(tmp_path / "cw.db"), "--serve", "--port", str(port)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and polled(base) < 1:
                time.sleep(0.2)
            claims = httpx.get(base + "/api/v1/claims", trust_env=False).json()
            metrics = httpx.get(base + "/metrics", trust_env=False).text
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 0, err
    assert [(claim["kind"], claim["value"]) for claim in claims] == [("renewal", "renewed")]
    assert re.search(r'^claimwatch_fetches_total\{outcome="ok"\} [2-9]', metrics, re.M)  # the feed and the story
    assert re.search(r"^claimwatch_not_modified_share 0\.0$", metrics, re.M)  # nothing asked twice yet
    assert re.search(r"^claimwatch_extracted_articles_total 1\.0$", metrics, re.M)  # the story
    seconds = re.search(r"^claimwatch_extraction_seconds_total (\S+)$", metrics, re.M)
    assert seconds and 0 < float(seconds.group(1)) < 30
