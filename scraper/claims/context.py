"""A sentence as the recognisers see it, and the draft claims they return.

``Context`` is one sentence's scratchpad: what several recognisers ask of the sentence (its people,
its dates, its lower-case text) is worked out once, when first asked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from scraper.claims.certainty import is_negated
from scraper.claims.dates import Found, find_dates
from scraper.claims.lexicon import Lexicon, active
from scraper.claims.memo import lazy
from scraper.claims.patterns import finditer
from scraper.claims.people import Mention, find_people
from scraper.claims.rules import Rules

_LETTER = frozenset("abcdefghijklmnopqrstuvwxyz")

_VERB_LAST = re.compile(r"[가-힣ぁ-んァ-ン]")


@dataclass  # one sentence's scratchpad: built for every sentence, so built cheaply (not frozen)
class Context:
    sentence: str
    rules: Rules
    published: dt.date | None
    heading: str | None = None
    cast_before: bool = False  # the sentence before, in the same paragraph, was about the cast
    follows: str = ""  # the sentence this one goes on from ("They include ..."), if it does
    before: str = ""  # the few sentences before it, questions too
    surnames: dict[str, Mention | None] | None = None  # people the article named in full, by family name
    shared: dict[str, object] = field(default_factory=dict)  # what one recogniser found for another (credits)
    found: dict[int, list[re.Match[str]]] = field(default_factory=dict)  # trigger matches, by the pattern's id
    lex: Lexicon = field(default_factory=active)  # the article's language's words

    @lazy
    def lowered(self) -> str:
        return self.sentence.lower()

    @lazy
    def verb_last(self) -> bool:
        """Korean and Japanese put the verb last: a claim's date comes before its verb."""
        return not self.sentence.isascii() and _VERB_LAST.search(self.sentence) is not None

    def holds_word_of(self, gate: str) -> bool:
        """Whether the sentence holds one of the gate's words (an English sentence skips the others' words)."""
        return gate in self.gates

    @lazy
    def gates(self) -> frozenset[str]:
        """Every gate the sentence opens, found in one scan of its lower-case text."""
        lowered, opened = self.lowered, set()
        for end, (length, gates, at_word) in self.lex.gate_automaton.iter(lowered):
            start = end - length
            if not (at_word and start and lowered[start - 1] in _LETTER):
                opened |= gates
        return frozenset(opened)

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Every match of a trigger pattern in the sentence, found once however many recognisers ask."""
        found = self.found.get(id(pattern))  # a pattern's own hash reads its whole compiled program
        if found is None:
            found = self.found[id(pattern)] = list(finditer(pattern, self.sentence))
        return found

    @lazy
    def negated(self) -> bool:
        return is_negated(self.sentence)

    @lazy
    def dates(self) -> list[Found]:
        return find_dates(self.sentence, self.published, self.lex)

    @lazy
    def people(self) -> list[Mention]:
        return find_people(self.sentence, self.rules, self.surnames)



@dataclass(frozen=True)
class Draft:
    kind: str
    value: object
    negated: bool = False
    crew: bool = False  # a credit: its season is only what the sentence says
    at: int = 0  # where in the sentence the claim sits: its certainty is read in that clause
    # a cast claim that lets the next sentence's names be read as cast too (a list going on); a part named with its
    # actor in passing ("Chae-ok (Han So-hee) returns to ...") starts no list
    opens_list: bool = True

