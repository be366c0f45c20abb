"""Beliefs that survive noisy reading: events vs plans, undated pages, tiers and sane people (issue 12)."""

from __future__ import annotations

import storage
from scraper.types import KnownPerson
from tests.storage.factory import SHOW, article, cast, claim, when, window

TOPIC_PEOPLE = (
    KnownPerson(name="Han Seo-jun", aliases=("Seo-jun Han",), character="Baek Do-yun", character_aliases=("Do-yun",),
                seasons=(1,)),
    KnownPerson(name="Mirae", aliases=("Jang Mi-rae",), seasons=(1,)),
    KnownPerson(name="Oh Tae-gyun", role="director"),
)
ROSTER = storage.Roster.of(TOPIC_PEOPLE)


def record(engine, claims, *, site="a.example", published: str | None = "2025-01-01", read_on="2026-06-01"):
    story = article(f"{site} {published} {[c.evidence for c in claims]}", site=site, published=published or read_on)
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, story, source="test", fetched_at=when(read_on))
        return storage.record(session, stored.id, claims, show=SHOW, season=2, site=site, roster=ROSTER,
                              at=when(published or read_on), dated=published is not None)


def held(engine, kind: str):
    with storage.transaction(engine) as session:
        return [b for b in storage.beliefs(session, SHOW, 2) if b.kind == kind]


def test_official_filming_start_is_not_replaced_by_a_later_speculative_guess(engine):
    record(engine, [claim("filming_start", window("2025-07-01", "2025-07-20", "cameras are rolling"),
                          certainty="official")], published="2025-07-20")
    assert record(engine, [claim("filming_start", window("2027-01-01", "2027-04-30", "early 2027"),
                                 certainty="speculative")], site="b.example", published="2026-01-10") == []
    [belief] = held(engine, "filming_start")
    assert (belief.value["start"], belief.tier) == ("2025-07-01", "confirmed")


def test_a_shoot_that_started_does_not_slip_when_a_later_report_names_a_later_start(engine):
    record(engine, [claim("filming_start", window("2025-03-01", "2025-03-31", "in March"))], published="2025-04-02")
    assert record(engine, [claim("filming_start", window("2026-01-01", "2026-12-31", "next year"))],
                  site="b.example", published="2025-09-01") == []
    assert held(engine, "filming_start")[0].value["text"] == "in March"


def test_under_way_in_november_bounds_the_start_and_does_not_move_it(engine):
    record(engine, [claim("filming_start", window("2022-01-01", "2022-12-31", "this year"), certainty="official")],
           published="2022-06-15")
    assert record(engine, [claim("filming_start", window("2022-11-01", "2022-11-08", "is under production"))],
                  site="b.example", published="2022-11-08") == []
    assert held(engine, "filming_start")[0].value["text"] == "this year"


def test_an_official_release_date_that_passed_without_word_of_delay_stays(engine):
    record(engine, [claim("release_date", window("2025-12-01"), certainty="official")], published="2025-11-01")
    assert record(engine, [claim("release_date", window("2026-06-01", "2026-08-31", "mid 2026"),
                                 certainty="speculative")], site="b.example", published="2026-01-05") == []
    assert held(engine, "release_date")[0].value["start"] == "2025-12-01"


def test_a_table_read_date_filed_under_trailer_never_feeds_the_release_date(engine):
    record(engine, [claim("trailer", window("2025-07-23", text="the teaser"), certainty="official")])
    assert held(engine, "release_date") == []


def test_an_undated_page_never_overtakes_a_dated_one(engine):
    record(engine, [claim("release_date", window("2026-01-01", "2026-12-31", "2026"))], published="2025-10-01")
    assert record(engine, [claim("release_date", window("2027-03-01"), certainty="official")], site="b.example",
                  published=None) == []
    assert held(engine, "release_date")[0].value["text"] == "2026"


def test_a_season_one_claim_never_feeds_season_two(engine):
    assert record(engine, [claim("episode_count", 12, season=1, certainty="official")]) == []
    assert held(engine, "episode_count") == []


def test_fragments_and_characters_are_not_cast(engine):
    changes = record(engine, [cast("Han Seo"), cast("Baek Do-yun"), cast("Do-yun"), cast("Oh Tae-gyun"),
                              cast("Kwon"), cast("Mirae", status="returning"), cast("Ryu Ha-eun")])
    assert sorted(c.value["name"] for c in changes) == ["Han Seo-jun", "Mirae", "Ryu Ha-eun"]


def test_a_fragment_folds_into_a_full_name_another_claim_gives(engine):
    record(engine, [cast("Ryu Ha-eun")])
    [change] = record(engine, [cast("Ryu Ha")], site="b.example", published="2025-01-02")
    assert (change.change, change.value["name"]) == ("corroborated", "Ryu Ha-eun")


def test_a_name_from_one_site_stays_rumoured_and_a_second_site_corroborates_it(engine):
    [added] = record(engine, [cast("Ryu Ha-eun")])
    assert (added.change, added.tier) == ("added", "rumoured")
    [firmer] = record(engine, [cast("Ha-eun Ryu")], site="b.example", published="2025-02-01")
    assert (firmer.change, firmer.tier, firmer.to_json()["tier"]) == ("corroborated", "reported", "reported")
    [confirmed] = record(engine, [cast("Ryu Ha-eun", certainty="official")], site="netflix.example",
                         published="2025-03-01")
    assert (confirmed.change, confirmed.tier) == ("certainty", "confirmed")


def test_a_returning_stranger_from_one_site_waits_for_a_second(engine):
    assert record(engine, [cast("Yun Chakhan-Son", status="returning")]) == []
    [change] = record(engine, [cast("Yun Chakhan-Son", status="returning")], site="b.example", published="2025-01-02")
    assert (change.change, change.tier) == ("added", "reported")


def test_what_was_believed_on_a_day(engine):
    record(engine, [claim("release_date", window("2025-01-01", "2025-12-31", "2025"))], published="2024-05-01")
    record(engine, [claim("release_date", window("2026-01-01", "2026-12-31", "2026"))], site="b.example",
           published="2026-01-05")
    with storage.transaction(engine) as session:
        [then] = storage.beliefs_as_of(session, SHOW, 2, when("2024-12-31"), roster=ROSTER)
        [now] = storage.beliefs_as_of(session, SHOW, 2, when("2026-02-01"), roster=ROSTER)
    assert (then.value["text"], now.value["text"]) == ("2025", "2026")
