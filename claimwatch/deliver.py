"""The delivery loop: lease due outbox rows, send each through its channel, record the outcome.

Storage owns the rows, the notifier owns the channels and the retry decision; this module only
passes one to the other. Delivery is at least once: a row is marked delivered after its channel
accepted it, and each carries an idempotency key the receiver can deduplicate on.

The rows of one article on one channel are one alert (``AlertGroup``): sent once under the first
row's key, and delivered, retried or given up together, so a retry sends the same alert again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

import storage
from claimwatch import defaults
from notifier import Alert, AlertGroup, Channel, DeliveryError, RetryPolicy, next_attempt_at
from notifier.types import Digest
from storage.types import DigestBatch, OutboxItem

log = logging.getLogger("claimwatch.deliver")


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int = 0
    retrying: int = 0
    dead: int = 0


async def deliver_due(engine: Engine, channels: dict[str, Channel], *, titles: dict[str, str],
                      policy: RetryPolicy, worker: str, clock: Callable[[], dt.datetime],
                      batch: int = defaults.DELIVER_BATCH) -> DeliveryReport:
    """Send every outbox row that is due now, and every digest whose period ended; returns what became of them."""
    digests = {name: channel.digest_s for name, channel in channels.items() if channel.digest_s}
    with storage.transaction(engine) as session:
        items = storage.lease_due(session, clock(), worker=worker, limit=batch, lease_s=defaults.LEASE_S,
                                  digest_channels=digests)
    outcomes: list[str] = []
    for group in article_groups(items):
        outcome = await _deliver_group(engine, group, channels, titles, policy, clock)
        outcomes += [outcome] * len(group)
    for name, period_s in digests.items():
        with storage.transaction(engine) as session:
            batches = storage.lease_digests(session, clock(), channel=name, period_s=period_s, worker=worker,
                                            lease_s=defaults.LEASE_S)
        for digest in batches:
            outcome = await _deliver_digest(engine, digest, channels[name], titles, policy, clock)
            outcomes += [outcome] * len(digest.items)
    return DeliveryReport(outcomes.count("delivered"), outcomes.count("retrying"), outcomes.count("dead"))


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


def article_groups(items: list[OutboxItem]) -> list[list[OutboxItem]]:
    """The leased rows by channel and article, in the order of each group's first row; a row without
    an article (a health alert) is a group alone."""
    groups: dict[tuple[str, object], list[OutboxItem]] = {}
    for item in sorted(items, key=lambda item: item.id):
        article = item.payload.get("article_id")
        groups.setdefault((item.channel, article if article is not None else f"row-{item.id}"), []).append(item)
    return list(groups.values())


async def _deliver_group(engine: Engine, items: list[OutboxItem], channels: dict[str, Channel],
                         titles: dict[str, str], policy: RetryPolicy,
                         clock: Callable[[], dt.datetime]) -> str:
    """One message for the rows of one article on one channel, under the first row's idempotency key."""
    first = items[0]
    channel = channels.get(first.channel)
    if channel is None:
        with storage.transaction(engine) as session:
            for item in items:
                storage.mark_dead(session, item.id, error=f"channel {item.channel!r} is not configured any more")
        return "dead"
    group = AlertGroup(tuple(_alert(item, titles) for item in items))
    try:
        await channel.send_group(group, idempotency_key=first.idempotency_key)
    except DeliveryError as exc:
        return _record_failure(engine, items, exc, policy, clock)
    with storage.transaction(engine) as session:
        for item in items:
            storage.mark_delivered(session, item.id, at=clock())
    return "delivered"


async def _deliver_digest(engine: Engine, digest: DigestBatch, channel: Channel, titles: dict[str, str],
                          policy: RetryPolicy, clock: Callable[[], dt.datetime]) -> str:
    """One message for a period's rows; they are delivered, retried or dead together."""
    alerts = tuple(_alert(item, titles) for item in digest.items)
    try:
        await channel.send_digest(Digest(alerts, digest.start, digest.end), idempotency_key=digest.key)
    except DeliveryError as exc:
        return _record_failure(engine, list(digest.items), exc, policy, clock)
    with storage.transaction(engine) as session:
        for item in digest.items:
            storage.mark_delivered(session, item.id, at=clock())
    return "delivered"


def _alert(item: OutboxItem, titles: dict[str, str]) -> Alert:
    show = item.payload.get("show", "")
    return Alert.from_change(item.payload, show_title=titles.get(show, show))


def _record_failure(engine: Engine, items: list[OutboxItem], error: DeliveryError, policy: RetryPolicy,
                    clock: Callable[[], dt.datetime]) -> str:
    first = items[0]
    when = next_attempt_at(policy, max(item.attempts for item in items) + 1, clock(), error)
    with storage.transaction(engine) as session:
        for item in items:
            if when is None:
                storage.mark_dead(session, item.id, error=str(error))
            else:
                storage.mark_retry(session, item.id, error=str(error), next_attempt_at=when)
    if when is None:
        log.error("alert %s on %s is a dead letter: %s", first.change_id, first.channel, error)
        return "dead"
    log.warning("alert %s on %s failed, next attempt %s: %s", first.change_id, first.channel,
                when.isoformat(timespec="seconds"), error)
    return "retrying"
