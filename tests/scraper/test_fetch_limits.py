"""Limits against a real local server: bombs, encodings, a trickling server, concurrency, Crawl-delay."""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import gzip
import time
import zlib

import pytest

from scraper.errors import FetchError
from scraper.fetch.client import Fetcher
from scraper.fetch.decode import BodyTooLarge, BoundedDecoder
from scraper.types import FetchState
from tests.scraper.conftest import TEST_FETCH
from tests.scraper.http_server import Route

HTML = {"Content-Type": "text/html; charset=utf-8"}


async def test_a_gzip_bomb_is_stopped_at_the_limit_and_named(http_server):
    bomb = gzip.compress(b"\0" * 20_000_000)  # 20 MB of zeros in about 20 KB
    http_server.route("/bomb", body=bomb, headers={**HTML, "Content-Encoding": "gzip"})
    async with Fetcher(dataclasses.replace(TEST_FETCH, max_body_bytes=1_000_000)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(http_server.url("/bomb"))
    assert caught.value.stage == "size" and "decompress" in caught.value.reason
    assert http_server.url("/bomb") in str(caught.value)


def test_the_decoder_never_holds_more_than_the_limit_of_a_bomb():
    decoder = BoundedDecoder("gzip", 100_000)
    bomb = gzip.compress(b"a" * 50_000_000)
    out = 0
    with pytest.raises(BodyTooLarge):
        for start in range(0, len(bomb), 65536):
            out += len(decoder.feed(bomb[start : start + 65536]))
    assert out <= 100_000


async def test_gzip_and_deflate_bodies_are_decoded(http_server, fetcher):
    page = "<p>지금 우리 학교는 season two</p>".encode()
    http_server.route("/gz", body=gzip.compress(page), headers={**HTML, "Content-Encoding": "gzip"})
    http_server.route("/zz", body=zlib.compress(page), headers={**HTML, "Content-Encoding": "deflate"})
    for path in ("/gz", "/zz"):
        response = await fetcher.fetch(http_server.url(path))
        assert response.body == page
    assert http_server.hits("/gz")[0].headers["accept-encoding"] == "gzip, deflate"


async def test_an_encoding_not_asked_for_is_a_decode_error(http_server, fetcher):
    http_server.route("/br", body=b"\x1b\x00", headers={**HTML, "Content-Encoding": "br"})
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/br"))
    assert caught.value.stage == "decode" and "'br'" in caught.value.reason


async def test_broken_gzip_is_a_decode_error(http_server, fetcher):
    http_server.route("/bad", body=b"\x1f\x8bnot gzip at all", headers={**HTML, "Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/bad"))
    assert caught.value.stage == "decode"


async def test_a_server_that_trickles_is_cut_by_the_total_timeout(http_server):
    http_server.route("/drip", body=b"x" * 1000, headers=HTML, trickle=0.05)  # 5 s for the whole body
    settings = dataclasses.replace(TEST_FETCH, total_timeout_s=0.5, read_timeout_s=2.0, retries=0)
    async with Fetcher(settings) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(http_server.url("/drip"))
    assert caught.value.stage == "timeout" and "0.5 s" in caught.value.reason


@pytest.mark.parametrize(("per_host", "overall", "peak"), [(2, 8, 2), (4, 1, 1)])
async def test_requests_in_flight_stay_within_the_per_host_and_global_limits(http_server, per_host, overall, peak):
    for n in range(6):
        http_server.route(f"/slow{n}", body="<p>ok</p>", headers=HTML, delay=0.2)
    settings = dataclasses.replace(TEST_FETCH, per_host_in_flight=per_host, max_in_flight=overall)
    async with Fetcher(settings) as fetcher:
        await asyncio.gather(*(fetcher.fetch(http_server.url(f"/slow{n}")) for n in range(6)))
    assert http_server.peak_in_flight == peak


async def test_crawl_delay_spaces_requests_to_the_host(http_server, fetcher):
    http_server.route("/robots.txt", body="User-agent: *\nCrawl-delay: 0.4\n", headers={"Content-Type": "text/plain"})
    http_server.route("/a", body="<p>a</p>", headers=HTML)
    http_server.route("/b", body="<p>b</p>", headers=HTML)
    await asyncio.gather(fetcher.fetch(http_server.url("/a")), fetcher.fetch(http_server.url("/b")))
    starts = sorted(request.at for request in http_server.requests if request.path in ("/a", "/b"))
    assert starts[1] - starts[0] >= 0.35


async def test_a_304_and_a_redirect_leave_the_connection_reusable(http_server, fetcher):
    http_server.route("/same", status=304, headers={"ETag": '"v"'})
    http_server.route("/go", redirect="/same")
    for _ in range(3):
        assert (await fetcher.fetch(http_server.url("/go"), FetchState(etag='"v"'))).not_modified
    assert len(http_server.hits("/same")) == 3
    assert len({request.client_port for request in http_server.requests}) == 1


@pytest.mark.parametrize(
    ("headers", "fresh"),
    [
        ({"Cache-Control": "public, max-age=900"}, 900.0),
        ({"Cache-Control": "no-cache"}, 0.0),
        ({"Expires": "in an hour"}, 3600.0),
        ({"Expires": "0"}, 0.0),
        ({}, None),
    ],
)
async def test_the_servers_freshness_is_read_from_cache_control_or_expires(http_server, fetcher, headers, fresh):
    if headers.get("Expires") == "in an hour":  # made now: the parameters are made when tests are collected
        headers = {"Expires": email.utils.formatdate(time.time() + 3600, usegmt=True)}
    http_server.route("/feed", Route(body="<rss/>", headers={"Content-Type": "application/rss+xml", **headers}))
    response = await fetcher.fetch(http_server.url("/feed"))
    assert response.fresh_for_s == fresh or abs((response.fresh_for_s or 0) - (fresh or 0)) < 5
