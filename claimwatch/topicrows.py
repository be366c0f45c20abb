"""The topics as `claimwatch topics` lists them: each show with its sources, its beliefs and its last change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a query command builds its parser without the database's library
    from sqlalchemy import Engine

    from scraper.types import Topic


def topic_rows(engine: Engine, topics: tuple[Topic, ...]) -> list[dict[str, Any]]:
    """Every topic followed as its ``--json`` line."""
    import storage

    rows = []
    with storage.transaction(engine) as session:
        for topic in topics:
            changes = storage.changes(session, show=topic.slug)
            rows.append({"slug": topic.slug, "title": topic.title, "season": topic.season,
                         "sources": [source.name for source in topic.sources],
                         "beliefs": len(storage.beliefs(session, topic.slug, topic.season)),
                         "last_change_at": changes[-1].at.isoformat() if changes else None})
    return rows
