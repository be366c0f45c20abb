"""Dates found with a language pack's words (the broad proposer's values)."""

from __future__ import annotations

import datetime as dt

from scraper.claims.packs import Pack
from scraper.claims.windows import find_windows

GERMAN_LIKE = Pack(
    code="xx",
    months={"januar": 1, "märz": 3, "mai": 5, "oktober": 10},
    year_parts={"anfang": (1, 4), "ende": (9, 12), "herbst": (9, 11)},
    relative={"nächsten jahres": "year+1", "nächstes jahr": "year+1", "nächsten monat": "month+1", "später in diesem jahr": "rest_of_year"},
)
PUBLISHED = dt.date(2025, 11, 20)


def spans(sentence: str) -> list[tuple[str, str, str]]:
    return [(d.window.text, str(d.window.start), str(d.window.end)) for d in find_windows(sentence, GERMAN_LIKE, PUBLISHED)]


def test_a_day_month_and_year_written_with_a_month_name_is_that_day() -> None:
    assert spans("Die Serie startet am 13. März 2026 beim Streamer.") == [("13. März 2026", "2026-03-13", "2026-03-13")]


def test_a_month_and_year_is_the_whole_month() -> None:
    assert spans("Gedreht wird ab Mai 2026.") == [("Mai 2026", "2026-05-01", "2026-05-31")]


def test_a_part_of_a_year_is_its_months() -> None:
    assert spans("Die Premiere ist für Anfang 2027 geplant.") == [("Anfang 2027", "2027-01-01", "2027-04-30")]
    assert spans("Herbst 2026 gilt als wahrscheinlich.") == [("Herbst 2026", "2026-09-01", "2026-11-30")]


def test_relative_words_resolve_against_the_publication_date() -> None:
    assert spans("Die Dreharbeiten beginnen nächsten Monat.") == [("nächsten Monat", "2025-12-01", "2025-12-31")]
    assert spans("Die Staffel kommt nächstes Jahr.") == [("nächstes Jahr", "2026-01-01", "2026-12-31")]


def test_cjk_and_numeric_days_are_days_not_months() -> None:
    assert spans("配信日は2026年3月13日に決定。") == [("2026年3月13日", "2026-03-13", "2026-03-13")]
    assert spans("Premiere: 13.03.2026") == [("13.03.2026", "2026-03-13", "2026-03-13")]


def test_a_buddhist_era_year_is_counted_back_to_the_common_era() -> None:
    assert spans("ออกอากาศปี 2569") == [("2569", "2026-01-01", "2026-12-31")]


def test_an_impossible_day_is_no_date() -> None:
    assert spans("am 31.02.2026") == []


def test_a_month_or_day_without_a_year_is_in_the_publication_year() -> None:
    assert spans("촬영은 3월 13일 시작했다") == [("3월 13일", "2025-03-13", "2025-03-13")]
    assert spans("Phim bấm máy vào tháng 12") == [("tháng 12", "2025-12-01", "2025-12-31")]


def test_a_part_of_a_relative_year_is_that_part_of_that_year() -> None:
    assert spans("Die Staffel soll Anfang nächsten Jahres kommen.") == [("Anfang nächsten Jahres", "2026-01-01",
                                                                       "2026-04-30")]


def test_thai_digits_are_read_as_digits() -> None:
    from scraper.claims.normalise import normalise
    assert spans(normalise("ออกอากาศปี ๒๕๖๙")) == [("2569", "2026-01-01", "2026-12-31")]
