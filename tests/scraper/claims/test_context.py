"""A sentence's gates: which recognisers its words let in."""

from __future__ import annotations

from claimwatch.topic import load_topic
from scraper.claims.context import Context
from scraper.claims.rules import rules_for

RULES = rules_for(load_topic())


def gates(sentence: str) -> frozenset[str]:
    return Context(sentence, RULES, None).gates


def test_a_sentence_with_no_claim_words_opens_no_gate() -> None:
    assert gates("Viewers kept guessing who would survive the finale.") == frozenset()


def test_words_open_their_gates_inside_longer_words_and_in_any_case() -> None:
    assert {"filming", "release"} <= gates("The FILMMAKERS say the Premiere is close.")


def test_overlapping_words_each_open_their_gate() -> None:
    # "screenwriter" holds "writ" (writer); "screenplay" holds "play" (cast) and "screenplay" itself (writer)
    assert {"writer", "cast"} <= gates("The screenwriter finished the screenplay.")


def test_korean_and_indonesian_words_open_gates() -> None:
    assert {"filming", "renewal"} <= gates("시즌2 촬영이 시작됐다")
    assert "episodes" in gates("Musim kedua punya 8 episode.")
