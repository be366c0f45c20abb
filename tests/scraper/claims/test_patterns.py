"""Shared-prefix patterns find what a plain alternation of the same words finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.claims.lexicon import ALL, MONTHS, lexicon_for
from scraper.claims.patterns import any_of, finditer, for_lower_case, occurs, search, spans_of, trie_pattern

HEDGES = ALL.HEDGES
RELEASE, RENEWAL, FILMING_START = ALL.triggers["release"], ALL.triggers["renewal"], ALL.triggers["filming_start"]
CANCELLED_PHRASINGS = ALL.triggers["cancelled"]

WORDS = st.lists(st.text(alphabet="abcé시즌", min_size=1, max_size=6), min_size=1, max_size=12, unique=True)


@given(WORDS, st.text(alphabet="abcé시즌 ", max_size=12))
@settings(max_examples=200, deadline=None)
def test_a_trie_matches_exactly_the_words_it_was_built_from(words: list[str], probe: str) -> None:
    pattern = re.compile(trie_pattern(words))
    assert bool(pattern.fullmatch(probe)) == (probe in words)


def test_a_trie_prefers_the_longest_word() -> None:
    assert re.compile(trie_pattern(["jan", "january"]), re.I).match("January 2026").group(0) == "January"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.'MJ0123", max_size=60))
@settings(max_examples=200, deadline=None)
def test_any_of_finds_a_phrasing_wherever_the_plain_alternation_does(text: str) -> None:
    for words in (HEDGES, RELEASE):
        plain = re.compile(r"(?<![A-Za-z])(?:" + "|".join(f"(?:{w.removeprefix(chr(92) + 'b')})" for w in words) + ")",
                           re.I)
        assert bool(any_of(words).search(text)) == bool(plain.search(text))


def test_month_names_are_found_in_any_case() -> None:
    months = re.compile(r"\b(?:" + trie_pattern(MONTHS) + r")\b", re.I)
    assert [m.group(0) for m in months.finditer("Juli, MARCH and août")] == ["Juli", "MARCH", "août"]


def test_every_cancellation_a_sentence_can_say_holds_a_word_the_quick_look_needs() -> None:
    # the renewal recogniser skips the cancellation search in sentences without one of its lexicon's words
    # (a lexicon with a phrasing that starts with no plain word has none: it always searches)
    for code, phrase in (("en", "Netflix cancelled the show"), ("en", "the series was AXED"),
                         ("en", "plans were scrapped"), ("en", "a CANCELATION"), ("id", "serial ini dibatalkan"),
                         ("es", "fue cancelada")):
        lexicon = lexicon_for(code)
        assert lexicon.CANCELLED.search(phrase)
        assert lexicon.CANCEL_WORDS is None or any(word in phrase.lower() for word in lexicon.CANCEL_WORDS)
    english = lexicon_for("en")
    assert english.CANCEL_WORDS is not None
    assert all(any(p.lower().startswith(word) for word in english.CANCEL_WORDS) for p in english.triggers["cancelled"])


@given(st.text(alphabet="abcdefilmnoprstuwyzABEFNPRSW -'.,2", max_size=70))
@settings(max_examples=300, deadline=None)
def test_a_lower_case_pattern_over_lower_case_text_finds_what_ignoring_case_finds(text: str) -> None:
    for words in (HEDGES, RELEASE, RENEWAL, FILMING_START):
        pattern = any_of(words)
        assert [m.span() for m in for_lower_case(pattern).finditer(text.lower())] == \
               [m.span() for m in pattern.finditer(text)]


def test_a_lower_case_pattern_keeps_escapes_and_group_names() -> None:
    pattern = for_lower_case(re.compile(r"(?P<N>\d+)\W(?P=N)\S+ Episodes", re.I))
    found = pattern.search("the 12-12th episodes")
    assert found is not None and found.group("N") == "12" and not pattern.search("12a12th episodes")
    assert not pattern.flags & re.I


def test_the_quick_searches_keep_a_case_sensitive_pattern_case_sensitive() -> None:
    titled = re.compile(r"Wednesday")  # the show, not the day
    assert not occurs(titled, "see you on wednesday") and occurs(titled, "Wednesday season 2")
    assert spans_of(titled, "wednesday, Wednesday") == ((11, 20),)
    assert search(titled, "wednesday") is None


def test_the_quick_searches_give_the_matches_in_the_texts_own_letters() -> None:
    pattern = re.compile(r"season (?P<n>\w+)", re.I)
    assert [m.group(0) for m in finditer(pattern, "SEASON Two and Season 3")] == ["SEASON Two", "Season 3"]
    found = search(pattern, "A Season Two", 1)
    assert found is not None and found.group("n") == "Two" and found.string == "A Season Two"
    assert occurs(pattern, "SEASON 2") and spans_of(pattern, "x Season 2") == ((2, 10),)
