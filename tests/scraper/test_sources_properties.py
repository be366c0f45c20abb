"""No bytes make the feed, sitemap or listing parser raise: broken input is problems, never an exception."""

from __future__ import annotations

import gzip

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.sources.listing import parse_listing
from scraper.sources.rss import parse_feed
from scraper.sources.sitemap_parse import parse_sitemap


def documents(parts: list[str]) -> st.SearchStrategy[str]:
    """Text made of a format's own pieces (tags, entities, bad values) and random text between them."""
    return st.lists(st.one_of(st.sampled_from(parts), st.text(max_size=20)), max_size=40).map("".join)


feeds = documents(
    [
        "<rss>",
        "</rss>",
        "<channel>",
        "<item>",
        "</item>",
        "<title>All of Us Are Dead</title>",
        "<link>https://x.example/a</link>",
        "<link>javascript:alert(1)</link>",
        "<pubDate>yesterday</pubDate>",
        "<source url='x'>",
        "<feed xmlns='http://www.w3.org/2005/Atom'>",
        "<entry>",
        "<link href='/rel'/>",
        "&bad;",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=2000), feeds.map(str.encode)))
def test_any_bytes_give_leads_and_problems(data):
    leads, problems = parse_feed(data, url="https://x.example/feed")
    assert isinstance(leads, list) and isinstance(problems, list)
    assert all(lead.url.startswith(("http://", "https://")) for lead in leads)


sitemaps = documents(
    [
        '<?xml version="1.0"?>',
        "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>",
        "</urlset>",
        "<sitemapindex>",
        "<sitemap>",
        "<url>",
        "</url>",
        "<loc>https://x.example/a</loc>",
        "<loc>/relative</loc>",
        "<lastmod>2026-13-45</lastmod>",
        "<lastmod>2026-01-20T10:00:00Z</lastmod>",
        "<news:title>All of Us Are Dead</news:title>",
        "<!DOCTYPE x [<!ENTITY e 'eee'>]>",
        "&e;",
        "<![CDATA[",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=2000), sitemaps.map(str.encode), st.binary(max_size=200).map(gzip.compress)))
def test_any_bytes_give_sitemap_entries_and_problems(data):
    document = parse_sitemap(data, url="https://x.example/sitemap.xml", limit=100_000)
    assert document.kind in ("index", "urlset", "unknown")
    assert all(entry.loc.startswith(("http://", "https://")) for entry in document.entries)


listings = documents(
    ["<a href='/story'>", "<a href='javascript:x'>", "</a>", "<h2>", "<article>", "<a>", "All of Us Are Dead",
     "<a href='http://[::1'>", "<a href='https://x.example/a b'>", "\x00", "<!--", "<script>"]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=2000), listings.map(str.encode)), st.sampled_from(["a", "h2 a", "article"]))
def test_any_bytes_give_listing_leads_and_problems(data, selector):
    leads, problems = parse_listing(data, url="https://x.example/section", selector=selector)
    assert all(lead.url.startswith(("http://", "https://")) for lead in leads)
    assert leads or problems
