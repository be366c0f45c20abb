"""English phrasing families of cast and crew news, with the team's own invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from claimwatch.topic import load_topic
from scraper.claims import extract_claims
from scraper.types import Article, Person

TOPIC = load_topic()  # All of Us Are Dead, season 2
WHEN = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)


def cast_names(text: str) -> list[str]:
    claims = extract_claims(Article(url="https://example.org/x", text=text, published=WHEN), TOPIC)
    return [c.value.name for c in claims if c.kind == "cast" and c.season == 2 and isinstance(c.value, Person)]


def test_a_family_name_that_is_also_a_word_follows_a_given_name() -> None:
    text = "Harriet Baker has joined the cast of All of Us Are Dead season 2."
    assert cast_names(text) == ["Harriet Baker"]


def test_two_common_words_are_no_name() -> None:
    text = "Creative Arts has joined the cast of All of Us Are Dead season 2."
    assert cast_names(text) == []


def test_a_long_list_of_actors_as_characters_is_a_sentence_not_a_headline() -> None:
    text = ("All of Us Are Dead season 2 adds Dominic Stone as Hale, Maribel Young as Tessa, Corey Walker as Bram "
            "and Wendell Price as Orrin, the studio announced.")
    assert cast_names(text) == ["Dominic Stone", "Maribel Young", "Corey Walker", "Wendell Price"]


@pytest.mark.parametrize("text", [
    "All of Us Are Dead returning for 2nd season, Netflix says",
    "The zombie drama All of Us Are Dead is coming back with its second season.",
    "Netflix has placed a second season order for All of Us Are Dead.",
    "Netflix is going ahead with All of Us Are Dead season 2 after all.",
    "All of Us Are Dead has been confirmed to get a second season.",
    "All of Us Are Dead season 2 is definitely happening.",
])
def test_headline_and_plain_forms_of_a_renewal_are_read(text: str) -> None:
    claims = extract_claims(Article(url="https://example.org/x", text=text, published=WHEN), TOPIC)
    assert [(c.kind, c.season) for c in claims if c.kind == "renewal"] == [("renewal", 2)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Filming on All of Us Are Dead season 2 took place between March 3, 2025, and October 9, 2025."),
    ("de", "Die Dreharbeiten zur zweiten Staffel von All of Us Are Dead liefen zwischen dem 3. März 2025 und dem "
           "9. Oktober 2025."),
])
def test_a_shoot_between_two_dates_starts_at_the_first_and_ends_at_the_second(lang: str, text: str) -> None:
    article = Article(url="https://example.org/x", text=text, published=dt.datetime(2025, 11, 1, tzinfo=dt.UTC),
                      lang=lang)
    claims = {c.kind: str(c.value.start) for c in extract_claims(article, TOPIC)
              if c.kind in ("filming_start", "filming_end") and c.season == 2}
    assert claims == {"filming_start": "2025-03-03", "filming_end": "2025-10-09"}


def test_people_listed_under_their_job_are_not_cast() -> None:
    text = ("All of Us Are Dead season 2 adds Dana Wolfe as Hale. Executive producers for the new season include "
            "Ron Castell, Mira Holm and Jae Ok.")
    assert cast_names(text) == ["Dana Wolfe"]


def test_a_cast_list_before_a_job_list_keeps_its_actors() -> None:
    text = "All of Us Are Dead season 2 stars Dana Wolfe and Corey Walker; its producers include Ron Castell."
    assert cast_names(text) == ["Dana Wolfe", "Corey Walker"]
