"""Politeness and size limits: how many requests at once, how often per host, how many bytes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from scraper.fetch.decode import BodyTooLarge, BoundedDecoder

# Hosts remembered before idle ones are forgotten (a few hundred watched sites, plus the articles' hosts).
FORGET_HOSTS_PAST = 4096


class HostLimiter:
    """A global cap on requests in flight, a per-host cap, and a minimum spacing of starts per host."""

    def __init__(self, max_in_flight: int, per_host_in_flight: int) -> None:
        self._global = asyncio.Semaphore(max(1, max_in_flight))
        self._per_host_in_flight = max(1, per_host_in_flight)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._users: dict[str, int] = {}  # requests holding or waiting for each host's semaphore

    def _host_semaphore(self, host: str) -> asyncio.Semaphore:
        if host not in self._hosts:
            if len(self._hosts) >= FORGET_HOSTS_PAST:
                self._forget_idle_hosts()
            self._hosts[host] = asyncio.Semaphore(self._per_host_in_flight)
        return self._hosts[host]

    def _forget_idle_hosts(self) -> None:
        """Months of new hosts must not pile up: a host nobody uses and whose pause is over is dropped."""
        now = time.monotonic()
        for host in [h for h in self._hosts if not self._users.get(h) and self._next_start.get(h, 0) <= now]:
            del self._hosts[host]
            self._next_start.pop(host, None)
            self._users.pop(host, None)

    def _reserve_start(self, host: str, delay_s: float) -> float:
        """Seconds to wait before starting; the next request to the host starts ``delay_s`` later."""
        now = time.monotonic()
        start = max(now, self._next_start.get(host, now))
        self._next_start[host] = start + max(0.0, delay_s)
        return start - now

    @asynccontextmanager
    async def slot(self, host: str, delay_s: float) -> AsyncIterator[None]:
        semaphore = self._host_semaphore(host)
        self._users[host] = self._users.get(host, 0) + 1
        try:
            async with semaphore:
                wait = self._reserve_start(host, delay_s)
                if wait > 0:
                    await asyncio.sleep(wait)
                async with self._global:
                    yield
        finally:
            self._users[host] -= 1


def declared_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers["content-length"])
    except (KeyError, ValueError):
        return None


async def read_limited(response: httpx.Response, limit: int) -> bytes:
    """The decoded body, read as it streams and abandoned as soon as it passes ``limit``.

    Compressed bodies are undone here within the limit (``decode``), so a gzip bomb costs at most
    ``limit`` bytes of memory before it is stopped.
    """
    declared = declared_length(response)
    if declared is not None and declared > limit:
        raise BodyTooLarge(limit, declared)
    decoder = BoundedDecoder(response.headers.get("content-encoding"), limit)
    chunks: list[bytes] = []
    async for raw in response.aiter_raw():
        chunks.append(decoder.feed(raw))
    return b"".join(chunks)
