"""The demo chronology through the real daemon code: a real local news site, a real SMTP server and
a real webhook receiver on 127.0.0.1, on SQLite and on PostgreSQL.

The alerts asserted here are the ones ``claimwatch/demo_data/chronology.toml`` says a reader of
each round would want: exactly those, in that order, each once on each channel; the changes one
article caused arrive as one alert.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from claimwatch.demo import build_demo_daemon, demo_topic
from claimwatch.demo_server import DemoServer
from notifier import make_channel
from tests.notifier.conftest import SECRET
from tests.notifier.servers import HOST, MailServer, WebhookReceiver


def window(start: str, end: str | None = None) -> tuple[str, str]:
    return (start, end or start)


# (round, kind, change, value, certainty): a window as (start, end), a person as (name, status).
EXPECTED: list[tuple[int, str, str, Any, str]] = [
    (1, "renewal", "first", "renewed", "official"),
    (2, "release_date", "first", window("2024-09-01", "2024-12-31"), "speculative"),
    (3, "filming_start", "first", window("2025-05-12"), "reported"),
    (3, "filming_end", "first", window("2025-09-01", "2025-12-31"), "speculative"),
    (4, "cast", "added", ("Lee Min-jae", "new"), "reported"),
    (4, "cast", "added", ("Kim Si-eun", "new"), "reported"),
    (4, "cast", "added", ("Park Ji-hu", "returning"), "reported"),
    (4, "cast", "added", ("Yoon Chan-young", "returning"), "reported"),
    (4, "cast", "added", ("Cho Yi-hyun", "returning"), "reported"),
    (4, "cast", "added", ("Lomon", "returning"), "reported"),
    (4, "episode_count", "first", 8, "reported"),
    (5, "release_date", "value", window("2026-01-01", "2026-04-30"), "reported"),
    (5, "filming_end", "value", window("2025-08-29"), "reported"),
    (6, "release_date", "value", window("2026-03-13"), "official"),
    (6, "episode_count", "certainty", 8, "official"),
]


def summary(change: dict[str, Any]) -> tuple[str, str, Any, str]:
    value = change["value"]
    if isinstance(value, dict) and "start" in value:
        value = (value["start"], value["end"])
    elif isinstance(value, dict):
        value = (value["name"], value.get("status"))
    return (change["kind"], change["change"], value, change["certainty"])


def by_round(alerts: list[tuple[int, tuple]]) -> dict[int, list[tuple]]:
    """Alerts per round, order kept; within a round a set is compared, across rounds the order."""
    rounds: dict[int, list[tuple]] = {}
    for number, alert in alerts:
        rounds.setdefault(number, []).append(alert)
    return rounds


@pytest.fixture
def servers():
    with DemoServer() as news, MailServer() as mail, WebhookReceiver(secret=SECRET) as hook:
        yield news, mail, hook


async def test_the_demo_chronology_alerts_exactly_what_a_reader_wants_once_each(engine, servers):
    news, mail, hook = servers
    channels = {
        "mail": make_channel("mail", {"type": "email", "host": HOST, "port": mail.port, "security": "none",
                                      "from": "claimwatch <alerts@example.org>", "to": ["fan@example.org"],
                                      "tier": "rumoured"}),
        "hook": make_channel("hook", {"type": "webhook", "url": hook.url("/claimwatch"), "secret": SECRET,
                                      "tier": "rumoured"}),
    }
    daemon = build_demo_daemon(engine, demo_topic(news.feed_url), channels)
    seen: list[tuple[int, tuple]] = []
    async with daemon:
        for _ in range(news.rounds):
            number = news.advance()
            before = len(hook.requests)
            results = await daemon.run_once()
            assert all(result.ok for result in results), results
            seen += [(number, summary(c)) for r in hook.requests[before:] for c in r.json()["changes"]]
        quiet = await daemon.run_once()  # nothing new was published: nothing is fetched or sent again
    assert [r.fetched for r in quiet] == [0]

    expected = [(number, (kind, change, value, certainty)) for number, kind, change, value, certainty in EXPECTED]
    assert sorted(by_round(seen)) == sorted(by_round(expected))
    for number, alerts in by_round(expected).items():
        assert sorted(by_round(seen)[number], key=repr) == sorted(alerts, key=repr), f"round {number}"

    assert hook.rejected == []  # every delivery verified with the standardwebhooks library
    payloads = [r.json() for r in hook.requests]
    changes = [c["id"] for p in payloads for c in p["changes"]]
    assert len(set(changes)) == len(changes) == len(EXPECTED)  # none duplicated
    assert len({r.headers["webhook-id"] for r in hook.requests}) == len(payloads) < len(EXPECTED)
    cast = next(p for p in payloads if p["change"]["kind"] == "cast")  # round 4: one article, one alert
    assert len(cast["changes"]) == 7
    assert "2 new cast members: " in cast["subject"] and "4 returning cast members: " in cast["subject"]
    # same alerts, same order (a mail client unfolds a long subject and trims the fold's space)
    assert [m["Subject"].strip() for m in mail.messages] == [p["subject"] for p in payloads]
    for payload in payloads:
        [evidence, *_] = payload["change"]["evidence"]
        assert evidence["sentence"] and evidence["url"].startswith(news.base_url), payload["subject"]
        assert evidence["site"], payload["subject"]


async def test_an_outage_of_the_mail_server_delays_alerts_but_loses_none(engine, servers):
    news, mail, _ = servers
    channel = make_channel("mail", {"type": "email", "host": HOST, "port": mail.port, "security": "none",
                                    "from": "alerts@example.org", "to": ["fan@example.org"], "timeout_s": 2})
    mail.refuse_data("451 4.3.0 try again later")
    daemon = build_demo_daemon(engine, demo_topic(news.feed_url), {"mail": channel})
    async with daemon:
        news.advance()
        await daemon.run_once()
        assert mail.messages == []
        mail.accept_all()
        await asyncio.sleep(1.2)  # the demo's retry policy waits at most a second between attempts
        report = await daemon.deliver(until_empty=True)
    assert report.delivered == 1
    [message] = mail.messages
    assert "renew" in message["Subject"].lower()
