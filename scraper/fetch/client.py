"""The fetcher: one URL in, one ``Response`` out, politely and within limits.

Each concern is its own module (guard, robots, limits, decode, pool, answers); this one ties them
together around one shared httpx client: conditional GET, redirects followed by hand (so every hop
passes the guard and robots.txt), and retries with back-off.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit

import httpcore
import httpx

from scraper.errors import AddressRefused, FetchError
from scraper.fetch.answers import (
    Answer,
    build_response,
    read_answer,
    redirect_target,
    redirected_error,
    transport_error,
)
from scraper.fetch.decode import ACCEPT_ENCODING, BodyTooLarge, UndecodableBody
from scraper.fetch.guard import Allowance, RefusedAddress, Resolver, check_address, literal_address
from scraper.fetch.limits import HostLimiter
from scraper.fetch.pool import ALLOWANCE_EXTENSION, HostPools
from scraper.fetch.robots import RobotsCache
from scraper.fetch.settings import FetchSettings
from scraper.types import FetchState, Response

ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"
)
TRANSPORT_ERRORS = (
    RefusedAddress, BodyTooLarge, UndecodableBody, httpx.HTTPError, httpcore.ConnectError, OSError
)


@dataclass(frozen=True)
class Ask:
    """What one fetch may do: which addresses it may reach, how much it may read, which types it takes."""

    allowance: Allowance
    limit: int
    types: tuple[str, ...] | None  # None: any content type (robots.txt)
    robots: bool = True


class Fetcher:
    """``async with Fetcher(settings) as fetcher: response = await fetcher.fetch(url, state)``."""

    def __init__(self, settings: FetchSettings | None = None, *, resolver: Resolver | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._allowance = Allowance.parse(self.settings.allow_hosts)
        self._allowances: dict[tuple[str, ...], Allowance] = {(): self._allowance}
        self._resolver = resolver  # tests and the benchmark stand in for DNS; None is the system resolver
        self._limiter = HostLimiter(self.settings.max_in_flight, self.settings.per_host_in_flight)
        self._robots = RobotsCache(
            self._get_robots,
            self.settings.robots_agent,
            self.settings.robots_ttl_s,
            self.settings.robots_error_ttl_s,
        )
        self._client: httpx.AsyncClient | None = None
        self.outcomes: Counter[str] = Counter()  # fetches by outcome: ok, not_modified (a 304), or the failed stage

    async def __aenter__(self) -> Fetcher:
        self._client = build_client(self.settings, self._allowance, self._resolver)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def fetch(
        self,
        url: str,
        state: FetchState | None = None,
        *,
        allow: Iterable[str] = (),
        types: tuple[str, ...] | None = None,
        limit: int | None = None,
    ) -> Response:
        """The page at ``url``; a 304 when ``state``'s validators still hold. Raises only FetchError.

        ``allow`` widens the address guard for this fetch (a source's own ``allow``); ``types`` replaces
        the content types accepted (a sitemap source also takes gzip files); ``limit`` the body size.
        """
        ask = Ask(
            self.allowance_for(tuple(allow)),
            limit or self.settings.max_body_bytes,
            types or self.settings.allowed_content_types,
            robots=self.settings.obey_robots,
        )
        try:
            response = build_response(url, await self._follow(url, conditional_headers(state), ask), state)
        except FetchError as exc:
            self.outcomes[exc.stage] += 1
            raise
        self.outcomes["not_modified" if response.not_modified else "ok"] += 1
        return response

    async def post_form(self, url: str, form: dict[str, str], *, allow: Iterable[str] = ()) -> int:
        """POST a form (a WebSub hub's subscribe request) through the address guard; the answer's status.

        No redirect is followed, no robots.txt asked (a hub's endpoint is an API, not a page); raises only
        FetchError.
        """
        if self._client is None:
            raise RuntimeError("Fetcher used outside 'async with Fetcher(...)'")
        allowance = self.allowance_for(tuple(allow))
        check_url(url, allowance)
        try:
            async with asyncio.timeout(self.settings.total_timeout_s):
                answer = await self._client.post(url, data=form, extensions={ALLOWANCE_EXTENSION: allowance})
        except TimeoutError:
            raise FetchError(url, "timeout", f"no answer within {self.settings.total_timeout_s:g} s",
                             transient=True) from None
        except TRANSPORT_ERRORS as exc:
            raise transport_error(url, exc) from None
        return answer.status_code

    def allowance_for(self, allow: tuple[str, ...]) -> Allowance:
        if allow not in self._allowances:
            self._allowances[allow] = self._allowance.widened(allow)
        return self._allowances[allow]

    async def _get_robots(self, url: str, allowance: Allowance) -> tuple[int, bytes]:
        ask = Ask(allowance, self.settings.max_robots_bytes, None, robots=False)
        answer = await self._follow(url, {}, ask)
        return answer.status, answer.body

    async def _follow(self, url: str, headers: dict[str, str], ask: Ask) -> Answer:
        """Redirects by hand: each hop is guarded, checked against robots.txt and retried alone."""
        visited: list[str] = []
        current = url
        for _ in range(self.settings.max_redirects + 1):
            try:
                answer = await self._hop(current, headers, ask)
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

    async def _hop(self, url: str, headers: dict[str, str], ask: Ask) -> Answer:
        check_url(url, ask.allowance)
        crawl_delay = await self._robots.check(url, ask.allowance) if ask.robots else None
        delay = max(self.settings.per_host_delay_s, min(crawl_delay or 0.0, self.settings.max_crawl_delay_s))
        attempt = 0
        while True:
            try:
                return await self._attempt(url, headers, ask, delay)
            except FetchError as exc:
                wait = self._retry_wait(exc, attempt)
                if wait is None:
                    raise
            attempt += 1
            await asyncio.sleep(wait)

    def _retry_wait(self, exc: FetchError, attempt: int) -> float | None:
        """Seconds before the next try, or None when this error is final."""
        if not exc.transient or attempt >= self.settings.retries or exc.stage == "timeout":
            return None  # a server too slow once is too slow again now: the next poll tries it
        if exc.retry_after is not None:
            return exc.retry_after if exc.retry_after <= self.settings.max_retry_after_s else None
        base = self.settings.retry_backoff_s * 2**attempt
        return base + random.uniform(0, base)

    async def _attempt(self, url: str, headers: dict[str, str], ask: Ask, delay: float) -> Answer:
        if self._client is None:
            raise RuntimeError("Fetcher used outside 'async with Fetcher(...)'")
        host = (urlsplit(url).hostname or "").lower()
        extensions = {ALLOWANCE_EXTENSION: ask.allowance}
        async with self._limiter.slot(host, delay):
            try:
                async with asyncio.timeout(self.settings.total_timeout_s):
                    async with self._client.stream("GET", url, headers=headers, extensions=extensions) as response:
                        return await read_answer(url, response, ask.limit, ask.types)
            except TimeoutError:
                raise FetchError(
                    url,
                    "timeout",
                    f"no complete answer within {self.settings.total_timeout_s:g} s",
                    transient=True,
                ) from None
            except TRANSPORT_ERRORS as exc:
                raise transport_error(url, exc) from None


def build_client(
    settings: FetchSettings, allowance: Allowance, resolver: Resolver | None
) -> httpx.AsyncClient:
    """One shared client whose every connection goes through the address guard; no proxy from the env."""
    transport = HostPools(
        default=allowance,
        resolver=resolver,
        per_host=settings.per_host_in_flight,
        keepalive_expiry_s=settings.keepalive_expiry_s,
        max_pools=settings.max_host_pools,
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
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
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
