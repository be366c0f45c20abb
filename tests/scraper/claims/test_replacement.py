"""A part changing hands: the one replaced leaves, the one replacing is new, in every pack that reads it.

The show is invented and the sentences are the team's own: "Lantern Coast" recasts its lead for season 3.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimwatch.topic import topic_from_dict
from scraper.claims import extract_claims
from scraper.types import Article, Person

TOPIC = topic_from_dict({
    "slug": "lantern-coast", "title": "Lantern Coast", "season": 3, "platform": ["Netflix"],
    "people": [{"name": "Oskar Lindqvist", "character": "Captain Rhys", "seasons": [1, 2]},
               {"name": "Mara Delacroix", "character": "Ines", "seasons": [1, 2]}],
}, "test")
WHEN = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)


def statuses(text: str, lang: str) -> dict[str, str | None]:
    article = Article(url="https://example.org/x", text=text, published=WHEN, lang=lang)
    return {c.value.name: c.value.status for c in extract_claims(article, TOPIC)
            if c.kind == "cast" and c.season == 3 and isinstance(c.value, Person)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lantern Coast season 3: Tobias Wren will replace Oskar Lindqvist as Captain Rhys."),
    ("en", "In Lantern Coast season 3, Oskar Lindqvist is replaced by Tobias Wren."),
    ("en", "Tobias Wren takes over the role from Oskar Lindqvist in the third season of Lantern Coast."),
    ("de", "In der dritten Staffel von Lantern Coast ersetzt Tobias Wren den bisherigen Star Oskar Lindqvist."),
    ("de", "Für die dritte Staffel von Lantern Coast wird Oskar Lindqvist ersetzt durch Tobias Wren."),
    ("fr", "Dans la saison 3 de Lantern Coast, Oskar Lindqvist est remplacé par Tobias Wren."),
    ("es", "En la tercera temporada de Lantern Coast, Tobias Wren sustituye a Oskar Lindqvist."),
    ("it", "Nella terza stagione di Lantern Coast, Tobias Wren prende il posto di Oskar Lindqvist."),
    ("pt", "Na terceira temporada de Lantern Coast, Oskar Lindqvist foi substituído por Tobias Wren."),
    ("pl", "W trzecim sezonie Lantern Coast Tobias Wren zastąpi Oskara Lindqvista."),
    ("nl", "In het derde seizoen van Lantern Coast vervangt Tobias Wren acteur Oskar Lindqvist."),
    ("en", "Netflix is replacing Oskar Lindqvist with Tobias Wren for Lantern Coast season 3."),
    ("de", "Für die dritte Staffel von Lantern Coast ersetzt Netflix Oskar Lindqvist durch Tobias Wren."),
])
def test_the_one_replaced_leaves_and_the_one_replacing_is_new(lang: str, text: str) -> None:
    found = statuses(text, lang)
    assert found.get("Tobias Wren") == "new"
    assert [status for name, status in found.items() if name.startswith("Oskar")] == ["departing"]


def test_a_name_after_the_change_is_not_pulled_into_it() -> None:
    text = ("Lantern Coast season 3: Tobias Wren replaces Oskar Lindqvist, and Mara Delacroix returns as Ines.")
    assert statuses(text, "en") == {"Tobias Wren": "new", "Oskar Lindqvist": "departing", "Mara Delacroix": "returning"}


def test_someone_stepping_into_a_known_actor_s_shoes_is_new_and_the_known_actor_leaves() -> None:
    text = "For the third season of Lantern Coast, Tobias Wren steps into the shoes of Oskar Lindqvist."
    assert statuses(text, "en") == {"Tobias Wren": "new", "Oskar Lindqvist": "departing"}
