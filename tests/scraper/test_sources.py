"""Source kinds: the registry, feeds (good, broken, filtered) and watched pages, over a real local server."""

from __future__ import annotations

import datetime as dt

import pytest

from scraper.sources import SOURCE_KINDS, Source, SourceConfigError, make_source
from scraper.sources.rss import parse_feed
from scraper.types import FetchState, SourceConfig, Topic

TOPIC = Topic(
    slug="aouad",
    title="All of Us Are Dead",
    season=2,
    titles=("All of Us Are Dead", "지금 우리 학교는", "Estamos muertos"),
)
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}

OUTLET_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Drama Desk</title><link>https://drama.example/</link>
<item><title>Zombie school drama ALL OF US ARE DEAD sets its return</title>
  <link>https://drama.example/2025/03/02/return/?utm_source=rss&amp;id=7#top</link>
  <description>&lt;p&gt;The &lt;b&gt;second&lt;/b&gt; season gets a date.&lt;/p&gt;</description>
  <pubDate>Sun, 02 Mar 2025 08:30:00 GMT</pubDate></item>
<item><title>A cooking show we liked</title><link>https://drama.example/cooking</link>
  <description>Nothing about zombies.</description></item>
<item><title>Weekend picks</title><link>https://drama.example/picks</link>
  <description>Also: the \u201call of us are dead\u201d cast reunites.</description></item>
<item><title>지금 우리 학교는 시즌2 촬영 소식</title><link>https://drama.example/ko/1</link></item>
</channel></rss>"""

BROKEN_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Half a feed</title>
<item><title>All of Us Are Dead season 2: what we know</title><link>https://news.example/what-we-know</link></item>
<item><title>An entry without a link</title></item>
<item><title>All of Us Are Dead & a broken ampersand</title><link>https://news.example/broken</link>
</channel>"""

