"""A topic's words compiled once: its titles, its platform, other shows, its people and characters.

Everything show-specific the extractor knows comes from here, built from the topic file; the
build is cached per topic object so that each article costs no recompiling (and no hashing of
the whole topic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from scraper.claims.lexicon import FAMILY_NAMES
from scraper.claims.memo import per_article
from scraper.claims.patterns import trie_pattern, with_first_letters
from scraper.types import KnownPerson, Topic, raw_name_key

# Names written in Hangul, kana or kanji are found by spelling, not by capitalisation.
SCRIPT_NAME = re.compile(r"[가-힣ぁ-んァ-ヶー・一-龯]+(?:\s[가-힣]+)?")


@dataclass(frozen=True, eq=False)  # one per topic object: compared and hashed by identity
class Rules:
    topic: Topic
    titles: re.Pattern[str] | None  # our show, by any of its names
    platform: re.Pattern[str] | None  # who can announce officially
    other_shows: re.Pattern[str] | None  # another show's title
    other_masks: re.Pattern[str] | None  # another show's title with its season number ("Squid Game Season 2")
    by_key: dict[str, KnownPerson]  # raw name key of every spelling -> person
    characters: frozenset[str]  # raw keys of every character spelling
    script_names: re.Pattern[str] | None  # Hangul / kana spellings of known people
    script_people: dict[str, KnownPerson]
    character_names: re.Pattern[str] | None  # every character spelling, for "X will return" by role
    character_people: dict[str, KnownPerson]
    title_keys: frozenset[str]  # raw keys of show titles (never people)
    not_names: frozenset[str]  # lower-case words of this topic that are never part of a name: see ``_not_names``
    spellings: tuple[frozenset[str], ...]  # the parts of every spelling of the topic's people: a fragment is no one
    names: ahocorasick.Automaton  # every spelling of ours, another show's and the platform's, in lower case


_CACHE: dict[int, Rules] = {}


def rules_for(topic: Topic) -> Rules:
    cached = _CACHE.get(id(topic))
    if cached is None or cached.topic is not topic:
        cached = _CACHE[id(topic)] = _build(topic)
    return cached


def may_name(text: str, rules: Rules, what: str) -> bool:
    """Whether the text may name our show ("ours"), another show ("other") or the platform ("platform").

    False only when no spelling of any of them is in the text, in any case: then the pattern that finds
    them need not be searched. One pass over the text answers all three (non-ASCII text: always True).
    """
    return not text.isascii() or what in _named(text, rules)


@per_article
def _named(text: str, rules: Rules) -> frozenset[str]:
    if rules.names.kind != ahocorasick.AHOCORASICK:  # a topic with no names at all
        return frozenset()
    return frozenset().union(*[whose for _, whose in rules.names.iter(text.lower())])


def _names(groups: dict[str, tuple[str, ...]]) -> ahocorasick.Automaton:
    spellings: dict[str, set[str]] = {}
    for whose, names in groups.items():
        for name in names:
            if name:
                spellings.setdefault(name.lower(), set()).add(whose)
    automaton = ahocorasick.Automaton()
    for spelling, owners in spellings.items():
        automaton.add_word(spelling, frozenset(owners))
    if spellings:
        automaton.make_automaton()
    return automaton


def alternation(names: tuple[str, ...] | list[str], flags: int = 0) -> re.Pattern[str] | None:
    """One pattern for any of the names, longest first, never inside a longer Latin word."""
    spellings = {n.lower() if flags & re.I else n for n in names if n}
    if not spellings:
        return None
    return with_first_letters(r"(?<![A-Za-z0-9])(?:" + trie_pattern(spellings) + r")(?![A-Za-z])", flags)


def _with_unspaced(titles: tuple[str, ...]) -> tuple[str, ...]:
    """Korean and Japanese titles are often written without their spaces: "지금우리학교는" is "지금 우리 학교는"."""
    return titles + tuple(t.replace(" ", "") for t in titles if " " in t and not t.isascii())


def name_parts(name: str) -> frozenset[str]:
    """A name's parts, folded: "Park Ji-hu" -> {"park", "ji", "hu"}."""
    return frozenset(part for part in _PARTS.split(name.casefold()) if part)


_PARTS = re.compile(r"[\s\-‐‑]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _not_names(topic: Topic) -> frozenset[str]:
    """The topic's ``not_names`` and the words of every title and platform it names ("Squid Game", "Netflix"),
    less the words of its people's names: a show named after a person keeps that person."""
    words = {w.lower() for text in (*topic.not_names, *topic.all_titles, *topic.other_shows, *topic.platform)
             for w in _WORD.findall(text)}
    people = {w.lower() for p in topic.people for text in (p.name, *p.aliases) for w in _WORD.findall(text)}
    return frozenset(words - people - FAMILY_NAMES)


def _build(topic: Topic) -> Rules:
    by_key: dict[str, KnownPerson] = {}
    script_people: dict[str, KnownPerson] = {}
    character_people: dict[str, KnownPerson] = {}
    characters: set[str] = set()
    for person in topic.people:
        for spelling in (person.name, *person.aliases):
            by_key[raw_name_key(spelling)] = person
            if SCRIPT_NAME.fullmatch(spelling):
                script_people[spelling] = person
        for spelling in filter(None, (person.character, *person.character_aliases)):
            characters.add(raw_name_key(spelling))
            character_people[spelling] = person
    others = "|".join(re.escape(t) for t in sorted(topic.other_shows, key=len, reverse=True))
    masks = with_first_letters(rf"(?<![\w])(?:{others})(?![\w])(?:['’]s)?(?:\s*(?:season|seasons|part)\s*\d+"
                               rf"(?:\s*(?:and|&|,)\s*\d+)*)?", re.I) if others else None
    return Rules(
        topic=topic,
        titles=alternation(_with_unspaced(topic.all_titles), re.I),
        platform=alternation(topic.platform),
        other_shows=alternation(topic.other_shows),  # as titled: "Wednesday" the show, not "on wednesday"
        other_masks=masks,
        by_key=by_key,
        characters=frozenset(characters),
        script_names=alternation(list(script_people)),
        script_people=script_people,
        character_names=alternation(list(character_people)),
        character_people=character_people,
        title_keys=frozenset(raw_name_key(t) for t in (*topic.all_titles, *topic.other_shows)),
        not_names=_not_names(topic),
        spellings=tuple({name_parts(s) for p in topic.people for s in (p.name, *p.aliases)}),
        names=_names({"ours": _with_unspaced(topic.all_titles), "other": topic.other_shows, "platform": topic.platform}),
    )
