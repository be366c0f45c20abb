"""No bytes make the feed parser raise: a broken feed is problems, never an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.sources.rss import parse_feed

FEED_PARTS = st.sampled_from(
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
feeds = st.lists(st.one_of(FEED_PARTS, st.text(max_size=20)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=2000), feeds.map(str.encode)))
def test_any_bytes_give_leads_and_problems(data):
    leads, problems = parse_feed(data, url="https://x.example/feed")
    assert isinstance(leads, list) and isinstance(problems, list)
    assert all(lead.url.startswith(("http://", "https://")) for lead in leads)
