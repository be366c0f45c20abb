"""Health alerts: tell the user when the watching itself breaks, and when it works again.

Each check looks at what storage already keeps (a source's failures in a row, when it last found a
new article, a channel's failing alerts, the daemon's last round) and yields a condition that holds
or not. A condition that starts holding is one alert, its end is another, and nothing repeats while
it holds: the state of each is kept in the ``health`` table. Alerts go only to channels with
``health = true``, through the outbox like any alert.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

import storage
from claimwatch import defaults
from claimwatch.settings import HealthSettings
from notifier import Alert, Channel
from scraper.types import Topic
from storage.types import ChangeRecord

log = logging.getLogger("claimwatch.health")
ROUND = "round"  # the heartbeat the daemon writes when it completes a round


@dataclass(frozen=True)
class Condition:
    """One watched condition now: its key, the changes naming its start and end, whether it holds."""

    key: str
    starts: str
    ends: str
    subject: str
    holds: bool
    detail: str | None = None
    count: int = 0
    since: dt.datetime | None = None


def source_conditions(session: Session, rules: HealthSettings, now: dt.datetime) -> list[Condition]:
    found = []
    for source in storage.source_health(session):
        found.append(Condition(f"source-failing:{source.name}", "source_failing", "source_recovered", source.name,
                               source.failures >= rules.source_failing_rounds, source.last_error, source.failures))
        found.append(overdue_condition(source, now))
        if source.failures:
            continue  # a failing source is alerted as failing; whether it is quiet is not known now
        quiet = (source.articles > 0 and source.last_new_at is not None
                 and (now - source.last_new_at).total_seconds() > rules.source_quiet_s)
        found.append(Condition(f"source-quiet:{source.name}", "source_quiet", "source_active", source.name, quiet,
                               "no new article", since=source.last_new_at))
    return found


def overdue_condition(source, now: dt.datetime) -> Condition:
    """Due long ago and still not polled: no daemon runs, or a lease keeps it from them."""
    late_s = (now - source.next_due_at).total_seconds() if source.next_due_at else 0.0
    overdue = late_s > defaults.HEALTH_SOURCE_OVERDUE_INTERVALS * max(source.interval_s, 1)
    detail = f"its lease is held by {source.leased_by}" if source.leased_by else "no daemon has polled it"
    return Condition(f"source-overdue:{source.name}", "source_overdue", "source_on_time", source.name, overdue,
                     detail, since=source.next_due_at)


def current_conditions(session: Session, rules: HealthSettings, channels: list[str],
                       now: dt.datetime) -> list[Condition]:
    """Every watched condition as it stands now (read only)."""
    return (source_conditions(session, rules, now) + channel_conditions(session, rules, channels)
            + daemon_conditions(session, rules, now))


def channel_conditions(session: Session, rules: HealthSettings, channels: list[str]) -> list[Condition]:
    found = []
    for name in channels:
        state = storage.channel_health(session, name)
        count = max(state.most_attempts, state.dead_since_delivery)
        found.append(Condition(f"channel-failing:{name}", "channel_failing", "channel_recovered", name,
                               count >= rules.channel_failing_attempts, state.last_error, count))
    return found


def daemon_conditions(session: Session, rules: HealthSettings, now: dt.datetime) -> list[Condition]:
    last = storage.last_beat(session, ROUND)
    late = last is not None and (now - last).total_seconds() > rules.round_late_s
    return [Condition("daemon-late", "daemon_late", "daemon_on_time", "daemon", late,
                      "no round completed", since=last)]


def check_health(engine: Engine, topics: Sequence[Topic], channels: dict[str, Channel], rules: HealthSettings,
                 now: dt.datetime) -> list[ChangeRecord]:
    """Alert every condition that began or ended since the last check; returns the alerts' changes.

    A source's condition is alerted under the show whose topic lists it (``slug/name``), on the health
    channels that hear that show (their ``shows``); the others (the daemon, a channel, a source no topic
    here lists) under the first topic, on every health channel."""
    made = []
    with storage.transaction(engine) as session:
        storage.lock_health(session)
        states = storage.health_states(session)
        for condition in current_conditions(session, rules, list(channels), now):
            state = states.get(condition.key)
            if condition.holds == (state.active if state else False):
                continue  # no repeat while it holds, nothing to say while it is fine
            storage.set_health(session, condition.key, active=condition.holds, since=now, detail=condition.detail)
            made += _alert(session, topic_of(condition.subject, topics), channels, condition, now)
    for change in made:
        log.warning("health: %s %s", change.change, change.value.get("subject"))
    return made


def topic_of(subject: str, topics: Sequence[Topic]) -> Topic:
    return next((topic for topic in topics if subject.startswith(f"{topic.slug}/")), topics[0])


def _alert(session: Session, topic: Topic, channels: dict[str, Channel], condition: Condition,
           now: dt.datetime) -> list[ChangeRecord]:
    change = condition.starts if condition.holds else condition.ends
    value = {"subject": condition.subject, "detail": condition.detail, "count": condition.count,
             "since": (condition.since or now).isoformat(timespec="seconds")}
    probe = Alert(id=None, show=topic.slug, show_title=topic.title, season=topic.season, kind="health",
                  change=change, value=value)
    names = [name for name, channel in channels.items() if channel.accepts(probe) and hears(channel, topic, condition)]
    if not names:
        return []
    changes = storage.record_health(session, show=topic.slug, season=topic.season, change=change, value=value,
                                    at=now)
    storage.enqueue(session, changes, names, now=now)
    return changes


def hears(channel: Channel, topic: Topic, condition: Condition) -> bool:
    """A source is one show's: its alerts go where that show's news goes. The watching as a whole (the
    daemon, a channel) concerns every health channel."""
    about_a_source = condition.key.startswith("source-") and condition.subject.startswith(f"{topic.slug}/")
    return not about_a_source or channel.shows is None or topic.slug in channel.shows


def beat(engine: Engine, now: dt.datetime) -> None:
    """The daemon completed a round."""
    with storage.transaction(engine) as session:
        storage.beat(session, ROUND, now)
