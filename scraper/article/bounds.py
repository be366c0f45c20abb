"""How much of a page extraction reads: bounded by size, nesting depth and element count.

An HTML parser's work grows with depth times size (each paragraph's ancestors are scored, each
element's text is gathered), and lexbor's own tree building slows quadratically with depth: 100,000
nested ``<div>``s take it half a minute. So a page is measured by a linear scan of its tags *before*
it is parsed, and one too deep or with too many elements is refused with ``PageTooComplex``; a page
too long is read only in its first ``MAX_PAGE_CHARS``. The scan follows the tree the way a browser
would closely enough: void elements open nothing, raw text (scripts, styles) holds no tags, an end
tag closes the element it names, and the elements whose end tag may be left out (``<p>``, ``<li>``…)
close their own kind.
"""

from __future__ import annotations

import re

from scraper.errors import PageTooComplex

# A page is read up to this many characters, the fetcher's own body limit (5 MiB): a story sits in
# the first megabytes of any page, and a 20 MB page otherwise costs half a gigabyte to extract.
MAX_PAGE_CHARS = 5 * 1024 * 1024
# Real news pages nest 20-60 elements deep, the heaviest templates about 150; browsers stop nesting
# at 512 (Blink). Past 400 a page is built to hurt, and refused.
MAX_DEPTH = 400
# A heavy 5 MiB news page holds about 60,000 elements; two and a half times that is refused, which
# bounds the work of every later step and its memory: each element costs about 350 bytes in the
# parsed tree and 100 more while the story is gathered, so a page stays under 70 MB.
MAX_ELEMENTS = 150_000
# How far down the stack an end tag looks for the element it closes; a stray end tag farther down
# is ignored, as it would close almost nothing a reader sees, and the scan stays linear.
CLOSE_LOOKBACK = 32

VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "frame"]
)
RAW_TEXT = frozenset(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"])
# Elements that close an open element of their own kind (their end tag may be left out).
SELF_CLOSING_KIND = frozenset(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "rtc", "thead", "tbody", "tfoot"])
IGNORED = frozenset({"html", "head", "body"})  # one each, whatever the page writes

_TAG = re.compile(r"<!--|<!\[CDATA\[|<(/?)([a-zA-Z][^\s/>]*)[^>]*>")
SKIPPED = {"<!--": "-->", "<![CDATA[": "]]>"}  # comments and (in feeds) CDATA hold no elements


def bounded(html: str, where: str = "page") -> str:
    """``html`` cut to ``MAX_PAGE_CHARS``; PageTooComplex (naming ``where``) when it nests too deep or
    holds too many elements."""
    html = html[:MAX_PAGE_CHARS]
    measure(html, where)
    return html


def measure(html: str, where: str = "page", *, max_depth: int = MAX_DEPTH, max_elements: int = MAX_ELEMENTS,
            what: str = "page", raw_text: frozenset[str] = RAW_TEXT) -> None:
    """Raise PageTooComplex past ``max_depth`` nested elements or ``max_elements`` elements; ``what``
    names the document in the message ("page", "feed"); ``raw_text`` the elements whose text holds no
    tags (HTML's scripts and styles; none in XML)."""
    stack: list[str] = []
    elements = 0
    at = 0
    while (found := _TAG.search(html, at)) is not None:
        at = found.end()
        if found.group(0) in SKIPPED:
            end = html.find(SKIPPED[found.group(0)], at)
            at = len(html) if end < 0 else end + 3
            continue
        name = found.group(2).lower()
        if found.group(1):
            close(stack, name)
            continue
        if name in VOID or name in IGNORED:
            continue
        elements += 1
        if elements > max_elements:
            raise PageTooComplex(where, f"{what} too big: more than {max_elements:,} elements "
                                 f"(at character {found.start():,}); not read")
        if name in raw_text:
            at = raw_text_end(html, name, at)
            continue
        if name in SELF_CLOSING_KIND:
            close(stack, name, lookback=4)
        stack.append(name)
        if len(stack) > max_depth:
            raise PageTooComplex(where, f"{what} too deep: more than {max_depth} nested elements "
                                 f"(at character {found.start():,}); not read")


def close(stack: list[str], name: str, *, lookback: int = CLOSE_LOOKBACK) -> None:
    """Pop the innermost open ``name`` and everything inside it, if it is near the top."""
    if stack and stack[-1] == name:  # the usual case, first: the scan's time is mostly here
        stack.pop()
        return
    for index in range(len(stack) - 1, max(-1, len(stack) - 1 - lookback), -1):
        if stack[index] == name:
            del stack[index:]
            return


def raw_text_end(html: str, name: str, at: int) -> int:
    """Where a script's (or style's…) text ends: after its end tag, or the end of the page."""
    end = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE).search(html, at)
    return len(html) if end is None else end.end()
