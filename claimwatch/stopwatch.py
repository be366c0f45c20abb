"""Time spent reading articles in this process (their text, then their claims), which /metrics reports.

A module of its own, importing nothing: the pipeline adds to it and the web page reads it, and the web
page may not import the pipeline (which fetches).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Stopwatch:
    """Seconds spent and articles read; the page reads them from its own thread."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.articles = 0
        self._lock = threading.Lock()

    @contextmanager
    def timing(self, *, articles: int = 0) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(time.perf_counter() - started, articles=articles)

    def add(self, seconds: float = 0.0, *, articles: int = 0) -> None:
        with self._lock:
            self.seconds += seconds
            self.articles += articles


EXTRACTION = Stopwatch()  # the page's text (scraper.article), then its claims (scraper.claims)
