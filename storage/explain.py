"""Why the belief is what it is: every value claimed for one kind, ranked as the resolver ranks them.

``claimwatch claims --explain KIND`` prints this. Each candidate value carries the claims behind
it (source, sentence, link) and a note saying why it is or is not the belief, so the rule of
storage/resolve.py (certainty, then independent sources, then recency; a window inside the held
one refines it; a date that went by gives way) can be checked against the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from scraper.types import CERTAINTY_RANK, PERSON_KINDS
from storage.ledger import track_records
from storage.models import ArticleModel, ClaimModel
from storage.people import EMPTY, Roster
from storage.resolve import SINGLE, Support, overtaken, resolve, standing, supports
from storage.types import Candidate, HistoryEntry


def explain(session: Session, show: str, season: int, kind: str, roster: Roster = EMPTY) -> list[Candidate]:
    """The candidate values of ``kind``, the held ones first, then as the resolver ranks the rest."""
    rows = list(session.scalars(select(ClaimModel).where(
        ClaimModel.show == show, ClaimModel.season == season, ClaimModel.kind == kind).order_by(ClaimModel.id)))
    urls = dict(session.execute(select(ArticleModel.id, ArticleModel.url).where(
        ArticleModel.id.in_({row.article_id for row in rows}))).all()) if rows else {}
    held = resolve(kind, rows, roster, track_records(session, show, season))
    people = kind in PERSON_KINDS
    groups = supports([r for r in rows if not r.negated and r.value is not None],
                      (lambda c: c.value_key) if people else (lambda c: SINGLE))
    held_keys = {(s.item, s.value_key) for s in held.values()}
    ranked = sorted(groups, key=lambda s: ((s.item, s.value_key) not in held_keys,
                                           overtaken(s, groups) and not people, _minus(s.rank)))
    candidates = [_candidate(kind, s, _note(s, held, groups, people), urls) for s in ranked]
    denials = [row for row in rows if row.negated or row.value is None]
    if denials:
        candidates.append(_denials(kind, denials, urls))
    return candidates


def _minus(rank: tuple) -> tuple:
    certainty, sites, latest = rank
    return (-certainty, -sites, -latest.timestamp())


def _note(support: Support, held: dict[str, Support], groups: list[Support], people: bool) -> str:
    belief = held.get(support.item if people else SINGLE)
    if belief is not None and belief.value_key == support.value_key:
        return "the belief"
    if not any(c.dated for c in support.claims):
        return "from undated pages only: cannot be placed after a dated claim (kept as evidence)"
    if not standing(support.claims):
        return "withdrawn by the platform's later denial"
    if people:
        return "not a person of this kind here (a fragment, a character, another role, or a stranger)"
    if belief is None:
        return "not held"
    if overtaken(support, groups):
        return "its date went by, and a later one was said since"
    if support.certainty == "speculative" and belief.certainty != "speculative":
        return "a guess never replaces a reported or official value (kept as evidence)"
    if CERTAINTY_RANK[support.certainty] < CERTAINTY_RANK[belief.certainty]:
        return f"less certain than the belief ({support.certainty} < {belief.certainty})"
    if _contains(support.value, belief.value):
        return "the belief lies inside it and refines it"
    if len(support.sites) < len(belief.sites):
        return f"fewer independent sources ({len(support.sites)} < {len(belief.sites)})"
    return "as certain and as many sources, but said earlier"


def _contains(outer: object, inner: object) -> bool:
    if not (isinstance(outer, dict) and isinstance(inner, dict) and "start" in outer and "start" in inner):
        return False
    return outer["start"] <= inner["start"] and inner["end"] <= outer["end"]


def _candidate(kind: str, support: Support, note: str, urls: dict[int, str]) -> Candidate:
    claims = sorted(support.claims, key=lambda c: (-CERTAINTY_RANK[c.certainty], c.at, c.id))
    return Candidate(kind=kind, value=support.value, certainty=support.certainty, sources=len(support.sites),
                     held=note == "the belief", note=note, claims=tuple(_entry(c, urls) for c in claims))


def _denials(kind: str, rows: Sequence[ClaimModel], urls: dict[int, str]) -> Candidate:
    return Candidate(kind=kind, value=None, certainty=max((r.certainty for r in rows), key=lambda c: CERTAINTY_RANK[c]),
                     sources=len({r.site or r.article_id for r in rows}), held=False,
                     note="denials: only the platform taking back its own word withdraws a value",
                     claims=tuple(_entry(r, urls) for r in rows))


def _entry(claim: ClaimModel, urls: dict[int, str]) -> HistoryEntry:
    return HistoryEntry(at=claim.at, show=claim.show, season=claim.season, kind=claim.kind, value=claim.value,
                        certainty=claim.certainty, negated=claim.negated, attributed_to=claim.attributed_to,
                        evidence=claim.evidence, site=claim.site, url=urls.get(claim.article_id, ""))
