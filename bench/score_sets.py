"""Score the extractor as it ships (recognisers, broad proposer and model) on every labelled set, in process.

Counts as ``../shared/eval/score_claims.py`` does; prints one line per set and per language, and last
``sets=… f1_real=… f1_team=…``.

    .venv/bin/python -m bench.score_sets [--include sweet-home ...] [--only NAME ...]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from bench.labelled import SEEN_SHOWS, Score, all_sets, docs_of, score_doc
from scraper.claims import extract_claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--include", nargs="*", default=list(SEEN_SHOWS), help="real shows besides dev")
    parser.add_argument("--only", nargs="*", default=None, help="set names to score (default: all)")
    args = parser.parse_args()
    totals: dict[str, Score] = defaultdict(Score)
    langs: dict[str, Score] = defaultdict(Score)
    for labelled in all_sets(tuple(args.include)):
        if args.only and labelled.name not in args.only:
            continue
        score = Score()
        for doc in docs_of(labelled):
            found = score_doc(doc, extract_claims(doc.article, labelled.topic))
            score.add(found)
            langs[f"{'real' if labelled.real else 'team'} {doc.lang}"].add(found)
        totals["real" if labelled.real else "team"].add(score)
        print(f"{labelled.name:<32} {score.line()}")
    for lang, score in sorted(langs.items()):
        print(f"  {lang:<30} {score.line()}")
    print(f"f1_real={totals['real'].f1:.3f} f1_team={totals['team'].f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
