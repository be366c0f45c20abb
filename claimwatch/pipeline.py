"""The pipeline: one source's poll, from discovery to outbox rows, wired from the stages.

Each arrow of DESIGN.md's data flow is one call here; the logic lives in the stages. A fetched
article is recorded in its own transaction, so a stop or a crash between two articles loses nothing
that was already fetched; articles already in hand (``claimwatch ingest``) are written several to a
transaction, each in a savepoint of its own (``ingest_articles``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

import storage
from claimwatch import defaults
from claimwatch.bursts import burst
from claimwatch.clock import utcnow
from claimwatch.pace import Publications
from claimwatch.reader import PageReader, PageReading, claims_of
from claimwatch.schedule import Outcome, next_poll
from claimwatch.stopwatch import EXTRACTION
from notifier import Alert, Channel
from scraper.errors import FetchError, ScraperError
from scraper.fetch.client import Fetcher
from scraper.sources import SOURCE_KINDS, Source, make_source
from scraper.sources.rss import RssSource
from scraper.types import Article, Claim, Discovery, Lead, SourceConfig, Topic, alias_table, display_names
from scraper.urls import canonicalize_url, site_of
from storage.types import ChangeRecord

log = logging.getLogger("claimwatch.pipeline")


@dataclass
class Context:
    """What every poll needs: where to store, what to look for, where alerts go."""

    engine: Engine
    topic: Topic
    channels: dict[str, Channel] = field(default_factory=dict)
    articles_per_round: int = defaults.ARTICLES_PER_SOURCE_ROUND
    clock: Callable[[], dt.datetime] = utcnow
    on_change: Callable[[ChangeRecord], None] | None = None
    on_article: Callable[[Article, str], None] | None = None  # the demo says what it read: new, copy, known
    # URLs another source of this process is reading right now: a site's feed and its sitemap polled in
    # the same round list the same story, and it is fetched once.
    reading: set[str] = field(default_factory=set)
    # Where fetched pages are read: this process by default; the daemon's pool of worker processes.
    reader: PageReader = field(default_factory=PageReader)
    # A season's first round sends one summary, not an alert per change (claimwatch/baseline.py); off for
    # `run --no-baseline`, the demo (whose story is each move) and `ingest`.
    baseline: bool = False
    # The other topics this process follows: a page one topic's source fetched is read for each of them too,
    # so a feed two topics list gives both their claims though each story is fetched and stored once.
    also: tuple[Topic, ...] = ()
    # Extra polls a source may take an hour because another source of its topic changed a belief; 0: none.
    burst_polls: int = defaults.BURST_POLLS

    def reading_for(self, topic: Topic) -> Context:
        """This context, reading for ``topic``: its relevance, claims, show and season."""
        return replace(self, topic=topic, also=())

    @property
    def aliases(self) -> dict[str, str]:
        return alias_table(self.topic.people)

    @property
    def roster(self) -> storage.Roster:
        return storage.Roster.of(self.topic.people)


@dataclass(frozen=True)
class PollResult:
    source: str
    ok: bool
    error: str | None = None
    discovered: int = 0
    fetched: int = 0
    articles: int = 0
    changes: int = 0
    problems: tuple[str, ...] = ()
    poll_after_s: float | None = None  # the server's freshness hint
    poll_after_why: str | None = None
    retry_after_s: float | None = None  # a failed poll's Retry-After
    changed: tuple[tuple[str, str], ...] = ()  # (topic, kind) of each belief this poll changed
    skipped: str | None = None  # not polled, and why (its server asked for a wait not over yet)
    hub: str | None = None  # the feed's WebSub hub, and the topic URL it names itself by
    self_url: str | None = None


async def poll_source(ctx: Context, fetcher: Fetcher, config: SourceConfig,
                      should_stop: Callable[[], bool] = lambda: False,
                      shows: Sequence[str] = ()) -> PollResult:
    """Discover a source's new leads, fetch each, and record what they claim.

    ``shows``: the topics this poll reads for besides ``ctx``'s (a feed several of them list, polled once for
    all): a lead is new while one of them has not read it.
    """
    started = ctx.clock()
    try:
        source = make_source(config)
        with storage.transaction(ctx.engine) as session:
            states = storage.source_states(session, config.name, config.url)
        discovery = await source.discover(fetcher, states, ctx.topic)
    except ScraperError as exc:
        retry_after = exc.retry_after if isinstance(exc, FetchError) else None
        return _finish(ctx, config, started, PollResult(config.name, ok=False, error=str(exc), retry_after_s=retry_after))
    tally = await _read_leads(ctx, source, fetcher, config, discovery, should_stop, shows)
    if not tally.held_back:  # with leads left for later, the next poll must see the listing again, not a 304
        with storage.transaction(ctx.engine) as session:
            storage.save_states(session, discovery.states, started, config.name)
    result = PollResult(config.name, ok=discovery.failure is None, error=discovery.failure,
                        discovered=len(discovery.leads), fetched=tally.fetched,
                        articles=tally.articles, changes=len(tally.changed), changed=tuple(tally.changed),
                        problems=tuple(tally.problems),
                        poll_after_s=discovery.poll_after_s, poll_after_why=discovery.poll_after_why,
                        hub=discovery.hub, self_url=discovery.self_url)
    return _finish(ctx, config, started, result)


async def read_pushed(ctx: Context, fetcher: Fetcher, config: SourceConfig, body: bytes,
                      content_type: str | None = None, should_stop: Callable[[], bool] = lambda: False) -> PollResult:
    """A hub's delivery of a feed source (WebSub): its new entries read at once, through the steps of a poll
    (the same leads, budget, back-offs, store and claims), from the pushed bytes instead of a fetched feed.

    The source's schedule is left alone: a push is not a poll, and the safety poll stays when it was.
    """
    source = make_source(config)
    if not isinstance(source, RssSource):
        return PollResult(config.name, ok=False, error=f"{config.name}: a {config.kind} source takes no push")
    discovery = source.pushed(body, ctx.topic, content_type)
    tally = await _read_leads(ctx, source, fetcher, config, discovery, should_stop)
    log.info("pushed %s: %d found, %d fetched, %d new articles, %d changes", config.name, len(discovery.leads),
             tally.fetched, tally.articles, len(tally.changed))
    if tally.changed:  # news pushed moves the topic's other sources as a poll's would
        with storage.transaction(ctx.engine) as session:
            burst(session, tally.changed, config.name, ctx.clock(), ctx.burst_polls)
    return PollResult(config.name, ok=discovery.failure is None, error=discovery.failure,
                      discovered=len(discovery.leads), fetched=tally.fetched, articles=tally.articles,
                      changes=len(tally.changed), changed=tuple(tally.changed), problems=tuple(tally.problems))


async def _read_leads(ctx: Context, source: Source, fetcher: Fetcher, config: SourceConfig, discovery: Discovery,
                      should_stop: Callable[[], bool], shows: Sequence[str] = ()) -> _Tally:
    """The discovery's new leads fetched and recorded, but those another source of this process is reading."""
    with storage.transaction(ctx.engine) as session:
        _note_publications(session, discovery.leads, config, ctx.clock(), show=ctx.topic.slug)
        leads, held_back = _new_leads(session, discovery.leads, config, source.budget or ctx.articles_per_round,
                                      ctx.clock(), shows={ctx.topic.slug, *shows})
    tally = _Tally(problems=list(discovery.problems), held_back=held_back)
    leads = [lead for lead in leads if canonicalize_url(lead.url) not in ctx.reading]
    mine = {canonicalize_url(lead.url) for lead in leads}
    ctx.reading |= mine
    try:
        for lead in leads:
            if should_stop():
                tally.held_back = True
                break
            await _read_lead(ctx, source, fetcher, lead, tally)
    finally:
        ctx.reading -= mine
    return tally


