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

from scraper.article.clean import BOX_WORDS, NO_WORDS, OTHER_PROSE_WORDS, element_words, is_furniture_name
from scraper.article.page import words

# Shorter paragraphs are labels, buttons or teasers; they give their container no score.
MIN_PARAGRAPH_CHARS = 25
# Shares of a paragraph's score given to its parent, grandparent and great-grandparent.
ANCESTOR_SHARES = (1.0, 0.5, 1 / 6)
# What a paragraph inside comments, related stories or a sidebar counts for; a region so named that
# holds more than this share of the page's prose is a wrapper around the page, not other prose.
OTHER_PROSE_WEIGHT = 0.2
OTHER_PROSE_MAX_SHARE = 0.6
# An ancestor of the best element whose paragraphs score this many times its own holds the whole
# story (cut into sections); more links than this share and it is a page region, not the story.
PROMOTE_GAIN = 1.5
MAX_PROMOTED_LINK_DENSITY = 0.3
# A best score below this is a page of tables, lists or short lines: the <article> around it is the story.
WEAK_SCORE = 8.0
# A candidate with this many look-alike siblings scoring at least this share of it is a card of a list.
CARD_SIBLINGS = 2
CARD_SCORE_SHARE = 0.5
CARD_WEIGHT = 0.5
LISTED_STORIES = 3
LIST_WEIGHT = 0.2
# Only the best few candidates are weighed by their link density (it costs a walk of their links).
TOP_CANDIDATES = 10
# When this many other candidates score at least this share of the best one, the story is cut
# into sections and the element holding them all is the story.
CLOSE_CANDIDATES = 2
CLOSE_SCORE = 0.75
# A sibling of the story scoring this share of the story's own score is part of it.
SIBLING_SHARE = 0.2
# Hangul Jamo (U+1100-11FF) and everything from the CJK radicals on (U+2E80: CJK, kana, Hangul
# syllables): one such character carries about a word's share. Punctuation such as curly quotes does not.
_NARROW = re.compile("[\\x00-\u10ff\u1200-\u2e7f]+")
# Fragments of class or id names that say an element is the story.
STORY_HINTS = ("article", "body", "content", "entry", "main", "post", "story", "text")
# A <div> holding only these (text in <span>s, a link, a line break) is a paragraph itself.
INLINE_TAGS = words("span a em strong b i u font small big sup sub br img abbr cite code mark q s time")
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
    mass: dict[int, float] = field(default_factory=dict)  # undecayed score of the story-like paragraphs below
    paragraphs: list[tuple[list[LexborNode], bool, float]] = field(default_factory=list)
    chains: dict[int, list[LexborNode]] = field(default_factory=dict)
    words: dict[int, frozenset[str]] = field(default_factory=dict)
    articles: int = 0  # <article> elements on the page: with fewer than two, no story list to look for

    def names(self, node: LexborNode) -> frozenset[str]:
        """The words of an element's class and id, looked up once per page."""
        key = node.mem_id
        found = self.words.get(key)
        if found is None:
            found = self.words[key] = element_words(node)
        return found

    def collect(self, paragraph: LexborNode, length: int, score: float) -> None:
        """Note a paragraph, its ancestors (itself too for a <div> of bare text) and its prose."""
        own = paragraph.tag in ("div", "section")
        start = paragraph if own else paragraph.parent
        chain = self.chain(start) if start is not None else []
        for node in chain:
            self.prose[node.mem_id] = self.prose.get(node.mem_id, 0) + length
        self.paragraphs.append((chain, own, score))

    def chain(self, node: LexborNode) -> list[LexborNode]:
        """The node and its ancestors, remembered: paragraphs share most of theirs."""
        unknown: list[LexborNode] = []
        current: LexborNode | None = node
        while current is not None and current.mem_id not in self.chains:
            unknown.append(current)
            current = current.parent
        known = self.chains[current.mem_id] if current is not None else []
        for each in reversed(unknown):
            known = [each, *known]
            self.chains[each.mem_id] = known
        return known

    def finish(self) -> None:
        """Score every paragraph's ancestors; one inside a region of other prose (comments, related
        stories) scores little, unless that region holds most of the page's prose (it wraps the page)."""
        most = OTHER_PROSE_MAX_SHARE * max(self.prose.values(), default=0)
        inside: dict[int, tuple[bool, bool]] = {}
        for chain, own, score in self.paragraphs:
            elsewhere, furniture = self.inside(chain, most, inside)
            self.add(chain, (1.0, *ANCESTOR_SHARES) if own else ANCESTOR_SHARES,
                     score * OTHER_PROSE_WEIGHT if elsewhere else score, story=not furniture)

    def inside(self, chain: list[LexborNode], most: float, known: dict[int, tuple[bool, bool]]) -> tuple[bool, bool]:
        """Whether an element is inside a region of other prose, and inside a box of furniture (which
        includes those regions): worked out once per element, from the root down."""
        pending: list[LexborNode] = []
        above = (False, False)
        for node in chain:
            if node.mem_id in known:
                above = known[node.mem_id]
                break
            pending.append(node)
        for node in reversed(pending):
            names = self.names(node) if self.prose[node.mem_id] < most else NO_WORDS
            above = (above[0] or bool(names & OTHER_PROSE_WORDS), above[1] or bool(names & BOX_WORDS))
            known[node.mem_id] = above
        return above

    def add(self, chain: list[LexborNode], shares: tuple[float, ...], score: float, *, story: bool) -> None:
        for level, node in enumerate(chain):
            key = node.mem_id
            if story:
                self.mass[key] = self.mass.get(key, 0.0) + score
            if level < len(shares):
                self.score[key] = self.score.get(key, 0.0) + score * shares[level]
                self.nodes[key] = node


