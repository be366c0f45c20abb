"""The daemon keeps an Atom feed file of the changes up to date, round after round."""

from __future__ import annotations

import feedparser

from claimwatch.settings import load_settings
from tests.claimwatch.test_health import Clock, feed, make_daemon, world  # noqa: F401  (a fixture)
from tests.e2e.test_daemon_process import STORY


async def test_the_daemon_rewrites_the_feed_after_a_round_that_changed_a_belief(engine, world, tmp_path):  # noqa: F811
    site, ops, fans = world
    site.route("/feed.xml", body=feed(site, "/one"), headers={"Content-Type": "application/rss+xml"})
    site.route("/one", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
    path = tmp_path / "aouad.xml"
    async with make_daemon(engine, site, ops, fans, Clock()) as daemon:
        daemon.feed = str(path)
        await daemon.run_once()
        [entry] = feedparser.parse(path.read_bytes()).entries
        assert entry.title.startswith("All of Us Are Dead S2: renewed")
        written = path.stat().st_mtime_ns
        await daemon.run_once()  # nothing new: the file is left alone
    assert path.stat().st_mtime_ns == written
    assert not list(tmp_path.glob(".*.partial"))


def test_a_relative_feed_path_is_read_beside_the_settings_file(tmp_path):
    config = tmp_path / "claimwatch.toml"
    config.write_text('[daemon]\nfeed = "public/aouad.xml"\n')
    assert load_settings(config, env={}).daemon.feed == str(tmp_path / "public" / "aouad.xml")
