"""The WebSub callback, ``/websub/{id}``: the one route outside the token (a hub carries none).

It accepts nothing but known subscriptions: an id that is not one is a 404. A GET is the hub verifying our
intent (the W3C spec, §5.3): the topic must be the subscription's and the mode one we asked for; the challenge
is echoed and the lease granted recorded. A POST is a delivery (§7): the body, at most
``WEBSUB_MAX_BODY_BYTES`` read piece by piece, must carry a valid ``X-Hub-Signature`` (an HMAC of the raw body
with the subscription's secret); a valid one is handed to the daemon, which reads it as the source's feed.
"""

from __future__ import annotations

import hashlib
import hmac
import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

import storage
from claimwatch import defaults
from claimwatch.web.site import site_of
from storage.types import PushState, Subscription

log = logging.getLogger("claimwatch.websub")

SIGNATURE_METHODS = ("sha1", "sha256", "sha384", "sha512")  # the spec's; sha1 only because hubs still send it


def _subscription(request: Request) -> Subscription | None:
    with storage.transaction(site_of(request).engine) as session:
        return storage.subscription(session, request.path_params["id"])


def verify(request: Request) -> Response:
    """The hub's GET: echo ``hub.challenge`` for a mode we asked for, on the subscription's own topic."""
    sub, params = _subscription(request), request.query_params
    if sub is None or params.get("hub.topic") != sub.topic_url:
        return _not_found()
    mode, engine = params.get("hub.mode"), site_of(request).engine
    if mode == "denied":
        reason = params.get("hub.reason") or "no reason given"
        with storage.transaction(engine) as session:
            storage.end_subscription(session, sub.id, PushState.DENIED, reason[:500])
        log.warning("the hub %s denied the push of %s: %s", sub.hub, sub.source, reason[:200])
        return PlainTextResponse("")
    challenge = params.get("hub.challenge")
    if not challenge:
        return _not_found()
    if mode == "subscribe" and sub.state in (PushState.PENDING, PushState.LIVE):
        lease = _lease(params.get("hub.lease_seconds"))
        if lease is None:
            return _not_found()  # a subscribe verification without a lease the spec requires
        with storage.transaction(engine) as session:
            storage.verify_subscription(session, sub.id, lease, site_of(request).clock())
        log.info("push of %s live for %d s (hub %s)", sub.source, lease, sub.hub)
        return PlainTextResponse(challenge)
    if mode == "unsubscribe" and sub.state == PushState.LAPSED and sub.reason == "unsubscribed":
        return PlainTextResponse(challenge)
    return _not_found()  # a mode we did not ask for: the spec's answer to a request we do not agree with


def _lease(value: str | None) -> int | None:
    """The lease a hub granted, within a year: a longer one is renewed as if it were a year (no harm), and a
    number of twenty digits cannot overflow the expiry's date."""
    if not _whole_number(value) or int(value or 0) <= 0:
        return None
    return min(int(value or 0), defaults.WEBSUB_MAX_LEASE_S)


def _whole_number(value: str | None) -> bool:
    return value is not None and value.isascii() and value.isdigit()


async def deliver(request: Request) -> Response:
    """The hub's POST: a known live subscription's signed body, handed to the daemon.

    Unsigned and mis-signed bodies are dropped with a log line but answered 202, as the spec allows (§7: the
    subscriber MUST ignore them, MAY acknowledge them): a hub retrying a body it thinks was lost would send it
    again and again, and a forger learns nothing from the answer.
    """
    sub = await run_in_threadpool(_subscription, request)
    if sub is None or sub.state != PushState.LIVE:
        return _not_found()
    body = await _bounded_body(request, defaults.WEBSUB_MAX_BODY_BYTES)
    if body is None:
        log.warning("a push for %s refused: larger than %d bytes", sub.source, defaults.WEBSUB_MAX_BODY_BYTES)
        return PlainTextResponse("413: the body is too large", status_code=413)
    problem = signature_problem(request.headers.get("x-hub-signature"), body, sub.secret)
    if problem is not None:
        log.warning("a push for %s dropped: %s", sub.source, problem)
        return PlainTextResponse("", status_code=202)
    on_push = site_of(request).on_push
    if on_push is not None:
        on_push(sub.source, body, request.headers.get("content-type"))
    return PlainTextResponse("", status_code=202)


async def _bounded_body(request: Request, limit: int) -> bytes | None:
    """The raw body, or None once it is past ``limit`` (a Content-Length that says so is believed at once)."""
    declared = request.headers.get("content-length")
    if _whole_number(declared) and int(declared or 0) > limit:
        return None
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > limit:
            return None
    return bytes(body)


def signature_problem(header: str | None, body: bytes, secret: str) -> str | None:
    """Why ``X-Hub-Signature`` does not vouch for ``body``, or None when it does."""
    if not header:
        return "unsigned (no X-Hub-Signature)"
    method, _, offered = header.strip().partition("=")
    if method.lower() not in SIGNATURE_METHODS or not offered:
        return f"signature method {method[:20]!r} is not one of {', '.join(SIGNATURE_METHODS)}"
    expected = hmac.new(secret.encode(), body, getattr(hashlib, method.lower())).hexdigest()
    if not hmac.compare_digest(expected, offered.strip().lower()):
        return "the signature does not match the body"
    return None


def _not_found() -> Response:
    return PlainTextResponse("404: no such subscription", status_code=404)


ROUTES = [
    Route(defaults.WEBSUB_CALLBACK_PATH + "{id}", verify, methods=["GET"]),
    Route(defaults.WEBSUB_CALLBACK_PATH + "{id}", deliver, methods=["POST"]),
]
