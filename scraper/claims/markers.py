"""Season markers and other shows' titles: what a sentence names besides its claims.

"season 2", "the second season", "S2", "시즌2", "All of Us Are Dead 2"; and another show's title
when it is named as a title (not "on Wednesday", not only "unlike Squid Game").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from scraper.claims.lexicon import NUMBER_WORDS, ORDINALS
from scraper.claims.memo import per_article
from scraper.claims.patterns import trie_pattern, with_first_letters
from scraper.claims.rules import Rules, may_name

_NUM = r"(?P<n>\d{1,2}|" + trie_pattern(NUMBER_WORDS) + r")"
_ORD = r"(?P<o>" + trie_pattern(ORDINALS) + r")"
MARKERS = [
    re.compile(rf"\bseasons?\s*{_NUM}\b", re.I),
    re.compile(rf"\b{_ORD}[- ](?:\d{{1,2}}-episode[- ])?(?:season|installment|instalment|chapter|outing|run|series)\b", re.I),
    re.compile(r"\b(?P<n>\d)(?:st|nd|rd|th|ª|º)[- ](?:season|temporada|saison)\b", re.I),
    re.compile(r"\bS(?P<n>\d{1,2})\b"),
    re.compile(r"시즌\s?(?P<n>\d)"),
    re.compile(r"シーズン\s?(?P<n>\d)"),
    re.compile(rf"\b(?:temporada|saison|musim|season)\s+{_ORD}\b", re.I),
    re.compile(rf"\b{_ORD}\s+(?:temporada|saison)\b", re.I),
    re.compile(r"\b(?:temporada|saison|musim)\s+(?P<n>\d)\b", re.I),
    re.compile(r"(?P<ko>첫 시즌|두 번째 시즌|후속편|속편)"),
]
MARKERS = [with_first_letters(marker.pattern, marker.flags) for marker in MARKERS]  # same matches, found faster
# A marker holds one of these words (or is "S2"): a sentence with none skips the patterns.
_MARKER_WORDS = ("season", "installment", "instalment", "chapter", "outing", "run", "series", "temporada", "saison",
                 "musim", "시즌", "シーズン", "첫 시즌", "두 번째", "속편", "후속")
_SHORT_MARK = re.compile(r"\bS\d")
# The words each marker cannot match without, in its order (None: "S2", looked for by _SHORT_MARK); speed only.
_NEEDS: tuple[tuple[str, ...] | None, ...] = (
    ("season",), ("season", "installment", "instalment", "chapter", "outing", "run", "series"),
    ("season", "temporada", "saison"), None, ("시즌",), ("シーズン",), ("temporada", "saison", "musim", "season"),
    ("temporada", "saison"), ("temporada", "saison", "musim"), ("시즌", "속편", "후속편"),
)
_ALL_WORDS = frozenset(_MARKER_WORDS).union(*(needs for needs in _NEEDS if needs))
# "a Netflix original series" is a label, not the first season.
_GENRE_LABEL = re.compile(r"(?:\b(?:netflix|an?|korean|streaming|k-drama)\s+)original[- ]series\b", re.I)
_KO = {"첫 시즌": 1, "두 번째 시즌": 2, "후속편": 2, "속편": 2}


class Mark(NamedTuple):
    value: int  # the season named
    start: int
    end: int


@per_article
def season_marks(text: str) -> list[Mark]:
    """Every season marker in the text, in order."""
    lowered = text.lower()
    present = {word for word in _ALL_WORDS if word in lowered}  # each word looked for once, not once per marker
    short = _SHORT_MARK.search(text) is not None
    if present.isdisjoint(_MARKER_WORDS) and not short:
        return []
    marks = []
    for pattern, needs in zip(MARKERS, _NEEDS, strict=True):
        if needs is None and not short or needs and present.isdisjoint(needs):
            continue
        for m in pattern.finditer(text):
            value = _value(m)
            if value and not _GENRE_LABEL.search(text, max(0, m.start() - 20), m.start() + 16):
                marks.append(Mark(value, m.start(), m.end()))
    return sorted(marks, key=lambda x: x.start)


def marks_in(text: str, rules: Rules) -> list[Mark]:
    """Season markers, the show's title followed by a number among them ("All of Us Are Dead 2")."""
    marks = season_marks(text)
    numbered = _numbered_titles(text, rules)
    return sorted(marks + numbered, key=lambda m: m.start) if numbered else marks


