"""A page with no publication date that prints its own before the first sentence is read as published then."""

from __future__ import annotations

import datetime as dt

import pytest

from claimwatch.topic import load_topic
from scraper.claims import extract_claims, page_date
from scraper.types import Article, Window

TOPIC = load_topic()  # All of Us Are Dead, season 2


@pytest.mark.parametrize(("text", "printed"), [
    ("date 2025-02 The streamer is busy this spring.", dt.date(2025, 2, 1)),
    ("2025-07-23 SEOUL: The cast met the press.", dt.date(2025, 7, 23)),
    ("June 6, 2022 | Streaming news", dt.date(2022, 6, 6)),
    ("Published: March 4, 2026 — Streaming news", dt.date(2026, 3, 4)),
    ("Netflix renewed the show on June 6, 2022.", None),  # a date inside the first sentence is a claim's
    ("2024年9月27日にNetflixで公開された。", None),
])
def test_a_date_printed_before_the_first_sentence_is_the_page_s(text: str, printed: dt.date | None) -> None:
    assert page_date(text) == printed


def test_a_yearless_date_counts_from_the_page_s_printed_date() -> None:
    text = "date 2025-02 All of Us Are Dead season 2 premieres on April 13, the streamer announced."
    claims = extract_claims(Article(url="https://example.org/x", text=text), TOPIC)
    assert [c.value for c in claims if c.kind == "release_date"] == [
        Window(dt.date(2025, 4, 13), dt.date(2025, 4, 13), "April 13")]


def test_a_page_s_own_publication_date_wins_over_a_printed_one() -> None:
    text = "date 2025-02 All of Us Are Dead season 2 premieres on April 13, the streamer announced."
    published = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    claims = extract_claims(Article(url="https://example.org/x", text=text, published=published), TOPIC)
    assert [c.value.start for c in claims if c.kind == "release_date"] == [dt.date(2026, 4, 13)]
