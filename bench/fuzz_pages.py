"""The fuzz bench's hostile web: every URL's answer generated from its number, on 127.0.0.1 only.

``/feed/N`` is a feed listing the pages N*PER_FEED … (N+1)*PER_FEED-1; ``/page/I`` is page I, whose
kind is ``KINDS[I % len(KINDS)]`` and whose bytes come from ``random.Random(I)``: reruns serve the
same web. Every fourth feed is itself hostile (malformed, an entity bomb, XXE, binary, endless).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PER_FEED = 100  # pages listed by one feed
SLOW_PIECE_S = 0.5  # a slow body's pause between pieces: the fetcher's total timeout must cut it
SLOW_PIECES = 20
TAGS = ["div", "span", "p", "section", "b", "li", "table", "td", "a", "font", "article"]
WORDS = ["season", "netflix", "zombie", "school", "cast", "release", "filming", "episode", "the", "of", "a", "renewed"]


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def deep(rng: random.Random) -> bytes:
    depth = rng.choice([50, 500, 5_000, 50_000, 300_000])
    tag = rng.choice(TAGS)
    return (f"<html><body>{f'<{tag}><p>{words(rng, 5)}</p>' * depth}</body></html>").encode()


def huge_attributes(rng: random.Random) -> bytes:
    value = "x" * rng.choice([10_000, 500_000, 2_000_000])
    return f'<html><body><div class="{value}" data-x="{value[:1000]}"><p>{words(rng, 40)}</p></div>'.encode()


def broken_encoding(rng: random.Random) -> bytes:
    text = f"<html><head><meta charset='utf-8'></head><body><p>Café séoul {words(rng, 50)}</p>"
    return rng.choice([text.encode("cp1252"), text.encode("utf-16")[:-1], bytes(rng.randrange(256) for _ in range(3000))])


def binary(rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([10, 10_000, 200_000]))


def tag_soup(rng: random.Random) -> bytes:
    pieces = [rng.choice([f"<{rng.choice(TAGS)}>", f"</{rng.choice(TAGS)}>", "<!--", "<script>", "&#0;",
                          '<script type="application/ld+json">{"@graph": [[[', words(rng, 3)]) for _ in range(3000)]
    return "".join(pieces).encode()


def many_elements(rng: random.Random) -> bytes:
    return ("<html><body>" + "<i>x</i>" * rng.choice([1_000, 100_000, 400_000])).encode()


PAGE_KINDS: list[Callable[[random.Random], bytes]] = [deep, huge_attributes, broken_encoding, binary, tag_soup,
                                                      many_elements]


def entity_bomb(rng: random.Random) -> bytes:
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "boom">{entities}]>'
            '<rss version="2.0"><channel><title>&e9;</title></channel></rss>').encode()


def xxe(rng: random.Random) -> bytes:
    return (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<rss version="2.0"><channel><title>&x;</title></channel></rss>')


def malformed_feed(rng: random.Random) -> bytes:
    return feed_of(rng, 0, 5)[: rng.randrange(10, 400)]


def deep_feed(rng: random.Random) -> bytes:
    return b'<?xml version="1.0"?><rss version="2.0"><channel>' + b"<item><title>" * 100_000


FEED_KINDS: list[Callable[[random.Random], bytes]] = [entity_bomb, xxe, malformed_feed, deep_feed]


def feed_of(rng: random.Random, first: int, count: int, base: str = "") -> bytes:
    items = "".join(f"<item><title>{words(rng, 4)} {i}</title><link>{base}/page/{i}</link>"
                    f"<description><![CDATA[{'<div>' * rng.choice([1, 3000])}{words(rng, 8)}]]></description></item>"
                    for i in range(first, first + count))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>fuzz</title>{items}</channel></rss>'.encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        kind, _, number = self.path.strip("/").partition("/")
        index = int(number) if number.isdigit() else -1
        rng = random.Random(index)
        if kind == "feed" and index % 4 == 3:
            self.answer(200, FEED_KINDS[index // 4 % len(FEED_KINDS)](rng), "application/rss+xml")
        elif kind == "feed":
            self.answer(200, feed_of(rng, index * PER_FEED, PER_FEED), "application/rss+xml")
        elif kind == "page":
            self.page(index, rng)
        else:
            self.answer(404, b"", "text/plain")

    def page(self, index: int, rng: random.Random) -> None:
        special = index % 200
        if special in (7, 57, 107, 157):  # an endless redirect
            self.send_response(302)
            self.send_header("Location", f"/page/{index + 50_000_000}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif special == 13:  # a slow body (one page in 200: each holds a fetch slot for the total timeout)
            self.slow(rng)
        else:
            self.answer(200, PAGE_KINDS[index % len(PAGE_KINDS)](rng), rng.choice(["text/html", "text/html; charset=utf-8"]))

    def answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def slow(self, rng: random.Random) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(SLOW_PIECES * 10))
        self.end_headers()
        for _ in range(SLOW_PIECES):
            self.wfile.write(b"<p>slow.. ")
            self.wfile.flush()
            time.sleep(SLOW_PIECE_S)

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hung up on a page it refused (too big, too slow): expected here


def serve(port_out) -> None:
    """Serve until the process is ended; the chosen port is sent through ``port_out``."""
    server = QuietServer(("127.0.0.1", 0), Handler)
    port_out.send(server.server_address[1])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    threading.Event().wait()
