"""Train the claims' decision layer and write ``scraper/claims/model.json`` (``make train``).

Every labelled set on the machine (bench/labelled.py) is read by the recognisers; each proposed
claim becomes an example: kept when a gold claim states it (same show, season, kind, negation and
value), with the gold certainty as the certainty model's class. Two logistic regressions
(scikit-learn, a dev extra) are fitted; their weights are written as plain data. The same data and
code give the same file: solvers are deterministic and the weights rounded.

    .venv/bin/python -m bench.train_claims [--out scraper/claims/model.json]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass

from bench.labelled import Doc, all_sets, docs_of, gold_match
from scraper.claims import broad_proposals, dated, propose_claims
from scraper.claims.decide import CERTAINTIES, MODEL_PATH, Linear, Model, candidates
from scraper.claims.features import features
from scraper.types import Claim

KEEP_C = 0.5  # inverse regularisation: features are many and examples few (about 2,000)
CERTAINTY_C = 0.3
# The certainty model is fitted only on request (--certainty): left one show out, it agreed with the labels less
# often than the recognisers' own certainty (0.75 against 0.84 on the team's shows), so none ships.
CERTAINTY_MARGIN = 0.3  # how much surer of another certainty the model must be to overrule the recognisers
THRESHOLDS = [t / 100 for t in range(5, 80, 2)]
DIGITS = 5  # weights are rounded: the file stays small and identical from run to run


@dataclass
class Example:
    doc: Doc
    claim: Claim
    x: dict[str, float]
    keep: int
    certainty: str | None
    source: str  # who proposed it: "rules", "broad" or "both"


def examples_of(doc: Doc) -> list[Example]:
    article = dated(doc.article)  # as extract_claims reads it
    proposed = propose_claims(article, doc.set.topic)
    found = []
    for candidate in candidates(proposed, broad_proposals(article, doc.set.topic), article, doc.set.topic):
        gold = gold_match(candidate.claim, doc)
        found.append(Example(doc, candidate.claim, features(candidate), int(gold is not None),
                             gold.get("certainty") if gold else None, candidate.source))
    return found


def load_examples(docs: Iterable[Doc]) -> dict[str, list[Example]]:
    """Examples per article path."""
    return {str(doc.path): examples_of(doc) for doc in docs}


def fit(examples: list[Example], threshold: float | None = None, certainty: bool = False) -> Model:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([e.x for e in examples])
    y = [e.keep for e in examples]
    names = vectoriser.get_feature_names_out()
    keep_model = LogisticRegression(C=KEEP_C, max_iter=5000).fit(x, y)
    keep = Linear((_weights(names, keep_model.coef_[0]),), (round(float(keep_model.intercept_[0]), DIGITS),),
                  threshold=threshold if threshold is not None else 0.5)
    if not certainty:
        return Model(keep=keep)
    kept = [i for i, e in enumerate(examples) if e.certainty in CERTAINTIES]
    certainty_model = LogisticRegression(C=CERTAINTY_C, max_iter=5000).fit(x[kept], [examples[i].certainty for i in kept])
    classes = tuple(str(c) for c in certainty_model.classes_)
    rows = certainty_model.coef_ if len(classes) > 2 else [-certainty_model.coef_[0], certainty_model.coef_[0]]
    intercepts = certainty_model.intercept_ if len(classes) > 2 else [-certainty_model.intercept_[0],
                                                                       certainty_model.intercept_[0]]
    certainty = Linear(tuple(_weights(names, row) for row in rows), tuple(round(float(b), DIGITS) for b in intercepts),
                       classes=classes, threshold=CERTAINTY_MARGIN)
    return Model(keep=keep, certainty=certainty)


def _weights(names: Iterable[str], row: Iterable[float]) -> dict[str, float]:
    return {str(name): round(float(w), DIGITS) for name, w in zip(names, row, strict=True) if round(float(w), DIGITS)}


def best_threshold(examples: list[Example]) -> float:
    """The keep threshold with the best F1 on shows left out: each show of the training set is held out in
    turn (the threshold is for shows nobody tuned for, not for more articles of the same ones)."""
    shows = sorted({e.doc.set.show for e in examples})
    probabilities: list[tuple[float, int]] = []
    for show in shows:
        train = [e for e in examples if e.doc.set.show != show]
        test = [e for e in examples if e.doc.set.show == show]
        if not test or len({e.keep for e in train}) < 2:
            continue
        model = fit(train)
        # each show weighs the same, however many articles it has
        # the recognisers' own claims are kept whatever the model says: the threshold is for broad proposals
        probabilities += [(model.keep.probability(e.x) if e.source == "broad" else 1.0, e.keep, 1 / len(test))
                          for e in test]
    return max(THRESHOLDS, key=lambda t: (_f1(probabilities, t), -abs(t - 0.5)))


def _f1(probabilities: list[tuple[float, int, float]], threshold: float) -> float:
    tp = sum(w for p, y, w in probabilities if p >= threshold and y)
    fp = sum(w for p, y, w in probabilities if p >= threshold and not y)
    fn = sum(w for p, y, w in probabilities if p < threshold and y)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train(examples: list[Example], certainty: bool = False) -> Model:
    return fit(examples, best_threshold(examples), certainty)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--certainty", action="store_true", help="also fit the certainty model")
    args = parser.parse_args()
    examples: list[Example] = []
    for labelled in all_sets():
        docs = docs_of(labelled)
        found = [e for per_doc in load_examples(docs).values() for e in per_doc]
        examples += found
        print(f"{labelled.name}: {len(docs)} articles, {len(found)} candidates, {sum(e.keep for e in found)} kept")
    model = train(examples, args.certainty)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(model.to_json(), out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")
    print(f"threshold={model.keep.threshold} features={len(model.keep.weights[0])} examples={len(examples)} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
