"""How fast news is heard: a month of publications on a virtual clock, polled by the real scheduler.

200 sources in 8 topics of 25: a few busy sites (20-40 entries a day), many quiet ones (one a week to one a
day), with more published by day than at night, and on a few announcement days many of a topic's sites
publishing about the same news within the hour. A quarter advertise a WebSub hub. Nothing sleeps and
nothing touches a database: each poll calls what the daemon calls (``schedule.next_poll`` with the source's
publications, ``schedule.may_burst``) with a virtual ``now`` and an in-memory record.

Latency runs from an entry's publication to the poll that sees it (or the hub's push), plus a fixed
processing delay. Modes:

- ``fixed``: every source every 30 minutes (``adaptive = false``);
- ``adaptive``: each source at its own pace (claimwatch/pace.py);
- ``adaptive+bursts``: and a poll that changes a belief makes its topic's other sources due at once,
  within ``burst_polls`` (2) extra polls per source an hour;
- ``adaptive+bursts+push``: and hub sources get their entries pushed 1-30 s after publication, polling
  only every ``PUSH_SAFETY_INTERVAL_S`` (``Outcome.push_live``).

It prints one line per mode, ``mode=… p50_s=… p95_s=… requests_per_day=…``, the corroboration line (first
to second source of an announcement, heard, p50), and a last machine-readable summary line, which also gives
the push mode's p50 over the hub sources alone (``push_p50_s``). Seeded and deterministic:

    .venv/bin/python bench/latency.py [--seed 18] [--days 30]
"""

from __future__ import annotations

import argparse
import datetime as dt
import heapq
import math
import random
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: the packages beside bench/

from claimwatch import defaults  # noqa: E402
from claimwatch.pace import Publications  # noqa: E402
from claimwatch.schedule import Outcome, may_burst, next_poll  # noqa: E402
from scraper.types import SourceConfig  # noqa: E402

DAY = 86400.0
WEEK = 7 * DAY
EPOCH = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
PROCESSING_S = 10.0  # a tick of the daemon, the fetch and the reading of a page
TOPICS, PER_TOPIC = 8, 25
BUSY_PER_TOPIC = 1  # plus a second in every other topic: 12 busy sites of 200
HUB_SHARE = 0.25
ANNOUNCEMENT_DAYS = (4, 11, 19, 26)
CHANGE_SHARE = 0.05  # an ordinary entry that changes a belief (a new name, a date): one in twenty
LISTED = 20  # entries a feed lists: what the first poll sees of the past
MODES = ("fixed", "adaptive", "adaptive+bursts", "adaptive+bursts+push")


@dataclass
class Entry:
    at: float
    changes: bool = False
    announcement: int | None = None  # which announcement it reports


@dataclass
class Site:
    name: str
    topic: int
    per_day: float
    hub: bool
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Watch:
    """A source as the daemon sees it: its next poll, why, its record of publications, what it has read."""

    site: Site
    config: SourceConfig
    due: float = 0.0
    reason: str = ""
    read: int = 0  # entries[:read] are heard
    since: float | None = None
    times: list[float] = field(default_factory=list)
    bursts: list[float] = field(default_factory=list)
    version: int = 0
    history: Publications | None = None  # the record as the scheduler reads it, rebuilt when it grows

    def record(self) -> Publications:
        if self.history is None:
            self.history = Publications(moment(self.since or 0.0), tuple(moment(t) for t in self.times))
        return self.history


def daylight(t: float) -> float:
    """Relative publishing intensity at time t: most by day, a tenth at night (one time zone)."""
    hour = (t % DAY) / 3600
    return 0.1 + 0.9 * max(0.0, math.sin(math.pi * (hour - 6) / 16)) if 6 <= hour <= 22 else 0.1


def publications(rng: random.Random, per_day: float, start: float, end: float) -> Iterator[float]:
    """A Poisson stream of rate ``per_day`` shaped by ``daylight`` (thinning), from ``start`` to ``end``."""
    peak = per_day / DAY / 0.55  # daylight's mean is about 0.55: the day's count stays per_day
    t = start
    while True:
        t += rng.expovariate(peak)
        if t >= end:
            return
        if rng.random() < daylight(t):
            yield t


