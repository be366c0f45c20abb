"""Query commands: claims (and --explain), history, changes, articles, sources, outbox.

Each command imports ``storage`` (SQLAlchemy and the models) itself: building the parser needs none of it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from claimwatch import defaults
from claimwatch.cli.options import app_from, chosen_topics, common_options, show_option
from claimwatch.cli.output import describe_value, heading, plural, print_json_lines, print_table
from claimwatch.clock import utcnow
from claimwatch.errors import ClaimwatchError
from claimwatch.inputs import end_of_day, parse_published
from claimwatch.sourcerows import push_text, source_rows
from scraper.claimkinds import KINDS

if TYPE_CHECKING:
    from scraper.types import Topic
    from storage.types import Belief


def register(commands: argparse._SubParsersAction) -> None:
    claims = commands.add_parser("claims", help="the current belief for each kind of claim")
    claims.add_argument("--explain", choices=KINDS, metavar="KIND",
                        help="why the belief of KIND is what it is: every value claimed, ranked, with evidence")
    claims.add_argument("--as-of", metavar="DATE", help="what was believed at the end of DATE (2025-07-31)")
    show_option(claims)
    common_options(claims)
    claims.set_defaults(handler=claims_command)

    history = commands.add_parser(
        "history", help="the claims of one kind over time, with their evidence: the newest, a page at a time",
        description="The newest claims of KIND (per show), listed oldest first; a last line says how many older "
                    "ones there are and how to see them. With --json: one claim a line, the same page, and that "
                    "line on standard error.")
    history.add_argument("kind", choices=KINDS, metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    history.add_argument("--limit", type=int, default=defaults.HISTORY_LIMIT, metavar="N",
                         help=f"the newest N claims per show (default {defaults.HISTORY_LIMIT}; 0: every one)")
    history.add_argument("--offset", type=int, default=0, metavar="N",
                         help="skip the N newest first: the next page is --offset LIMIT, then 2*LIMIT, ...")
    history.add_argument("--before", metavar="DATE",
                         help="only claims said before this date or time (2026-01-31, 2026-01-31T12:00)")
    show_option(history)
    common_options(history)
    history.set_defaults(handler=history_command)

    changes = commands.add_parser("changes", help="every change of belief, oldest first")
    changes.add_argument("--since", help="only changes at or after this date (2026-01-31)")
    changes.add_argument("--until", metavar="DATE", help="only changes up to the end of this date (2026-01-31)")
    show_option(changes)
    common_options(changes)
    changes.set_defaults(handler=changes_command)

    articles = commands.add_parser("articles", help="the articles stored, newest first")
    articles.add_argument("--search", help="only articles whose title or text contains this")
    articles.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    common_options(articles)
    articles.set_defaults(handler=articles_command)

    sources = commands.add_parser("sources", help="each source's last fetch, last error and next poll")
    sources.add_argument("--trust", action="store_true",
                         help="each site's track record instead: of its reports and guesses, how many a later "
                              "official statement confirmed or contradicted, and its score (0 to 1)")
    sources.add_argument("--urls", action="store_true",
                         help="the article URLs in back-off instead: each failed fetch (too large, too slow, a "
                              "redirect loop, a 429) waits longer before the next, shown with its error")
    common_options(sources)
    sources.set_defaults(handler=sources_command)

    outbox = commands.add_parser("outbox", help="alerts waiting, retrying or given up (dead letters)")
    outbox.add_argument("action", nargs="?", choices=("list", "retry"), default="list",
                        help="list (default) or retry: queue dead letters again, due now")
    outbox.add_argument("--id", type=int, action="append", dest="ids", metavar="ID",
                        help="with retry: only this dead letter (repeatable; default: every one)")
    outbox.add_argument("--status", choices=("pending", "delivered", "dead"), help="only alerts in this state")
    outbox.add_argument("--retry-dead", action="store_true", help="the same as `outbox retry`")
    outbox.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    common_options(outbox)
    outbox.set_defaults(handler=outbox_command)


def claims_command(args: argparse.Namespace) -> int:
    as_of = end_of_day(parse_published(args.as_of, "--as-of"))
    found = None if args.explain or as_of else current_beliefs(args)
    answer = found if found is not None else _stored_beliefs(args, as_of)
    if isinstance(answer, int):
        return answer
    if args.json:
        print_json_lines(belief.to_json() for _, beliefs in answer for belief in beliefs)
        return 0
    when = f"on {args.as_of}" if as_of else "now"
    for index, (topic, beliefs) in enumerate(answer):
        rows = [belief.to_json() for belief in beliefs]
        table = [dict(row, kind=_heading(row), value=describe_value(row["kind"], row["value"])) for row in rows]
        print(("\n" if index else "") + f"{topic.title}, season {topic.season}: what the press says {when}")
        print_table(table, [("kind", "KIND", 0), ("value", "VALUE", 3), ("tier", "TIER", 0),
                            ("certainty", "CERTAINTY", 0), ("sources", "SRC", 0), ("since", "SINCE", 0)],
                    empty="no claims yet")
    return 0


def current_beliefs(args: argparse.Namespace) -> list[tuple[Topic, list[Belief]]] | None:
    """The beliefs now, read off a SQLite file with the standard library (storage/snapshot.py): the
    command people type most answers before the database library would have loaded. None: go the usual way."""
    from claimwatch.settings import load_settings
    from claimwatch.topic import load_topics
    from storage.snapshot import current_beliefs as read_file

    settings = load_settings(args.config, db=args.db)
    topics = chosen_topics(load_topics((args.topic,) if args.topic else settings.topic_paths), args.show)
    found = [(topic, read_file(settings.database_url, topic.slug, topic.season)) for topic in topics]
    return None if any(beliefs is None for _, beliefs in found) else [(t, b or []) for t, b in found]


def _stored_beliefs(args: argparse.Namespace,
                    as_of: dt.datetime | None) -> list[tuple[Topic, list[Belief]]] | int:
    """The beliefs now or on ``as_of`` through the database library (or --explain's answer, an exit code)."""
    import storage
    from scraper.types import display_names

    app = app_from(args, read_only=True)
    if args.explain:
        return explain_command(app, args.explain, args.json, args.show)
    with storage.transaction(app.engine) as session:
        if as_of is None:
            return [(topic, storage.beliefs(session, topic.slug, topic.season))
                    for topic in chosen_topics(app.topics, args.show)]
        return [(topic, storage.beliefs_as_of(session, topic.slug, topic.season, as_of,
                                              roster=storage.Roster.of(topic.people),
                                              names=display_names(topic.people)))
                for topic in chosen_topics(app.topics, args.show)]


def _heading(row: dict[str, Any]) -> str:
    """A person's kind with their tier, so the confirmed cast reads apart from the reported and rumoured."""
    value = row.get("value")
    if not isinstance(value, dict) or "name" not in value:
        return row["kind"]
    if value.get("status") == "departing":
        return f"{row['kind']} (leaving)"
    return f"{row['kind']} ({row.get('tier') or '?'})"


def explain_command(app, kind: str, as_json: bool, shows: list[str] | None = None) -> int:
    import storage

    topics = chosen_topics(app.topics, shows)
    with storage.transaction(app.engine) as session:
        found = [(topic, storage.explain(session, topic.slug, topic.season, kind, roster=storage.Roster.of(topic.people)))
                 for topic in topics]
    if as_json:
        print_json_lines(candidate.to_json() for _, candidates in found for candidate in candidates)
        return 0
    for index, (topic, candidates) in enumerate(found):
        print(("\n" if index else "") + f"{topic.title}, season {topic.season}: why {kind} is what it is")
        _print_candidates(kind, candidates)
    return 0


def _print_candidates(kind: str, candidates: list) -> None:
    if not candidates:
        print(f"(no {kind} claims yet)")
    for rank, candidate in enumerate(candidates, 1):
        value = "not so / not announced" if candidate.value is None else describe_value(kind, candidate.value)
        sources = f"{candidate.sources} source{'' if candidate.sources == 1 else 's'}"
        print(f"{rank}. {value} — {candidate.certainty}, {sources}: {candidate.note}")
        for claim in candidate.claims:
            said = f"{claim.site or '?'}" + (f" (according to {claim.attributed_to})" if claim.attributed_to else "")
            print(f"     {claim.at:%Y-%m-%d} {claim.certainty:<11} {said}")
            print(f"       “{' '.join(claim.evidence.split())}”")
            print(f"       {claim.url}")


def history_command(args: argparse.Namespace) -> int:
    import storage

    if args.limit < 0 or args.offset < 0:
        raise ClaimwatchError("--limit and --offset: 0 or more")
    before = parse_published(args.before, "--before")
    app = app_from(args, read_only=True)
    topics = chosen_topics(app.topics, args.show)
    with storage.transaction(app.engine) as session:
        found = [(topic, storage.history_page(session, topic.slug, topic.season, args.kind, limit=args.limit or None,
                                              offset=args.offset, before=before)) for topic in topics]
    if args.json:
        print_json_lines(entry.to_json() for _, page in found for entry in page.entries)
    for topic, page in found:
        if not args.json:
            heading(topic, topics)
            table = [_history_row(args.kind, entry.to_json()) for entry in page.entries]
            print_table(table, [("at", "AT", 0), ("value", "VALUE", 2), ("certainty", "CERTAINTY", 0),
                                ("site", "SOURCE", 1), ("evidence", "EVIDENCE", 4)],
                        empty=f"no {args.kind} claims yet")
        if page.older:
            print(_more_line(args, topic, topics, page.older), file=sys.stderr if args.json else sys.stdout)
    return 0


def _more_line(args: argparse.Namespace, topic: Topic, topics: tuple[Topic, ...], older: int) -> str:
    """How many older claims the page leaves out, and the command that lists the next ones."""
    show = f" --show {topic.slug}" if len(topics) > 1 else ""
    before = f" --before {args.before}" if args.before else ""
    return (f"… {plural(older, 'older claim')} not shown: claimwatch history {args.kind}{show}{before} "
            f"--offset {args.offset + args.limit} for the next {min(args.limit, older)}, --limit 0 for every one")


def _history_row(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    value = describe_value(kind, row.get("value"))  # a negated claim without a value reads "not announced"
    if row.get("negated") and row.get("value") is not None:
        value = f"not {value}"
    return dict(row, value=value)


def changes_command(args: argparse.Namespace) -> int:
    import storage

    app = app_from(args, read_only=True)
    since = parse_published(args.since, "--since")
    until = end_of_day(parse_published(args.until, "--until"))
    topics = chosen_topics(app.topics, args.show)
    with storage.transaction(app.engine) as session:
        found = [(topic, storage.changes(session, since=since, until=until, show=topic.slug)) for topic in topics]
    if args.json:
        print_json_lines(record.to_json() for _, records in found for record in records)
        return 0
    for topic, records in found:
        heading(topic, topics)
        rows = [record.to_json() for record in records]
        table = [dict(row, value=describe_value(row["kind"], row.get("value")),
                      previous=describe_value(row["kind"], row.get("previous")) if row.get("previous") else "-")
                 for row in rows]
        print_table(table, [("at", "AT", 0), ("kind", "KIND", 0), ("change", "CHANGE", 0),
                            ("value", "NOW", 2), ("previous", "WAS", 1), ("tier", "TIER", 0)],
                    empty="no changes yet")
    return 0


def articles_command(args: argparse.Namespace) -> int:
    import storage

    app = app_from(args, read_only=True)
    with storage.transaction(app.engine) as session:
        found = storage.search_articles(session, args.search, limit=args.limit)
    rows = [article.to_json() for article in found]
    if args.json:
        print_json_lines(rows)
        return 0
    columns = [("published", "PUBLISHED", 0), ("lang", "LANG", 0), ("site", "SITE", 1), ("title", "TITLE", 3)]
    print_table(rows, columns, empty="no articles yet")
    return 0


def _short_error(row: dict[str, Any]) -> str | None:
    """The last error without the source's own URL in front: the table already names the source."""
    error = row.get("last_error")
    prefix = f"{row['url']}: "
    return error[len(prefix):] if error and error.startswith(prefix) else error


def sources_command(args: argparse.Namespace) -> int:
    import storage

    app = app_from(args, read_only=True)
    if args.trust:
        return trust_command(app, args.json)
    if args.urls:
        return url_failures_command(app, args.json)
    with storage.transaction(app.engine) as session:
        statuses = storage.list_sources(session)
        pushes = storage.subscriptions(session)
    rows = source_rows(statuses, [source for topic in app.topics for source in topic.sources], utcnow(), pushes)
    if args.json:
        print_json_lines(rows)
        return 0
    table = [dict(row, last_error=_short_error(row), push=push_text(row["push"])) for row in rows]
    print_table(table, [("name", "SOURCE", 0), ("last_fetch_at", "LAST FETCH", 0), ("failures", "FAILS", 0),
                        ("next_due_at", "NEXT POLL", 0), ("next_reason", "WHY", 3), ("push", "PUSH", 0),
                        ("last_error", "LAST ERROR", 2)],
                empty="no sources configured")
    return 0


def url_failures_command(app, as_json: bool) -> int:
    import storage

    with storage.transaction(app.engine) as session:
        rows = [failure.to_json() for failure in storage.list_url_failures(session)]
    if as_json:
        print_json_lines(rows)
        return 0
    table = [dict(row, last_error=_short_error(row)) for row in rows]
    print_table(table, [("url", "URL", 2), ("failures", "FAILURES", 0), ("retry_at", "NEXT TRY", 0),
                        ("last_error", "LAST ERROR", 2)], empty="no URL in back-off")
    return 0


def trust_command(app, as_json: bool) -> int:
    import storage

    with storage.transaction(app.engine) as session:
        rows = [record.to_json() for record in storage.site_records(session)]
    if as_json:
        print_json_lines(rows)
        return 0
    print_table(rows, [("site", "SITE", 1), ("claims", "CLAIMS", 0), ("confirmed", "CONFIRMED", 0),
                       ("contradicted", "CONTRADICTED", 0), ("score", "SCORE", 0)], empty="no claims yet")
    return 0


def outbox_command(args: argparse.Namespace) -> int:
    import storage
    from claimwatch.outboxrows import outbox_row

    app = app_from(args, read_only=not (args.retry_dead or args.action == "retry"))
    with storage.transaction(app.engine) as session:
        if args.retry_dead or args.action == "retry":
            queued = storage.retry_dead(session, utcnow(), ids=args.ids)
            print(f"{queued} dead letter{'' if queued == 1 else 's'} queued again")
            return 0
        items = storage.list_outbox(session, args.status, limit=args.limit)
        counts = storage.outbox_counts(session)
    titles = {topic.slug: topic.title for topic in app.topics}
    rows = [outbox_row(item, titles.get(str(item.payload.get("show")), str(item.payload.get("show"))))
            for item in items]
    if args.json:
        print_json_lines(rows)
        return 0
    print(", ".join(f"{count} {status}" for status, count in sorted(counts.items())) or "the outbox is empty")
    print_table(rows, [("id", "ID", 0), ("channel", "CHANNEL", 0), ("status", "STATUS", 0), ("attempts", "TRIES", 0),
                       ("subject", "ALERT", 2), ("last_error", "LAST ERROR", 1)], empty="no alerts")
    return 0