def overran(ctx: Context, config: SourceConfig, started: dt.datetime, budget_s: float) -> PollResult:
    """A poll stopped at its time budget: a failure, so the source backs off; what it stored stays."""
    error = f"{config.url}: budget: the poll took longer than its {budget_s:g} s; the rest waits for the next"
    return _finish(ctx, config, started, PollResult(config.name, ok=False, error=error))


@dataclass
class _Tally:
    """What reading one source's leads came to; ``held_back``: some are left for the next poll."""

    problems: list[str]
    held_back: bool
    fetched: int = 0
    articles: int = 0
    changed: list[tuple[str, str]] = field(default_factory=list)  # (topic, kind) of each change


async def _read_lead(ctx: Context, source: Source, fetcher: Fetcher, lead: Lead, tally: _Tally) -> None:
    try:
        page = await _fetch_article(ctx, source, fetcher, lead)
    except ScraperError as exc:  # a dead link, a huge page, a page that is not HTML
        tally.problems.append(str(exc))
        tally.held_back = tally.held_back or (isinstance(exc, FetchError) and exc.transient)
        back_off_url(ctx, lead, source.name, exc)
        return
    except Exception as exc:  # a bug reading one page must not cost the other pages of the round
        _internal_error(lead, exc, tally)
        return
    tally.fetched += 1
    try:
        made = ingest_article(ctx, page.article, source=source.name, lead_url=lead.url, read=page)
    except storage.StorageError:
        raise  # no database: the round cannot go on, and the poll is not recorded as done
    except Exception as exc:  # a bug on one page must not cost the other pages of the round
        _internal_error(lead, exc, tally)
        return
    tally.articles += made is not None
    tally.changed += [(change.show, change.kind) for change in made or ()]


