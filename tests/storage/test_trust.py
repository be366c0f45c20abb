"""Sites' track records: what later official statements made of each site's reports and guesses."""

from __future__ import annotations

import storage
from scraper.types import Claim
from storage.trust import PRIOR_SCORE, score
from tests.storage.factory import SHOW, article, cast, claim, when, window


def said(session, site: str, day: str, claims: list[Claim], *, show: str = SHOW, dated: bool = True) -> None:
    stored = storage.store_article(session, article(f"{site} on {day}: {claims}", site=site, published=day),
                                   source="t", fetched_at=when(day))
    storage.record(session, stored.id, claims, show=show, season=2, site=site, at=when(day), dated=dated)


def records(session) -> dict[str, tuple[int, int, int]]:
    return {r.site: (r.claims, r.confirmed, r.contradicted) for r in storage.site_records(session)}


def test_a_guess_the_platform_later_dates_within_its_months_is_confirmed_and_a_wrong_one_contradicted(engine):
    with storage.transaction(engine) as session:
        said(session, "Good Guesses", "2025-01-10",
             [claim("release_date", window("2026-01-01", "2026-04-30", "early 2026"), certainty="speculative")])
        said(session, "Farm Daily", "2025-01-12",
             [claim("release_date", window("2025-06-13", text="June 13, 2025"), certainty="reported")])
        said(session, "Trade Desk", "2025-09-01",
             [claim("release_date", window("2026-03-13", text="March 13, 2026"), certainty="official")])
        assert records(session) == {"Good Guesses": (1, 1, 0), "Farm Daily": (1, 0, 1)}


def test_windows_agree_by_month_not_by_day(engine):
    with storage.transaction(engine) as session:
        said(session, "Close Call", "2025-01-10", [claim("filming_start", window("2025-07-28", text="July 28"))])
        said(session, "Studio Wire", "2025-08-02",
             [claim("filming_start", window("2025-07-02", text="July 2"), certainty="official")])
        assert records(session)["Close Call"] == (1, 1, 0)


def test_a_claim_made_after_the_official_word_or_not_yet_answered_is_not_checked(engine):
    with storage.transaction(engine) as session:
        said(session, "Studio Wire", "2025-03-01", [claim("episode_count", 8, certainty="official")])
        said(session, "Late Echo", "2025-03-05", [claim("episode_count", 12)])
        said(session, "Open Question", "2025-03-06", [claim("filming_end", window("2025-12-01", "2025-12-31"))])
        assert records(session) == {"Late Echo": (1, 0, 0), "Open Question": (1, 0, 0)}


def test_people_are_confirmed_when_named_and_contradicted_only_when_denied(engine):
    with storage.transaction(engine) as session:
        said(session, "Casting Buzz", "2025-02-01",
             [cast("Lee Min-jae"), cast("Kim Example"), cast("Park Nobody")])
        said(session, "Studio Wire", "2025-04-01",
             [cast("Min-jae Lee", certainty="official"),
              cast("Kim Example", certainty="official", negated=True)])
        # Park Nobody is left out of the announcement: that says nothing about him.
        assert records(session)["Casting Buzz"] == (3, 1, 1)


def test_negated_and_undated_claims_are_no_record(engine):
    with storage.transaction(engine) as session:
        said(session, "Careful Site", "2025-01-01", [claim("release_date", None, negated=True)])
        said(session, "No Date Page", "2025-01-02", [claim("episode_count", 10)], dated=False)
        said(session, "Studio Wire", "2025-03-01", [claim("episode_count", 8, certainty="official")])
        assert records(session) == {}


def test_site_weights_give_every_site_of_the_season_its_score_and_unchecked_ones_a_half(engine):
    with storage.transaction(engine) as session:
        said(session, "Good Guesses", "2025-01-10", [claim("episode_count", 8, certainty="speculative")])
        said(session, "Farm Daily", "2025-01-11", [claim("episode_count", 16, certainty="speculative")])
        said(session, "Fresh Site", "2025-01-12", [claim("filming_end", window("2025-12-01", "2025-12-31"))])
        said(session, "Studio Wire", "2025-02-01", [claim("episode_count", 8, certainty="official")])
        weights = storage.site_weights(session, SHOW, 2)
        assert weights == {"Good Guesses": score(1, 0), "Farm Daily": score(0, 1), "Fresh Site": PRIOR_SCORE,
                           "Studio Wire": PRIOR_SCORE}
        assert weights["Good Guesses"] > weights["Fresh Site"] > weights["Farm Daily"]
        assert storage.site_weights(session, SHOW, 2, until=when("2025-01-31"))["Farm Daily"] == PRIOR_SCORE


def held(session, kind: str):
    return [b.value for b in storage.beliefs(session, SHOW, 2) if b.kind == kind]


def track_record(session) -> None:
    """About the first season, one site's report came true and the other's did not."""
    said(session, "Good Guesses", "2024-01-10", [claim("episode_count", 8, season=1)])
    said(session, "Farm Daily", "2024-01-11", [claim("episode_count", 16, season=1)])
    said(session, "Studio Wire", "2024-02-01", [claim("episode_count", 8, season=1, certainty="official")])


def test_between_two_rival_one_site_reports_the_site_that_has_been_right_before_holds(engine):
    with storage.transaction(engine) as session:
        track_record(session)
        said(session, "Good Guesses", "2025-03-01", [claim("episode_count", 10)])
        said(session, "Farm Daily", "2025-03-02", [claim("episode_count", 12)])
        assert held(session, "episode_count") == [10]  # not the later word of the site that was wrong
        assert storage.beliefs_as_of(session, SHOW, 2, when("2025-03-03"))[0].value == 10


def test_a_track_record_never_outweighs_more_independent_sites_or_more_certainty(engine):
    with storage.transaction(engine) as session:
        track_record(session)
        said(session, "Good Guesses", "2025-03-01", [claim("episode_count", 10)])
        said(session, "Farm Daily", "2025-03-02", [claim("episode_count", 12)])
        said(session, "Third Outlet", "2025-03-03", [claim("episode_count", 12)])
        assert held(session, "episode_count") == [12]
        said(session, "Farm Daily", "2025-03-04", [claim("filming_start", window("2025-05-01", "2025-05-31"),
                                                         certainty="official")])
        said(session, "Good Guesses", "2025-03-05", [claim("filming_start", window("2025-06-01", "2025-06-30"))])
        assert held(session, "filming_start")[0]["start"] == "2025-05-01"


def test_without_any_track_record_the_latest_word_holds_a_tie_as_before(engine):
    with storage.transaction(engine) as session:
        said(session, "Good Guesses", "2025-03-01", [claim("episode_count", 10)])
        said(session, "Farm Daily", "2025-03-02", [claim("episode_count", 12)])
        assert held(session, "episode_count") == [12]
