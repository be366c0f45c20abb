"""Validators per URL (ETag, Last-Modified) kept between polls for conditional GET."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from scraper.types import FetchState
from storage.models import FetchStateModel


def get_state(session: Session, url: str) -> FetchState | None:
    row = session.get(FetchStateModel, url)
    return FetchState(etag=row.etag, last_modified=row.last_modified) if row else None


def save_state(session: Session, url: str, state: FetchState, at: dt.datetime) -> None:
    row = session.get(FetchStateModel, url)
    if row is None:
        session.add(FetchStateModel(url=url, etag=state.etag, last_modified=state.last_modified, checked_at=at))
    else:
        row.etag, row.last_modified, row.checked_at = state.etag, state.last_modified, at
