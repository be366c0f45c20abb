"""Cross-validate the claims' decision layer: grouped by article, and leaving one show out.

The recognisers read every labelled article once; the model is retrained per fold on the team's
sets and the real articles outside the fold, and scored on the fold as score_claims.py scores.
Prints the figures per set and per language beside the recognisers alone (no model); the last
line is ``cv_f1=… cv_certainty=… loso_f1=…``.

    .venv/bin/python -m bench.cv_claims [--folds 5] [--include sweet-home ...]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import replace

from bench.labelled import SEEN_SHOWS, Doc, Score, all_sets, docs_of, score_doc
from bench.train_claims import Example, load_examples, train
from scraper.claims.decide import Model
from scraper.types import Claim


def decided(examples: list[Example], model: Model | None) -> list[Claim]:
    if model is None:
        return [e.claim for e in examples]
    kept = []
    for e in examples:
        if e.source != "broad" or model.keep.probability(e.x) >= model.keep.threshold:
            certainty = model.certainty.choose(e.x, e.claim.certainty) if model.certainty else e.claim.certainty
            kept.append(replace(e.claim, certainty=certainty))  # type: ignore[arg-type]
    return kept


class Tally:
    def __init__(self) -> None:
        self.by: dict[tuple[str, str], Score] = defaultdict(Score)

    def add(self, doc: Doc, score: Score) -> None:
        for key in (("set", doc.set.name), ("lang", doc.lang), ("all", "real" if doc.set.real else "team")):
            self.by[key].add(score)

    def get(self, group: str, name: str) -> Score:
        return self.by.get((group, name), Score())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--include", nargs="*", default=list(SEEN_SHOWS), help="real shows besides dev")
    args = parser.parse_args()
    docs = [doc for labelled in all_sets(tuple(args.include)) for doc in docs_of(labelled)]
    examples = load_examples(docs)
    real = [d for d in docs if d.set.real]
    team = [d for d in docs if not d.set.real]
    fold_of = {str(d.path): i % args.folds for i, d in enumerate(sorted(real, key=lambda d: str(d.path)))}
    rules, cv = Tally(), Tally()
    for doc in real:
        rules.add(doc, score_doc(doc, decided(examples[str(doc.path)], None)))
    for fold in range(args.folds):
        train_docs = team + [d for d in real if fold_of[str(d.path)] != fold]
        model = train([e for d in train_docs for e in examples[str(d.path)]])
        for doc in (d for d in real if fold_of[str(d.path)] == fold):
            cv.add(doc, score_doc(doc, decided(examples[str(doc.path)], model)))
    loso = Tally()
    for show in sorted({d.set.show for d in docs}):  # a show's real and team sets leave together
        model = train([e for d in docs if d.set.show != show for e in examples[str(d.path)]])
        for doc in (d for d in docs if d.set.show == show):
            loso.add(doc, score_doc(doc, decided(examples[str(doc.path)], model)))
            if not doc.set.real:
                rules.add(doc, score_doc(doc, decided(examples[str(doc.path)], None)))
    _report(rules, cv, loso, docs)
    overall = cv.get("all", "real")
    print(f"cv_f1={overall.f1:.3f} cv_certainty={overall.certainty:.3f} loso_real_f1={loso.get('all', 'real').f1:.3f} "
          f"loso_team_f1={loso.get('all', 'team').f1:.3f} all_candidates_f1={rules.get('all', 'real').f1:.3f}")
    return 0


def _report(rules: Tally, cv: Tally, loso: Tally, docs: list[Doc]) -> None:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for doc in docs:
        counts[("set", doc.set.name)] += 1
        counts[("lang", doc.lang)] += 1
    print(f"{'':<28} {'docs':>4}  {'every candidate kept':<34} {'grouped CV (real sets)':<34} leave-one-show-out")
    for group in ("set", "lang"):
        for key in sorted((k for k in counts if k[0] == group), key=lambda k: -counts[k]):
            line = f"{group + ' ' + key[1]:<28} {counts[key]:>4}  {_short(rules.by[key]):<34} {_short(cv.by[key]):<34}"
            print(line + (f" {_short(loso.by[key])}" if key in loso.by else ""))


def _short(score: Score) -> str:
    return f"F1 {score.f1:.3f} P {score.precision:.2f} R {score.recall:.2f} c {score.certainty:.2f}"


if __name__ == "__main__":
    raise SystemExit(main())
