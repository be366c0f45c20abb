"""The ledger as it was before beliefs were kept incrementally: every claim of a kind reloaded and resolved,
the track records counted over every stored claim. The reference the incremental ledger must agree with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from scraper.types import Claim
from storage.ledger import (
    _moves,
    _shown,
    _store_beliefs,
    _urls,
    _write_change,
    store_claims,
    track_records,
    utcnow,
)
from storage.locks import lock_seasons
from storage.models import ClaimModel
from storage.people import EMPTY, Roster
from storage.resolve import resolve
from storage.types import ChangeRecord


def record_from_scratch(session: Session, article_id: int, claims: Sequence[Claim], *, show: str, season: int,
                        aliases: dict[str, str] | None = None, site: str | None = None,
                        at: dt.datetime | None = None, dated: bool = True,
                        names: dict[str, str] | None = None, roster: Roster = EMPTY) -> list[ChangeRecord]:
    roster = roster if roster is not EMPTY else Roster(aliases=aliases or {})
    names = names or roster.names
    when = at or utcnow()
    rows = store_claims(session, article_id, claims, aliases or {}, site, when, dated)
    tracked = [row for row in rows if row.show == show and row.season == season]
    if not tracked:
        return []
    lock_seasons(session, [(show, season)])
    changes: list[ChangeRecord] = []
    trust = track_records(session, show, season)
    for kind in dict.fromkeys(row.kind for row in tracked):
        all_claims = claims_of(session, show, season, kind)
        before = _shown(resolve(kind, [c for c in all_claims if c.article_id != article_id], roster, trust), names)
        after = _shown(resolve(kind, all_claims, roster, trust), names)
        mine = [c for c in all_claims if c.article_id == article_id]
        earlier = {(c.value_key, c.certainty) for c in all_claims if c.article_id != article_id}
        urls = _urls(session, all_claims)
        for move in _moves(kind, before, after, mine, earlier):
            changes.append(_write_change(session, show, season, kind, move, article_id, when, urls))
        _store_beliefs(session, show, season, kind, after, changes, when, urls)
    return changes


def claims_of(session: Session, show: str, season: int, kind: str) -> list[ClaimModel]:
    return list(session.scalars(select(ClaimModel).where(
        ClaimModel.show == show, ClaimModel.season == season, ClaimModel.kind == kind).order_by(ClaimModel.id)))
