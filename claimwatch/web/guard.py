"""What every request passes through: the token (when one is set), write access, the CSRF check and the
security headers.

A token may come as ``Authorization: Bearer T`` (curl, Prometheus), as ``?token=T`` once (a browser's
first visit), after which a cookie carries it, SameSite=Strict so no other site's page can send it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_COOKIE = "claimwatch_token"
# No inline script or style: a scraped string that slipped through escaping still could not run.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",  # the token may be in the page's URL: never sent on to a linked site
    "x-frame-options": "DENY",
}


@dataclass(frozen=True)
class Access:
    """Who may do what: ``token`` None lets every local request in; ``write`` enables the retry button."""

    token: str | None = None
    write: bool = False
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))  # CSRF tokens of this process

    def allows(self, request: Request) -> bool:
        if self.token is None:
            return True
        offered = _offered_token(request)
        return offered is not None and hmac.compare_digest(offered.encode(), self.token.encode())

    def csrf_token(self, form: str) -> str:
        """The hidden field a form of this page carries; another site cannot read it, so cannot post it."""
        return hmac.new(self.secret, form.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, form: str, offered: str | None) -> bool:
        return offered is not None and hmac.compare_digest(offered, self.csrf_token(form))


def _offered_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)


class Guard:
    """ASGI middleware: 401 without the token, the security headers on every answer; a token that came in
    the URL is set as a cookie. ``open_prefix``: the one path prefix let through without the token."""

    def __init__(self, app: ASGIApp, access: Access, open_prefix: str | None = None) -> None:
        self.app, self.access, self.open_prefix = app, access, open_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.open_prefix is not None and scope["path"].startswith(self.open_prefix):
            # The WebSub callback: a hub sends no token; each subscription's route checks its own id and secret.
            await self.app(scope, receive, _with_headers(send, None))
            return
        request = Request(scope)
        if not self.access.allows(request):
            await _denied(request)(scope, receive, _with_headers(send, None))
            return
        if request.query_params.get("token") and request.method == "GET":
            await _without_token(request)(scope, receive, _with_headers(send, self.access.token))
            return
        await self.app(scope, receive, _with_headers(send, None))


def _without_token(request: Request) -> Response:
    """The same address without ?token=, so the token leaves the address bar and history once the cookie
    carries it."""
    kept = [(key, value) for key, value in request.query_params.multi_items() if key != "token"]
    return RedirectResponse(request.url.path + (f"?{urlencode(kept)}" if kept else ""), status_code=303)


def _denied(request: Request) -> Response:
    challenge = {"www-authenticate": 'Bearer realm="claimwatch"'}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": "a valid token is required"}, status_code=401, headers=challenge)
    return PlainTextResponse("401: a valid token is required (?token=… or Authorization: Bearer …)",
                             status_code=401, headers=challenge)


def _with_headers(send: Send, cookie: str | None) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.decode().lower() not in HEADERS]
            headers += [(name.encode(), value.encode()) for name, value in HEADERS.items()]
            if cookie is not None:
                headers.append((b"set-cookie", f"{TOKEN_COOKIE}={cookie}; Path=/; HttpOnly; SameSite=Strict"
                                .encode()))
            message = dict(message, headers=headers)
        await send(message)
    return sending


def same_origin(request: Request) -> bool:
    """A form posted from this page, or by a client that sends no Origin (curl); never from another site."""
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host")


def forbidden(why: str) -> PlainTextResponse:
    return PlainTextResponse(f"403: {why}", status_code=403)
