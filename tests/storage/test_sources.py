"""Sources: synced from the topic, leased when due, and their polls recorded."""

from __future__ import annotations

import datetime as dt

import storage
from scraper.types import FetchState, SourceConfig
from tests.storage.factory import when

NOW = when("2026-01-20")
FEED = SourceConfig(name="feed", kind="rss", url="https://a.example/feed", interval_s=600)
PAGE = SourceConfig(name="page", kind="page", url="https://b.example/show", interval_s=3600)


def test_new_sources_are_due_at_once_and_leased_by_one_worker(engine):
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [FEED, PAGE], NOW)
    with storage.transaction(engine) as session:
        assert sorted(storage.lease_due_sources(session, NOW, worker="w1", lease_s=60, limit=10)) == ["feed", "page"]
    with storage.transaction(engine) as session:
        assert storage.lease_due_sources(session, NOW, worker="w2", lease_s=60, limit=10) == []


def test_a_poll_records_its_outcome_and_next_due_time(engine):
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [FEED], NOW)
        storage.record_poll(session, "feed", ok=False, error="feed: 503", at=NOW, next_due=NOW + dt.timedelta(minutes=5))
        storage.record_poll(session, "feed", ok=False, error="feed: 503", at=NOW, next_due=NOW + dt.timedelta(minutes=10))
        assert storage.consecutive_failures(session, "feed") == 2
        [status] = storage.list_sources(session)
        assert (status.last_error, status.failures, status.next_due_at) == ("feed: 503", 2, NOW + dt.timedelta(minutes=10))
        storage.record_poll(session, "feed", ok=True, error=None, at=NOW, next_due=NOW + dt.timedelta(minutes=20))
        [status] = storage.list_sources(session)
        assert (status.last_error, status.failures, status.last_ok_at) == (None, 0, NOW)


def test_a_source_removed_from_the_topic_is_no_longer_listed_or_polled(engine):
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [FEED, PAGE], NOW)
        storage.sync_sources(session, [FEED], NOW)
        assert [s.name for s in storage.list_sources(session)] == ["feed"]
        assert storage.lease_due_sources(session, NOW, worker="w", lease_s=60, limit=10) == ["feed"]


def test_validators_are_kept_for_conditional_get(engine):
    with storage.transaction(engine) as session:
        assert storage.get_state(session, FEED.url) is None
        storage.save_state(session, FEED.url, FetchState(etag='"v1"', last_modified=None), NOW)
        storage.save_state(session, FEED.url, FetchState(etag='"v2"', last_modified="Tue, 20 Jan 2026"), NOW)
        assert storage.get_state(session, FEED.url) == FetchState(etag='"v2"', last_modified="Tue, 20 Jan 2026")
