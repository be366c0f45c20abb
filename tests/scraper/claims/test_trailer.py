"""The trailer kind: a teaser or trailer's date is its own, never the season's release date; and a later
season's renewal reads as that season's, whatever the tracked number."""

from __future__ import annotations

import datetime as dt

from scraper.claims import extract_claims
from scraper.types import Article, Claim, Topic

TOPIC = Topic(slug="nordlicht", title="Nordlicht", season=3, titles=("Nordlicht",), platform=("Streamflix",))


def claims(text: str, published: str = "2025-07-12") -> list[tuple[str, int | None, object]]:
    article = Article(url="https://example.org/n", text=text, lang="en",
                      published=dt.datetime.fromisoformat(published).replace(tzinfo=dt.UTC))
    return [(c.kind, c.season, _value(c)) for c in extract_claims(article, TOPIC)]


def _value(claim: Claim) -> object:
    return claim.value_json()["start"] if isinstance(claim.value_json(), dict) else claim.value_json()


def test_a_teaser_released_on_a_day_is_a_trailer_not_a_release_date() -> None:
    found = claims("Streamflix released the first teaser for Nordlicht season 3 on July 10, 2025.")
    assert ("trailer", 3, "2025-07-10") in found
    assert not [f for f in found if f[0] == "release_date"]


def test_a_trailer_said_to_drop_in_a_month_is_the_trailer_s_date() -> None:
    found = claims("The official trailer for season 3 of Nordlicht will drop in December.")
    assert [f for f in found if f[0] in ("trailer", "release_date")] == [("trailer", 3, "2025-12-01")]


def test_a_trailer_and_a_release_date_announced_together_keep_the_date_the_season_s() -> None:
    found = claims("Streamflix unveiled a trailer and a release date for Nordlicht season 3: September 27.")
    assert ("release_date", 3, "2025-09-27") in found


def test_the_season_s_own_premiere_is_a_release_date() -> None:
    found = claims("Nordlicht season 3 premieres on March 13, 2026, Streamflix announced.")
    assert ("release_date", 3, "2026-03-13") in found


def test_a_third_season_announced_is_the_tracked_season_s_renewal() -> None:
    assert ("renewal", 3, "renewed") in claims("Streamflix has announced a third season of Nordlicht.")


def test_a_title_s_number_before_episodes_is_no_count() -> None:
    found = claims("Nordlicht 3 episodes will be longer than before, the streamer said.")
    assert not [f for f in found if f[0] == "episode_count"]
