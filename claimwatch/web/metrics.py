"""GET /metrics in Prometheus's format: totals read from the database at each scrape (so `claimwatch serve`
beside a daemon in another process reports them too), and the rounds and polls of the daemon running in
this process (`claimwatch run --serve`).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Protocol

from prometheus_client import CollectorRegistry
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from sqlalchemy import Engine

import storage
from claimwatch.stopwatch import EXTRACTION
from storage import webviews

ROUND = "round"  # the heartbeat a daemon writes after each round (claimwatch/health.py's ROUND)
ALERT_STATES = ("delivered", "pending", "retrying", "dead")


class PollOutcome(Protocol):
    """What a poll result says that /metrics counts (claimwatch.pipeline.PollResult)."""

    ok: bool
    skipped: str | None
    fetched: int


class DaemonCounters:
    """The in-process daemon's rounds and polls, counted as it reports them (thread-safe: the page runs
    in a thread of its own)."""

    def __init__(self) -> None:
        self.rounds = 0
        self.polls: Counter[str] = Counter()
        self.fetched = 0
        self.fetch_outcomes: Callable[[], Mapping[str, int]] = dict  # the daemon's fetcher's, once one runs
        self.extraction = EXTRACTION  # the pipeline's, in this process
        self._lock = threading.Lock()

    def poll_done(self, result: PollOutcome) -> None:
        with self._lock:
            self.polls["skipped" if result.skipped else "ok" if result.ok else "failed"] += 1
            self.fetched += result.fetched

    def round_done(self, results: Sequence[PollOutcome]) -> None:
        with self._lock:
            self.rounds += 1


class StoredTotals:
    """A collector reading the database's totals when Prometheus scrapes."""

    def __init__(self, engine: Engine, counters: DaemonCounters) -> None:
        self.engine, self.counters = engine, counters

    def collect(self) -> Iterator[Metric]:
        with storage.transaction(self.engine) as session:
            counts = webviews.counts(session)
            last_round = storage.last_beat(session, ROUND)
        yield _gauge("claimwatch_articles", "Articles stored", [((), counts.articles)])
        yield _gauge("claimwatch_claims", "Claims stored, by kind", sorted(
            ((kind,), count) for kind, count in counts.claims_by_kind.items()), ["kind"])
        yield _gauge("claimwatch_alerts", "Alerts in the outbox, by state (retrying: pending after a failure)",
                     [((state,), counts.alerts.get(state, 0)) for state in ALERT_STATES], ["state"])
        yield _gauge("claimwatch_last_round_timestamp_seconds", "When a daemon last completed a round",
                     [((), last_round.timestamp() if last_round else 0)])
        yield from self.daemon_metrics()

    def daemon_metrics(self) -> Iterator[Metric]:
        counters = self.counters
        yield _counter("claimwatch_rounds", "Rounds completed by the daemon of this process", [((), counters.rounds)])
        yield _counter("claimwatch_extraction_seconds", "Seconds this process spent reading articles' text and "
                       "claims", [((), counters.extraction.seconds)])
        yield _counter("claimwatch_extracted_articles", "Articles whose claims this process read",
                       [((), counters.extraction.articles)])
        yield _counter("claimwatch_polls", "Source polls by the daemon of this process, by outcome",
                       [((outcome,), counters.polls[outcome]) for outcome in ("ok", "failed", "skipped")],
                       ["outcome"])
        yield _counter("claimwatch_pages_fetched", "Article pages fetched by the daemon of this process",
                       [((), counters.fetched)])
        fetches = counters.fetch_outcomes()
        yield _counter("claimwatch_fetches", "HTTP fetches by the daemon of this process, by outcome (ok, "
                       "not_modified, or the stage that failed)", sorted(((k,), v) for k, v in fetches.items()),
                       ["outcome"])
        answered = fetches.get("ok", 0) + fetches.get("not_modified", 0)
        yield _gauge("claimwatch_not_modified_share", "Share of answered fetches that were 304 Not Modified",
                     [((), fetches.get("not_modified", 0) / answered if answered else 0.0)])


def _gauge(name: str, doc: str, samples: Sequence[tuple[tuple[str, ...], float]],
           labels: Sequence[str] = ()) -> Metric:
    return _family(GaugeMetricFamily(name, doc, labels=list(labels)), samples)


def _counter(name: str, doc: str, samples: Sequence[tuple[tuple[str, ...], float]],
             labels: Sequence[str] = ()) -> Metric:
    return _family(CounterMetricFamily(name, doc, labels=list(labels)), samples)


def _family(family: Metric, samples: Sequence[tuple[tuple[str, ...], float]]) -> Metric:
    for values, value in samples:
        family.add_metric(list(values), value)  # type: ignore[attr-defined]
    return family


def registry_for(engine: Engine, counters: DaemonCounters) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoredTotals(engine, counters))  # type: ignore[arg-type]
    return registry
