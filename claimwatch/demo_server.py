"""The offline demo's world: a made-up season of news, served on 127.0.0.1 round by round.

``demo_data/chronology.toml`` lists, round by round, the articles that several invented sites
publish about the tracked show. The server answers only what has been published so far: a
wire feed (RSS 2.0, newest first, with ETag and Last-Modified so an unchanged feed is a 304),
one feed per site, each published page at its path, and a robots.txt that allows everything.
Hostnames cannot be used offline, so a page's site is the first part of its path
(``/site/kdramawire/...``) and its ``og:site_name``.

    with DemoServer() as server:
        server.advance()            # round 1 is published
        feed = server.feed_url      # what the daemon polls
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import threading
import tomllib
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

# Loopback only: the demo world must never be reachable from another machine.
HOST = "127.0.0.1"
# The package holding the pages and the manifest (package data, read through importlib.resources).
DATA_PACKAGE = "claimwatch.demo_data"
MANIFEST = "chronology.toml"
# Pages state their own absolute URLs (canonical, og:url), but the port is known only once bound.
BASE_URL_TOKEN = "{{base_url}}"
FEED_PATH = "/feed.xml"
SITE_PREFIX = "/site/"
ROBOTS_TXT = b"User-agent: *\nAllow: /\n"
# How often serve_forever looks for a shutdown request: stop() returns within about this long.
SHUTDOWN_POLL_S = 0.05
_MANIFEST_KEYS = {"file", "path", "site", "site_name", "published", "copy_of"}


@dataclass(frozen=True)
class DemoArticle:
    """One page of the chronology: where it is served, who publishes it and when."""

    round: int
    file: str  # under demo_data/
    path: str  # where it is served, always /site/<site>/...
    site: str
    site_name: str
    published: dt.datetime
    copy_of: str | None = None  # the path of the story this one syndicates, word for word


@dataclass(frozen=True)
class Page:
    article: DemoArticle
    html: str  # with BASE_URL_TOKEN still in it
    title: str
    description: str


def load_chronology() -> tuple[tuple[DemoArticle, ...], int]:
    """Every article of the manifest, and the number of rounds; a broken manifest fails naming the entry."""
    data = tomllib.loads(resources.files(DATA_PACKAGE).joinpath(MANIFEST).read_text("utf-8"))
    rounds = data.get("round", [])
    articles: list[DemoArticle] = []
    for number, entry in enumerate(rounds, start=1):
        if entry.get("number") != number:
            raise ValueError(f"{MANIFEST}: round {number} is numbered {entry.get('number')!r}")
        for index, item in enumerate(entry.get("article", [])):
            articles.append(_article(item, number, f"{MANIFEST}: round {number}, article {index + 1}"))
    return tuple(articles), len(rounds)


def _article(item: dict[str, Any], number: int, where: str) -> DemoArticle:
    unknown = set(item) - _MANIFEST_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    published = item["published"]
    if not isinstance(published, dt.datetime) or published.tzinfo is None:
        raise ValueError(f"{where}: published must be a date-time with an offset, got {published!r}")
    if not item["path"].startswith(f"{SITE_PREFIX}{item['site']}/"):
        raise ValueError(f"{where}: path {item['path']!r} is not under {SITE_PREFIX}{item['site']}/")
    return DemoArticle(
        round=number,
        file=item["file"],
        path=item["path"],
        site=item["site"],
        site_name=item["site_name"],
        published=published,
        copy_of=item.get("copy_of"),
    )


def load_page(article: DemoArticle) -> Page:
    html = resources.files(DATA_PACKAGE).joinpath(article.file).read_text("utf-8")
    meta = _PageMeta()
    meta.feed(html)
    title = meta.values.get("og:title") or meta.title.strip()
    if not title:
        raise ValueError(f"{article.file}: the page has no title")
    return Page(article, html, title, meta.values.get("og:description") or meta.values.get("description", ""))


class _PageMeta(HTMLParser):
    """A page's <title> and <meta> contents, for the feed's item title and description."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and found.get("content"):
            key = found.get("property") or found.get("name")
            if key:
                self.values.setdefault(key.lower(), found["content"] or "")
        self._in_title = tag == "title" and not self.title

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False if tag == "title" else self._in_title

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


# --- answers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    last_modified: dt.datetime | None = None

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'


NOT_FOUND = Answer(404, b"Not found\n")


def http_date(when: dt.datetime) -> str:
    return email.utils.format_datetime(when.astimezone(dt.UTC), usegmt=True)


def not_modified(headers: Any, answer: Answer) -> bool:
    """A conditional request the answer has not changed since (If-None-Match wins over If-Modified-Since)."""
    tags = headers.get("If-None-Match")
    if tags is not None:
        listed = {tag.strip().removeprefix("W/") for tag in tags.split(",")}
        return "*" in listed or answer.etag in listed
    since = headers.get("If-Modified-Since")
    if not since or answer.last_modified is None:
        return False
    try:
        when = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return answer.last_modified.replace(microsecond=0) <= when


