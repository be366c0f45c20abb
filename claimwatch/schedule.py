"""When a source is polled next, and why: its interval, the server's own hint, or a back-off.

Each answer carries its reason, stored beside ``next_due_at`` and shown by ``claimwatch sources``,
so a user can see that a feed is polled less often because it keeps failing, or because its server
asked for it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from claimwatch import defaults
from claimwatch.durations import span
from claimwatch.pace import Publications, interval_bounds, pace
from scraper.types import SourceConfig

__all__ = ["RETRY_AFTER_REASON", "Outcome", "may_burst", "next_poll", "span"]

RETRY_AFTER_REASON = "server: Retry-After"  # a wait the server asked for: run --once honours it too


@dataclass(frozen=True)
class Outcome:
    """What the poll said about timing: success, the server's freshness hint, Retry-After."""

    ok: bool
    poll_after_s: float | None = None
    poll_after_why: str | None = None
    retry_after_s: float | None = None
    failures: int = 0  # consecutive failures, this poll's included
    push_live: bool = False  # a WebSub hub pushes this source's entries: poll only as a safety net


def hint_bounds(config: SourceConfig) -> tuple[float, float]:
    """How far a server's hint may move the wait: by default never below the interval, at most 12 times it."""
    low = float(config.min_interval_s if config.min_interval_s is not None else config.interval_s)
    high = float(config.max_interval_s or config.interval_s * defaults.HINT_MAX_FACTOR)
    return low, max(low, high)


def next_poll(config: SourceConfig, at: dt.datetime, outcome: Outcome,
              history: Publications | None = None) -> tuple[dt.datetime, str]:
    """The time of the next poll and the reason for it; ``history``: what the source published lately, for
    an adaptive interval (none: the configured one)."""
    if outcome.ok:
        wait, why = success_wait(config, outcome, history, at)
        wait += random.uniform(0, defaults.POLL_JITTER_SHARE * wait)
    else:
        wait, why = failure_wait(config, outcome)
    return at + dt.timedelta(seconds=wait), why


def success_wait(config: SourceConfig, outcome: Outcome, history: Publications | None = None,
                 at: dt.datetime | None = None) -> tuple[float, str]:
    """The interval (its publications' pace, or the configured one), moved by the server's hint within its
    bounds; while a hub pushes the source, only a safety poll."""
    if outcome.push_live:
        safety = float(defaults.PUSH_SAFETY_INTERVAL_S)
        return safety, f"push: hub live; safety poll every {span(safety)}"
    own = pace(config, history, at) if at is not None else None
    if own is not None:  # a hint moves the adaptive interval as it would the configured one, never past a day
        cap = config.max_interval_s or min(round(own.interval_s * defaults.HINT_MAX_FACTOR), interval_bounds(config)[1])
        config = replace(config, interval_s=round(own.interval_s), max_interval_s=int(cap))
    interval = float(config.interval_s)
    usual = own.why if own is not None else f"interval {span(interval)}"
    if outcome.poll_after_s is None:
        return interval, usual
    low, high = hint_bounds(config)
    wait = min(max(outcome.poll_after_s, low), high)
    if wait == interval:
        return interval, usual
    said = f"server: {outcome.poll_after_why or 'fresh for'} {span(outcome.poll_after_s)}"
    if wait == high and outcome.poll_after_s > high:
        return wait, f"{said}, capped at {span(high)}"
    return wait, said if wait == outcome.poll_after_s else f"{said}, at least {span(low)}"


def failure_wait(config: SourceConfig, outcome: Outcome) -> tuple[float, str]:
    """A growing wait after failures in a row, capped, so a dead feed is not hammered; Retry-After wins."""
    failures = max(outcome.failures, 1)
    cap = config.interval_s * defaults.FAILURE_BACKOFF_CAP
    wait = min(defaults.FAILURE_RETRY_S * 2 ** (failures - 1), cap)
    why = f"back-off: {failures} failure{'s' if failures > 1 else ''} in a row"
    if outcome.retry_after_s is not None and outcome.retry_after_s > wait:
        wait = min(outcome.retry_after_s, max(cap, defaults.MAX_RETRY_AFTER_WAIT_S))
        why = f"{RETRY_AFTER_REASON} {span(outcome.retry_after_s)}"
    return wait, why


def may_burst(*, failures: int, reason: str | None, due: dt.datetime, at: dt.datetime, bursts_last_hour: int,
              limit: int) -> bool:
    """Whether a source may be polled early because another source of its topic changed a belief: not past
    its bound of extra polls an hour, never over a back-off or a Retry-After, not when a hub pushes it (it has
    the news already), and not if it is due anyway."""
    if failures > 0 or bursts_last_hour >= limit or due <= at:
        return False
    return not (reason or "").startswith((RETRY_AFTER_REASON, "back-off", "push:"))
