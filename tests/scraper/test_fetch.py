"""The fetcher against a real local HTTP server: what a caller gets back, and the errors it sees."""

from __future__ import annotations

import dataclasses

import pytest

from scraper.charset import sniff_charset
from scraper.errors import FetchError
from scraper.fetch.answers import parse_retry_after
from scraper.fetch.client import Fetcher
from scraper.types import FetchState
from tests.scraper.conftest import TEST_FETCH
from tests.scraper.http_server import Route

HTML = {"Content-Type": "text/html; charset=utf-8"}


async def test_a_page_comes_back_with_its_body_type_and_validators(http_server, fetcher):
    http_server.route(
        "/story",
        body="<p>Season two is filming</p>",
        headers={**HTML, "ETag": '"abc"', "Last-Modified": "Tue, 01 Jul 2025 10:00:00 GMT"},
    )
    response = await fetcher.fetch(http_server.url("/story"))
    assert response.status == 200
    assert response.text() == "<p>Season two is filming</p>"
    assert response.content_type == "text/html"
    assert response.encoding == "utf-8"
    assert response.state == FetchState(etag='"abc"', last_modified="Tue, 01 Jul 2025 10:00:00 GMT")
    assert http_server.hits("/story")[0].headers["user-agent"].startswith("claimwatch/")


async def test_known_validators_are_sent_and_a_304_is_not_modified(http_server, fetcher):
    state = FetchState(etag='"abc"', last_modified="Tue, 01 Jul 2025 10:00:00 GMT")
    http_server.route("/feed", status=304, headers={"ETag": '"abc"'})
    response = await fetcher.fetch(http_server.url("/feed"), state)
    sent = http_server.hits("/feed")[0].headers
    assert sent["if-none-match"] == '"abc"'
    assert sent["if-modified-since"] == "Tue, 01 Jul 2025 10:00:00 GMT"
    assert response.not_modified and response.body == b""
    assert response.state == state  # Last-Modified kept though the 304 did not repeat it


