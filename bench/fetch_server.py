"""The benchmark's web: SITES news sites on one 127.0.0.1 port, told apart by the Host header.

A bare asyncio protocol (keep-alive HTTP/1.1, pages made from a template on demand) so that the
server costs little next to the client being measured. It runs in its own process.

Each site ``siteNNN.bench.test`` has ``/robots.txt``, ``/sitemap.xml`` (an index of two child
sitemaps) and PAGES_PER_SITE pages with an ETag. From round 2 on (``/_round/2``) a small share
of pages has a new version; every other conditional request is answered 304.
"""

from __future__ import annotations

import asyncio
import hashlib
from multiprocessing.connection import Connection

PAGES_PER_SITE = 100
CHANGED_EVERY = 50  # from round 2 on, one page in this many has a new version (2 %)
FILLER = (
    "<p>The team's own filler text for the benchmark: a paragraph of plausible length that says "
    "nothing, repeated so that a page weighs what a news article weighs once its markup is counted."
    "</p>\n"
) * 40
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class Web:
    """What every URL answers, computed from the host, the path and the round."""

    def __init__(self) -> None:
        self.round = 1

    def version(self, site: int, page: int) -> int:
        changed = self.round >= 2 and (site * PAGES_PER_SITE + page) % CHANGED_EVERY == 0
        return self.round if changed else 1

    def answer(self, host: str, path: str, etag_sent: str | None) -> tuple[int, bytes, bytes, str | None]:
        """(status, content type, body, etag)."""
        site = site_number(host)
        if path.startswith("/_round/"):
            self.round = int(path.rsplit("/", 1)[1])
            return 200, b"text/plain", b"ok", None
        if site is None:
            return 404, b"text/plain", b"no such site", None
        if path == "/robots.txt":
            return 200, b"text/plain", ROBOTS, None
        if path.startswith("/sitemap"):
            return self.sitemap(host, site, path, etag_sent)
        if path.startswith("/news/") and path.endswith(".html"):
            page = int(path[6:-5])
            etag = f'"{site}-{page}-v{self.version(site, page)}"'
            if etag_sent == etag:
                return 304, b"", b"", etag
            return 200, b"text/html; charset=utf-8", page_html(host, site, page, etag), etag
        return 404, b"text/plain", b"not found", None

    def sitemap(self, host: str, site: int, path: str, etag_sent: str | None) -> tuple[int, bytes, bytes, str | None]:
        pages = range(PAGES_PER_SITE)
        if path == "/sitemap.xml":
            body = sitemap_index(host)
        elif path == "/sitemap-1.xml":
            body = urlset(host, pages[: PAGES_PER_SITE // 2])
        elif path == "/sitemap-2.xml":
            body = urlset(host, pages[PAGES_PER_SITE // 2 :])
        else:
            return 404, b"text/plain", b"not found", None
        etag = '"' + hashlib.md5(body).hexdigest() + '"'
        if etag_sent == etag:
            return 304, b"", b"", etag
        return 200, b"application/xml", body, etag


def site_number(host: str) -> int | None:
    name = host.split(":", 1)[0]
    if name.startswith("site") and name.endswith(".bench.test") and name[4:-11].isdigit():
        return int(name[4:-11])
    return None


def page_html(host: str, site: int, page: int, etag: str) -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Site {site} story {page}</title>"
        f"<link rel='canonical' href='http://{host}/news/{page}.html'></head><body><article>"
        f"<h1>Story {page} of site {site} ({etag})</h1>\n{FILLER}</article></body></html>"
    ).encode()


def sitemap_index(host: str) -> bytes:
    children = "".join(
        f"<sitemap><loc>http://{host}/sitemap-{n}.xml</loc><lastmod>2026-01-0{n}</lastmod></sitemap>"
        for n in (1, 2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
    ).encode()


def urlset(host: str, pages: range) -> bytes:
    urls = "".join(f"<url><loc>http://{host}/news/{page}.html</loc></url>" for page in pages)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


class HttpProtocol(asyncio.Protocol):
    """Keep-alive HTTP/1.1 GET only; requests are read up to their blank line and answered at once."""

    def __init__(self, web: Web) -> None:
        self.web = web
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            self.respond(head)

    def respond(self, head: bytes) -> None:
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        path = parts[1] if len(parts) > 1 else "/"
        headers = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        status, ctype, body, etag = self.web.answer(headers.get("host", ""), path, headers.get("if-none-match"))
        reason = {200: b"OK", 304: b"Not Modified", 404: b"Not Found"}[status]
        out = [b"HTTP/1.1 %d %s\r\n" % (status, reason), b"Content-Length: %d\r\n" % len(body)]
        if ctype:
            out.append(b"Content-Type: " + ctype + b"\r\n")
        if etag:
            out.append(b"ETag: " + etag.encode() + b"\r\n")
        out.append(b"\r\n")
        assert self.transport is not None
        self.transport.write(b"".join(out) + body)


async def serve(conn: Connection) -> None:
    web = Web()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HttpProtocol(web), "127.0.0.1", 0, backlog=1024)
    conn.send(server.sockets[0].getsockname()[1])
    stop = asyncio.Event()
    loop.add_reader(conn.fileno(), stop.set)  # the benchmark closing its end stops the server
    async with server:
        await stop.wait()


def run_server(conn: Connection) -> None:
    asyncio.run(serve(conn))
