"""Validators per URL (ETag, Last-Modified) kept between polls for conditional GET.

Each row remembers the source that fetched it, so a source's poll can load at once the state of
every URL it read last time (a sitemap's children as well as its own URL). A source sends only the
validators it saved itself: a feed two topics list, read by one topic's source, would answer the other's
"not modified", and the other would never see its items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from scraper.types import FetchState
from storage.models import FetchStateModel


def _state(row: FetchStateModel) -> FetchState:
    return FetchState(etag=row.etag, last_modified=row.last_modified, checked_at=row.checked_at)


def get_state(session: Session, url: str) -> FetchState | None:
    row = session.get(FetchStateModel, url)
    return _state(row) if row else None


def source_states(session: Session, source: str, url: str) -> dict[str, FetchState]:
    """Every URL's state that ``source`` saved, and its own URL's if saved before sources were kept."""
    rows = session.scalars(select(FetchStateModel).where(
        or_(FetchStateModel.source == source,
            and_(FetchStateModel.url == url, FetchStateModel.source.is_(None)))))
    return {row.url: _state(row) for row in rows}


def save_state(session: Session, url: str, state: FetchState, at: dt.datetime, source: str | None = None) -> None:
    row = session.get(FetchStateModel, url)
    if row is None:
        session.add(FetchStateModel(url=url, etag=state.etag, last_modified=state.last_modified, checked_at=at,
                                    source=source))
    else:
        row.etag, row.last_modified, row.checked_at = state.etag, state.last_modified, at
        row.source = source or row.source


def save_states(session: Session, states: Mapping[str, FetchState], at: dt.datetime, source: str) -> None:
    for url, state in states.items():
        save_state(session, url, state, at, source)
