"""Storing articles: a re-read is known, a copy under another URL is a copy, a changed page is new."""

from __future__ import annotations

import dataclasses

import storage
from tests.storage.factory import article, when

TEXT = "The second season was confirmed today.\n\nMore details will follow in the coming weeks."


def store(engine, story, urls=()):
    with storage.transaction(engine) as session:
        return storage.store_article(session, story, source="test", fetched_at=when("2025-01-01"), urls=urls)


def test_the_same_article_twice_is_not_new(engine):
    story = article(TEXT, url="https://a.example/s2")
    first, second = store(engine, story), store(engine, story)
    assert first.is_new and not second.is_new and first.id == second.id


def test_the_same_text_under_another_url_is_a_copy_of_the_first(engine):
    first = store(engine, article(TEXT, url="https://a.example/s2"))
    copy = store(engine, article("  " + TEXT.upper() + "\n", url="https://b.example/syndicated"))
    assert copy.is_new and copy.duplicate_of == first.id


def test_a_watched_page_whose_text_changed_is_a_new_version(engine):
    page = article(TEXT, url="https://wiki.example/show")
    first = store(engine, page)
    second = store(engine, dataclasses.replace(page, text=TEXT + "\n\nFilming has wrapped."))
    assert second.is_new and second.id != first.id and second.duplicate_of is None


def test_every_url_an_article_was_reached_by_is_seen(engine):
    store(engine, article(TEXT, url="https://a.example/s2"), urls=["https://feed.example/redirect?id=1"])
    with storage.transaction(engine) as session:
        seen = storage.seen_urls(session, ["https://a.example/s2", "https://feed.example/redirect?id=1",
                                           "https://a.example/other"])
    assert seen == {"https://a.example/s2", "https://feed.example/redirect?id=1"}


def test_search_finds_by_text_newest_first(engine):
    store(engine, article("Filming began in May.", published="2025-05-14", title="Cameras roll"))
    store(engine, article("The premiere is set for March.", published="2026-01-20", title="Premiere set"))
    store(engine, article("Another show entirely.", published="2026-02-01", title="Elsewhere"))
    with storage.transaction(engine) as session:
        assert [a.title for a in storage.search_articles(session, "MAY")] == ["Cameras roll"]
        assert [a.title for a in storage.search_articles(session, None, limit=2)] == ["Elsewhere", "Premiere set"]


STORY = [
    "The streaming service has set a premiere date for the zombie drama's second season, ending a long wait.",
    "All eight episodes will arrive at once, the company said, with the original students back in their roles.",
    "Production wrapped late last summer after months of filming at a school outside the capital city.",
]


def test_a_syndicated_story_under_new_boilerplate_is_a_copy(engine):
    first = store(engine, article("Site A | Home\n\n" + "\n\n".join(STORY) + "\n\nBy A. Writer",
                                  url="https://a.example/premiere"))
    copy = store(engine, article("Partner site: vote in our awards\n\nBy A. Writer, first published on A\n\n"
                                 + "\n\n".join(STORY) + "\n\nRead more dramas", url="https://b.example/premiere"))
    other = store(engine, article("Site A | Home\n\n" + STORY[0] + "\n\nA different story follows here, about the "
                                  "casting of a new teacher and two new students for the season.",
                                  url="https://a.example/casting"))
    assert copy.duplicate_of == first.id
    assert other.duplicate_of is None
