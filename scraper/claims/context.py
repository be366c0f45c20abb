"""A sentence as the recognisers see it, and the draft claims they return.

``Context`` is one sentence's scratchpad: what several recognisers ask of the sentence (its people,
its dates, its lower-case text) is worked out once, when first asked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from scraper.claims import lexicon
from scraper.claims.certainty import is_negated
from scraper.claims.dates import Found, find_dates
from scraper.claims.memo import lazy
from scraper.claims.patterns import finditer, trie_pattern
from scraper.claims.people import Mention, find_people
from scraper.claims.rules import Rules


def _gate_scanner(gates: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One scan for every gate's words: at each position the longest word there, and for that word every gate
    whose word it starts with (a shorter word matching at the same place is always such a prefix)."""
    words = {word for group in gates.values() for word in group}
    first = "".join(sorted({re.escape(word[0]) for word in words}))
    scanner = re.compile(f"(?=[{first}])(?=({trie_pattern(words)}))")
    opens = {word: frozenset(gate for gate, group in gates.items() if any(word.startswith(w) for w in group))
             for word in words}
    return scanner, opens


_ASCII_SCAN = _gate_scanner({gate: tuple(w for w in words if w.isascii()) for gate, words in lexicon.GATES.items()})
_ALL_SCAN = _gate_scanner(dict(lexicon.GATES))
_VERB_LAST = re.compile(r"[가-힣ぁ-んァ-ン]")


@dataclass  # one sentence's scratchpad: built for every sentence, so built cheaply (not frozen)
class Context:
    sentence: str
    rules: Rules
    published: dt.date | None
    heading: str | None = None
    cast_before: bool = False  # the sentence before, in the same paragraph, was about the cast
    follows: str = ""  # the sentence this one goes on from ("They include ..."), if it does
    shared: dict[str, object] = field(default_factory=dict)  # what one recogniser found for another (credits)
    found: dict[int, list[re.Match[str]]] = field(default_factory=dict)  # trigger matches, by the pattern's id

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
        scanner, opens = _ASCII_SCAN if self.sentence.isascii() else _ALL_SCAN
        return frozenset().union(*[opens[word] for word in set(scanner.findall(self.lowered))])

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
        return find_dates(self.sentence, self.published)

    @lazy
    def people(self) -> list[Mention]:
        return find_people(self.sentence, self.rules)



@dataclass(frozen=True)
class Draft:
    kind: str
    value: object
    negated: bool = False
    crew: bool = False  # a credit: its season is only what the sentence says
    at: int = 0  # where in the sentence the claim sits: its certainty is read in that clause