AGGREGATOR_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Search</title>
<item><title>All of Us Are Dead adds a new face</title><link>https://agg.example/r/1</link>
<source url="https://outlet.example">The Outlet Times</source></item>
</channel></rss>"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>All of Us Are Dead notes</title><link rel="alternate" href="/posts/notes"/>
<id>tag:blog,2025:1</id><updated>2025-04-01T12:00:00Z</updated><summary>Notes</summary></entry>
</feed>"""


def rss_source(url: str, **options) -> Source:
    return make_source(SourceConfig(name="drama-desk", kind="rss", url=url, options=options))


def test_kinds_register_themselves_with_documented_options():
    assert {"rss", "page"} <= set(SOURCE_KINDS)
    assert "filter" in SOURCE_KINDS["rss"].options


def test_an_unknown_option_names_source_kind_and_key():
    with pytest.raises(SourceConfigError) as caught:
        rss_source("https://x.example/feed", filtre=True)
    message = str(caught.value)
    assert "drama-desk" in message and "'rss'" in message and "'filtre'" in message


def test_an_unknown_kind_names_the_kinds_there_are():
    with pytest.raises(SourceConfigError) as caught:
        make_source(SourceConfig(name="s", kind="carrier-pigeon", url="https://x.example"))
    assert "carrier-pigeon" in str(caught.value) and "rss" in str(caught.value)


def test_a_filter_that_is_not_a_boolean_is_refused():
    with pytest.raises(SourceConfigError) as caught:
        rss_source("https://x.example/feed", filter="sometimes")
    assert "'filter'" in str(caught.value)


async def test_an_outlet_feed_keeps_only_entries_naming_the_show(http_server, fetcher):
    http_server.route("/feed", body=OUTLET_FEED, headers={**RSS, "ETag": '"f1"'})
    discovery = await rss_source(http_server.url("/feed")).discover(fetcher, {}, TOPIC)
    urls = [lead.url for lead in discovery.leads]
    assert urls == [
        "https://drama.example/2025/03/02/return/?id=7",
        "https://drama.example/picks",
        "https://drama.example/ko/1",
    ]
    first = discovery.leads[0]
    assert first.summary == "The second season gets a date."
    assert first.published == dt.datetime(2025, 3, 2, 8, 30, tzinfo=dt.UTC)
    assert first.source == "drama-desk"
    assert discovery.states == {http_server.url("/feed"): FetchState(etag='"f1"')}
    assert discovery.problems == ()


async def test_filter_off_keeps_every_entry(http_server, fetcher):
    http_server.route("/feed", body=OUTLET_FEED, headers=RSS)
    discovery = await rss_source(http_server.url("/feed"), filter=False).discover(fetcher, {}, TOPIC)
    assert len(discovery.leads) == 4


async def test_an_unchanged_feed_is_not_modified(http_server, fetcher):
    http_server.route("/feed", status=304, headers={"ETag": '"f1"'})
    url = http_server.url("/feed")
    discovery = await rss_source(url).discover(fetcher, {url: FetchState(etag='"f1"')}, TOPIC)
    assert discovery.not_modified and discovery.leads == ()
    assert discovery.states == {url: FetchState(etag='"f1"')}


async def test_a_broken_feed_keeps_its_good_entries_and_says_what_was_wrong(http_server, fetcher):
    http_server.route("/feed", body=BROKEN_FEED, headers=RSS)
    discovery = await rss_source(http_server.url("/feed")).discover(fetcher, {}, TOPIC)
    assert "https://news.example/what-we-know" in [lead.url for lead in discovery.leads]
    assert any("malformed" in problem for problem in discovery.problems)
    assert any("entry 2 has no http(s) link" in problem for problem in discovery.problems)


def test_an_aggregators_source_element_names_the_publisher():
    leads, problems = parse_feed(AGGREGATOR_FEED.encode(), url="https://agg.example/rss")
    assert leads[0].publisher == "The Outlet Times" and problems == []


def test_atom_links_are_resolved_against_the_feed_url():
    leads, _ = parse_feed(ATOM_FEED.encode(), url="https://blog.example/feed.atom")
    assert leads[0].url == "https://blog.example/posts/notes"
    assert leads[0].published == dt.datetime(2025, 4, 1, 12, tzinfo=dt.UTC)


def test_bytes_that_are_no_feed_give_a_problem_not_an_exception():
    leads, problems = parse_feed(b"\x00\xff garbage <html>", url="https://x.example/feed")
    assert leads == [] and problems


async def test_a_watched_page_is_one_lead_with_its_validators(http_server, fetcher):
    page = "<html><head><title>All of Us Are Dead - Wiki</title></head><body><p>text</p></body></html>"
    http_server.route(
        "/wiki",
        body=page,
        headers={"Content-Type": "text/html", "Last-Modified": "Wed, 02 Jul 2025 00:00:00 GMT"},
    )
    source = make_source(SourceConfig(name="wiki", kind="page", url=http_server.url("/wiki")))
    discovery = await source.discover(fetcher, {}, TOPIC)
    assert [(lead.url, lead.title, lead.source) for lead in discovery.leads] == [
        (http_server.url("/wiki"), "All of Us Are Dead - Wiki", "wiki")
    ]
    assert discovery.states == {http_server.url("/wiki"): FetchState(last_modified="Wed, 02 Jul 2025 00:00:00 GMT")}


async def test_an_unchanged_page_gives_no_lead(http_server, fetcher):
    http_server.route("/wiki", status=304)
    source = make_source(SourceConfig(name="wiki", kind="page", url=http_server.url("/wiki")))
    discovery = await source.discover(fetcher, {http_server.url("/wiki"): FetchState(etag='"w"')}, TOPIC)
    assert discovery.not_modified and discovery.leads == ()


async def test_a_304_to_validators_another_source_saved_with_its_copy_is_read_from_the_copy(http_server, fetcher):
    page = b"<html><head><title>All of Us Are Dead - Wiki</title></head><body><p>caf\xe9</p></body></html>"
    http_server.route("/wiki", status=304, headers={"ETag": '"w"'})
    url = http_server.url("/wiki")
    copy = FetchState(etag='"w"', body=page, content_type="text/html; charset=latin-1", final_url=url + "?moved")
    source = make_source(SourceConfig(name="wiki", kind="page", url=url))
    discovery = await source.discover(fetcher, {url: copy}, TOPIC)
    assert not discovery.not_modified
    [lead] = discovery.leads
    assert (lead.url, lead.title) == (url + "?moved", "All of Us Are Dead - Wiki")
    assert lead.fetched is not None and "café" in lead.fetched.text()
    assert discovery.states[url].body == page  # kept again with the validators, for the next source's 304


async def test_a_feeds_ttl_is_its_servers_hint_for_the_next_poll(http_server, fetcher):
    body = OUTLET_FEED.replace("<channel><title>Drama Desk</title>", "<channel><title>Drama Desk</title><ttl>90</ttl>")
    http_server.route("/feed", body=body, headers={**RSS, "Cache-Control": "max-age=600"})
    discovery = await rss_source(http_server.url("/feed")).discover(fetcher, {}, TOPIC)
    assert (discovery.poll_after_s, discovery.poll_after_why) == (5400.0, "feed ttl")


def test_common_options_are_known_to_every_kind():
    source = rss_source("https://x.example/feed", budget=5, allow=["10.0.0.0/8"])
    assert (source.budget, source.allow) == (5, ("10.0.0.0/8",))
    with pytest.raises(SourceConfigError, match="'budget'"):
        rss_source("https://x.example/feed", budget=-1)


def test_every_default_source_is_a_valid_source_of_its_kind():
    from claimwatch.topic import load_topic

    topic = load_topic()
    sources = [make_source(config) for config in topic.sources]
    assert {source.kind for source in sources} == {"rss", "search", "sitemap", "listing", "page"}
    [english] = [s for s in sources if s.name == "news-search-en"]
    assert english.feed_url(topic).startswith("https://news.google.com/rss/search?q=%22All+of+Us+Are+Dead%22+season+2&")


def test_a_sources_interval_bounds_are_durations_in_the_topic_file():
    from claimwatch.errors import ConfigError
    from claimwatch.topic import topic_from_dict

    base = {"slug": "s", "title": "Show", "season": 2}
    entry = {"name": "f", "kind": "rss", "url": "https://x.example/f", "min_interval": "10m", "max_interval": "6h"}
    [config] = topic_from_dict({**base, "sources": [entry]}, "t.toml").sources
    assert (config.interval_s, config.min_interval_s, config.max_interval_s) == (1800, 600, 21600)
    with pytest.raises(ConfigError, match=r"sources\[0\].max_interval"):
        topic_from_dict({**base, "sources": [{**entry, "max_interval": "often"}]}, "t.toml")
