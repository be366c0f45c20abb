"""Building fast regular expressions from word lists.

Python's engine tries an alternation's branches one by one at every position, so a list of a
hundred hedges or month names costs a hundred attempts per character. Sharing the words' common
beginnings (a trie) and testing that a word starts here before trying any branch makes the
same search several times cheaper; the matches are the same.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
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
    return with_first_letters(WORD_START + "(?:" + "|".join(branches) + ")", flags)


def with_first_letters(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern, led by a look-ahead at the letters a match can start with when those are known.

    The engine skips every position that cannot start a match before trying any branch, which
    makes a long list of phrasings about a third cheaper to search; what matches is unchanged.
    """
    compiled = re.compile(pattern, flags)
    letters = _first_letters(compiled)
    if not letters:
        return compiled
    if flags & re.I:
        letters = {case for letter in letters for case in (letter.lower(), letter.upper())}
    ahead = "(?=[" + "".join(re.escape(c) for c in sorted(letters)) + "])"
    if pattern.startswith(WORD_START):  # most positions are inside a word: ruling those out first is cheaper
        return re.compile(WORD_START + ahead + pattern.removeprefix(WORD_START), flags)
    return re.compile(ahead + pattern, flags)


def _first_letters(compiled: re.Pattern[str]) -> set[str] | None:
    """Every character a match can begin with, or None when that cannot be told exactly."""
    try:  # the parser is the standard library's own, but not a public interface: without it, no look-ahead
        from re import _constants, _parser  # type: ignore[attr-defined]
        return _first_of(list(_parser.parse(compiled.pattern, compiled.flags)), _constants)
    except Exception:  # noqa: BLE001 - any surprise from a private module only costs speed
        return None


def _first_of(items: list[Any], c: Any) -> set[str] | None:
    for op, arg in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item decides
        if op is c.LITERAL:
            return {chr(arg)}
        if op is c.IN:
            return _class_letters(arg, c)
        if op is c.SUBPATTERN:
            return _first_of(list(arg[-1]), c)
        if op is c.BRANCH:
            return _union([_first_of(list(branch), c) for branch in arg[1]])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] > 0:
            return _first_of(list(arg[2]), c)
        return None
    return None


def _class_letters(members: list[Any], c: Any) -> set[str] | None:
    letters: set[str] = set()
    for op, arg in members:
        if op is c.LITERAL:
            letters.add(chr(arg))
        elif op is c.RANGE and arg[1] - arg[0] <= MAX_RANGE:
            letters.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None
    return letters


def _union(sets: list[set[str] | None]) -> set[str] | None:
    if any(found is None for found in sets):
        return None
    return set().union(*sets)  # type: ignore[arg-type]


MAX_RANGE = 200  # characters in a class range worth listing: a wider one ([가-힣]) gives no look-ahead


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


def for_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same search without ``re.IGNORECASE``, for text already in lower case.

    Matching while ignoring case compares every letter twice; a lower-case pattern over lower-case
    text finds the same spans in about half the time. Only for text whose lower case is as long as
    itself (ASCII text is): elsewhere the positions would differ. Letters written in the pattern
    are lowered; escapes ("\\S", "\\W") and group names stay as written.
    """
    lowered = _LOWERED.get(id(pattern))  # by identity: a pattern's own hash reads its whole compiled program
    if lowered is None or lowered[0] is not pattern:
        lowered = _LOWERED[id(pattern)] = (pattern, _lowered(pattern))
    return lowered[1]


_LOWERED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    if not pattern.flags & re.I:
        return pattern  # the same pattern: callers tell by identity that there is nothing to gain
    source, out, at = pattern.pattern, [], 0
    while at < len(source):
        if source[at] == "\\":
            out.append(source[at:at + 2])
            at += 2
        elif source.startswith(("(?P<", "(?P="), at):
            close = source.index(">" if source[at + 3] == "<" else ")", at)
            out.append(source[at:close + 1])
            at = close + 1
        else:
            out.append(source[at].lower())
            at += 1
    return re.compile("".join(out), pattern.flags & ~re.I)


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, sooner: a case-blind pattern scans ASCII text in lower case, then each
    place found is matched again in the text itself, so every match is the one ``finditer`` gives."""
    fast = for_lower_case(pattern) if text.isascii() else pattern
    if fast is pattern:
        yield from pattern.finditer(text)
        return
    for found in fast.finditer(text.lower()):
        again = pattern.match(text, found.start())
        if again is not None:  # always: the same pattern over the same letters
            yield again


def search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, sooner, as ``finditer`` is."""
    fast = for_lower_case(pattern) if text.isascii() else pattern
    if fast is pattern:
        return pattern.search(text, pos, endpos)
    found = fast.search(text.lower(), pos, endpos)
    return found and pattern.match(text, found.start(), endpos)


def occurs(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern occurs in the text (ASCII text searched in lower case, as ``finditer`` does)."""
    fast = for_lower_case(pattern) if text.isascii() else pattern
    return (pattern.search(text) if fast is pattern else fast.search(text.lower())) is not None


def spans_of(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Every (start, end) of the pattern in the text, found as ``occurs`` finds them."""
    fast = for_lower_case(pattern) if text.isascii() else pattern
    return tuple(found.span() for found in (pattern.finditer(text) if fast is pattern else fast.finditer(text.lower())))
