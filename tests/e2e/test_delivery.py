"""Delivery through the real loop against real servers on 127.0.0.1 that fail the way servers fail.

An SMTP server refusing or down for the first attempts, a webhook receiver answering 500 or hanging:
the alert is retried with growing waits and arrives once the server is back. A 4xx other than 408
and 429 is a dead letter at once. Two changes of one round reach every channel in their order.
"""

from __future__ import annotations

import datetime as dt

import pytest

import storage
from claimwatch.deliver import deliver_all
from notifier import RetryPolicy, make_channel
from tests.notifier.conftest import SECRET
from tests.notifier.servers import HOST, Answer, MailServer, WebhookReceiver
from tests.storage.factory import SHOW, article, cast, claim

T0 = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
POLICY = RetryPolicy(max_attempts=6, base_s=10, max_s=600, jitter=0.2)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def record_round(engine, channels: list[str], *, changes: int = 2):
    """One article, two changes (in this order), queued for every channel."""
    claims = [claim("renewal", "renewed", certainty="official"), cast("Lee Min-jae")][:changes]
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, article("a round's story"), source="t", fetched_at=T0)
        changes = storage.record(session, stored.id, claims, show=SHOW, season=2, at=T0)
        storage.enqueue(session, changes, channels, now=T0)
    return changes


async def deliver(engine, channels, clock):
    return await deliver_all(engine, channels, titles={SHOW: "All of Us Are Dead"}, policy=POLICY, worker="w",
                             clock=clock)


def outbox(engine, channel: str):
    with storage.transaction(engine) as session:
        return [i for i in reversed(storage.list_outbox(session)) if i.channel == channel]


def hook(receiver: WebhookReceiver, **options):
    return make_channel("hook", {"type": "webhook", "url": receiver.url(), "secret": SECRET, "timeout_s": 0.5,
                                 **options})


def mail(server: MailServer):
    return make_channel("mail", {"type": "email", "host": HOST, "port": server.port, "security": "none",
                                 "from": "alerts@example.org", "to": "me@example.org", "timeout_s": 2})


async def test_a_mail_server_that_is_down_then_refuses_gets_the_alert_once_it_recovers(engine):
    clock = Clock()
    server = MailServer()  # its port is chosen; nothing listens on it yet
    channels = {"mail": mail(server)}
    [renewal, _] = record_round(engine, ["mail"])
    assert (await deliver(engine, channels, clock)).retrying == 2
    assert "connection refused" in outbox(engine, "mail")[0].last_error
    with server:
        server.refuse_data("451 4.3.0 try again later")
        clock.now += dt.timedelta(seconds=13)  # past the first wait (10 s +-20 %)
        assert (await deliver(engine, channels, clock)).retrying == 2
        assert "answered 451" in outbox(engine, "mail")[0].last_error
        server.accept_all()
        clock.now += dt.timedelta(seconds=5)
        assert (await deliver(engine, channels, clock)).delivered == 0  # the second wait (20 s) is not over
        clock.now += dt.timedelta(seconds=20)
        assert (await deliver(engine, channels, clock)).delivered == 2
    [message] = server.messages  # one article's two changes: one alert, retried whole
    assert message["Message-ID"] == f"<claimwatch-change-{renewal.id}-mail@claimwatch>"
    assert "renewed" in message["Subject"] and "Lee Min-jae" in message["Subject"]
    assert [i.attempts for i in outbox(engine, "mail")] == [3, 3]


@pytest.mark.parametrize("failure", [Answer(status=500, body=b"oops"), Answer(hang=True)], ids=["500", "hang"])
async def test_a_receiver_that_fails_or_hangs_is_retried_with_growing_waits(engine, failure):
    clock = Clock()
    with WebhookReceiver(secret=SECRET) as receiver:
        receiver.answer(failure, failure, failure, Answer(status=204))
        channels = {"hook": hook(receiver)}
        record_round(engine, ["hook"], changes=1)
        waits = []
        for _ in range(3):
            await deliver(engine, channels, clock)
            item = outbox(engine, "hook")[0]
            waits.append((item.next_attempt_at - clock.now).total_seconds())
            clock.now = item.next_attempt_at
        report = await deliver(engine, channels, clock)
    assert report.delivered == 1
    assert 8 <= waits[0] <= 12 and 16 <= waits[1] <= 24 and 32 <= waits[2] <= 48  # doubling, with jitter
    assert receiver.rejected == []
    assert len(receiver.requests) == 4 and len({r.headers["webhook-id"] for r in receiver.requests}) == 1


@pytest.mark.parametrize(("status", "dead"), [(400, True), (404, True), (410, True), (422, True), (425, True),
                                              (408, False), (429, False)])
async def test_a_4xx_is_a_dead_letter_at_once_except_408_and_429(engine, status, dead):
    with WebhookReceiver(secret=SECRET) as receiver:
        receiver.answer(Answer(status=status))
        record_round(engine, ["hook"])
        report = await deliver(engine, {"hook": hook(receiver)}, Clock())
    assert (report.dead, report.retrying) == ((2, 0) if dead else (0, 2))
    assert [i.status for i in outbox(engine, "hook")] == ["dead" if dead else "pending"] * 2
    assert [i.attempts for i in outbox(engine, "hook")] == [1, 1]
    if dead:
        with storage.transaction(engine) as session:
            assert len(storage.list_outbox(session, "dead")) == 2  # listed by `claimwatch outbox`


async def test_two_changes_of_one_article_reach_every_channel_as_one_alert_in_the_order_they_happened(engine):
    with MailServer() as server, WebhookReceiver(secret=SECRET) as signed, WebhookReceiver() as chat:
        channels = {
            "mail": mail(server),
            "hook": hook(signed),
            "slack": make_channel("slack", {"type": "slack", "url": chat.url("/slack")}),
            "discord": make_channel("discord", {"type": "discord", "url": chat.url("/discord")}),
            "apprise": make_channel("apprise", {"type": "apprise", "urls": f"json://{HOST}:{chat.port}/apprise"}),
        }
        renewal, person = record_round(engine, list(channels))
        assert (await deliver(engine, channels, Clock())).delivered == 10
    [message] = server.messages
    subject = message["Subject"]
    assert subject.index("renewed") < subject.index("Lee Min-jae")
    by_path: dict[str, list[bool]] = {}
    for request in signed.accepted + chat.accepted:
        text = request.body.decode()
        by_path.setdefault(request.path, []).append(text.index("renewed") < text.index("Lee Min"))  # (Discord escapes the hyphen)
    assert by_path == {"/hook": [True], "/slack": [True], "/discord": [True], "/apprise": [True]}
