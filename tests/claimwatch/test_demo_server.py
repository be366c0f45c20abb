"""The demo's world as the daemon sees it: a real server on 127.0.0.1 publishing round by round."""

from __future__ import annotations

import re
from collections.abc import Iterator

import feedparser
import httpx
import pytest
from protego import Protego

from claimwatch.demo_server import DemoServer, Page
from scraper.article import extract_article


@pytest.fixture
def server() -> Iterator[DemoServer]:
    with DemoServer() as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as http:
        yield http


def feed_links(client: httpx.Client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return [entry.link for entry in parsed.entries]


def newest_first(server: DemoServer, pages: list[Page]) -> list[str]:
    ordered = sorted(pages, key=lambda page: page.article.published, reverse=True)
    return [server.url(page.article.path) for page in ordered]


def test_server_listens_on_loopback_and_robots_allows_everything(server, client):
    assert server.base_url.startswith("http://127.0.0.1:")
    robots = client.get(server.url("/robots.txt"))
    assert robots.status_code == 200
    rules = Protego.parse(robots.text)
    assert rules.can_fetch(server.feed_url, "claimwatch")
    assert rules.can_fetch(server.url(server.pages[0].article.path), "claimwatch")


def test_feed_grows_round_by_round_newest_first(server, client):
    assert server.rounds >= 8
    assert feed_links(client, server.feed_url) == []
    previous = 0
    for expected_round in range(1, server.rounds + 1):
        assert server.advance() == expected_round
        links = feed_links(client, server.feed_url)
        published = [page for page in server.pages if page.article.round <= expected_round]
        assert links == newest_first(server, published)
        assert len(links) > previous
        previous = len(links)


def test_feed_items_carry_title_description_date_guid_and_site(client):
    with DemoServer(round=1) as server:
        entry = feedparser.parse(client.get(server.feed_url).content).entries[0]
    assert entry.title == "All of Us Are Dead renewed for Season 2 at Netflix"
    assert "renewed" in entry.summary
    assert entry.published_parsed[:3] == (2022, 6, 10)
    assert entry.id == entry.link
    assert entry.source.title == "K-Drama Wire"


def test_unchanged_feed_answers_304_and_a_new_round_changes_it(server, client):
    server.advance()
    first = client.get(server.feed_url)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    same = client.get(server.feed_url, headers={"If-None-Match": etag})
    assert same.status_code == 304 and same.content == b""
    assert client.get(server.feed_url, headers={"If-Modified-Since": modified}).status_code == 304
    server.advance()
    changed = client.get(server.feed_url, headers={"If-None-Match": etag, "If-Modified-Since": modified})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert len(feedparser.parse(changed.content).entries) == 2


def test_article_is_404_until_its_round_is_published(server, client):
    later = next(page for page in server.pages if page.article.round == 2)
    url = server.url(later.article.path)
    assert client.get(url).status_code == 404
    server.advance()
    assert client.get(url).status_code == 404
    server.advance()
    answer = client.get(url)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")


def test_every_page_states_its_title_date_site_and_own_canonical_url(client):
    with DemoServer(round=8) as server:
        for page in server.pages:
            url = server.url(page.article.path)
            response = client.get(url)
            assert response.status_code == 200, url
            article = extract_article(response.content, url)
            assert article.title, url
            assert article.published == page.article.published, url
            assert article.site_name == page.article.site_name, url
            assert article.canonical_url == url, url
            assert article.is_article, url
            assert "{{" not in response.text, url


def test_syndicated_copy_tells_the_same_story_word_for_word():
    with DemoServer(round=8) as server:
        by_path = {page.article.path: page for page in server.pages}
        copies = [page for page in server.pages if page.article.copy_of]
        assert copies
        for copy in copies:
            original = by_path[copy.article.copy_of]
            assert copy.article.path != original.article.path
            assert copy.article.site != original.article.site
            assert story_body(copy.html) == story_body(original.html)


def story_body(html: str) -> str:
    found = re.search(r'<div class="article-body">(.*?)</div>', html, re.DOTALL)
    assert found, "the page has no article-body"
    return " ".join(found.group(1).split())


def test_site_feed_lists_only_that_sites_articles(client):
    with DemoServer(round=8) as server:
        streamsider = [page for page in server.pages if page.article.site == "streamsider"]
        links = feed_links(client, server.url("/site/streamsider/feed.xml"))
        assert links == newest_first(server, streamsider)
        assert client.get(server.url("/site/nowhere/feed.xml")).status_code == 404


def test_paths_served_counts_every_request(server, client):
    client.get(server.feed_url)
    client.get(server.feed_url)
    client.get(server.url("/missing"))
    assert server.paths_served["/feed.xml"] == 2
    assert server.paths_served["/missing"] == 1


def test_round_out_of_range_is_refused():
    with pytest.raises(ValueError, match="round must be between 0 and"):
        DemoServer(round=-1)
    last = DemoServer(round=8)
    with pytest.raises(LookupError, match="only 8 rounds"):
        last.advance()


def test_base_url_needs_a_started_server():
    server = DemoServer()
    with pytest.raises(RuntimeError, match="not started"):
        _ = server.base_url
    server.start()
    try:
        assert server.base_url.startswith("http://127.0.0.1:")
    finally:
        server.stop()
