"""A quiet first run: a season's first round sends one initial-state summary per channel, then changes one by one.

A real daemon reads a local news site (three stories of a back catalogue, then a fourth) and delivers to
a real SMTP server and a real webhook receiver on 127.0.0.1.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

import storage
from claimwatch.cli import main
from claimwatch.daemon import Daemon
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from notifier import RetryPolicy, make_channel
from scraper.types import SourceConfig
from tests.conftest import cli_url
from tests.notifier.servers import HOST, MailServer, WebhookReceiver
from tests.scraper.conftest import TEST_FETCH
from tests.scraper.http_server import LocalServer

STORIES = {
    "/renewed": ("Zombie Screen Weekly", "2022-06-10", "All of Us Are Dead gets a second season",
                 "Netflix has officially renewed All of Us Are Dead for a second season, the streamer announced "
                 "on Friday.",
                 "The high school zombie series was one of the most watched shows on the service that spring."),
    "/episodes": ("Seoul Series Desk", "2024-03-02", "How long will All of Us Are Dead season 2 be?",
                  "All of Us Are Dead season 2 will have 12 episodes, according to a production source who spoke "
                  "to us this week.",
                  "Filming is said to be taking place in Seoul and nearby towns."),
    "/premiere": ("Streaming Calendar", "2025-01-20", "Netflix dates the zombie drama's return: 2026",
                  "Netflix confirmed on Monday that All of Us Are Dead season 2 is going to premiere in March 2026.",
                  "The release was moved after the writers asked for more time on the script. The cast returned "
                  "to the set in late spring, and reshoots were finished by the autumn."),
}
LATER = ("/returns", ("Drama Casting Notes", "2025-05-05", "Park Ji-hu returns for All of Us Are Dead season 2",
                      "Netflix confirmed that Park Ji-hu comes back to play Nam On-jo in the second season of All of Us Are Dead.",
                      "The actor was a favourite of viewers in the first run of the show. The casting was shared in "
                      "a short video the streamer posted on its channels on Monday morning."))


def page(site: str, day: str, title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
            f'<meta property="article:published_time" content="{day}T09:00:00+09:00"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


class NewsSite:
    """A local site whose feed lists the stories served so far."""

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.paths: list[str] = []

    def publish(self, path: str, story: tuple[str, ...]) -> None:
        self.paths.append(path)
        self.server.route(path, body=page(*story), headers={"Content-Type": "text/html; charset=utf-8"})
        items = "".join(f"<item><title>{p}</title><link>{self.server.url(p)}</link></item>" for p in self.paths)
        self.server.route("/feed.xml", body=f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
                                            f"{items}</channel></rss>",
                          headers={"Content-Type": "application/rss+xml"})


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with LocalServer() as server:
        news = NewsSite(server)
        for path, story in STORIES.items():
            news.publish(path, story)
        yield news


@pytest.fixture
def receivers() -> Iterator[tuple[MailServer, WebhookReceiver]]:
    with MailServer() as mail, WebhookReceiver() as hook:
        yield mail, hook


def daemon_for(engine, site: NewsSite, receivers, *, baseline: bool = True) -> Daemon:
    mail, hook = receivers
    feed = SourceConfig(name="news", kind="rss", url=site.server.url("/feed.xml"), interval_s=600,
                        options={"filter": False})
    channels = {"mail": make_channel("mail", {"type": "email", "host": HOST, "port": mail.port, "security": "none",
                                              "from": "alerts@example.org", "to": "me@example.org",
                                              "tier": "rumoured"}),
                "hook": make_channel("hook", {"type": "webhook", "url": hook.url(), "tier": "rumoured"})}
    context = Context(engine=engine, topic=dataclasses.replace(load_topic(), sources=(feed,)), channels=channels,
                      baseline=baseline)
    return Daemon(context=context, fetch_settings=TEST_FETCH, worker="test",
                  policy=RetryPolicy(max_attempts=2, base_s=0.1, max_s=0.2))


async def one_round(engine, site, receivers, **options) -> None:
    async with daemon_for(engine, site, receivers, **options) as daemon:
        await daemon.run_once()


def subjects(receivers) -> tuple[list[str], list[str]]:
    mail, hook = receivers
    return [str(m["Subject"]) for m in mail.messages], [r.json()["subject"] for r in hook.accepted]


async def test_the_first_round_sends_one_summary_per_channel_and_the_next_round_each_change(engine, site, receivers):
    await one_round(engine, site, receivers)
    mails, hooks = subjects(receivers)
    assert mails == hooks == ["All of Us Are Dead S2: initial state, 3 beliefs"]
    [summary] = receivers[0].messages
    text = summary.get_body(("plain",)).get_content()
    assert "• renewal (confirmed" in text and "• 12 episodes (rumoured" in text
    assert "“Netflix confirmed on Monday that All of Us Are Dead season 2 is going to premiere in March 2026.”" in text
    assert site.server.url("/premiere") in text

    site.publish(*LATER)
    await one_round(engine, site, receivers)
    mails, hooks = subjects(receivers)
    assert len(mails) == len(hooks) == 2
    assert mails[1] == hooks[1] and "Park Ji-hu" in mails[1] and "initial state" not in mails[1]


async def test_a_restart_after_the_baseline_does_not_send_it_again(engine, site, receivers, capsys):
    await one_round(engine, site, receivers)
    await one_round(engine, site, receivers)  # a new daemon on the same database: nothing new, nothing sent
    mails, hooks = subjects(receivers)
    assert len(mails) == len(hooks) == 1
    with storage.transaction(engine) as session:
        assert storage.outbox_counts(session) == {"delivered": 2}
    assert main(["outbox", "--db", cli_url(engine)]) == 0
    assert capsys.readouterr().out.count("All of Us Are Dead S2: initial state, 3 beliefs") == 2


async def test_no_baseline_alerts_every_change_of_the_first_round(engine, site, receivers):
    await one_round(engine, site, receivers, baseline=False)
    mails, hooks = subjects(receivers)
    assert len(mails) == len(hooks) == 3  # one alert per story, as before
    assert not any("initial state" in subject for subject in mails + hooks)


async def test_the_summary_waits_until_every_source_was_polled_once(engine, site, receivers):
    daemon = daemon_for(engine, site, receivers)
    second = SourceConfig(name="more-news", kind="rss", url=site.server.url("/feed.xml"), interval_s=600,
                          options={"filter": False})
    daemon.context.topic = dataclasses.replace(daemon.context.topic,
                                               sources=(*daemon.context.topic.sources, second))
    async with daemon:
        daemon.round_done(await daemon.poll(["news"]))
        await daemon.deliver(until_empty=True)
        assert subjects(receivers) == ([], [])  # three stories read, their changes recorded, nothing sent yet
        with storage.transaction(engine) as session:
            assert {change.kind for change in storage.changes(session)} == {"renewal", "episode_count",
                                                                           "release_date"}
        daemon.round_done(await daemon.poll(["more-news"]))
        await daemon.deliver(until_empty=True)
    assert subjects(receivers) == (["All of Us Are Dead S2: initial state, 3 beliefs"],) * 2
