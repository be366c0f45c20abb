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
from functools import cache, cached_property
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


def _family(name: str) -> cached_property[re.Pattern[str]]:
    """One phrasing family of the packs as one pattern, compiled the first time a lexicon's is read."""
    return cached_property(lambda lex: any_of(_joined(lex.packs, name)))


def _trigger(kind: str) -> cached_property[re.Pattern[str]]:
    """One kind's trigger phrasings as one pattern, compiled the first time a lexicon's is read."""
    return cached_property(lambda lex: any_of(lex.triggers[kind]))


@dataclass(eq=False)  # compared and hashed by identity: one per language set, built once
class Lexicon:
    """The compiled phrasing families of a set of packs, under the names the recognisers read.

    The words are joined when the lexicon is made; each pattern is compiled the first time it is read
    (``cached_property``), so importing the claims package or making a language's lexicon compiles nothing,
    and an article compiles only the families its sentences reach.
    """

    codes: tuple[str, ...]
    packs: tuple[Pack, ...] = field(repr=False)

    def __post_init__(self) -> None:
        packs = self.packs
        self.MONTHS: dict[str, int] = _dict(packs, "months")
        self.YEAR_PARTS: dict[str, tuple[int, int]] = _dict(packs, "year_parts")
        self.NUMBER_WORDS: dict[str, int] = _dict(packs, "numbers")
        self.ORDINALS: dict[str, int] = _dict(packs, "ordinals")
        self.RELATIVE: dict[str, str] = _dict(packs, "relative")
        self.HEDGES = _joined(packs, "hedges")
        self.NEGATIONS = _joined(packs, "negations")
        self.NOT_ATTRIBUTABLE = _words(packs, "not_attributable")
        self.triggers = {kind: _triggers(packs, kind) for kind in TRIGGER_KINDS}
        self.CANCEL_WORDS = _leading_words(self.triggers["cancelled"])
        self.GATES = _gate_words(packs)
        self.GATES_AT_WORD_START = _words(packs, "gates_at_word_start")
        self.cache: dict[str, Any] = {}  # what other modules build from these words (dates' patterns), once

    # certainty
    HEDGE = cached_property(lambda lex: any_of(lex.HEDGES))
    NOT_HEDGE = _family("not_hedges")
    NEGATION = cached_property(lambda lex: any_of(lex.NEGATIONS))
    # a denial that governs the date after it, unless "and" or "but" comes between
    DENIAL_BEFORE = cached_property(lambda lex: re.compile(
        rf"(?:{'|'.join(_joined(lex.packs, 'denials'))})(?:(?!\band\b|\bbut\b)[^,;])*$", re.I))
    OFFICIAL_VERB = _family("official_verbs")
    CHANNEL = _family("official_channels")
    SOURCE = _family("official_sources")
    OFFICIALLY = _family("officially")
    CONFIRMED = _family("confirmed")
    INSIDER = _family("insiders")
    # every strong break starts at a comma, a semicolon, a dash, a space or 、 (the look-ahead makes it fast)
    STRONG_BREAK = cached_property(lambda lex: re.compile(
        r"(?=[,;\s—–、])(?:" + _alternatives(_joined(lex.packs, "clause_breaks")) + ")", re.I))
    SUBORDINATE = cached_property(lambda lex: re.compile(
        rf"^\W*(?:{'|'.join(_joined(lex.packs, 'subordinators'))})\b[^,]*,\s*", re.I))
    IF = cached_property(lambda lex: re.compile("|".join(_joined(lex.packs, "conditions")), re.I))
    AUDIENCE = cached_property(lambda lex: re.compile(rf"\b(?:{'|'.join(_joined(lex.packs, 'audience'))})\b", re.I))
    ATTRIBUTIONS = cached_property(lambda lex: [re.compile(p.format(name=NAME))
                                                for p in _joined(lex.packs, "attributions")])
    # kinds
    RENEWAL = _trigger("renewal")
    CANCELLED = _trigger("cancelled")
    RELEASE = _trigger("release")
    TRAILER = _trigger("trailer")
    FILMING_START = _trigger("filming_start")
    FILMING_END = _trigger("filming_end")
    DIRECTOR = _trigger("director")
    WRITER = _trigger("writer")
    CAST = _trigger("cast")
    DEPARTING = _trigger("departing")
    RETURNING = _trigger("returning")
    NEW_CAST = _trigger("new_cast")
    REPLACES = _trigger("replaces")
    REPLACED_BY = _trigger("replaced_by")
    # a cue right before a name, at most three words between ("replaced by the Australian Liam Hemsworth")
    REPLACES_BEFORE = cached_property(lambda lex: _cue_before(lex.triggers["replaces"]))
    REPLACED_BY_BEFORE = cached_property(lambda lex: _cue_before(lex.triggers["replaced_by"]))
    COMING = _family("coming")
    _jobs = cached_property(lambda lex: "|".join(_joined(lex.packs, "job_titles")))
    JOB_AFTER = cached_property(lambda lex: re.compile(rf"\s*,?\s*(?:the\s+)?(?:{lex._jobs})\b", re.I))
    JOB_BEFORE = cached_property(lambda lex: re.compile(rf"\b(?:{lex._jobs})\s*(?:of\s+[\w\s]{{1,20}}?)?,?\s*$", re.I))
    # a list of people named for their job: "executive producers for the series include A, B and C"
    JOB_LIST = cached_property(lambda lex: re.compile(
        rf"\b(?:{lex._jobs})s?\b[^.;]{{0,40}}?(?:\b(?:include|includes|including|are|were)\b|:)", re.I))
    _episodes = cached_property(lambda lex: _episode_patterns(lex.NUMBER_WORDS, lex.triggers["episodes"]))
    EPISODES = cached_property(lambda lex: lex._episodes[0])
    EPISODES_AFTER = cached_property(lambda lex: lex._episodes[1])
    # gates
    gate_automaton = cached_property(lambda lex: _gate_automaton(lex.GATES, lex.GATES_AT_WORD_START))


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


def _cue_before(phrasings: tuple[str, ...]) -> re.Pattern[str]:
    """A phrasing that ends at most three words before the end of the text it is searched in (never one when empty)."""
    if not phrasings:
        return re.compile(r"(?!)")
    return re.compile(rf"{_WORD_START}(?:{'|'.join(phrasings)})[\s,:]*(?:[^\W\d_][\w'’.-]*\s+){{0,3}}$", re.I)


_WORD_START = r"(?<![A-Za-zÀ-ɏ])"  # a Latin phrasing starts a word ("lös" is not in "erlöst"); CJK ones need no space


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
