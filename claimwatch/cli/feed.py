"""The feed command: an Atom feed of the changes, for any feed reader."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import storage
from claimwatch.cli.options import app_from, common_options
from notifier import Alert
from notifier.feed import atom_feed


def register(commands: argparse._SubParsersAction) -> None:
    feed = commands.add_parser("feed", help="write an Atom feed of the changes, for any feed reader")
    feed.add_argument("--output", "-o", help="write to this file (replaced whole); default: standard output")
    feed.add_argument("--limit", type=int, default=100, help="the newest this many changes (default 100)")
    feed.add_argument("--self-url", help="the URL the feed will be served at (its rel=self link)")
    common_options(feed, json_output=False)
    feed.set_defaults(handler=feed_command)


def feed_command(args: argparse.Namespace) -> int:
    app = app_from(args)
    with storage.transaction(app.engine) as session:
        records = storage.changes(session, show=app.topic.slug)[-args.limit:] if args.limit > 0 else []
    alerts = [Alert.from_change(record.to_json(), show_title=app.topic.title) for record in records]
    xml = atom_feed(alerts, show=app.topic.slug, season=app.topic.season, title=app.topic.title,
                    self_url=args.self_url)
    if not args.output:
        sys.stdout.buffer.write(xml)
        return 0
    target = Path(args.output)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(xml)
    partial.replace(target)  # a reader never sees half a feed
    print(f"{len(alerts)} changes written to {target}", file=sys.stderr)
    return 0
