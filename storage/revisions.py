"""Which schema revision a database is at, and which this claimwatch's migrations end at, without Alembic.

Loading Alembic costs more than a query command's whole work, and a database is almost always at the
head already: the revision ids are read from the migration files' ``revision = ...`` lines and the
database's ``alembic_version`` table, and Alembic is loaded only when a migration has to run.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

VERSIONS = Path(__file__).parent / "migrations" / "versions"
VERSION_TABLE = "alembic_version"  # Alembic's default, which storage/migrations/env.py keeps
_ASSIGNMENT = re.compile(r"^(?P<name>(?:down_)?revision)\s*(?::[^=\n]*)?=\s*(?P<value>.+?)\s*$", re.M)


@cache
def known_revisions() -> dict[str, tuple[str, ...]]:
    """Each migration's revision id and the ids it follows (none for the first), as its file declares them."""
    found: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS.glob("*.py")):
        values = {m["name"]: ast.literal_eval(m["value"]) for m in _ASSIGNMENT.finditer(path.read_text("utf-8"))}
        if "revision" in values:
            down = values.get("down_revision")
            found[values["revision"]] = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    return found


@cache
def head_revision() -> str | None:
    """The revision the migrations end at; None when they do not end at exactly one (Alembic then decides)."""
    revisions = known_revisions()
    followed = {down for downs in revisions.values() for down in downs}
    heads = [revision for revision in revisions if revision not in followed]
    return heads[0] if len(heads) == 1 else None


def revision_of(connection: Connection) -> str | None:
    """The revision the database was last migrated to; None for an empty (never migrated) one."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:  # a database at several heads: Alembic's own reading says what is wrong
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()
    return rows[0] if rows else None
