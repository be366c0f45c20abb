"""An article is about the show when it names it, however the page spells and spaces the title."""

from __future__ import annotations

from scraper.relevance import is_relevant, mentions
from scraper.types import Article, Topic

TOPIC = Topic(
    slug="aouad",
    title="All of Us Are Dead",
    season=2,
    titles=("All of Us Are Dead", "지금 우리 학교는", "Nous sommes tous morts", "AOUAD"),
)


def article(text: str, title: str | None = None) -> Article:
    return Article(url="https://news.example/x", text=text, title=title)


def test_the_title_in_the_headline_is_enough():
    assert is_relevant(
        article("The cast met again last week.", title="ALL OF US ARE DEAD cast reunites"), TOPIC
    )


def test_the_title_in_the_text_is_enough():
    assert is_relevant(article("Fans of All\u00a0of Us  Are Dead waited two years."), TOPIC)


def test_an_article_about_another_show_is_not_relevant():
    assert not is_relevant(article("Squid Game's final season is out.", title="Squid Game returns"), TOPIC)


def test_titles_in_other_languages_count():
    assert mentions("넷플릭스 '지금 우리 학교는' 시즌2 제작 확정", TOPIC)
    assert mentions("넷플릭스 지금우리학교는 시즌2", TOPIC)  # written without the spaces
    assert mentions("La série « Nous sommes tous morts » revient", TOPIC)


def test_quotes_hyphens_and_hashtags_are_folded():
    assert mentions("the \u2018All of Us Are Dead\u2019 sequel", TOPIC)
    assert mentions("#AllOfUsAreDead trends again", TOPIC)
    assert mentions("All-of-Us-Are-Dead", TOPIC)


def test_a_short_latin_title_must_stand_as_a_word():
    assert mentions("AOUAD season 2", TOPIC)
    assert not mentions("the word xaouadx is not the show", TOPIC)
