"""One spelling per page: tracking parameters, fragments and case do not make a new story."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.urls import canonicalize_url, site_of, slug_words


def test_tracking_parameters_and_fragment_are_dropped_and_the_rest_kept_in_order():
    url = "HTTPS://News.Example.COM:443/Story/Season-2?utm_source=x&b=2&fbclid=abc&a=1&gclid=z#comments"
    assert canonicalize_url(url) == "https://news.example.com/Story/Season-2?b=2&a=1"


def test_a_url_without_tracking_is_unchanged_except_case_of_scheme_and_host():
    assert canonicalize_url("http://Example.org/a?z=1&y=2") == "http://example.org/a?z=1&y=2"
    assert canonicalize_url("https://example.org") == "https://example.org/"


def test_a_non_default_port_is_kept():
    assert canonicalize_url("http://127.0.0.1:8080/feed?utm_medium=rss") == "http://127.0.0.1:8080/feed"


def test_site_is_the_host_without_www():
    assert site_of("https://www.Soompi.com/article/123") == "soompi.com"
    assert site_of("http://news.example:8000/x") == "news.example"
    assert site_of("not a url") == ""


@given(st.text())
def test_any_text_is_canonicalized_without_raising(text):
    assert isinstance(canonicalize_url(text), str)
    assert isinstance(site_of(text), str)


@pytest.mark.parametrize(
    ("amp", "page"),
    [
        ("https://www-soompi-com.cdn.ampproject.org/c/s/www.soompi.com/article/123?utm_source=x",
         "https://www.soompi.com/article/123"),
        ("https://news-example.cdn.ampproject.org/v/news.example/story", "http://news.example/story"),
        ("https://news.example/amp/2026/01/story", "https://news.example/2026/01/story"),
        ("https://news.example/2026/01/story/amp/", "https://news.example/2026/01/story/"),
        ("https://news.example/2026/01/story.amp.html", "https://news.example/2026/01/story.html"),
        ("https://news.example/story?amp=1&id=3", "https://news.example/story?id=3"),
        ("https://news.example/story?outputType=amp", "https://news.example/story"),
    ],
)
def test_amp_variants_are_the_page_itself(amp, page):
    assert canonicalize_url(amp) == page


def test_words_that_only_contain_amp_are_kept():
    assert canonicalize_url("https://news.example/champions/amp-stadium") == "https://news.example/champions/amp-stadium"
    assert canonicalize_url("https://news.example/amp") == "https://news.example/amp"
    assert canonicalize_url("https://news.example/s?amp=volts") == "https://news.example/s?amp=volts"


def test_a_urls_words_are_its_path_split_at_separators():
    assert slug_words("https://x.example/2026/01/all-of-us-are-dead_s2.html") == "2026 01 all of us are dead s2 html"
    assert slug_words("https://x.example/%EC%A7%80%EA%B8%88") == "지금"
