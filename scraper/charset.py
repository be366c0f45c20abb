"""Which encoding a document is in: the Content-Type's charset, else what the bytes declare.

Shared by the fetcher and article extraction, which must not need the HTTP client to read a file.
"""

from __future__ import annotations

import codecs
import re

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
