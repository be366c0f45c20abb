"""No input makes the article extractor raise: arbitrary bytes, text, and tag soup."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.article import article_from_text, extract_article, strip_html
from scraper.errors import PageTooComplex
from scraper.types import Article

TAGS = [
    "p",
    "div",
    "article",
    "main",
    "nav",
    "li",
    "ul",
    "h1",
    "h2",
    "br",
    "a",
    "script",
    "time",
    "aside",
    "header",
    "footer",
    "section",
    "span",
    "table",
    "td",
    "meta",
    "title",
    "html",
    "body",
    "html lang=ko",
]
pieces = st.one_of(
    st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(TAGS).map(lambda tag: f"</{tag.split()[0]}>"),
    st.sampled_from(
        [
            '<div class="related">',
            '<time datetime="2025-13-45">',
            '<time datetime="2025-02-03">',
            '<meta property="og:title" content="x">',
            '<link rel=canonical href="::bad">',
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 5}</script>',
            '<script type="application/ld+json">[[[{"@graph": {}}]]]</script>',
            "&#0;",
            "&amp;",
            '<div itemprop="articleBody">',
            '<div class="comments">',
            '<div class="paywall">',
            '<div style="display: none">',
            '<h3><a href="/other">',
            "Published March 2, 2026",
            "Last updated: March 4, 2026 at 19:75 PM",
            "Subscribe to our newsletter",
            '<script type="application/ld+json">{"@type": "CollectionPage"}</script>',
            '<script type="application/ld+json">{"@graph": [{"@id": ["x"], "name": 5}, {"@type": "NewsArticle",'
            ' "publisher": {"@id": ["x"]}, "author": [{"@id": "#o"}, 7], "inLanguage": 3}]}</script>',
        ]
    ),
    st.text(max_size=30),
)
soup = st.lists(pieces, max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article(data):
    assert isinstance(extract_article(data, "https://x.example/a"), Article)


@SETTINGS
@given(soup)
def test_tag_soup_gives_an_article(html):
    article = extract_article(html, "https://x.example/2025/01/02/a")
    assert "\n\n\n" not in article.text
    assert 0 <= article.body_start <= len(article.text)
    assert article.body_start == 0 or article.text[: article.body_start].count("\n\n") <= 1


@SETTINGS
@given(st.one_of(st.text(max_size=500), soup))
def test_any_text_gives_an_article(text):
    assert isinstance(article_from_text(text, "stdin:"), Article)
    assert isinstance(strip_html(text), str)


def test_very_deep_nesting_is_refused_by_name_not_overflowed():
    html = "<div>" * 5000 + "<p>deep inside</p>" + "</div>" * 5000
    with pytest.raises(PageTooComplex, match="page too deep"):
        extract_article(html, "https://x.example/")
