"""Certainty, attribution and negation, read in the clause that carries each claim."""

from __future__ import annotations

import pytest

from claimwatch.topic import load_topic
from scraper.claims.certainty import attributed_to, certainty_at, negated_at, segment_at
from scraper.claims.rules import rules_for

RULES = rules_for(load_topic())


def certainty_of(sentence: str, word: str, kind: str = "") -> str:
    return certainty_at(sentence, sentence.index(word), RULES, kind)


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("Netflix has announced that the zombie drama will return for more episodes.", "return", "official"),
    ("The new season was confirmed by Netflix on Monday.", "season", "official"),
    ("The drama officially began shooting in July.", "shooting", "official"),
    ("A teaser revealed the four leads back in uniform.", "leads", "official"),
    ("The show is expected to land in 2026.", "land", "speculative"),
    ("Fans believe the lead could come back.", "come back", "speculative"),
    ("The second season could arrive in 2026, insiders claim.", "arrive", "speculative"),
    ("Filming started in July, according to a Seoul daily.", "Filming", "reported"),
    ("A source close to the production said shooting wraps in May.", "shooting", "reported"),
    ("Here is what fans can expect from the new season, which films in July.", "films", "reported"),
])
def test_certainty_families(sentence: str, word: str, expected: str) -> None:
    assert certainty_of(sentence, word) == expected


def test_each_clause_keeps_its_own_certainty() -> None:
    sentence = "The show was renewed in June 2022, and Netflix has confirmed that Lomon returns."
    assert certainty_of(sentence, "renewed", "renewal") == "reported"
    assert certainty_of(sentence, "Lomon") == "official"


def test_a_denial_is_never_official() -> None:
    assert certainty_of("Netflix has not confirmed a release date yet.", "release date") == "reported"


def test_a_possessive_platform_is_not_the_speaker() -> None:
    sentence = "The series, one of the platform's most watched titles, was renewed in 2022."
    assert certainty_of(sentence, "renewed", "renewal") == "reported"


def test_reported_speech_is_not_a_hedge() -> None:
    sentence = "In June, Netflix announced the zombie drama would return for a second season."
    assert certainty_of(sentence, "return", "renewal") == "official"


def test_a_renewal_confirmed_without_a_source_is_official() -> None:
    assert certainty_of("The show then confirmed a second season.", "second season", "renewal") == "official"


def test_a_post_signed_by_the_platform_is_official() -> None:
    sentence = "Season 2 is now in production — Netflix Korea (@NetflixKR) July 22, 2025"
    assert certainty_of(sentence, "production") == "official"


def test_may_the_month_is_not_a_hedge() -> None:
    assert certainty_of("Filming began in May 2025.", "Filming") == "reported"


def test_the_clause_stops_at_but_and_not_at_a_list() -> None:
    sentence = "Lee Min-jae, Kim Si-eun and Roh Jae-won join, but the date is unknown."
    assert segment_at(sentence, sentence.index("Kim")) == "Lee Min-jae, Kim Si-eun and Roh Jae-won join"


@pytest.mark.parametrize(("sentence", "word", "denied"), [
    ("No release date has been set for the new season.", "release date", True),
    ("There is no specific premiere date yet.", "premiere date", True),
    ("It is unknown whether the professor, played by Kim Byung-chul, returns.", "Kim", True),
    ("The lead is back, though the date is not yet known.", "lead", False),
    ("A release date has been set for March.", "release date", False),
])
def test_negation_is_read_in_the_claims_clause(sentence: str, word: str, denied: bool) -> None:
    assert negated_at(sentence, sentence.index(word)) is denied


@pytest.mark.parametrize(("sentence", "expected"), [
    ("According to Variety, the show returns in 2026.", "Variety"),
    ("Newsweek predicts a 2026 premiere.", "Newsweek"),
    ("Fans believe the show could return in 2026.", "fans"),
    ("Netflix announced the premiere date on Monday.", "Netflix"),
    ("The show returns in 2026.", None),
])
def test_attribution_names_who_says_it(sentence: str, expected: str | None) -> None:
    certainty = certainty_at(sentence, sentence.index("2026") if "2026" in sentence else 0, RULES)
    assert attributed_to(sentence, 0, RULES, certainty) == expected
