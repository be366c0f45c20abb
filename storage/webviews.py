"""What the web page reads (claimwatch/web): beliefs with their evidence, a kind's timeline, filtered
changes and articles, and the counts /metrics reports.

Every list is bounded: a page answers as fast with 100,000 stored claims as with a hundred.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.articles import _row as article_row
from storage.articles import containing
from storage.ledger import beliefs, change_record
from storage.models import ArticleModel, BeliefModel, ChangeModel, ClaimModel, OutboxModel
from storage.types import HEALTH_KIND, ArticleRow, Belief, ChangeRecord, HistoryEntry

ARTICLE_STATUSES = ("original", "copy", "with-claims", "no-claims")  # what the articles page filters on


@dataclass(frozen=True)
class BeliefCard:
    """A belief and the newest sentence that says its value, the evidence a reader checks first."""

    belief: Belief
    evidence: HistoryEntry | None


@dataclass(frozen=True)
class Counts:
    """The totals /metrics reports, read at scrape time."""

    articles: int
    claims_by_kind: dict[str, int]
    alerts: dict[str, int]  # delivered, pending, retrying (pending after a failure), dead


def tracked_seasons(session: Session) -> list[tuple[str, int]]:
    """Every show and season something is believed about."""
    rows = session.execute(select(BeliefModel.show, BeliefModel.season).distinct()
                           .order_by(BeliefModel.show, BeliefModel.season)).all()
    return [(show, season) for show, season in rows]


def belief_cards(session: Session, show: str, season: int) -> list[BeliefCard]:
    """The season's beliefs as `claimwatch claims` lists them, each with its evidence sentence and article."""
    keys = {(row.kind, _canonical(row.value)): row.value_key for row in session.scalars(
        select(BeliefModel).where(BeliefModel.show == show, BeliefModel.season == season))}
    return [BeliefCard(belief, _evidence(session, belief, keys.get((belief.kind, _canonical(belief.value)))))
            for belief in beliefs(session, show, season)]


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True)


def _evidence(session: Session, belief: Belief, value_key: str | None) -> HistoryEntry | None:
    if value_key is None:
        return None
    found = session.execute(
        _claims_with_urls().where(ClaimModel.show == belief.show, ClaimModel.season == belief.season,
                                  ClaimModel.kind == belief.kind, ClaimModel.value_key == value_key,
                                  ClaimModel.negated.is_(False))
        .order_by(ClaimModel.at.desc(), ClaimModel.id.desc()).limit(1)).first()
    return _entry(*found) if found else None


def _claims_with_urls():
    return select(ClaimModel, ArticleModel.url).join(ArticleModel, ArticleModel.id == ClaimModel.article_id)


def _entry(claim: ClaimModel, url: str) -> HistoryEntry:
    return HistoryEntry(at=claim.at, show=claim.show, season=claim.season, kind=claim.kind, value=claim.value,
                        certainty=claim.certainty, negated=claim.negated, attributed_to=claim.attributed_to,
                        evidence=claim.evidence, site=claim.site, url=url)


def timeline_claims(session: Session, show: str, season: int, kind: str, *, limit: int) -> list[HistoryEntry]:
    """The newest ``limit`` claims of one kind, oldest first: a chart shows a bounded number of dots."""
    rows = session.execute(_claims_with_urls().where(ClaimModel.show == show, ClaimModel.season == season,
                                                     ClaimModel.kind == kind)
                           .order_by(ClaimModel.at.desc(), ClaimModel.id.desc()).limit(limit)).all()
    return [_entry(claim, url) for claim, url in reversed(rows)]


def kind_changes(session: Session, show: str, season: int, kind: str, *, limit: int) -> list[ChangeRecord]:
    """The newest ``limit`` moves of one kind's belief, oldest first: where a timeline's bands begin and end."""
    rows = session.scalars(select(ChangeModel).where(ChangeModel.show == show, ChangeModel.season == season,
                                                     ChangeModel.kind == kind)
                           .order_by(ChangeModel.at.desc(), ChangeModel.id.desc()).limit(limit)).all()
    return [change_record(row) for row in reversed(rows)]


def find_changes(session: Session, *, shows: Sequence[str] | None = None, kind: str | None = None,
                 certainty: str | None = None, since: dt.datetime | None = None, until: dt.datetime | None = None,
                 change: str | None = None, limit: int = 200) -> list[ChangeRecord]:
    """Changes of belief, newest first, filtered as the changes page asks (``shows``: any of these shows)."""
    query = select(ChangeModel).where(ChangeModel.kind != HEALTH_KIND)
    if shows:
        query = query.where(ChangeModel.show.in_(shows))
    for column, wanted in ((ChangeModel.kind, kind), (ChangeModel.certainty, certainty),
                           (ChangeModel.change, change)):
        if wanted:
            query = query.where(column == wanted)
    if since:
        query = query.where(ChangeModel.at >= since)
    if until:
        query = query.where(ChangeModel.at <= until)
    rows = session.scalars(query.order_by(ChangeModel.at.desc(), ChangeModel.id.desc()).limit(limit)).all()
    return [change_record(row) for row in rows]


def find_articles(session: Session, text: str | None = None, *, lang: str | None = None,
                  status: str | None = None, limit: int = 50) -> list[ArticleRow]:
    """Stored articles, newest first, by text (title, URL or body), language and status (ARTICLE_STATUSES)."""
    query = select(ArticleModel)
    if text:
        query = query.where(containing(text))
    if lang:
        query = query.where(ArticleModel.lang == lang)
    query = _with_status(query, status)
    newest = func.coalesce(ArticleModel.published, ArticleModel.fetched_at)
    rows = session.scalars(query.order_by(newest.desc(), ArticleModel.id.desc()).limit(limit)).all()
    return [article_row(article) for article in rows]


def _with_status(query, status: str | None):
    if status == "original":
        return query.where(ArticleModel.duplicate_of.is_(None))
    if status == "copy":
        return query.where(ArticleModel.duplicate_of.is_not(None))
    if status == "with-claims":
        return query.where(ArticleModel.claims > 0)
    if status == "no-claims":
        return query.where(ArticleModel.claims == 0)
    return query


def article_languages(session: Session) -> list[str]:
    """The languages stored articles are in, for the articles page's filter."""
    return list(session.scalars(select(ArticleModel.lang).distinct().where(ArticleModel.lang.is_not(None))
                                .order_by(ArticleModel.lang)))


def counts(session: Session) -> Counts:
    articles = session.scalar(select(func.count()).select_from(ArticleModel)) or 0
    by_kind = {kind: count for kind, count in session.execute(
        select(ClaimModel.kind, func.count()).group_by(ClaimModel.kind))}
    alerts = {status: count for status, count in session.execute(
        select(OutboxModel.status, func.count()).group_by(OutboxModel.status))}
    alerts["retrying"] = session.scalar(select(func.count()).where(OutboxModel.status == "pending",
                                                                   OutboxModel.attempts > 0)) or 0
    return Counts(articles=articles, claims_by_kind=by_kind, alerts=alerts)
