"""The small language detector that labels each article."""

from __future__ import annotations

import pytest

from scraper.claims.language import detect_language, record_language


@pytest.mark.parametrize(("text", "lang"), [
    ("The second season of the show will arrive next year, and the cast is back for it.", "en"),
    ("넷플릭스 시리즈의 두 번째 시즌이 내년에 공개된다고 제작사가 밝혔다.", "ko"),
    ("Musim kedua serial ini akan tayang tahun depan dan para pemain juga akan kembali untuk itu.", "id"),
    ("La segunda temporada de la serie se estrenará el próximo año y el reparto vuelve para ella.", "es"),
    ("A segunda temporada da série estreia no próximo ano e o elenco volta para ela com tudo.", "pt"),
    ("La deuxième saison de la série arrive l'année prochaine et les acteurs sont de retour pour elle.", "fr"),
    ("シーズン2の制作が正式に発表され、キャストも続投することが明らかになった。", "ja"),
])
def test_detects_the_main_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_too_little_text_is_not_guessed() -> None:
    assert detect_language("S2!") is None


def test_a_page_tag_the_text_agrees_with_is_kept() -> None:
    assert record_language("en-US", "The second season of the show will arrive next year, and the cast is back.") == "en-US"


def test_the_text_wins_over_a_template_tag_it_contradicts() -> None:
    assert record_language("en", "넷플릭스 시리즈의 두 번째 시즌이 내년에 공개된다고 제작사가 밝혔다.") == "ko"


def test_an_untagged_page_gets_the_detected_language_and_a_short_one_keeps_its_tag() -> None:
    assert record_language(None, "Musim kedua serial ini akan tayang tahun depan dan para pemain akan kembali.") == "id"
    assert record_language("fr", "S2!") == "fr"


@pytest.mark.parametrize(("text", "lang"), [
    ("Die zweite Staffel der Serie kommt nächstes Jahr, und die Besetzung ist wieder mit dabei.", "de"),
    ("La seconda stagione della serie arriverà il prossimo anno e il cast torna al completo.", "it"),
])
def test_languages_the_stop_words_never_knew(text: str, lang: str) -> None:
    assert detect_language(text) == lang
