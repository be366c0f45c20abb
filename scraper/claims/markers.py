"""Season markers and other shows' titles: what a sentence names besides its claims.

"season 2", "the second season", "S2", "시즌2", "Staffel 3", "All of Us Are Dead 2"; and another
show's title when it is named as a title (not "on Wednesday", not only "unlike Squid Game").

The markers are built from every language pack's ``season_templates`` ("season {n}", "{ordinal}
season"), each filled with that pack's own number words and ordinals ("season three", "dritte
Staffel"), so any season of any show is read without a season written here; a marker says which
season it names, and ``season.py`` compares that with the topic's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from scraper.claims.memo import per_article
from scraper.claims.packs import PACKS, Pack
from scraper.claims.patterns import trie_pattern, with_first_letters
from scraper.claims.rules import Rules, may_name

NEXT = -1  # the value of a word for "the sequel" ("후속편"): the season to come, which is the topic's
PREVIOUS = -2  # the value of "the previous season" ("지난 시즌", "la temporada anterior"): the one before the topic's


class Mark(NamedTuple):
    value: int  # the season named
    start: int
    end: int


@dataclass(frozen=True)
class _Marker:
    """One template of one pack, compiled, with the words that fill it and the word it cannot match without."""

    pattern: re.Pattern[str]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    needs: tuple[str, ...] | None  # lower case, any one of them; None: a short form ("S2"), found by its shape


def _number(pack: Pack, glued: bool) -> str:
    """"{n}": digits, or the pack's number words when the number stands as a word ("season three")."""
    digits = r"\d{1,2}(?!\d)"
    if glued or not pack.numbers:  # "s{n}", "ke-{n}": a number glued to a letter is written in digits
        return rf"(?P<n>{digits})"
    return rf"(?P<n>{digits}|{trie_pattern(pack.numbers)}\b)"


def _marker(template: str, pack: Pack) -> _Marker | None:
    if "{ordinal}" in template and not pack.ordinals:
        return None
    at = template.find("{n}")
    glued = at > 0 and template[at - 1].isalpha()
    body = template.replace("{n}", _number(pack, glued)).replace(
        "{ordinal}", rf"(?P<o>{trie_pattern(pack.ordinals)})" if pack.ordinals else "")
    words = re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}|\\.|\(\?:?|\[[^]]*\]", " ", template))
    long_words = tuple(w.lower() for w in words if len(w) >= 3 or not w.isascii()) or tuple(w.lower() for w in words)
    short = not long_words or long_words == ("s",) or all(len(w) < 2 and w.isascii() for w in long_words)
    start = r"\b" if template[:1].isascii() and (template[0].isalpha() or template.startswith("{")) else ""
    end = r"\b" if template.endswith("{ordinal}") or template[-1:].isascii() and template[-1].isalpha() else ""
    flags = 0 if short else re.I  # "S2" in capitals: a lower-case "s2" is a model number more often than a season
    source = start + (body[0].upper() + body[1:] if short else body) + end
    return _Marker(with_first_letters(source, flags), pack.numbers, pack.ordinals, None if short else long_words)


@cache
def _templates() -> tuple[tuple[str, _Marker], ...]:
    """Every pack's season templates with their compiled markers, built on first use (importing compiles none)."""
    return tuple((t, m) for p in PACKS.values() for t in p.season_templates if (m := _marker(t, p)))


@cache
def _markers() -> tuple[_Marker, ...]:
    return tuple(marker for _, marker in _templates())


@cache
def _digit_ordinal() -> re.Pattern[str]:
    """Forms the packs do not spell: a digit ordinal before any pack's season word ("2nd season", "2ª temporada",
    "3e saison")."""
    words = sorted({word for t, m in _templates() if m.needs
                    for word in m.needs if word.isascii() and "{n}" in t and "episode" not in word})
    return re.compile(rf"\b(?P<n>\d)(?:st|nd|rd|th|ª|º|e|ème|er|re|\.)[- ](?:{'|'.join(words)})\b", re.I)


_SEQUEL = re.compile("후속편|속편")  # Korean words for the sequel
# The season before, in the packs' languages ("the last season" may be the final one: only "last season" bare)
_PREVIOUS = re.compile(r"\b(?:previous|prior|preceding) season\b|(?<!the )(?<!its )(?<!their )\blast season\b|"
                       r"(?:지난|이전|전)\s?시즌|前シーズン|\b(?:vorherige[nr]?|vorige[nr]?|letzte[nr]?) staffel\b|"
                       r"vorgängerstaffel|\btemporada (?:anterior|pasada)\b|\bpasada temporada\b|"
                       r"\bsaison (?:précédente|dernière)\b|\bstagione (?:precedente|scorsa)\b|"
                       r"\bpoprzedni\w* sezon\w*|\bvorige seizoen\b|\bmusim (?:sebelumnya|lalu)\b|mùa trước", re.I)
_PREVIOUS_WORDS = ("previous", "prior", "preceding", "last season", "지난", "이전", "전", "前シーズン", "staffel",
                   "anterior", "pasada", "précédente", "dernière", "precedente", "scorsa", "poprzedni", "vorige",
                   "sebelumnya", "lalu", "mùa trước")
# "a Netflix original series" is a label, not the first season.
_GENRE_LABEL = re.compile(r"(?:\b(?:netflix|an?|korean|streaming|k-drama)\s+)original[- ]series\b", re.I)
_SHORT = re.compile(r"(?<![^\W\d_])[A-Z]\d")  # any short form's shape: a capital glued to a digit


@per_article
def season_marks(text: str) -> list[Mark]:
    """Every season marker in the text, in order; a word for the sequel has the value ``NEXT``."""
    lowered = text.lower()
    short = _SHORT.search(text) is not None
    marks = []
    for marker in _markers():
        if not short if marker.needs is None else not any(word in lowered for word in marker.needs):
            continue
        for m in marker.pattern.finditer(text):
            value = _value(m, marker)
            if value and not _GENRE_LABEL.search(text, max(0, m.start() - 20), m.start() + 16):
                marks.append(Mark(value, m.start(), m.end()))
    if any(char.isdigit() for char in text):
        marks += [Mark(int(m.group("n")), m.start(), m.end()) for m in _digit_ordinal().finditer(text)]
    if "속편" in text:
        marks += [Mark(NEXT, m.start(), m.end()) for m in _SEQUEL.finditer(text)]
    if any(word in lowered for word in _PREVIOUS_WORDS):
        marks += [Mark(PREVIOUS, m.start(), m.end()) for m in _PREVIOUS.finditer(text)]
    return sorted(set(marks), key=lambda x: (x.start, -x.end))


def _value(m: re.Match[str], marker: _Marker) -> int | None:
    number, ordinal = m.groupdict().get("n"), m.groupdict().get("o")
    if number:
        return int(number) if number.isdigit() else marker.numbers.get(number.lower())
    if ordinal:
        return marker.ordinals.get(ordinal.lower())
    return None


def marks_in(text: str, rules: Rules) -> list[Mark]:
    """Season markers, the show's title followed by a number among them ("All of Us Are Dead 2"); a word for
    the sequel names the topic's season, "the previous season" the one before it."""
    ours = rules.topic.season
    marks = [m._replace(value=ours) if m.value == NEXT else m._replace(value=ours - 1) if m.value == PREVIOUS else m
             for m in season_marks(text) if m.value != PREVIOUS or ours > 1]
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
