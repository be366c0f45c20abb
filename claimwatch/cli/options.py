"""Options shared by several commands, and opening the application from them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from claimwatch.errors import ClaimwatchError

if TYPE_CHECKING:
    from claimwatch.app import App
    from scraper.types import Topic


def with_example(description: str, example: str) -> dict[str, Any]:
    """A subcommand's --help: what it does, then an example of its use."""
    return {"description": description[0].upper() + description[1:] + ".", "epilog": example,
            "formatter_class": argparse.RawDescriptionHelpFormatter}


def common_options(parser: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    """--db, --topic and --json, which every query command takes."""
    parser.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    parser.add_argument("--topic", help="topic file (default: the settings' topic, else All of Us Are Dead S2)")
    if json_output:
        parser.add_argument("--json", action="store_true", help="one JSON object a line")
    table_options(parser)


def show_option(parser: argparse.ArgumentParser) -> None:
    """--show, for the commands that answer about shows: several topics are grouped by show."""
    parser.add_argument("--show", action="append", metavar="SLUG",
                        help="only this show (its topic's slug; repeatable; default: every topic followed)")


def chosen_topics(topics: tuple[Topic, ...], shows: list[str] | None) -> tuple[Topic, ...]:
    """The topics ``--show`` names, in the settings' order; every topic without it."""
    if not shows:
        return topics
    known = {topic.slug for topic in topics}
    for show in shows:
        if show not in known:
            raise ClaimwatchError(f"--show {show}: no topic of that slug is followed (followed: {', '.join(known)})")
    return tuple(topic for topic in topics if topic.slug in shows)


def table_options(parser: argparse.ArgumentParser) -> None:
    """--wide and --local, for every command that prints a table."""
    parser.add_argument("--wide", action="store_true", help="never cut a table's cells (piped output never is)")
    parser.add_argument("--local", action="store_true", help="show times in this machine's zone (default UTC)")


def app_from(args: argparse.Namespace, *, with_channels: bool = False, read_only: bool = False) -> App:
    from claimwatch.app import open_app  # the database's library: only once a command opens the application

    return open_app(config=args.config, db=getattr(args, "db", None), topic=getattr(args, "topic", None),
                    with_channels=with_channels, read_only=read_only)
