"""Which encoding a fetched body is in: the header's charset, the page's own declaration, or detection.

A declaration is believed when the bytes decode cleanly in it. The one lie common enough to catch
is a Western single-byte label (often a server default) on a body that is valid UTF-8: such bytes
are UTF-8, never Latin-1 mojibake. When nothing declared fits, charset-normalizer guesses from the
bytes (a Korean page in EUC-KR with no declaration is the case it exists for).
"""

from __future__ import annotations

import codecs

import charset_normalizer

from scraper.charset import charset_of, sniff_charset

# Labels servers put on pages by default; valid UTF-8 under one of them is really UTF-8.
WESTERN_DEFAULTS = frozenset({"latin_1", "iso8859-1", "cp1252", "ascii"})
# Enough of a page to tell its encoding; detection on the whole of a 5 MiB page only costs time.
DETECT_BYTES = 32 * 1024


def body_encoding(content_type: str | None, body: bytes) -> str:
    """The codec name to decode ``body`` with; never raises."""
    for declared in (charset_of(content_type), sniff_charset(body)):
        if declared is None:
            continue
        if declared in WESTERN_DEFAULTS and is_utf8(body) and not body.isascii():
            return "utf-8"
        if decodes(body, declared):
            return declared
    return "utf-8" if is_utf8(body) else detect(body)


def is_utf8(body: bytes) -> bool:
    return decodes(body, "utf-8")


def decodes(body: bytes, encoding: str) -> bool:
    """Whether ``body`` is clean in ``encoding``; a sequence cut at the very end (a size cut) is forgiven."""
    try:
        body.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start >= len(body) - 3 and exc.reason.startswith("unexpected end")
    except LookupError:
        return False
    return True


def detect(body: bytes) -> str:
    """charset-normalizer's best guess, or UTF-8 (with replacement characters) when it has none."""
    best = charset_normalizer.from_bytes(body[:DETECT_BYTES]).best()
    if best is None:
        return "utf-8"
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return "utf-8"
