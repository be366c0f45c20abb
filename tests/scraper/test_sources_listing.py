"""HTML listing pages: links picked by a CSS selector, filtered by the show's names, over a real server."""

from __future__ import annotations

import pytest

from scraper.sources import SourceConfigError, make_source
from scraper.sources.listing import parse_listing
from scraper.types import FetchState, SourceConfig, Topic

TOPIC = Topic(slug="aouad", title="All of Us Are Dead", season=2, titles=("All of Us Are Dead", "지금 우리 학교는"))
HTML = {"Content-Type": "text/html; charset=utf-8"}
SECTION = """<html><body><nav><a href="/about">About us: All of Us Are Dead fans welcome</a></nav>
<main>
  <article><h2><a href="/2026/01/aouad-s2-date?utm_medium=section">All of Us Are Dead season 2 gets a date</a></h2></article>
  <article><h2><a href="https://other.example/kingdom">Kingdom season 3 news</a></h2></article>
  <article><h2><a href="/2026/01/all-of-us-are-dead-cast">New faces join the zombie school</a></h2></article>
  <article><h2><a href="/ko/1">지금 우리 학교는 시즌2 소식</a></h2></article>
  <article><h2><a href="javascript:void(0)">All of Us Are Dead quiz</a></h2></article>
</main></body></html>"""


def listing(url: str, **options):
    return make_source(SourceConfig(name="kdrama-section", kind="listing", url=url, options=options))


async def test_the_selector_picks_article_links_and_the_names_filter_them(http_server, fetcher):
    http_server.route("/k-drama", body=SECTION, headers=HTML)
    source = listing(http_server.url("/k-drama"), selector="main article h2 a")
    discovery = await source.discover(fetcher, {}, TOPIC)
    base = http_server.url("")
    assert [(lead.url, lead.title) for lead in discovery.leads] == [
        (f"{base}/2026/01/aouad-s2-date", "All of Us Are Dead season 2 gets a date"),
        (f"{base}/2026/01/all-of-us-are-dead-cast", "New faces join the zombie school"),  # its URL names it
        (f"{base}/ko/1", "지금 우리 학교는 시즌2 소식"),
    ]


async def test_a_selector_of_containers_takes_the_link_inside_and_filter_off_keeps_all(http_server, fetcher):
    http_server.route("/k-drama", body=SECTION, headers=HTML)
    source = listing(http_server.url("/k-drama"), selector="main article", filter=False)
    discovery = await source.discover(fetcher, {}, TOPIC)
    assert len(discovery.leads) == 4  # the javascript: link is no lead


async def test_an_unchanged_listing_is_not_modified(http_server, fetcher):
    http_server.route("/k-drama", status=304)
    url = http_server.url("/k-drama")
    source = listing(url, selector="h2 a")
    discovery = await source.discover(fetcher, {url: FetchState(etag='"l"')}, TOPIC)
    assert discovery.not_modified and discovery.leads == ()


def test_a_selector_matching_nothing_is_a_problem():
    leads, problems = parse_listing(SECTION, url="https://x.example/s", selector="ul.stories a")
    assert leads == [] and "matched no article link" in problems[0]


@pytest.mark.parametrize(("options", "message"), [({}, "is required"), ({"selector": ">>>"}, "not a CSS selector")])
def test_a_missing_or_broken_selector_is_a_config_error_naming_the_key(options, message):
    with pytest.raises(SourceConfigError) as caught:
        listing("https://x.example/s", **options)
    assert "'selector'" in str(caught.value) and message in str(caught.value)
