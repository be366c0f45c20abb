"""A part named with its actor in parentheses ("Captain Rhys (Oskar Lindqvist)", "이나(마라 분)") is cast news
about the season the sentence tells; a season gone by keeps its own. The show and sentences are the team's own."""

from __future__ import annotations

import datetime as dt

from claimwatch.topic import topic_from_dict
from scraper.claims import extract_claims
from scraper.types import Article, Person

TOPIC = topic_from_dict({
    "slug": "lantern-coast", "title": "Lantern Coast", "titles": ["Lantern Coast", "랜턴 코스트"], "season": 3,
    "platform": ["Netflix"],
    "people": [{"name": "Oskar Lindqvist", "character": "Captain Rhys", "character_aliases": ["Rhys"], "seasons": [1, 2]},
               {"name": "Mara Delacroix", "aliases": ["마라 델라크루아"], "character": "Ines", "character_aliases": ["이네스"],
                "seasons": [1, 2]}],
}, "test")
WHEN = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)


def cast(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None, int | None]]:
    article = Article(url="https://example.org/x", text=text, published=WHEN, lang=lang)
    return [(c.value.name, c.value.character, c.value.status, c.season) for c in extract_claims(article, TOPIC)
            if c.kind == "cast" and isinstance(c.value, Person)]


def test_parts_and_their_actors_in_a_sentence_about_the_new_season_are_its_cast() -> None:
    text = "Lantern Coast season 3 sends Rhys (Oskar Lindqvist) and Ines (Mara Delacroix) back out to sea."
    assert cast(text) == [("Oskar Lindqvist", "Rhys", "returning", 3), ("Mara Delacroix", "Ines", "returning", 3)]


def test_a_story_told_from_after_an_earlier_season_is_the_new_one() -> None:
    text = ("In Lantern Coast, años después de la segunda temporada, Rhys (Oskar Lindqvist) e Ines (Mara Delacroix) "
            "se cruzan en el puerto.")
    assert [(name, season) for name, _, _, season in cast(text, "es")] == [("Oskar Lindqvist", 3),
                                                                          ("Mara Delacroix", 3)]


def test_a_korean_part_with_its_actor_is_read_too() -> None:
    text = "'랜턴 코스트' 시즌3에서는 이네스(마라 델라크루아 분)가 항구의 비밀을 쫓는다."
    assert [(name, season) for name, _, _, season in cast(text, "ko")] == [("마라 델라크루아", 3)]


def test_parts_of_a_season_gone_by_are_no_news_of_the_new_one() -> None:
    text = "Lantern Coast season 1 was a tight story about Rhys (Oskar Lindqvist) and Ines (Mara Delacroix)."
    assert [season for *_, season in cast(text)] in ([], [1, 1])


def test_other_names_beside_a_part_s_actor_are_not_made_cast() -> None:
    text = ("Lantern Coast season 3 opens with Rhys (Oskar Lindqvist) sailing past the Harbour Museum at dawn.")
    assert [name for name, *_ in cast(text)] == ["Oskar Lindqvist"]


def test_a_part_played_by_an_actor_is_the_actor_s_part_not_a_person() -> None:
    assert cast("Lantern Coast season 3 introduces Bram Okafor, played by Tobias Wren.") == [
        ("Tobias Wren", "Bram Okafor", "new", 3)]


def test_a_part_of_one_word_played_by_an_actor_in_portuguese() -> None:
    text = "Na terceira temporada de Lantern Coast chegam Bram, vivido por Tobias Wren, e Hale, interpretado por Dana Wolfe."
    assert [(name, part) for name, part, *_ in cast(text, "pt")] == [("Tobias Wren", "Bram"), ("Dana Wolfe", "Hale")]


def test_each_line_of_a_cast_list_names_an_actor_and_a_part() -> None:
    text = ("Lantern Coast season 3 is coming in 2026. Here is who you will see:\n\n"
            "  • Tobias Wren as Bram\n\n  • Corey Walker as Jesse")
    assert [(name, part) for name, part, *_ in cast(text)] == [("Tobias Wren", "Bram"), ("Corey Walker", "Jesse")]


def test_the_word_for_actors_ends_a_director_s_list() -> None:
    text = "'랜턴 코스트' 시즌3 제작발표회에는 김하늘 감독과 배우 박도윤, 이서진이 참석했다."
    article = Article(url="https://example.org/x", text=text, published=WHEN, lang="ko")
    directors = [c.value.name for c in extract_claims(article, TOPIC) if c.kind == "director"]
    assert directors == ["김하늘"]


def test_korean_actors_each_with_a_part_in_parentheses_are_a_list_of_cast() -> None:
    text = "'랜턴 코스트' 시즌3에는 박도윤(한결 역), 최서아(미르 역), 윤재하(도담 역)가 새롭게 합류했다."
    assert [(name, part) for name, part, *_ in cast(text, "ko")] == [
        ("박도윤", "한결"), ("최서아", "미르"), ("윤재하", "도담")]


def test_a_cast_list_line_may_describe_the_part_after_naming_it() -> None:
    text = ("Lantern Coast season 3 is coming in 2026. The cast:\n\n"
            "  • Tobias Wren as Bram, a ferryman who lost his boat\n\n  • Corey Walker as Jesse")
    assert [(name, part) for name, part, *_ in cast(text)] == [("Tobias Wren", "Bram"), ("Corey Walker", "Jesse")]


def test_a_korean_credit_line_with_a_colon_lists_every_name_after_it() -> None:
    text = "'랜턴 코스트' 시즌3 정보. 연출: 김하늘, 박도윤"
    article = Article(url="https://example.org/x", text=text, published=WHEN, lang="ko")
    assert [c.value.name for c in extract_claims(article, TOPIC) if c.kind == "director"] == ["김하늘", "박도윤"]
