"""Changes as the notifier reads them: each change's JSON with the article whose reading caused it.

The notifier sends the changes of one article as one alert; ``article_id`` is how it tells them
apart. The ledger writes the column with every change; this module only reads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.ledger import change_record
from storage.models import ChangeModel
from storage.types import HEALTH_KIND


def change_payload(row: ChangeModel) -> dict[str, Any]:
    """The change's JSON (``ChangeRecord.to_json``) and ``article_id``."""
    return change_record(row).to_json() | {"article_id": row.article_id}


def change_payloads(session: Session, *, shows: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Every change of belief (no health alerts) with its article, in the order recorded; ``shows``: of
    these shows only."""
    query = select(ChangeModel).where(ChangeModel.kind != HEALTH_KIND)
    if shows:
        query = query.where(ChangeModel.show.in_(shows))
    return [change_payload(row) for row in session.scalars(query.order_by(ChangeModel.id))]
