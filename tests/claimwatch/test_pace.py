"""Each source at its own pace: the interval read from what a source published over the last week."""

from __future__ import annotations

import dataclasses
import datetime as dt

from claimwatch.pace import Publications, pace
from scraper.types import SourceConfig

NOW = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)
FEED = SourceConfig(name="desk", kind="rss", url="https://desk.example/feed", interval_s=1800)


def every(gap: dt.timedelta, count: int, *, last: dt.timedelta = dt.timedelta(0)) -> Publications:
    """``count`` entries ``gap`` apart, the newest ``last`` ago, watched for a month."""
    times = tuple(sorted(NOW - last - gap * i for i in range(count)))
    return Publications(since=NOW - dt.timedelta(days=30), times=times)


def test_a_busy_site_is_polled_every_few_minutes_and_says_how_often_it_publishes():
    found = pace(FEED, every(dt.timedelta(hours=2), 84), NOW)  # 12 a day for a week
    assert found is not None
    assert 7 * 60 <= found.interval_s <= 9 * 60  # sqrt(30 s x 2 h) = 465 s
    assert found.why == "publishes ~12/day: every 8m"


def test_the_busiest_site_is_never_polled_more_than_every_five_minutes():
    found = pace(FEED, every(dt.timedelta(minutes=10), 1008), NOW)
    assert found is not None and found.interval_s == 300 and found.why == "publishes ~144/day: every 5m"


def test_a_site_of_three_entries_a_week_is_polled_less_often_than_every_half_hour():
    found = pace(FEED, every(dt.timedelta(days=3), 3, last=dt.timedelta(hours=10)), NOW)
    assert found is not None and found.why == "publishes ~3/week: every 41m"  # sqrt(30 s x 2.3 d)


def test_an_idle_source_backs_off_step_by_step_to_a_day():
    waits = [pace(FEED, Publications(since=NOW - dt.timedelta(days=90), times=(NOW - dt.timedelta(days=days),)), NOW)
             for days in (8, 14, 21, 35)]
    assert [wait.interval_s for wait in waits if wait] == sorted(wait.interval_s for wait in waits if wait)
    assert waits[0] is not None and waits[0].why == "quiet for 8d: every 84m"
    assert waits[-1] is not None and waits[-1].interval_s == 86400 and waits[-1].why == "quiet for 35d: every 24h"


def test_the_sources_own_bounds_hold_the_interval():
    bounded = dataclasses.replace(FEED, min_interval_s=900, max_interval_s=3 * 3600)
    busy = pace(bounded, every(dt.timedelta(minutes=10), 1008), NOW)
    idle = pace(bounded, Publications(since=NOW - dt.timedelta(days=90)), NOW)
    assert busy is not None and busy.interval_s == 900
    assert idle is not None and idle.interval_s == 3 * 3600


def test_adaptive_false_or_no_record_or_a_new_quiet_source_keep_the_configured_interval():
    fixed = dataclasses.replace(FEED, adaptive=False)
    assert pace(fixed, every(dt.timedelta(hours=2), 84), NOW) is None
    assert pace(FEED, None, NOW) is None
    assert pace(FEED, Publications(since=NOW - dt.timedelta(hours=3)), NOW) is None  # new: not quiet yet


def test_entries_older_than_a_week_do_not_count_as_publishing():
    stale = Publications(since=NOW - dt.timedelta(days=60),
                         times=tuple(NOW - dt.timedelta(days=10, hours=h) for h in range(50, 0, -1)))
    found = pace(FEED, stale, NOW)
    assert found is not None and found.why.startswith("quiet for 10d")