def render_feed(pages: list[Page], base_url: str, self_path: str, title: str, home: str = "/") -> Answer:
    """An RSS 2.0 feed of ``pages``, newest first; the same pages always give the same bytes."""
    ordered = sorted(pages, key=lambda page: (page.article.published, page.article.path), reverse=True)
    newest = ordered[0].article.published if ordered else None
    items = "".join(_feed_item(page, base_url) for page in ordered)
    built = f"    <lastBuildDate>{http_date(newest)}</lastBuildDate>\n" if newest else ""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
        f"    <title>{escape(title)}</title>\n    <link>{escape(base_url + home)}</link>\n"
        "    <description>Entertainment news from the claimwatch demo's made-up sites.</description>\n"
        f"    <language>en</language>\n{built}"
        f'    <atom:link href="{escape(base_url + self_path)}" rel="self" type="application/rss+xml"/>\n'
        f"{items}  </channel>\n</rss>\n"
    )
    return Answer(200, xml.encode("utf-8"), "application/rss+xml; charset=utf-8", newest)


def _feed_item(page: Page, base_url: str) -> str:
    link = escape(base_url + page.article.path)
    site_feed = escape(f"{base_url}{SITE_PREFIX}{page.article.site}{FEED_PATH}")
    return (
        "    <item>\n"
        f"      <title>{escape(page.title)}</title>\n      <link>{link}</link>\n"
        f"      <description>{escape(page.description)}</description>\n"
        f"      <pubDate>{http_date(page.article.published)}</pubDate>\n"
        f'      <guid isPermaLink="true">{link}</guid>\n'
        f'      <source url="{site_feed}">{escape(page.article.site_name)}</source>\n'
        "    </item>\n"
    )


def render_page(page: Page, base_url: str) -> Answer:
    body = page.html.replace(BASE_URL_TOKEN, base_url).encode("utf-8")
    return Answer(200, body, "text/html; charset=utf-8", page.article.published)


# --- the server ---------------------------------------------------------------------------------


class DemoServer:
    """The demo's sites on 127.0.0.1 (a port the OS picks), publishing one round per ``advance()``."""

    def __init__(self, round: int = 0) -> None:
        articles, self.rounds = load_chronology()
        if not 0 <= round <= self.rounds:
            raise ValueError(f"round must be between 0 and {self.rounds}, got {round}")
        self.pages = tuple(load_page(article) for article in articles)
        self.paths_served: Counter[str] = Counter()  # requests answered per path, whatever the status
        self._round = round
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    def start(self) -> None:
        if self._server is not None:
            return
        self._server = ThreadingHTTPServer((HOST, 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(SHUTDOWN_POLL_S,), name="claimwatch-demo", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # the world

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the demo server is not started: call start() or use it in a with block")
        return f"http://{HOST}:{self._server.server_address[1]}"

    @property
    def feed_url(self) -> str:
        return self.base_url + FEED_PATH

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def round(self) -> int:
        with self._lock:
            return self._round

    def advance(self) -> int:
        """Publish the next round's articles; returns that round's number."""
        with self._lock:
            if self._round >= self.rounds:
                raise LookupError(f"the demo chronology has only {self.rounds} rounds")
            self._round += 1
            return self._round

    def published(self, site: str | None = None) -> list[Page]:
        """The pages published so far, of one site or of all."""
        current = self.round
        return [p for p in self.pages if p.article.round <= current and site in (None, p.article.site)]

    def answer(self, path: str) -> Answer:
        """What a GET of ``path`` answers now (before conditional headers)."""
        if path == "/robots.txt":
            return Answer(200, ROBOTS_TXT)
        if path == FEED_PATH:
            return render_feed(self.published(), self.base_url, FEED_PATH, "Demo wire: Korean TV news")
        site = _site_feed(path)
        if site is not None:
            pages = self.published(site)
            if not pages:
                return NOT_FOUND
            home = f"{SITE_PREFIX}{site}/"
            return render_feed(pages, self.base_url, path, pages[0].article.site_name, home)
        for page in self.published():
            if page.article.path == path:
                return render_page(page, self.base_url)
        return NOT_FOUND

    def count(self, path: str) -> None:
        with self._lock:
            self.paths_served[path] += 1


def _site_feed(path: str) -> str | None:
    """The site of a per-site feed path (/site/<site>/feed.xml), else None."""
    if not (path.startswith(SITE_PREFIX) and path.endswith(FEED_PATH)):
        return None
    site = path[len(SITE_PREFIX) : -len(FEED_PATH)]
    return site if site and "/" not in site else None


def _handler_for(demo: DemoServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "claimwatch-demo/1"
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (the name http.server dispatches to)
            self._respond(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._respond(with_body=False)

        def _respond(self, *, with_body: bool) -> None:
            path = urlsplit(self.path).path or "/"
            demo.count(path)
            answer = demo.answer(path)
            unchanged = answer.status == 200 and not_modified(self.headers, answer)
            self.send_response(304 if unchanged else answer.status)
            if answer.status == 200:
                self.send_header("ETag", answer.etag)
                if answer.last_modified is not None:
                    self.send_header("Last-Modified", http_date(answer.last_modified))
            body = b"" if unchanged else answer.body
            if not unchanged:
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body and body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # the demo prints alerts, not a request log
            return

    return Handler
