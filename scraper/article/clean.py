"""Page furniture: what is never the story (scripts, navigation, asides, hidden parts) and what is named so.

Tags and attributes are removed from the tree at once, in C; class and id names ("related",
"share-tools", "comments") only mark an element, which the body writer leaves out unless it holds
much of the story's text (some sites wrap the story in "paywall" or "with-sidebar" containers).
"""

from __future__ import annotations

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
# An element whose class or id contains one of these might be furniture: checked word by word after.
FURNITURE_SELECTOR = ", ".join(
    f'[class*="{part}" i], [id*="{part}" i]'
    for part in ("nav", "menu", "bread", "side", "relat", "recommend", "popular", "trend", "comment", "disqus",
                 "share", "social", "newsletter", "subscri", "promo", "ad", "sponsor", "outbrain", "taboola",
                 "byline", "dateline", "cookie", "consent", "gdpr", "pag", "footer", "masthead", "tool",
                 "widget", "modal", "popup", "banner", "signup", "login", "follow", "caption", "credit",
                 "author", "bio", "tag", "keyword", "topic", "print", "jump", "skip", "rating", "reaction",
                 "disclaimer", "copyright", "readmore", "mostread", "teaser", "utilit", "meta")
)


# Regions that hold prose which is not the story's (comments, related stories, sidebars): their
# paragraphs count for little when the story is looked for.
OTHER_PROSE_SELECTOR = ", ".join(
    f'[class*="{part}" i], [id*="{part}" i]'
    for part in ("comment", "relat", "side", "popular", "recommend", "footer", "disqus", "promo", "teaser",
                 "cookie", "consent", "gdpr", "newsletter", "subscri")
)


def other_prose(root: LexborNode) -> set[int]:
    """The mem_ids of the regions whose prose is not the story's (see OTHER_PROSE_SELECTOR)."""
    return named_furniture(root, OTHER_PROSE_SELECTOR)


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


def furniture_names(root: LexborNode) -> set[int]:
    """The mem_ids of elements inside ``root`` whose class or id names page furniture."""
    return named_furniture(root, FURNITURE_SELECTOR)


def named_furniture(root: LexborNode, selector: str) -> set[int]:
    return {
        node.mem_id
        for node in root.css(selector)
        if (node.tag or "") not in KEEP_TAGS and is_furniture_name(node)
    }


def is_furniture_name(node: LexborNode) -> bool:
    attrs = node.attributes
    for token in f"{attrs.get('class') or ''} {attrs.get('id') or ''}".split():
        if _STATE_TOKEN.search(token.lower()):
            continue
        if FURNITURE_WORDS & {part.lower() for part in _SPLIT.split(token)}:
            return True
    return False
