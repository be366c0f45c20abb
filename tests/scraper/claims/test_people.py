"""People in a sentence: the topic's cast and crew by any spelling, new names by shape and grammar,
and characters, which are never people."""

from __future__ import annotations

from claimwatch.topic import load_topic
from scraper.claims.people import characters_named, find_people
from scraper.claims.rules import rules_for

RULES = rules_for(load_topic())


def names(sentence: str) -> list[str]:
    return [m.name for m in find_people(sentence, RULES)]


def test_known_people_in_any_spelling_and_script() -> None:
    assert names("Ji-hu Park and 로몬 return, with Lee JQ directing.") == ["Ji-hu Park", "로몬", "Lee JQ"]
    assert [m.known.name for m in find_people("パク・ジフが復帰", RULES) if m.known] == ["Park Ji-hu"]


def test_a_new_korean_name_is_a_person_by_its_shape() -> None:
    assert names("Newcomer Baek Seung-ho joins the cast.") == ["Baek Seung-ho"]


def test_a_word_before_a_name_is_not_part_of_it() -> None:
    assert names("Actor Roh Jae-won plays an agent.") == ["Roh Jae-won"]


def test_a_character_is_not_a_person() -> None:
    assert names("Nam On-jo and Lee Su-hyeok survive the first season.") == []


def test_the_role_after_as_is_the_character() -> None:
    [mention] = find_people("Yoon Ga-i appears as a new student named Jang Mi-rae.", RULES)
    assert (mention.name, mention.character) == ("Yoon Ga-i", "Jang Mi-rae")


def test_characters_lead_to_the_people_who_play_them() -> None:
    assert [person.name for _, person in characters_named("Cheong-san will be back", RULES)] == ["Yoon Chan-young"]


def test_a_known_character_is_never_given_to_someone_else() -> None:
    mentions = find_people("Park Ji-hu and Yoon Chan-young return as On-jo and Cheong-san.", RULES)
    assert [(m.name, m.character) for m in mentions] == [("Park Ji-hu", None), ("Yoon Chan-young", None)]
