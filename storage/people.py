"""Who a cast or crew claim is about: a full name, a stage name the topic knows, or nobody.

A belief about people must survive noisy reading: a fragment ("Park Ji") folds into the one known
name it is part of ("Park Ji-hu"), a character the topic knows ("On-jo") is not an actor, a
single word nobody knows ("Cho") names no one, and someone the topic knows in another role (the
director) is not cast because a sentence lists them near the actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from scraper.types import KnownPerson, name_key, raw_name_key

_PARTS = re.compile(r"[\s\-‐‑_.'’・·]+")
# Scripts that write a whole name without spaces (Hangul, kana, CJK ideographs): one "word" is a full name.
_SPACELESS = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
ROLE_OF_KIND = {"cast": ("cast",), "director": ("director",), "writer": ("writer", "creator")}


@lru_cache(maxsize=65536)  # a resolve asks for the same few hundred names thousands of times
def name_parts(name: str) -> frozenset[str]:
    return frozenset(part for part in _PARTS.split(name.casefold()) if part)


def is_full_name(name: str) -> bool:
    """Two words or more, or a name in a script that writes names without spaces."""
    return len(name_parts(name)) >= 2 or (len(name.strip()) >= 2 and bool(_SPACELESS.search(name)))


@dataclass(frozen=True)
class Roster:
    """What the topic knows of people: every spelling, every role, every character's names."""

    aliases: dict[str, str] = field(default_factory=dict)  # raw key of a spelling -> canonical key
    roles: dict[str, str] = field(default_factory=dict)  # canonical key -> cast, director, writer, creator
    spellings: tuple[tuple[frozenset[str], str], ...] = ()  # the parts of each full spelling -> canonical key
    characters: frozenset[str] = frozenset()  # raw keys of the characters' names
    names: dict[str, str] = field(default_factory=dict)  # canonical key -> the name as the topic writes it

    @cached_property
    def known(self) -> frozenset[str]:
        """The canonical keys of everyone the topic knows."""
        return frozenset(self.aliases.values()) | frozenset(self.roles)

    @classmethod
    def of(cls, people: Iterable[KnownPerson]) -> Roster:
        people = tuple(people)
        aliases: dict[str, str] = {}
        roles: dict[str, str] = {}
        names: dict[str, str] = {}
        spellings: list[tuple[frozenset[str], str]] = []
        characters: set[str] = set()
        for person in people:
            canon = raw_name_key(person.name)
            roles[canon] = person.role
            names[canon] = person.name
            for spelling in (person.name, *person.aliases):
                aliases[raw_name_key(spelling)] = canon
                if len(name_parts(spelling)) >= 2:
                    spellings.append((name_parts(spelling), canon))
            characters |= {raw_name_key(c) for c in (person.character, *person.character_aliases) if c}
        return cls(aliases=aliases, roles=roles, spellings=tuple(spellings), characters=frozenset(characters),
                   names=names)


EMPTY = Roster()


def person_keys(kind: str, claims: Sequence[Any], roster: Roster = EMPTY) -> dict[int, str]:
    """claim id -> the key of the person it names; a claim naming no one of this kind is left out."""
    names = {c.id: str((c.value or {}).get("name") or "") for c in claims if isinstance(c.value, dict)}
    seen = [(name_parts(n), name_key(n, roster.aliases)) for n in set(names.values()) if len(name_parts(n)) >= 2]
    spellings = (*roster.spellings, *seen)
    found = {}
    for name in set(names.values()):  # many claims, a few names: each name is worked out once
        key = _person_key(name, spellings, roster)
        if key is not None and _fits_role(kind, key, name, roster):
            found[name] = key
    return {claim_id: found[name] for claim_id, name in names.items() if name in found}


def _person_key(name: str, spellings: Sequence[tuple[frozenset[str], str]], roster: Roster) -> str | None:
    key = name_key(name, roster.aliases)
    if key in roster.known:
        return key
    parts = name_parts(name)
    wider = {canon for full, canon in spellings if parts < full}  # a fragment of longer names
    if len(wider) == 1:
        return wider.pop()
    if wider:
        return None  # "Kim" could be anyone named Kim
    return key if is_full_name(name) else None


def _fits_role(kind: str, key: str, name: str, roster: Roster) -> bool:
    """A character is not an actor; someone known in another role is not this kind's person."""
    if key not in roster.roles and raw_name_key(name) in roster.characters:
        return False
    role = roster.roles.get(key)
    return role is None or role in ROLE_OF_KIND.get(kind, (role,))
