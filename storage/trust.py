"""Sites' track records: how often what a site reported or guessed was later confirmed by the platform.

A site's claim is *checked* by the official statements about the same show, season and kind made
after it (by another article, both dated):

- a window agrees with an official one when they overlap by month ("early 2026" and "March 2026");
  a count, a renewal or a person agree when equal (people by the name key the ledger stored);
- a claim about a person is confirmed when a later official statement names them, contradicted
  when one denies them; an official list that leaves someone out says nothing about them;
- any other claim is confirmed when a later official value agrees, contradicted when later
  official values exist and none agrees.

Only a site's own reports and guesses count (not its repeating of an official word), each once
per article, and never a negated one ("no date yet" predicts nothing). The score is the share that
held, smoothed towards a half (``(confirmed + 1) / (checked + 2)``) so one lucky guess is no record.
This module counts them over the stored claims (``site_records``, and ``site_weights`` for a day in the
past); the ledger keeps the same counts as claims arrive (storage/trackrecord.py), so a tie between two
rumours reads one row per site instead of every claim.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scraper.types import PERSON_KINDS
from storage.models import ClaimModel
from storage.types import SiteRecord

PRIOR_SCORE = 0.5  # a site nothing has checked yet: neither trusted nor doubted
PRIOR_WEIGHT = 2  # checked claims' worth of that prior: one confirmed guess scores 2/3, not 1


@dataclass(frozen=True)
class _Said:
    """One stored claim, as much of it as checking needs."""

    article_id: int
    site: str | None
    topic: tuple[str, int | None, str]  # show, season, kind
    value: Any
    value_key: str
    official: bool
    negated: bool
    at: dt.datetime
    dated: bool


def site_records(session: Session, *, until: dt.datetime | None = None) -> list[SiteRecord]:
    """Every site's record over every show, best first; ``until`` counts only what was said by then."""
    said = _claims(session, until)
    officials = _officials(said)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # claims, confirmed, contradicted
    for claim in _reports(said):
        row = counts[str(claim.site)]
        row[0] += 1
        outcome = verdict(claim, officials.get(claim.topic, ()))
        row[1] += outcome == "confirmed"
        row[2] += outcome == "contradicted"
    records = [SiteRecord(site, n, yes, no, score(yes, no)) for site, (n, yes, no) in counts.items()]
    return sorted(records, key=lambda r: (-r.score, -r.claims, r.site))


def site_weights(session: Session, show: str, season: int, *, until: dt.datetime | None = None) -> dict[str, float]:
    """Each site that made a claim about ``show`` ``season``: its score (0 to 1, PRIOR_SCORE unchecked).

    Keyed like the ledger's sites (``ClaimModel.site``), for ordering values of equal certainty.
    The record is the site's whole one, every show's claims, as stored up to ``until``.
    """
    scores = {record.site: record.score for record in site_records(session, until=until)}
    query = select(ClaimModel.site).where(ClaimModel.show == show, ClaimModel.season == season,
                                          ClaimModel.site.is_not(None)).distinct()
    if until is not None:
        query = query.where(ClaimModel.at <= until)
    return {site: scores.get(site, PRIOR_SCORE) for site in session.scalars(query) if site}


def score(confirmed: int, contradicted: int) -> float:
    return (confirmed + PRIOR_SCORE * PRIOR_WEIGHT) / (confirmed + contradicted + PRIOR_WEIGHT)


def verdict(claim: _Said, officials: Sequence[_Said]) -> str | None:
    """ "confirmed", "contradicted", or None while no later official statement speaks to it."""
    later = [o for o in officials if o.dated and o.at > claim.at and o.article_id != claim.article_id]
    if claim.topic[2] in PERSON_KINDS:
        about = [o for o in later if o.value_key == claim.value_key]
        if any(not o.negated for o in about):
            return "confirmed"
        return "contradicted" if about else None
    values = [o for o in later if not o.negated and o.value is not None]
    if any(agree(claim.value, o.value) for o in values):
        return "confirmed"
    return "contradicted" if values else None


def agree(a: Any, b: Any) -> bool:
    """Windows that share a month, or equal values."""
    if _is_window(a) and _is_window(b):
        return _month(a["start"]) <= _month(b["end"]) and _month(b["start"]) <= _month(a["end"])
    return bool(a == b)


def _is_window(value: Any) -> bool:
    return isinstance(value, dict) and "start" in value and "end" in value


def _month(day: Any) -> str:
    return str(day)[:7]  # "2026-03-14" -> "2026-03": ISO dates compare as text


def _claims(session: Session, until: dt.datetime | None) -> list[_Said]:
    query = select(ClaimModel.article_id, ClaimModel.site, ClaimModel.show, ClaimModel.season, ClaimModel.kind,
                   ClaimModel.value, ClaimModel.value_key, ClaimModel.certainty, ClaimModel.negated,
                   ClaimModel.at, ClaimModel.dated).where(ClaimModel.season.is_not(None))
    if until is not None:
        query = query.where(ClaimModel.at <= until)
    return [_Said(row.article_id, row.site, (row.show, row.season, row.kind), row.value, row.value_key,
                  row.certainty == "official", row.negated, row.at, row.dated)
            for row in session.execute(query)]


def _officials(said: Iterable[_Said]) -> dict[tuple[str, int | None, str], list[_Said]]:
    by_topic: dict[tuple[str, int | None, str], list[_Said]] = defaultdict(list)
    for claim in said:
        if claim.official:
            by_topic[claim.topic].append(claim)
    return by_topic


def _reports(said: Iterable[_Said]) -> list[_Said]:
    """A site's own dated reports and guesses with a value, each once per article."""
    kept: dict[tuple[int, str, str], _Said] = {}
    for claim in said:
        if claim.site and claim.dated and not claim.official and not claim.negated and claim.value is not None:
            kept.setdefault((claim.article_id, claim.topic[2], claim.value_key), claim)
    return list(kept.values())
