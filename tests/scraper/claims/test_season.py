"""Which season a claim is about: the marker nearest it, our season for what is coming, the
first run for what is past, the paragraph's season for a credit, another show never ours."""

from __future__ import annotations

import datetime as dt

from claimwatch.topic import load_topic
from scraper.claims import extract_claims
from scraper.claims.markers import marks_in, season_marks
from scraper.claims.rules import rules_for
from scraper.types import Article

TOPIC = load_topic()


def claims(text: str, published: dt.date | None = dt.date(2025, 6, 1)) -> set[tuple[int | None, str]]:
    when = dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC) if published else None
    article = Article(url="https://example.org/a", text="All of Us Are Dead news\n\n" + text, published=when)
    return {(c.season, c.kind) for c in extract_claims(article, TOPIC)}


def test_markers_in_every_form() -> None:
    text = "season 2, the second season, S2, 시즌2, temporada 3, 2ª temporada, musim kedua, its first 12-episode season"
    assert [m.value for m in season_marks(text)] == [2, 2, 2, 2, 3, 2, 2, 1]


def test_the_title_with_a_number_is_a_marker() -> None:
    assert [m.value for m in marks_in("All of Us Are Dead 2 is coming", rules_for(TOPIC))] == [2]
    assert marks_in("All of Us Are Dead 2022 was a hit", rules_for(TOPIC)) == []


def test_the_marker_nearest_the_claim_wins() -> None:
    found = claims("Season 1, which premiered in January 2022, was a hit, and season 2 will arrive in 2026.")
    assert (1, "release_date") in found and (2, "release_date") in found


def test_a_release_already_past_is_the_first_run() -> None:
    assert claims("The series returns to Netflix after a long wait since its debut in 2022.") == {(1, "release_date")}


def test_a_past_episode_count_is_the_first_run_and_a_coming_one_ours() -> None:
    assert (1, "episode_count") in claims("The drama, with 12 episodes, topped the charts.")
    assert (2, "episode_count") in claims("The new season will have 10 episodes.")


def test_returning_from_the_first_season_is_news_about_ours() -> None:
    found = claims("The survivors of the first season, namely Park Ji-hu and Lomon, return to the set.")
    assert found == {(2, "cast")}


def test_a_credit_takes_the_paragraphs_season() -> None:
    assert claims("The new season will be directed by Kim Nam-su. The script is written by Chun Sung-il.") == {
        (2, "director"), (2, "writer")}


def test_a_credit_for_the_series_has_no_season() -> None:
    assert claims("The series was directed by Lee Jae-kyoo.") == {(None, "director")}


def test_another_shows_news_is_never_ours() -> None:
    assert claims("Elsewhere, Kingdom season 3 is expected to premiere in 2027.") == set()


def test_a_day_named_like_another_show_is_still_our_news() -> None:
    found = claims("All of Us Are Dead is back.\n\nOn Wednesday, Netflix said the second season premieres in March 2026.")
    assert (2, "release_date") in found


def test_the_episodes_aired_so_far_are_the_first_run_s() -> None:
    assert (1, "episode_count") in claims("The drama has only aired three episodes so far, and fans want more.")
