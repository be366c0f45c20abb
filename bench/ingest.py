"""End-to-end ingest speed, and whether an article costs more as the history grows.

Ingests articles through the pipeline (``claimwatch.pipeline.ingest_articles`` where it exists, else
``ingest_article`` one by one) into a new SQLite database, and into PostgreSQL when the test server
answers: the labelled sets of ../shared/corpus (read only, for measuring) and generated articles
about the show written from the team's own templates, many per day, repeating a pool of names,
windows and counts. Prints articles/s, extraction alone in the same run, their ratio, the share of
time per stage, the cost per article with 1k, 10k and 100k articles already stored (filled with
bulk inserts, then a fixed batch ingested), and peak RSS. The last line is machine-readable:

    ingest_per_s=… extract_per_s=… ratio=… labelled_ratio=… cost_1k_ms=… cost_10k_ms=… cost_100k_ms=… growth=… peak_rss_mb=…

``ratio`` is of the generated articles (short pages whose extraction takes a millisecond or two, so
storing weighs most), ``labelled_ratio`` of the real labelled articles.

``cost_*_ms`` is what storing costs an article (store + beliefs: the part that may grow with the
history); the full per-article time, reading included, is printed beside it.

    .venv/bin/python bench/ingest.py [--quick] [--levels 1000,10000,100000] [--batch 200] [--no-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import resource
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, insert, text

import storage
from claimwatch import pipeline, reader
from claimwatch.pipeline import Context
from claimwatch.topic import load_topic
from scraper.article import article_from_text, extract_article
from scraper.claims import extract_claims
from scraper.relevance import is_relevant
from scraper.types import Article, Topic
from storage.models import ArticleModel, ArticleUrlModel, ClaimModel

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LABELLED_SETS = (("dev", "aouad-2022-topic.toml"), ("sweet-home/articles", "sweet-home/topic.toml"),
                 ("the-last-of-us/articles", "the-last-of-us/topic.toml"))
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
STAGES = ("extract", "claims", "store", "beliefs")

# --- generated articles: the team's own sentences -------------------------------------------------

SITES = [f"{name}.example" for name in (
    "screenrant", "koreaboo", "soompi", "collider", "whats-on", "tvline", "decider", "deadline", "variety",
    "kdrama-daily", "seoul-screen", "binge-weekly", "stream-guide", "popcorn-post", "hallyu-now", "the-reel",
    "cine-notes", "drama-beans", "next-episode", "what-to-watch", "spoiler-free", "tv-insider", "k-wave-news",
    "couch-critic", "pilot-light", "cliffhanger", "the-streamer", "cast-call", "zombie-fan", "newsdesk-asia")]
NEWCOMERS = ["Han Seo-jun", "Kim Da-rin", "Oh Min-gyu", "Seo Ha-neul", "Jung Tae-oh", "Moon Ye-jin",
             "Baek Si-woo", "Choi Yu-na", "Kang Ji-ho", "Lim Bo-ra", "Shin Hyun-woo", "Go Eun-chae",
             "Yang Dong-hyun", "Ryu Seo-yeon", "Nam Gi-tae", "Hwang Mi-rae", "Jeon Sol-bi", "Kwon Do-yun",
             "Song Ha-rin", "Yoo Jae-min"]
RETURNING = ["Park Ji-hu", "Yoon Chan-young", "Cho Yi-hyun", "Lomon", "Yoo In-soo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WINDOWS = ["early 2026", "late 2025", "spring 2026", "summer 2026", "2026", "the second half of 2026",
           "March 2026", "June 2026", "autumn 2025", "the end of 2025"]
COUNTS = ["six", "seven", "eight", "nine", "ten", "twelve"]

RELEASE = [
    "All of Us Are Dead season 2 is expected to premiere in {window}, people close to the production say.",
    "Netflix confirmed that All of Us Are Dead season 2 is coming out in {window}.",
    "Fans think the second season of All of Us Are Dead could arrive in {window}.",
    "According to {site}, season 2 of All of Us Are Dead is set to debut in {window}.",
]
EPISODES = [
    "The new season of All of Us Are Dead will have {count} episodes.",
    "Season 2 of All of Us Are Dead is reportedly made up of {count} episodes.",
    "Netflix said the second season of All of Us Are Dead runs for {count} episodes.",
]
CAST = [
    "{name} signs on for All of Us Are Dead season 2, the actor's agency said.",
    "{name} has been cast in the second season of All of Us Are Dead.",
    "{name} is rumoured to be in talks to join All of Us Are Dead season 2.",
    "{returning} returns for season 2 of All of Us Are Dead.",
]
FILMING = [
    "Filming on season 2 of All of Us Are Dead began in {month} 2025.",
    "Cameras started rolling on All of Us Are Dead season 2 in {month} 2025, a crew member posted.",
    "Production of All of Us Are Dead season 2 wrapped in {month} 2025.",
]
FILLER = [
    "The zombie series follows students who are trapped inside their school when an infection spreads.",
    "Its first season became one of the platform's most watched non-English shows in its first month.",
    "The story is adapted from a long-running webtoon about a virus outbreak at a high school.",
    "Viewers have been waiting for news of the follow-up since the first run ended on a cliffhanger.",
    "Several of the young leads have since taken roles in other dramas and films.",
    "The streamer has not shared any images from the set so far.",
]


def generated(count: int, *, seed: int, start: dt.datetime, per_day: int = 40) -> list[Article]:
    """``count`` short HTML pages about the show, ``per_day`` a day from ``start``, from a fixed seed."""
    rng = random.Random(seed)
    articles = []
    for number in range(count):
        published = start + dt.timedelta(days=number // per_day, minutes=(number % per_day) * 17)
        site = rng.choice(SITES)
        sentences = [rng.choice(RELEASE).format(window=rng.choice(WINDOWS), site=site.split(".")[0])]
        if rng.random() < 0.6:
            sentences.append(rng.choice(EPISODES).format(count=rng.choice(COUNTS)))
        for _ in range(rng.choice((1, 1, 2))):
            sentences.append(rng.choice(CAST).format(name=rng.choice(NEWCOMERS), returning=rng.choice(RETURNING)))
        if rng.random() < 0.3:
            sentences.append(rng.choice(FILMING).format(month=rng.choice(MONTHS[:9])))
        body = sentences + rng.sample(FILLER, 3)
        rng.shuffle(body)
        paragraphs = "".join(f"<p>{sentence} {rng.choice(FILLER)}</p>" for sentence in body)
        url = f"https://{site}/news/{seed}-{number}"
        html = (f"<html><head><title>All of Us Are Dead season 2: story {seed}-{number}</title>"
                f'<meta property="og:site_name" content="{site}">'
                f'<meta property="article:published_time" content="{published.isoformat()}"></head>'
                f"<body><article><h1>All of Us Are Dead season 2 update</h1>{paragraphs}</article></body></html>")
        articles.append(_Page(url, html, published))
    return articles


class _Page:
    """A page as fetched: its HTML, read into an Article by the bench's own timed extraction."""

    def __init__(self, url: str, html: str, published: dt.datetime) -> None:
        self.url, self.html, self.published = url, html, published


