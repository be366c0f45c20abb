"""Sitemap sources over a real local server: urlsets, news sitemaps, indexes, lastmod, gzip, broken ones."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from scraper.sources import SourceConfigError, make_source
from scraper.sources.sitemap_parse import parse_sitemap
from scraper.types import FetchState, SourceConfig, Topic

TOPIC = Topic(slug="aouad", title="All of Us Are Dead", season=2, titles=("All of Us Are Dead", "지금 우리 학교는"))
XML = {"Content-Type": "application/xml"}
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def urlset(*entries: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS} {NEWS_NS}>{"".join(entries)}</urlset>'


def url_entry(loc: str, lastmod: str | None = None) -> str:
    return f"<url><loc>{loc}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>"


def news_entry(loc: str, title: str, published: str) -> str:
    return (f"<url><loc>{loc}</loc><news:news><news:publication><news:name>Drama Desk</news:name>"
            f"<news:language>en</news:language></news:publication><news:publication_date>{published}"
            f"</news:publication_date><news:title>{title}</news:title></news:news></url>")


def index(*children: tuple[str, str]) -> str:
    body = "".join(f"<sitemap><loc>{loc}</loc><lastmod>{lastmod}</lastmod></sitemap>" for loc, lastmod in children)
    return f'<?xml version="1.0"?><sitemapindex {NS}>{body}</sitemapindex>'


def sitemap_source(url: str, **options):
    return make_source(SourceConfig(name="desk-sitemap", kind="sitemap", url=url, options=options))


async def test_a_news_sitemap_gives_titled_dated_leads_newest_first(http_server, fetcher):
    http_server.route("/news.xml", body=urlset(
        news_entry("https://desk.example/old", "A cooking show returns", "2026-01-02T08:00:00+09:00"),
        news_entry("https://desk.example/new?utm_source=sm", "All of Us Are Dead S2 date", "2026-01-20T15:00:00Z"),
    ), headers=XML)
    discovery = await sitemap_source(http_server.url("/news.xml")).discover(fetcher, {}, TOPIC)
    first, second = discovery.leads
    assert (first.url, first.title, first.publisher) == ("https://desk.example/new", "All of Us Are Dead S2 date",
                                                          "Drama Desk")
    assert first.published == dt.datetime(2026, 1, 20, 15, tzinfo=dt.UTC)
    assert second.published == dt.datetime(2026, 1, 1, 23, tzinfo=dt.UTC)
    assert discovery.problems == ()


async def test_filter_keeps_pages_whose_title_or_url_names_the_show(http_server, fetcher):
    http_server.route("/sm.xml", body=urlset(
        url_entry("https://desk.example/2026/01/all-of-us-are-dead-season-2-cast"),
        url_entry("https://desk.example/2026/01/cooking-show"),
        news_entry("https://desk.example/k/1", "지금 우리 학교는 시즌2", "2026-01-20"),
    ), headers=XML)
    discovery = await sitemap_source(http_server.url("/sm.xml"), filter=True).discover(fetcher, {}, TOPIC)
    assert {lead.url for lead in discovery.leads} == {
        "https://desk.example/2026/01/all-of-us-are-dead-season-2-cast", "https://desk.example/k/1"}


async def test_an_index_reads_its_newest_children_within_max_sitemaps(http_server, fetcher):
    base = http_server.url("")
    http_server.route("/index.xml", body=index((f"{base}/2025-12.xml", "2025-12-31"),
                                               (f"{base}/2026-01.xml", "2026-01-20"),
                                               (f"{base}/2025-11.xml", "2025-11-30")), headers=XML)
    for month in ("2025-11", "2025-12", "2026-01"):
        http_server.route(f"/{month}.xml", body=urlset(url_entry(f"https://desk.example/{month}/story")), headers=XML)
    source = sitemap_source(http_server.url("/index.xml"), max_sitemaps=2)
    discovery = await source.discover(fetcher, {}, TOPIC)
    assert [lead.url for lead in discovery.leads] == ["https://desk.example/2026-01/story",
                                                      "https://desk.example/2025-12/story"]
    assert http_server.hits("/2025-11.xml") == []
    assert set(discovery.states) == {http_server.url(p) for p in ("/index.xml", "/2026-01.xml", "/2025-12.xml")}


async def test_a_child_unchanged_since_its_last_read_is_not_fetched(http_server, fetcher):
    base = http_server.url("")
    http_server.route("/index.xml", body=index((f"{base}/a.xml", "2026-01-10"), (f"{base}/b.xml", "2026-01-20")),
                      headers=XML)
    http_server.route("/a.xml", body=urlset(url_entry("https://desk.example/a")), headers=XML)
    http_server.route("/b.xml", status=304)
    read = dt.datetime(2026, 1, 15, tzinfo=dt.UTC)
    states = {f"{base}/a.xml": FetchState(etag='"a"', checked_at=read), f"{base}/b.xml": FetchState(etag='"b"', checked_at=read)}
    discovery = await sitemap_source(http_server.url("/index.xml")).discover(fetcher, states, TOPIC)
    assert http_server.hits("/a.xml") == []  # lastmod 10 Jan, read on the 15th: nothing new
    assert http_server.hits("/b.xml")[0].headers["if-none-match"] == '"b"'  # changed on the 20th: asked
    assert discovery.leads == ()


async def test_an_unchanged_sitemap_answers_304_and_costs_no_parsing(http_server, fetcher):
    http_server.route("/sm.xml", status=304, headers={"ETag": '"s1"'})
    url = http_server.url("/sm.xml")
    discovery = await sitemap_source(url).discover(fetcher, {url: FetchState(etag='"s1"')}, TOPIC)
    assert discovery.not_modified and discovery.leads == ()


async def test_a_gzipped_sitemap_file_is_read(http_server, fetcher):
    body = gzip.compress(urlset(url_entry("https://desk.example/zipped")).encode())
    http_server.route("/sitemap.xml.gz", body=body, headers={"Content-Type": "application/x-gzip"})
    discovery = await sitemap_source(http_server.url("/sitemap.xml.gz")).discover(fetcher, {}, TOPIC)
    assert [lead.url for lead in discovery.leads] == ["https://desk.example/zipped"]


async def test_a_gzipped_sitemap_bomb_is_a_problem_not_a_crash(http_server):
    import dataclasses

    from scraper.fetch.client import Fetcher
    from tests.scraper.conftest import TEST_FETCH

    http_server.route("/bomb.xml.gz", body=gzip.compress(b" " * 5_000_000), headers={"Content-Type": "application/gzip"})
    async with Fetcher(dataclasses.replace(TEST_FETCH, max_sitemap_bytes=100_000)) as fetcher:
        discovery = await sitemap_source(http_server.url("/bomb.xml.gz")).discover(fetcher, {}, TOPIC)
    assert discovery.leads == () and "could not be unpacked" in discovery.problems[0]


async def test_a_truncated_sitemap_keeps_the_entries_before_the_break(http_server, fetcher):
    whole = urlset(url_entry("https://desk.example/one"), url_entry("https://desk.example/two"))
    http_server.route("/cut.xml", body=whole[: whole.index("<url><loc>https://desk.example/two") + 20], headers=XML)
    discovery = await sitemap_source(http_server.url("/cut.xml")).discover(fetcher, {}, TOPIC)
    assert [lead.url for lead in discovery.leads] == ["https://desk.example/one"]
    assert "malformed after 1 entries" in discovery.problems[0]


def test_entity_expansion_is_refused_without_expanding():
    bomb = ('<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            f"<urlset {NS}><url><loc>https://x.example/&b;</loc></url></urlset>").encode()
    document = parse_sitemap(bomb, url="https://x.example/sm.xml", limit=10_000)
    assert document.entries == [] and "malformed" in document.problems[0]


def test_bytes_that_are_no_sitemap_say_so():
    document = parse_sitemap(b"<html><body>hello</body></html>", url="https://x.example/sm.xml", limit=10_000)
    assert document.entries == [] and any("not a sitemap" in p for p in document.problems)


def test_an_entry_without_a_usable_loc_is_skipped_and_named():
    body = urlset("<url><loc>javascript:alert(1)</loc></url>", url_entry("https://x.example/ok")).encode()
    document = parse_sitemap(body, url="https://x.example/sm.xml", limit=10_000)
    assert [e.loc for e in document.entries] == ["https://x.example/ok"] and "entry 1" in document.problems[0]


def test_max_sitemaps_must_be_a_number():
    with pytest.raises(SourceConfigError, match="max_sitemaps"):
        sitemap_source("https://x.example/sm.xml", max_sitemaps="many")


async def test_pages_unchanged_since_the_last_read_of_their_sitemap_are_skipped(http_server, fetcher):
    http_server.route("/sm.xml", body=urlset(url_entry("https://desk.example/old", "2026-01-10"),
                                             url_entry("https://desk.example/new", "2026-01-20T09:00:00+09:00"),
                                             url_entry("https://desk.example/undated")), headers=XML)
    url = http_server.url("/sm.xml")
    states = {url: FetchState(checked_at=dt.datetime(2026, 1, 15, tzinfo=dt.UTC))}
    discovery = await sitemap_source(url).discover(fetcher, states, TOPIC)
    assert [lead.url for lead in discovery.leads] == ["https://desk.example/new", "https://desk.example/undated"]


async def test_an_index_whose_child_failed_is_not_remembered_so_it_is_read_again(http_server, fetcher):
    base = http_server.url("")
    http_server.route("/index.xml", body=index((f"{base}/ok.xml", "2026-01-20"), (f"{base}/down.xml", "2026-01-19")),
                      headers={**XML, "ETag": '"i1"'})
    http_server.route("/ok.xml", body=urlset(url_entry("https://desk.example/ok")), headers={**XML, "ETag": '"ok"'})
    http_server.route("/down.xml", status=404)
    discovery = await sitemap_source(http_server.url("/index.xml")).discover(fetcher, {}, TOPIC)
    assert [lead.url for lead in discovery.leads] == ["https://desk.example/ok"]
    assert any("down.xml" in problem and "404" in problem for problem in discovery.problems)
    assert set(discovery.states) == {f"{base}/ok.xml"}  # not the index: its 304 would hide down.xml
