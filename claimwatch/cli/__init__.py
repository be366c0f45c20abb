"""The command line: each command parses its arguments, calls one library function, and renders.

Bad input (a wrong setting, an unreadable file, an unreachable database) is one line on standard
error and exit code 2; a bug still shows its traceback.

Building the parser imports no database, scheduler, HTTP or claim-reading library: each command's
handler imports what it uses, so ``--help`` and a query start at once.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from claimwatch.cli import check, completion, feed, health, query, run, serve, tools, topics
from claimwatch.cli.examples import EXAMPLES
from claimwatch.cli.output import set_view


def user_errors() -> tuple[type[Exception], ...]:
    """The errors shown as one line: bad input, not a bug. A function, as importing the packages'
    errors imports the packages (the database's, the channels'), and it is asked only once one is raised."""
    from claimwatch.errors import ClaimwatchError
    from notifier.errors import ChannelConfigError
    from scraper.errors import ScraperError
    from storage.errors import StorageError

    return ClaimwatchError, StorageError, ScraperError, ChannelConfigError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimwatch",
        description="Follows what the press claims about an upcoming TV season and alerts when it changes.",
    )
    parser.add_argument("--config", help="settings file (default: $CLAIMWATCH_CONFIG, else built-in defaults)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    parser.add_argument("--version", action=VersionAction, help="print claimwatch's version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (run, query, topics, feed, health, check, tools, serve, completion):
        module.register(commands)
    describe_commands(commands)
    return parser


def describe_commands(commands: argparse._SubParsersAction) -> None:
    """Each command's --help opens with what it does and ends with an example."""
    for action in commands._choices_actions:
        command = commands.choices[action.dest]
        if command.epilog is None:
            command.description = command.description or (action.help or "")[:1].upper() + (action.help or "")[1:] + "."
            command.epilog = EXAMPLES.get(action.dest)
            command.formatter_class = argparse.RawDescriptionHelpFormatter


class VersionAction(argparse.Action):
    """--version, reading the installed version only when asked (building the parser stays cheap)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(f"claimwatch {version('claimwatch')}")
        except PackageNotFoundError:
            print("claimwatch (not installed)")
        parser.exit()


def configure_logging(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    fmt = "%(message)s" if sys.stderr.isatty() else "%(asctime)s %(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level, format=fmt, stream=sys.stderr)
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    set_view(wide=getattr(args, "wide", False), local=getattr(args, "local", False))
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except user_errors() as exc:  # called only once the handler has raised
        print(f"claimwatch {args.command}: {exc}", file=sys.stderr)
        return 2
