"""Bursts: when a poll changes a belief of a topic, that topic's other sources are polled soon, once, so the
corroboration that turns "reported" into "confirmed" comes in minutes rather than a full interval.

Bounded by ``[daemon] burst_polls`` extra polls per source an hour, counted in the database so that every
worker keeps the one bound; never over a back-off or a Retry-After (``schedule.may_burst``). The poll a burst
brings is an ordinary one: the fetcher still asks robots.txt and keeps the per-host limits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import storage
from claimwatch.schedule import may_burst


def burst(session, changed: Sequence[tuple[str, str]], found_by: str, at: dt.datetime, limit: int) -> list[str]:
    """Make the changed topics' other sources due at ``at`` where their bounds allow: the names made due.

    ``changed``: (topic, kind) of each change ``found_by``'s poll made; the reason names the first kind."""
    if limit <= 0:
        return []
    given: list[str] = []
    for topic, kind in dict(reversed(changed)).items():
        for candidate in storage.burst_candidates(session, topic, found_by, at):
            if may_burst(failures=candidate.failures, reason=candidate.next_reason, due=candidate.next_due_at,
                         at=at, bursts_last_hour=candidate.bursts_last_hour, limit=limit):
                storage.give_burst(session, candidate.name, at, f"burst: {found_by} changed {kind}")
                given.append(candidate.name)
    return given
