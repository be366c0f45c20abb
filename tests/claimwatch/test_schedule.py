"""The next poll with an adaptive interval: the server's hints and the failure back-off still win, a live
hub leaves only a safety poll, and the rule of bursts."""

from __future__ import annotations

import datetime as dt

from claimwatch.pace import Publications
from claimwatch.schedule import Outcome, may_burst, next_poll
from scraper.types import SourceConfig

AT = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)
FEED = SourceConfig(name="desk", kind="rss", url="https://desk.example/feed", interval_s=1800)
BUSY = Publications(since=AT - dt.timedelta(days=30),
                    times=tuple(sorted(AT - dt.timedelta(hours=2) * i for i in range(84))))  # 12 a day


def wait_of(outcome: Outcome, history: Publications | None = BUSY) -> tuple[float, str]:
    due, why = next_poll(FEED, AT, outcome, history)
    return (due - AT).total_seconds(), why


def test_a_busy_feed_is_polled_at_its_pace_with_a_little_jitter():
    wait, why = wait_of(Outcome(ok=True))
    assert 465 <= wait <= 465 * 1.1 and why == "publishes ~12/day: every 8m"


def test_a_servers_max_age_still_lengthens_the_wait_from_the_adaptive_interval():
    wait, why = wait_of(Outcome(ok=True, poll_after_s=3600, poll_after_why="max-age"))
    assert 3600 <= wait <= 3600 * 1.1 and why == "server: max-age 60m"


def test_a_long_max_age_never_stretches_a_quiet_sources_wait_past_a_day():
    quiet = Publications(since=AT - dt.timedelta(days=60), times=(AT - dt.timedelta(days=20),))
    wait, why = wait_of(Outcome(ok=True, poll_after_s=3 * 86400, poll_after_why="max-age"), quiet)
    assert 86400 <= wait <= 86400 * 1.1 and why == "server: max-age 3d, capped at 24h"


def test_failures_back_off_and_a_retry_after_wins_whatever_the_pace():
    assert wait_of(Outcome(ok=False, failures=2)) == (600, "back-off: 2 failures in a row")
    assert wait_of(Outcome(ok=False, failures=1, retry_after_s=5400)) == (5400, "server: Retry-After 90m")


def test_a_live_hub_leaves_a_safety_poll_every_six_hours_but_a_failure_still_backs_off():
    wait, why = wait_of(Outcome(ok=True, push_live=True))
    assert 6 * 3600 <= wait <= 6 * 3600 * 1.1 and why == "push: hub live; safety poll every 6h"
    assert wait_of(Outcome(ok=False, failures=1, push_live=True)) == (300, "back-off: 1 failure in a row")


def test_without_a_record_the_configured_interval_and_its_reason_stay():
    wait, why = wait_of(Outcome(ok=True), history=None)
    assert 1800 <= wait <= 1980 and why == "interval 30m"


def burst_allowed(**changes) -> bool:
    rule = {"failures": 0, "reason": "publishes ~12/day: every 8m", "due": AT + dt.timedelta(minutes=5), "at": AT,
            "bursts_last_hour": 0, "limit": 2} | changes
    return may_burst(**rule)


def test_a_burst_is_bounded_per_hour_and_never_overrides_a_back_off_a_retry_after_or_a_hub():
    assert burst_allowed()
    assert burst_allowed(bursts_last_hour=1) and not burst_allowed(bursts_last_hour=2)
    assert not burst_allowed(limit=0)
    assert not burst_allowed(failures=1, reason="back-off: 1 failure in a row")
    assert not burst_allowed(reason="server: Retry-After 90m")
    assert not burst_allowed(reason="push: hub live; safety poll every 6h")
    assert not burst_allowed(due=AT)  # due anyway: no extra poll to spend
