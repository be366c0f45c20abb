"""Digest mode through the real delivery loop: a period's changes in one message, at least once, one key."""

from __future__ import annotations

import datetime as dt

import storage
from claimwatch.deliver import deliver_all
from notifier import RetryPolicy, make_channel
from tests.notifier.conftest import SECRET
from tests.notifier.servers import HOST, Answer, MailServer, WebhookReceiver
from tests.storage.factory import SHOW, article, cast, claim

START = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)  # a day's period starts at UTC midnight
POLICY = RetryPolicy(max_attempts=3, base_s=1, max_s=1, jitter=0)


def record_changes(engine, at: dt.datetime, channels: list[str]):
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, article(f"story {at}"), source="t", fetched_at=at)
        changes = storage.record(session, stored.id, [claim("renewal", "renewed", certainty="official"),
                                                      claim("episode_count", 8), cast("Lee Min-jae")],
                                 show=SHOW, season=2, at=at)
        storage.enqueue(session, changes, channels, now=at)
    return changes


async def deliver(engine, channels, at: dt.datetime):
    return await deliver_all(engine, channels, titles={SHOW: "All of Us Are Dead"}, policy=POLICY, worker="w",
                             clock=lambda: at)


async def test_a_days_changes_arrive_as_one_webhook_after_the_day_retried_under_one_key(engine):
    with WebhookReceiver(secret=SECRET) as hook:
        channels = {"hook": make_channel("hook", {"type": "webhook", "url": hook.url(), "secret": SECRET,
                                                  "digest": "daily"})}
        changes = record_changes(engine, START + dt.timedelta(hours=9), ["hook"])
        assert (await deliver(engine, channels, START + dt.timedelta(hours=23))).delivered == 0
        assert hook.requests == []  # the day is not over
        hook.answer(Answer(status=503), Answer(status=200))
        first = await deliver(engine, channels, START + dt.timedelta(days=1, minutes=1))
        assert (first.retrying, first.delivered) == (3, 0)
        again = await deliver(engine, channels, START + dt.timedelta(days=1, minutes=2))
        assert again.delivered == 3
    assert hook.rejected == []
    failed, delivered = hook.requests
    assert failed.headers["webhook-id"] == delivered.headers["webhook-id"] == "claimwatch-digest-hook-20260301T000000Z"
    body = delivered.json()
    assert body["type"] == "claimwatch.digest" and body["subject"] == "All of Us Are Dead S2: 3 changes, 1 March 2026"
    assert [c["id"] for c in body["changes"]] == [c.id for c in changes]  # in the order they happened
    assert body["period"] == {"start": "2026-03-01T00:00:00+00:00", "end": "2026-03-02T00:00:00+00:00"}


async def test_an_email_digest_is_one_message_listing_each_change(engine):
    with MailServer() as mail:
        channels = {"mail": make_channel("mail", {"type": "email", "host": HOST, "port": mail.port,
                                                  "security": "none", "from": "a@example.org",
                                                  "to": "me@example.org", "digest": 3600})}
        record_changes(engine, START + dt.timedelta(minutes=5), ["mail"])
        report = await deliver(engine, channels, START + dt.timedelta(hours=1))
    assert report.delivered == 3
    [message] = mail.messages
    assert message["Subject"].strip() == "All of Us Are Dead S2: 3 changes, 2026-03-01 00:00 to 2026-03-01 01:00 UTC"
    assert message["Message-ID"] == "<claimwatch-digest-mail-20260301T000000Z@claimwatch>"
    text = message.get_body(("plain",)).get_content()
    assert text.index("renewed (confirmed") < text.index("episode count now 8 episodes") < text.index("Lee Min-jae")


async def test_a_health_alert_skips_the_digest_and_goes_at_once(engine):
    with WebhookReceiver() as hook:
        channels = {"hook": make_channel("hook", {"type": "webhook", "url": hook.url(), "digest": "daily",
                                                  "health": True})}
        with storage.transaction(engine) as session:
            [change] = storage.record_health(session, show=SHOW, season=2, change="source_failing",
                                             value={"subject": "feed", "detail": "connection refused"},
                                             at=START)
            storage.enqueue(session, [change], ["hook"], now=START)
        record_changes(engine, START, ["hook"])
        report = await deliver(engine, channels, START + dt.timedelta(minutes=1))
    assert report.delivered == 1
    [request] = hook.requests
    assert request.json()["change"]["kind"] == "health"


def test_periods_start_on_the_hour_at_midnight_and_on_monday():
    from storage.outbox import period_start

    when = dt.datetime(2026, 3, 5, 15, 42, tzinfo=dt.UTC)  # a Thursday
    assert period_start(when, 3600) == dt.datetime(2026, 3, 5, 15, tzinfo=dt.UTC)
    assert period_start(when, 86400) == dt.datetime(2026, 3, 5, tzinfo=dt.UTC)
    assert period_start(when, 7 * 86400) == dt.datetime(2026, 3, 2, tzinfo=dt.UTC)  # the Monday before
