"""HTML in, ``Article`` out: the readable text of a news page, with its title, dates and authors.

The page's furniture (navigation, related stories, comments, share widgets) is removed, the element
whose paragraphs carry most prose is taken as the story (``body``), and its blocks are written out
as paragraphs separated by a blank line, headings as paragraphs of their own, list items as lines
(``blocks``). The page's headline comes first, as its own paragraph; ``Article.body_start`` says
where the story after it begins. Metadata prefers what the page states for machines (JSON-LD,
Open Graph) over guesses (``metadata``, ``dates``); ``kind`` tells articles from listings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.article.blocks import Blocks
from scraper.article.body import Scores, story_parts
from scraper.article.bounds import MAX_PAGE_CHARS
from scraper.article.clean import FURNITURE_WORDS, prune
from scraper.article.dates import DatedLines, choose_published, find_modified, find_published, parse_date
from scraper.article.documents import looks_like_html, plain_paragraphs, wordpress_post
from scraper.article.kind import declared_kind, looks_like_article
from scraper.article.metadata import (
    Ids,
    find_authors,
    find_canonical,
    find_headline,
    find_lang,
    find_site_name,
    find_title,
)
from scraper.article.page import json_ld_article, json_ld_objects, meta_tags, parse_html
from scraper.errors import PageTooComplex
from scraper.types import Article

__all__ = ["article_from_text", "extract_article", "page_title", "parse_date", "strip_html"]

# A furniture-named element holding at least this share of the story's paragraphs (by score, not
# counting comments and related stories) is a wrapper around the story ("paywall"), kept.
WRAPPER_SHARE = 0.3
_TAGS = re.compile(r"<[^>]*>")


def extract_article(html: str | bytes, url: str, *, published: dt.datetime | None = None) -> Article:
    """The article in a page. ``published`` (from a feed) is used only when the page gives no date."""
    tree = parse_html(html, url)
    metas = meta_tags(tree)
    objects = json_ld_objects(tree)
    ld = json_ld_article(objects)
    ids = Ids(objects)
    authors = find_authors(tree, metas, ld, ids)
    prune(tree)
    parts, scores = story_parts(tree)
    site_name = find_site_name(tree, metas, ld, ids)
    headline = find_headline(tree, metas, ld, site_name)
    blocks = Blocks.of(parts, skip_inside(parts, scores, headline))
    blocks.drop_link_lists()
    blocks.trim_edges()
    text, body_start = with_headline(blocks.text, headline)
    lang = find_lang(tree, metas, ld)
    lines = DatedLines(tree, lang)
    page_date = find_published(tree, metas, ld, parts[0] if parts else None, url, lines)
    when = choose_published(page_date, published)
    return Article(
        url=url,
        text=text,
        title=find_title(tree, metas, ld, site_name),
        canonical_url=find_canonical(tree, metas, url),
        published=when,
        modified=find_modified(tree, metas, ld, when, lines),
        authors=authors,
        site_name=site_name,
        lang=lang,
        is_article=looks_like_article(blocks, text[:body_start], declared=declared_kind(metas, ld, objects)),
        body_start=body_start,
    )


def skip_inside(parts: list[LexborNode], scores: Scores, headline: LexborNode | None) -> Callable[[LexborNode], bool]:
    """What the story's writer leaves out: furniture inside the story that is not its wrapper, the headline."""
    enough = WRAPPER_SHARE * (sum(scores.mass.get(part.mem_id, 0.0) for part in parts) or 1.0)
    headline_id = headline.mem_id if headline is not None else None

    def skip(node: LexborNode) -> bool:
        if node.mem_id == headline_id:
            return True
        return bool(scores.names(node) & FURNITURE_WORDS) and scores.mass.get(node.mem_id, 0.0) < enough

    return skip


def with_headline(body: str, headline: LexborNode | None) -> tuple[str, int]:
    """The headline as the first paragraph, then the story; and where the story begins."""
    title = " ".join(headline.text().split()) if headline is not None else ""
    if not title:
        return body, 0
    if not body:
        return title, len(title)
    return f"{title}\n\n{body}", len(title) + 2


def article_from_text(
    text: str,
    url: str,
    *,
    published: dt.datetime | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Article:
    """An article from text: HTML or a WordPress REST post are extracted; plain text keeps its paragraphs.

    What the document states itself wins; the arguments fill what it leaves out.
    """
    stripped = text.lstrip()
    wordpress = wordpress_post(stripped, strip_html)
    if wordpress is not None:
        article = extract_article(
            wordpress["html"], wordpress["url"] or url, published=wordpress["date"] or published
        )
        article = _fill(article, title=wordpress["title"])
    elif looks_like_html(stripped):
        article = extract_article(text, url, published=published)
    else:
        body = plain_paragraphs(text)
        article = Article(url=url, text=body, published=published, is_article=bool(body))
    return _fill(article, published=published, title=title, lang=lang)


def strip_html(fragment: str) -> str:
    """The text of an HTML fragment (a feed summary) on one line."""
    try:
        tree = parse_html(fragment, "fragment")
    except PageTooComplex:  # a hostile feed summary: its words without the tags, never its tree
        return " ".join(_TAGS.sub(" ", fragment[:MAX_PAGE_CHARS]).split())
    for junk in tree.css("script, style, noscript, template"):
        junk.decompose()
    node = tree.body or tree.root
    text = node.text(separator=" ") if node is not None else ""
    return " ".join(text.split())


def page_title(html: str | bytes) -> str | None:
    """The title of a page, without the rest of the extraction."""
    tree: LexborHTMLParser = parse_html(html)
    metas = meta_tags(tree)
    return find_title(tree, metas, {}, metas.get("og:site_name"))


def _fill(article: Article, **values: Any) -> Article:
    missing = {
        key: value for key, value in values.items() if value is not None and getattr(article, key) is None
    }
    return replace(article, **missing) if missing else article