def make_sites(rng: random.Random, days: int) -> list[Site]:
    sites = []
    for topic in range(TOPICS):
        for i in range(PER_TOPIC):
            busy = i < BUSY_PER_TOPIC or (i == BUSY_PER_TOPIC and topic % 2 == 0)
            per_day = rng.uniform(20, 40) if busy else math.exp(rng.uniform(math.log(1 / 7), math.log(1.0)))
            site = Site(f"t{topic}/s{i:02d}", topic, per_day, rng.random() < HUB_SHARE)
            site.entries = [Entry(t, changes=rng.random() < CHANGE_SHARE)
                            for t in publications(rng, per_day, -WEEK, days * DAY)]
            sites.append(site)
    announce(rng, sites)
    for site in sites:
        site.entries.sort(key=lambda entry: entry.at)
    return sites


def announce(rng: random.Random, sites: list[Site]) -> None:
    """On each announcement day two topics break news: a third to two thirds of their sites report it within
    the hour, the first at the announcement."""
    event = 0
    for day in ANNOUNCEMENT_DAYS:
        for topic in rng.sample(range(TOPICS), 2):
            at = day * DAY + rng.uniform(8, 18) * 3600
            reporters = rng.sample([s for s in sites if s.topic == topic], rng.randint(PER_TOPIC // 3, 2 * PER_TOPIC // 3))
            offsets = [0.0] + [min(rng.expovariate(1 / 900), 3600) for _ in reporters[1:]]
            for site, offset in zip(reporters, offsets, strict=True):
                site.entries.append(Entry(at + offset, changes=True, announcement=event))
            event += 1


def config_for(site: Site, mode: str) -> SourceConfig:
    return SourceConfig(name=site.name, kind="rss", url=f"https://{site.name.replace('/', '-')}.example/feed",
                        interval_s=defaults.SOURCE_INTERVAL_S, adaptive=mode != "fixed")


def moment(t: float) -> dt.datetime:
    return EPOCH + dt.timedelta(seconds=t)


@dataclass
class Run:
    """One mode's month: the latency of each entry, the polls made, when each announcement was heard."""

    mode: str
    latencies: list[float] = field(default_factory=list)
    push_latencies: list[float] = field(default_factory=list)
    polls: int = 0
    heard: dict[int, list[float]] = field(default_factory=dict)


def simulate(sites: list[Site], mode: str, days: int, seed: int) -> Run:
    random.seed(seed)  # next_poll's jitter
    rng = random.Random(seed + 1)
    push = mode.endswith("+push")
    run = Run(mode)
    watches = {site.name: Watch(site, config_for(site, mode), due=rng.uniform(0, 600)) for site in sites}
    by_topic: dict[int, list[Watch]] = {}
    for watch in watches.values():
        by_topic.setdefault(watch.site.topic, []).append(watch)
        watch.read = sum(entry.at < 0 for entry in watch.site.entries)
        if push and watch.site.hub:
            for entry in watch.site.entries[watch.read:]:
                hear(run, watch, entry, entry.at + rng.uniform(1, 30), pushed=True)
    queue = [(watch.due, watch.version, name) for name, watch in watches.items()]
    heapq.heapify(queue)
    end = days * DAY
    while queue:
        due, version, name = heapq.heappop(queue)
        watch = watches[name]
        if version != watch.version or due >= end:
            continue
        for other in poll(run, watch, due, push, mode.endswith(("bursts", "+push")), by_topic):
            heapq.heappush(queue, (other.due, other.version, other.site.name))
    return run


def poll(run: Run, watch: Watch, now: float, push: bool, bursts: bool, by_topic: dict[int, list[Watch]]) -> list[Watch]:
    """One poll at ``now``: the entries published since the last are heard (unless a hub pushed them), the record
    grows, the next poll is set by ``next_poll``, and a change makes the topic's other sources due."""
    run.polls += 1
    entries = watch.site.entries
    first = watch.since is None
    listed_from = max(0, watch.read - LISTED) if first else watch.read
    fresh = []
    while watch.read + len(fresh) < len(entries) and entries[watch.read + len(fresh)].at <= now:
        fresh.append(entries[watch.read + len(fresh)])
    pushed = push and watch.site.hub
    for entry in fresh:
        if not pushed:
            hear(run, watch, entry, now + PROCESSING_S, pushed=False)
    watch.read += len(fresh)
    if fresh or first:
        note(watch, [entry.at for entry in entries[listed_from:watch.read]], now)
    history = watch.record()
    due, watch.reason = next_poll(watch.config, moment(now), Outcome(ok=True, push_live=pushed), history)
    watch.due, watch.version = (due - EPOCH).total_seconds(), watch.version + 1
    changed = [entry for entry in fresh if entry.changes]
    made_due = [watch]
    if bursts and changed and not pushed:
        made_due += burst(watch, by_topic[watch.site.topic], now + PROCESSING_S)
    return made_due


def note(watch: Watch, published: list[float], now: float) -> None:
    """The record the daemon keeps (storage/publications.py): a week of entries and the newest before it."""
    watch.since = min([watch.since if watch.since is not None else now, *published])
    watch.times = sorted({*watch.times, *published})
    recent = [t for t in watch.times if t > now - WEEK]
    watch.times = recent or watch.times[-1:]
    watch.history = None


def burst(found_by: Watch, topic: list[Watch], at: float) -> list[Watch]:
    given = []
    for other in topic:
        other.bursts = [t for t in other.bursts if t > at - 3600]
        if other is found_by or not may_burst(failures=0, reason=other.reason, due=moment(other.due), at=moment(at),
                                              bursts_last_hour=len(other.bursts), limit=defaults.BURST_POLLS):
            continue
        other.due, other.version, other.reason = at, other.version + 1, f"burst: {found_by.site.name} changed date"
        other.bursts.append(at)
        given.append(other)
    return given


def hear(run: Run, watch: Watch, entry: Entry, at: float, *, pushed: bool) -> None:
    run.latencies.append(at - entry.at)
    if pushed:
        run.push_latencies.append(at - entry.at)
    if entry.announcement is not None:
        run.heard.setdefault(entry.announcement, []).append(at)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def corroboration_p50(run: Run) -> float:
    """The median over announcements of the time from the first source heard to the second."""
    gaps = [sorted(times)[1] - sorted(times)[0] for times in run.heard.values() if len(times) > 1]
    return statistics.median(gaps) if gaps else float("nan")  # a run too short for an announcement day


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    started = time.perf_counter()
    sites = make_sites(random.Random(args.seed), args.days)
    runs = {mode: simulate(sites, mode, args.days, args.seed) for mode in MODES}
    for run in runs.values():
        print(f"mode={run.mode} p50_s={percentile(run.latencies, 0.5):.0f} p95_s={percentile(run.latencies, 0.95):.0f} "
              f"requests_per_day={run.polls / args.days:.0f}")
    fixed, bursts, push = runs["fixed"], runs["adaptive+bursts"], runs["adaptive+bursts+push"]
    print(f"corroboration: second source heard after the first, p50: fixed={corroboration_p50(fixed):.0f}s "
          f"adaptive+bursts={corroboration_p50(bursts):.0f}s ({len(bursts.heard)} announcements)")
    halves = percentile(bursts.latencies, 0.5) <= percentile(fixed.latencies, 0.5) / 2 and bursts.polls <= fixed.polls
    print(f"summary sources={len(sites)} days={args.days} seed={args.seed} "
          f"halves_fixed_p50={'yes' if halves else 'no'} "
          f"push_p50_s={percentile(push.push_latencies, 0.5):.0f} "
          f"corroboration_p50_s={corroboration_p50(bursts):.0f} runtime_s={time.perf_counter() - started:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
