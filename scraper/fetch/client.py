"""The fetcher: one URL in, one ``Response`` out, politely and within limits.

Each concern is its own module (guard, robots, limits); this one ties them together around one
shared httpx client: conditional GET, redirects followed by hand (so every hop passes the guard
and robots.txt), retries with back-off, content type and charset.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import random
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from scraper.charset import charset_of, sniff_charset
from scraper.errors import AddressRefused, FetchError
from scraper.fetch.guard import (
    Allowance,
    GuardedBackend,
    RefusedAddress,
    Resolver,
    check_address,
    literal_address,
)
from scraper.fetch.limits import BodyTooLarge, HostLimiter, read_limited
from scraper.fetch.robots import RobotsCache
from scraper.fetch.settings import FetchSettings
from scraper.types import FetchState, Response

ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
TRANSIENT_STATUSES = frozenset({408, 425, 429})  # plus every 5xx


@dataclass(frozen=True)
class Answer:
    """One HTTP exchange, before redirects are followed."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes


class Fetcher:
    """``async with Fetcher(settings) as fetcher: response = await fetcher.fetch(url, state)``."""

    def __init__(self, settings: FetchSettings | None = None, *, resolver: Resolver | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._allowance = Allowance.parse(self.settings.allow_hosts)
        self._resolver = resolver  # tests stand in for DNS; None is the system resolver
        self._limiter = HostLimiter(self.settings.max_in_flight, self.settings.per_host_in_flight)
        self._robots = RobotsCache(
            self._get_robots,
            self.settings.robots_agent,
            self.settings.robots_ttl_s,
            self.settings.robots_error_ttl_s,
        )
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        self._client = build_client(self.settings, self._allowance, self._resolver)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def fetch(self, url: str, state: FetchState | None = None) -> Response:
        """The page at ``url``; a 304 when ``state``'s validators still hold. Raises only FetchError."""
        answer = await self._follow(
            url,
            conditional_headers(state),
            robots=self.settings.obey_robots,
            limit=self.settings.max_body_bytes,
        )
        return build_response(url, answer, state)

    async def _get_robots(self, url: str) -> tuple[int, bytes]:
        answer = await self._follow(url, {}, robots=False, limit=self.settings.max_robots_bytes)
        return answer.status, answer.body

    async def _follow(self, url: str, headers: dict[str, str], *, robots: bool, limit: int) -> Answer:
        """Redirects by hand: each hop is guarded, checked against robots.txt and retried alone."""
        visited: list[str] = []
        current = url
        for _ in range(self.settings.max_redirects + 1):
            try:
                answer = await self._hop(current, headers, robots=robots, limit=limit)
            except FetchError as exc:
                raise exc if not visited else redirected_error(url, current, exc) from None
            location = redirect_target(answer)
            if location is None:
                return answer
            visited.append(current)
            if location in visited:
                raise FetchError(url, "redirect", "redirect loop: " + " -> ".join([*visited, location]))
            current = location
        raise FetchError(
            url, "redirect", f"more than {self.settings.max_redirects} redirects (last: {current})"
        )

    async def _hop(self, url: str, headers: dict[str, str], *, robots: bool, limit: int) -> Answer:
        check_url(url, self._allowance)
        crawl_delay = await self._robots.check(url) if robots else None
        delay = max(self.settings.per_host_delay_s, min(crawl_delay or 0.0, self.settings.max_crawl_delay_s))
        attempt = 0
        while True:
            try:
                return await self._attempt(url, headers, limit, delay, check_type=robots)
            except FetchError as exc:
                wait = self._retry_wait(exc, attempt)
                if wait is None:
                    raise
            attempt += 1
            await asyncio.sleep(wait)

    def _retry_wait(self, exc: FetchError, attempt: int) -> float | None:
        """Seconds before the next try, or None when this error is final."""
        if not exc.transient or attempt >= self.settings.retries:
            return None
        if exc.retry_after is not None:
            return exc.retry_after if exc.retry_after <= self.settings.max_retry_after_s else None
        base = self.settings.retry_backoff_s * 2**attempt
        return base + random.uniform(0, base)

    async def _attempt(
        self, url: str, headers: dict[str, str], limit: int, delay: float, *, check_type: bool
    ) -> Answer:
        if self._client is None:
            raise RuntimeError("Fetcher used outside 'async with Fetcher(...)'")
        host = (urlsplit(url).hostname or "").lower()
        async with self._limiter.slot(host, delay):
            try:
                async with asyncio.timeout(self.settings.total_timeout_s):
                    async with self._client.stream("GET", url, headers=headers) as response:
                        return await read_answer(url, response, limit, self.settings, check_type)
            except TimeoutError:
                raise FetchError(
                    url,
                    "timeout",
                    f"no complete answer within {self.settings.total_timeout_s:g} s",
                    transient=True,
                ) from None
            except (RefusedAddress, BodyTooLarge, httpx.HTTPError, httpcore.ConnectError, OSError) as exc:
                raise transport_error(url, exc) from None


def build_client(
    settings: FetchSettings, allowance: Allowance, resolver: Resolver | None
) -> httpx.AsyncClient:
    """One shared client whose every connection goes through the address guard; no proxy from the env."""
    transport = httpx.AsyncHTTPTransport()
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=settings.max_in_flight,
        max_keepalive_connections=settings.max_in_flight,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(allowance, resolver),
    )
    timeout = httpx.Timeout(
        connect=settings.connect_timeout_s,
        read=settings.read_timeout_s,
        write=settings.connect_timeout_s,
        pool=settings.total_timeout_s,
    )
    return httpx.AsyncClient(
        transport=transport,
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
    )


