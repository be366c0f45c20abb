"""Hostile documents, generated: the HTML and feed parsers answer with an article, leads and problems,
or our own error; never another exception, whatever the nesting, attributes, encoding or entities.
(The full-size version is ``bench/fuzz.py``.)"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.article import extract_article
from scraper.errors import PageTooComplex
from scraper.sources.rss import parse_feed_document
from scraper.types import Article

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TAGS = ["div", "p", "span", "li", "td", "b", "a", "section", "script", "table", "font", "!--"]

nesting = st.builds(lambda tag, depth, closed: f"<{tag}>" * depth + "Season 2" + (f"</{tag}>" * depth if closed else ""),
                    st.sampled_from(TAGS), st.integers(0, 3000), st.booleans())
attribute = st.builds(lambda name, size, quote: f"<div {name}={quote}{'x' * size}{quote}>",
                      st.sampled_from(["class", "data-x", "style", "id"]), st.integers(0, 200_000),
                      st.sampled_from(['"', "'", ""]))
pieces = st.lists(st.one_of(nesting, attribute, st.text(max_size=30), st.sampled_from(["&#0;", "&amp", "<!--", "]]>"])),
                  max_size=8).map("".join)
encoded = st.builds(lambda text, codec: text.encode(codec, errors="replace"), pieces,
                    st.sampled_from(["utf-8", "cp1252", "utf-16", "euc-kr", "latin-1"]))
html = st.one_of(pieces.map(str.encode), encoded, st.binary(max_size=3000),
                 st.builds(lambda body, cut: body[:cut], encoded, st.integers(0, 500)))


@SETTINGS
@given(html)
def test_a_hostile_page_gives_an_article_or_says_it_is_too_complex(data):
    try:
        article = extract_article(data, "https://x.example/hostile")
    except PageTooComplex as exc:
        assert str(exc).startswith("https://x.example/hostile: page too ")
    else:
        assert isinstance(article, Article)


entity = st.builds(lambda depth, fan: "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * fan}">' for i in range(1, depth)),
                   st.integers(1, 8), st.integers(1, 12))


def feed_text(entities: str, item: str, repeat: int, cut: int) -> str:
    doctype = f"<!DOCTYPE rss [<!ENTITY e0 'x'>{entities}]>" if entities else ""
    return (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>&e0;</title>'
            f"{item * repeat}</channel></rss>")[:cut]


feed = st.builds(
    feed_text,
    st.one_of(st.just(""), entity), st.sampled_from(["<item><title>a</title><link>http://x.example/a</link></item>",
                                                     "<item>" + "<div>" * 2000, "<item><title>&e3;</title>",
                                                     '<item><link href="' + "x" * 5000 + '"/>']),
    st.integers(0, 50), st.integers(0, 100_000))


@SETTINGS
@given(st.one_of(feed.map(str.encode), feed.map(lambda text: text.encode("utf-16")), st.binary(max_size=3000)))
def test_a_hostile_feed_gives_leads_problems_and_a_failure_never_an_exception(data):
    parsed = parse_feed_document(data, url="https://x.example/feed")
    assert all(lead.url.startswith(("http://", "https://")) for lead in parsed.leads)
    assert parsed.failure is None or parsed.failure in parsed.problems
    if b"<!ENTITY e1" in data:
        assert parsed.failure == "https://x.example/feed: feed declares XML entities (an entity bomb or XXE?), refused"
