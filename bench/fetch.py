"""Fetcher benchmark: 200 sites holding 20,000 pages on 127.0.0.1, read twice through the real Fetcher.

    .venv/bin/python bench/fetch.py [--sites 200]

Round 1 reads each site's sitemap index (the real sitemap source) and then every page it lists,
at most 2 requests in flight per host. Round 2 does the same with the validators round 1 stored:
unchanged pages and sitemaps answer 304. The server runs in its own process (bench/fetch_server.py),
so the peak RSS printed is the client's alone. Host names resolve to 127.0.0.1 through the
fetcher's resolver hook; nothing leaves the machine.

Last line: ``pages_per_s=N peak_rss_mb=N revisit_304_share=F``.

With ``--workers N``, N processes share the sites as daemons share one PostgreSQL: the sites are the
sources of a fresh schema, each process leases a few at a time (``FOR UPDATE SKIP LOCKED``) and reads
them, until none is left (round 1 only). Last line: ``workers=N pages_per_s=N`` (all processes together).

    .venv/bin/python bench/fetch.py --workers 2 [--postgres URL]

With ``--extract N``, every page fetched is also read as the daemon reads it (its article, then its
claims, claimwatch/reader.py) by a pool of N worker processes, or in this process with ``--extract 0``
(the daemon's old way, which holds up every fetch meanwhile). The peak RSS printed then adds the peak
of each other process of this one (the pool's workers, its fork server, multiprocessing's resource
tracker; the server's excepted): pages they share are counted in each, so it is an upper bound. The filler pages name the bench topic's title, so
the claims stage runs on each. Last line: ``extract_workers=N pages_per_s=N peak_rss_mb=N ...``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import storage  # noqa: E402
from bench.fetch_server import run_server  # noqa: E402
from bench.schema import fresh_schema  # noqa: E402
from claimwatch.reader import PageReader  # noqa: E402
from scraper.errors import FetchError  # noqa: E402
from scraper.fetch import Fetcher, FetchSettings  # noqa: E402
from scraper.sources import make_source  # noqa: E402
from scraper.types import FetchState, Lead, SourceConfig, Topic  # noqa: E402

PER_HOST = 2
LEASE_BATCH = 10  # sites a worker leases at a time: small, so the last ones are shared out too
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TOPIC = Topic(slug="bench", title="Bench Show", season=1)
EXTRACT_TOPIC = Topic(slug="bench", title="benchmark", season=1)  # the filler's own word: every page is relevant


@dataclass
class Tally:
    pages: int = 0
    not_modified: int = 0
    requests: int = 0
    bytes: int = 0
    read: int = 0  # pages whose article and claims were read (--extract)
    errors: list[str] = field(default_factory=list)


async def loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


def settings(sites: int) -> FetchSettings:
    return FetchSettings(
        allow_hosts=("127.0.0.1",),
        per_host_in_flight=PER_HOST,
        max_in_flight=sites * PER_HOST,
        per_host_delay_s=0.0,  # the bench measures the client, not a politeness pause
        max_host_pools=sites + 8,
    )


async def read_site(
    fetcher: Fetcher, base: str, states: dict[str, FetchState], known: dict[str, list[str]], tally: Tally,
    reader: PageReader | None = None,
) -> None:
    """The site's sitemap, then its pages: those the sitemap lists, or (its index unchanged) those known."""
    source = make_source(SourceConfig(name=base, kind="sitemap", url=f"{base}/sitemap.xml"))
    try:
        discovery = await source.discover(fetcher, states, TOPIC)
    except FetchError as exc:
        tally.errors.append(str(exc))
        return
    tally.requests += len(discovery.states)  # the index and each child read
    tally.not_modified += discovery.not_modified
    states.update(discovery.states)
    if discovery.leads:
        known[base] = [lead.url for lead in discovery.leads]
    queue = iter(known.get(base, []))
    await asyncio.gather(*(page_worker(fetcher, queue, states, tally, reader) for _ in range(PER_HOST)))


