"""Validators per URL (ETag, Last-Modified) kept between polls for conditional GET.

Each row remembers the source that fetched it, so a source's poll can load at once the state of
every URL it read last time (a sitemap's children as well as its own URL).

Fetch state is shared per URL; what a source has seen is not. A feed two topics list, read by one topic's
source, would answer the other's validators "not modified", and the other would never see its items. So
once a second source reads a URL, its row keeps the document too: a source sending validators another
saved reads that copy on a 304 (and its own seen-items decide what is new). A source's own validators
need no copy, and a URL only one source reads keeps none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from scraper.types import FetchState
from storage.models import FetchStateModel


def _state(row: FetchStateModel, with_body: bool = False) -> FetchState:
    if with_body:
        return FetchState(etag=row.etag, last_modified=row.last_modified, checked_at=row.checked_at,
                          body=row.body, content_type=row.content_type, final_url=row.final_url)
    return FetchState(etag=row.etag, last_modified=row.last_modified, checked_at=row.checked_at)


def get_state(session: Session, url: str) -> FetchState | None:
    row = session.get(FetchStateModel, url)
    return _state(row) if row else None


def source_states(session: Session, source: str, url: str) -> dict[str, FetchState]:
    """Every URL's state that ``source`` saved; its own URL's if saved before sources were kept, or saved
    by another source with the document (read on a 304). Without a copy, another's validators are left out."""
    rows = session.scalars(select(FetchStateModel).where(
        or_(FetchStateModel.source == source, FetchStateModel.url == url)))
    states = {}
    for row in rows:
        if row.source in (None, source):
            states[row.url] = _state(row)
        elif row.body:
            states[row.url] = _state(row, with_body=True)
    return states


def save_state(session: Session, url: str, state: FetchState, at: dt.datetime, source: str | None = None) -> None:
    """Store ``url``'s validators, and the document with them (``state.body``) once another source reads it.

    A state without a body (a 304 to the source's own validators) leaves the stored copy as it is."""
    row = session.get(FetchStateModel, url)
    if row is None:
        session.add(FetchStateModel(url=url, etag=state.etag, last_modified=state.last_modified, checked_at=at,
                                    source=source))
        return
    if state.body is not None and (row.source not in (None, source) or _keeps_copy(session, url)):
        row.body, row.content_type, row.final_url = state.body or None, state.content_type, state.final_url
    row.etag, row.last_modified, row.checked_at = state.etag, state.last_modified, at
    row.source = source or row.source


def _keeps_copy(session: Session, url: str) -> bool:
    """Whether ``url``'s row holds a copy, asked without reading the copy itself (it may be megabytes)."""
    return bool(session.scalar(select(FetchStateModel.body.is_not(None)).where(FetchStateModel.url == url)))


def save_states(session: Session, states: Mapping[str, FetchState], at: dt.datetime, source: str) -> None:
    for url, state in states.items():
        save_state(session, url, state, at, source)
