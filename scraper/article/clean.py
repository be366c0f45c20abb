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
DROP_ATTRIBUTES = (
    "[hidden]", '[aria-hidden="true"]', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
    '[role="complementary"]', '[role="search"]', '[role="dialog"]', '[role="alert"]',
    '[style*="display:none"]', '[style*="display: none"]', '[style*="visibility:hidden"]',
)
DROP_SELECTOR = ", ".join([*sorted(DROP_TAGS), *DROP_ATTRIBUTES])
KEEP_TAGS = frozenset({"html", "body", "article", "main"})
# Words in a class or id that mark page furniture around the story, always left out.
FURNITURE_WORDS = words(
    "nav navbar navigation menu breadcrumb breadcrumbs sidebar related recommended recommend popular "
    "trending comment comments disqus share sharing sharebar social newsletter subscribe subscription "
    "promo advert advertisement advertising ad ads adslot adunit sponsor sponsored outbrain taboola "
    "byline dateline cookie cookies consent gdpr pagination pager footer masthead toolbar widget modal "
    "popup banner signup login follow caption captions credit credits author bio tags tagcloud keywords "
    "topics print jump skip rating reactions disclaimer copyright readmore mostread postmeta "
    "promos teaser teasers tools utility utilities meta"
)
# Class tokens that describe a state of the element, not what it is ("comments-open" on <article>).
_STATE_TOKEN = re.compile(r"^(has|no|is|with|without|show|hide)[-_]|[-_](open|closed|enabled|disabled|count)$")
_SPLIT = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
# Furniture words that mark regions holding prose which is not the story's (comments, related
# stories, sidebars): their paragraphs count for little when the story is looked for.
OTHER_PROSE_WORDS = words(
    "comment comments disqus related recommended recommend popular trending sidebar footer promo promos "
    "teaser teasers cookie cookies consent gdpr newsletter subscribe subscription"
)


def is_furniture_name(node: LexborNode) -> bool:
    """The element's class or id names furniture (a word of FURNITURE_WORDS, not a state like "has-comments")."""
    return bool(_name_words(node) & FURNITURE_WORDS)


def is_other_prose(node: LexborNode) -> bool:
    return bool(_name_words(node) & OTHER_PROSE_WORDS)


def _name_words(node: LexborNode) -> frozenset[str]:
    if (node.tag or "") in KEEP_TAGS or node.tag == "-text":
        return frozenset()
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return name_words(names) if len(names) > 1 else frozenset()


@functools.lru_cache(maxsize=4096)
def name_words(names: str) -> frozenset[str]:
    """The words of class and id names, split at - and _ and camelCase, without state tokens."""
    return frozenset(
        part.lower()
        for token in names.split()
        if not _STATE_TOKEN.search(token.lower())
        for part in _SPLIT.split(token)
    )


def prune(tree: LexborHTMLParser) -> None:
    """Remove what is never the story: scripts, forms' controls, navigation, asides, hidden elements."""
    if tree.root is None:
        return
    nodes = [node for node in tree.root.css(DROP_SELECTOR) if (node.tag or "") not in KEEP_TAGS]
    nodes += [node for node in tree.root.css("header") if not has_ancestor(node, ("article", "main"))]
    remove_outermost(nodes)


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
