"""Adaptive intervals and bursts through a whole round against a real local server, as `claimwatch sources`
shows them: a feed's dated entries set its pace, and a changed belief makes the topic's other sources due."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import json

from claimwatch.cli import main
from claimwatch.clock import utcnow
from tests.scraper.http_server import LocalServer
from tests.scraper.test_sources_round import HTML, RSS, STORY, daemon_for, feed, source, statuses

NOTE = ("<html><head><title>Desk notes</title></head><body><article><h1>Weekend listings</h1>"
        "<p>The desk's weekend picks lean on gardening shows and a cooking contest this time.</p>"
        "</article></body></html>")  # changes no belief: no burst muddles the pace


def dated_feed(base: str, count: int, gap: dt.timedelta) -> str:
    now = utcnow()
    items = "".join(f"<item><title>All of Us Are Dead note {i}</title><link>{base}/note{i}</link>"
                    f"<pubDate>{email.utils.format_datetime(now - gap * i)}</pubDate></item>" for i in range(count))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'


def shown_reason(engine, name: str, capsys) -> str:
    assert main(["sources", "--db", str(engine.url), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    [row] = [row for row in rows if row["name"] == name]
    return row["next_reason"]


async def test_a_feed_of_twelve_dated_entries_a_day_is_polled_every_eight_minutes_and_sources_says_so(
        sqlite_engine, capsys):
    with LocalServer() as site:
        site.route("/feed.xml", body=dated_feed(site.url(""), 12, dt.timedelta(hours=2)), headers=RSS)
        for i in range(12):
            site.route(f"/note{i}", body=NOTE, headers=HTML)
        desk = source("desk", "rss", site.url("/feed.xml"), filter=False, budget=1)
        fixed = dataclasses.replace(source("fixed", "rss", site.url("/feed.xml"), filter=False, budget=1),
                                    adaptive=False)
        async with daemon_for(sqlite_engine, desk, fixed) as daemon:
            await daemon.run_once()
    shown = statuses(sqlite_engine)
    assert 465 <= (shown["desk"].next_due_at - shown["desk"].last_fetch_at).total_seconds() <= 465 * 1.1
    assert shown_reason(sqlite_engine, "desk", capsys) == "publishes ~12/day: every 8m"
    assert shown_reason(sqlite_engine, "fixed", capsys) == "interval 10m"


async def test_a_changed_belief_makes_the_other_source_due_at_once_and_sources_says_who_changed_what(
        sqlite_engine, capsys):
    with LocalServer() as site:
        base = site.url("")
        site.route("/desk.xml", body=feed(base), headers=RSS)
        site.route("/wire.xml", body=feed(base), headers=RSS)
        site.route("/renewed", body=STORY, headers=HTML)
        desk = source("desk", "rss", site.url("/desk.xml"), filter=False)
        wire = source("wire", "rss", site.url("/wire.xml"), filter=False)
        async with daemon_for(sqlite_engine, desk, wire) as daemon:
            await daemon.run_once()  # both polled: nothing yet, the wire due in ten minutes
            site.route("/desk.xml", body=feed(base, "/renewed"), headers=RSS)
            [result] = await daemon.poll(["desk"])
    assert result.changes > 0
    wire_now = statuses(sqlite_engine)["wire"]
    assert wire_now.next_due_at <= utcnow()
    assert shown_reason(sqlite_engine, "wire", capsys) == "burst: desk changed renewal"
    assert shown_reason(sqlite_engine, "desk", capsys) == "interval 10m"
