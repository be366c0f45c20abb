"""Fetch state per URL: validators for a source's own next poll, and a copy of the document once two read it."""

from __future__ import annotations

import datetime as dt

import storage
from scraper.types import FetchState

AT = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)
URL = "https://news.example/feed.xml"
FEED = b"<rss><channel><title>Screen news</title></channel></rss>"


def read(etag: str, body: bytes = FEED) -> FetchState:
    return FetchState(etag=etag, body=body, content_type="application/rss+xml", final_url=URL)


def states(engine, source: str) -> dict[str, FetchState]:
    with storage.transaction(engine) as session:
        return storage.source_states(session, source, URL)


def save(engine, source: str, state: FetchState) -> None:
    with storage.transaction(engine) as session:
        storage.save_states(session, {URL: state}, AT, source)


def test_a_url_one_source_reads_keeps_its_validators_and_no_copy(engine):
    save(engine, "a/news", read('"v1"'))
    assert states(engine, "a/news") == {URL: FetchState(etag='"v1"')}
    assert states(engine, "a/news")[URL].body is None
    assert states(engine, "b/news") == {}  # the other source's validators alone would get it a bare 304


def test_once_a_second_source_reads_the_url_each_gets_the_others_validators_with_the_copy(engine):
    save(engine, "a/news", read('"v1"'))
    save(engine, "b/news", read('"v2"'))
    mine, theirs = states(engine, "b/news")[URL], states(engine, "a/news")[URL]
    assert mine == FetchState(etag='"v2"') and mine.body is None
    assert theirs == FetchState(etag='"v2"') and (theirs.body, theirs.content_type) == (FEED, "application/rss+xml")
    save(engine, "a/news", FetchState(etag='"v2"'))  # a 304 to its own validators keeps the copy as it was
    assert states(engine, "b/news")[URL].body == FEED


def test_a_document_too_big_to_keep_clears_the_copy_so_the_other_reads_in_full(engine):
    save(engine, "a/news", read('"v1"'))
    save(engine, "b/news", read('"v2"'))
    save(engine, "a/news", read('"v3"', body=b""))
    assert states(engine, "b/news") == {}