def _internal_error(lead: Lead, exc: Exception, tally: _Tally) -> None:
    log.error("cannot read %s (a bug: please report it with this traceback)", lead.url, exc_info=exc)
    tally.problems.append(f"{lead.url}: internal error: {type(exc).__name__}: {exc}")


def back_off_url(ctx: Context, lead: Lead, source: str, exc: ScraperError) -> None:
    """A lead that failed waits a growing delay (or its server's Retry-After) before the next fetch."""
    url = canonicalize_url(lead.url)
    retry_after = exc.retry_after if isinstance(exc, FetchError) else None
    with storage.transaction(ctx.engine) as session:
        failures = storage.url_failures_in_a_row(session, url) + 1
        wait = min(defaults.URL_RETRY_S * 2 ** (failures - 1), defaults.URL_RETRY_CAP_S)
        wait = max(wait, min(retry_after or 0.0, defaults.MAX_RETRY_AFTER_WAIT_S))
        storage.record_url_failure(session, url, source=source, error=str(exc), at=ctx.clock(), wait_s=wait)


def _note_publications(session, leads: tuple[Lead, ...], config: SourceConfig, now: dt.datetime,
                       show: str) -> None:
    """The entries a listing shows, for the source's pace: dated ones at their date, undated new ones now."""
    if not _lists_entries(config):
        return
    dated = [(canonicalize_url(lead.url), lead.published) for lead in leads if lead.published is not None]
    undated = [canonicalize_url(lead.url) for lead in leads if lead.published is None]
    fresh = set(undated) - storage.seen_urls(session, undated, show=show)
    storage.record_publications(session, config.name, dated, [url for url in undated if url in fresh], now)


def _lists_entries(config: SourceConfig) -> bool:
    kind = SOURCE_KINDS.get(config.kind)  # a kind unknown here failed its poll already: no pace to read
    return kind is not None and kind.lists_entries


def _publications(session, config: SourceConfig) -> Publications | None:
    if not _lists_entries(config):
        return None
    record = storage.publication_record(session, config.name)
    return None if record is None else Publications(*record)


def _new_leads(session, leads: tuple[Lead, ...], config: SourceConfig, budget: int,
               now: dt.datetime, shows: set[str]) -> tuple[list[Lead], bool]:
    """Leads not read before for one of these topics and not in back-off, within the per-round budget (a
    watched page is always new); and whether the budget held some back."""
    if config.kind == "page":
        return list(leads), False
    urls = [canonicalize_url(lead.url) for lead in leads]
    read_by_all = set.intersection(*(storage.seen_urls(session, urls, show=show) for show in sorted(shows)))
    skip = read_by_all | storage.urls_waiting(session, urls, now)
    fresh = [lead for lead in leads if canonicalize_url(lead.url) not in skip]
    return fresh[:budget], len(fresh) > budget


async def _fetch_article(ctx: Context, source: Source, fetcher: Fetcher, lead: Lead) -> PageReading:
    """The lead's page fetched, then read (in the reader's pool when it has one)."""
    response = await source.read_lead(fetcher, lead)
    # The response's text: its encoding weighed the header's charset, the page's and the bytes themselves.
    html, url = (None, lead.url) if response is None else (response.text(), response.final_url)
    return await ctx.reader.read(html, url, lead, ctx.topic)