async def page_worker(fetcher: Fetcher, queue, states: dict[str, FetchState], tally: Tally,
                      reader: PageReader | None) -> None:
    for url in queue:
        try:
            response = await fetcher.fetch(url, states.get(url))
        except FetchError as exc:
            tally.errors.append(str(exc))
            continue
        tally.requests += 1
        tally.pages += 1
        tally.bytes += len(response.body)
        if response.not_modified:
            tally.not_modified += 1
            continue
        states[url] = response.state
        if reader is not None:
            await reader.read(response.text(), response.final_url, Lead(url=url), EXTRACT_TOPIC)
            tally.read += 1


async def run_round(
    fetcher: Fetcher, bases: list[str], states: dict[str, FetchState], known: dict[str, list[str]],
    reader: PageReader | None = None,
) -> tuple[Tally, float]:
    tally = Tally()
    started = time.perf_counter()
    await asyncio.gather(*(read_site(fetcher, base, states, known, tally, reader) for base in bases))
    return tally, time.perf_counter() - started


async def switch_round(fetcher: Fetcher, base: str, number: int) -> None:
    await fetcher.fetch(f"{base}/_round/{number}")


async def bench(port: int, sites: int, extract: int | None) -> None:
    bases = [f"http://site{n:03d}.bench.test:{port}" for n in range(sites)]
    states: dict[str, FetchState] = {}
    known: dict[str, list[str]] = {}
    reader = None if extract is None else PageReader(extract)
    async with Fetcher(settings(sites), resolver=loopback) as fetcher:
        if reader is not None:
            started = time.perf_counter()
            await reader.read(None, f"{bases[0]}/warm-up", Lead(url=f"{bases[0]}/warm-up", title="benchmark"),
                              EXTRACT_TOPIC)
            print(f"reader ready in {time.perf_counter() - started:.1f} s ({extract} workers)")
        first, took = await run_round(fetcher, bases, states, known, reader)
        print(f"round 1: {first.pages} pages in {took:.1f} s = {first.pages / took:.0f} pages/s, "
              f"{first.requests} requests, {first.bytes / 1e6:.1f} MB of bodies, {first.read} read, "
              f"{len(first.errors)} errors")
        await switch_round(fetcher, bases[0], 2)
        second, took2 = await run_round(fetcher, bases, states, known, reader)
        share = second.not_modified / max(second.requests, 1)
        print(f"round 2: {second.pages} pages in {took2:.1f} s, {second.requests} requests, "
              f"{second.not_modified} answered 304 ({share:.1%}), {second.bytes / 1e6:.2f} MB of bodies, "
              f"{len(second.errors)} errors")
    for error in (first.errors + second.errors)[:5]:
        print("  error:", error)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if reader is None:
        print(f"pages_per_s={first.pages / took:.0f} peak_rss_mb={peak_mb:.0f} revisit_304_share={share:.3f}")
        return
    pool_mb = sum(peak_rss_kb(pid) for pid in pool_processes(reader)) / 1024  # the pool, its fork server, a resource tracker
    reader.close()
    print(f"extract_workers={extract} pages_per_s={first.pages / took:.0f} peak_rss_mb={peak_mb + pool_mb:.0f} "
          f"(this process {peak_mb:.0f}, its other processes {pool_mb:.0f}) revisit_304_share={share:.3f}")


def pool_processes(reader: PageReader) -> list[int]:
    """This process's descendants but the sites' server: the reader's pool, its fork server, multiprocessing's tracker."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:  # gone meanwhile
                continue
    server = {child.pid for child in multiprocessing.active_children()} - set(reader.worker_pids())
    found: set[int] = set()
    ours = {os.getpid()}
    while grown := {pid for pid, parent in parents.items() if parent in ours and pid not in found | server}:
        found |= grown
        ours = grown
    return sorted(found)


def peak_rss_kb(pid: int) -> int:
    """A live process's peak resident memory (VmHWM), in kB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0])


