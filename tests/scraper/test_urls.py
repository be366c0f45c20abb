"""One spelling per page: tracking parameters, fragments and case do not make a new story."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scraper.urls import canonicalize_url, site_of


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
