"""Bursts: a changed belief makes its topic's other sources due at once, within their bound per hour, never
over a back-off or a Retry-After, and never another topic's sources or the source that found it."""

from __future__ import annotations

import datetime as dt

import storage
from claimwatch.bursts import burst
from scraper.types import SourceConfig
from tests.storage.factory import when

NOW = when("2026-03-10")
LATER = NOW + dt.timedelta(hours=1)


def feed(name: str) -> SourceConfig:
    return SourceConfig(name=name, kind="rss", url=f"https://{name.split('/')[1]}.example/feed", interval_s=1800)


def set_up(engine) -> None:
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [feed("aoad/desk"), feed("aoad/wire"), feed("aoad/blog"), feed("aoad/dead"),
                                       feed("aoad/slow")], NOW, topic="aoad")
        storage.sync_sources(session, [feed("other/desk")], NOW, topic="other")
        for name in ("aoad/desk", "aoad/wire", "aoad/blog", "other/desk"):
            storage.record_poll(session, name, ok=True, error=None, at=NOW, next_due=LATER, reason="interval 30m")
        storage.record_poll(session, "aoad/dead", ok=False, error="503", at=NOW, next_due=LATER,
                            reason="back-off: 1 failure in a row")
        storage.record_poll(session, "aoad/slow", ok=True, error=None, at=NOW, next_due=LATER,
                            reason="server: Retry-After 60m")


def shown(engine) -> dict[str, tuple[dt.datetime | None, str | None]]:
    with storage.transaction(engine) as session:
        return {status.name: (status.next_due_at, status.next_reason) for status in storage.list_sources(session)}


def test_a_change_makes_only_the_topics_other_healthy_sources_due_and_says_why(engine):
    set_up(engine)
    at = NOW + dt.timedelta(minutes=1)
    with storage.transaction(engine) as session:
        made = burst(session, [("aoad", "release_date")], "aoad/desk", at, limit=2)
    assert sorted(made) == ["aoad/blog", "aoad/wire"]
    after = shown(engine)
    assert after["aoad/wire"] == (at, "burst: aoad/desk changed release_date")
    assert after["aoad/desk"] == (LATER, "interval 30m")  # the source that found it
    assert after["other/desk"] == (LATER, "interval 30m")  # another topic's
    assert after["aoad/dead"] == (LATER, "back-off: 1 failure in a row")
    assert after["aoad/slow"] == (LATER, "server: Retry-After 60m")


def test_a_source_takes_at_most_burst_polls_extra_polls_an_hour_then_again_after_the_hour(engine):
    set_up(engine)
    given = []
    for minute in range(1, 6):  # a day of big news: a change every minute, the wire polled between
        at = NOW + dt.timedelta(minutes=minute)
        with storage.transaction(engine) as session:
            given += [name for name in burst(session, [("aoad", "cast")], "aoad/desk", at, limit=2)
                      if name == "aoad/wire"]
            storage.record_poll(session, "aoad/wire", ok=True, error=None, at=at, next_due=at + dt.timedelta(hours=2))
    assert len(given) == 2
    with storage.transaction(engine) as session:
        assert "aoad/wire" in burst(session, [("aoad", "cast")], "aoad/desk", NOW + dt.timedelta(minutes=70),
                                    limit=2)


def test_burst_polls_zero_gives_none(engine):
    set_up(engine)
    with storage.transaction(engine) as session:
        assert burst(session, [("aoad", "cast")], "aoad/desk", NOW, limit=0) == []
    assert shown(engine)["aoad/wire"] == (LATER, "interval 30m")
