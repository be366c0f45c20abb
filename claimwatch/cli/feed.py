"""The feed command: an Atom feed of the changes, for any feed reader."""

from __future__ import annotations

import argparse
import sys

from claimwatch import defaults
from claimwatch.cli.options import app_from, chosen_topics, common_options, show_option
from claimwatch.cli.output import plural


def register(commands: argparse._SubParsersAction) -> None:
    feed = commands.add_parser("feed", help="write an Atom feed of the changes, for any feed reader")
    feed.add_argument("--output", "-o", help="write to this file (replaced whole); default: standard output")
    feed.add_argument("--limit", type=int, default=defaults.FEED_ENTRIES,
                      help=f"the newest this many changes (default {defaults.FEED_ENTRIES})")
    feed.add_argument("--self-url", help="the URL the feed will be served at (its rel=self link)")
    show_option(feed)
    common_options(feed, json_output=False)
    feed.set_defaults(handler=feed_command)


def feed_command(args: argparse.Namespace) -> int:
    from claimwatch.feed import feed_bytes, write_feed

    app = app_from(args, read_only=True)
    topics = chosen_topics(app.topics, args.show)
    if not args.output:
        sys.stdout.buffer.write(feed_bytes(app.engine, topics, limit=args.limit, self_url=args.self_url)[0])
        return 0
    count = write_feed(app.engine, topics, args.output, limit=args.limit, self_url=args.self_url)
    print(f"{plural(count, 'change')} written to {args.output}", file=sys.stderr)
    return 0
