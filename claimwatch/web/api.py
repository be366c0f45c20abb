"""The JSON API under /api/v1/: each answer a list of the objects `claimwatch … --json` prints a line each
of, plus /healthz and /metrics.

``?show=SLUG`` (repeatable) narrows claims, history, changes, sources and outbox to those shows; without it
they cover every topic followed, each row naming its show. A slug no topic has is a 404 listing the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

import storage
from claimwatch import defaults
from claimwatch.clock import utcnow
from claimwatch.errors import ClaimwatchError
from claimwatch.inputs import end_of_day, parse_published
from claimwatch.outboxrows import outbox_row
from claimwatch.sourcerows import show_source_rows
from claimwatch.web.metrics import ROUND
from claimwatch.web.site import UnknownShow, site_of
from scraper.claimkinds import KINDS

MAX_LIMIT = 1000  # rows one API answer holds at most


def json_rows(handler: Callable[[Request], list[dict[str, Any]]]) -> Callable[[Request], Response]:
    """A handler's rows as a JSON array; a bad parameter is a 400 naming it, not a traceback."""
    def endpoint(request: Request) -> Response:
        try:
            return JSONResponse(handler(request))
        except UnknownShow as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        except (ClaimwatchError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
    return endpoint


def limit_of(request: Request, default: int = 50) -> int:
    return max(1, min(int(request.query_params.get("limit", default)), MAX_LIMIT))


def claims(request: Request) -> list[dict[str, Any]]:
    topics = site_of(request).chosen(request)
    with storage.transaction(site_of(request).engine) as session:
        return [belief.to_json() for topic in topics for belief in storage.beliefs(session, topic.slug, topic.season)]


def history(request: Request) -> list[dict[str, Any]]:
    """As `claimwatch history KIND --json`: the newest ``limit`` claims per show (``offset``, ``before`` as there)."""
    kind = request.path_params["kind"]
    if kind not in KINDS:
        raise ValueError(f"kind: one of {', '.join(KINDS)}")
    topics = site_of(request).chosen(request)
    offset = max(int(request.query_params.get("offset", 0)), 0)
    before = parse_published(request.query_params.get("before"), "before")
    with storage.transaction(site_of(request).engine) as session:
        return [entry.to_json() for topic in topics
                for entry in storage.history(session, topic.slug, topic.season, kind,
                                             limit=limit_of(request, defaults.HISTORY_LIMIT), offset=offset,
                                             before=before)]


def changes(request: Request) -> list[dict[str, Any]]:
    since = parse_published(request.query_params.get("since"), "since")
    until = end_of_day(parse_published(request.query_params.get("until"), "until"))
    topics = site_of(request).chosen(request)
    with storage.transaction(site_of(request).engine) as session:
        records = [record for topic in topics
                   for record in storage.changes(session, since=since, until=until, show=topic.slug)]
    return [record.to_json() for record in records]


def articles(request: Request) -> list[dict[str, Any]]:
    with storage.transaction(site_of(request).engine) as session:
        found = storage.search_articles(session, request.query_params.get("search"), limit=limit_of(request))
    return [article.to_json() for article in found]


def sources(request: Request) -> list[dict[str, Any]]:
    """As `claimwatch sources --json`: the topics' sources never polled yet too, and why a poll is overdue;
    each row names its show."""
    topics = site_of(request).chosen(request)
    with storage.transaction(site_of(request).engine) as session:
        statuses = storage.list_sources(session)
    now = utcnow()
    return [row for topic in topics for row in show_source_rows(statuses, topic, now)]


def outbox(request: Request) -> list[dict[str, Any]]:
    status = request.query_params.get("status")
    if status not in (None, "pending", "delivered", "dead"):
        raise ValueError("status: pending, delivered or dead")
    site = site_of(request)
    narrowed = {topic.slug for topic in site.chosen(request)} if request.query_params.getlist("show") else None
    with storage.transaction(site.engine) as session:
        items = storage.list_outbox(session, status, limit=limit_of(request))
    shown = [(item, str(item.payload.get("show"))) for item in items]
    return [outbox_row(item, site.title_of(show)) for item, show in shown if narrowed is None or show in narrowed]


def healthz(request: Request) -> Response:
    """Up when the database answers; ``last_round`` says whether a daemon is at work."""
    try:
        with storage.transaction(site_of(request).engine) as session:
            last_round = storage.last_beat(session, ROUND)
    except storage.StorageError as exc:
        return JSONResponse({"status": "failing", "database": str(exc)}, status_code=503)
    return JSONResponse({"status": "ok", "database": "reachable",
                         "last_round": last_round.isoformat(timespec="seconds") if last_round else None})


def metrics(request: Request) -> Response:
    return Response(generate_latest(site_of(request).metrics_registry()), media_type=CONTENT_TYPE_LATEST)


ROUTES = [
    Route("/api/v1/claims", json_rows(claims)),
    Route("/api/v1/history/{kind}", json_rows(history)),
    Route("/api/v1/changes", json_rows(changes)),
    Route("/api/v1/articles", json_rows(articles)),
    Route("/api/v1/sources", json_rows(sources)),
    Route("/api/v1/outbox", json_rows(outbox)),
    Route("/healthz", healthz),
    Route("/metrics", metrics),
]
