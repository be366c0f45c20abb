"""Tool commands: extract, ingest, notify-test, db upgrade, db vacuum.

Each command imports the libraries it runs (the claim readers, the pipeline, the channels) itself.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from claimwatch.cli.options import app_from, chosen_topics, common_options, show_option
from claimwatch.cli.output import describe_value, plural, print_json_lines, print_table
from claimwatch.cli.progress import Progress
from claimwatch.inputs import InputError, parse_published, read_article, read_labelled

if TYPE_CHECKING:
    from scraper.types import Article, Claim


def register(commands: argparse._SubParsersAction) -> None:
    extract = commands.add_parser("extract", help="print the claims in article files, storing nothing")
    extract.add_argument("paths", nargs="+", metavar="PATH", help=".html, .txt, .json ({url, published, lang, text|html}) or -")
    extract.add_argument("--json", action="store_true", help="one claim a line, as shared/CLAIMS.md describes")
    extract.add_argument("--topic", help="topic file (default: every topic of the settings, else All of Us Are Dead S2)")
    extract.add_argument("--published", help="publication date for relative dates, when the file has none")
    extract.add_argument("--url", help="the URL the article came from")
    extract.set_defaults(handler=extract_command)

    ingest = commands.add_parser("ingest", help="record article files as if the daemon had fetched them")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files, recorded oldest first by publication date (undated last)")
    ingest.add_argument("--as-given", action="store_true", help="record the files in the order given instead")
    ingest.add_argument("--published", help="publication date, when a file has none")
    ingest.add_argument("--url", help="the URL the article came from (one file only)")
    ingest.add_argument("--labelled", action="store_true",
                        help='record each .json file\'s "gold" claims instead of extracting (measures the belief rules); '
                             'they are the first topic\'s (or --show\'s)')
    show_option(ingest)
    common_options(ingest)
    ingest.set_defaults(handler=ingest_command)

    notify = commands.add_parser("notify-test", help="send a test alert through each configured channel")
    common_options(notify, json_output=True)
    notify.set_defaults(handler=notify_test_command)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply the database migrations (also done on start)")
    upgrade.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    upgrade.set_defaults(handler=db_upgrade_command)
    vacuum = db_commands.add_parser("vacuum", help="give the space of dropped article texts back to the disk; "
                                                   "prints the size before and after")
    vacuum.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    vacuum.set_defaults(handler=db_vacuum_command)


def _articles(paths: list[str], url: str | None, published: str | None):
    """(path, article) for each readable path; one line on stderr for each that is not."""
    when = parse_published(published)
    return _read_each(paths, lambda path: read_article(path, url=url, published=when))


def _read_each(paths: list[str], read: Callable[[str], Any]) -> tuple[list[tuple[str, Any]], bool]:
    failed = False
    read_ones: list[tuple[str, Any]] = []
    for path in paths:
        try:
            read_ones.append((path, read(path)))
        except InputError as exc:
            print(f"claimwatch: {exc}", file=sys.stderr)
            failed = True
    return read_ones, failed


def _inputs(args: argparse.Namespace) -> tuple[list[tuple[str, Article, list[Claim] | None]], bool]:
    """What ingest records: each file's article, with its gold claims under --labelled (else None)."""
    if args.labelled:
        labelled, failed = _read_each(args.paths, read_labelled)
        return [(path, article, claims) for path, (article, claims) in labelled], failed
    articles, failed = _articles(args.paths, args.url, args.published)
    return [(path, article, None) for path, article in articles], failed


def extract_command(args: argparse.Namespace) -> int:
    from claimwatch.settings import load_settings
    from claimwatch.topic import load_topics
    from scraper.claims import extract_claims

    topics = load_topics((args.topic,) if args.topic else load_settings(args.config).topic_paths)
    articles, failed = _articles(args.paths, args.url, args.published)
    for path, article in articles:
        # each topic's claims (a listing makes none)
        claims = [claim for topic in topics for claim in extract_claims(article, topic)] if article.is_article else []
        if args.json:
            print_json_lines(dict(claim.to_json(), doc=path) for claim in claims)
            continue
        print(f"{path}: {plural(len(claims), 'claim')}" + (f" ({article.lang})" if article.lang else "")
              + ("" if article.is_article else ", not an article"))
        for claim in claims:
            season = (f"{claim.show} " if len(topics) > 1 else "") + (
                f"S{claim.season}" if claim.season is not None else "S?")
            neg = "not " if claim.negated and claim.value_json() is not None else ""  # None reads "not announced"
            print(f"  {season} {claim.kind}: {neg}{describe_value(claim.kind, claim.value_json())} "
                  f"[{claim.certainty}{', ' + claim.attributed_to if claim.attributed_to else ''}]")
            print(f"      “{claim.evidence}”")
    return 1 if failed else 0


