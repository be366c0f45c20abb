"""The check command: validate settings, topic and channels without starting anything."""

from __future__ import annotations

import argparse
import sys

HELP = "validate the settings, the topic and the channels; exit 1 on any error"
EXAMPLE = """example:
  claimwatch check --config claimwatch.toml
  settings: claimwatch.toml: ok
  topic: my-show.toml: sources[2].selector: not a CSS selector: ...
"""


def register(commands: argparse._SubParsersAction) -> None:
    from claimwatch.cli.options import with_example

    check = commands.add_parser("check", help=HELP, **with_example(HELP, EXAMPLE))
    check.add_argument("--config", dest="check_config", metavar="FILE",
                       help="the settings file to check (default: the global --config, else $CLAIMWATCH_CONFIG)")
    check.set_defaults(handler=check_command)


def check_command(args: argparse.Namespace) -> int:
    from claimwatch.check import check_config

    findings = check_config(args.check_config or args.config)
    for finding in findings:
        print(finding.line, file=sys.stdout if finding.ok else sys.stderr)
    return 0 if all(finding.ok for finding in findings) else 1
