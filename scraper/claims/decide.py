"""The decision layer: the recognisers propose claims broadly, a small learned model decides.

For each candidate it answers two questions from general features (the kind's cue, hedges,
negation and attribution, quotes, headings, the distance to the show's mention, the value's
relation to the publication date, how often the article repeats it): keep it or drop it, and
which certainty it carries. The model is plain data (``model.json``: feature weights, an
intercept and a threshold per question) read by plain Python; ``make train`` rebuilds it from the
labelled articles with scikit-learn (``bench/train_claims.py``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from scraper.claims.broad import BROAD_KINDS, Proposal
from scraper.claims.features import Candidate, claim_key, features
from scraper.types import Article, Claim, Topic, Window

MODEL_PATH = Path(__file__).with_name("model.json")
CERTAINTIES = ("official", "reported", "speculative")


@dataclass(frozen=True)
class Linear:
    """A fitted linear model over named features: binary (keep) or one row per class (certainty)."""

    weights: tuple[dict[str, float], ...]
    intercepts: tuple[float, ...]
    classes: tuple[str, ...] = ()
    threshold: float = 0.5

    def scores(self, x: dict[str, float]) -> list[float]:
        return [b + sum(w.get(name, 0.0) * value for name, value in x.items())
                for w, b in zip(self.weights, self.intercepts, strict=True)]

    def probability(self, x: dict[str, float]) -> float:
        """The binary model's probability of the positive class."""
        return 1.0 / (1.0 + math.exp(-self.scores(x)[0]))

    def choose(self, x: dict[str, float], proposed: str | None = None) -> str:
        """The multi-class model's most likely class; the proposed one unless the model is surer of another by
        more than the margin (``threshold`` of a multi-class model)."""
        scores = self.scores(x)
        top = max(scores)
        odds = [math.exp(s - top) for s in scores]
        probabilities = dict(zip(self.classes, (o / sum(odds) for o in odds), strict=True))
        best = max(probabilities, key=probabilities.__getitem__)
        if proposed in probabilities and probabilities[best] - probabilities[proposed] <= self.threshold:
            return proposed
        return best

    @classmethod
    def from_json(cls, data: dict) -> Linear:
        return cls(weights=tuple(data["weights"]), intercepts=tuple(data["intercepts"]),
                   classes=tuple(data.get("classes", ())), threshold=float(data.get("threshold", 0.5)))

    def to_json(self) -> dict:
        return {"weights": [dict(sorted(w.items())) for w in self.weights], "intercepts": list(self.intercepts),
                "classes": list(self.classes), "threshold": self.threshold}


@dataclass(frozen=True)
class Model:
    keep: Linear
    certainty: Linear | None = None

    @classmethod
    def from_json(cls, data: dict) -> Model:
        certainty = data.get("certainty")
        return cls(keep=Linear.from_json(data["keep"]), certainty=Linear.from_json(certainty) if certainty else None)

    def to_json(self) -> dict:
        return {"keep": self.keep.to_json(), "certainty": self.certainty.to_json() if self.certainty else None}


@cache
def shipped_model() -> Model | None:
    """The model that ships with the package, or None before one was trained (the recognisers then decide)."""
    if not MODEL_PATH.exists():
        return None
    return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def candidates(rules: list[Claim], broad: list[Proposal], article: Article, topic: Topic) -> list[Candidate]:
    """Each proposed claim once, with who proposed it (the recognisers, the broad proposer or both) and what
    the article says around it. A broad proposal the recognisers also made is theirs, corroborated."""
    by_broad: dict[tuple, Proposal] = {}
    rules = [c for c in rules if not dateline(c, article)]
    broad = [_as_read(p, rules) for p in broad if p.claim.kind in BROAD_KINDS and not _read_already(p, rules)
             and not _gone_by(p, article) and not dateline(p.claim, article)]
    for proposal in sorted(broad, key=lambda p: p.gap):  # the closest cue speaks for a claim proposed twice
        by_broad.setdefault(claim_key(proposal.claim), proposal)
    by_rules = {claim_key(c) for c in rules}
    extra = [p for key, p in by_broad.items() if key not in by_rules]
    everything = rules + [p.claim for p in extra]
    found = [Candidate(claim, article, topic, everything, source="both" if claim_key(claim) in by_broad else "rules",
                       proposal=by_broad.get(claim_key(claim)), by_rules=rules) for claim in rules]
    return found + [Candidate(p.claim, article, topic, everything, source="broad", proposal=p, by_rules=rules)
                    for p in extra]


def _read_already(proposal: Proposal, rules: list[Claim]) -> bool:
    """Whether the recognisers read this in the sentence: a claim of the same kind there, or the same value given
    to another kind or season (one value, one reading: "pushed back until 2025" is the shoot's, not the release's)."""
    value = _value(proposal.claim)
    return any(r.span == proposal.claim.span and (r.kind == proposal.claim.kind or _value(r) == value) for r in rules)


# A page's own date opens its text, alone or after one label word: "June 6, 2022 | …", "date 2025-07-23 SEOUL: …".
_DATELINE_LABEL = re.compile(r"\s*(?:[^\W\d_]+\s*:?\s*)?")


def dateline(claim: Claim, article: Article) -> bool:
    """The page's own date, printed before its first sentence: the day it was published, not a claim's."""
    value, published = claim.value, article.published
    if not isinstance(value, Window) or published is None or not value.text or value.start != value.end \
            or abs((value.start - published.date()).days) > 1:
        return False
    label = _DATELINE_LABEL.match(article.text)
    return article.text.startswith(value.text, label.end() if label else 0) or article.text.lstrip().startswith(value.text)


def _gone_by(proposal: Proposal, article: Article) -> bool:
    """A release before the page was written is an earlier season's ("after its January debut"): which season a
    past release was, only the recognisers' season reading can tell, so the broad proposer never adds one."""
    value, published = proposal.claim.value, article.published
    return proposal.claim.kind == "release_date" and isinstance(value, Window) and published is not None \
        and value.end < published.date()


def _as_read(proposal: Proposal, rules: list[Claim]) -> Proposal:
    """A broad proposal takes the season the recognisers found for its sentence, when they found one: theirs
    weighs every season mark, heading and recap around it."""
    seasons = [r.season for r in rules if r.span == proposal.claim.span]
    if not seasons or seasons[0] == proposal.claim.season:
        return proposal
    return replace(proposal, claim=replace(proposal.claim, season=seasons[0]))


def _value(claim: Claim) -> object:
    return (claim.value.start, claim.value.end) if isinstance(claim.value, Window) else claim.value


def decide(rules: list[Claim], broad: list[Proposal], article: Article, topic: Topic,
           model: Model | None = None) -> list[Claim]:
    """The recognisers' claims and the broad proposals the model keeps, each with the certainty the model reads
    (when it has a certainty model); with no model, the recognisers' claims. A page's own dateline is never one."""
    model = model or shipped_model()
    if model is None:
        return [c for c in rules if not dateline(c, article)]
    kept = []
    for candidate in candidates(rules, broad, article, topic):
        if candidate.source != "broad" and model.certainty is None:
            kept.append(candidate.claim)  # the recognisers' claims stand: nothing to ask the model
            continue
        x = features(candidate)
        if candidate.source == "broad" and model.keep.probability(x) < model.keep.threshold:
            continue
        claim = candidate.claim
        if model.certainty is not None:
            claim = replace(claim, certainty=model.certainty.choose(x, claim.certainty))  # type: ignore[arg-type]
        kept.append(claim)
    return kept
