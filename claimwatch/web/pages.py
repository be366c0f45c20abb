"""The HTML pages: overview, a kind's timeline, changes, articles, sources and the outbox (with its retry
form). Each reads through storage's query functions and renders one template; no page needs JavaScript.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

import storage
from claimwatch.clock import utcnow
from claimwatch.errors import ClaimwatchError
from claimwatch.inputs import end_of_day, parse_published
from claimwatch.sourcerows import show_source_rows
from claimwatch.web import timeline
from claimwatch.web.guard import forbidden, same_origin
from claimwatch.web.site import UnknownShow, site_of
from scraper.claimkinds import KINDS, PERSON_KINDS
from scraper.types import CERTAINTY_RANK
from storage import webviews
from storage.types import Belief

CAST_GROUPS = ("confirmed", "reported", "rumoured", "departing")
CONTRADICTED_DAYS = 30  # the overview's banner: contradictions this recent
TIMELINE_DOTS = 300  # the newest claims a timeline draws; `claimwatch history` and the API page through them all
TIMELINE_LIST = 100  # of those, the newest listed under the chart with their sentences
TIMELINE_MOVES = 500  # the newest changes whose bands it draws
PAGE_ROWS = 200  # rows a list page shows at most
RETRY_FORM = "outbox-retry"


def page(request: Request, template: str, **context: Any) -> HTMLResponse:
    site = site_of(request)
    html = site.templates.get_template(template).render(
        topic=site.topic, topics=site.topics, path=request.url.path, write=site.access.write,
        feed=bool(site.feed_path), **context)
    return HTMLResponse(html)


def unknown_show(exc: UnknownShow) -> Response:
    return PlainTextResponse(f"404: {exc}", status_code=404)


def overview(request: Request) -> Response:
    site = site_of(request)
    since = utcnow() - dt.timedelta(days=CONTRADICTED_DAYS)
    with storage.transaction(site.engine) as session:
        followed = [(topic.slug, topic.season) for topic in site.topics]
        seasons = list(dict.fromkeys(followed + webviews.tracked_seasons(session)))
        cards = [season_card(session, show, season, site.title_of(show)) for show, season in seasons]
        contradicted = webviews.find_changes(session, change="contradiction", since=since, limit=PAGE_ROWS)
    return page(request, "overview.html", cards=cards, contradicted=contradicted, days=CONTRADICTED_DAYS,
                titles={topic.slug: topic.title for topic in site.topics})


def season_card(session: Session, show: str, season: int, title: str) -> dict[str, Any]:
    """One show's season: the belief of each kind, then its people grouped as a reader sorts them."""
    beliefs = webviews.belief_cards(session, show, season)
    people: dict[str, dict[str, list]] = {}
    for card in beliefs:
        if card.belief.kind in PERSON_KINDS:
            people.setdefault(card.belief.kind, {group: [] for group in CAST_GROUPS})[group_of(card.belief)].append(card)
    return {"show": show, "season": season, "title": title, "people": people,
            "beliefs": [card for card in beliefs if card.belief.kind not in PERSON_KINDS]}


def group_of(belief: Belief) -> str:
    """A person leaving is listed as departing whatever the tier: that they go is the news."""
    if isinstance(belief.value, dict) and belief.value.get("status") == "departing":
        return "departing"
    return belief.tier if belief.tier in CAST_GROUPS else "rumoured"


def timeline_page(request: Request) -> Response:
    """One show's timeline: ``?show=SLUG``, else the first topic, with the others offered beside it."""
    site, kind = site_of(request), request.path_params["kind"]
    if kind not in KINDS:
        return PlainTextResponse(f"404: no kind {kind!r}", status_code=404)
    try:
        chosen = site.chosen(request)
    except UnknownShow as exc:
        return unknown_show(exc)
    if len(chosen) > 1 and request.query_params.getlist("show"):
        return PlainTextResponse("400: a timeline shows one show: give one ?show=SLUG", status_code=400)
    topic, now = chosen[0], utcnow()
    with storage.transaction(site.engine) as session:
        moves = webviews.kind_changes(session, topic.slug, topic.season, kind, limit=TIMELINE_MOVES)
        claims = webviews.timeline_claims(session, topic.slug, topic.season, kind, limit=TIMELINE_DOTS)
        held = [b.value for b in storage.beliefs(session, topic.slug, topic.season) if b.kind == kind]
    bands = [] if kind in PERSON_KINDS else timeline.held_bands(kind, moves, held[0] if held else None, now)
    chart = timeline.chart(kind, bands, claims, now)
    return page(request, "timeline.html", kind=kind, chart=chart, claims=claims[::-1][:TIMELINE_LIST],
                limit=TIMELINE_LIST, show=topic)


