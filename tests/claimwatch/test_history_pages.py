"""`claimwatch history` answers a page at a time: the newest claims, a line saying how many older ones
there are and the command that lists them, and --offset, --before and --limit 0 to reach them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

import storage
from scraper.types import Article
from tests.claimwatch.test_cli import claimwatch, json_lines
from tests.conftest import cli_url
from tests.storage.factory import SHOW, claim, when, window

SAID = 60  # release-date claims stored, one a day from 2025-01-01


def said_on(day: int) -> str:
    return (dt.date(2025, 1, 1) + dt.timedelta(days=day)).isoformat()


@pytest.fixture
def many_claims(engine: Engine) -> Engine:
    for day in range(SAID):
        published = said_on(day)
        evidence = f"Guess number {day} from the rumour desk puts the return in {2030 + day % 5}."
        story = Article(url=f"https://desk.example/guess-{day}", text=evidence, title=f"Guess {day}",
                        published=when(published), site_name="desk.example")
        with storage.transaction(engine) as session:
            stored = storage.store_article(session, story, source="test", fetched_at=when(published))
            storage.record(session, stored.id, [claim("release_date", window(f"{2030 + day % 5}-01-01"),
                                                      certainty="speculative", evidence=evidence)],
                           show=SHOW, season=2, site="desk.example", at=when(published))
    return engine


def test_a_page_is_the_newest_claims_oldest_first_with_how_many_are_older(many_claims):
    with storage.transaction(many_claims) as session:
        page = storage.history_page(session, SHOW, 2, "release_date", limit=50)
        rest = storage.history_page(session, SHOW, 2, "release_date", limit=50, offset=50)
        early = storage.history_page(session, SHOW, 2, "release_date", limit=5, before=when(said_on(20)))
    assert [entry.at for entry in page.entries] == [when(said_on(day)) for day in range(10, SAID)]
    assert page.older == 10
    assert [entry.at for entry in rest.entries] == [when(said_on(day)) for day in range(10)] and rest.older == 0
    assert [entry.at for entry in early.entries] == [when(said_on(day)) for day in range(15, 20)]
    assert early.older == 15


def test_history_lists_fifty_and_says_how_to_see_the_older_ones(many_claims):
    db = cli_url(many_claims)
    shown = claimwatch("history", "release_date", "--db", db, "--wide")
    assert shown.returncode == 0, shown.stderr
    assert said_on(SAID - 1) in shown.stdout and said_on(10) in shown.stdout and said_on(9) not in shown.stdout
    assert ("… 10 older claims not shown: claimwatch history release_date --offset 50 for the next 10, "
            "--limit 0 for every one") in shown.stdout

    older = claimwatch("history", "release_date", "--db", db, "--offset", "50", "--wide").stdout
    assert said_on(0) in older and said_on(9) in older and said_on(10) not in older and "not shown" not in older


def test_history_json_is_the_same_page_and_the_more_line_goes_to_stderr(many_claims):
    db = cli_url(many_claims)
    page = claimwatch("history", "release_date", "--db", db, "--json")
    lines = json_lines(page.stdout)
    assert len(lines) == 50 and lines[0]["at"].startswith(said_on(10)) and lines[-1]["at"].startswith(said_on(59))
    assert "10 older claims not shown" in page.stderr
    every = json_lines(claimwatch("history", "release_date", "--db", db, "--json", "--limit", "0").stdout)
    assert len(every) == SAID
    before = json_lines(claimwatch("history", "release_date", "--db", db, "--json", "--limit", "3",
                                   "--before", said_on(30)).stdout)
    assert [row["at"][:10] for row in before] == [said_on(27), said_on(28), said_on(29)]
    refused = claimwatch("history", "release_date", "--db", db, "--limit", "-1")
    assert refused.returncode == 2 and "--limit" in refused.stderr
