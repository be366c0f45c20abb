"""Sites' track records kept as claims arrive, so a tie between two rumours reads one row per site.

The rule is storage/trust.py's: a site's report is confirmed when a later official statement about the
same show, season and kind agrees with it, contradicted when later official values exist and none
agrees (for a person: a later official word names them, or only denies them). Stored claims are never
edited, so a report's verdict moves only when an official statement arrives, and only forwards:

    confirmed    while said before the latest agreeing official word     (at < agreed)
    contradicted while said before the latest official value at all      (at < spoken)

``agreed`` and ``spoken`` only grow, so when an official statement arrives the reports whose verdict
moves are those said between a threshold's old and new value: each report moves at most twice in its
life. ``site_reports`` holds the reports (one per article and value), ``site_records`` the counts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from scraper.types import PERSON_KINDS
from storage.models import SiteRecordModel, SiteReportModel
from storage.tallies import Tally, reported_values, tallies
from storage.trust import PRIOR_SCORE, agree, score, site_records

Thresholds = tuple[dt.datetime | None, dt.datetime | None]  # agreed, spoken
Topic = tuple[str, int, str]


def reports_of(claims: Sequence[Any]) -> list[Any]:
    """An article's own dated reports and guesses with a value, each once per kind and value (trust.py)."""
    kept: dict[tuple[int, str, str], Any] = {}
    for claim in sorted(claims, key=lambda c: c.id):
        if (claim.season is not None and claim.site and claim.dated and claim.certainty != "official"
                and not claim.negated and claim.value is not None):
            kept.setdefault((claim.article_id, claim.kind, claim.value_key), claim)
    return list(kept.values())


def note(session: Session, claims: Sequence[Any]) -> None:
    """Call before the claims are tallied: move the verdicts their official statements decide, and add
    their reports with today's verdicts."""
    officials = defaultdict(list)
    for claim in claims:
        if claim.season is not None and claim.certainty == "official" and claim.dated:
            officials[(claim.show, claim.season, claim.kind)].append(claim)
    deltas: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    said: dict[Topic, list[Tally]] = {}
    for topic, spoken in officials.items():
        said[topic] = _officials(session, topic)
        _move_verdicts(session, topic, said[topic], said[topic] + [_as_tally(c) for c in spoken], deltas)
        said[topic] = said[topic] + [_as_tally(c) for c in spoken]
    reports = reports_of(claims)
    for claim in reports:
        topic = (claim.show, claim.season, claim.kind)
        if topic not in said:
            said[topic] = _officials(session, topic)
        verdict = _verdict(claim.at, thresholds(claim.kind, claim.value_key, claim.value, said[topic]))
        row = deltas[claim.site]
        row[0] += 1
        row[1] += verdict == "confirmed"
        row[2] += verdict == "contradicted"
    if reports:
        session.add_all(SiteReportModel(claim_id=c.id, site=c.site, show=c.show, season=c.season, kind=c.kind,
                                        value_key=c.value_key, at=c.at) for c in reports)
    _apply(session, deltas)


def trust_of(session: Session) -> Any:
    """Each site's score, all read in one query the first time a tie asks for one (a row per site)."""
    scores: dict[str, float] | None = None

    def trust(site: str) -> float:
        nonlocal scores
        if scores is None:
            query = select(SiteRecordModel.site, SiteRecordModel.confirmed, SiteRecordModel.contradicted)
            scores = {name: score(confirmed, contradicted) for name, confirmed, contradicted in session.execute(query)}
        return scores.get(site, PRIOR_SCORE)
    return trust


def thresholds(kind: str, value_key: str, value: Any, officials: Iterable[Tally]) -> Thresholds:
    """Until when a report of this value is confirmed, and until when it is contradicted."""
    agreed: dt.datetime | None = None
    spoken: dt.datetime | None = None
    for said in officials:
        if kind in PERSON_KINDS:
            if said.value_key != value_key:
                continue
            spoken = _later(spoken, said.last_at)
            if not said.negated:
                agreed = _later(agreed, said.last_at)
        elif not said.negated and said.valued:
            spoken = _later(spoken, said.last_at)
            if agree(value, said.value):
                agreed = _later(agreed, said.last_at)
    return agreed, spoken


def _verdict(at: dt.datetime, limits: Thresholds) -> str | None:
    agreed, spoken = limits
    if agreed is not None and at < agreed:
        return "confirmed"
    return "contradicted" if spoken is not None and at < spoken else None


def _later(a: dt.datetime | None, b: dt.datetime) -> dt.datetime:
    return b if a is None or b > a else a


def _officials(session: Session, topic: Topic) -> list[Tally]:
    return [t for t in tallies(session, topic, certainty="official") if t.dated]


def _as_tally(claim: Any) -> Tally:
    return Tally(claim.value_key, claim.certainty, bool(claim.negated), claim.value is not None, True,
                 claim.site or "", claim.value, 1, claim.at, claim.at)


def _move_verdicts(session: Session, topic: Topic, before: list[Tally], after: list[Tally],
                   deltas: dict[str, list[int]]) -> None:
    """The reports whose verdict the new official statements move: those said between old and new limits."""
    show, season, kind = topic
    for value_key, value in reported_values(session, topic).items():
        old, new = thresholds(kind, value_key, value, before), thresholds(kind, value_key, value, after)
        if old == new:
            continue
        spans = [(old[0], new[0])]
        if new[1] is not None and (old[1] is None or new[1] > old[1]):
            low = max((t for t in (old[1], new[0]) if t is not None), default=None)
            spans.append((low, new[1]))
        seen = set()
        for low, high in spans:
            if high is None or (low is not None and low >= high):
                continue
            query = select(SiteReportModel).where(
                SiteReportModel.show == show, SiteReportModel.season == season, SiteReportModel.kind == kind,
                SiteReportModel.value_key == value_key, SiteReportModel.at < high)
            if low is not None:
                query = query.where(SiteReportModel.at >= low)
            for report in session.scalars(query):
                if report.claim_id in seen:
                    continue
                seen.add(report.claim_id)
                was, now = _verdict(report.at, old), _verdict(report.at, new)
                row = deltas[report.site]
                row[1] += (now == "confirmed") - (was == "confirmed")
                row[2] += (now == "contradicted") - (was == "contradicted")


def _apply(session: Session, deltas: dict[str, list[int]]) -> None:
    for site, (reports, confirmed, contradicted) in deltas.items():
        if not (reports or confirmed or contradicted):
            continue
        row = session.get(SiteRecordModel, site)
        if row is None:
            row = SiteRecordModel(site=site, reports=0, confirmed=0, contradicted=0)
            session.add(row)
        row.reports += reports
        row.confirmed += confirmed
        row.contradicted += contradicted


def rebuild_track_records(session: Session, claims: Sequence[Any]) -> None:
    """The reports and every site's record, worked out from the stored claims (trust.py's own count)."""
    session.execute(delete(SiteReportModel))
    session.execute(delete(SiteRecordModel))
    reports = reports_of(claims)
    session.add_all(SiteReportModel(claim_id=c.id, site=c.site, show=c.show, season=c.season, kind=c.kind,
                                    value_key=c.value_key, at=c.at) for c in reports)
    session.add_all(SiteRecordModel(site=r.site, reports=r.claims, confirmed=r.confirmed,
                                    contradicted=r.contradicted) for r in site_records(session))
