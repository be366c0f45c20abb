"""bench/fetch.py --workers: processes sharing the sites through one PostgreSQL's leases read every page once."""

from __future__ import annotations

import pytest

from bench.fetch import LEASE_BATCH, bench_web, share_sites
from bench.fetch_server import PAGES_PER_SITE
from tests.conftest import POSTGRES_URL, require_postgres

SITES = 4 * LEASE_BATCH  # several leases each, so both workers take some


@pytest.mark.postgres
def test_two_workers_share_the_sites_and_read_every_page_once():
    require_postgres()
    with bench_web() as port:
        shared = share_sites(port, SITES, 2, POSTGRES_URL)
    assert shared.errors == 0
    assert sum(shared.pages) == SITES * PAGES_PER_SITE  # none lost, none read by both
    assert all(pages > 0 for pages in shared.pages), shared.pages