def changes_page(request: Request) -> Response:
    site, query = site_of(request), request.query_params
    kind, certainty = _choice(query.get("kind"), KINDS), _choice(query.get("certainty"), tuple(CERTAINTY_RANK))
    try:
        since = parse_published(query.get("since"), "since")
        until = end_of_day(parse_published(query.get("until"), "until"))
    except ClaimwatchError as exc:
        return PlainTextResponse(f"400: {exc}", status_code=400)
    try:
        chosen = site.chosen(request)
    except UnknownShow as exc:
        return unknown_show(exc)
    with storage.transaction(site.engine) as session:
        found = webviews.find_changes(session, shows=[topic.slug for topic in chosen], kind=kind,
                                      certainty=certainty, since=since, until=until, limit=PAGE_ROWS)
    return page(request, "changes.html", changes=found, kind=kind, certainty=certainty, chosen=chosen,
                titles={topic.slug: topic.title for topic in site.topics},
                certainties=tuple(CERTAINTY_RANK), since=query.get("since") or "", until=query.get("until") or "",
                feed_url=str(request.url_for("feed")), limit=PAGE_ROWS)


def _choice(value: str | None, allowed: tuple[str, ...]) -> str | None:
    return value if value in allowed else None


def articles_page(request: Request) -> Response:
    site, query = site_of(request), request.query_params
    text, lang = query.get("q") or None, query.get("lang") or None
    status = _choice(query.get("status"), webviews.ARTICLE_STATUSES)
    with storage.transaction(site.engine) as session:
        found = webviews.find_articles(session, text, lang=lang, status=status, limit=PAGE_ROWS)
        languages = webviews.article_languages(session)
    return page(request, "articles.html", articles=found, q=text or "", lang=lang, status=status,
                languages=languages, statuses=webviews.ARTICLE_STATUSES, limit=PAGE_ROWS)


def sources_page(request: Request) -> Response:
    """Each chosen show's sources under its title (``?show=SLUG``, repeatable; every show without it)."""
    site = site_of(request)
    try:
        chosen = site.chosen(request)
    except UnknownShow as exc:
        return unknown_show(exc)
    with storage.transaction(site.engine) as session:
        statuses = storage.list_sources(session)
        urls = [failure.to_json() for failure in storage.list_url_failures(session)][:PAGE_ROWS]
        holding = sorted((state for state in storage.health_states(session).values() if state.active),
                         key=lambda state: state.since)
    now = utcnow()
    shows = [(topic, show_source_rows(statuses, topic, now)) for topic in chosen]
    return page(request, "sources.html", shows=shows, urls=urls, holding=holding)


def outbox_page(request: Request) -> Response:
    site = site_of(request)
    status = _choice(request.query_params.get("status"), ("pending", "delivered", "dead"))
    with storage.transaction(site.engine) as session:
        items = storage.list_outbox(session, status, limit=PAGE_ROWS)
        counts = storage.outbox_counts(session)
    return page(request, "outbox.html", items=items, counts=counts, status=status,
                csrf=site.access.csrf_token(RETRY_FORM), retried=request.query_params.get("retried"))


async def retry_dead(request: Request) -> Response:
    """POST /outbox/retry: dead letters queued again. Only with --write, and only from this page's form."""
    site = site_of(request)
    if not site.access.write:
        return forbidden("read-only: start `claimwatch serve` with --write to retry alerts")
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    if not same_origin(request) or not site.access.csrf_ok(RETRY_FORM, next(iter(form.get("csrf", [])), None)):
        return forbidden("the form's CSRF token is missing or wrong: reload the outbox page and try again")
    ids: list[int] | None = [int(value) for value in form.get("id", []) if value.isdigit()] or None
    with storage.transaction(site.engine) as session:
        queued = storage.retry_dead(session, utcnow(), ids=ids)
    return RedirectResponse(f"{request.url_for('outbox').path}?retried={queued}", status_code=303)


def feed(request: Request) -> Response:
    """The Atom feed the daemon writes (``[daemon] feed``), served for feed readers."""
    path = site_of(request).feed_path
    if not path or not Path(path).is_file():
        return PlainTextResponse("404: no feed: set [daemon] feed = \"FILE\" in the settings and run the daemon",
                                 status_code=404)
    return FileResponse(path, media_type="application/atom+xml")


ROUTES = [
    Route("/", overview, name="overview"),
    Route("/timeline/{kind}", timeline_page, name="timeline"),
    Route("/changes", changes_page, name="changes"),
    Route("/articles", articles_page, name="articles"),
    Route("/sources", sources_page, name="sources"),
    Route("/outbox", outbox_page, name="outbox"),
    Route("/outbox/retry", retry_dead, methods=["POST"], name="retry"),
    Route("/feed.atom", feed, name="feed"),
]