def ingest_article(ctx: Context, article: Article, *, source: str | None, lead_url: str | None = None,
                   labelled: Sequence[Claim] | None = None,
                   read: PageReading | None = None) -> list[ChangeRecord] | None:
    """Store an article and its claims in one transaction; None when it was already known.

    Irrelevant pages are remembered too (so they are not fetched again) but make no claims; a
    word-for-word copy of a stored story is remembered as a copy and makes none either.
    ``labelled`` claims (a hand-labelled file's) stand in for extraction: a perfect reading; ``read``: the
    page as a reader's worker read it, so its claims are not extracted again.
    """
    [made] = ingest_articles(ctx, [Reading(article, source, lead_url, labelled, read)], isolate=False)
    assert not isinstance(made, Exception)
    return made


@dataclass(frozen=True)
class Reading:
    """One article to ingest: where it came from, and the hand-labelled claims standing in for extraction
    or the page as a reader's worker read it (``read``: its relevance and claims)."""

    article: Article
    source: str | None
    lead_url: str | None = None
    labelled: Sequence[Claim] | None = None
    read: PageReading | None = None


def ingest_articles(ctx: Context, readings: Sequence[Reading], *,
                    isolate: bool = True) -> list[list[ChangeRecord] | None | Exception]:
    """Several articles in one transaction (one commit, not one each), each as ``ingest_article`` would.

    Each article is written in a savepoint of its own: with ``isolate``, a bug on one page rolls back
    that page alone and comes back as its exception, and the others are stored; a database that
    cannot be written stops the batch.
    """
    readers = [ctx, *(ctx.reading_for(topic) for topic in ctx.also)]
    read = [(reading, [(reader, *_claims_of(reader, reading)) for reader in readers]) for reading in readings]
    results: list[list[ChangeRecord] | None | Exception] = []
    statuses: list[str | None] = []
    with storage.transaction(ctx.engine) as session:
        _lock_batch(session, read)
        for reading, readings_by_topic in read:
            relevant = any(relevant for _, relevant, _ in readings_by_topic)
            try:
                with session.begin_nested():
                    made = _store(ctx, session, reading, readings_by_topic)
            except (storage.StorageError, OperationalError):
                raise  # the database, not this page: the batch cannot go on
            except Exception as exc:
                if not isolate:
                    raise
                log.exception("cannot store %s (a bug: please report it with this traceback)", reading.article.url)
                results.append(exc)
                statuses.append(None)
                continue
            results.append(made)
            statuses.append(None if made is None else "new" if relevant else "off-topic")
    for (reading, _), result, status in zip(read, results, statuses, strict=True):
        if status is not None:
            _tell(ctx, reading.article, status)
        for change in result if isinstance(result, list) else ():
            log.info("change %s %s %s", change.kind, change.change, _short(change))
            if ctx.on_change:
                ctx.on_change(change)
    return results


def _lock_batch(session, read: list[tuple[Reading, list[tuple[Context, bool, list[Claim]]]]]) -> None:
    """Every URL and season the batch will lock, locked first in one order: two workers storing overlapping
    batches in other orders would each hold a lock the other waits for (a deadlock on PostgreSQL)."""
    urls = [url for reading, _ in read for url in storage.article_urls(reading.article, _urls_of(reading))]
    seasons = {(claim.show, claim.season) for _, by_topic in read for _, _, claims in by_topic for claim in claims
               if claim.season is not None}
    storage.lock_batch(session, urls=urls, seasons=seasons)


def _urls_of(reading: Reading) -> list[str]:
    """The URLs an article is known by: the lead's, the page's own and its canonical one."""
    article = reading.article
    return [canonicalize_url(u) for u in (reading.lead_url, article.url, article.key_url) if u]


def _claims_of(ctx: Context, reading: Reading) -> tuple[bool, list[Claim]]:
    """Whether the article is about the topic, and what it claims: read before any transaction opens."""
    if reading.read is not None and reading.read.show == ctx.topic.slug:  # read in the pool for this topic
        return reading.read.relevant, list(reading.read.claims)
    if reading.labelled is not None:
        return True, list(reading.labelled)
    with EXTRACTION.timing():
        relevant, claims = claims_of(reading.article, ctx.topic)
    EXTRACTION.add(articles=int(relevant))
    return relevant, claims


