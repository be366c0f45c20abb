"""The health command: which watched conditions hold now (a source or channel failing or overdue, the
daemon late), worked out from the database as it stands, so a monitor can run it: it exits 1 while
any condition holds."""

from __future__ import annotations

import argparse
from typing import Any

HELP = "what health checks find now: each condition, holding or not, since when (exit 1 while one holds)"
EXAMPLE = """example:
  claimwatch health --json     # {"status": "all well", "last_round": "...", "conditions": [...]}
  claimwatch health || echo "something needs a look"
"""


def register(commands: argparse._SubParsersAction) -> None:
    from claimwatch.cli.options import common_options, with_example

    health = commands.add_parser("health", help=HELP, **with_example(HELP, EXAMPLE))
    common_options(health)
    health.set_defaults(handler=health_command)


def health_command(args: argparse.Namespace) -> int:
    import storage
    from claimwatch.app import DEFAULT_CHANNELS
    from claimwatch.cli.options import app_from
    from claimwatch.clock import utcnow
    from claimwatch.health import ROUND, current_conditions

    app = app_from(args, read_only=True)
    now = utcnow()
    with storage.transaction(app.engine) as session:
        states = storage.health_states(session)
        conditions = current_conditions(session, app.settings.health, list(app.settings.channels or DEFAULT_CHANNELS),
                                        now)
        last_round = storage.last_beat(session, ROUND)
    rows = [_row(condition, states.get(condition.key)) for condition in conditions
            if condition.holds or condition.key in states]
    rows.sort(key=lambda row: (not row["holds"], row["condition"]))
    failing = [row for row in rows if row["holds"]]
    report = {"status": "failing" if failing else "all well",
              "last_round": last_round.isoformat(timespec="seconds") if last_round else None, "conditions": rows}
    _print(report, as_json=args.json)
    return 1 if failing else 0


def _row(condition: Any, state: Any) -> dict[str, Any]:
    since = state.since if state is not None and state.active == condition.holds else condition.since
    return {"condition": condition.key, "holds": condition.holds,
            "since": since.isoformat(timespec="seconds") if since else None, "detail": condition.detail}


def _print(report: dict[str, Any], *, as_json: bool) -> None:
    from claimwatch.cli.output import plural, print_json_lines, print_table

    if as_json:
        print_json_lines([report])
        return
    held = sum(row["holds"] for row in report["conditions"])
    print("all well" if not held else f"{plural(held, 'condition')} holding")
    print(f"last round completed: {report['last_round']}" if report["last_round"] else "no round completed yet")
    table = [dict(row, holds="FAILING" if row["holds"] else "ok") for row in report["conditions"]]
    print_table(table, [("condition", "CONDITION", 1), ("holds", "STATE", 0), ("since", "SINCE", 0),
                        ("detail", "DETAIL", 2)], empty="nothing has gone wrong yet")
