"""The health command: which watched conditions hold now (a source or channel failing, the daemon late)."""

from __future__ import annotations

import argparse

import storage
from claimwatch.cli.options import app_from, common_options
from claimwatch.cli.output import print_json_lines, print_table
from claimwatch.health import ROUND


def register(commands: argparse._SubParsersAction) -> None:
    health = commands.add_parser("health", help="what health checks found: each condition, holding or not, since when")
    common_options(health)
    health.set_defaults(handler=health_command)


def health_command(args: argparse.Namespace) -> int:
    app = app_from(args, read_only=True)
    with storage.transaction(app.engine) as session:
        states = sorted(storage.health_states(session).values(), key=lambda s: (not s.active, s.key))
        last_round = storage.last_beat(session, ROUND)
    rows = [{"condition": s.key, "holds": s.active, "since": s.since.isoformat(timespec="seconds"),
             "detail": s.detail} for s in states]
    if args.json:
        print_json_lines(rows)
        return 0
    print(f"last round completed: {last_round:%Y-%m-%d %H:%M:%S} UTC" if last_round else "no round completed yet")
    table = [dict(row, holds="FAILING" if row["holds"] else "ok") for row in rows]
    print_table(table, [("condition", "CONDITION", 1), ("holds", "STATE", 0), ("since", "SINCE", 0),
                        ("detail", "DETAIL", 2)], empty="nothing has gone wrong yet")
    return 0
