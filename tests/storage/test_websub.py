"""WebSub subscriptions in the database: pending, live for a lease, renewed before it ends, lapsed after."""

from __future__ import annotations

import datetime as dt

import storage
from scraper.types import SourceConfig

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def subscribe(engine, source: str = "notes", id: str = "sub-1") -> None:
    with storage.transaction(engine) as session:
        storage.sync_sources(session, [SourceConfig(name=source, kind="rss", url="https://n.example/feed")], T0,
                              topic="aouad")
        storage.add_subscription(session, id=id, source=source, topic_url="https://n.example/feed",
                                 hub="https://hub.example/", secret="s3cret", now=T0)


def test_a_subscription_is_live_only_once_verified_and_until_its_lease_ends(engine):
    subscribe(engine)
    with storage.transaction(engine) as session:
        assert not storage.push_live(session, "notes", at(1))
        storage.verify_subscription(session, "sub-1", 1000, at(10))
    with storage.transaction(engine) as session:
        assert storage.push_live(session, "notes", at(500))
        assert not storage.push_live(session, "notes", at(1010))
        [listed] = storage.subscriptions(session)
    assert listed.state == "live" and listed.expires_at == at(1010)
    assert "secret" not in listed.to_json() and "id" not in listed.to_json()


def test_a_renewal_is_due_at_four_fifths_of_the_lease_and_asked_once(engine):
    subscribe(engine)
    with storage.transaction(engine) as session:
        storage.verify_subscription(session, "sub-1", 1000, at(0))
        assert storage.renewals_due(session, at(790), at_share=0.8, retry_s=60) == []
        [due] = storage.renewals_due(session, at(800), at_share=0.8, retry_s=60)
        storage.mark_requested(session, due.id, at(800))
        assert storage.renewals_due(session, at(830), at_share=0.8, retry_s=60) == []  # asked, no answer yet
        assert len(storage.renewals_due(session, at(860), at_share=0.8, retry_s=60)) == 1  # asked again
        storage.verify_subscription(session, "sub-1", 1000, at(870))
        assert storage.renewals_due(session, at(900), at_share=0.8, retry_s=60) == []


def test_an_expired_lease_lapses_and_its_source_is_due_at_once(engine):
    subscribe(engine)
    with storage.transaction(engine) as session:
        storage.verify_subscription(session, "sub-1", 100, at(0))
        storage.record_poll(session, "notes", ok=True, error=None, at=at(0), next_due=at(6 * 3600), reason="push")
    with storage.transaction(engine) as session:
        assert storage.lapse_subscriptions(session, at(99), pending_s=3600) == []
        [lapsed] = storage.lapse_subscriptions(session, at(100), pending_s=3600)
    with storage.transaction(engine) as session:
        [source] = storage.list_sources(session)
        assert not storage.push_live(session, "notes", at(101))
    assert lapsed.state == "lapsed" and lapsed.reason == "the lease expired unrenewed"
    assert source.next_due_at == at(100) and source.next_reason == "push lapsed: polled again"


def test_a_new_subscription_replaces_the_old_and_a_never_verified_one_lapses(engine):
    subscribe(engine)
    subscribe(engine, id="sub-2")
    with storage.transaction(engine) as session:
        assert storage.subscription(session, "sub-1").state == "lapsed"
        [lapsed] = storage.lapse_subscriptions(session, at(3600), pending_s=3600)
    assert (lapsed.id, lapsed.reason) == ("sub-2", "the hub never verified it")


def test_the_subscriptions_of_a_disabled_source_of_the_topic_are_found_to_unsubscribe(engine):
    subscribe(engine)
    with storage.transaction(engine) as session:
        assert storage.subscribed_disabled(session, ["aouad"]) == []
        storage.sync_sources(session, [], at(5), topic="aouad")
        assert storage.subscribed_disabled(session, ["another-show"]) == []
        [gone] = storage.subscribed_disabled(session, ["aouad"])
    assert gone.source == "notes"
