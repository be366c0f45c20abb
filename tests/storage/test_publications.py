"""A source's record of publications: dated entries at their date, new undated ones when first seen, a week
kept (and the newest before it)."""

from __future__ import annotations

import datetime as dt

import storage
from scraper.types import SourceConfig
from tests.storage.factory import when

NOW = when("2026-03-10")
FEED = SourceConfig(name="desk", kind="rss", url="https://desk.example/feed", interval_s=1800)
HOUR = dt.timedelta(hours=1)


def record(engine, dated=(), undated=(), now=NOW):
    with storage.transaction(engine) as session:
        storage.record_publications(session, "desk", dated, undated, now)
        return storage.publication_record(session, "desk")


def test_dated_entries_count_at_their_date_and_the_record_begins_at_the_oldest_listed(engine):
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [FEED], NOW)
        assert storage.publication_record(session, "desk") is None
    since, times = record(engine, dated=[("https://desk.example/a", NOW - 3 * HOUR),
                                         ("https://desk.example/b", NOW - 30 * 24 * HOUR),
                                         ("https://desk.example/c", NOW + 5 * HOUR)])  # dated ahead: now
    assert since == NOW - 30 * 24 * HOUR
    assert times == (NOW - 3 * HOUR, NOW)  # the month-old entry dates the record, it is not this week's news


def test_undated_entries_are_the_backlog_at_first_and_news_afterwards_counted_once(engine):
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [FEED], NOW)
    assert record(engine, undated=["https://desk.example/old"]) == (NOW, ())
    later = NOW + HOUR
    assert record(engine, undated=["https://desk.example/new"], now=later) == (NOW, (later,))
    assert record(engine, undated=["https://desk.example/new"], now=later + HOUR) == (NOW, (later,))  # once


def test_the_record_keeps_a_week_and_the_newest_entry_before_it(engine):
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [FEED], NOW)
    record(engine, dated=[(f"https://desk.example/{i}", NOW - i * 24 * HOUR) for i in range(1, 4)])
    month = NOW + 30 * 24 * HOUR
    _, times = record(engine, now=month)
    assert times == (NOW - 24 * HOUR,)  # the newest of a quiet month: how long it has been quiet
