"""Page furniture: what is never the story (scripts, navigation, asides, hidden parts) and what is named so.

Tags and attributes are removed from the tree at once, in C; class and id names ("related",
"share-tools", "comments") only mark an element, which the body writer leaves out unless it holds
much of the story's text (some sites wrap the story in "paywall" or "with-sidebar" containers).
"""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.article.page import words

DROP_TAGS = words(
    "script style noscript template svg iframe button select textarea input nav aside footer "
    "figcaption video audio canvas object embed dialog menu"
)
DROP_ROLES = words("navigation banner contentinfo complementary search dialog alert")
# Elements that may be hidden or page furniture by their attributes, checked one by one after.
MAYBE_HIDDEN = '[hidden], [aria-hidden="true"], [role], [style*="none" i], [style*="hidden" i]'
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
KEEP_TAGS = frozenset({"html", "body", "article", "main"})
# Words in a class or id that mark page furniture around the story, always left out.
FURNITURE_WORDS = words(
    "nav navbar navigation menu breadcrumb breadcrumbs sidebar related recommended recommend popular "
    "trending comment comments disqus share sharing sharebar social newsletter subscribe subscription "
    "promo advert advertisement advertising ad ads adslot adunit sponsor sponsored outbrain taboola "
    "byline dateline cookie cookies consent gdpr pagination pager footer masthead toolbar widget modal "
    "popup banner signup login follow caption captions credit credits author bio tags tagcloud keywords "
    "topics print jump skip rating reactions disclaimer copyright readmore mostread postmeta "
    "promos teaser teasers tools utility utilities meta image img photo figure gallery thumbnail thumb"
)
EMBED_WORDS = words("embed embedded tweet")
# Class tokens that describe a state of the element, not what it is ("comments-open" on <article>).
_STATE_TOKEN = re.compile(r"^(has|no|is|with|without|show|hide)[-_]|[-_](open|closed|enabled|disabled|count)$")
_SPLIT = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
# Furniture words that mark regions holding prose which is not the story's (comments, related
# stories, sidebars): their paragraphs count for little when the story is looked for.
OTHER_PROSE_WORDS = words(
    "comment comments disqus related recommended recommend popular trending sidebar footer promo promos "
    "teaser teasers cookie cookies consent gdpr newsletter subscribe subscription"
)
# Furniture words of the small boxes set in a story (a photo and its caption, a byline) or beside it:
# their prose is not the story's, and it never wraps the story either.
BOX_WORDS = OTHER_PROSE_WORDS | words(
    "caption captions credit credits image img photo figure gallery thumbnail thumb byline dateline author bio"
)


def is_furniture_name(node: LexborNode) -> bool:
    """The element's class or id names furniture (a word of FURNITURE_WORDS, not a state like "has-comments")."""
    return bool(element_words(node) & FURNITURE_WORDS)


# One shared empty set: since Python 3.10 each ``frozenset()`` is a new 216-byte object, and a page of
# 100,000 bare elements asks for one per element (20 MB).
NO_WORDS: frozenset[str] = frozenset()


def element_words(node: LexborNode) -> frozenset[str]:
    """The words of an element's class and id (empty for the page's frame: html, body, article, main)."""
    if (node.tag or "") in KEEP_TAGS or node.tag == "-text":
        return NO_WORDS
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return name_words(names) if len(names) > 1 else NO_WORDS


@functools.lru_cache(maxsize=4096)
def name_words(names: str) -> frozenset[str]:
    """The words of class and id names, split at - and _ and camelCase, without state tokens; none for
    an embedded post ("social-media-embed", "twitter-tweet"): what someone said is part of the story."""
    found = frozenset(
        part.lower()
        for token in names.split()
        if not _STATE_TOKEN.search(token.lower())
        for part in _SPLIT.split(token)
    )
    return NO_WORDS if found & EMBED_WORDS else found


def prune(tree: LexborHTMLParser) -> None:
    """Remove what is never the story: scripts, forms' controls, navigation, asides, hidden elements,
    and a <header> outside the story's <article> or <main>."""
    if tree.root is None:
        return
    nodes = [node for node in tree.root.css(MAYBE_HIDDEN) if is_hidden(node)]
    for node in tree.root.traverse():
        tag = node.tag
        if tag in DROP_TAGS or (tag == "header" and not has_ancestor(node, ("article", "main"))):
            nodes.append(node)
    remove_outermost(nodes)


def is_hidden(node: LexborNode) -> bool:
    if (node.tag or "") in KEEP_TAGS:
        return False
    attrs = node.attributes
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or (attrs.get("role") or "").lower() in DROP_ROLES
        or _HIDDEN_STYLE.search(attrs.get("style") or "") is not None
    )


def remove_outermost(nodes: list[LexborNode]) -> None:
    """Decompose each node not inside another one of them, so that no freed node is touched."""
    marked = {node.mem_id for node in nodes}
    for node in nodes:
        parent, inside = node.parent, False
        while parent is not None and not inside:
            inside = parent.mem_id in marked
            parent = parent.parent
        if not inside:
            node.decompose()


def has_ancestor(node: LexborNode, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False