def ingest_command(args: argparse.Namespace) -> int:
    import asyncio

    from claimwatch import defaults
    from claimwatch.daemon import build_daemon
    from claimwatch.pipeline import Context, Reading, ingest_articles

    app = app_from(args, with_channels=True)
    articles, failed = _inputs(args)
    lead, *others = chosen_topics(app.topics, args.show)  # every topic reads each article, as in the daemon
    context = Context(engine=app.engine, topic=lead, channels=app.channels,
                      also=() if args.labelled else tuple(others))
    if not args.as_given:
        articles = by_publication(articles)
    rows = []
    with Progress(len(articles)) as progress:
        for first in range(0, len(articles), defaults.INGEST_BATCH):
            batch = articles[first:first + defaults.INGEST_BATCH]
            progress.show(first + len(batch), batch[-1][0])
            made = ingest_articles(context, [Reading(article, "ingest", labelled=labelled)
                                             for _, article, labelled in batch])
            for (path, article, _), changes in zip(batch, made, strict=True):
                failed = failed or isinstance(changes, Exception)
                rows += _ingest_rows(path, article, changes)
    daemon = build_daemon(app.settings, context, others=tuple(Context(engine=app.engine, topic=topic)
                                                              for topic in others))  # their titles
    report = asyncio.run(daemon.deliver(until_empty=True))
    if args.json:
        print_json_lines(rows)
    else:
        print_table(rows, [("path", "FILE", 0), ("url", "ARTICLE / CHANGE", 1), ("status", "", 0)])
        print(f"alerts: {report.delivered} delivered, {report.retrying} to retry, {report.dead} failed")
    return 1 if failed else 0


def by_publication(articles: list[tuple[str, Article, Any]]) -> list[tuple[str, Article, Any]]:
    """Oldest first, as the press published them (undated last, in the order given): a later report
    then reads as later, as it would have in the daemon."""
    def key(item: tuple[str, Article, Any]) -> tuple[bool, float]:
        published = item[1].published
        return (published is None, published.timestamp() if published else 0.0)
    return sorted(articles, key=key)


def _ingest_rows(path: str, article: Article, changes: list | Exception | None) -> list[dict[str, str]]:
    if isinstance(changes, Exception):
        return [{"path": path, "url": article.key_url, "status": f"internal error: {type(changes).__name__}: {changes}"}]
    status = "already known" if changes is None else plural(len(changes), "change")
    rows = [{"path": path, "url": article.key_url, "status": status}]
    for change in changes or []:
        value = describe_value(change.kind, change.to_json().get("value"))
        rows.append({"path": "", "url": f"  {change.kind} {change.change}: {value}", "status": ""})
    return rows


def notify_test_command(args: argparse.Namespace) -> int:
    import asyncio

    app = app_from(args, with_channels=True)
    outcomes = asyncio.run(_send_tests(app))
    if args.json:
        print_json_lines(outcomes)
    else:
        print_table(outcomes, [("channel", "CHANNEL", 0), ("type", "TYPE", 0), ("outcome", "OUTCOME", 3)])
    return 0 if all(o["ok"] for o in outcomes) else 1


async def _send_tests(app) -> list[dict]:
    import uuid

    from notifier import DeliveryError, test_alert

    outcomes = []
    for name, channel in app.channels.items():
        # titled as a show the channel hears (its ``shows``): the test looks like the alerts it will get
        heard = next((topic for topic in app.topics if channel.shows is None or topic.slug in channel.shows), app.topic)
        alert = test_alert(heard.title)
        try:
            # a fresh key per test: a receiver that deduplicates, as it should, would drop a repeated one
            await channel.send(alert, idempotency_key=f"cw-test-{name}-{uuid.uuid4().hex}")
            outcomes.append({"channel": name, "type": channel.kind, "ok": True, "outcome": "sent"})
        except DeliveryError as exc:
            outcomes.append({"channel": name, "type": channel.kind, "ok": False, "outcome": f"failed: {exc}"})
    return outcomes


def db_upgrade_command(args: argparse.Namespace) -> int:
    from claimwatch.app import open_app

    app = open_app(config=args.config, db=args.db, with_channels=False)
    print(f"database is up to date: {app.engine.url.render_as_string(hide_password=True)}")
    return 0


def db_vacuum_command(args: argparse.Namespace) -> int:
    import storage
    from claimwatch.app import open_app

    engine = open_app(config=args.config, db=args.db, with_channels=False).engine
    before = storage.database_size(engine)
    storage.vacuum(engine)
    after = storage.database_size(engine)
    print(f"database size: {megabytes(before)} before, {megabytes(after)} after")
    return 0


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"
