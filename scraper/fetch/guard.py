"""The address guard: no fetch may reach loopback, private, link-local or metadata addresses.

A feed or a redirect can name any host, so a URL is a request to connect wherever its author
likes. The guard is applied where the connection is made: ``GuardedBackend`` resolves the host
itself, checks every address, and connects to the checked address, so a name that resolves to a
public address when checked and to 127.0.0.1 when connected (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpcore

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[list[str]]]

# Every range we refuse, with the name a user sees in the error.
REFUSED_NETWORKS: tuple[tuple[IPNetwork, str], ...] = tuple(
    (ipaddress.ip_network(cidr), name)
    for cidr, name in (
        ("169.254.169.254/32", "cloud metadata"),
        ("0.0.0.0/8", "unspecified"),
        ("127.0.0.0/8", "loopback"),
        ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("169.254.0.0/16", "link-local"),
        ("192.0.0.0/24", "IETF protocol assignments"),
        ("198.18.0.0/15", "benchmarking"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("fc00::/7", "unique local (private)"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("ff00::/8", "multicast"),
    )
)


class RefusedAddress(Exception):
    """Raised inside the connection layer; the fetcher turns it into AddressRefused with the URL."""

    def __init__(self, host: str, address: str, why: str) -> None:
        self.host = host
        self.address = address
        self.why = why
        super().__init__(f"{host} resolves to {address} ({why}), which is never fetched")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for: mapped (::ffff:a.b.c.d), 6to4, NAT64, compatible."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in ipaddress.ip_network("64:ff9b::/96") or (ip.packed[:12] == bytes(12) and int(ip) > 1):
        return ipaddress.IPv4Address(ip.packed[12:])
    return None


def refusal_reason(address: str | IPAddress) -> str | None:
    """Why an address must not be reached, or None when it is a public one."""
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return "scoped IPv6 address"
        inner = embedded_ipv4(ip)
        if inner is not None:
            reason = refusal_reason(inner)
            return f"embeds {inner}, {reason}" if reason else None
    for network, name in REFUSED_NETWORKS:
        if ip.version == network.version and ip in network:
            return name
    return None if ip.is_global else "not a public address"


@dataclass(frozen=True)
class Allowance:
    """What ``FetchSettings.allow_hosts`` lets through: networks (addresses are /32 or /128) and names."""

    networks: tuple[IPNetwork, ...] = ()
    hostnames: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> Allowance:
        networks: list[IPNetwork] = []
        names: set[str] = set()
        for entry in entries:
            text = entry.strip().strip("[]")
            try:
                networks.append(ipaddress.ip_network(text, strict=False))
            except ValueError:
                names.add(text.lower().rstrip("."))
        return cls(tuple(networks), frozenset(names))

    def widened(self, entries: Iterable[str]) -> Allowance:
        """This allowance plus a source's own ``allow`` entries."""
        extra = Allowance.parse(entries)
        if not extra.networks and not extra.hostnames:
            return self
        return Allowance(self.networks + extra.networks, self.hostnames | extra.hostnames)

    def allows(self, host: str, address: str) -> bool:
        if host.lower().rstrip(".") in self.hostnames:
            return True
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip.version == net.version and ip in net for net in self.networks)


def check_address(host: str, address: str, allowance: Allowance) -> None:
    """Raise RefusedAddress unless ``address`` (what ``host`` resolved to) may be reached."""
    reason = refusal_reason(address)
    if reason is not None and not allowance.allows(host, address):
        raise RefusedAddress(host, address, reason)


def literal_address(host: str) -> str | None:
    """The host itself when it is written as an IP address (so it can be checked before any I/O)."""
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``, in its order of preference."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        if str(sockaddr[0]) not in addresses:
            addresses.append(str(sockaddr[0]))
    return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network layer with the guard in front: resolve, check every address, connect to it.

    A host with any refused address is refused as a whole: a name that mixes public and private
    answers is the shape of a rebinding attack, not of a news site.
    """

    def __init__(
        self,
        allowance: Allowance,
        resolver: Resolver | None = None,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self._allowance = allowance
        self._resolve = resolver or system_resolver
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = [literal] if (literal := literal_address(host)) else await self._resolve(host, port)
        if not addresses:
            raise httpcore.ConnectError(f"{host} resolves to no address")
        for address in addresses:
            check_address(host, address, self._allowance)
        error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        raise RefusedAddress(path, path, "unix socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
