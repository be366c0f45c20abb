"""Dates and windows as the press writes them (shared/CLAIMS.md's window rules)."""

from __future__ import annotations

import datetime as dt

import pytest

from scraper.claims.dates import find_dates

PUBLISHED = dt.date(2025, 6, 10)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("It premieres on March 13, 2026.", "2026-03-13", "2026-03-13"),
    ("It should land in the first few months of 2026.", "2026-01-01", "2026-04-30"),
    ("A release in the early months of next year looks likely.", "2026-01-01", "2026-04-30"),
    ("It premieres on 13 March 2026.", "2026-03-13", "2026-03-13"),
    ("It premieres on Mar. 13, 2026.", "2026-03-13", "2026-03-13"),
    ("It premieres on 2026-03-13.", "2026-03-13", "2026-03-13"),
    ("It premieres on 28/01/2022.", "2022-01-28", "2022-01-28"),
    ("It arrives in March 2026.", "2026-03-01", "2026-03-31"),
    ("It arrives in early 2026.", "2026-01-01", "2026-04-30"),
    ("It arrives in mid-2024.", "2024-05-01", "2024-08-31"),
    ("It arrives in late 2025.", "2025-09-01", "2025-12-31"),
    ("It arrives in summer 2025.", "2025-06-01", "2025-08-31"),
    ("It arrives in Q3 2025.", "2025-07-01", "2025-09-30"),
    ("It arrives in the first half of 2027.", "2027-01-01", "2027-06-30"),
    ("It arrives in 2026.", "2026-01-01", "2026-12-31"),
    ("It arrives in 2023 or early 2024.", "2023-01-01", "2024-04-30"),
    ("It arrives late in 2026, or perhaps early in 2027.", "2026-09-01", "2027-04-30"),
    ("It arrives next year.", "2026-01-01", "2026-12-31"),
    ("It arrives later this year.", "2025-06-10", "2025-12-31"),
    ("Shooting starts next month.", "2025-07-01", "2025-07-31"),
    ("It arrives this fall.", "2025-09-01", "2025-11-30"),
    ("It arrives by the end of the year.", "2025-09-01", "2025-12-31"),
    ("촬영은 2025년 7월에 시작된다.", "2025-07-01", "2025-07-31"),
    ("Syuting dimulai Juli 2025.", "2025-07-01", "2025-07-31"),
    ("Tayang pada paruh kedua 2025.", "2025-07-01", "2025-12-31"),
    ("It arrives between January and March 2027.", "2027-01-01", "2027-03-31"),
    ("It arrives in the first quarter of 2027.", "2027-01-01", "2027-03-31"),
    ("It wraps by mid\u2011February.", "2025-02-01", "2025-02-28"),
    ("공개는 2025년 하반기로 잡혔다.", "2025-07-01", "2025-12-31"),
    ("내년 초 공개된다.", "2026-01-01", "2026-04-30"),
    ("23년 4분기 공개 예정.", "2023-10-01", "2023-12-31"),
    ("넷플릭스에서 24년 공개.", "2024-01-01", "2024-12-31"),
    ("2025年7月にクランクイン。", "2025-07-01", "2025-07-31"),
    ("Se estrenará el próximo año.", "2026-01-01", "2026-12-31"),
    ("Llegará a finales de este año.", "2025-09-01", "2025-12-31"),
    ("Tayang akhir tahun ini.", "2025-09-01", "2025-12-31"),
    ("Tayang awal tahun depan.", "2026-01-01", "2026-04-30"),
    ("Estreia no próximo ano.", "2026-01-01", "2026-12-31"),
    ("Llega en la segunda mitad de 2026.", "2026-07-01", "2026-12-31"),
    ("It wraps by year-end.", "2025-09-01", "2025-12-31"),
    ("It premieres on the 30th of January 2027.", "2027-01-30", "2027-01-30"),
    ("It is due in spring.", "2025-03-01", "2025-05-31"),  # the publication year's: the claim moves it on if past
    ("It lands by the winter.", "2025-12-01", "2026-02-28"),
    ("지난해 7월 크랭크인했다.", "2024-07-01", "2024-07-31"),
    ("내년 3월 공개.", "2026-03-01", "2026-03-31"),
    ("Rodaron en julio del año pasado.", "2024-07-01", "2024-07-31"),
    ("Estreia em março do próximo ano.", "2026-03-01", "2026-03-31"),
    ("The shoot began last July.", "2024-07-01", "2024-07-31"),
    ("It arrives later in 2025.", "2025-06-10", "2025-12-31"),  # from the article's day, as "later this year"
])
def test_windows(text: str, start: str, end: str) -> None:
    [found] = find_dates(text, PUBLISHED)
    assert (found.window.start.isoformat(), found.window.end.isoformat()) == (start, end)
    assert found.window.text in text


def test_relative_words_are_not_guessed_without_a_publication_date() -> None:
    assert find_dates("It arrives next year, or later this year, or in the autumn.", None) == []


def test_may_the_verb_is_not_may_the_month() -> None:
    assert find_dates("It may arrive soon.", PUBLISHED) == []


def test_a_range_keeps_its_first_and_last_windows() -> None:
    [found] = find_dates("Shot from July 2025 to February 2026.", PUBLISHED)
    assert found.kind == "range"
    assert [(w.start.isoformat(), w.end.isoformat()) for w in found.parts] == [
        ("2025-07-01", "2025-07-31"), ("2026-02-01", "2026-02-28")]


def test_an_alternative_is_not_a_range() -> None:
    [found] = find_dates("It lands in late 2026 or early 2027.", PUBLISHED)
    assert found.kind == "or"


def test_a_korean_duration_is_not_a_year() -> None:
    assert find_dates("10년 만에 돌아왔다.", PUBLISHED) == []


@pytest.mark.parametrize(("text", "day"), [
    ("The new season premieres this Sunday.", "2025-06-15"),  # published on Tuesday 10 June 2025
    ("The series returns on Friday with two episodes.", "2025-06-13"),
    ("Die neue Staffel startet diesen Sonntag.", "2025-06-15"),
    ("La temporada llega el próximo domingo.", "2025-06-15"),
])
def test_a_weekday_counts_from_the_publication_day(text: str, day: str) -> None:
    [found] = find_dates(text, PUBLISHED)
    assert (str(found.window.start), str(found.window.end)) == (day, day)


def test_a_weekday_told_in_the_past_is_the_day_news_was_made_not_a_date() -> None:
    assert find_dates("Netflix confirmed on Monday that the show returns.", PUBLISHED) == []


def test_a_weekday_before_its_date_is_that_date() -> None:
    assert [str(f.window.start) for f in find_dates("It airs on Sunday, July 13.", PUBLISHED)] == ["2025-07-13"]
