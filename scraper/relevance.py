"""Is an article about the tracked show? It is when it names the show, by any of its titles."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from scraper.types import Article, Topic

# Typographic variants outlets and CMSs substitute for the plain characters a title is written with.
_FOLD_CHARS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_SPACES = re.compile(r"\s+")
# Between the words of a title: spaces, hyphens, underscores or nothing ("AllOfUsAreDead", "#지금우리학교는").
_WORD_GAP = r"[\s\-_.·]*"


def fold(text: str) -> str:
    """Case, width, curly quotes, dashes and runs of spaces folded away."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD_CHARS).casefold()
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=256)
def title_pattern(title: str) -> re.Pattern[str] | None:
    """A title as a pattern; Latin edges must be word edges, CJK edges need not be (particles attach)."""
    words = [re.escape(word) for word in fold(title).split()]
    if not words:
        return None
    body = _WORD_GAP.join(words)
    first, last = words[0][0], words[-1][-1]
    start = r"(?<!\w)" if first.isascii() and first.isalnum() else ""
    end = r"(?!\w)" if last.isascii() and last.isalnum() else ""
    return re.compile(start + body + end)


def mentions(text: str, topic: Topic) -> bool:
    """True when ``text`` names the show by one of its titles, in any language."""
    if not text:
        return False
    folded = fold(text)
    for title in topic.all_titles:
        pattern = title_pattern(title)
        if pattern is not None and pattern.search(folded):
            return True
    return False


def is_relevant(article: Article, topic: Topic) -> bool:
    """The article is about the show: its title or its text names it."""
    return mentions(article.title or "", topic) or mentions(article.text, topic)
