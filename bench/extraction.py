"""Main-text extraction against hand-labelled article bodies: precision, recall, F1 and pages per second.

The data is the peer benchmark in ``../shared/bench/article-extraction`` (``html/<id>.html.gz`` and
``ground-truth.json``). Its README defines the metric, implemented here: 4-word shingles of ``\\w+``
tokens, TP/FP/FN per page, precision and recall as means over pages, F1 from those two means.

Speed is parse and extract in this one process, wall time over all pages, with the pages already
gunzipped and decoded; the best of ``--rounds`` rounds, the two extractors taking turns so that
both meet the same load. trafilatura (a dev extra; its default ``extract``) is measured in the
same run when it is importable.
The last line is exactly
``f1=F pages_per_s=N trafilatura_f1=F trafilatura_pages_per_s=N speed_ratio=F``.

    .venv/bin/python bench/extraction.py [DATA_DIR] [--rounds 3] [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from scraper.article import extract_article

MISSING_DATA = """no benchmark data at {where}
bench/extraction.py needs a folder of hand-labelled pages: ground-truth.json (each page's id and its
main text) and html/<id>.html.gz (the page as fetched). The team's copy sits beside the repository
(shared/bench/article-extraction); give another with: .venv/bin/python bench/extraction.py DATA_DIR"""
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "article-extraction"
_TOKEN = re.compile(r"\w+")
SHINGLE = 4  # the README's shingle length

Extractor = Callable[[str, str], str]  # (html, url) -> main text


# --- the metric ---------------------------------------------------------------------------------


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Every run of 4 consecutive tokens, as a multiset; 1-3 tokens make one short shingle."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def page_counts(predicted: str, truth: str) -> tuple[float, float, float]:
    """TP, FP and FN of one page, divided by their sum so that every page weighs the same."""
    got, want = shingles(predicted), shingles(truth)
    tp = sum((got & want).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def page_scores(tp: float, fp: float, fn: float) -> tuple[float, float]:
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def score(pairs: Sequence[tuple[str, str]]) -> Score:
    """(predicted, truth) per page -> mean precision over pages with output, mean recall over pages with truth."""
    precisions, recalls = [], []
    for predicted, truth in pairs:
        tp, fp, fn = page_counts(predicted, truth)
        precision, recall = page_scores(tp, fp, fn)
        if tp + fp > 0:
            precisions.append(precision)
        if tp + fn > 0:
            recalls.append(recall)
    return Score(statistics.fmean(precisions) if precisions else 0.0, statistics.fmean(recalls) if recalls else 0.0)


# --- the run ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    truth: str


def load_pages(data_dir: Path) -> list[Page]:
    truth = json.loads((data_dir / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id in sorted(truth):
        raw = gzip.decompress((data_dir / "html" / f"{page_id}.html.gz").read_bytes())
        entry = truth[page_id]
        pages.append(Page(page_id, entry.get("url") or "", raw.decode("utf-8", errors="replace"), entry["articleBody"]))
    return pages


NOT_ARTICLES: list[str] = []  # the benchmark's pages (all articles) that claimwatch took for something else


def claimwatch_text(html: str, url: str) -> str:
    """The story after the headline: ``Article.text`` begins with the headline, which the truth leaves out."""
    article = extract_article(html, url)
    if not article.is_article:
        NOT_ARTICLES.append(url)
    return article.text[article.body_start :]


def trafilatura_extractor() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(html: str, url: str) -> str:
        return trafilatura.extract(html) or ""

    return extract


@dataclass
class Timing:
    """One extractor's texts (of its last round) and its best wall time over all pages."""

    extract: Extractor
    texts: list[str]
    seconds: float = math.inf

    def once(self, pages: Sequence[Page]) -> None:
        started = time.perf_counter()
        self.texts = [self.extract(page.html, page.url) for page in pages]
        self.seconds = min(self.seconds, time.perf_counter() - started)

    def pages_per_s(self, pages: Sequence[Page]) -> float:
        return len(pages) / self.seconds if self.seconds > 0 else math.inf


def run(extractors: Sequence[Extractor], pages: Sequence[Page], rounds: int) -> list[Timing]:
    """Each extractor over all pages, ``rounds`` times, taking turns so that both meet the same load."""
    timings = [Timing(extract, []) for extract in extractors]
    for _ in range(rounds):
        for timing in timings:
            timing.once(pages)
    return timings


def report(name: str, result: Score, speed: float) -> None:
    print(f"{name:12} P {result.precision:.4f}  R {result.recall:.4f}  F1 {result.f1:.4f}  {speed:8.1f} pages/s")


def show_worst(pages: Sequence[Page], texts: Sequence[str], count: int) -> None:
    """The pages that score lowest, to see what goes wrong."""
    rows = []
    for page, text in zip(pages, texts, strict=True):
        result = score([(text, page.truth)])
        rows.append((result.f1, result.precision, result.recall, page.id, page.url))
    for f1, precision, recall, page_id, url in sorted(rows)[:count]:
        print(f"  {f1:.3f} P {precision:.3f} R {recall:.3f} {page_id} {url}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=3,
                        help="time each extractor this many times, in turns, and keep the best of each")
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-scoring pages of claimwatch")
    args = parser.parse_args(argv)
    if not (args.data_dir / "ground-truth.json").is_file():
        print(MISSING_DATA.format(where=args.data_dir), file=sys.stderr)
        return 2
    pages = load_pages(args.data_dir)
    print(f"{len(pages)} pages from {args.data_dir}")
    reference = trafilatura_extractor()
    if reference is None:
        print("trafilatura is not installed (pip install -e '.[dev]'): its figures are nan", file=sys.stderr)
    timings = run([claimwatch_text, *([reference] if reference else [])], pages, args.rounds)
    ours, speed = score([(t, p.truth) for t, p in zip(timings[0].texts, pages, strict=True)]), timings[0].pages_per_s(pages)
    report("claimwatch", ours, speed)
    print(f"{len(set(NOT_ARTICLES))} of {len(pages)} article pages not recognised as articles")
    if args.worst:
        show_worst(pages, timings[0].texts, args.worst)
    theirs, their_speed = Score(math.nan, math.nan), math.nan
    if reference is not None:
        theirs = score([(t, p.truth) for t, p in zip(timings[1].texts, pages, strict=True)])
        their_speed = timings[1].pages_per_s(pages)
        report("trafilatura", theirs, their_speed)
    ratio = speed / their_speed if not math.isnan(their_speed) else math.nan
    print(
        f"f1={ours.f1:.4f} pages_per_s={speed:.1f} trafilatura_f1={theirs.f1:.4f} "
        f"trafilatura_pages_per_s={their_speed:.1f} speed_ratio={ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