def _store(ctx: Context, session, reading: Reading,
           readings_by_topic: list[tuple[Context, bool, list[Claim]]]) -> list[ChangeRecord] | None:
    article = reading.article
    now = ctx.clock()
    site = source_site(article)
    urls = _urls_of(reading)
    stored = storage.store_article(session, article, source=reading.source, fetched_at=now, site=site, urls=urls)
    for url in urls:  # read at last: out of back-off
        storage.clear_url_failure(session, url)
    status = "known" if not stored.is_new else "copy" if stored.duplicate_of is not None else "new"
    readers = _not_read_yet(session, stored.id, readings_by_topic) if status == "known" else readings_by_topic
    storage.mark_read(session, stored.id, [reader.topic.slug for reader, _, _ in readers])
    if status == "copy" or not readers:
        _tell(ctx, article, status)
        return None
    changes = []
    for reader, _, claims in readers:
        changes += _record(reader, session, stored.id, article, claims, site=site, now=now)
    return changes


def _not_read_yet(session, article_id: int, readings_by_topic: list[tuple[Context, bool, list[Claim]]],
                  ) -> list[tuple[Context, bool, list[Claim]]]:
    """The topics a known article was not read for: another topic's daemon stored it, and this one's source
    lists it too. An article from before topics were kept counts as read for all."""
    done = storage.shows_read(session, article_id)
    return [reading for reading in readings_by_topic if done and reading[0].topic.slug not in done]


def _record(ctx: Context, session, article_id: int, article: Article, claims: list[Claim], *, site: str,
            now: dt.datetime) -> list[ChangeRecord]:
    """An article's claims about ``ctx``'s topic, recorded under its show and season, and their alerts queued."""
    changes = storage.record(session, article_id, claims, show=ctx.topic.slug, season=ctx.topic.season,
                             aliases=ctx.aliases, site=site, at=article.published or now,
                             dated=article.published is not None, names=display_names(ctx.topic.people),
                             roster=ctx.roster)
    if not _before_baseline(ctx, session):
        for change, channels in channels_for(ctx, changes):
            storage.enqueue(session, [change], channels, now=now)
    return changes


def _before_baseline(ctx: Context, session) -> bool:
    """Whether the season's initial state is still to be sent: its changes until then are recorded, not sent."""
    return ctx.baseline and not storage.baseline_sent(session, ctx.topic.slug, ctx.topic.season)


def _tell(ctx: Context, article: Article, status: str) -> None:
    if ctx.on_article:
        ctx.on_article(article, status)


def source_site(article: Article) -> str:
    """Who published it, for counting independent sources: the page's own site name, else its host."""
    return article.site_name or site_of(article.key_url)


def channels_for(ctx: Context, changes: list[ChangeRecord]) -> list[tuple[ChangeRecord, list[str]]]:
    """Each change with the channels whose filters (kinds, certainty, shows) accept it."""
    routes = []
    for change in changes:
        alert = Alert.from_change(change.to_json(), show_title=ctx.topic.title)
        routes.append((change, [name for name, channel in ctx.channels.items() if channel.accepts(alert)]))
    return routes


def _short(change: ChangeRecord) -> str:
    return str(change.to_json().get("value"))[:80]


def _finish(ctx: Context, config: SourceConfig, started: dt.datetime, result: PollResult) -> PollResult:
    with storage.transaction(ctx.engine) as session:
        failures = 0 if result.ok else storage.consecutive_failures(session, config.name) + 1
        outcome = Outcome(ok=result.ok, poll_after_s=result.poll_after_s, poll_after_why=result.poll_after_why,
                          retry_after_s=result.retry_after_s, failures=failures,
                          push_live=storage.push_live(session, config.name, ctx.clock()))
        due, reason = next_poll(config, started, outcome, _publications(session, config))
        storage.record_poll(session, config.name, ok=result.ok, error=result.error, at=started,
                            next_due=due, reason=reason)
    if result.changed:  # a transaction of its own: holding this source's row while locking the others' could
        with storage.transaction(ctx.engine) as session:  # deadlock with another worker doing the same
            burst(session, result.changed, config.name, ctx.clock(), ctx.burst_polls)
    if result.ok:
        log.info("polled %s: %d found, %d fetched, %d new articles, %d changes", config.name,
                 result.discovered, result.fetched, result.articles, result.changes)
    else:
        log.warning("source %s failed: %s", config.name, result.error)
    return result
