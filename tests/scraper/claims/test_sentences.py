"""Sentences with their offsets, the headings they sit under, lists and page furniture."""

from __future__ import annotations

from scraper.claims.sentences import split_sentences

TEXT = """The season 2 cast

Netflix confirmed the cast on Monday. Dr. Kim plays the teacher! Filming began in Jan. 2025.
Returning faces are:
- Park Ji-hu as the class president
- Lomon as the archer

Advertisement

시즌2 촬영이 시작됐다. 공개는 내년이다.
撮影が始まった。公開は来年だ。
In the end, on 10 July,
the cameras rolled."""


def texts() -> list[str]:
    return [s.text for s in split_sentences(TEXT)]


def test_every_sentence_is_the_text_at_its_offsets() -> None:
    for sentence in split_sentences(TEXT):
        assert TEXT[sentence.start:sentence.end] == sentence.text


def test_abbreviations_do_not_end_a_sentence() -> None:
    assert "Dr. Kim plays the teacher!" in texts()
    assert "Filming began in Jan. 2025." in texts()


def test_a_short_line_without_a_stop_is_a_heading_for_what_follows() -> None:
    sentences = split_sentences(TEXT)
    assert sentences[0].is_heading and sentences[0].text == "The season 2 cast"
    assert all(s.heading == "The season 2 cast" for s in sentences[1:4])


def test_list_items_are_statements_not_headings() -> None:
    items = [s for s in split_sentences(TEXT) if s.text.startswith("- ")]
    assert [s.text for s in items] == ["- Park Ji-hu as the class president", "- Lomon as the archer"]
    assert not any(s.is_heading for s in items)


def test_page_furniture_is_skipped() -> None:
    assert "Advertisement" not in texts()


def test_korean_and_japanese_sentences_end_at_their_own_stops() -> None:
    assert "시즌2 촬영이 시작됐다." in texts() and "공개는 내년이다." in texts()
    assert "撮影が始まった。" in texts() and "公開は来年だ。" in texts()


def test_a_line_ending_in_a_comma_runs_on() -> None:
    assert "In the end, on 10 July,\nthe cameras rolled." in texts()


def test_short_lines_together_are_a_list_not_headings() -> None:
    text = "Cast\n\nPark Ji-hu as the class president\nLomon as the archer"
    sentences = split_sentences(text)
    assert [(s.text, s.is_heading) for s in sentences] == [
        ("Cast", True), ("Park Ji-hu as the class president", False), ("Lomon as the archer", False)]
    assert all(s.heading == "Cast" for s in sentences)


def test_a_sidebar_label_and_its_short_lines_are_asides_until_the_article_goes_on() -> None:
    text = ("Season 2 news\n\nFilming began in May.\n\nYou may also like\nKingdom season 3 is coming\n"
            "Sweet Home: the finale explained\n\nThe new season has eight episodes.\n\n"
            "Also on Netflix: Weak Hero Class 2 lands in April.\n\nThe cast\nPark Ji-hu as On-jo\nLomon as Su-hyeok")
    asides = [s.text for s in split_sentences(text) if s.aside]
    assert asides == ["You may also like", "Kingdom season 3 is coming", "Sweet Home: the finale explained",
                      "Also on Netflix: Weak Hero Class 2 lands in April."]
    assert [s.heading for s in split_sentences(text) if s.text == "The new season has eight episodes."] == ["Season 2 news"]
