"""Which season a sentence is about, and whether it is about the tracked show at all.

A season marker in the sentence wins ("season 2", "the second season", "S2", "시즌2"); a
statement about the show's first run is season 1; otherwise the heading above it, then the
article's own season. A sentence about another show (named, with ours not named) is not ours.
"""

from __future__ import annotations

import re

from scraper.claims.lexicon import NUMBER_WORDS, ORDINALS
from scraper.claims.rules import Rules

_NUM = r"(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_ORD = r"(?P<o>" + "|".join(ORDINALS) + r")"
MARKERS = [
    re.compile(rf"\bseasons?\s*{_NUM}\b", re.I),
    re.compile(rf"\b{_ORD}[- ](?:season|installment|instalment|chapter|outing|run|series)\b", re.I),
    re.compile(r"\bS(?P<n>\d{1,2})\b"),
    re.compile(r"시즌\s?(?P<n>\d)"),
    re.compile(r"シーズン\s?(?P<n>\d)"),
    re.compile(rf"\b(?:temporada|saison|musim|season)\s+{_ORD}\b", re.I),
    re.compile(rf"\b{_ORD}\s+(?:temporada|saison)\b", re.I),
    re.compile(r"\b(?:temporada|saison|musim)\s+(?P<n>\d)\b", re.I),
    re.compile(r"(?P<ko>첫 시즌|두 번째 시즌|후속편|속편)"),
]
FIRST_RUN = re.compile(
    r"\b(?:premiered|debuted|was released|were released|first aired|made (?:its|a) debut|dropped|first released|"
    r"(?:original|first) (?:run|installment|instalment)|released (?:back )?in|came out|hit netflix)\b", re.I)
_KO = {"첫 시즌": 1, "두 번째 시즌": 2, "후속편": 2, "속편": 2}


def season_marks(text: str) -> list[tuple[int, int]]:
    """(season, position) of every season marker in the text."""
    marks = []
    for pattern in MARKERS:
        for m in pattern.finditer(text):
            value = _value(m)
            if value:
                marks.append((value, m.start()))
    return sorted(marks, key=lambda x: x[1])


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


def mentions_ours(text: str, rules: Rules) -> bool:
    return bool(rules.titles and rules.titles.search(text))


def other_show_in(text: str, rules: Rules) -> str | None:
    found = rules.other_shows.search(text) if rules.other_shows else None
    return found.group(0) if found else None


def article_season(title: str | None, text: str, rules: Rules) -> int | None:
    """The season an article is about: the one its title names, else the one most named near our title."""
    for source in (title or "", text[:400]):
        marks = season_marks(source)
        if marks and (mentions_ours(source, rules) or source is title):
            return marks[0][0]
    counts: dict[int, int] = {}
    for value, _ in season_marks(text):
        counts[value] = counts.get(value, 0) + 1
    if counts.get(rules.topic.season):
        return rules.topic.season
    return None
