"""Dates read with a language pack's own words: relative phrases, parts of a year before or after a
counted year, year-first parts, months joined before one year, German day dots. The team's sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from scraper.claims.dates import find_dates
from scraper.claims.lexicon import lexicon_for

PUBLISHED = dt.date(2024, 11, 26)


def _windows(code: str, sentence: str) -> list[tuple[str, str]]:
    return [(str(f.window.start), str(f.window.end)) for f in find_dates(sentence, PUBLISHED, lexicon_for(code))]


@pytest.mark.parametrize(("code", "sentence", "window"), [
    # a pack's relative words, alone
    ("pl", "Nowe odcinki trafią na platformę w tym roku.", ("2024-01-01", "2024-12-31")),
    ("pl", "Premierę zapowiedziano w drugiej połowie roku.", ("2024-07-01", "2024-12-31")),
    ("de", "Die Serie kehrt nächstes Jahr zurück.", ("2025-01-01", "2025-12-31")),
    # a part of the year, then the counted year, or the counted year, then its part
    ("de", "Die Folgen sollen Anfang nächsten Jahres erscheinen.", ("2025-01-01", "2025-04-30")),
    ("pl", "Zdjęcia ruszą pod koniec przyszłego roku.", ("2025-09-01", "2025-12-31")),
    ("de", "Die Staffel soll im diesjährigen Herbst laufen.", ("2024-09-01", "2024-11-30")),
    # a month of the counted year
    ("pl", "Kamery ruszyły w kwietniu tego roku.", ("2024-04-01", "2024-04-30")),
    ("de", "Gedreht wurde im Oktober letzten Jahres.", ("2023-10-01", "2023-10-31")),
    # a year first, then its part
    ("tr", "Yeni sezon 2026 başında yayınlanacak.", ("2026-01-01", "2026-04-30")),
    ("tr", "Çekimler 2025 sonunda bitti.", ("2025-09-01", "2025-12-31")),
    # a part of a month, in the pack's words
    ("pl", "Premiera nastąpi pod koniec października.", ("2024-10-01", "2024-10-31")),
    ("de", "Die Dreharbeiten starten Ende Januar 2025.", ("2025-01-01", "2025-01-31")),
    # a month after a short preposition, and a German day with its dot
    ("de", "Die Dreharbeiten endeten im Oktober.", ("2024-10-01", "2024-10-31")),
    ("pl", "Zdjęcia zakończyły się w październiku.", ("2024-10-01", "2024-10-31")),
    ("de", "Die Folgen laufen ab dem 14. März 2025.", ("2025-03-14", "2025-03-14")),
])
def test_a_pack_reads_its_own_date_words(code: str, sentence: str, window: tuple[str, str]) -> None:
    assert window in _windows(code, sentence)


def test_two_months_before_one_year_are_a_range_with_a_start_and_an_end() -> None:
    found = find_dates("Gedreht wird zwischen Mai und September 2025.", PUBLISHED, lexicon_for("de"))
    assert [(str(f.window.start), str(f.window.end), f.kind) for f in found] == [("2025-05-01", "2025-09-30", "range")]
    assert [(str(p.start), str(p.end)) for p in found[0].parts] == [("2025-05-01", "2025-05-31"),
                                                                    ("2025-09-01", "2025-09-30")]


def test_a_month_before_a_year_joined_by_a_short_word_is_that_year() -> None:
    assert _windows("it", "La serie è arrivata nel marzo del 2021.") == [("2021-03-01", "2021-03-31")]


def test_relative_words_are_not_guessed_without_a_publication_date() -> None:
    assert find_dates("Die Serie kehrt nächstes Jahr zurück.", None, lexicon_for("de")) == []
