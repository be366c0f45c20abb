"""The packs' words compiled for one article: a ``Lexicon`` per set of languages, built once and kept.

The words themselves live in the language packs (``scraper.claims.packs``); this module only joins
the packs an article is read with (its own language's, then English) and compiles each phrasing
family into one pattern. ``reading(code)`` makes a language's lexicon the one the recognisers use
while an article is read (``active()``); outside an article every pack is read (``ALL``).
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import ahocorasick

from scraper.claims.packs import ENGLISH, PACKS, TRIGGER_KINDS, Pack, packs_for
from scraper.claims.patterns import any_of, trie_pattern

# Words in lexicon.py before the packs that are an outlet's, not a language's (a show's own words, its titles,
# platforms and not_names, come from its topic file: rules.not_names).
NOT_NAMES_ELSEWHERE = frozenset({"instagram", "twitter", "youtube", "variety", "deadline", "soompi", "newsweek"})
FAMILY_NAMES_ELSEWHERE: frozenset[str] = frozenset()  # a show's stage names are its topic's people


def _joined(packs: tuple[Pack, ...], name: str) -> tuple[str, ...]:
    return _phrasings(packs, lambda pack: getattr(pack, name))


def _triggers(packs: tuple[Pack, ...], kind: str) -> tuple[str, ...]:
    return _phrasings(packs, lambda pack: pack.triggers.get(kind, ()))


def _phrasings(packs: tuple[Pack, ...], of: Callable[[Pack], Iterable[str]]) -> tuple[str, ...]:
    """One family's phrasings in several packs, each once, English first (the order they were tuned in).

    An English phrasing that is, whole, a common word of the article's language ("no": Portuguese
    "in the") is left out: the English pack is there for titles and quotes, not to misread the text.
    """
    others = [p for p in packs if p.code != ENGLISH]
    friends = others[0].false_friends if len(others) == 1 else frozenset()  # a known language's, not every pack's
    seen: dict[str, None] = {}
    for pack in sorted(packs, key=lambda p: p.code != ENGLISH):
        for phrasing in of(pack):
            if pack.code == ENGLISH and any(re.fullmatch(phrasing, word, re.I) for word in friends):
                continue
            seen.setdefault(phrasing, None)
    return tuple(seen)


def _dict(packs: tuple[Pack, ...], name: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for pack in sorted(packs, key=lambda p: p.code != ENGLISH):
        for word, value in getattr(pack, name).items():
            merged.setdefault(word, value)
    return merged


def _words(packs: tuple[Pack, ...], name: str) -> frozenset[str]:
    return frozenset().union(*(getattr(p, name) for p in packs))


def _gate_words(packs: tuple[Pack, ...]) -> dict[str, tuple[str, ...]]:
    gates: dict[str, dict[str, None]] = {}
    for pack in packs:
        for gate, words in pack.gate_words.items():
            gates.setdefault(gate, {}).update(dict.fromkeys(words))
    return {gate: tuple(words) for gate, words in gates.items()}


def _gate_automaton(gates: dict[str, tuple[str, ...]], at_word_start: frozenset[str]) -> ahocorasick.Automaton:
    """Every gate's words in one Aho-Corasick automaton: one pass over a sentence finds every word
    wherever it sits, overlapping ones too, each giving the gates it opens.

    Every trigger starts a word, so the short gate words that other words often hold
    (``Pack.gates_at_word_start``) count only where a word starts: "out" in "out in May", not in
    "about"; "line" in "lineup", not in "online". The rest count anywhere ("sutradara" in
    "disutradarai", "writ" in "screenwriter").
    """
    automaton = ahocorasick.Automaton()
    for word in {word for group in gates.values() for word in group}:
        opened = frozenset(gate for gate, group in gates.items() if word in group)
        automaton.add_word(word, (len(word) - 1, opened, word in at_word_start))
    automaton.make_automaton()
    return automaton


def _alternatives(phrasings: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in phrasings)


NAME = r"(?:the )?[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,3}|[a-z]+\.(?:com|net|org|co\.kr)"


@dataclass(eq=False)  # compared and hashed by identity: one per language set, built once
class Lexicon:
    """The compiled phrasing families of a set of packs, under the names the recognisers read."""

    codes: tuple[str, ...]
    packs: tuple[Pack, ...] = field(repr=False)

    def __post_init__(self) -> None:
        packs = self.packs
        self.MONTHS: dict[str, int] = _dict(packs, "months")
        self.YEAR_PARTS: dict[str, tuple[int, int]] = _dict(packs, "year_parts")
        self.NUMBER_WORDS: dict[str, int] = _dict(packs, "numbers")
        self.ORDINALS: dict[str, int] = _dict(packs, "ordinals")
        self.RELATIVE: dict[str, str] = _dict(packs, "relative")
        # certainty
        self.HEDGES = _joined(packs, "hedges")
        self.HEDGE = any_of(self.HEDGES)
        self.NOT_HEDGE = any_of(_joined(packs, "not_hedges"))
        self.NEGATIONS = _joined(packs, "negations")
        self.NEGATION = any_of(self.NEGATIONS)
        # a denial that governs the date after it, unless "and" or "but" comes between
        self.DENIAL_BEFORE = re.compile(rf"(?:{'|'.join(_joined(packs, 'denials'))})(?:(?!\band\b|\bbut\b)[^,;])*$", re.I)
        self.OFFICIAL_VERB = any_of(_joined(packs, "official_verbs"))
        self.CHANNEL = any_of(_joined(packs, "official_channels"))
        self.SOURCE = any_of(_joined(packs, "official_sources"))
        self.OFFICIALLY = any_of(_joined(packs, "officially"))
        self.CONFIRMED = any_of(_joined(packs, "confirmed"))
        self.INSIDER = any_of(_joined(packs, "insiders"))
        # every strong break starts at a comma, a semicolon, a dash, a space or 、 (the look-ahead makes it fast)
        self.STRONG_BREAK = re.compile(r"(?=[,;\s—–、])(?:" + _alternatives(_joined(packs, "clause_breaks")) + ")", re.I)
        self.SUBORDINATE = re.compile(rf"^\W*(?:{'|'.join(_joined(packs, 'subordinators'))})\b[^,]*,\s*", re.I)
        self.IF = re.compile("|".join(_joined(packs, "conditions")), re.I)
        self.AUDIENCE = re.compile(rf"\b(?:{'|'.join(_joined(packs, 'audience'))})\b", re.I)
        self.ATTRIBUTIONS = [re.compile(p.format(name=NAME)) for p in _joined(packs, "attributions")]
        self.NOT_ATTRIBUTABLE = _words(packs, "not_attributable")
        # kinds
        self.triggers = {kind: _triggers(packs, kind) for kind in TRIGGER_KINDS}
        self.RENEWAL = any_of(self.triggers["renewal"])
        self.CANCELLED = any_of(self.triggers["cancelled"])
        self.CANCEL_WORDS = _leading_words(self.triggers["cancelled"])
        self.RELEASE = any_of(self.triggers["release"])
        self.TRAILER = any_of(self.triggers["trailer"])
        self.FILMING_START = any_of(self.triggers["filming_start"])
        self.FILMING_END = any_of(self.triggers["filming_end"])
        self.DIRECTOR = any_of(self.triggers["director"])
        self.WRITER = any_of(self.triggers["writer"])
        self.CAST = any_of(self.triggers["cast"])
        self.DEPARTING = any_of(self.triggers["departing"])
        self.RETURNING = any_of(self.triggers["returning"])
        self.NEW_CAST = any_of(self.triggers["new_cast"])
        self.COMING = any_of(_joined(packs, "coming"))
        jobs = "|".join(_joined(packs, "job_titles"))
        self.JOB_AFTER = re.compile(rf"\s*,?\s*(?:the\s+)?(?:{jobs})\b", re.I)
        self.JOB_BEFORE = re.compile(rf"\b(?:{jobs})\s*(?:of\s+[\w\s]{{1,20}}?)?,?\s*$", re.I)
        self.EPISODES, self.EPISODES_AFTER = _episode_patterns(self.NUMBER_WORDS, self.triggers["episodes"])
        # gates
        self.GATES = _gate_words(packs)
        self.GATES_AT_WORD_START = _words(packs, "gates_at_word_start")
        self.gate_automaton = _gate_automaton(self.GATES, self.GATES_AT_WORD_START)
        self.cache: dict[str, Any] = {}  # what other modules build from these words (dates' patterns), once


_LITERAL = re.compile(r"(?:\\b)?([^\\()\[\]?*+|{}.^$]+)")


def _leading_words(phrasings: tuple[str, ...]) -> tuple[str, ...] | None:
    """The literal words each phrasing starts with ("cancel" of "cancel(?:l)?ed"), lower case: a text holding none
    of them cannot match (a quick first look); None when a phrasing starts with no literal word."""
    words = [found.group(1).lower() if (found := _LITERAL.match(p)) else "" for p in phrasings]
    return tuple(dict.fromkeys(words)) if all(words) else None


def _episode_patterns(numbers: dict[str, int], words: tuple[str, ...]) -> tuple[list[re.Pattern[str]],
                                                                                  list[re.Pattern[str]]]:
    """Counts before the word ("8 episodes", "an eight-part season", "12부작"), an infobox ("Episodes: 8"), and the
    count after the word ("the episodes will number ten")."""
    count = r"\d{1,2}|" + trie_pattern(numbers)
    after_count = "|".join(words)
    before = [
        rf"(?<!season )(?<!part )\b(?P<n>{count})[- ](?:[a-z]+-(?:long|minute|hour|packed) |"
        rf"(?:new|brand-new|full|more) )?(?:{after_count})",
        # "12부작", "全8話", "共12集": Japanese and Chinese write "all"/"in total" against the count; "第3話" is an episode
        rf"(?<!season )(?<!part )(?:\b|(?<=[全共総总計计]))(?<![第〜~～])(?P<n2>\d{{1,2}})\s?(?:{after_count})",
        # an infobox: "No. of episodes: 8", "Episodes: 8"
        r"\b(?:no\.|number|count) of episodes\s*:?\s*(?P<n3>\d{1,2})\b", r"\bepisodes\s*:\s*(?P<n4>\d{1,2})\b",
    ]
    after = [rf"\bepisodes? (?:count )?(?:will|would|is|are|should) (?:be|number|total|come to)\s+(?P<n5>{count})\b"]
    return [re.compile(p, re.I) for p in before], [re.compile(p, re.I) for p in after]


@cache
def _lexicon(codes: tuple[str, ...]) -> Lexicon:
    return Lexicon(codes, tuple(PACKS[code] for code in codes))


def lexicon_for(code: str | None) -> Lexicon:
    """The lexicon an article in ``code`` is read with (its language's pack and English; every pack when unknown)."""
    return _lexicon(tuple(p.code for p in packs_for(code)))


ALL = lexicon_for(None)
_ACTIVE: contextvars.ContextVar[Lexicon] = contextvars.ContextVar("lexicon", default=ALL)


def active() -> Lexicon:
    """The lexicon of the article being read (every pack's, outside one)."""
    return _ACTIVE.get()


@contextmanager
def reading(code: str | None) -> Iterator[Lexicon]:
    """Read with ``code``'s lexicon until the block ends."""
    token = _ACTIVE.set(lexicon_for(code))
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)


# Every pack's words, for the readers of names and season marks that do not depend on the article's language.
MONTHS = ALL.MONTHS
YEAR_PARTS = ALL.YEAR_PARTS
NUMBER_WORDS = ALL.NUMBER_WORDS
ORDINALS = ALL.ORDINALS
NOT_NAMES = frozenset().union(*(p.not_names for p in PACKS.values())) | NOT_NAMES_ELSEWHERE
FAMILY_NAMES = frozenset().union(*(p.family_names for p in PACKS.values())) | FAMILY_NAMES_ELSEWHERE
