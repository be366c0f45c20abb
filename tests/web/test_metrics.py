"""/metrics' counts of the daemon running in the same process (`run --serve`)."""

from __future__ import annotations

from prometheus_client import generate_latest

from claimwatch.web.metrics import DaemonCounters, registry_for


def test_the_304_share_is_of_the_fetches_a_server_answered(sqlite_engine):
    counters = DaemonCounters()
    counters.fetch_outcomes = lambda: {"ok": 3, "not_modified": 1, "connect": 2}
    text = generate_latest(registry_for(sqlite_engine, counters)).decode()
    assert 'claimwatch_fetches_total{outcome="connect"} 2.0' in text
    assert "claimwatch_not_modified_share 0.25" in text


def test_a_page_served_alone_reports_no_daemon_work(sqlite_engine):
    text = generate_latest(registry_for(sqlite_engine, DaemonCounters())).decode()
    assert "claimwatch_not_modified_share 0.0" in text
    assert "claimwatch_rounds_total 0.0" in text
