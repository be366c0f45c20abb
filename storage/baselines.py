"""The initial state of a season: sent once, as one summary per channel, instead of an alert per claim.

The summary is a change row of kind ``health`` (change ``baseline``): like a health alert it is about the
watching, not a move of belief, so ``storage.changes`` and the feed leave it out, it goes through the
outbox (delivered once, retried) and a digest channel sends it at once. Its value holds the beliefs, each
with the newest sentence saying it and that sentence's link.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.health import record_health
from storage.models import BaselineModel, SourceModel
from storage.types import BASELINE_CHANGE, ChangeRecord, iso
from storage.webviews import BeliefCard, belief_cards


def baseline_sent(session: Session, show: str, season: int) -> bool:
    return session.get(BaselineModel, (show, season)) is not None


def sources_unpolled(session: Session, names: list[str]) -> int:
    """How many of these sources were never polled: the first round is over when none is left."""
    query = select(func.count()).where(SourceModel.name.in_(names), SourceModel.enabled.is_(True),
                                       SourceModel.last_fetch_at.is_(None))
    return session.scalar(query) or 0


def record_baseline(session: Session, show: str, season: int, at: dt.datetime) -> ChangeRecord | None:
    """The season's initial state as a change row, ready for ``enqueue``, and its mark; None when another
    worker marked it first."""
    value = {"beliefs": [_belief(card) for card in belief_cards(session, show, season)]}
    try:
        with session.begin_nested():
            [change] = record_health(session, show=show, season=season, change=BASELINE_CHANGE, value=value, at=at)
            session.add(BaselineModel(show=show, season=season, sent_at=at, change_id=change.id))
            session.flush()
    except IntegrityError:
        return None
    return change


def _belief(card: BeliefCard) -> dict[str, Any]:
    """A belief as an alert's change dict ("first" news of it), with its evidence sentence and link."""
    belief, entry = card.belief, card.evidence
    evidence = [] if entry is None else [{"url": entry.url, "site": entry.site, "sentence": entry.evidence,
                                          "certainty": entry.certainty, "attributed_to": entry.attributed_to}]
    return {"show": belief.show, "season": belief.season, "kind": belief.kind, "change": "first",
            "value": belief.value, "certainty": belief.certainty, "tier": belief.tier, "sources": belief.sources,
            "at": iso(belief.since), "urls": list(belief.urls), "evidence": evidence}
