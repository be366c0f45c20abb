"""Building fast regular expressions from word lists.

Python's engine tries an alternation's branches one by one at every position, so a list of a
hundred hedges or month names costs a hundred attempts per character. Sharing the words' common
beginnings (a trie) and testing that a word starts here before trying any branch makes the
same search several times cheaper; the matches are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_PLAIN = re.compile(r"[\w\s'’-]+")
WORD_START = r"(?<![A-Za-z])"  # a phrasing starts a word (Korean and Japanese ones too)


def any_of(phrasings: Iterable[str], flags: int = re.I) -> re.Pattern[str]:
    """One pattern for phrasings written as regular expressions, each starting a word.

    Plain words ("likely", "could\\b") go into shared-prefix branches; real patterns stay as written.
    """
    stems, words, patterns = set(), set(), []
    for phrasing in phrasings:
        body = phrasing.removeprefix(r"\b")
        if _PLAIN.fullmatch(body):
            stems.add(body.lower() if flags & re.I else body)
        elif body.endswith(r"\b") and _PLAIN.fullmatch(body[:-2]):
            words.add(body[:-2].lower() if flags & re.I else body[:-2])
        else:
            patterns.append(body)
    branches = [trie_pattern(stems)] if stems else []
    branches += [trie_pattern(words) + r"\b"] if words else []
    branches += [f"(?:{p})" for p in patterns]
    return re.compile(WORD_START + "(?:" + "|".join(branches) + ")", flags)


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many literal words, their common beginnings shared.

    "jan|january|june|july" becomes "j(?:an(?:uary)?|u(?:ne|ly))": the engine tries one letter at a
    time instead of every word in turn, which is what makes month names cheap to look for.
    Longest words win, as in an alternation sorted longest first.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body

