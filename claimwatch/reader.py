"""Reading fetched pages (their article, then its claims) in worker processes, off the event loop.

Extraction is CPU-bound regex work: run in the daemon's own thread it held up every fetch in flight.
``read_page`` is a plain function on plain data, so a process pool can run it; ``PageReader`` runs it
in a pool of ``workers`` processes, or in this process with ``workers=0`` (tests, tiny machines).
Storing stays in the daemon: only the article and its claims come back.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from multiprocessing.process import BaseProcess

from claimwatch.stopwatch import EXTRACTION
from scraper.article import article_from_text, extract_article
from scraper.claims import extract_claims
from scraper.claims.language import detect_language, record_language
from scraper.errors import FetchError
from scraper.relevance import is_relevant
from scraper.types import Article, Claim, Lead, Topic

# Workers are started by a fork server, a clean process with no threads (the daemon's fetcher and
# scheduler have some: forking after them may copy a held lock); it imports the readers once.
START_METHOD = "forkserver"
_PRELOAD = ["claimwatch.reader"]
WORKER_DIED = "the process reading it died; it is read again later"  # the page's problem, when a worker dies
_WARM_UP = "All of Us Are Dead season 2 arrives in January 2026, Netflix confirmed."
_WARM_UP_TOPIC = Topic(slug="warm-up", title="All of Us Are Dead", season=2, platform=("Netflix",))


_TOPICS: dict[Topic, Topic] = {}  # each topic read so far, once (a worker is sent a copy with every page)


@dataclass(frozen=True)
class PageReading:
    """What a page says: its article, whether it is about the topic (``show``, its slug), and the claims it makes."""

    article: Article
    relevant: bool
    claims: tuple[Claim, ...]
    show: str


def read_page(html: str | None, url: str, lead: Lead, topic: Topic) -> PageReading:
    """A fetched page's article and claims; ``html`` None: the lead's own title and summary are the text."""
    if html is None:
        article = lead_article(lead)
    else:
        article = extract_article(html, url, published=lead.published)
        if article.title is None and lead.title:
            article = replace(article, title=lead.title)
    article = replace(article, lang=record_language(article.lang, article.text))
    topic = _TOPICS.setdefault(topic, topic)  # one object per topic: the claims' rules are cached by identity
    relevant, claims = claims_of(article, topic)
    return PageReading(article, relevant, tuple(claims), topic.slug)


def lead_article(lead: Lead) -> Article:
    """A lead no plain request can follow (an aggregator's item): its title and summary are the text."""
    text = "\n\n".join(part for part in (lead.title, lead.summary) if part)
    article = article_from_text(text, lead.url, published=lead.published, title=lead.title)
    return replace(article, site_name=lead.publisher or article.site_name)


def claims_of(article: Article, topic: Topic) -> tuple[bool, list[Claim]]:
    """Whether the article is about the topic, and what it claims (nothing when it is not)."""
    if not (article.is_article and is_relevant(article, topic)):
        return False, []
    return True, extract_claims(article, topic)


def warm_up() -> None:
    """Load what every reader loads once (the language identifier, the claims' model and lexicons)."""
    detect_language(_WARM_UP)
    extract_claims(article_from_text(_WARM_UP, "https://warm-up.invalid/"), _WARM_UP_TOPIC)


def _start_worker() -> None:
    """A worker: Ctrl-C in a terminal reaches every process of the group, and the daemon, not its
    workers, decides how a stop goes (the pages being read are finished, then the pool shut down)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    daemon = multiprocessing.parent_process()
    if daemon is not None:
        threading.Thread(target=_exit_with, args=(daemon,), name="exit-with-the-daemon", daemon=True).start()
    warm_up()


def _exit_with(daemon: BaseProcess) -> None:
    """Exit when the daemon is gone. A killed daemon's workers would otherwise wait for pages forever
    (each holds both ends of the pool's queue, so it never reads an end of file), and its fork server with
    them."""
    daemon.join()
    os._exit(1)


class PageReader:
    """Reads pages in a pool of ``workers`` processes (0: in this process, blocking its loop)."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._pool = self._start() if workers else None

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(START_METHOD)
        context.set_forkserver_preload(_PRELOAD)
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker)

    async def read(self, html: str | None, url: str, lead: Lead, topic: Topic) -> PageReading:
        """The page read; a worker that died on it is a transient failure (the pool is started again, the
        page waits its back-off and is read again)."""
        pool = self._pool
        with EXTRACTION.timing():  # the daemon's wait for the page: what extraction costs its fetches
            try:
                reading = await self._run(pool, html, url, lead, topic)
            except BrokenProcessPool:
                self._restart(pool)
                raise FetchError(url, "extract", WORKER_DIED, transient=True) from None
        EXTRACTION.add(articles=int(reading.relevant))
        return reading

    @staticmethod
    async def _run(pool: ProcessPoolExecutor | None, html: str | None, url: str, lead: Lead,
                   topic: Topic) -> PageReading:
        if pool is None:
            return read_page(html, url, lead, topic)
        return await asyncio.get_running_loop().run_in_executor(pool, read_page, html, url, lead, topic)

    def _restart(self, broken: ProcessPoolExecutor | None) -> None:
        """A new pool in place of ``broken``, once: the other pages it was reading fail with it."""
        if broken is not None and broken is self._pool:
            broken.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()

    def worker_pids(self) -> list[int]:
        """The pool's processes now (none in this process's mode): for measuring their memory, or a test.
        The executor has no public list of them."""
        return list(self._pool._processes or {}) if self._pool is not None else []

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

