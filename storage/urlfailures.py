"""Article URLs that failed: each waits a growing delay before it is fetched again.

A page too large, too slow, looping its redirects or answering 429 fails the same way next round;
fetching it every round costs the round its time. The delay is the caller's to choose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import UrlFailureModel
from storage.types import UrlFailure


def record_url_failure(session: Session, url: str, *, source: str | None, error: str, at: dt.datetime,
                       wait_s: float) -> int:
    """Count one more failure of ``url`` and set when it may be fetched again; its failures in a row."""
    row = session.get(UrlFailureModel, url)
    if row is None:
        row = UrlFailureModel(url=url, failures=0)
        session.add(row)
    row.source, row.last_error, row.failed_at = source, error, at
    row.failures += 1
    row.retry_at = at + dt.timedelta(seconds=wait_s)
    session.flush()
    return row.failures


def url_failures_in_a_row(session: Session, url: str) -> int:
    row = session.get(UrlFailureModel, url)
    return row.failures if row else 0


def clear_url_failure(session: Session, url: str) -> None:
    row = session.get(UrlFailureModel, url)
    if row is not None:
        session.delete(row)


def urls_waiting(session: Session, urls: Iterable[str], now: dt.datetime) -> set[str]:
    """Those of ``urls`` whose back-off is not over at ``now``."""
    wanted = list(set(urls))
    if not wanted:
        return set()
    query = select(UrlFailureModel.url).where(UrlFailureModel.url.in_(wanted), UrlFailureModel.retry_at > now)
    return set(session.scalars(query).all())


def list_url_failures(session: Session) -> list[UrlFailure]:
    rows = session.scalars(select(UrlFailureModel).order_by(UrlFailureModel.retry_at))
    return [UrlFailure(url=row.url, source=row.source, failures=row.failures, last_error=row.last_error,
                       failed_at=row.failed_at, retry_at=row.retry_at) for row in rows]