def paragraph_text(node: LexborNode) -> str | None:
    """The prose a paragraph-like element holds itself; None for a wrapper of other blocks."""
    tag = node.tag
    if tag in ("div", "section"):
        own = node.text(deep=False).strip()
        if own:
            return own
        inline = all((child.tag or "") in INLINE_TAGS for child in node.iter())
        return (node.text().strip() or None) if inline else None
    if tag in ("td", "blockquote") and node.css_first("p, div, table") is not None:
        return None
    return node.text().strip()


def link_chars(node: LexborNode) -> int:
    return sum(len(link.text()) for link in node.css("a"))


def score_paragraphs(root: LexborNode) -> Scores:
    scores = Scores(articles=len(root.css("article")))
    for node in root.css(PARAGRAPHS):
        text = paragraph_text(node)
        if not text:
            continue
        length = prose_length(text)
        if length < MIN_PARAGRAPH_CHARS:
            continue
        links = link_chars(node) if node.tag != "div" else 0
        density = min(links / len(text), 1.0)
        scores.collect(node, length, (1 + text.count(",") + text.count("、") + min(length / 100, 3)) * (1 - density))
    scores.finish()
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


def ranked_candidates(scores: Scores) -> list[tuple[float, LexborNode]]:
    """The best-scoring elements, weighed by their names and link density, best first."""
    ranked = sorted(scores.score.items(), key=lambda item: item[1], reverse=True)[:TOP_CANDIDATES]
    weighed = []
    for key, raw in ranked:
        node = scores.nodes[key]
        card = LIST_WEIGHT if is_story_list(node, scores) else CARD_WEIGHT if is_card(node, raw, scores) else 1.0
        weighed.append((raw * name_weight(node) * card * (1 - link_density(node)), node))
    return sorted(weighed, key=lambda item: item[0], reverse=True)


def is_story_list(node: LexborNode, scores: Scores) -> bool:
    """A list of stories holds several <article>s; a story holds none (or one: itself)."""
    return scores.articles >= LISTED_STORIES and len(node.css("article")) >= LISTED_STORIES


def is_card(node: LexborNode, raw: float, scores: Scores) -> bool:
    """One of a row of look-alike blocks that each score well: the cards of a list of stories (or
    the sections of one story, which common_ancestor then joins)."""
    parent = node.parent
    if parent is None or node.tag not in ("article", "li", "div", "section"):
        return False
    shape = look(node)
    alike = sum(
        1
        for sibling in parent.iter()
        if sibling.mem_id != node.mem_id and look(sibling) == shape
        and scores.score.get(sibling.mem_id, 0.0) >= CARD_SCORE_SHARE * raw
    )
    return alike >= CARD_SIBLINGS


def look(node: LexborNode) -> tuple[str | None, tuple[str, ...]]:
    return node.tag, tuple((node.attributes.get("class") or "").split()[:2])


def story_parts(tree: LexborHTMLParser) -> tuple[list[LexborNode], Scores]:
    """The elements that make up the story, in page order, and the scores that chose them."""
    root = tree.body or tree.root
    if root is None:
        return [], Scores()
    scores = score_paragraphs(root)
    ranked = ranked_candidates(scores)
    if not ranked or ranked[0][0] <= 0:
        return [root], scores
    best = common_ancestor(ranked) or ranked[0][1]
    if ranked[0][0] < WEAK_SCORE:
        best = story_element(best) or best
    return with_siblings(promoted(best, scores), scores), scores


