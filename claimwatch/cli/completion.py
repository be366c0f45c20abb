"""The completion command: a shell completion script for claimwatch, made from its own parser."""

from __future__ import annotations

import argparse

HELP = "print a shell completion script (bash, zsh or tcsh)"
EXAMPLE = """example:
  claimwatch completion bash > ~/.local/share/bash-completion/completions/claimwatch
  claimwatch completion zsh > "${fpath[1]}/_claimwatch"
"""
SHELLS = ("bash", "zsh", "tcsh")


def register(commands: argparse._SubParsersAction) -> None:
    from claimwatch.cli.options import with_example

    completion = commands.add_parser("completion", help=HELP, **with_example(HELP, EXAMPLE))
    completion.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    completion.set_defaults(handler=completion_command)


def completion_command(args: argparse.Namespace) -> int:
    import shtab

    from claimwatch.cli import build_parser

    print(shtab.complete(build_parser(), shell=args.shell))
    return 0
