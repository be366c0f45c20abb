"""The decision layer: a fitted model is plain data, and it keeps, drops and re-grades proposed claims."""

from __future__ import annotations

import datetime as dt
import json

from scraper.claims.broad import Proposal
from scraper.claims.decide import Linear, Model, decide
from scraper.types import Article, Claim, Topic, Window

TOPIC = Topic(slug="nordlicht", title="Nordlicht", season=3, titles=("Nordlicht",))
ARTICLE = Article(url="https://example.org/a", text="Nordlicht season 3 arrives in May 2026. Fans hope for more.",
                  published=dt.datetime(2026, 1, 10, tzinfo=dt.UTC), lang="en")


def claim(kind: str, value: object, certainty: str = "reported") -> Claim:
    return Claim(show="nordlicht", season=3, kind=kind, value=value, certainty=certainty,  # type: ignore[arg-type]
                 negated=False, attributed_to=None, evidence="Nordlicht season 3 arrives in May 2026.", span=(0, 39))


RELEASE = claim("release_date", Window(dt.date(2026, 5, 1), dt.date(2026, 5, 31), "May 2026"))
COUNT = claim("episode_count", 8)
# Keeps what the recognisers propose, drops what only the broad proposer does; reads every claim as official.
MODEL = Model(keep=Linear(({"source=broad": -10.0},), (2.0,)),
              certainty=Linear(({"bias": 1.0}, {}, {}), (0.0, 0.0, 0.0), classes=("official", "reported", "speculative"),
                                threshold=0.1))


def test_a_model_drops_what_it_learned_to_drop_and_regrades_what_it_keeps() -> None:
    kept = decide([RELEASE], [Proposal(COUNT, 3, "episodes")], ARTICLE, TOPIC, MODEL)
    assert [(c.kind, c.certainty) for c in kept] == [("release_date", "official")]


def test_a_proposal_both_made_is_kept_once() -> None:
    kept = decide([RELEASE], [Proposal(RELEASE, 5, "release"), Proposal(COUNT, 3, "episodes")], ARTICLE, TOPIC, MODEL)
    assert [c.kind for c in kept] == ["release_date"]


def test_the_model_survives_a_round_trip_through_its_json_file() -> None:
    again = Model.from_json(json.loads(json.dumps(MODEL.to_json())))
    assert decide([RELEASE], [Proposal(COUNT, 3, "episodes")], ARTICLE, TOPIC, again) == decide([RELEASE], [Proposal(COUNT, 3, "episodes")], ARTICLE, TOPIC, MODEL)

