"""A fresh schema of a PostgreSQL server for one run (a benchmark's, a test's), dropped afterwards.

Runs side by side on one server (several engineers', several tests') then never see one another's tables.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text


@contextmanager
def fresh_schema(url: str, prefix: str = "run") -> Iterator[str]:
    """The URL of a new, empty schema of the PostgreSQL at ``url`` (as its search path), dropped afterwards."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
