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


def test_a_western_name_is_a_person_and_common_words_are_not() -> None:
    assert names("Newcomer Tomasz Wierzbicki joins the cast.") == ["Tomasz Wierzbicki"]
    assert names("The drama Weak Heroes returns to High School.") == []


def test_names_with_diacritics_and_particles() -> None:
    assert names("Łucja Żmijewska and Jörg Brandstätter join Henk van Oosterbeek.") == [
        "Łucja Żmijewska", "Jörg Brandstätter", "Henk van Oosterbeek"]


def test_korean_names_romanised_with_or_without_hyphens() -> None:
    assert names("Kwon Tae Oh, Baek Seungchan and Seo Eun-chae return.") == [
        "Kwon Tae Oh", "Baek Seungchan", "Seo Eun-chae"]


def test_a_title_cased_headline_is_not_full_of_names() -> None:
    assert names("Agency Hints Release Date Speculation For Season Two") == []


def test_a_fragment_of_a_known_name_is_no_one() -> None:
    assert [m.name for m in find_people("Park Ji and the others return.", RULES) if not m.known] == []


def test_hangul_names_after_a_job_in_a_list_or_before_a_credit() -> None:
    assert names("배우 권태오와 남궁설이 새롭게 합류한다.") == ["권태오", "남궁설"]
    assert names("한도윤, 서은채, 유지아가 돌아온다.") == ["한도윤", "서은채", "유지아"]
    assert names("정민호 감독과 김소라 작가가 함께한다.") == ["정민호", "김소라"]
    assert names("함께 이야기, 성장, 연대를 그린다.") == []  # words of Korean, not names


def test_the_author_of_the_original_is_not_credited_by_shape() -> None:
    assert names("주동근 작가의 웹툰을 원작으로 한다.") == []


def test_katakana_names_joined_by_a_dot() -> None:
    assert names("キム・シウンが新たに出演する。") == ["キム・シウン"]


def test_a_character_after_plays_or_the_character_of_is_not_an_actor() -> None:
    assert names("Tomasz Wierzbicki will be portraying the character of Marek Zaleski.") == ["Tomasz Wierzbicki"]


def test_the_part_after_as_in_other_languages_is_a_character() -> None:
    assert names("Neu dabei ist Aylin Sarıgül als junge Kommissarin Selin Brandt.") == ["Aylin Sarıgül"]
    assert names("Sowohl Aylin Sarıgül als auch Jonas Kettler kehren zurück.") == ["Aylin Sarıgül", "Jonas Kettler"]


def test_a_german_noun_before_a_name_is_not_part_of_it() -> None:
    from scraper.claims.lexicon import reading

    with reading("de"):
        assert names("Die Rolle übernimmt der Australier Tom Becker.") == ["Tom Becker"]
        assert names("Laut der Webseite Streamwelt kommt Jana Falk zurück.") == ["Jana Falk"]
