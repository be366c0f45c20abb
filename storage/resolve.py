"""Resolving a belief from stored claims: certainty first, then independent sources, then recency.

Pure functions over claim rows, so the rule can be read and tested alone. Single-valued kinds
(release date, episode count, renewal, filming) hold one value; person kinds (cast, director,
writer) hold a set of people, one item per name key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from scraper.types import CERTAINTY_RANK, PERSON_KINDS, name_key

SINGLE = ""  # the item of a single-valued kind


class ClaimLike(Protocol):
    id: int
    article_id: int
    kind: str
    value: Any
    value_key: str
    certainty: str
    negated: bool
    site: str | None
    at: dt.datetime
    dated: bool


@dataclass(frozen=True)
class Support:
    """One value and the claims that hold it."""

    item: str
    value: Any
    value_key: str
    certainty: str
    sites: frozenset[str]
    latest: dt.datetime
    claims: tuple[Any, ...]

    @property
    def rank(self) -> tuple[int, int, dt.datetime]:
        return (CERTAINTY_RANK[self.certainty], len(self.sites), self.latest)


def value_key(kind: str, value: Any, aliases: dict[str, str]) -> str:
    """What makes two claims' values the same: a window's days, a person's name key, the value itself."""
    if value is None:
        return ""
    if isinstance(value, dict) and "start" in value:
        return f"{value['start']}/{value['end']}"
    if kind in PERSON_KINDS and isinstance(value, dict):
        return name_key(str(value.get("name", "")), aliases)
    return str(value)


def site_of_claim(claim: ClaimLike) -> str:
    return claim.site or f"article:{claim.article_id}"


def standing(claims: Sequence[ClaimLike]) -> list[ClaimLike]:
    """Positive claims not withdrawn: an official value stands until a later official denial.

    "No date has been announced" does not disagree with a report or a guess (they say nothing
    official), and an outlet repeating stale boilerplate must not erase what the platform said; only
    the platform taking back its own word (a date pulled, a renewal reversed) withdraws a value.
    """
    official = CERTAINTY_RANK["official"]
    # An undated denial cannot be placed after the claim it would withdraw.
    denials = [c.at for c in claims if c.negated and c.dated and CERTAINTY_RANK[c.certainty] == official]
    kept = []
    for claim in claims:
        if claim.negated or claim.value is None:
            continue
        if CERTAINTY_RANK[claim.certainty] == official and any(at > claim.at for at in denials):
            continue
        kept.append(claim)
    return kept


def supports(claims: Iterable[ClaimLike], item_of) -> list[Support]:
    groups: dict[tuple[str, str], list[ClaimLike]] = {}
    for claim in claims:
        groups.setdefault((item_of(claim), claim.value_key), []).append(claim)
    return [_support(item, key, members) for (item, key), members in groups.items()]


def _support(item: str, key: str, members: list[ClaimLike]) -> Support:
    # The most certain claim, and among those the first: a value keeps the wording it was first held in.
    best = min(members, key=lambda c: (-CERTAINTY_RANK[c.certainty], c.at, c.id))
    return Support(item=item, value=_merged_value(best, members), value_key=key, certainty=best.certainty,
                   sites=frozenset(site_of_claim(c) for c in members),
                   latest=max(c.at for c in members), claims=tuple(sorted(members, key=lambda c: c.id)))


def _merged_value(best: ClaimLike, members: list[ClaimLike]) -> Any:
    """A person's character is taken from whichever claim names it."""
    value = best.value
    if isinstance(value, dict) and "name" in value and "character" in value and not value.get("character"):
        named = next((c.value["character"] for c in members if c.value.get("character")), None)
        value = dict(value, character=named)
    return value


def resolve(kind: str, claims: Sequence[ClaimLike]) -> dict[str, Support]:
    """The belief for one kind: item -> the best supported value."""
    if kind in PERSON_KINDS:
        return _resolve_people(claims)
    candidates = supports(standing(claims), lambda c: SINGLE)
    if not candidates:
        return {}
    best = max(candidates, key=lambda s: (not overtaken(s, candidates), s.rank))
    return {SINGLE: _narrowest_inside(best, candidates)}


def overtaken(support: Support, candidates: list[Support]) -> bool:
    """A window that passed, with a later one said since: "2024" once 2025 came with "late 2025".

    Dates slip; a release date whose time went by is history, however official it was.
    """
    return _is_window(support.value) and any(
        later is not support and _is_window(later.value) and lapsed(support.value, later.value, later.latest)
        for later in candidates)


def lapsed(held: dict[str, str], new: dict[str, str], said: dt.datetime) -> bool:
    """``new`` was said after ``held`` ended, and points later: the held window went by."""
    return held["end"] < said.date().isoformat() and held["end"] < new["start"]


def _narrowest_inside(best: Support, candidates: list[Support]) -> Support:
    """A window as certain that lies inside the best one refines it: "13 March 2026" within "2026".

    So a later, vaguer "summer 2025" never replaces a held "July 2025" it contains.
    """
    if not _is_window(best.value):
        return best
    inside = [c for c in candidates if c.certainty == best.certainty and _is_window(c.value)
              and best.value["start"] <= c.value["start"] and c.value["end"] <= best.value["end"]]
    return min(inside, key=lambda c: (_days(c.value), -c.rank[1], -c.latest.timestamp()))


def _is_window(value: Any) -> bool:
    return isinstance(value, dict) and "start" in value and "end" in value


def _days(value: dict[str, str]) -> int:
    return (dt.date.fromisoformat(value["end"]) - dt.date.fromisoformat(value["start"])).days


def _resolve_people(claims: Sequence[ClaimLike]) -> dict[str, Support]:
    """Everyone claimed, except those whose latest word is that they are leaving."""
    people = {}
    for support in supports(standing(claims), lambda c: c.value_key):
        latest = max(support.claims, key=lambda c: (c.at, c.id))
        if (latest.value or {}).get("status") == "departing":
            continue
        people[support.item] = support
    return people


def compatible(a: Any, b: Any) -> bool:
    """Two values that can both be true: equal, or windows that overlap (one refines the other)."""
    if isinstance(a, dict) and isinstance(b, dict) and "start" in a and "start" in b:
        return a["start"] <= b["end"] and b["start"] <= a["end"]
    return a == b