def conditional_headers(state: FetchState | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state is not None and state.etag:
        headers["If-None-Match"] = state.etag
    if state is not None and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def check_url(url: str, allowance: Allowance) -> None:
    """Only http(s) URLs with a host; a host written as an address is checked before any I/O."""
    try:
        parts = urlsplit(url)
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        raise FetchError(url, "url", f"not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "url", "only http and https URLs with a host are fetched")
    address = literal_address(parts.hostname)
    if address is not None:
        try:
            check_address(parts.hostname, address, allowance)
        except RefusedAddress as exc:
            raise AddressRefused(url, "guard", str(exc)) from None


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


async def read_answer(
    url: str, response: httpx.Response, limit: int, settings: FetchSettings, check_type: bool
) -> Answer:
    status = response.status_code
    if status == 304 or (status in REDIRECT_STATUSES and "location" in response.headers):
        return Answer(url, status, response.headers, b"")
    if not 200 <= status < 300:
        raise status_error(url, response)
    if check_type:
        check_content_type(url, response.headers.get("content-type"), settings.allowed_content_types)
    return Answer(url, status, response.headers, await read_limited(response, limit))


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
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
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
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(url, "timeout", f"{type(exc).__name__}: {exc or 'timed out'}", transient=True)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchError(url, "url", str(exc))
    if isinstance(exc, httpx.DecodingError):
        return FetchError(url, "decode", str(exc))
    stage = "connect" if isinstance(exc, httpx.ConnectError | httpcore.ConnectError | OSError) else "read"
    return FetchError(url, stage, str(exc) or type(exc).__name__, transient=True)


def build_response(url: str, answer: Answer, state: FetchState | None) -> Response:
    headers = {key.lower(): ", ".join(answer.headers.get_list(key)) for key in answer.headers}
    content_type = answer.headers.get("content-type")
    not_modified = answer.status == 304 and state is not None
    encoding = (
        None if answer.status == 304 else (charset_of(content_type) or sniff_charset(answer.body) or "utf-8")
    )
    return Response(
        url=url,
        final_url=answer.url,
        status=answer.status,
        headers=headers,
        body=answer.body,
        fetched_at=dt.datetime.now(dt.UTC),
        content_type=media_type(content_type),
        encoding=encoding,
        etag=headers.get("etag") or (state.etag if not_modified and state else None),
        last_modified=headers.get("last-modified")
        or (state.last_modified if not_modified and state else None),
    )
