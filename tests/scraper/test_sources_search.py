"""News-search feeds: the query from the topic's names, aggregator links resolved or kept as leads."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from scraper.fetch.client import Fetcher
from scraper.sources import SourceConfigError, make_source
from scraper.types import SourceConfig, Topic
from tests.scraper.conftest import TEST_FETCH

TOPIC = Topic(slug="aouad", title="All of Us Are Dead", season=2, titles=("All of Us Are Dead", "지금 우리 학교는"))
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


def results(port: int) -> str:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Search</title>
<item><title>All of Us Are Dead season 2 sets a March date - The Outlet</title>
<link>http://agg.test:{port}/articles/one</link><description>Netflix confirmed the date.</description>
<source url="http://outlet.test">The Outlet</source></item>
<item><title>All of Us Are Dead adds two actors - Seoul Daily</title>
<link>http://agg.test:{port}/articles/two</link><source url="http://seoul.test">Seoul Daily</source></item>
</channel></rss>"""


class LoopbackDNS:
    async def __call__(self, host: str, port: int) -> list[str]:
        return ["127.0.0.1"]


def search(url: str, **options):
    return make_source(SourceConfig(name="news-search", kind="search", url=url, options=options))


async def test_the_query_is_made_of_the_topics_names(http_server, fetcher):
    http_server.route("/rss/search", body=results(http_server.port), headers=RSS)
    source = search(http_server.url("/rss/search?q={query}&hl=en"), query="{names} season {season}")
    discovery = await source.discover(fetcher, {}, TOPIC)
    asked = next(request.path for request in http_server.requests if request.path.startswith("/rss/search"))
    sent = parse_qs(urlsplit(asked).query)
    assert sent["q"] == ['"All of Us Are Dead" OR "지금 우리 학교는" season 2'] and sent["hl"] == ["en"]
    assert [lead.publisher for lead in discovery.leads] == ["The Outlet", "Seoul Daily"]


async def test_a_link_a_plain_request_can_follow_reaches_the_publisher(http_server):
    port = http_server.port
    http_server.route("/articles/one", redirect=f"http://outlet.test:{port}/2026/aouad-date")
    http_server.route("/2026/aouad-date", body="<p>The full story</p>", headers=HTML)
    http_server.route("/articles/two", body="<html><script>location='...'</script></html>", headers=HTML)
    source = search(f"http://agg.test:{port}/rss?q={{query}}")
    async with Fetcher(TEST_FETCH, resolver=LoopbackDNS()) as fetcher:
        http_server.route("/rss", body=results(port), headers=RSS)
        discovery = await source.discover(fetcher, {}, TOPIC)
        one, two = discovery.leads
        resolved = await source.read_lead(fetcher, one)
        unresolved = await source.read_lead(fetcher, two)
    assert resolved is not None and resolved.final_url == f"http://outlet.test:{port}/2026/aouad-date"
    assert unresolved is None  # a script redirect: the item's own title is the article


async def test_resolve_off_reads_every_item_as_its_own_lead(http_server, fetcher):
    source = search(http_server.url("/rss?q={query}"), resolve=False)
    http_server.route("/rss", body=results(http_server.port), headers=RSS)
    discovery = await source.discover(fetcher, {}, TOPIC)
    assert await source.read_lead(fetcher, discovery.leads[0]) is None
    assert http_server.hits("/articles/one") == []


@pytest.mark.parametrize(("url", "options", "key"), [
    ("https://news.example/rss", {}, "'url'"),
    ("https://news.example/rss?q={query}", {"query": "{title}"}, "'query'"),
])
def test_a_search_without_its_placeholders_is_a_config_error(url, options, key):
    with pytest.raises(SourceConfigError) as caught:
        search(url, **options)
    assert key in str(caught.value)
