"""A season of news the web tests serve, written for them, with hostile strings where a page shows scraped
text; and the page served by a real uvicorn on 127.0.0.1 (a free port), on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import Engine

import storage
from claimwatch.topic import load_topic
from claimwatch.web import Access, Site, create_app
from claimwatch.web.server import ServerThread
from scraper.types import Article, Claim, Topic
from tests.storage.factory import SHOW, cast, claim, when, window

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"
JS_URL = "javascript:alert(3)"
RTL = "\u202egnp.exe"  # a right-to-left override: reads "exe.png" unless isolated
DEAD_CHANNEL = "webhook"

# (site, published, title, url, claims): the release date moves twice, so three values were held
NEWS: list[tuple[str, str, str, str | None, list[Claim]]] = [
    ("guesswork.example", "2023-11-02", "When will the zombies return?", None,
     [claim("release_date", window("2024-09-01", "2024-12-31", "late 2024"), certainty="speculative",
            evidence="Our bet is that the students come back in late 2024.")]),
    ("screen-daily.example", "2025-06-10", f"Season two {IMG} news", None,
     [claim("release_date", window("2026-01-01", "2026-04-30", "early 2026"),
            evidence=f"Season two aims for early 2026, a producer said {SCRIPT}"),
      cast("Han Ara", status="new", evidence=f"Han Ara {IMG} joins the second season.")]),
    ("rumour-mill.example", "2025-07-01", f"Casting talk {RTL}", JS_URL,
     [cast("Jo Minseo", status="departing", certainty="speculative",
           evidence=f"Jo Minseo may leave the show, a fan page {RTL} claims.")]),
    ("streamer.example", "2026-01-15", "The premiere date is set", None,
     [claim("release_date", window("2026-03-13", text="March 13, 2026"), certainty="official",
            evidence="The streamer set the premiere of season two for March 13, 2026."),
      claim("renewal", "renewed", certainty="official", evidence="The streamer renewed the series last spring."),
      cast("Han Ara", status="new", certainty="official", evidence="The streamer confirmed Han Ara in the cast.")]),
]
_RECENT = [(dt.date.today() - dt.timedelta(days=days)).isoformat() for days in (6, 3)]
NEWS += [  # two outlets as certain disagree this week: the overview's banner
    ("screen-daily.example", _RECENT[0], "Eight episodes", None,
     [claim("episode_count", 8, evidence="The second season will have eight episodes, the outlet hears.")]),
    ("another-wire.example", _RECENT[1], "Ten episodes", None,
     [claim("episode_count", 10, evidence="Season two runs to ten episodes, says a second outlet.")]),
]
HELD_RELEASE_DATES = ["late 2024 (2024-09-01..2024-12-31)", "early 2026 (2026-01-01..2026-04-30)",
                      "March 13, 2026 (2026-03-13)"]


def fill(engine: Engine) -> None:
    """Store the news through the ledger, then let one alert die on its channel (a dead letter)."""
    changes = []
    for number, (site, published, title, url, claims) in enumerate(NEWS):
        text = f"{title}\n\n" + "\n\n".join(c.evidence for c in claims)
        story = Article(url=url or f"https://{site}/story-{number}", text=text, title=title,
                        published=when(published), site_name=site, lang="en")
        with storage.transaction(engine) as session:
            stored = storage.store_article(session, story, source="test", fetched_at=when(published))
            changes += storage.record(session, stored.id, claims, show=SHOW, season=2, site=site,
                                      at=when(published))
    with storage.transaction(engine) as session:
        storage.enqueue(session, changes[-1:], [DEAD_CHANNEL], now=when("2026-01-15"))
        [item] = storage.list_outbox(session)
        storage.mark_dead(session, item.id, error=f"HTTP 500 from the receiver {IMG}")


@pytest.fixture
def filled(engine: Engine) -> Engine:
    fill(engine)
    return engine


@contextmanager
def serving(engine: Engine, *, token: str | None = None, write: bool = False,
            topics: tuple[Topic, ...] = ()) -> Iterator[str]:
    """The page served on 127.0.0.1; yields its base URL."""
    site = Site(engine=engine, topics=topics or (load_topic(),), access=Access(token=token, write=write))
    with ServerThread(create_app(site), "127.0.0.1", 0) as server:
        yield f"http://127.0.0.1:{server.port}"


@pytest.fixture
def served(filled: Engine) -> Iterator[str]:
    with serving(filled) as base:
        yield base


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10, trust_env=False) as http:
        yield http
