"""A kind's claims over time, a page at a time: what `claimwatch history` and /api/v1/history list.

A page is the newest ``limit`` claims (before a time, past an offset), oldest first as a reader follows
them, with how many older ones it leaves out: the cost of a page does not grow with the history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import ArticleModel, ClaimModel
from storage.types import HistoryEntry


@dataclass(frozen=True)
class HistoryPage:
    entries: list[HistoryEntry]  # oldest first
    older: int  # claims before the page's first, left out


def history(session: Session, show: str, season: int | None, kind: str, *, limit: int | None = None,
            offset: int = 0, before: dt.datetime | None = None) -> list[HistoryEntry]:
    """The stored claims of one kind about the season, oldest first, with their articles' URLs: every one,
    or the newest ``limit`` said before ``before``, skipping the ``offset`` newest of those."""
    query = _of(select(ClaimModel, ArticleModel.url).join(ArticleModel, ArticleModel.id == ClaimModel.article_id),
                show, season, kind, before)
    if limit is None and not offset:
        rows = session.execute(query.order_by(ClaimModel.at, ClaimModel.id)).all()
    else:
        rows = session.execute(query.order_by(ClaimModel.at.desc(), ClaimModel.id.desc())
                               .offset(offset).limit(limit)).all()[::-1]
    return [HistoryEntry(at=c.at, show=c.show, season=c.season, kind=c.kind, value=c.value, certainty=c.certainty,
                         negated=c.negated, attributed_to=c.attributed_to, evidence=c.evidence, site=c.site,
                         url=url) for c, url in rows]


def history_page(session: Session, show: str, season: int | None, kind: str, *, limit: int | None, offset: int = 0,
                 before: dt.datetime | None = None) -> HistoryPage:
    """One page of ``history`` and how many older claims it leaves out (counted on the index)."""
    entries = history(session, show, season, kind, limit=limit, offset=offset, before=before)
    # count(*), not count(id): PostgreSQL may answer it from the index alone
    total = session.scalar(_of(select(func.count()).select_from(ClaimModel), show, season, kind, before)) or 0
    return HistoryPage(entries, max(total - offset - len(entries), 0))


def _of(query, show: str, season: int | None, kind: str, before: dt.datetime | None):
    query = query.where(ClaimModel.show == show, ClaimModel.kind == kind)
    if season is not None:
        query = query.where(ClaimModel.season == season)
    if before is not None:
        query = query.where(ClaimModel.at < before)
    return query
