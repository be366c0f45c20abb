"""The page and its API follow every topic: ``?show=SLUG`` narrows a view to one show (or several), a slug
no topic has is a 404 naming the followed ones, and without it the lists cover every show, labelled."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

import storage
from claimwatch.app import open_app
from claimwatch.cli.serve import site_from
from claimwatch.topic import load_topic, namespaced, topic_from_dict
from scraper.types import Article, SourceConfig, Topic
from tests.storage.factory import SHOW, claim, when, window
from tests.web.conftest import fill, serving

HARBOR = "harbor-lights"
HARBOR_SAYS = "The harbour drama's third run opens on a date the broadcaster fixed as May 4, 2026."


def rss(name: str, url: str) -> SourceConfig:
    return SourceConfig(name=name, kind="rss", url=url, interval_s=600, options={"filter": False})


def harbor_topic() -> Topic:
    topic = topic_from_dict({"slug": HARBOR, "title": "Harbor Lights", "season": 3}, "test")
    return namespaced(dataclasses.replace(topic, sources=(rss("docks", "https://docks.example/feed.xml"),)))


def aouad_topic() -> Topic:
    return namespaced(dataclasses.replace(load_topic(), sources=(rss("wire", "https://wire.example/feed.xml"),)))


def fill_harbor(engine: Engine, topic: Topic) -> None:
    story = Article(url="https://docks.example/harbor-date", text=HARBOR_SAYS, title="Harbor Lights returns",
                    published=when("2026-02-01"), site_name="docks.example", lang="en")
    said = dataclasses.replace(claim("release_date", window("2026-05-04", text="May 4, 2026"), certainty="official",
                                     season=3, evidence=HARBOR_SAYS), show=HARBOR)
    with storage.transaction(engine) as session:
        stored = storage.store_article(session, story, source=f"{HARBOR}/docks", fetched_at=when("2026-02-01"))
        storage.record(session, stored.id, [said], show=HARBOR, season=3, site="docks.example",
                       at=when("2026-02-01"))
        storage.sync_sources(session, topic.sources, when("2026-02-01"), topic=HARBOR)
        storage.record_poll(session, f"{HARBOR}/docks", ok=False, error="HTTP 503 from the docks", at=when("2026-02-01"),
                            next_due=when("2026-02-02"))


@pytest.fixture
def two_shows(engine: Engine) -> Iterator[str]:
    topics = aouad_topic(), harbor_topic()
    fill(engine)
    fill_harbor(engine, topics[1])
    with serving(engine, topics=topics) as base:
        yield base


def test_each_overview_card_links_to_its_own_shows_timeline(two_shows, client):
    html = client.get(two_shows + "/").text
    assert "Harbor Lights</bdi>, season 3" in html and f"/timeline/release_date?show={HARBOR}" in html
    assert f"/timeline/release_date?show={SHOW}" in html
    harbor = client.get(two_shows + f"/timeline/release_date?show={HARBOR}").text
    assert "May 4, 2026" in harbor and "March 13, 2026" not in harbor
    assert "Harbor Lights</bdi>, season 3: release date over time" in harbor


def test_a_timeline_without_show_is_the_first_topics_and_offers_the_others(two_shows, client):
    html = client.get(two_shows + "/timeline/release_date").text
    assert "March 13, 2026" in html and "May 4, 2026" not in html
    assert f'href="/timeline/release_date?show={HARBOR}"' in html  # the chooser
    assert client.get(two_shows + f"/timeline/release_date?show={SHOW}&show={HARBOR}").status_code == 400


def test_an_unknown_show_is_a_404_naming_the_followed_ones(two_shows, client):
    for path in ("/timeline/release_date", "/changes", "/sources", "/api/v1/claims", "/api/v1/changes",
                 "/api/v1/history/release_date", "/api/v1/sources"):
        answer = client.get(two_shows + path + "?show=no-such-show")
        assert answer.status_code == 404, path
        assert "'no-such-show'" in answer.text and HARBOR in answer.text and SHOW in answer.text, path


def test_the_changes_page_lists_every_show_labelled_and_narrows_to_one(two_shows, client):
    every = client.get(two_shows + "/changes?kind=release_date").text
    assert "<th>Show</th>" in every
    assert "Harbor Lights</bdi></td>" in every and "All of Us Are Dead</bdi></td>" in every
    harbor = client.get(two_shows + f"/changes?kind=release_date&show={HARBOR}").text
    assert "May 4, 2026" in harbor and "March 13, 2026" not in harbor


def test_the_sources_page_groups_the_sources_by_show(two_shows, client):
    html = client.get(two_shows + "/sources").text
    assert html.index("All of Us Are Dead</bdi>, season 2") < html.index("Harbor Lights</bdi>, season 3")
    harbor_part = html.split("Harbor Lights</bdi>, season 3", 1)[1]
    assert f"{HARBOR}/docks" in harbor_part and "failing (1 in a row)" in harbor_part
    assert f"{SHOW}/wire" not in harbor_part
    only = client.get(two_shows + f"/sources?show={SHOW}").text
    assert f"{SHOW}/wire" in only and f"{HARBOR}/docks" not in only


def test_the_api_covers_every_show_and_show_narrows_it(two_shows, client):
    def shows(path: str) -> set[str]:
        return {row["show"] for row in client.get(two_shows + path).json()}
    assert shows("/api/v1/claims") == {SHOW, HARBOR}
    assert shows(f"/api/v1/claims?show={HARBOR}") == {HARBOR}
    assert shows(f"/api/v1/claims?show={HARBOR}&show={SHOW}") == {SHOW, HARBOR}
    assert shows(f"/api/v1/history/release_date?show={HARBOR}") == {HARBOR}
    assert len(client.get(two_shows + f"/api/v1/history/release_date?show={SHOW}&limit=1").json()) == 1
    assert shows("/api/v1/changes") == {SHOW, HARBOR}
    assert shows(f"/api/v1/changes?show={SHOW}") == {SHOW}
    assert shows(f"/api/v1/sources?show={HARBOR}") == {HARBOR}


def test_serve_builds_the_page_for_every_topic_of_the_settings(tmp_path: Path):
    (tmp_path / "harbor.toml").write_text(f'slug = "{HARBOR}"\ntitle = "Harbor Lights"\nseason = 3\n')
    bundled = Path(__file__).parents[2] / "claimwatch" / "topics" / "all-of-us-are-dead.toml"
    config = tmp_path / "settings.toml"
    config.write_text(f'topics = ["{bundled}", "harbor.toml"]\n')
    app = open_app(config=str(config), db=str(tmp_path / "cw.db"), with_channels=False)
    args = argparse.Namespace(host="127.0.0.1", token=None, write=False)
    site = site_from(app, args)
    assert [topic.slug for topic in site.topics] == [app.topics[0].slug, HARBOR]
    assert site.topic == app.topics[0]