def story_element(node: LexborNode | None) -> LexborNode | None:
    """The <article>, articleBody or <main> around a node, for pages whose prose is too thin to score
    (tables, lists, short lines)."""
    while node is not None and (node.tag or "") not in ("body", "html"):
        if node.tag in ("article", "main") or node.attributes.get("itemprop") == "articleBody":
            return node
        node = node.parent
    return None


def common_ancestor(ranked: list[tuple[float, LexborNode]]) -> LexborNode | None:
    """The element holding the best candidate and others that score nearly as well: the chunks of a
    story cut into sections. None when no other candidate comes close."""
    best_score, best = ranked[0]
    close = [node for score, node in ranked[1:] if score >= CLOSE_SCORE * best_score]
    if len(close) < CLOSE_CANDIDATES:
        return None
    chains = [ancestor_ids(node) for node in close]
    node = best.parent
    while node is not None and (node.tag or "") not in ("body", "html"):
        if sum(node.mem_id in chain for chain in chains) >= CLOSE_CANDIDATES:
            return node
        node = node.parent
    return None


def ancestor_ids(node: LexborNode) -> set[int]:
    ids = set()
    parent = node.parent
    while parent is not None:
        ids.add(parent.mem_id)
        parent = parent.parent
    return ids


def promoted(best: LexborNode, scores: Scores) -> LexborNode:
    """The ancestor holding the whole story, when the best element is one of its chunks.

    Some sites cut a story into sections of a few paragraphs each; an ancestor whose paragraphs
    score PROMOTE_GAIN times those of the element below it on the way up (teasers of other stories
    not counted), or that the page marks as the articleBody, and that is not mostly links, is the story.
    """
    chosen, child, node = best, best, best.parent
    while node is not None and (node.tag or "") not in ("body", "html"):
        gain = scores.mass.get(node.mem_id, 0.0)
        below = scores.mass.get(child.mem_id, 0.0)  # the level below: gains must come at once, not creep
        if gain >= PROMOTE_GAIN * below:
            gain -= other_stories(node, chosen, scores)
        if gain >= PROMOTE_GAIN * below or is_declared_body(node):
            if link_density(node) > MAX_PROMOTED_LINK_DENSITY:
                break
            chosen = node
        child, node = node, node.parent
    return chosen


def is_declared_body(node: LexborNode) -> bool:
    """The page says this element is the article's body (schema.org articleBody)."""
    return (node.attributes.get("itemprop") or "") == "articleBody"


def other_stories(node: LexborNode, story: LexborNode, scores: Scores) -> float:
    """The score of the paragraphs in the <article> elements under ``node`` that are not the story's:
    teasers of other stories."""
    if scores.articles < 2:
        return 0.0
    around = ancestor_ids(story) | {story.mem_id}
    counted: set[int] = set()
    total = 0.0
    for article in node.css("article"):
        if article.mem_id in around or ancestor_ids(article) & (counted | {story.mem_id}):
            continue
        counted.add(article.mem_id)
        total += scores.mass.get(article.mem_id, 0.0)
    return total


def with_siblings(best: LexborNode, scores: Scores) -> list[LexborNode]:
    """The story and the siblings that belong with it: well-scored blocks and plain prose paragraphs."""
    parent = best.parent
    if parent is None or (best.tag or "") in ("body", "html"):
        return [best]
    threshold = max(10.0, scores.score.get(best.mem_id, 0.0) * SIBLING_SHARE)
    kinds = {first_class(child) for child in best.iter() if child.tag == "div"} - {None}
    parts = []
    for sibling in parent.iter():
        scored = scores.score.get(sibling.mem_id, 0.0) >= threshold and not is_story_list(sibling, scores)
        if sibling.mem_id == best.mem_id or scored or is_prose_paragraph(sibling, kinds):
            parts.append(sibling)
    return parts


def first_class(node: LexborNode) -> str | None:
    names = (node.attributes.get("class") or "").split()
    return names[0] if names else None


def is_prose_paragraph(node: LexborNode, kinds: set[str | None]) -> bool:
    """A <p> of prose rather than links, or a <div> of prose of the same class as the story's own
    paragraphs (a story whose paragraphs run on outside its container)."""
    if node.tag == "p":
        return is_prose(node)
    return node.tag == "div" and first_class(node) in kinds and paragraph_text(node) is not None and is_prose(node)


def is_prose(node: LexborNode) -> bool:
    text = node.text().strip()
    if not text:
        return False
    density = link_chars(node) / len(text)
    return (len(text) > 80 and density < 0.25) or (density == 0 and text.endswith((".", "。", "다.")))
