"""Fixtures for the scraper's tests: a real local HTTP server and a fetcher allowed to reach it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from scraper.fetch.client import Fetcher
from scraper.fetch.settings import FetchSettings
from tests.scraper.http_server import LocalServer

# Loopback only (the guard refuses it by default); no politeness pauses or long back-offs in tests.
TEST_FETCH = FetchSettings(
    allow_hosts=("127.0.0.1",),
    per_host_delay_s=0.0,
    retry_backoff_s=0.01,
    connect_timeout_s=2.0,
    read_timeout_s=2.0,
    total_timeout_s=5.0,
)


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


@pytest.fixture
def fetch_settings() -> FetchSettings:
    return TEST_FETCH


@pytest.fixture
async def fetcher(fetch_settings: FetchSettings) -> AsyncIterator[Fetcher]:
    async with Fetcher(fetch_settings) as client:
        yield client
