"""Any show, any season: season markers and the season a claim is about come from the topic file.

The shows here are invented, and so are their sentences; nothing in the code knows them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimwatch.errors import ConfigError
from claimwatch.topic import topic_from_dict
from scraper.claims import extract_claims
from scraper.claims.markers import marks_in, season_marks
from scraper.claims.people import find_people
from scraper.claims.rules import rules_for
from scraper.types import Article, Topic


def harbour(season: int) -> Topic:
    return topic_from_dict({
        "slug": "harbour-lights", "title": "Harbour Lights", "season": season, "titles": ["Lichter am Hafen", "항구의 불빛"],
        "platform": ["Streamly"], "other_shows": ["Salt Marsh"], "not_names": ["Kettleby"],
        "people": [{"name": "Ines Marwood", "character": "Tilda Quayle", "seasons": [1, 2]}],
    }, "test")


def claims(text: str, topic: Topic) -> set[tuple[int | None, str]]:
    article = Article(url="https://example.org/a", text="Harbour Lights news\n\n" + text,
                      published=dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    return {(c.season, c.kind) for c in extract_claims(article, topic)}


@pytest.mark.parametrize("text, value", [
    ("a third season", 3), ("season three", 3), ("Season 4", 4), ("the fourth season", 4), ("시즌3", 3),
    ("세 번째 시즌", 3), ("temporada tres", 3), ("la tercera temporada", 3), ("troisième saison", 3),
    ("musim ketiga", 3), ("3rd season", 3), ("3ª temporada", 3), ("シーズン4", 4), ("a fifth instalment", 5),
])
def test_a_season_is_read_by_number_and_ordinal_in_every_pack(text: str, value: int) -> None:
    assert [m.value for m in season_marks(text)] == [value]


def test_a_word_for_the_sequel_names_the_topics_season() -> None:
    assert [m.value for m in marks_in("항구의 불빛 후속편 제작", rules_for(harbour(4)))] == [4]


def test_an_ordinal_with_a_suffix_is_no_marker() -> None:
    assert season_marks("tiga tahun dari musim pertamanya") == []  # Indonesian "its first season's", said of a gap


def test_a_third_season_is_ours_when_the_topic_tracks_season_three() -> None:
    topic = harbour(3)
    assert claims("Streamly has renewed Harbour Lights for a third season.", topic) == {(3, "renewal")}
    assert claims("Season three of Harbour Lights will have eight episodes.", topic) == {(3, "episode_count")}
    assert claims("Harbour Lights 시즌3은 2026년 3월 공개된다.", topic) == {(3, "release_date")}


def test_the_season_before_ours_is_another_season() -> None:
    topic = harbour(3)
    assert claims("Season 2 of Harbour Lights premiered in May 2024.", topic) == {(2, "release_date")}
    assert (2, "release_date") not in claims("The fourth season of Harbour Lights arrives in 2027.", harbour(3))


def test_a_fourth_season_and_the_seasons_before_it() -> None:
    topic = harbour(4)
    assert claims("The fourth season of Harbour Lights will premiere in spring 2027.", topic) == {(4, "release_date")}
    assert claims("Ines Marwood, who starred in season 1, returns for the fourth season.", topic) == {(4, "cast")}


def test_the_first_seasons_cast_returning_is_news_about_ours() -> None:
    assert claims("The survivors of season 1, Ines Marwood among them, return to the harbour.", harbour(4)) == {
        (4, "cast")}


def test_a_topics_own_words_are_never_names() -> None:
    rules = rules_for(harbour(3))
    assert [m.name for m in find_people("Kettleby Park joins the cast.", rules)] == []  # the topic's not_names
    assert [m.name for m in find_people("Salt Marsh Kim joins the cast.", rules)] == []  # another show's title


def test_topic_not_names_must_be_a_list_of_strings() -> None:
    with pytest.raises(ConfigError, match="not_names"):
        topic_from_dict({"slug": "x", "title": "X", "season": 3, "not_names": "Kettleby"}, "test")


def test_a_release_gone_by_is_the_first_run_s_unless_its_clause_names_ours() -> None:
    topic = harbour(3)
    assert claims("The third season of Harbour Lights premiered on March 3, 2025.", topic) == {(3, "release_date")}
    assert claims("Harbour Lights premiered on March 3, 2025.", topic) == {(2, "release_date")}
    assert claims("Season 2, which premiered on March 3, 2025, set up season 3.", topic) == {(2, "release_date")}


def test_the_previous_season_named_in_words_is_the_one_before_ours() -> None:
    topic = harbour(3)
    assert claims("Harbour Lights returns shorter: the previous season had 12 episodes.", topic) == {
        (2, "episode_count")}
    assert claims("Harbour Lights: Wie in der letzten Staffel, so wird es auch diesmal zehn neue Folgen geben.",
                  topic) == {(3, "episode_count")}  # new episodes are the coming season's, whatever season is compared
