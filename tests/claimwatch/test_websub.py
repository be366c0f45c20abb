"""Push by WebSub, end to end on loopback: a local news site whose feed names a hub, the team's small hub
(tests/claimwatch/websub_hub.py), and the daemon with its web server's callback in a thread, as `run` has them.

Subscribe, verify, a delivery read into articles and claims without fetching the feed again; a bad signature,
an unsigned body, an unknown subscription or topic and an oversized body refused with nothing stored; the
lease renewed before it ends (an injected clock) and, when it lapses, polling back at the source's interval.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
import pytest

import storage
from claimwatch.daemon import Daemon
from claimwatch.web import Access, Site, create_app
from claimwatch.web.callback import signature_problem
from claimwatch.web.server import ServerThread
from claimwatch.websub import Subscriber
from tests.claimwatch.test_daemon import STORY, daemon_for, rss
from tests.claimwatch.websub_hub import LocalHub
from tests.scraper.http_server import LocalServer

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
RSS = {"Content-Type": "application/rss+xml"}
TOKEN = "page-token"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def hub_feed(site: LocalServer, hub: str, *paths: str) -> str:
    items = "".join(f"<item><title>Story {p}</title><link>{site.url(p)}</link></item>" for p in paths)
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f'<title>News</title><atom:link rel="hub" href="{hub}"/>'
            f'<atom:link rel="self" href="{site.url("/feed.xml")}"/>{items}</channel></rss>')


@dataclass
class Pushed:
    daemon: Daemon
    site: LocalServer  # the news site: its feed and article pages
    hub: LocalHub
    callback_base: str  # the claimwatch web server's address: public_url
    clock: Clock

    @property
    def topic(self) -> str:
        return self.site.url("/feed.xml")

    def subscription(self):
        with storage.transaction(self.daemon.engine) as session:
            return storage.latest_subscription(session, "news")

    def articles(self) -> list:
        with storage.transaction(self.daemon.engine) as session:
            return storage.search_articles(session)


@asynccontextmanager
async def pushed_daemon(engine, *, grant_lease_s: int = 1000) -> AsyncIterator[Pushed]:
    """The news site, the hub, and a daemon whose poll finds the hub, subscribes, and is verified."""
    clock = Clock()
    with LocalServer() as site, LocalHub(grant_lease_s=grant_lease_s) as hub:
        site.route("/feed.xml", body=hub_feed(site, hub.url), headers=RSS)
        site.route("/renewed", body=STORY, headers={"Content-Type": "text/html; charset=utf-8"})
        daemon = daemon_for(engine, (rss("news", site.url("/feed.xml")),))
        daemon.context.clock = clock
        page = Site(engine=engine, topics=(daemon.context.topic,), access=Access(token=TOKEN), clock=clock,
                    on_push=daemon.take_push)
        with ServerThread(create_app(page), "127.0.0.1", 0) as server:
            base = f"http://127.0.0.1:{server.port}"
            daemon.push = Subscriber(engine, base, clock=clock)
            async with daemon:
                [polled] = await daemon.poll(["news"])
                assert polled.ok and polled.hub == hub.url
                await asyncio.to_thread(hub.wait_verified, site.url("/feed.xml"))
                yield Pushed(daemon, site, hub, base, clock)


async def until(check: Callable[[], object], timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out waiting")


async def publish(pushed: Pushed, body: str | bytes, **how) -> list[int]:
    data = body.encode() if isinstance(body, str) else body
    return await asyncio.to_thread(pushed.hub.publish, pushed.topic, data, **how)


async def test_a_feed_naming_a_hub_is_subscribed_verified_and_its_push_is_stored_as_claims(engine):
    async with pushed_daemon(engine) as pushed:
        sub = pushed.subscription()
        assert (sub.state, sub.lease_s, sub.expires_at) == ("live", 1000, T0 + dt.timedelta(seconds=1000))
        assert sub.topic_url == pushed.topic and sub.hub == pushed.hub.url
        [asked] = pushed.hub.requests
        assert asked["hub.callback"] == f"{pushed.callback_base}/websub/{sub.id}" and len(sub.id) >= 32
        assert asked["hub.secret"] == sub.secret and len(sub.secret) >= 32 and asked["hub.lease_seconds"]
        assert await publish(pushed, hub_feed(pushed.site, pushed.hub.url, "/renewed")) == [202]
        await until(pushed.articles)
        feed_fetches = len(pushed.site.hits("/feed.xml"))
    [article] = pushed.articles()
    assert article.site == "Example Drama News"
    assert feed_fetches == 1  # the poll's: the push itself was read, not fetched again
    with storage.transaction(engine) as session:
        assert [(c.kind, c.value) for c in storage.changes(session)] == [("renewal", "renewed")]


@pytest.mark.parametrize(("how", "logged"), [({"secret": "a forger's guess"}, "the signature does not match"),
                                             ({"sign": False}, "unsigned (no X-Hub-Signature)")])
async def test_a_mis_signed_or_unsigned_push_is_dropped_with_a_log_line(engine, caplog, how, logged):
    caplog.set_level(logging.WARNING, logger="claimwatch.websub")
    async with pushed_daemon(engine) as pushed:
        body = hub_feed(pushed.site, pushed.hub.url, "/renewed")
        assert await publish(pushed, body, **how) == [202]  # acknowledged, as the spec allows, and ignored
        await asyncio.sleep(0.5)
        assert pushed.articles() == [] and not pushed.site.hits("/renewed")
        assert f"a push for news dropped: {logged}" in caplog.text
        assert await publish(pushed, body) == [202]  # the same body, signed: read at once
        await until(pushed.articles)


async def test_an_oversized_push_is_refused_and_nothing_is_stored(engine):
    async with pushed_daemon(engine) as pushed:
        padding = "<!--" + "x" * (1024 * 1024) + "-->"
        assert await publish(pushed, hub_feed(pushed.site, pushed.hub.url, "/renewed") + padding) == [413]
        await asyncio.sleep(0.3)
        assert pushed.articles() == []


async def test_an_unknown_subscription_or_topic_is_refused_and_only_the_callback_skips_the_token(engine):
    async with pushed_daemon(engine) as pushed:
        sub = pushed.subscription()
        base = pushed.callback_base
        verify = {"hub.mode": "subscribe", "hub.topic": pushed.topic, "hub.challenge": "c", "hub.lease_seconds": "9"}
        async with httpx.AsyncClient(timeout=5, trust_env=False) as http:
            unknown_get = await http.get(f"{base}/websub/no-such-id", params=verify)
            unknown_post = await http.post(f"{base}/websub/no-such-id", content=b"<rss/>")
            wrong_topic = await http.get(f"{base}/websub/{sub.id}", params={**verify, "hub.topic": "https://x.example/"})
            not_asked = await http.get(f"{base}/websub/{sub.id}", params={**verify, "hub.mode": "unsubscribe"})
            page = await http.get(f"{base}/api/v1/claims")
        assert [r.status_code for r in (unknown_get, unknown_post, wrong_topic, not_asked)] == [404] * 4
        assert page.status_code == 401  # the pages keep their token
        after = pushed.subscription()
    assert (after.lease_s, after.expires_at) == (1000, sub.expires_at)  # no forged verification took


async def test_the_lease_is_renewed_before_it_ends(engine):
    async with pushed_daemon(engine, grant_lease_s=1000) as pushed:
        pushed.clock.advance(700)
        await pushed.daemon.maintain_push()
        assert len(pushed.hub.requests) == 1  # 70% of the lease: not yet
        pushed.clock.advance(150)
        await pushed.daemon.maintain_push()
        await asyncio.to_thread(pushed.hub.wait_verified, pushed.topic, count=2)
        await pushed.daemon.maintain_push()  # renewed: nothing more to ask
        first, renewal = pushed.hub.requests
        sub = pushed.subscription()
    assert renewal["hub.mode"] == "subscribe" and renewal["hub.callback"] == first["hub.callback"]
    assert sub.state == "live" and sub.expires_at == T0 + dt.timedelta(seconds=850 + 1000)


async def test_a_lapsed_lease_brings_polling_back_at_the_source_interval(engine):
    def reason() -> str | None:
        with storage.transaction(engine) as session:
            [source] = storage.list_sources(session)
        return source.next_reason

    async with pushed_daemon(engine, grant_lease_s=1000) as pushed:
        await pushed.daemon.poll(["news"])  # while pushed: the poll is only a safety net
        live_reason = reason()
        pushed.clock.advance(1001)  # the hub never renewed (its requests are not answered in time)
        await pushed.daemon.maintain_push()
        sub = pushed.subscription()
        with storage.transaction(engine) as session:
            [source] = storage.list_sources(session)
        await pushed.daemon.poll(["news"])
        lapsed_reason = reason()
    assert live_reason == "push: hub live; safety poll every 6h"
    assert (sub.state, sub.reason) == ("lapsed", "the lease expired unrenewed")
    assert source.next_due_at == pushed.clock.now and source.next_reason == "push lapsed: polled again"
    assert lapsed_reason is not None and not lapsed_reason.startswith("push")  # its own pace again


async def test_a_hub_that_denies_the_subscription_ends_it(engine, caplog):
    caplog.set_level(logging.WARNING, logger="claimwatch.websub")
    async with pushed_daemon(engine) as pushed:
        held = pushed.hub.subscriptions[next(iter(pushed.hub.subscriptions))]
        assert await asyncio.to_thread(pushed.hub.deny, held, "topic not allowed") == 200
        sub = pushed.subscription()
        with storage.transaction(engine) as session:
            assert not storage.push_live(session, "news", pushed.clock.now)
    assert (sub.state, sub.reason) == ("denied", "topic not allowed")
    assert "denied the push of news: topic not allowed" in caplog.text


def test_a_signature_is_checked_with_each_method_the_spec_names():
    import hashlib
    import hmac

    body = b"<feed/>"
    for method in ("sha1", "sha256", "sha384", "sha512"):
        digest = hmac.new(b"k", body, getattr(hashlib, method)).hexdigest()
        assert signature_problem(f"{method}={digest}", body, "k") is None
        assert signature_problem(f"{method}={digest.upper()}", body, "k") is None
        assert signature_problem(f"{method}={digest}", body + b" ", "k") == "the signature does not match the body"
    assert "is not one of" in (signature_problem("md5=00", body, "k") or "")


def test_without_public_url_the_callback_is_not_served(sqlite_engine):
    from claimwatch.topic import load_topic

    page = Site(engine=sqlite_engine, topics=(load_topic(),), access=Access(token=TOKEN))
    with ServerThread(create_app(page), "127.0.0.1", 0) as server:
        answer = httpx.post(f"http://127.0.0.1:{server.port}/websub/anything", content=b"x", trust_env=False)
    assert answer.status_code == 404


async def test_claimwatch_sources_shows_each_source_push_state(engine, capsys):
    import json

    from claimwatch.cli import main
    from tests.conftest import cli_url

    async with pushed_daemon(engine) as pushed:
        capsys.readouterr()
        assert main(["sources", "--db", cli_url(engine), "--json"]) == 0
        rows = {row["name"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}
        assert main(["sources", "--db", cli_url(engine)]) == 0
        table = capsys.readouterr().out
    push = rows["news"]["push"]
    assert (push["state"], push["hub"], push["expires_at"]) == ("live", pushed.hub.url, "2026-03-01T12:16:40+00:00")
    assert "secret" not in push
    assert "live to 2026-03-01 12:16" in table


async def test_a_source_the_topic_no_longer_lists_is_unsubscribed(engine):
    async with pushed_daemon(engine) as pushed:
        daemon = pushed.daemon
        daemon.context.topic = dataclasses.replace(daemon.context.topic, sources=())
        with storage.transaction(engine) as session:
            daemon.sync_topics(session)
        await daemon.maintain_push()
        await until(lambda: ("unsubscribe", 200) in pushed.hub.verifications)
        sub = pushed.subscription()
        _, unsubscribe = pushed.hub.requests
    assert unsubscribe["hub.mode"] == "unsubscribe" and unsubscribe["hub.topic"] == pushed.topic
    assert pushed.hub.subscriptions == {}  # the hub pushes to it no more
    assert (sub.state, sub.reason) == ("lapsed", "unsubscribed")


@pytest.mark.parametrize(("granted", "kept"), [("99999999999999999999", 365 * 86400), ("²", None), ("-5", None)])
async def test_a_hub_granting_an_absurd_lease_is_kept_within_a_year_or_refused(engine, granted, kept):
    async with pushed_daemon(engine) as pushed:
        sub = pushed.subscription()
        params = {"hub.mode": "subscribe", "hub.topic": pushed.topic, "hub.challenge": "c0ffee",
                  "hub.lease_seconds": granted}
        async with httpx.AsyncClient(timeout=5, trust_env=False) as http:
            answer = await http.get(f"{pushed.callback_base}/websub/{sub.id}", params=params)
        after = pushed.subscription()
    if kept is None:
        assert answer.status_code == 404 and after.lease_s == 1000
    else:
        assert (answer.status_code, answer.text, after.lease_s) == (200, "c0ffee", kept)