def read_page(page: Any) -> Article:
    if isinstance(page, _Page):
        return extract_article(page.html, page.url, published=page.published)
    return page


def labelled_articles() -> list[tuple[Topic, list[Article]]]:
    sets = []
    for folder, topic_file in LABELLED_SETS:
        directory = CORPUS / folder
        if not directory.is_dir():
            continue
        topic = load_topic(str(CORPUS / topic_file))
        articles = []
        for path in sorted(directory.glob("*.json")):
            data = json.loads(path.read_text())
            published = dt.datetime.fromisoformat(data["published"]).replace(tzinfo=dt.UTC) if data.get("published") else None
            articles.append(article_from_text(data["text"], data.get("url") or f"file://{path.name}", published=published))
        sets.append((topic, sorted(articles, key=lambda a: (a.published is None, a.published or dt.datetime.min.replace(tzinfo=dt.UTC)))))
    return sets


# --- timing ---------------------------------------------------------------------------------------


class Timer:
    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.spent[name] += time.perf_counter() - started

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)
        return timed


@contextmanager
def timed_stages(timer: Timer) -> Iterator[None]:
    """The pipeline's calls of each stage, timed where the pipeline makes them."""
    saved = (reader.extract_claims, storage.store_article, storage.record)
    reader.extract_claims = timer.wrap("claims", saved[0])  # pipeline reads claims through claimwatch/reader.py
    storage.store_article = timer.wrap("store", saved[1])
    storage.record = timer.wrap("beliefs", saved[2])
    try:
        yield
    finally:
        reader.extract_claims, storage.store_article, storage.record = saved


def ingest(ctx: Context, articles: list[Article]) -> None:
    """Through the pipeline, in one batch where the pipeline can write several articles at once."""
    batch = getattr(pipeline, "ingest_articles", None)
    if batch is not None:
        batch(ctx, [pipeline.Reading(article, "bench") for article in articles])
        return
    for article in articles:
        pipeline.ingest_article(ctx, article, source="bench")


def extract_only(topic: Topic, pages: list[Any]) -> float:
    for page in pages[:3]:  # patterns compiled on first use are not what an article costs
        extract_claims(read_page(page), topic)
    started = time.perf_counter()
    for page in pages:
        article = read_page(page)
        if article.is_article and is_relevant(article, topic):
            extract_claims(article, topic)
    return time.perf_counter() - started


