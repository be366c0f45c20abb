"""The Atom feed of a topic's changes (those of one article one entry), written by `claimwatch feed` and, with ``[daemon] feed``, by the
daemon after every round that changed a belief, so a feed reader (or a web server serving the file)
follows the topic without a channel of its own.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

import storage
from claimwatch import defaults
from notifier import Alert, group_alerts
from notifier.feed import atom_feed
from scraper.types import Topic


def feed_bytes(engine: Engine, topic: Topic, *, limit: int = defaults.FEED_ENTRIES,
               self_url: str | None = None) -> tuple[bytes, int]:
    """The feed of the newest ``limit`` alerts (an article's changes are one), and how many entries it has."""
    with storage.transaction(engine) as session:
        payloads = storage.change_payloads(session, show=topic.slug) if limit > 0 else []
    alerts = [Alert.from_change(payload, show_title=topic.title) for payload in payloads]
    groups = group_alerts(alerts)[-limit:] if limit > 0 else []
    shown = [alert for group in groups for alert in group.alerts]
    return atom_feed(shown, show=topic.slug, season=topic.season, title=topic.title, self_url=self_url), len(groups)


def write_feed(engine: Engine, topic: Topic, path: str | Path, *, limit: int = defaults.FEED_ENTRIES,
               self_url: str | None = None) -> int:
    """Replace the file at ``path`` whole (a reader never sees half a feed); returns the entries written."""
    xml, count = feed_bytes(engine, topic, limit=limit, self_url=self_url)
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(xml)
    partial.replace(target)
    return count
