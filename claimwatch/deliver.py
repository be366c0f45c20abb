"""The delivery loop: lease due outbox rows, send each through its channel, record the outcome.

Storage owns the rows, the notifier owns the channels and the retry decision; this module only
passes one to the other. Delivery is at least once: a row is marked delivered after its channel
accepted it, and each carries an idempotency key the receiver can deduplicate on.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

import storage
from claimwatch import defaults
from notifier import Alert, Channel, DeliveryError, RetryPolicy, next_attempt_at
from storage.types import OutboxItem

log = logging.getLogger("claimwatch.deliver")


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int = 0
    retrying: int = 0
    dead: int = 0


async def deliver_due(engine: Engine, channels: dict[str, Channel], *, titles: dict[str, str],
                      policy: RetryPolicy, worker: str, clock: Callable[[], dt.datetime],
                      batch: int = defaults.DELIVER_BATCH) -> DeliveryReport:
    """Send every outbox row that is due now; returns what became of them."""
    with storage.transaction(engine) as session:
        items = storage.lease_due(session, clock(), worker=worker, limit=batch, lease_s=defaults.LEASE_S)
    delivered = retrying = dead = 0
    for item in items:
        outcome = await _deliver_one(engine, item, channels, titles, policy, clock)
        delivered += outcome == "delivered"
        retrying += outcome == "retrying"
        dead += outcome == "dead"
    return DeliveryReport(delivered, retrying, dead)


async def deliver_all(engine: Engine, channels: dict[str, Channel], *, titles: dict[str, str],
                      policy: RetryPolicy, worker: str, clock: Callable[[], dt.datetime]) -> DeliveryReport:
    """Deliver until nothing due is left (used by --once, ingest and the demo)."""
    total = DeliveryReport()
    while True:
        report = await deliver_due(engine, channels, titles=titles, policy=policy, worker=worker, clock=clock)
        if report == DeliveryReport():
            return total
        total = DeliveryReport(total.delivered + report.delivered, total.retrying + report.retrying,
                               total.dead + report.dead)
        if report.delivered == 0 and report.dead == 0:
            return total  # only retries left: they are due later, not now


async def _deliver_one(engine: Engine, item: OutboxItem, channels: dict[str, Channel],
                       titles: dict[str, str], policy: RetryPolicy,
                       clock: Callable[[], dt.datetime]) -> str:
    channel = channels.get(item.channel)
    if channel is None:
        with storage.transaction(engine) as session:
            storage.mark_dead(session, item.id, error=f"channel {item.channel!r} is not configured any more")
        return "dead"
    show = item.payload.get("show", "")
    alert = Alert.from_change(item.payload, show_title=titles.get(show, show))
    try:
        await channel.send(alert, idempotency_key=item.idempotency_key)
    except DeliveryError as exc:
        return _record_failure(engine, item, exc, policy, clock)
    with storage.transaction(engine) as session:
        storage.mark_delivered(session, item.id, at=clock())
    return "delivered"


def _record_failure(engine: Engine, item: OutboxItem, error: DeliveryError, policy: RetryPolicy,
                    clock: Callable[[], dt.datetime]) -> str:
    when = next_attempt_at(policy, item.attempts + 1, clock(), error)
    with storage.transaction(engine) as session:
        if when is None:
            storage.mark_dead(session, item.id, error=str(error))
            log.error("alert %s on %s is a dead letter: %s", item.change_id, item.channel, error)
            return "dead"
        storage.mark_retry(session, item.id, error=str(error), next_attempt_at=when)
    log.warning("alert %s on %s failed, next attempt %s: %s", item.change_id, item.channel,
                when.isoformat(timespec="seconds"), error)
    return "retrying"