def ingest_timed(ctx: Context, pages: list[Any], timer: Timer, chunk: int = 50) -> float:
    started = time.perf_counter()
    with timed_stages(timer):
        for first in range(0, len(pages), chunk):
            with timer.stage("extract"):
                articles = [read_page(page) for page in pages[first:first + chunk]]
            ingest(ctx, articles)
    return time.perf_counter() - started


# --- pre-filling a history with bulk inserts -------------------------------------------------------


def prefill(engine: Engine, topic: Topic, total: int, *, seed: int) -> None:
    """``total`` stored articles about the show with the claims ingestion would have stored, a year before
    the timed batch, in bulk; then whatever the ledger keeps beside the claims is built from them."""
    rng = random.Random(seed)
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with storage.transaction(engine) as session:
        first = session.execute(text("SELECT COALESCE(MAX(id), 0) FROM articles")).scalar_one() + 1
    for offset in range(0, total, 5000):
        articles, urls, claims = [], [], []
        for number in range(first + offset, first + min(offset + 5000, total)):
            at = start + dt.timedelta(minutes=number * 5)
            site = rng.choice(SITES)
            url = f"https://{site}/archive/{number}"
            articles.append({"id": number, "url": url, "title": "An older story", "site": site, "source": "bench",
                             "lang": "en", "published": at, "fetched_at": at, "text": f"story {number}",
                             "text_hash": hashlib.sha256(f"story {number}".encode()).hexdigest(),
                             "duplicate_of": None, "claims": 0})
            urls.append({"url": url, "article_id": number})
            for claim in history_claims(rng, topic, number, site, at):
                claims.append(claim)
        with storage.transaction(engine) as session:
            session.execute(insert(ArticleModel), articles)
            session.execute(insert(ArticleUrlModel), urls)
            session.execute(insert(ClaimModel), claims)
    if engine.dialect.name == "postgresql":  # the rows above chose their ids: the sequence learns them
        with storage.transaction(engine) as session:
            session.execute(text("SELECT setval(pg_get_serial_sequence('articles', 'id'), MAX(id)) FROM articles"))
    rebuild = getattr(storage, "rebuild_tallies", None)
    if rebuild is not None:
        with storage.transaction(engine) as session:
            rebuild(session)


HISTORY_WINDOWS = [("2025-09-01", "2025-12-31"), ("2025-10-01", "2025-12-31"), ("2026-01-01", "2026-04-30"),
                   ("2026-01-01", "2026-12-31"), ("2026-03-01", "2026-05-31"), ("2026-06-01", "2026-08-31"),
                   ("2026-03-01", "2026-03-31"), ("2026-07-01", "2026-12-31")]


def history_claims(rng: random.Random, topic: Topic, article_id: int, site: str, at: dt.datetime) -> list[dict]:
    from storage.resolve import value_key

    def row(kind: str, value: Any, certainty: str, negated: bool = False) -> dict:
        return {"article_id": article_id, "show": topic.slug, "season": topic.season, "kind": kind, "value": value,
                "value_key": value_key(kind, value, {})[:300], "certainty": certainty, "negated": negated,
                "attributed_to": None, "evidence": "An older sentence.", "span_start": 0, "span_end": 10,
                "site": site, "at": at, "dated": rng.random() > 0.05}

    certainty = rng.choices(("reported", "speculative", "official"), (6, 3, 1))[0]
    start, end = rng.choice(HISTORY_WINDOWS)
    window = {"start": start, "end": end, "text": rng.choice(WINDOWS)}
    rows = [row("release_date", window, certainty)]
    if rng.random() < 0.6:
        rows.append(row("episode_count", rng.choice((6, 7, 8, 9, 10, 12)), rng.choice(("reported", "official"))))
    for _ in range(rng.choice((1, 1, 2))):
        name = rng.choice(NEWCOMERS + RETURNING)
        rows.append(row("cast", {"name": name, "character": None, "status": "new"}, rng.choice(("reported", "speculative"))))
    if rng.random() < 0.02:
        rows.append(row("release_date", None, "official", negated=True))  # "no date yet", from the platform
    return rows


def cost_per_article(engine: Engine, topic: Topic, pages: list[Any]) -> tuple[float, float]:
    """(store + beliefs, whole ingest) in ms per article, for this batch on this database."""
    ctx = Context(engine=engine, topic=topic)
    timer = Timer()
    elapsed = ingest_timed(ctx, pages, timer)
    return ((timer.spent["store"] + timer.spent["beliefs"]) * 1000 / len(pages),
            elapsed * 1000 / len(pages))


# --- the runs ---------------------------------------------------------------------------------------


