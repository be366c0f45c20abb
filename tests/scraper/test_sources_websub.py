"""A feed's WebSub hub and self URL, found in an Atom feed, in an RSS channel's atom:link and in a Link header;
and a hub's pushed copy of the feed read as a poll reads it."""

from __future__ import annotations

from scraper.sources import make_source
from scraper.sources.rss import header_links, parse_feed_document
from scraper.types import SourceConfig, Topic

TOPIC = Topic(slug="aouad", title="All of Us Are Dead", season=2, titles=("All of Us Are Dead",))
RSS_WITH_HUB = """<?xml version="1.0"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Screen notes</title>
<atom:link rel="hub" href="https://hub.example/push"/>
<atom:link rel="self" type="application/rss+xml" href="https://notes.example/feed/"/>
<link>https://notes.example/</link>
<item><title>All of Us Are Dead: a date at last</title><link>https://notes.example/a-date</link></item>
<item><title>Gardening tips</title><link>https://notes.example/garden</link></item>
</channel></rss>"""
ATOM_WITH_HUB = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<link rel="hub" href="/hub"/><link rel="self" href="atom.xml"/>
<entry><title>Notes</title><link href="https://blog.example/n"/><id>tag:blog,2025:1</id></entry></feed>"""


def test_an_rss_channel_names_its_hub_and_self_with_atom_links():
    feed = parse_feed_document(RSS_WITH_HUB.encode(), url="https://notes.example/feed")
    assert (feed.hub, feed.self_url) == ("https://hub.example/push", "https://notes.example/feed/")


def test_an_atom_feed_names_its_hub_and_self_relative_to_the_feed():
    feed = parse_feed_document(ATOM_WITH_HUB.encode(), url="https://blog.example/x/feed")
    assert (feed.hub, feed.self_url) == ("https://blog.example/hub", "https://blog.example/x/atom.xml")


def test_a_feed_without_a_hub_names_none():
    feed = parse_feed_document(RSS_WITH_HUB.replace('rel="hub"', 'rel="related"').encode(), url="https://n.example/")
    assert feed.hub is None


def test_a_link_header_names_hub_and_self_whatever_the_order_and_quoting():
    header = '<https://n.example/feed>; rel="self", <https://hub.example/>; rel=hub, <https://n.example/>; rel="home"'
    assert header_links(header) == ("https://hub.example/", "https://n.example/feed")
    assert header_links('<https://hub.example/>; type="x"; rel="hub self"') == ("https://hub.example/",) * 2
    assert header_links("") == (None, None)
    assert header_links('</relative>; rel="hub"') == (None, None)


async def test_polling_a_feed_surfaces_its_hub_and_the_link_header_wins(http_server, fetcher):
    http_server.route("/feed", body=RSS_WITH_HUB, headers={"Content-Type": "application/rss+xml",
                                                          "Link": '<https://other-hub.example/>; rel="hub"'})
    source = make_source(SourceConfig(name="notes", kind="rss", url=http_server.url("/feed")))
    discovery = await source.discover(fetcher, {}, TOPIC)
    assert discovery.hub == "https://other-hub.example/"
    assert discovery.self_url == "https://notes.example/feed/"
    assert [lead.url for lead in discovery.leads] == ["https://notes.example/a-date"]


def test_a_pushed_feed_gives_the_leads_a_poll_would_without_a_fetch():
    source = make_source(SourceConfig(name="notes", kind="rss", url="https://notes.example/feed"))
    discovery = source.pushed(RSS_WITH_HUB.encode(), TOPIC, "application/rss+xml")
    assert [lead.url for lead in discovery.leads] == ["https://notes.example/a-date"]
    assert discovery.failure is None and discovery.states == {}


def test_a_broken_push_is_a_failure_not_an_exception():
    source = make_source(SourceConfig(name="notes", kind="rss", url="https://notes.example/feed"))
    discovery = source.pushed(b"\x00 not a feed at all", TOPIC)
    assert discovery.leads == () and discovery.failure
