"""robots.txt: read once per host (with protego), cached, obeyed before every request.

As RFC 9309 says: a 4xx robots.txt means no rules (allow all); a 5xx or an unreachable one means
the site cannot tell us, so nothing is fetched there until it is asked again a little later.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from protego import Protego

from scraper.errors import AddressRefused, FetchError

# Fetches a robots.txt URL: (status, body); raises FetchError for network problems. The second
# argument is passed through from ``check`` (the fetcher's address allowance for the request).
RobotsGetter = Callable[[str, Any], Awaitable[tuple[int, bytes]]]


@dataclass(frozen=True)
class RobotsPolicy:
    """What one host's robots.txt says to us; ``rules`` None means allow or disallow everything."""

    allow_all: bool
    rules: Protego | None = None
    expires: float = 0.0
    why: str = ""

    def can_fetch(self, url: str, agent: str) -> bool:
        if self.rules is None:
            return self.allow_all
        return bool(self.rules.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        if self.rules is None:
            return None
        delay = self.rules.crawl_delay(agent)
        return float(delay) if delay is not None else None


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def policy_from(status: int, body: bytes, now: float, ttl_s: float, error_ttl_s: float) -> RobotsPolicy:
    if 200 <= status < 300:
        text = body.decode("utf-8", errors="replace")
        return RobotsPolicy(allow_all=True, rules=Protego.parse(text), expires=now + ttl_s)
    if 400 <= status < 500 and status != 429:  # 429 is the site saying "not now", like a 5xx
        return RobotsPolicy(allow_all=True, expires=now + ttl_s, why=f"robots.txt answered {status}")
    return RobotsPolicy(allow_all=False, expires=now + error_ttl_s, why=f"robots.txt answered {status}")


class RobotsCache:
    """One policy per scheme+host, fetched once even when many requests to the host start together."""

    def __init__(self, getter: RobotsGetter, agent: str, ttl_s: float, error_ttl_s: float) -> None:
        self._get = getter
        self._agent = agent
        self._ttl_s = ttl_s
        self._error_ttl_s = error_ttl_s
        self._policies: dict[str, RobotsPolicy] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def policy(self, url: str, context: Any = None) -> RobotsPolicy:
        key = host_key(url)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            cached = self._policies.get(key)
            if cached is None or cached.expires <= time.monotonic():
                cached = await self._load(url, context)
                self._policies[key] = cached
            return cached

    async def _load(self, url: str, context: Any) -> RobotsPolicy:
        try:
            status, body = await self._get(robots_url(url), context)
        except AddressRefused as exc:
            raise AddressRefused(url, "guard", f"{robots_url(url)}: {exc.reason}") from None
        except FetchError as exc:
            if exc.status is not None:
                return policy_from(exc.status, b"", time.monotonic(), self._ttl_s, self._error_ttl_s)
            return RobotsPolicy(
                allow_all=False,
                expires=time.monotonic() + self._error_ttl_s,
                why=f"robots.txt unreachable ({exc.stage}: {exc.reason})",
            )
        return policy_from(status, body, time.monotonic(), self._ttl_s, self._error_ttl_s)

    async def check(self, url: str, context: Any = None) -> float | None:
        """Raise FetchError stage "robots" when ``url`` is disallowed; else the host's Crawl-delay."""
        policy = await self.policy(url, context)
        if not policy.can_fetch(url, self._agent):
            reason = policy.why or f"disallowed for {self._agent} by {robots_url(url)}"
            raise FetchError(url, "robots", reason, transient=not policy.allow_all and policy.rules is None)
        return policy.crawl_delay(self._agent)
