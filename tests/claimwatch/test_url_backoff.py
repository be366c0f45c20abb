"""An article URL that failed waits a growing delay, and `claimwatch sources --urls` shows it."""

from __future__ import annotations

import storage
from tests.claimwatch.test_cli import claimwatch, json_lines
from tests.claimwatch.test_daemon import STORY, daemon_for, feed, rss
from tests.scraper.http_server import LocalServer, Route


async def test_a_failing_article_url_is_not_fetched_every_round_and_sources_urls_shows_why(tmp_path):
    db = tmp_path / "cw.db"
    engine = storage.make_engine(f"sqlite:///{db}")
    storage.upgrade(engine)
    with LocalServer() as site:
        site.route("/feed.xml", body=feed(site.url(""), "/loop", "/busy", "/renewed"),
                   headers={"Content-Type": "application/rss+xml"})
        site.route("/loop", redirect="/loop2")
        site.route("/loop2", redirect="/loop")
        site.route("/busy", Route(status=429, headers={"Retry-After": "86400"}))
        site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
        for _ in range(2):
            async with daemon_for(engine, (rss("news", site.url("/feed.xml")),)) as daemon:
                await daemon.run_once()
        fetched = {path: len(site.hits(path)) for path in ("/loop", "/busy", "/feed.xml")}
    assert fetched == {"/loop": 1, "/busy": 1, "/feed.xml": 2}
    rows = {row["url"].rsplit("/", 1)[1]: row for row in json_lines(
        claimwatch("sources", "--urls", "--json", "--db", str(db)).stdout)}
    assert sorted(rows) == ["busy", "loop"]
    assert rows["loop"]["failures"] == 1 and "redirect loop" in rows["loop"]["last_error"]
    assert "HTTP 429" in rows["busy"]["last_error"] and rows["busy"]["retry_at"] > rows["loop"]["retry_at"]
    table = claimwatch("sources", "--urls", "--db", str(db)).stdout
    assert table.split()[:4] == ["URL", "FAILURES", "NEXT", "TRY"]
