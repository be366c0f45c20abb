"""Claim extraction speed: articles of about 5 KB per second, extraction alone, on one core.

The articles are the team's own: sentences of every phrasing family mixed with filler prose,
assembled deterministically so that each run measures the same work. The last line is exactly
``articles_per_s=N``.

    .venv/bin/python bench/claims.py [--articles 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from claimwatch.topic import load_topic
from scraper.claims import extract_claims
from scraper.types import Article

CLAIM_SENTENCES = [
    "Netflix has officially renewed All of Us Are Dead for a second season, the streamer said on Friday.",
    "According to a report from a Seoul entertainment desk, filming for season 2 began on May 12, 2025.",
    "Season 2 is expected to premiere in early 2026, though no release date has been announced yet.",
    "Lee Min-jae joins the cast of the new season as a college student, his agency confirmed.",
    "Park Ji-hu is back to play Nam On-jo, and Lomon returns as Lee Su-hyeok.",
    "The second season will have eight episodes, one fewer than fans had hoped for.",
    "Director Lee Jae-kyoo returns to direct the new season from a script by Chun Sung-il.",
    "Production is set to wrap in late 2025, with post-production running into the new year.",
    "Fans believe the show could land on the platform by the end of the year.",
    "The first season, which premiered on January 28, 2022, had twelve episodes.",
    "It remains unknown whether Yoon Chan-young will come back for the new chapter.",
    "Cameras rolled on the sequel last week at a school outside the capital.",
]
FILLER = [
    "The zombie drama follows a group of students trapped in their high school as an outbreak spreads.",
    "Its mix of survival horror and coming-of-age story found an audience in dozens of countries.",
    "Critics praised the young cast and the tension of the classroom scenes in the first run.",
    "The series is adapted from a popular webtoon that ran for several years online.",
    "Streaming charts tracked the show among the most watched non-English titles for weeks.",
    "Viewers spent the long wait rewatching episodes and trading theories about the ending.",
    "Other Korean shows on the service have followed a similar path from webtoon to screen.",
    "Entertainment sites have kept a running list of every detail confirmed so far.",
]


def build_articles(count: int, size: int = 5000, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    articles = []
    for number in range(count):
        paragraphs: list[str] = []
        while sum(len(p) + 2 for p in paragraphs) < size:
            sentences = rng.sample(FILLER, 2) + [rng.choice(CLAIM_SENTENCES)]
            rng.shuffle(sentences)
            paragraphs.append(" ".join(sentences))
        text = "All of Us Are Dead season 2: what we know\n\n" + "\n\n".join(paragraphs)
        articles.append(Article(url=f"https://bench.example/{number}", text=text, title="What we know",
                                published=dt.datetime(2025, 6, 1, tzinfo=dt.UTC)))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    topic = load_topic()
    articles = build_articles(args.articles)
    extract_claims(articles[0], topic)  # warm the compiled patterns and caches
    rates, claims = [], 0
    for _ in range(args.rounds):
        started = time.perf_counter()
        claims = sum(len(extract_claims(article, topic)) for article in articles)
        rates.append(len(articles) / (time.perf_counter() - started))
    kb = statistics.mean(len(a.text.encode()) for a in articles) / 1024
    print(f"articles={len(articles)} mean_size_kb={kb:.1f} claims_per_round={claims} rounds={args.rounds}")
    print(f"best={max(rates):.0f}/s median={statistics.median(rates):.0f}/s")
    print(f"articles_per_s={statistics.median(rates):.0f}")


if __name__ == "__main__":
    main()
