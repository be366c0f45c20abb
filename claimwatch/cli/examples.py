"""An example for each command's --help (data only; claimwatch.cli attaches them)."""

EXAMPLES = {
    "run": """example:
  claimwatch run                       # the daemon, on the settings' database and topic
  claimwatch run --once --db cw.db     # one round, exit 1 if a source failed
""",
    "demo": """example:
  claimwatch demo --db /tmp/demo.db
  claimwatch claims --db /tmp/demo.db
""",
    "claims": """example:
  claimwatch claims --db cw.db
  claimwatch claims --explain release_date
  claimwatch claims --as-of 2025-07-31 --json
  claimwatch claims --show harbor-lights   # one show of several
""",
    "history": """example:
  claimwatch history release_date --db cw.db
""",
    "changes": """example:
  claimwatch changes --since 2026-01-01 --local
""",
    "topics": """example:
  claimwatch topics                    # each show followed: sources, beliefs, last change
  claimwatch topics add harbor-lights.toml
""",
    "articles": """example:
  claimwatch articles --search "season 2" --limit 10
""",
    "sources": """example:
  claimwatch sources            # last fetch, failures, next poll and why, last error
  claimwatch sources --trust
""",
    "outbox": """example:
  claimwatch outbox --status dead
  claimwatch outbox retry --id 12
""",
    "feed": """example:
  claimwatch feed --output changes.xml --self-url https://example.org/changes.xml
""",
    "extract": """example:
  claimwatch extract --json page.html
  curl -s https://example.org/story | claimwatch extract --url https://example.org/story -
""",
    "ingest": """example:
  claimwatch ingest --db cw.db saved/*.html     # recorded oldest first; --as-given keeps your order
""",
    "notify-test": """example:
  claimwatch notify-test --json     # with the channels of $CLAIMWATCH_CONFIG
""",
    "db": """example:
  claimwatch db upgrade --db cw.db
  claimwatch db vacuum --db cw.db      # after months: the space of dropped article texts back
""",
}
