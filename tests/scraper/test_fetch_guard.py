"""The address guard: which addresses are refused, and that redirects and DNS answers cannot evade it.

Only loopback addresses are ever connected to; every refusal below happens before any connection.
"""

from __future__ import annotations

import dataclasses

import pytest

from scraper.errors import AddressRefused
from scraper.fetch.client import Fetcher
from scraper.fetch.guard import Allowance, GuardedBackend, RefusedAddress, refusal_reason
from tests.scraper.conftest import TEST_FETCH

HTML = {"Content-Type": "text/html"}


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.254", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.10.10", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fd00::1", "unique local"),
        ("fe80::1", "link-local"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("64:ff9b::a00:1", "private"),
        ("2002:c0a8:101::1", "private"),
        ("100.100.100.200", "carrier-grade NAT"),  # Alibaba Cloud's metadata address
        ("fd00:ec2::254", "unique local"),  # AWS's IPv6 metadata address
        ("192.0.0.192", "IETF protocol assignments"),  # Oracle Cloud's metadata address
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_internal_addresses_are_refused_with_the_reason(address, why):
    reason = refusal_reason(address)
    assert reason is not None and why in reason


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111"])
def test_public_addresses_pass(address):
    assert refusal_reason(address) is None


def test_allow_hosts_accepts_addresses_networks_and_names():
    allowance = Allowance.parse(["127.0.0.1", "::1", "10.0.0.0/8", "Intranet.Local"])
    assert allowance.allows("anything", "127.0.0.1")
    assert allowance.allows("anything", "::1")
    assert allowance.allows("anything", "10.9.8.7")
    assert not allowance.allows("anything", "127.0.0.2")
    assert allowance.allows("intranet.local", "192.168.5.5")


class FakeDNS:
    """Stands in for DNS: a fixed answer per name, remembering what was asked."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        return self.answers[host]


async def test_the_backend_refuses_a_name_resolving_inside_before_connecting():
    class NoConnect:
        async def connect_tcp(self, *args, **kwargs):
            raise AssertionError("must not connect")

    backend = GuardedBackend(
        Allowance(), FakeDNS({"rebind.test": ["93.184.215.14", "10.0.0.5"]}), NoConnect()
    )
    with pytest.raises(RefusedAddress) as caught:
        await backend.connect_tcp("rebind.test", 80)
    assert caught.value.address == "10.0.0.5" and "rebind.test" in str(caught.value)


async def test_a_loopback_url_is_refused_by_default(http_server):
    http_server.route("/", body="<p>secret</p>", headers=HTML)
    async with Fetcher(dataclasses.replace(TEST_FETCH, allow_hosts=())) as fetcher:
        with pytest.raises(AddressRefused) as caught:
            await fetcher.fetch(http_server.url("/"))
    assert caught.value.stage == "guard"
    assert "127.0.0.1" in str(caught.value) and "loopback" in str(caught.value)
    assert http_server.requests == []


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/x", "http://[::1]:{port}/x"])
async def test_a_redirect_to_a_refused_address_is_refused(http_server, fetcher, target):
    http_server.route("/jump", redirect=target.format(port=http_server.port))
    with pytest.raises(AddressRefused) as caught:
        await fetcher.fetch(http_server.url("/jump"))
    message = str(caught.value)
    assert message.startswith(http_server.url("/jump"))
    assert "after a redirect to" in message and "loopback" in message


async def test_a_name_is_connected_at_the_address_that_was_checked(http_server):
    http_server.route("/story", body="<p>via a name</p>", headers=HTML)
    dns = FakeDNS({"news.test": ["127.0.0.1"]})
    async with Fetcher(TEST_FETCH, resolver=dns) as fetcher:
        response = await fetcher.fetch(f"http://news.test:{http_server.port}/story")
    assert response.text() == "<p>via a name</p>"
    assert "news.test" in dns.asked
    assert http_server.hits("/story")[0].headers["host"] == f"news.test:{http_server.port}"


async def test_a_redirect_to_a_name_that_resolves_inside_is_refused(http_server):
    http_server.route("/jump", redirect="http://rebind.test/admin")
    dns = FakeDNS({"rebind.test": ["127.0.0.2"]})
    async with Fetcher(dataclasses.replace(TEST_FETCH, obey_robots=False), resolver=dns) as fetcher:
        with pytest.raises(AddressRefused) as caught:
            await fetcher.fetch(http_server.url("/jump"))
    assert "rebind.test resolves to 127.0.0.2" in str(caught.value)


async def test_a_source_may_allow_loopback_for_itself_alone(http_server):
    http_server.route("/story", body="<p>allowed</p>", headers=HTML)
    async with Fetcher(dataclasses.replace(TEST_FETCH, allow_hosts=())) as fetcher:
        response = await fetcher.fetch(http_server.url("/story"), allow=("127.0.0.1",))
        assert response.text() == "<p>allowed</p>"
        with pytest.raises(AddressRefused):  # another source, same host: its own pool, and refused
            await fetcher.fetch(http_server.url("/story"))
    assert len(http_server.hits("/story")) == 1


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/x", "http://[::1]:{port}/x"])
async def test_a_source_allowing_127_0_0_1_alone_is_refused_a_redirect_elsewhere(http_server, target):
    http_server.route("/jump", redirect=target.format(port=http_server.port))
    async with Fetcher(dataclasses.replace(TEST_FETCH, allow_hosts=())) as fetcher:
        with pytest.raises(AddressRefused) as caught:
            await fetcher.fetch(http_server.url("/jump"), allow=("127.0.0.1",))
    assert "after a redirect to" in str(caught.value) and "loopback" in str(caught.value)


async def test_a_name_rebinding_to_another_loopback_address_after_a_redirect_is_refused(http_server):
    http_server.route("/jump", redirect=f"http://news.test:{http_server.port}/inside")
    dns = FakeDNS({"news.test": ["127.0.0.2"]})
    async with Fetcher(dataclasses.replace(TEST_FETCH, allow_hosts=()), resolver=dns) as fetcher:
        with pytest.raises(AddressRefused) as caught:
            await fetcher.fetch(http_server.url("/jump"), allow=("127.0.0.1",))
    assert "news.test resolves to 127.0.0.2" in str(caught.value)
    assert http_server.hits("/inside") == []