@contextmanager
def shared_sources(url: str, bases: list[str]) -> Iterator[str]:
    """A fresh schema of the PostgreSQL at ``url`` whose sources are the sites; its URL, dropped afterwards."""
    with fresh_schema(url, "fetch") as in_schema:
        engine = storage.make_engine(in_schema)
        storage.upgrade(engine)
        with storage.transaction(engine) as session:
            storage.sync_sources(session, [SourceConfig(name=base, kind="sitemap", url=f"{base}/sitemap.xml")
                                           for base in bases], dt.datetime.now(dt.UTC))
        engine.dispose()
        yield in_schema


async def lease_and_read(db_url: str, worker: str, sites: int, go: Connection) -> Tally:
    """One worker: lease a few due sites, read them, again until none is left."""
    engine = storage.make_engine(db_url)
    tally = Tally()
    states: dict[str, FetchState] = {}
    known: dict[str, list[str]] = {}
    async with Fetcher(settings(sites), resolver=loopback) as fetcher:
        go.send("ready")
        go.recv()
        while True:
            with storage.transaction(engine) as session:
                bases = storage.lease_due_sources(session, dt.datetime.now(dt.UTC), worker=worker, lease_s=3600,
                                                  limit=LEASE_BATCH)
            if not bases:
                break
            await asyncio.gather(*(read_site(fetcher, base, states, known, tally) for base in bases))
    engine.dispose()
    return tally


def run_worker(db_url: str, worker: str, sites: int, go: Connection) -> None:
    tally = asyncio.run(lease_and_read(db_url, worker, sites, go))
    go.send((tally.pages, len(tally.errors)))


@dataclass
class SharedRound:
    pages: list[int]  # read by each worker
    errors: int
    seconds: float

    @property
    def pages_per_s(self) -> float:
        return sum(self.pages) / self.seconds


def share_sites(port: int, sites: int, workers: int, postgres: str) -> SharedRound:
    """Round 1 read by ``workers`` processes leasing the sites from one PostgreSQL; timed from their go."""
    bases = [f"http://site{n:03d}.bench.test:{port}" for n in range(sites)]
    context = multiprocessing.get_context("spawn")
    with shared_sources(postgres, bases) as db_url:
        pipes, processes = [], []
        for n in range(workers):
            ours, theirs = context.Pipe()
            process = context.Process(target=run_worker, args=(db_url, f"bench-{n}", sites, theirs))
            process.start()
            pipes.append(ours)
            processes.append(process)
        for pipe in pipes:  # every worker started and its fetcher open: the clock starts now
            pipe.recv()
        started = time.perf_counter()
        for pipe in pipes:
            pipe.send("go")
        results = [pipe.recv() for pipe in pipes]
        took = time.perf_counter() - started
        for process in processes:
            process.join(timeout=30)
    return SharedRound(pages=[p for p, _ in results], errors=sum(e for _, e in results), seconds=took)


@contextmanager
def bench_web() -> Iterator[int]:
    """The sites' server in a process of its own (it shares no memory with the client); its port."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    server = context.Process(target=run_server, args=(theirs,), daemon=True)
    server.start()
    try:
        yield ours.recv()
    finally:
        ours.close()
        server.join(timeout=5)
        if server.is_alive():
            server.terminate()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--workers", type=int, help="processes sharing the sites through one PostgreSQL's leases")
    parser.add_argument("--postgres", default=POSTGRES_URL, help=f"with --workers (default {POSTGRES_URL})")
    parser.add_argument("--extract", type=int, metavar="N",
                        help="read every page fetched with N worker processes (0: in this process)")
    args = parser.parse_args()
    with bench_web() as port:
        if not args.workers:
            asyncio.run(bench(port, args.sites, args.extract))
            return
        shared = share_sites(port, args.sites, args.workers, args.postgres)
    print(f"{args.workers} workers: {sum(shared.pages)} pages in {shared.seconds:.1f} s, per worker {shared.pages}, "
          f"{shared.errors} errors")
    print(f"workers={args.workers} pages_per_s={shared.pages_per_s:.0f}")


if __name__ == "__main__":
    main()
