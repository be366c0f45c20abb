"""The outbox: rows written with their change, leased once, retried, dead-lettered, listed."""

from __future__ import annotations

import datetime as dt

import storage
from tests.storage.factory import SHOW, article, claim, when

NOW = when("2026-01-20")


def make_changes(engine, n: int = 2):
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, article("text"), source="t", fetched_at=NOW)
        changes = storage.record(session, stored.id, [claim("renewal", "renewed"), claim("episode_count", 8)][:n],
                                 show=SHOW, season=2, at=NOW)
        storage.enqueue(session, changes, ["mail", "hook"], now=NOW)
    return changes


def test_each_change_goes_to_each_channel_once_in_order(engine):
    changes = make_changes(engine)
    with storage.transaction(engine) as session:
        items = storage.lease_due(session, NOW, worker="w1", limit=10, lease_s=60)
    assert [(i.change_id, i.channel) for i in items] == [
        (changes[0].id, "mail"), (changes[0].id, "hook"), (changes[1].id, "mail"), (changes[1].id, "hook")]
    assert items[0].payload["kind"] == "renewal" and items[0].idempotency_key.endswith(f"-{changes[0].id}-mail")
    with storage.transaction(engine) as session:
        assert storage.lease_due(session, NOW, worker="w2", limit=10, lease_s=60) == []


def test_a_dead_workers_lease_expires(engine):
    make_changes(engine, 1)
    with storage.transaction(engine) as session:
        assert len(storage.lease_due(session, NOW, worker="w1", limit=10, lease_s=60)) == 2
    later = NOW + dt.timedelta(seconds=61)
    with storage.transaction(engine) as session:
        assert len(storage.lease_due(session, later, worker="w2", limit=10, lease_s=60)) == 2


def test_delivered_rows_leave_retries_wait_and_dead_letters_can_be_resent(engine):
    make_changes(engine, 1)
    with storage.transaction(engine) as session:
        mail, hook = storage.lease_due(session, NOW, worker="w", limit=10, lease_s=60)
        storage.mark_delivered(session, mail.id, at=NOW)
        storage.mark_retry(session, hook.id, error="503 from receiver", next_attempt_at=NOW + dt.timedelta(minutes=1))
    with storage.transaction(engine) as session:
        assert storage.lease_due(session, NOW, worker="w", limit=10, lease_s=60) == []
        [again] = storage.lease_due(session, NOW + dt.timedelta(minutes=2), worker="w", limit=10, lease_s=60)
        assert (again.channel, again.attempts, again.last_error) == ("hook", 1, "503 from receiver")
        storage.mark_dead(session, again.id, error="gave up")
    with storage.transaction(engine) as session:
        assert storage.outbox_counts(session) == {"delivered": 1, "dead": 1}
        assert [i.channel for i in storage.list_outbox(session, "dead")] == ["hook"]
        assert storage.retry_dead(session, NOW) == 1
        assert [i.channel for i in storage.lease_due(session, NOW, worker="w", limit=10, lease_s=60)] == ["hook"]
