"""Grouped alerts through the real delivery loop, to a real webhook receiver and a real SMTP server.

One article's changes reach each channel as one alert holding the changes that channel hears (its
tier); the outbox keeps one row per change and channel, and a retry sends the same alert again.
"""

from __future__ import annotations

import datetime as dt

import storage
from claimwatch.deliver import deliver_all, deliver_due
from claimwatch.demo import demo_topic
from claimwatch.pipeline import Context, channels_for
from notifier import RetryPolicy, make_channel
from tests.notifier.conftest import SECRET
from tests.notifier.servers import HOST, Answer, MailServer, WebhookReceiver
from tests.storage.factory import SHOW, article, cast, claim

T0 = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
POLICY = RetryPolicy(max_attempts=3, base_s=1, max_s=1, jitter=0)
TITLES = {SHOW: "All of Us Are Dead"}


def record_announcement(engine, channels: dict) -> list:
    """The platform names three actors; the same story guesses an episode count (one site: a rumour)."""
    claims = [cast(name, certainty="official") for name in ("Lee Min-jae", "Park Ji-hu", "Yoon Chan-young")]
    claims.append(claim("episode_count", 10, certainty="reported"))
    context = Context(engine=engine, topic=demo_topic("http://127.0.0.1/feed"), channels=channels)
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, article("the cast story", site="Studio Wire"), source="t",
                                       fetched_at=T0)
        changes = storage.record(session, stored.id, claims, show=SHOW, season=2, site="Studio Wire", at=T0)
        for change, names in channels_for(context, changes):
            storage.enqueue(session, [change], names, now=T0)
    return changes


def outbox(engine):
    with storage.transaction(engine) as session:
        return list(reversed(storage.list_outbox(session)))


async def test_one_article_is_one_alert_per_channel_holding_the_tiers_it_hears(engine):
    with WebhookReceiver(secret=SECRET) as hook, WebhookReceiver() as everything, MailServer() as mail:
        channels = {
            "hook": make_channel("hook", {"type": "webhook", "url": hook.url(), "secret": SECRET}),
            "everything": make_channel("everything", {"type": "webhook", "url": everything.url(), "tier": "rumoured"}),
            "mail": make_channel("mail", {"type": "email", "host": HOST, "port": mail.port, "security": "none",
                                          "from": "alerts@example.org", "to": "me@example.org"}),
        }
        changes = record_announcement(engine, channels)
        report = await deliver_all(engine, channels, titles=TITLES, policy=POLICY, worker="w", clock=lambda: T0)
    assert report.delivered == 3 + 4 + 3  # rows: one per change and channel, as before
    [heard] = [r.json() for r in hook.accepted]
    assert heard["subject"] == ("All of Us Are Dead S2: 3 new cast members: Lee Min-jae, Park Ji-hu, "
                                "Yoon Chan-young (confirmed, 1 source)")
    assert [c["id"] for c in heard["changes"]] == [c.id for c in changes if c.kind == "cast"]
    assert hook.accepted[0].headers["webhook-id"] == f"claimwatch-change-{changes[0].id}-hook"
    [all_of_it] = [r.json() for r in everything.accepted]
    assert len(all_of_it["changes"]) == 4 and "episode count now 10 episodes (rumoured, 1 source)" in all_of_it["subject"]
    [message] = mail.messages
    assert message["Subject"] == heard["subject"]
    assert message["X-Claimwatch-Change"] == ",".join(str(c["id"]) for c in heard["changes"])


async def test_an_alert_cut_by_the_lease_limit_still_goes_whole_and_is_retried_whole(engine):
    with WebhookReceiver(secret=SECRET) as hook:
        hook.answer(Answer(status=503), Answer(status=204))
        channels = {"hook": make_channel("hook", {"type": "webhook", "url": hook.url(), "secret": SECRET})}
        record_announcement(engine, channels)
        first = await deliver_due(engine, channels, titles=TITLES, policy=POLICY, worker="w", clock=lambda: T0,
                                  batch=1)
        later = T0 + dt.timedelta(seconds=5)
        second = await deliver_due(engine, channels, titles=TITLES, policy=POLICY, worker="w", clock=lambda: later,
                                   batch=1)
    assert (first.retrying, second.delivered) == (3, 3)
    failed, delivered = hook.requests
    assert failed.headers["webhook-id"] == delivered.headers["webhook-id"]
    assert failed.json()["changes"] == delivered.json()["changes"] and len(delivered.json()["changes"]) == 3
    assert [(i.status, i.attempts) for i in outbox(engine)] == [("delivered", 2)] * 3
