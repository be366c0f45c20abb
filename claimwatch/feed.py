"""The Atom feed of the topics' changes (those of one article one entry, titled with its show), written by
`claimwatch feed` and, with ``[daemon] feed``, by the daemon after every round that changed a belief, so a
feed reader (or a web server serving the file) follows every show without a channel of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine

import storage
from claimwatch import defaults
from notifier import Alert, group_alerts
from notifier.feed import atom_feed
from scraper.types import Topic


def feed_bytes(engine: Engine, topics: Sequence[Topic], *, limit: int = defaults.FEED_ENTRIES,
               self_url: str | None = None) -> tuple[bytes, int]:
    """The feed of the newest ``limit`` alerts of ``topics`` (an article's changes are one), and how many
    entries it has. One topic's feed keeps the id and title it always had."""
    titles = {topic.slug: topic.title for topic in topics}
    with storage.transaction(engine) as session:
        payloads = storage.change_payloads(session, shows=list(titles)) if limit > 0 else []
    alerts = [Alert.from_change(payload, show_title=titles.get(payload["show"], payload["show"]))
              for payload in payloads]
    groups = group_alerts(alerts)[-limit:] if limit > 0 else []
    shown = [alert for group in groups for alert in group.alerts]
    show, season, title = _named(topics)
    return atom_feed(shown, show=show, season=season, title=title, self_url=self_url), len(groups)


def _named(topics: Sequence[Topic]) -> tuple[str, int | None, str]:
    """The feed's own id parts and title: the show's, or all the shows' together."""
    if len(topics) == 1:
        return topics[0].slug, topics[0].season, topics[0].title
    return "+".join(topic.slug for topic in topics), None, ", ".join(topic.title for topic in topics)


def write_feed(engine: Engine, topics: Sequence[Topic], path: str | Path, *, limit: int = defaults.FEED_ENTRIES,
               self_url: str | None = None) -> int:
    """Replace the file at ``path`` whole (a reader never sees half a feed); returns the entries written."""
    xml, count = feed_bytes(engine, topics, limit=limit, self_url=self_url)
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(xml)
    partial.replace(target)
    return count