@per_article
def _numbered_titles(text: str, rules: Rules) -> list[Mark]:
    if rules.titles is None or not may_name(text, rules, "ours"):
        return []
    found = []
    for title in rules.titles.finditer(text):
        number = _TITLE_NUMBER.match(text, title.end())
        if number:
            found.append(Mark(int(number.group("n")), title.start(), number.end()))
    return found


_TITLE_NUMBER = re.compile(r"[>》』」\s]?\s?(?P<n>[1-9])(?![\d.,:/]\d)(?!\d)")


def _value(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    if groups.get("ko"):
        return _KO[groups["ko"]]
    if groups.get("n"):
        n = groups["n"].lower()
        return int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    if groups.get("o"):
        return ORDINALS.get(groups["o"].lower())
    return None


def other_show_in(text: str, rules: Rules) -> str | None:
    """Another show's title, unless the words around make it a day or a place ("on Wednesday", "United Kingdom")
    or only a comparison ("Unlike Squid Game, ..."), which is then about ours: see ``compares_to_other``."""
    if rules.other_shows is None or not may_name(text, rules, "other"):
        return None
    for found in rules.other_shows.finditer(text):
        if not _NOT_A_TITLE.search(text, max(0, found.start() - 25), found.start()) \
                and not _CREDIT_AFTER.match(text, found.end()):  # "the Squid Game actor" is a credit, not that show
            return found.group(0)
    return None


@per_article
def other_show_spans(text: str, rules: Rules, compared: bool = False) -> tuple[tuple[int, int], ...]:
    """Where another show is named as a title (not "on Wednesday"; "unlike Squid Game" only if ``compared``),
    and not as someone's credit ("Squid Game actor Kim Si-eun")."""
    if rules.other_shows is None or not may_name(text, rules, "other"):
        return ()
    not_title = _DAY_OR_PLACE if compared else _NOT_A_TITLE
    return tuple(found.span() for found in rules.other_shows.finditer(text)
                 if not not_title.search(text, max(0, found.start() - 25), found.start())
                 and not _CREDIT_AFTER.match(text, found.end()))


def compares_to_other(text: str, rules: Rules) -> bool:
    """"Unlike Squid Game, the zombie drama ...": the sentence is about our show."""
    if rules.other_shows is None or not may_name(text, rules, "other"):
        return False
    return any(_COMPARISON.search(text, max(0, found.start() - 25), found.start())
               for found in rules.other_shows.finditer(text))


# Words before a title that make it a day or a place, or only a comparison ("Unlike Squid Game, ...").
_COMPARISON = re.compile(r"\b(?:unlike|like|as with|similar to|compared (?:to|with)|than|the success of|the likes of|"
                         r"fans of|a la)\s+$", re.I)
_DAY_OR_PLACE = re.compile(r"\b(?:on|last|this|next|every|until|by|since|from|United)\s+$", re.I)
_NOT_A_TITLE = re.compile(_COMPARISON.pattern + "|" + _DAY_OR_PLACE.pattern, re.I)
# A title naming someone's earlier work: "Squid Game actress Kim Si-eun", "of Kingdom fame".
_CREDIT_AFTER = re.compile(r"(?:['’]s)?\s+(?:actors?|actress(?:es)?|stars?|alums?|alumn\w*|cast members?|breakout|"
                           r"veterans?|fame|creator|director|writer|actor-)\b", re.I)
