"""A daemon restarted after a SIGKILL takes back its dead predecessor's leases at once."""

from __future__ import annotations

import dataclasses
import os
import socket
import subprocess
import sys

import storage
from claimwatch.workers import dead_local_workers
from tests.claimwatch.test_daemon import daemon_for, feed, rss
from tests.scraper.http_server import LocalServer


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def lease_everything(engine, daemon, worker: str) -> None:
    with storage.transaction(engine) as session:
        storage.sync_sources(session, list(daemon.context.topic.sources), daemon.context.clock())
        assert storage.lease_due_sources(session, daemon.context.clock(), worker=worker, lease_s=300, limit=10)


async def test_a_restart_polls_at_once_the_sources_a_killed_run_of_this_host_held(engine):
    host = socket.gethostname()
    with LocalServer() as site:
        site.route("/feed.xml", body=feed(site.url("")), headers={"Content-Type": "application/rss+xml"})
        daemon = dataclasses.replace(daemon_for(engine, (rss("news", site.url("/feed.xml")),)),
                                     worker=f"{host}:{os.getpid()}")
        lease_everything(engine, daemon, f"{host}:{dead_pid()}")
        async with daemon:
            polled = [result.source for result in await daemon.poll_due()]
    assert polled == ["news"]


async def test_leases_of_a_live_process_or_another_host_are_left_alone(engine):
    host = socket.gethostname()
    holders = {f"{host}:{os.getppid()}", f"elsewhere.example:{dead_pid()}", "named-worker", f"{host}:{dead_pid()}"}
    assert [name.split(":")[0] for name in dead_local_workers(holders)] == [host]
