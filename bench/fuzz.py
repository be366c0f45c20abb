"""Fuzz the daemon with a hostile web: ``python -m bench.fuzz [--pages 10000]``.

A server process on 127.0.0.1 (``bench/fuzz_pages.py``) answers generated pages and feeds: deep and
random nesting, huge attributes, broken encodings, binary bodies, malformed XML, entity bombs and
XXE, endless redirects, slow bodies. This process runs one daemon round over feeds listing all the
pages, under an address-space limit of 300 MB above what the warmed-up daemon maps before reading
anything (its language and claims models alone map 260 MB of address space, 200 MB resident while
loading, so a flat 300 MB limit measures the models, not the pages). The daemon reads pages in its pool
of worker processes, as by default (``[daemon] extract_workers``): the limit is inherited by each of
them, which map what the warmed-up daemon maps (the same models) and so get the same room for a page.
A crash is an exception out of the round, an error logged with a traceback (a bug on a page), or a
worker of the pool that died on a page (the daemon goes on, but the page was too much for it). The last line:
``pages=N crashes=0 peak_rss_mb=N max_page_s=N``.
"""

from __future__ import annotations

import argparse
import os

# Before numpy is imported (the claims' model uses it): its BLAS threads reserve 40 MB of address
# space each, which the limit below would count.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MALLOC_ARENA_MAX", "1")

import asyncio  # noqa: E402
import logging  # noqa: E402
import multiprocessing  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from bench import fuzz_pages  # noqa: E402

ADDRESS_SPACE_MB = 300  # the room the issue gives the daemon for reading a hostile web
PAGES = 10_000
PROGRESS_EVERY = 1000  # a line every this many pages, so a long run shows where it is
ROUND_BUDGET_S = 3600.0  # all pages are read in one round here, so a source's budget is the bench's


class CrashCounter(logging.Handler):
    """Counts the errors logged with a traceback: a bug met on a page, the round going on."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.crashes = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.crashes += 1
            self.first = self.first or self.format(record)


def start_server() -> tuple[multiprocessing.Process, int]:
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.get_context("fork").Process(target=fuzz_pages.serve, args=(send,), daemon=True)
    server.start()
    return server, receive.recv()


def warm_up() -> None:
    """Load what every daemon loads once (the language identifier, the claims' model and lexicons)."""
    from claimwatch.topic import load_topic
    from scraper.article import article_from_text
    from scraper.claims import extract_claims
    from scraper.claims.language import detect_language

    text = "All of Us Are Dead season 2 arrives in January 2026, Netflix confirmed."
    detect_language(text)
    extract_claims(article_from_text(text, "https://fuzz.example/warm"), load_topic())


def mapped_bytes() -> int:
    return int(Path("/proc/self/status").read_text().split("VmSize:")[1].split()[0]) * 1024


def limit_address_space(mb: int) -> int:
    """Allow ``mb`` more address space than is mapped now; the limit in MB."""
    limit = mapped_bytes() + mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
    return limit // 2**20


async def one_round(port: int, pages: int, db: Path, page_times: list[float]) -> list:
    """The daemon's round over every feed: each source's PollResult."""
    import dataclasses

    import claimwatch.pipeline as pipeline
    import storage
    from claimwatch import defaults
    from claimwatch.daemon import Daemon
    from claimwatch.pipeline import Context
    from claimwatch.topic import load_topic
    from notifier import RetryPolicy
    from scraper.fetch.settings import FetchSettings
    from scraper.types import SourceConfig

    fetch_article = pipeline._fetch_article

    async def fetch_timed(ctx, source, fetcher, lead):
        """Each page's time from its fetch's start to its reading (its wait for a fetch slot included)."""
        started = time.perf_counter()
        try:
            return await fetch_article(ctx, source, fetcher, lead)
        finally:
            page_times.append(time.perf_counter() - started)
            if len(page_times) % PROGRESS_EVERY == 0:
                print(f"... {len(page_times)} pages, peak_rss_mb={peak_rss_mb()}", flush=True)

    pipeline._fetch_article = fetch_timed
    feeds = -(-pages // fuzz_pages.PER_FEED) * 4 // 3 + 1  # every fourth feed is hostile and lists nothing
    sources = tuple(SourceConfig(name=f"feed{n}", kind="rss", url=f"http://127.0.0.1:{port}/feed/{n}",
                                 interval_s=600, options={"filter": False}) for n in range(feeds))
    engine = storage.make_engine(f"sqlite:///{db}")
    storage.upgrade(engine)
    topic = dataclasses.replace(load_topic(), sources=sources)
    # The daemon's own limits but for politeness pauses (one host serves everything) and a short total
    # timeout, so that slow bodies cost the bench seconds, not minutes.
    fetch = FetchSettings(allow_hosts=("127.0.0.1",), per_host_delay_s=0.0, total_timeout_s=3.0, read_timeout_s=2.0)
    daemon = Daemon(context=Context(engine=engine, topic=topic, articles_per_round=fuzz_pages.PER_FEED),
                    fetch_settings=fetch, worker="fuzz", policy=RetryPolicy(max_attempts=1, base_s=1, max_s=1),
                    source_budget_s=ROUND_BUDGET_S, extract_workers=defaults.EXTRACT_WORKERS)
    async with daemon:
        return await daemon.run_once()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=PAGES, help=f"pages served and read (default {PAGES})")
    args = parser.parse_args()
    server, port = start_server()
    warm_up()
    print(f"address space limited to {limit_address_space(ADDRESS_SPACE_MB)} MB")
    counter = CrashCounter()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger().addHandler(counter)
    logging.getLogger("claimwatch.pipeline").setLevel(logging.ERROR)  # a failing source is expected here
    from claimwatch.reader import WORKER_DIED

    page_times: list[float] = []
    crashes = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            results = asyncio.run(one_round(port, args.pages, Path(tmp) / "fuzz.db", page_times))
            deaths = [p for r in results for p in r.problems if WORKER_DIED in p]
            print(f"sources polled: {len(results)}, in {time.perf_counter() - started:.0f} s, "
                  f"pool workers that died on a page: {len(deaths)}")
            crashes += len(deaths)
        except BaseException as exc:  # MemoryError included: that is what the limit is for
            crashes += 1
            print(f"the round crashed: {type(exc).__name__}: {exc}")
    server.terminate()
    crashes += counter.crashes
    if counter.first:
        print("first crash:", counter.first[-3000:])
    print(f"pages={len(page_times)} crashes={crashes} peak_rss_mb={peak_rss_mb()} "
          f"max_page_s={max(page_times, default=0):.1f}")


def peak_rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


if __name__ == "__main__":
    main()
