"""The broad proposer: a pack's cue beside a value, in a language the recognisers have no rules for."""

from __future__ import annotations

import datetime as dt

from scraper.claims import broad
from scraper.claims.packs import Pack
from scraper.types import Article, Topic, Window

# A made-up language pack (German-like words), so the test does not hang on any shipped pack's contents.
PACK = Pack(
    code="de",
    months={"märz": 3, "mai": 5},
    numbers={"acht": 8},
    ordinals={"dritte": 3, "zweite": 2},
    season_templates=("staffel {n}", "{ordinal} staffel"),
    year_parts={"anfang": (1, 4)},
    hedges=(r"\bsoll\b", r"wahrscheinlich"),
    negations=(r"\bnoch kein", r"\bnicht\b"),
    official_verbs=(r"bestätigt", r"angekündigt"),
    triggers={"release": (r"\bstartet\b", r"premiere"), "filming_start": (r"dreharbeiten (?:haben )?begonnen",
                                                                        r"drehstart"),
              "trailer": (r"trailer",), "episodes": (r"folgen",), "renewal": (r"verlängert",)},
)
TOPIC = Topic(slug="nordlicht", title="Nordlicht", season=3, titles=("Nordlicht",), platform=("Streamflix",))


def proposals(text: str, monkeypatch) -> list[tuple]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(broad, "packs_for", lambda lang: (PACK,))
    article = Article(url="https://example.org/a", text=text, lang="de",
                      published=dt.datetime(2026, 1, 10, tzinfo=dt.UTC))
    return [(c.kind, c.season, c.value.start.isoformat() if isinstance(c.value, Window) else c.value, c.certainty,
             c.negated) for c in (p.claim for p in broad.propose(article, TOPIC, broad.ALL_KINDS))]


def test_a_release_cue_beside_a_date_proposes_a_release_date(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    found = proposals("Nordlicht: Staffel 3 startet am 13. März 2026, hat Streamflix bestätigt.", monkeypatch)
    assert ("release_date", 3, "2026-03-13", "official", False) in found


def test_a_trailer_date_is_the_trailer_s_not_the_release_s(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    found = proposals("Der Trailer zur dritten Staffel von Nordlicht erscheint im Mai 2026.", monkeypatch)
    assert [f[0] for f in found] == ["trailer"]


def test_counts_renewal_and_hedges_are_proposed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    found = proposals("Nordlicht wurde für eine dritte Staffel verlängert. Sie soll acht Folgen haben.", monkeypatch)
    assert ("renewal", 3, "renewed", "reported", False) in found
    assert ("episode_count", 3, 8, "speculative", False) in found


def test_an_article_that_never_names_the_show_proposes_nothing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert proposals("Die zweite Staffel startet am 13. März 2026.", monkeypatch) == []


def test_a_season_named_in_the_sentence_is_the_claim_s_season(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    found = proposals("Nordlicht ist zurück. Die zweite Staffel startet im Mai 2025.", monkeypatch)
    assert [(f[0], f[1]) for f in found] == [("release_date", 2)]
