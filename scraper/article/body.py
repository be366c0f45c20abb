"""Where the story is: the element whose paragraphs carry most prose, with its sibling parts.

Every paragraph (a <p>, <pre>, a <td> or a <div> of bare text) scores by its length and commas, less
the share of it inside links; its parent gets the score, its grandparent half, the next a sixth.
The best-scoring element, weighed by its own link density and by what its class and id say, is
the story; siblings that score well beside it (a story split around an ad) are kept with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.article.clean import is_furniture_name, is_other_prose
from scraper.article.page import words

# Shorter paragraphs are labels, buttons or teasers; they give their container no score.
MIN_PARAGRAPH_CHARS = 25
# Shares of a paragraph's score given to its parent, grandparent and great-grandparent.
ANCESTOR_SHARES = (1.0, 0.5, 1 / 6)
# What a paragraph inside comments, related stories or a sidebar counts for.
OTHER_PROSE_WEIGHT = 0.2
# Only the best few candidates are weighed by their link density (it costs a walk of their links).
TOP_CANDIDATES = 5
# A sibling of the story scoring this share of the story's own score is part of it.
SIBLING_SHARE = 0.2
# From here on (Hangul Jamo, then CJK, kana, Hangul syllables) one character carries about a word's share.
WIDE_SCRIPTS = 0x1100
_NARROW = re.compile(f"[\\x00-{chr(WIDE_SCRIPTS - 1)}]+")
# Class or id words that say an element is the story, or is not.
STORY_WORDS = words("article articlebody article-body body content entry main post story text blog")
STORY_HINTS = ("article", "body", "content", "entry", "main", "post", "story", "text")
PARAGRAPHS = "p, pre, td, blockquote, div, section"


def prose_length(text: str) -> int:
    """Length in Latin-equivalent characters: a Hangul or CJK character says about as much as three."""
    return len(text) if text.isascii() else len(text) + 2 * len(_NARROW.sub("", text))


@dataclass
class Scores:
    """Each candidate container's score, and the raw prose length below every element."""

    score: dict[int, float] = field(default_factory=dict)
    prose: dict[int, int] = field(default_factory=dict)
    nodes: dict[int, LexborNode] = field(default_factory=dict)
    other: dict[int, bool] = field(default_factory=dict)

    def is_other(self, node: LexborNode) -> bool:
        key = node.mem_id
        if key not in self.other:
            self.other[key] = is_other_prose(node)
        return self.other[key]

    def add(self, paragraph: LexborNode, length: int, score: float) -> None:
        """Score the paragraph's ancestors; a <div> of bare text is a container of its own as well.

        A paragraph inside a region of other prose (comments, related stories) scores little.
        """
        own = paragraph.tag in ("div", "section")
        node: LexborNode | None = paragraph if own else paragraph.parent
        chain: list[LexborNode] = []
        while node is not None:
            chain.append(node)
            node = node.parent
        if any(self.is_other(node) for node in chain):
            score *= OTHER_PROSE_WEIGHT
        shares = (1.0, *ANCESTOR_SHARES) if own else ANCESTOR_SHARES
        for level, node in enumerate(chain):
            key = node.mem_id
            self.prose[key] = self.prose.get(key, 0) + length
            if level < len(shares):
                self.score[key] = self.score.get(key, 0.0) + score * shares[level]
                self.nodes[key] = node


def paragraph_text(node: LexborNode) -> str | None:
    """The prose a paragraph-like element holds itself; None for a wrapper of other blocks."""
    tag = node.tag
    if tag in ("div", "section"):
        return node.text(deep=False).strip() or None
    if tag in ("td", "blockquote") and node.css_first("p, div, table") is not None:
        return None
    return node.text().strip()


def link_chars(node: LexborNode) -> int:
    return sum(len(link.text()) for link in node.css("a"))


def score_paragraphs(root: LexborNode) -> Scores:
    scores = Scores()
    for node in root.css(PARAGRAPHS):
        text = paragraph_text(node)
        if not text:
            continue
        length = prose_length(text)
        if length < MIN_PARAGRAPH_CHARS:
            continue
        links = link_chars(node) if node.tag != "div" else 0
        density = min(links / len(text), 1.0)
        scores.add(node, length, (1 + text.count(",") + text.count("、") + min(length / 100, 3)) * (1 - density))
    return scores


def name_weight(node: LexborNode) -> float:
    """What an element's class and id say: furniture weighs little, a story container more."""
    if is_furniture_name(node):
        return 0.3
    attrs = node.attributes
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if attrs.get("itemprop") == "articleBody":
        return 1.5
    return 1.25 if any(hint in names for hint in STORY_HINTS) else 1.0


def link_density(node: LexborNode) -> float:
    text = len(node.text())
    return link_chars(node) / text if text else 1.0


def best_candidate(scores: Scores) -> LexborNode | None:
    ranked = sorted(scores.score.items(), key=lambda item: item[1], reverse=True)[: TOP_CANDIDATES * 2]
    best, best_score = None, 0.0
    for key, raw in ranked[:TOP_CANDIDATES * 2]:
        node = scores.nodes[key]
        weighed = raw * name_weight(node) * (1 - link_density(node))
        if weighed > best_score:
            best, best_score = node, weighed
    return best


def story_parts(tree: LexborHTMLParser) -> tuple[list[LexborNode], Scores]:
    """The elements that make up the story, in page order, and the scores that chose them."""
    root = tree.body or tree.root
    if root is None:
        return [], Scores()
    scores = score_paragraphs(root)
    best = best_candidate(scores)
    if best is None:
        return [root], scores
    return with_siblings(best, scores), scores


def with_siblings(best: LexborNode, scores: Scores) -> list[LexborNode]:
    """The story and the siblings that belong with it: well-scored blocks and plain prose paragraphs."""
    parent = best.parent
    if parent is None or (best.tag or "") in ("body", "html"):
        return [best]
    threshold = max(10.0, scores.score.get(best.mem_id, 0.0) * SIBLING_SHARE)
    parts = []
    for sibling in parent.iter():
        same = sibling.mem_id == best.mem_id
        if same or scores.score.get(sibling.mem_id, 0.0) >= threshold or (sibling.tag == "p" and is_prose(sibling)):
            parts.append(sibling)
    return parts


def is_prose(node: LexborNode) -> bool:
    text = node.text().strip()
    if not text:
        return False
    density = link_chars(node) / len(text)
    return (len(text) > 80 and density < 0.25) or (density == 0 and text.endswith((".", "。", "다.")))