async def test_a_body_over_the_declared_limit_is_refused_as_size(http_server):
    http_server.route("/huge", body=b"x" * 5000, headers=HTML)
    async with Fetcher(dataclasses.replace(TEST_FETCH, max_body_bytes=1000)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(http_server.url("/huge"))
    assert caught.value.stage == "size"
    assert "1000 bytes" in str(caught.value) and http_server.url("/huge") in str(caught.value)


async def test_a_streamed_body_without_length_is_cut_at_the_limit(http_server):
    http_server.route("/stream", body=b"y" * 5000, headers=HTML, content_length=False)
    async with Fetcher(dataclasses.replace(TEST_FETCH, max_body_bytes=1000)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(http_server.url("/stream"))
    assert caught.value.stage == "size"


async def test_a_slow_server_times_out_with_a_timeout_error(http_server):
    http_server.route("/slow", body="late", headers=HTML, delay=30)
    settings = dataclasses.replace(TEST_FETCH, read_timeout_s=0.2, retries=0)
    async with Fetcher(settings) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(http_server.url("/slow"))
    assert caught.value.stage == "timeout" and caught.value.transient


async def test_a_redirect_loop_is_named_as_one(http_server, fetcher):
    http_server.route("/a", redirect="/b")
    http_server.route("/b", redirect="/a")
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/a"))
    assert caught.value.stage == "redirect"
    assert "loop" in caught.value.reason


async def test_too_many_redirects_stop_at_the_limit(http_server):
    for hop in range(4):
        http_server.route(f"/hop{hop}", redirect=f"/hop{hop + 1}")
    async with Fetcher(dataclasses.replace(TEST_FETCH, max_redirects=2)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(http_server.url("/hop0"))
    assert caught.value.stage == "redirect" and "more than 2 redirects" in caught.value.reason


async def test_redirects_are_followed_to_the_final_url(http_server, fetcher):
    http_server.route("/old", status=301, redirect="/new")
    http_server.route("/new", body="<p>moved</p>", headers=HTML)
    response = await fetcher.fetch(http_server.url("/old"))
    assert response.url == http_server.url("/old")
    assert response.final_url == http_server.url("/new")
    assert response.text() == "<p>moved</p>"


async def test_a_429_with_retry_after_is_retried_then_succeeds(http_server, fetcher):
    http_server.route(
        "/busy", Route(status=429, headers={"Retry-After": "0"}), Route(body="<p>ok</p>", headers=HTML)
    )
    response = await fetcher.fetch(http_server.url("/busy"))
    assert response.status == 200 and response.text() == "<p>ok</p>"
    assert len(http_server.hits("/busy")) == 2


async def test_a_retry_after_too_long_to_wait_fails_at_once_as_transient(http_server, fetcher):
    http_server.route("/later", Route(status=503, headers={"Retry-After": "3600"}), Route(body="ok"))
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/later"))
    assert caught.value.status == 503 and caught.value.transient
    assert caught.value.retry_after == 3600
    assert len(http_server.hits("/later")) == 1


async def test_server_errors_are_retried_up_to_the_setting(http_server, fetcher):
    http_server.route("/down", status=500)
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/down"))
    assert caught.value.stage == "http" and caught.value.status == 500 and caught.value.transient
    assert len(http_server.hits("/down")) == 1 + TEST_FETCH.retries


async def test_a_404_is_final_and_not_retried(http_server, fetcher):
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/missing"))
    assert caught.value.status == 404 and not caught.value.transient
    assert len(http_server.hits("/missing")) == 1


async def test_a_content_type_nothing_reads_is_refused(http_server, fetcher):
    http_server.route("/video.mp4", body=b"\x00\x00", headers={"Content-Type": "video/mp4"})
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(http_server.url("/video.mp4"))
    assert caught.value.stage == "content-type" and "video/mp4" in caught.value.reason


async def test_charset_missing_from_the_header_is_read_from_meta(http_server, fetcher):
    page = '<html><head><meta charset="windows-1252"></head><body><p>Café</p></body></html>'.encode("cp1252")
    http_server.route("/latin", body=page, headers={"Content-Type": "text/html"})
    response = await fetcher.fetch(http_server.url("/latin"))
    assert response.encoding == "cp1252"
    assert "Café" in response.text()


async def test_an_unknown_charset_in_the_header_falls_back_to_meta_then_utf8(http_server, fetcher):
    http_server.route(
        "/odd",
        body="<p>지금 우리 학교는</p>".encode(),
        headers={"Content-Type": "text/html; charset=no-such"},
    )
    response = await fetcher.fetch(http_server.url("/odd"))
    assert response.encoding == "utf-8"
    assert response.text() == "<p>지금 우리 학교는</p>"


async def test_a_connection_refused_is_a_transient_connect_error(http_server):
    port = http_server.port
    http_server.__exit__(None, None, None)  # nothing listens there any more
    async with Fetcher(dataclasses.replace(TEST_FETCH, retries=0, obey_robots=False)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.fetch(f"http://127.0.0.1:{port}/gone")
    assert caught.value.stage == "connect" and caught.value.transient


@pytest.mark.parametrize(
    "url", ["ftp://example.org/file", "file:///etc/passwd", "http:///nohost", "not a url"]
)
async def test_urls_that_are_not_http_are_refused_before_any_request(url, fetcher):
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(url)
    assert caught.value.stage == "url"


def test_retry_after_reads_seconds_and_http_dates():
    import datetime as dt

    now = dt.datetime(2025, 7, 1, 10, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Tue, 01 Jul 2025 10:01:00 GMT", now) == 60.0
    assert parse_retry_after("soon") is None


def test_a_document_declares_its_own_charset():
    assert sniff_charset(b'<?xml version="1.0" encoding="EUC-KR"?><rss/>') == "euc_kr"
    assert (
        sniff_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>")
        == "shift_jis"
    )
    assert sniff_charset(b"\xef\xbb\xbf<p>bom</p>") == "utf-8"
    assert sniff_charset(b"<p>nothing said</p>") is None


KOREAN = "<html><body><p>지금 우리 학교는 시즌2 촬영이 시작됐다. 넷플릭스는 공개일을 아직 밝히지 않았다.</p></body></html>"


async def test_a_latin1_header_on_a_utf8_page_is_read_as_utf8(http_server, fetcher):
    http_server.route("/mislabelled", body=KOREAN.encode(), headers={"Content-Type": "text/html; charset=ISO-8859-1"})
    response = await fetcher.fetch(http_server.url("/mislabelled"))
    assert response.encoding == "utf-8" and "지금 우리 학교는" in response.text()


async def test_a_utf8_header_on_an_euc_kr_page_falls_back_to_detection(http_server, fetcher):
    http_server.route("/euckr", body=KOREAN.encode("euc-kr"), headers={"Content-Type": "text/html; charset=utf-8"})
    response = await fetcher.fetch(http_server.url("/euckr"))
    assert "지금 우리 학교는" in response.text()


async def test_a_page_declaring_nothing_is_detected(http_server, fetcher):
    http_server.route("/bare", body=KOREAN.encode("euc-kr"), headers={"Content-Type": "text/html"})
    response = await fetcher.fetch(http_server.url("/bare"))
    assert response.encoding in ("euc_kr", "cp949") and "넷플릭스" in response.text()


async def test_a_body_cut_inside_a_character_keeps_its_declared_charset(http_server, fetcher):
    body = "<p>시즌2</p>".encode()[:-6]  # ends in the middle of a Hangul syllable
    http_server.route("/cut", body=body, headers={"Content-Type": "text/html; charset=utf-8"})
    assert (await fetcher.fetch(http_server.url("/cut"))).encoding == "utf-8"
