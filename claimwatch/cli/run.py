"""Commands that run the pipeline: run (the daemon) and demo (the offline chronology)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from claimwatch.cli.options import app_from, table_options
from claimwatch.cli.output import print_table
from claimwatch.cli.serve import web_options

if TYPE_CHECKING:
    from claimwatch.app import App
    from claimwatch.daemon import Daemon
    from claimwatch.pipeline import Context, PollResult


def register(commands: argparse._SubParsersAction) -> None:
    run = commands.add_parser("run", help="start the daemon: poll every source on its schedule, send alerts")
    run.add_argument("--once", action="store_true", help="run one round and exit (non-zero if a source failed)")
    run.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    run.add_argument("--topic", help="follow this topic file alone (default: the settings' topics, else All of Us Are Dead S2)")
    run.add_argument("--no-baseline", action="store_true",
                     help="alert every change of a new topic's first round, instead of one initial-state summary")
    run.add_argument("--serve", action="store_true", help="serve the web page too, in this process (see `serve`)")
    web_options(run, when="with --serve: ")
    table_options(run)
    run.set_defaults(handler=run_command)

    demo = commands.add_parser("demo", help="watch claimwatch work offline on a made-up season of news")
    demo.add_argument("--db", help="keep the demo's database in this SQLite file (default: a temporary one)")
    demo.add_argument("--pause", type=float, default=0.0, help="seconds to wait between rounds")
    demo.set_defaults(handler=demo_command)


def run_command(args: argparse.Namespace) -> int:
    import asyncio

    from claimwatch.app import reload_app
    from claimwatch.daemon import build_daemon  # the scheduler, the fetcher and the claim readers

    app = app_from(args, with_channels=True)
    reading: set[str] = set()  # one set for every topic: a story two topics' feeds list is fetched once

    def reload() -> tuple[Context, ...]:
        again = reload_app(app, config=args.config, db=args.db, topic=args.topic)
        return topic_contexts(again, baseline=not args.no_baseline, reading=reading)

    first, *others = topic_contexts(app, baseline=not args.no_baseline, reading=reading)
    daemon = build_daemon(app.settings, first, others=tuple(others), listed_in=app.listed_in, reload=reload)
    if args.serve and not args.once:
        from claimwatch.cli.serve import run_serving

        return run_serving(daemon, app, args)
    if args.once:  # one round: nothing listens, so no hub is subscribed to
        results = asyncio.run(_once(daemon))
        print_poll_results(results)
        return 0 if all(result.ok for result in results) else 1
    if app.settings.daemon.public_url is not None:  # push: the hubs' callback must be served
        from claimwatch.cli.serve import run_serving

        return run_serving(daemon, app, args, pages=False)
    asyncio.run(_forever(daemon))
    return 0


def topic_contexts(app: App, *, baseline: bool, reading: set[str]) -> tuple[Context, ...]:
    """A context per topic; each reads the pages it fetches for the other topics too (``also``)."""
    from claimwatch.pipeline import Context

    return tuple(Context(engine=app.engine, topic=topic, channels=app.channels, reading=reading,
                         articles_per_round=app.settings.daemon.articles_per_source_round, baseline=baseline,
                         burst_polls=app.settings.daemon.burst_polls,
                         also=tuple(other for other in app.topics if other != topic))
                 for topic in app.topics)


async def _once(daemon: Daemon) -> list[PollResult]:
    async with daemon:
        return await daemon.run_once()


async def _forever(daemon: Daemon) -> None:
    async with daemon:
        await daemon.run_forever()


def print_poll_results(results: list[PollResult]) -> None:
    rows = [{"source": r.source, "outcome": "skipped" if r.skipped else "ok" if r.ok else "failed",
             "found": r.discovered, "new": r.articles, "changes": r.changes,
             "detail": _detail(r)} for r in results]
    print_table(rows, [("source", "SOURCE", 0), ("outcome", "", 0), ("found", "FOUND", 0), ("new", "NEW", 0),
                       ("changes", "CHANGES", 0), ("detail", "DETAIL", 1)], empty="no sources")


def _detail(result: PollResult) -> str:
    """What went wrong, without the source's URL (the row names the source) so the reason fits."""
    text = result.skipped or result.error or "; ".join(result.problems[:2])
    head, _, rest = text.partition(": ")
    return rest if rest and head.startswith(("http://", "https://")) else text


def demo_command(args: argparse.Namespace) -> int:
    from claimwatch.demo import run_demo

    return run_demo(db=args.db, pause=args.pause, out=sys.stdout)
