"""Is a page an article? Not when it is a listing of links, a grid of story cards, or a video with a caption."""

from __future__ import annotations

from typing import Any

from scraper.article.blocks import Blocks
from scraper.article.body import prose_length
from scraper.article.page import types_of, words

# Less body text than this (in Latin-equivalent characters) is a teaser, a video page or an empty
# index, not an article: two short paragraphs of news are about 250. A page that says it is an
# article (JSON-LD, og:type) needs only a one-line announcement's worth.
MIN_ARTICLE_CHARS = 200
MIN_DECLARED_ARTICLE_CHARS = 80
# When more than this share of the body text is link text, the page is a listing of links.
MAX_LINK_DENSITY = 0.5
# A story holding this many <article> cards is a listing page.
LISTING_CARDS = 3
# A listing is headlines that are links, each with a teaser and a date: when that many headlines
# are links, and they are this share of the blocks, the page is a listing. A page that says it is
# an article (a roundup with linked subheadings) must have more.
LISTING_HEADLINE_SHARE = 0.25
DECLARED_HEADLINE_SHARE = 0.4
# A page that says it is one of these is not an article, whatever its text.
NOT_ARTICLE_TYPES = words("collectionpage itemlist searchresultspage profilepage videoobject")
NOT_ARTICLE_OG = ("video", "profile", "music", "book")


def declared_kind(metas: dict[str, str], ld: dict[str, Any], objects: list[dict[str, Any]]) -> bool | None:
    """True when the page says it is an article, False when it says it is something else, else None."""
    if ld:
        return True
    og = metas.get("og:type", "").lower()
    if og == "article":
        return True
    main_types = {name for item in objects[:3] for name in types_of(item)}
    if main_types & NOT_ARTICLE_TYPES or og.startswith(NOT_ARTICLE_OG):
        return False
    return None


def looks_like_article(blocks: Blocks, headline: str, *, declared: bool | None) -> bool:
    """Enough prose (the headline counts), not mostly links, not a grid of story cards."""
    if declared is False:
        return False
    chars = blocks.chars + prose_length(headline)
    if chars < (MIN_DECLARED_ARTICLE_CHARS if declared else MIN_ARTICLE_CHARS):
        return False
    if not declared and blocks.cards >= LISTING_CARDS:
        return False
    if blocks.linked_headings >= LISTING_CARDS and blocks.linked_headings >= blocks.written_units * (
        DECLARED_HEADLINE_SHARE if declared else LISTING_HEADLINE_SHARE
    ):
        return False
    return blocks.link_chars / chars <= MAX_LINK_DENSITY
