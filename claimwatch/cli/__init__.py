"""The command line: each command parses its arguments, calls one library function, and renders.

Bad input (a wrong setting, an unreadable file, an unreachable database) is one line on standard
error and exit code 2; a bug still shows its traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from claimwatch.cli import check, feed, health, query, run, tools
from claimwatch.errors import ClaimwatchError
from notifier.errors import ChannelConfigError
from scraper.errors import ScraperError
from storage.errors import StorageError

USER_ERRORS = (ClaimwatchError, StorageError, ScraperError, ChannelConfigError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimwatch",
        description="Follows what the press claims about an upcoming TV season and alerts when it changes.",
    )
    parser.add_argument("--config", help="settings file (default: $CLAIMWATCH_CONFIG, else built-in defaults)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (run, query, feed, health, check, tools):
        module.register(commands)
    return parser


def configure_logging(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    fmt = "%(message)s" if sys.stderr.isatty() else "%(asctime)s %(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level, format=fmt, stream=sys.stderr)
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    try:
        return int(args.handler(args) or 0)
    except USER_ERRORS as exc:
        print(f"claimwatch {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
