"""What one transaction has read and may read again, kept in the session for the rest of it.

The ledger holds a show's lock until the transaction ends, so what it read under that lock (a kind's
working set, an article's URL) stays true until then, except for what a rolled-back savepoint wrote:
any rollback forgets everything, and so does the transaction's end.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

KEY = "claimwatch.memo"


def memo(session: Session, name: str) -> dict[Any, Any]:
    """This transaction's memo called ``name`` (a kind's working sets, the articles' URLs...)."""
    return session.info.setdefault(KEY, {}).setdefault(name, {})


@event.listens_for(Session, "after_soft_rollback")  # any rollback, a savepoint's too
def forget(session: Session, *_: Any) -> None:
    session.info.pop(KEY, None)


@event.listens_for(Session, "after_transaction_end")
def _forget_at_the_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the transaction itself, not a savepoint kept within it
        forget(session)
