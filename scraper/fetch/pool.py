"""Connections: one small pool per host (and per address allowance) behind the one shared client.

httpcore's pool scans every connection it holds on each request; one pool for hundreds of hosts
makes that scan the cost of a request. A pool per host holds only that host's two or so
connections. The allowance is part of the key, so a connection opened for a source allowed to
reach an internal address is never reused by a source that is not.
"""

from __future__ import annotations

import ssl
from collections import OrderedDict

import httpcore
import httpx

from scraper.fetch.guard import Allowance, GuardedBackend, Resolver

# The request extension that carries the allowance of one request to the transport.
ALLOWANCE_EXTENSION = "claimwatch.allowance"

PoolKey = tuple[Allowance, bytes, bytes, int | None]


class HostPools(httpx.AsyncBaseTransport):
    """An httpx transport that keeps one guarded httpcore pool per (allowance, scheme, host, port)."""

    def __init__(
        self,
        *,
        default: Allowance,
        resolver: Resolver | None,
        per_host: int,
        keepalive_expiry_s: float,
        max_pools: int,
    ) -> None:
        self._default = default
        self._resolver = resolver
        self._per_host = max(1, per_host)
        self._keepalive_expiry_s = keepalive_expiry_s
        self._max_pools = max(1, max_pools)
        self._ssl_context: ssl.SSLContext | None = None
        self._backends: dict[Allowance, GuardedBackend] = {}
        self._pools: OrderedDict[PoolKey, httpx.AsyncHTTPTransport] = OrderedDict()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        allowance = request.extensions.pop(ALLOWANCE_EXTENSION, None) or self._default
        key = (allowance, request.url.raw_scheme, request.url.raw_host, request.url.port)
        transport = self._pools.get(key)
        if transport is None:
            transport = await self._open(key, allowance)
        else:
            self._pools.move_to_end(key)
        return await transport.handle_async_request(request)

    async def _open(self, key: PoolKey, allowance: Allowance) -> httpx.AsyncHTTPTransport:
        await self._evict_idle()
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context()  # loading the CA bundle once costs ~10 ms
        backend = self._backends.setdefault(allowance, GuardedBackend(allowance, self._resolver))
        transport = httpx.AsyncHTTPTransport(verify=self._ssl_context, trust_env=False)
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=self._ssl_context,
            max_connections=self._per_host,
            max_keepalive_connections=self._per_host,
            keepalive_expiry=self._keepalive_expiry_s,
            network_backend=backend,
        )
        self._pools[key] = transport
        return transport

    async def _evict_idle(self) -> None:
        """Past ``max_pools``, close the least recently used pools that have nothing in flight."""
        excess = len(self._pools) + 1 - self._max_pools
        for key in list(self._pools)[: max(0, excess) * 2]:
            if excess <= 0:
                break
            transport = self._pools[key]
            pool = transport._pool
            if not pool._requests and all(connection.is_idle() for connection in pool.connections):
                del self._pools[key]
                await transport.aclose()
                excess -= 1

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), OrderedDict()
        for transport in pools:
            await transport.aclose()
