"""The topics command: the shows followed, and adding one."""

from __future__ import annotations

import argparse

from claimwatch.cli.options import app_from, common_options
from claimwatch.cli.output import plural, print_json_lines, print_table


def register(commands: argparse._SubParsersAction) -> None:
    topics = commands.add_parser("topics", help="each topic followed: its sources, beliefs and last change; "
                                                "or `topics add FILE`")
    topics.add_argument("action", nargs="?", choices=("list", "add"), default="list",
                        help="list (default) or add: check a topic file and copy it into the settings' topics_dir")
    topics.add_argument("file", nargs="?", help="with add: the topic file")
    common_options(topics)
    topics.set_defaults(handler=topics_command)


def topics_command(args: argparse.Namespace) -> int:
    if args.action == "add":
        return add_command(args)
    from claimwatch.topicrows import topic_rows

    app = app_from(args, read_only=True)
    rows = topic_rows(app.engine, app.topics)
    if args.json:
        print_json_lines(rows)
        return 0
    table = [dict(row, show=f"{row['title']} S{row['season']}", sources=len(row["sources"])) for row in rows]
    print_table(table, [("slug", "SLUG", 0), ("show", "SHOW", 2), ("sources", "SOURCES", 0),
                        ("beliefs", "BELIEFS", 0), ("last_change_at", "LAST CHANGE", 0)], empty="no topics")
    return 0


def add_command(args: argparse.Namespace) -> int:
    from claimwatch.errors import ClaimwatchError
    from claimwatch.settings import load_settings
    from claimwatch.topic import add_topic_file, load_topics

    if not args.file:
        raise ClaimwatchError("add: give the topic file to add (claimwatch topics add show.toml)")
    settings = load_settings(args.config, db=args.db)
    followed = load_topics(settings.topic_paths) if settings.topic_paths else ()  # the bundled one gives way
    topic, target = add_topic_file(args.file, settings.topics_dir, followed)
    print(f"added {topic.slug} ({topic.title} S{topic.season}, {plural(len(topic.sources), 'source')}) as "
          f"{target}; a running daemon follows it from its next start")
    return 0
