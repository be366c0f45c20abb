"""Which encoding a document is in: the header's charset, the page's own declaration, or detection.

Shared by the fetcher and article extraction, which must not need the HTTP client to read a file.
A declaration is believed when the bytes decode cleanly in it. The one lie common enough to catch
is a Western single-byte label (often a server default) on a body that is valid UTF-8: such bytes
are UTF-8, never Latin-1 mojibake. When nothing declared fits (a page declaring UTF-8 but sending
cp1252), charset-normalizer guesses from the bytes, as it does for a page that declares nothing.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def valid_charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def charset_of(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return valid_charset(value)
    return None


def sniff_charset(body: bytes) -> str | None:
    """The encoding a document declares itself: a byte order mark, <meta charset>, <?xml encoding?>."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    head = body[:4096]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return valid_charset(found.group(1).decode("ascii", "replace")) if found else None

# Labels servers put on pages by default; valid UTF-8 under one of them is really UTF-8.
WESTERN_DEFAULTS = frozenset({"latin_1", "iso8859-1", "cp1252", "ascii"})
# The single-byte encoding the web writes most (HTML reads a "latin-1" label as it): the tie-breaker
# between code pages that all read a Western page's few accented letters cleanly.
WEB_SINGLE_BYTE = "cp1252"
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
    """charset-normalizer's best guess, or UTF-8 (with replacement characters) when it has none.

    Among the guesses that read the bytes as cleanly as the best, Windows-1252 wins: a few accented
    letters in Latin text fit a dozen code pages equally, and Windows-1252 is the one the web uses.
    """
    results = charset_normalizer.from_bytes(body[:DETECT_BYTES])
    best = results.best()
    if best is None:
        return "utf-8"
    calmest = min(match.chaos for match in results)
    if any(match.encoding == WEB_SINGLE_BYTE and match.chaos <= calmest for match in results):
        return WEB_SINGLE_BYTE
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return "utf-8"
