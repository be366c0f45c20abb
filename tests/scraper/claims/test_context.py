"""A sentence's gates (which recognisers its words let in) and the quick look for names."""

from __future__ import annotations

from claimwatch.topic import load_topic
from scraper.claims.context import Context
from scraper.claims.rules import rules_for

RULES = rules_for(load_topic())


def gates(sentence: str) -> frozenset[str]:
    return Context(sentence, RULES, None).gates


def test_a_sentence_with_no_claim_words_opens_no_gate() -> None:
    assert gates("Viewers kept wondering who would survive the finale.") == frozenset()


def test_words_open_their_gates_inside_longer_words_and_in_any_case() -> None:
    assert {"filming", "release"} <= gates("The FILMMAKERS say the Premiere is close.")


def test_overlapping_words_each_open_their_gate() -> None:
    # " part" (episodes) and "part of" (cast) start at the same place; "screenwriter" holds "writ" (writer)
    assert {"episodes", "cast", "writer"} <= gates("The screenwriter is part of the cast.")


def test_short_words_inside_other_words_open_nothing() -> None:
    assert gates("Their online update was about nothing.") == frozenset()


def test_every_trigger_in_the_team_s_sentences_opens_its_gate() -> None:
    from pathlib import Path

    from scraper.claims.lexicon import ALL
    from scraper.claims.sentences import split_sentences

    triggers = {"release": ALL.RELEASE, "renewal": ALL.RENEWAL, "filming": ALL.FILMING_START,
                "director": ALL.DIRECTOR, "writer": ALL.WRITER, "cast": ALL.CAST}
    cases = sorted((Path(__file__).parent / "cases").glob("*.txt"))
    sentences = [s.text for case in cases for s in split_sentences(case.read_text(encoding="utf-8").partition("---")[2])]
    missed = [(gate, text) for text in sentences for gate, pattern in triggers.items()
              if pattern.search(text) and gate not in gates(text)]
    assert len(sentences) > 300 and not missed


def test_korean_and_indonesian_words_open_gates() -> None:
    assert {"filming", "renewal"} <= gates("시즌2 촬영이 시작됐다")
    assert "episodes" in gates("Musim kedua punya 8 episode.")


def test_the_quick_look_for_names_never_misses_one() -> None:
    from scraper.claims.rules import may_name

    assert may_name("I rewatched ALL OF US ARE DEAD last night", RULES, "ours")
    assert may_name("the streamer, netflix, said", RULES, "platform")  # any case: the pattern decides the rest
    assert not may_name("A quiet week for zombie dramas", RULES, "ours")
    assert not may_name("A quiet week for zombie dramas", RULES, "other")
    assert may_name("지금 우리 학교는 시즌2", RULES, "ours")  # not ASCII: always looked for


def test_every_trigger_opens_its_gate_in_the_lexicon_of_its_article_s_language() -> None:
    """Each article is read with its language's packs and English: the gates of that set must hold every trigger."""
    from pathlib import Path

    from scraper.claims.language import detect_language
    from scraper.claims.lexicon import lexicon_for
    from scraper.claims.sentences import split_sentences

    missed = []
    for case in sorted((Path(__file__).parent / "cases").glob("*.txt")):
        text = case.read_text(encoding="utf-8").partition("---")[2]
        lex = lexicon_for(detect_language(text))
        triggers = {"release": lex.RELEASE, "renewal": lex.RENEWAL, "filming": lex.FILMING_START,
                    "director": lex.DIRECTOR, "writer": lex.WRITER, "cast": lex.CAST}
        for sentence in split_sentences(text):
            opened = Context(sentence.text, RULES, None, lex=lex).gates
            missed += [(case.name, gate, sentence.text) for gate, pattern in triggers.items()
                       if pattern.search(sentence.text) and gate not in opened]
    assert not missed


def test_every_pack_s_phrasings_open_their_gate_in_that_pack_s_lexicon() -> None:
    """A phrasing written as plain words (most are) must hold a gate word of its own language's set."""
    import re

    from scraper.claims.lexicon import lexicon_for
    from scraper.claims.packs import PACKS

    families = {"renewal": ("renewal",), "release": ("release",), "filming": ("filming_start", "filming_end"),
                "director": ("director",), "writer": ("writer",), "cast": ("cast", "departing", "replaces", "replaced_by")}
    missed = []
    for code, pack in PACKS.items():
        lex = lexicon_for(code)
        for gate, kinds in families.items():
            for kind in kinds:
                for phrasing in pack.triggers.get(kind, ()):
                    plain = phrasing.removeprefix(r"\b").removesuffix(r"\b")
                    if re.fullmatch(r"[\w '-]+", plain) and gate not in Context(plain, RULES, None, lex=lex).gates:
                        missed.append((code, gate, phrasing))
    assert not missed


def test_no_pack_leaves_a_field_empty_without_saying_why() -> None:
    from scraper.claims.packs import PACKS, empty_fields

    assert {code: empty_fields(pack) for code, pack in PACKS.items() if empty_fields(pack)} == {}
