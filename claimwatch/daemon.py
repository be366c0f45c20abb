"""The daemon: APScheduler runs two jobs, polling due sources and delivering due alerts.

Each source is due at its own interval (with jitter, stored as ``next_due_at``); a tick leases the
due sources, so several daemons sharing one PostgreSQL never poll the same source in a round. A tick
starts each leased source's poll as a task of its own and returns: a slow site holds up only itself,
and the sources that fall due meanwhile are polled on the next tick, not after it.
A daemon follows one topic or several (one context each): it syncs, leases and polls only its own topics'
sources, so daemons following other topics on the same database are left alone. A feed several of its
topics list is fetched once a round: one source polls it for all (``siblings``), and the others take its
outcome and next due time.
Jobs are named by import path so a persistent job store could save them; they find the running
daemon through ``_RUNNING``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import json
import logging
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass, field

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import storage
from claimwatch import defaults
from claimwatch.baseline import send_baseline
from claimwatch.clock import utcnow
from claimwatch.deliver import DeliveryReport, deliver_all, deliver_due
from claimwatch.errors import ClaimwatchError
from claimwatch.feed import write_feed
from claimwatch.health import HealthSettings, beat, check_health
from claimwatch.overruns import Overruns
from claimwatch.pipeline import Context, PollResult, overran, poll_source, read_pushed
from claimwatch.reader import PageReader
from claimwatch.schedule import RETRY_AFTER_REASON
from claimwatch.settings import Settings
from claimwatch.websub import Subscriber
from claimwatch.workers import dead_local_workers
from notifier import RetryPolicy
from notifier.errors import ChannelConfigError
from scraper.fetch.client import Fetcher
from scraper.fetch.settings import FetchSettings
from scraper.types import SourceConfig

log = logging.getLogger("claimwatch.daemon")

_RUNNING: Daemon | None = None


@dataclass
class Daemon:
    context: Context
    fetch_settings: FetchSettings
    policy: RetryPolicy
    worker: str
    deliver_interval_s: float = defaults.DELIVER_INTERVAL_S
    tick_s: float = defaults.POLL_TICK_S
    source_budget_s: float = defaults.SOURCE_BUDGET_S
    on_poll: Callable[[PollResult], None] | None = None
    on_round: Callable[[list[PollResult]], None] | None = None  # the web page's /metrics counts rounds
    health: HealthSettings = field(default_factory=HealthSettings)
    feed: str | None = None  # an Atom feed file rewritten after each round that changed a belief
    keep_bodies_s: float = defaults.KEEP_BODIES_S
    others: tuple[Context, ...] = ()  # the other topics this daemon follows, each polled with its own context
    listed_in: str | None = None  # the settings file naming the topics: those it names no more are retired
    reload: Callable[[], tuple[Context, ...]] | None = None  # on SIGHUP: the topics and channels read again
    extract_workers: int = 0  # processes reading pages (claimwatch/reader.py); 0: this one, as tests want
    push: Subscriber | None = None  # WebSub: set when [daemon] public_url is and the callback is served
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)
    _busy: set[asyncio.Task] = field(default_factory=set)
    _fetcher: Fetcher | None = None
    _reader: PageReader | None = None  # one pool for every topic's pages
    _in_flight: set[str] = field(default_factory=set)  # sources whose poll a tick started and that go on
    _finished: list[PollResult] = field(default_factory=list)  # polls ended since the last tick
    _loop: asyncio.AbstractEventLoop | None = None  # where a push the web server's thread took is read

    @property
    def engine(self) -> Engine:
        return self.context.engine

    @property
    def contexts(self) -> tuple[Context, ...]:
        return (self.context, *self.others)

    @property
    def sources(self) -> dict[str, SourceConfig]:
        return {source.name: source for ctx in self.contexts for source in ctx.topic.sources}

    def context_of(self, source: str) -> Context:
        """The context of the topic that lists ``source``: its page is read for that topic, its claims are
        that show's."""
        return next(ctx for ctx in self.contexts if any(s.name == source for s in ctx.topic.sources))

    def fetch_outcomes(self) -> dict[str, int]:
        """This daemon's fetches so far by outcome (the web page's /metrics)."""
        return dict(self._fetcher.outcomes) if self._fetcher else {}

    def stopping(self) -> bool:
        return self._stopping.is_set()

    def stop(self) -> None:
        """Stop after the step in progress: the article being recorded is finished, no new one starts."""
        self._stopping.set()

    async def __aenter__(self) -> Daemon:
        with storage.transaction(self.engine) as session:
            self.sync_topics(session)
            # Leases this worker's name still holds are a killed run's, as are those of a dead process of
            # this host (the default name is host:pid): take them back at once.
            for worker in {self.worker, *dead_local_workers(storage.lease_holders(session))}:
                released = storage.release_leases(session, worker)
                if released and worker != self.worker:
                    log.info("took back %d leases of %s, a process of this host that is gone", released, worker)
        self._fetcher = await Fetcher(self.fetch_settings).__aenter__()
        self._loop = asyncio.get_running_loop()
        self._reader = PageReader(self.extract_workers)
        self._share_reader()
        return self

    def _share_reader(self) -> None:
        """Every topic's pages are read in the one pool, those of topics a reload brings too."""
        for ctx in self.contexts:
            if self._reader is not None:
                ctx.reader = self._reader

    def sync_topics(self, session: Session) -> None:
        """Each followed topic's sources in the table; a topic the settings file named and names no more has
        its sources disabled, and the log says so."""
        for ctx in self.contexts:
            storage.sync_sources(session, list(ctx.topic.sources), ctx.clock(), topic=ctx.topic.slug,
                                 listed_in=self.listed_in)
        if self.listed_in is None:
            return
        retired = storage.retire_topics(session, [ctx.topic.slug for ctx in self.contexts], self.listed_in)
        for topic, count in retired.items():
            log.info("topic %s is no longer in %s: its %d sources are disabled", topic, self.listed_in, count)

    def reload_topics(self) -> None:
        """SIGHUP: the settings' topics and channels read again and followed from the next tick. Leases, due
        times and polls in flight stay as they are; a file that fails to load changes nothing."""
        if self.reload is None:
            return
        try:
            first, *others = self.reload()
        except (ClaimwatchError, ChannelConfigError) as exc:
            log.error("reload refused, still following %d topics: %s", len(self.contexts), exc)
            return
        self.context, self.others = first, tuple(others)
        self._share_reader()
        with storage.transaction(self.engine) as session:
            self.sync_topics(session)
        log.info("reloaded: %d topics, %d sources", len(self.contexts), len(self.sources))

    async def __aexit__(self, *exc_info) -> None:
        if self._fetcher is not None:
            await self._fetcher.__aexit__(None, None, None)
        if self._reader is not None:
            self._reader.close()

    async def poll(self, names: list[str]) -> list[PollResult]:
        assert self._fetcher is not None, "use the daemon as an async context manager"
        configs = [self.sources[name] for name in names if name in self.sources]
        results = await asyncio.gather(*(self._poll_one(c) for c in self._one_per_feed(configs)))
        return list(results)

    def siblings(self, config: SourceConfig) -> list[SourceConfig]:
        """The other topics' sources that fetch what ``config`` fetches: one poll reads it for them all."""
        key, mine = _feed_key(config), self.context_of(config.name).topic.slug
        return [source for ctx in self.contexts if ctx.topic.slug != mine for source in ctx.topic.sources
                if _feed_key(source) == key]

    def _one_per_feed(self, configs: list[SourceConfig]) -> list[SourceConfig]:
        """The sources to poll of these: one of each feed several topics list (``siblings``)."""
        first: list[SourceConfig] = []
        for config in configs:
            if not any(sibling in first for sibling in self.siblings(config)):
                first.append(config)
        return first

    async def _poll_one(self, config: SourceConfig) -> PollResult:
        assert self._fetcher is not None
        ctx = self.context_of(config.name)
        siblings = self.siblings(config)
        shows = [self.context_of(sibling.name).topic.slug for sibling in siblings]
        started = ctx.clock()
        try:
            async with asyncio.timeout(self.source_budget_s):
                result = await poll_source(ctx, self._fetcher, config, should_stop=self.stopping, shows=shows)
        except TimeoutError:
            result = overran(ctx, config, started, self.source_budget_s)
        if siblings:
            with storage.transaction(self.engine) as session:
                storage.share_poll(session, config.name, [s.name for s in siblings], worker=self.worker,
                                   now=ctx.clock())
        if self.on_poll:
            self.on_poll(result)
        if self.push is not None and result.hub is not None:
            await self.push.after_poll(self._fetcher, config, result.hub, result.self_url)
        return result

    def take_push(self, source: str, body: bytes, content_type: str | None) -> None:
        """A verified delivery for ``source`` (called from the web server's thread): read in this daemon's
        event loop, at once, as a task of its own."""
        if self._loop is None or self.stopping():
            log.warning("a push for %s arrived while the daemon is not running: left for the next poll", source)
            return
        self._loop.call_soon_threadsafe(lambda: self.track(self.read_push(source, body, content_type)))

    async def read_push(self, source: str, body: bytes, content_type: str | None) -> PollResult | None:
        """A pushed feed's new entries through the pipeline, within a poll's time budget."""
        assert self._fetcher is not None, "use the daemon as an async context manager"
        config = self.sources.get(source)
        if config is None:
            log.warning("a push for %s, which this daemon no longer follows, dropped", source)
            return None
        try:
            async with asyncio.timeout(self.source_budget_s):
                return await read_pushed(self.context_of(source), self._fetcher, config, body, content_type,
                                         should_stop=self.stopping)
        except TimeoutError:
            log.warning("reading the push of %s took longer than %g s; the rest waits for the next poll", source,
                        self.source_budget_s)
            return None

    async def maintain_push(self) -> None:
        """WebSub leases renewed before they end, lapsed when they ended, let go for sources no longer followed."""
        if self.push is not None and self._fetcher is not None:
            await self.push.maintain(self._fetcher, self.sources, [ctx.topic.slug for ctx in self.contexts])

    async def poll_due(self) -> list[PollResult]:
        """A round: the due sources leased and polled, waiting for them all."""
        names = self.lease_due()
        results = await self.poll(names) if names else []
        self.round_done(results)
        return results

    def start_due(self) -> None:
        """The scheduler's tick: each due source not in flight starts polling in a task of its own; the
        tick does not wait for them. The polls ended since the last tick make its round."""
        assert self._fetcher is not None, "use the daemon as an async context manager"
        for name in self.lease_due():
            if name in self._in_flight:  # a poll longer than its lease: still ours, still going
                continue
            if any(sibling.name in self._in_flight for sibling in self.siblings(self.sources[name])):
                continue  # another topic's source is fetching the same feed: its poll counts for this one
            self._in_flight.add(name)
            self.track(self._poll_one(self.sources[name])).add_done_callback(functools.partial(self._polled, name))
        finished, self._finished = self._finished, []
        self.round_done(finished)

    def _polled(self, name: str, task: asyncio.Task) -> None:
        self._in_flight.discard(name)
        if task.cancelled():
            return
        if (exc := task.exception()) is not None:
            log.error("polling %s failed (a bug: please report it)", name, exc_info=exc)
            return
        self._finished.append(task.result())

    def lease_due(self) -> list[str]:
        with storage.transaction(self.engine) as session:
            return storage.lease_due_sources(session, self.context.clock(), worker=self.worker,
                                             lease_s=defaults.LEASE_S, limit=len(self.sources) or 1,
                                             topics=[ctx.topic.slug for ctx in self.contexts])

    def round_done(self, results: list[PollResult]) -> None:
        """A round completed: the health checks (a source failing N rounds…), then its heartbeat.

        Checked before the beat, the first round after a long stop reports the gap (daemon_late),
        and the next check its end: a daemon that is not running cannot say so itself.
        """
        self.check_health()
        beat(self.engine, self.context.clock())
        for ctx in self.contexts:
            send_baseline(ctx)
        self.drop_old_bodies()
        if self.on_round:
            self.on_round(results)
        if self.feed and (any(r.changes for r in results) or not os.path.exists(self.feed)):
            try:
                write_feed(self.engine, [ctx.topic for ctx in self.contexts], self.feed)
            except OSError as exc:  # a full disk or a wrong path costs the feed, not the round
                log.error("cannot write the feed %s: %s", self.feed, exc)

    def drop_old_bodies(self) -> None:
        """A batch of the texts past ``keep_bodies`` per round: months of them go in small steps."""
        before = self.context.clock() - dt.timedelta(seconds=self.keep_bodies_s)
        with storage.transaction(self.engine) as session:
            dropped = storage.drop_old_bodies(session, before, batch=defaults.BODY_DROP_BATCH)
        if dropped:
            log.info("dropped the text of %d articles read before %s", dropped, before.date())

    def check_health(self) -> None:
        try:
            check_health(self.engine, [ctx.topic for ctx in self.contexts], self.context.channels, self.health,
                         self.context.clock())
        except storage.StorageError:
            raise  # no database: the round cannot go on either
        except Exception:  # a bug in a health check must not stop the watching it checks
            log.exception("health check failed (a bug: please report it with this traceback)")

    async def deliver(self, *, until_empty: bool = False) -> DeliveryReport:
        titles = {ctx.topic.slug: ctx.topic.title for ctx in self.contexts}
        deliver = deliver_all if until_empty else deliver_due
        return await deliver(self.engine, self.context.channels, titles=titles, policy=self.policy,
                             worker=self.worker, clock=self.context.clock)

    async def run_once(self) -> list[PollResult]:
        """One round: every source polled now (but those whose server asked for a wait), then every
        due alert sent."""
        waiting = self.asked_to_wait()
        results = await self.poll([name for name in self.sources if name not in waiting])
        results += [PollResult(name, ok=True, skipped=why) for name, why in waiting.items()]
        self.round_done(results)
        await self.deliver(until_empty=True)
        return results

    def asked_to_wait(self) -> dict[str, str]:
        """The sources whose server's Retry-After is not over yet, with what to say about each."""
        now = self.context.clock()
        with storage.transaction(self.engine) as session:
            statuses = storage.list_sources(session)
        waiting = {}
        for status in statuses:
            if status.name not in self.sources:
                continue  # another topic's, another daemon's
            due = status.next_due_at
            if due is not None and due.tzinfo is None:
                due = due.replace(tzinfo=dt.UTC)
            if due is not None and due > now and (status.next_reason or "").startswith(RETRY_AFTER_REASON):
                waiting[status.name] = f"skipped: {status.next_reason}, until {due:%Y-%m-%d %H:%M} UTC"
        return waiting

    async def run_forever(self) -> None:
        global _RUNNING
        _RUNNING = self
        scheduler = AsyncIOScheduler(timezone=dt.UTC)
        now = utcnow()
        scheduler.add_job("claimwatch.daemon:poll_job", "interval", seconds=self.tick_s, id="poll",
                          next_run_time=now, max_instances=1, coalesce=True)
        scheduler.add_job("claimwatch.daemon:deliver_job", "interval", seconds=self.deliver_interval_s,
                          id="deliver", next_run_time=now, max_instances=1, coalesce=True)
        if self.push is not None:
            scheduler.add_job("claimwatch.daemon:push_job", "interval", seconds=defaults.WEBSUB_CHECK_INTERVAL_S,
                              id="push", next_run_time=now, max_instances=1, coalesce=True)
        scheduler.add_job("claimwatch.daemon:health_job", "interval", seconds=self.health.check_interval_s,
                          id="health", max_instances=1, coalesce=True)
        _install_signal_handlers(self.stop, self.reload_topics)
        overruns = Overruns()
        overruns.attach(scheduler)
        scheduler.start()
        log.info("daemon started: %d sources, worker %s", len(self.sources), self.worker)
        try:
            await self._stopping.wait()
        finally:
            scheduler.shutdown(wait=False)
            overruns.detach()
            if self._busy:
                log.info("stopping after the step in progress")
                await asyncio.gather(*self._busy, return_exceptions=True)
            _RUNNING = None
            log.info("daemon stopped")

    def track(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._busy.add(task)
        task.add_done_callback(self._busy.discard)
        return task


def _feed_key(config: SourceConfig) -> tuple[str, str, str]:
    """What a poll fetches and how it reads the listing: two sources alike in these make the same leads."""
    return config.kind, config.url, json.dumps(config.options, sort_keys=True, default=str)




async def poll_job() -> None:
    daemon = _RUNNING
    if daemon is not None and not daemon.stopping():
        daemon.start_due()


async def deliver_job() -> None:
    daemon = _RUNNING
    if daemon is not None and not daemon.stopping():
        await finish_shielded(daemon.track(daemon.deliver()))


async def finish_shielded(task: asyncio.Task) -> None:
    """Wait for a step; a scheduler shutting down cancels this wait, never the step itself.

    On SIGTERM the scheduler cancels its running jobs: without the shield a webhook delivery in
    flight died with a CancelledError traceback. The step goes on and ``run_forever`` waits for it,
    so a delivery finishes (or fails and is requeued) and the stop is one log line.
    """
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.shield(task)


async def push_job() -> None:
    daemon = _RUNNING
    if daemon is not None and not daemon.stopping():
        await finish_shielded(daemon.track(daemon.maintain_push()))


async def health_job() -> None:
    """Health between rounds too: a round that hangs is noticed by this job, not by the round."""
    daemon = _RUNNING
    if daemon is not None and not daemon.stopping():
        daemon.check_health()


def _install_signal_handlers(stop: Callable[[], None], reload: Callable[[], None]) -> None:
    loop = asyncio.get_running_loop()
    for sig, handler in ((signal.SIGINT, stop), (signal.SIGTERM, stop), (signal.SIGHUP, reload)):
        with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):  # not the main thread, not Unix
            loop.add_signal_handler(sig, handler)


def build_daemon(settings: Settings, context: Context, *, fetch: FetchSettings | None = None,
                 others: tuple[Context, ...] = (), listed_in: str | None = None,
                 reload: Callable[[], tuple[Context, ...]] | None = None) -> Daemon:
    policy = RetryPolicy(max_attempts=settings.daemon.delivery_max_attempts,
                         base_s=settings.daemon.delivery_base_delay_s,
                         max_s=settings.daemon.delivery_max_delay_s)
    return Daemon(context=context, fetch_settings=fetch or settings.fetch, policy=policy,
                  worker=settings.daemon.worker, deliver_interval_s=settings.daemon.deliver_interval_s,
                  tick_s=settings.daemon.tick_s, health=settings.health, feed=settings.daemon.feed,
                  keep_bodies_s=settings.storage.keep_bodies_s, others=others, listed_in=listed_in,
                  reload=reload, extract_workers=settings.daemon.extract_workers)

