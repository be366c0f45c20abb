"""The scraper's errors cross process boundaries whole: a page read in a worker sends its error back."""

from __future__ import annotations

import pickle

from scraper.errors import FetchError, PageTooComplex, ParseError


def test_a_fetch_error_comes_back_from_a_worker_with_its_url_stage_and_retry_hints():
    error = FetchError("https://news.example/a", "http", "503 Service Unavailable", status=503, retry_after=60.0,
                       transient=True)
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is FetchError and str(back) == str(error)
    assert (back.url, back.stage, back.status, back.retry_after, back.transient) == (
        "https://news.example/a", "http", 503, 60.0, True)


def test_a_page_too_complex_comes_back_as_itself_naming_the_page():
    back = pickle.loads(pickle.dumps(PageTooComplex("https://news.example/deep", "nests 5,000 elements deep")))
    assert isinstance(back, ParseError) and type(back) is PageTooComplex
    assert str(back) == "https://news.example/deep: nests 5,000 elements deep"
