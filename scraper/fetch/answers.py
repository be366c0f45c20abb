"""One HTTP exchange read into plain data, and every way it can fail told as a FetchError.

The small questions a response answers (its redirect target, Retry-After, media type, charset,
freshness) are each one function here, as in Miniflux's response handler.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from dataclasses import dataclass
from urllib.parse import urljoin

import httpcore
import httpx

from scraper.charset import body_encoding
from scraper.errors import AddressRefused, FetchError
from scraper.fetch.decode import BodyTooLarge, UndecodableBody
from scraper.fetch.freshness import fresh_for_s, http_date
from scraper.fetch.guard import RefusedAddress
from scraper.fetch.limits import read_limited
from scraper.types import FetchState, Response

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# A 304's or a redirect's body (usually none, or a line of HTML) is read up to this much so that the
# connection goes back to the pool; a bigger one is dropped with its connection.
DRAIN_BYTES = 64 * 1024
TRANSIENT_STATUSES = frozenset({408, 425, 429})  # plus every 5xx


@dataclass(frozen=True)
class Answer:
    """One HTTP exchange, before redirects are followed."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes


async def read_answer(url: str, response: httpx.Response, limit: int, types: tuple[str, ...] | None) -> Answer:
    """The status, headers and (for a 2xx) the body within ``limit``; other statuses raise."""
    status = response.status_code
    if status == 304 or (status in REDIRECT_STATUSES and "location" in response.headers):
        await drain(response)
        return Answer(url, status, response.headers, b"")
    if not 200 <= status < 300:
        await drain(response)
        raise status_error(url, response)
    if types is not None:
        check_content_type(url, response.headers.get("content-type"), types)
    return Answer(url, status, response.headers, await read_limited(response, limit))


async def drain(response: httpx.Response) -> None:
    """Read a body nobody needs, so its kept-alive connection can serve the next request."""
    with contextlib.suppress(BodyTooLarge, UndecodableBody, httpx.HTTPError):
        await read_limited(response, DRAIN_BYTES)


def redirect_target(answer: Answer) -> str | None:
    if answer.status not in REDIRECT_STATUSES or "location" not in answer.headers:
        return None
    return urljoin(answer.url, answer.headers["location"].strip()).split("#", 1)[0]


def redirected_error(url: str, hop: str, exc: FetchError) -> FetchError:
    """The error of a later hop, told against the URL that was asked for."""
    kind = AddressRefused if isinstance(exc, AddressRefused) else FetchError
    return kind(
        url,
        exc.stage,
        f"after a redirect to {hop}: {exc.reason}",
        status=exc.status,
        retry_after=exc.retry_after,
        transient=exc.transient,
    )


def status_error(url: str, response: httpx.Response) -> FetchError:
    status = response.status_code
    transient = status >= 500 or status in TRANSIENT_STATUSES
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    reason = f"HTTP {status} {response.reason_phrase}".strip()
    return FetchError(url, "http", reason, status=status, retry_after=retry_after, transient=transient)


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Retry-After as seconds from now: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = http_date(value)
    if when is None:
        return None
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


def media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def check_content_type(url: str, content_type: str | None, allowed: tuple[str, ...]) -> None:
    """A missing type is let through (the parsers sniff); a type nothing downstream reads is refused."""
    media = media_type(content_type)
    if media is not None and media not in allowed:
        raise FetchError(url, "content-type", f"content type {media!r} is not one the scraper reads")


def transport_error(url: str, exc: Exception) -> FetchError:
    """A network or limit failure as a FetchError naming the stage."""
    if isinstance(exc, RefusedAddress):
        return AddressRefused(url, "guard", str(exc))
    if isinstance(exc, BodyTooLarge):
        return FetchError(url, "size", str(exc))
    if isinstance(exc, UndecodableBody | httpx.DecodingError):
        return FetchError(url, "decode", str(exc))
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(url, "timeout", f"{type(exc).__name__}: {exc or 'timed out'}", transient=True)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchError(url, "url", str(exc))
    stage = "connect" if isinstance(exc, httpx.ConnectError | httpcore.ConnectError | OSError) else "read"
    return FetchError(url, stage, str(exc) or type(exc).__name__, transient=True)


def build_response(url: str, answer: Answer, state: FetchState | None) -> Response:
    headers = {key.lower(): ", ".join(answer.headers.get_list(key)) for key in answer.headers}
    content_type = answer.headers.get("content-type")
    not_modified = answer.status == 304 and state is not None
    return Response(
        url=url,
        final_url=answer.url,
        status=answer.status,
        headers=headers,
        body=answer.body,
        fetched_at=dt.datetime.now(dt.UTC),
        content_type=media_type(content_type),
        encoding=None if answer.status == 304 else body_encoding(content_type, answer.body),
        etag=headers.get("etag") or (state.etag if not_modified and state else None),
        last_modified=headers.get("last-modified")
        or (state.last_modified if not_modified and state else None),
        fresh_for_s=fresh_for_s(headers),
    )


def replayed(response: Response, state: FetchState) -> Response:
    """A 304 answered to validators another source saved, read as the 200 whose copy ``state`` keeps."""
    body = state.body or b""
    return dataclasses.replace(
        response, status=200, body=body, final_url=state.final_url or response.final_url,
        headers={**response.headers, **({"content-type": state.content_type} if state.content_type else {})},
        content_type=media_type(state.content_type), encoding=body_encoding(state.content_type, body),
    )