def speed_run(engine: Engine, topic: Topic, pages: list[Any], label: str) -> tuple[float, float]:
    """Articles/s ingested and articles/s extracted alone, and the shares of the stages."""
    extract_s = extract_only(topic, pages)
    timer = Timer()
    ingest_s = ingest_timed(Context(engine=engine, topic=topic), pages, timer)
    total = sum(timer.spent[stage] for stage in STAGES) or 1.0
    shares = " ".join(f"{stage} {100 * timer.spent[stage] / total:.0f}%" for stage in STAGES)
    print(f"{label}: {len(pages)} articles: ingest {len(pages) / ingest_s:.1f}/s, extract alone "
          f"{len(pages) / extract_s:.1f}/s, ratio {extract_s / ingest_s:.2f}; {shares}")
    return len(pages) / ingest_s, len(pages) / extract_s


def labelled_run(engine_for: Callable[[], Engine], label: str) -> tuple[float, float]:
    ingested = extracted = 0.0
    count = 0
    for topic, articles in labelled_articles():
        engine = engine_for()
        extracted += extract_only(topic, articles)
        timer = Timer()
        ingested += ingest_timed(Context(engine=engine, topic=topic), articles, timer)
        count += len(articles)
        engine.dispose()
    if count:
        print(f"{label}: labelled sets, {count} articles: ingest {count / ingested:.1f}/s, extract alone "
              f"{count / extracted:.1f}/s, ratio {extracted / ingested:.2f}")
    return (count / ingested, count / extracted) if count else (0.0, 0.0)


def sqlite_engine(folder: Path) -> Callable[[], Engine]:
    def make() -> Engine:
        engine = storage.make_engine(f"sqlite:///{folder / f'{uuid.uuid4().hex}.db'}")
        storage.upgrade(engine)
        return engine
    return make


@contextmanager
def postgres_schemas() -> Iterator[Callable[[], Engine] | None]:
    """A fresh schema of the test server per engine, all dropped at the end; None when it does not answer."""
    try:
        admin = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with admin.begin() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        print(f"postgresql: skipped, {POSTGRES_URL} does not answer: {type(exc).__name__}: {str(exc).splitlines()[0]}")
        yield None
        return
    schemas: list[str] = []

    def make() -> Engine:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        schemas.append(schema)
        engine = create_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
        storage.upgrade(engine)
        return engine
    try:
        yield make
    finally:
        with admin.begin() as connection:
            for schema in schemas:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def growth_run(engine_for: Callable[[], Engine], topic: Topic, levels: list[int], batch: int,
               label: str) -> dict[int, float]:
    costs = {}
    for level in levels:
        engine = engine_for()
        prefill(engine, topic, level, seed=level)
        pages = generated(batch, seed=7, start=dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
        store_ms, whole_ms = cost_per_article(engine, topic, pages)
        costs[level] = store_ms
        print(f"{label}: {level} stored: store+beliefs {store_ms:.2f} ms/article, whole ingest {whole_ms:.2f} ms/article")
        engine.dispose()
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke test: few articles, small histories")
    parser.add_argument("--articles", type=int, default=1000, help="generated articles in the speed run")
    parser.add_argument("--levels", default="1000,10000,100000", help="stored articles before each timed batch")
    parser.add_argument("--batch", type=int, default=200, help="articles ingested at each level")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    if args.quick:
        args.articles, levels, args.batch = 60, [100, 1000], 20
    topic = load_topic(None)
    with tempfile.TemporaryDirectory() as folder:
        make_sqlite = sqlite_engine(Path(folder))
        labelled_ingest, labelled_extract = labelled_run(make_sqlite, "sqlite")
        pages = generated(args.articles, seed=1, start=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
        ingest_per_s, extract_per_s = speed_run(make_sqlite(), topic, pages, "sqlite")
        costs = growth_run(make_sqlite, topic, levels, args.batch, "sqlite")
    if not args.no_postgres:
        with postgres_schemas() as make_postgres:
            if make_postgres is not None:
                labelled_run(make_postgres, "postgresql")
                speed_run(make_postgres(), topic, pages[: max(50, len(pages) // 4)], "postgresql")
                growth_run(make_postgres, topic, levels[:2], args.batch, "postgresql")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ordered = sorted(costs)
    named = {1000: "1k", 10000: "10k", 100000: "100k"}
    cost_fields = " ".join(f"cost_{named.get(level, level)}_ms={costs[level]:.2f}" for level in ordered)
    growth = costs[ordered[-1]] / costs[ordered[0]] if costs[ordered[0]] else float("nan")
    labelled_ratio = labelled_ingest / labelled_extract if labelled_extract else float("nan")
    print(f"ingest_per_s={ingest_per_s:.1f} extract_per_s={extract_per_s:.1f} ratio={ingest_per_s / extract_per_s:.2f} "
          f"labelled_ratio={labelled_ratio:.2f} {cost_fields} growth={growth:.2f} peak_rss_mb={peak_mb:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
