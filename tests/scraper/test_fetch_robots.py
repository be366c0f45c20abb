"""robots.txt is read once per host and obeyed; a failing one keeps us off the host."""

from __future__ import annotations

import pytest

from scraper.errors import FetchError

HTML = {"Content-Type": "text/html"}
ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: claimwatch\nDisallow: /drafts/\nCrawl-delay: 0\n"


async def test_a_path_robots_disallows_for_us_is_not_fetched(http_server, fetcher):
    http_server.route("/robots.txt", body=ROBOTS, headers={"Content-Type": "text/plain"})
    http_server.route("/drafts/next-season", body="<p>draft</p>", headers=HTML)
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/drafts/next-season"))
    assert caught.value.stage == "robots" and "claimwatch" in caught.value.reason
    assert http_server.hits("/drafts/next-season") == []


async def test_allowed_paths_are_fetched_and_robots_is_read_once(http_server, fetcher):
    http_server.route("/robots.txt", body=ROBOTS, headers={"Content-Type": "text/plain"})
    http_server.route("/private/page", body="<p>our group has no rule for it</p>", headers=HTML)
    http_server.route("/news", body="<p>news</p>", headers=HTML)
    await fetcher.fetch(http_server.url("/news"))
    await fetcher.fetch(http_server.url("/private/page"))  # the * group does not apply: ours matches
    assert len(http_server.hits("/robots.txt")) == 1


async def test_a_missing_robots_allows_everything(http_server, fetcher):
    http_server.route("/news", body="<p>news</p>", headers=HTML)
    response = await fetcher.fetch(http_server.url("/news"))
    assert response.status == 200


async def test_a_failing_robots_disallows_the_host_for_now(http_server, fetcher):
    http_server.route("/robots.txt", status=503)
    http_server.route("/news", body="<p>news</p>", headers=HTML)
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/news"))
    assert caught.value.stage == "robots" and "503" in caught.value.reason
    assert http_server.hits("/news") == []


async def test_a_redirect_into_a_disallowed_path_is_not_followed(http_server, fetcher):
    http_server.route("/robots.txt", body=ROBOTS, headers={"Content-Type": "text/plain"})
    http_server.route("/short", redirect="/drafts/x")
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/short"))
    assert caught.value.stage == "robots" and "after a redirect to" in caught.value.reason


async def test_crawl_delay_is_read_for_our_agent():
    from scraper.fetch.robots import RobotsCache

    async def getter(url: str, context: object) -> tuple[int, bytes]:
        assert url == "https://news.example/robots.txt"
        return 200, b"User-agent: claimwatch\nCrawl-delay: 7\n"

    cache = RobotsCache(getter, "claimwatch", ttl_s=60, error_ttl_s=10)
    assert await cache.check("https://news.example/story") == 7.0


def test_a_host_delay_spaces_the_next_start():
    from scraper.fetch.limits import HostLimiter

    limiter = HostLimiter(max_in_flight=4, per_host_in_flight=2)
    assert limiter._reserve_start("a.example", 5.0) == 0
    assert 0 < limiter._reserve_start("a.example", 5.0) <= 5.0
    assert limiter._reserve_start("b.example", 5.0) == 0


async def test_idle_hosts_are_forgotten_and_busy_ones_kept(monkeypatch):
    import scraper.fetch.limits as limits

    monkeypatch.setattr(limits, "FORGET_HOSTS_PAST", 3)
    limiter = limits.HostLimiter(max_in_flight=4, per_host_in_flight=1)
    async with limiter.slot("busy.example", 0.0):
        for host in ("a.example", "b.example", "c.example", "d.example"):
            async with limiter.slot(host, 0.0):
                pass
        assert "busy.example" in limiter._hosts and len(limiter._hosts) <= 3
