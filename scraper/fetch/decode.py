"""Content-Encoding undone by hand, never producing more than the size limit.

httpx's own decoders expand each network chunk in full: a 64 KiB chunk of a gzip bomb becomes
64 MiB before anyone can count it. Here every ``decompress`` is given the room left under the
limit as its ``max_length``, so a bomb is stopped after at most ``limit`` bytes of output.
Only encodings that can be undone this way are asked for (``ACCEPT_ENCODING``).
"""

from __future__ import annotations

import zlib

ACCEPT_ENCODING = "gzip, deflate"
IDENTITY = frozenset({"", "identity"})


class BodyTooLarge(Exception):
    """The body passed the limit; the fetcher turns it into FetchError stage "size"."""

    def __init__(self, limit: int, declared: int | None = None, *, expanded: bool = False) -> None:
        self.limit = limit
        self.declared = declared
        said = f" (Content-Length says {declared})" if declared is not None else ""
        how = " once decompressed (a decompression bomb?)" if expanded else ""
        super().__init__(f"body is larger than the limit of {limit} bytes{how}{said}")


class UndecodableBody(Exception):
    """The encoding is unknown or the compressed bytes are broken; stage "decode"."""


class _Inflater:
    """One gzip/deflate layer, output bounded by the caller's ``room``."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._wbits = 47 if encoding in ("gzip", "x-gzip") else 15  # 47: gzip or zlib header, auto
        self._inflate = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """At most ``room + 1`` bytes of output (one more than fits tells the caller it is too large)."""
        out: list[bytes] = []
        size = 0
        while data and size <= room:
            try:
                chunk = self._inflate.decompress(data, room + 1 - size)
            except zlib.error as exc:
                if self._started or self._encoding != "deflate" or self._wbits < 0:
                    raise UndecodableBody(f"{self._encoding} data is broken: {exc}") from None
                self._wbits, self._inflate = -15, zlib.decompressobj(-15)  # raw deflate, as some servers send
                continue
            self._started = True
            out.append(chunk)
            size += len(chunk)
            data = self._inflate.unconsumed_tail
            if self._inflate.eof:
                data = self._inflate.unused_data
                if not data.startswith(b"\x1f\x8b"):
                    break  # trailing junk after the stream is ignored, as browsers do
                self._inflate = zlib.decompressobj(self._wbits)  # a second gzip member follows
                self._started = False
        return b"".join(out)


class BoundedDecoder:
    """Undo a response's Content-Encoding layers; raise BodyTooLarge past ``limit`` decoded bytes."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        names = [name.strip().lower() for name in (content_encoding or "").split(",")]
        layers = [name for name in names if name not in IDENTITY]
        for name in layers:
            if name not in ("gzip", "x-gzip", "deflate"):
                raise UndecodableBody(f"content encoding {name!r} is not one the fetcher asks for or reads")
        self._layers = [_Inflater(name) for name in reversed(layers)]  # the last applied comes off first
        self._limit = limit
        self.size = 0
        self.raw_size = 0

    def feed(self, raw: bytes) -> bytes:
        self.raw_size += len(raw)
        if self.raw_size > self._limit:
            raise BodyTooLarge(self._limit)
        data = raw
        room = self._limit - self.size
        for layer in self._layers:
            data = layer.feed(data, room)
            if len(data) > room:
                raise BodyTooLarge(self._limit, expanded=True)
        self.size += len(data)
        return data


def decode_all(data: bytes, content_encoding: str, limit: int) -> bytes:
    """A whole compressed document (a ``.xml.gz`` sitemap) decoded within ``limit``."""
    return BoundedDecoder(content_encoding, limit).feed(data)
