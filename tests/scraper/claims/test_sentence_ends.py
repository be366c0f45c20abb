"""Where sentences end in languages that write a day as an ordinal ("am 13. März 2026")."""

from scraper.claims.sentences import split_sentences


def test_an_ordinal_day_before_its_month_and_year_ends_no_sentence() -> None:
    text = "Die Serie startet am 13. März 2026 auf Streamflix. Danach folgt Staffel vier."
    assert [s.text for s in split_sentences(text)] == ["Die Serie startet am 13. März 2026 auf Streamflix.",
                                                        "Danach folgt Staffel vier."]


def test_a_year_at_a_sentence_end_still_ends_it() -> None:
    assert len(split_sentences("It premiered in 2022. March 2023 brought the renewal.")) == 2


def test_an_ordinal_day_before_a_month_without_a_year_ends_no_sentence() -> None:
    text = "Ab dem 2. Juni läuft die neue Staffel. Dann kommt am 9. Juli das Finale."
    assert [s.text for s in split_sentences(text)] == ["Ab dem 2. Juni läuft die neue Staffel.",
                                                        "Dann kommt am 9. Juli das Finale."]


def test_a_number_ending_a_sentence_before_a_word_that_is_no_month_still_ends_it() -> None:
    assert len(split_sentences("Gedreht wird in Staffel 2. Danach ist Pause.")) == 2
