"""Resolving a belief from stored claims: certainty first, then independent sources, then recency.

Pure functions over claim rows, so the rule can be read and tested alone. Single-valued kinds
(release date, episode count, renewal, filming) hold one value; person kinds (cast, director,
writer) hold a set of people, one item per name key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from scraper.claimkinds import EVENT_KINDS
from scraper.types import CERTAINTY_RANK, PERSON_KINDS, name_key
from storage.people import EMPTY, Roster, name_parts, person_keys

SINGLE = ""  # the item of a single-valued kind
REPORTED = CERTAINTY_RANK["reported"]
TIERS = ("rumoured", "reported", "confirmed")  # weakest first
TIER_RANK = {tier: rank for rank, tier in enumerate(TIERS)}
Trust = Callable[[str], float]  # a site's track record, 0 to 1 (storage/trust.py): orders values only on a tie


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

    @property
    def tier(self) -> str:
        """confirmed: the platform or production said it; reported: two independent sites stated it as
        fact (a syndicated copy is the same site); rumoured: one site, or only guesses."""
        return tier_of(self.claims)

    @property
    def dated(self) -> bool:
        return any(c.dated for c in self.claims)


def tier_of(claims: Iterable[Any]) -> str:
    claims = list(claims)
    if any(c.certainty == "official" for c in claims):
        return "confirmed"
    stated = {site_of_claim(c) for c in claims if CERTAINTY_RANK[c.certainty] >= REPORTED}
    return "reported" if len(stated) >= 2 else "rumoured"


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
    denials = official_denials(claims)
    kept = []
    for claim in claims:
        if claim.negated or claim.value is None:
            continue
        if not claim.dated and claim.certainty == "speculative":
            continue  # a guess is worth its date: one that cannot be placed in time says nothing of now
        if claim.certainty == "official" and any(withdraws(denial, claim) for denial in denials):
            continue
        kept.append(claim)
    return kept


def official_denials(claims: Sequence[ClaimLike]) -> list[ClaimLike]:
    """Official denials placed in time, from articles that do not themselves state a value of the kind
    (those say only that a detail is unknown: "production began; no date was given")."""
    stating = {c.article_id for c in claims if not c.negated and c.value is not None}
    return [c for c in claims if c.negated and c.dated and c.certainty == "official" and c.article_id not in stating]


def withdraws(denial: ClaimLike, claim: ClaimLike) -> bool:
    if denial.at <= claim.at:
        return False
    return denial.value is None or compatible(denial.value, claim.value)


def supports(claims: Iterable[ClaimLike], item_of) -> list[Support]:
    groups: dict[tuple[str, str], list[ClaimLike]] = {}
    for claim in claims:
        item = item_of(claim)
        groups.setdefault((item, item or claim.value_key), []).append(claim)
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


def resolve(kind: str, claims: Sequence[ClaimLike], roster: Roster = EMPTY,
            trust: Trust | None = None) -> dict[str, Support]:
    """The belief for one kind: item -> the best supported value."""
    if kind in PERSON_KINDS:
        return _resolve_people(kind, claims, roster)
    candidates = contenders(kind, supports(standing(claims), lambda c: SINGLE))
    if not candidates:
        return {}
    return {SINGLE: _narrowest_inside(best_of(candidates, trust), candidates)}


def best_of(candidates: list[Support], trust: Trust | None = None) -> Support:
    """Not overtaken, then the most certain, then the most independent sites; between values equal on all
    of those, the one whose best site has the better track record; then the latest said.

    So two rival one-site rumours are settled by who has been right before, not by who spoke last,
    and the track record is read only when there is such a tie."""
    def standing_of(s: Support) -> tuple[bool, int, int]:
        return (not overtaken(s, candidates), CERTAINTY_RANK[s.certainty], len(s.sites))
    top = max(standing_of(s) for s in candidates)
    tied = [s for s in candidates if standing_of(s) == top]
    if len(tied) > 1 and trust is not None:
        return max(tied, key=lambda s: (max(trust(site) for site in s.sites), s.latest))
    return max(tied, key=lambda s: s.latest)


def contenders(kind: str, candidates: list[Support]) -> list[Support]:
    """The values that may hold: bounds folded into what they confirm, undated and planned ones set aside.

    A value only undated pages claim cannot be placed after a dated one. Once an event happened
    (filming began, wrapped, the season was renewed), a plan or a guess said about it is not news.
    """
    candidates = absorb_bounds(candidates)
    dated = [s for s in candidates if s.dated]
    candidates = dated or candidates
    if kind in EVENT_KINDS:
        events = [s for s in candidates if any(is_done(c) for c in s.claims)]
        if events:  # plans the event bore out stay, to refine it ("July 2025" within a "summer" wrap)
            candidates = [s for s in candidates if s in events or any(compatible(s.value, e.value) for e in events)]
    return candidates


def is_done(claim: ClaimLike) -> bool:
    """Said as done, as fact: a window that ended by the day it was published in, or a status."""
    if CERTAINTY_RANK[claim.certainty] < REPORTED or not claim.dated:
        return False
    return not _is_window(claim.value) or claim.value["end"] <= claim.at.date().isoformat()


def is_bound(value: Any) -> bool:
    """"Under way" said on a day: the first of the month up to that day (shared/CLAIMS.md).

    It says the thing began by then, not that it began that month.
    """
    if not _is_window(value) or value["start"] == value["end"]:
        return False
    start, end = dt.date.fromisoformat(value["start"]), dt.date.fromisoformat(value["end"])
    return start.day == 1 and (start.year, start.month) == (end.year, end.month) and (end + dt.timedelta(1)).day != 1


def absorb_bounds(candidates: list[Support]) -> list[Support]:
    """Each bound joins the most credible stated window it can be true with, as one more source.

    "Filming is under way" in November does not move a start held as "2022" to November.
    """
    hosts = [s for s in candidates if not is_bound(s.value) and CERTAINTY_RANK[s.certainty] >= REPORTED]
    merged = {id(h): h for h in hosts}
    kept = []
    for support in candidates:
        if not is_bound(support.value):
            continue
        fits = [h for h in hosts if compatible(h.value, support.value)]
        if not fits:
            kept.append(support)
            continue
        host = max(fits, key=lambda h: h.rank)
        merged[id(host)] = _joined(merged[id(host)], support)
    others = [s for s in candidates if not is_bound(s.value) and id(s) not in merged]
    return others + list(merged.values()) + kept


def _joined(host: Support, bound: Support) -> Support:
    certainty = max(host.certainty, bound.certainty, key=lambda c: CERTAINTY_RANK[c])
    return Support(item=host.item, value=host.value, value_key=host.value_key, certainty=certainty,
                   sites=host.sites | bound.sites, latest=max(host.latest, bound.latest),
                   claims=tuple(sorted((*host.claims, *bound.claims), key=lambda c: c.id)))


def overtaken(support: Support, candidates: list[Support]) -> bool:
    """A window that passed, with a later one said since: "2024" once 2025 came with "late 2025".

    Plans slip; events do not, and a guess never retires a reported or official date: an official
    date that passes with no word of delay means it happened.
    """
    if not _is_window(support.value) or any(is_done(c) for c in support.claims):
        return False
    needed = min(CERTAINTY_RANK[support.certainty], REPORTED)
    return any(
        later is not support and _is_window(later.value) and CERTAINTY_RANK[later.certainty] >= needed
        and later.dated and lapsed(support.value, later.value, later.latest)
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


def _resolve_people(kind: str, claims: Sequence[ClaimLike], roster: Roster) -> dict[str, Support]:
    """Everyone named as this kind's person, each with the latest word on their status."""
    kept = standing(claims)
    keys = person_keys(kind, kept, roster)
    people = {}
    for support in supports([c for c in kept if c.id in keys], lambda c: keys[c.id]):
        if _stranger_returning(support, roster):
            continue
        people[support.item] = _person(support)
    return people


def _stranger_returning(support: Support, roster: Roster) -> bool:
    """"Returning", said by one site of someone the topic does not know among earlier seasons' people:
    most often a garbled spelling of someone it does know. Held once a second site names them."""
    statuses = {c.value.get("status") for c in support.claims}
    return statuses == {"returning"} and support.item not in roster.known and len(support.sites) < 2


def _person(support: Support) -> Support:
    """One person's support, whichever spelling they were claimed in: shown by their fullest name."""
    parts = {c.id: name_parts(str(c.value.get("name"))) for c in support.claims}
    spellings = set(parts.values())  # a person has a few spellings and many claims: compare the spellings
    fullest = {p for p in spellings if not any(p < other for other in spellings)}
    whole = [c for c in support.claims if parts[c.id] in fullest]
    best = max(whole, key=lambda c: (CERTAINTY_RANK[c.certainty], -c.id))  # the first, fullest, surest wording
    value = _merged_value(best, list(support.claims))
    said = [c for c in sorted(support.claims, key=lambda c: (c.dated, c.at, c.id)) if c.value.get("status")]
    if said:
        value = dict(value, status=said[-1].value["status"])
    certainty = max((c.certainty for c in support.claims), key=lambda c: CERTAINTY_RANK[c])
    return Support(item=support.item, value=value, value_key=support.item, certainty=certainty,
                   sites=frozenset(site_of_claim(c) for c in support.claims), latest=support.latest,
                   claims=support.claims)


def compatible(a: Any, b: Any) -> bool:
    """Two values that can both be true: equal, or windows that overlap (one refines the other)."""
    if isinstance(a, dict) and isinstance(b, dict) and "start" in a and "start" in b:
        return a["start"] <= b["end"] and b["start"] <= a["end"]
    return a == b
