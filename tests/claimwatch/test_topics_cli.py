"""Two topics from the command line: one `run --once` follows both, and the queries group by show."""

from __future__ import annotations

from pathlib import Path

from tests.claimwatch.test_cli import ARTICLES, claimwatch, json_lines
from tests.claimwatch.test_topics import HARBOR_STORY, serve_two_shows
from tests.scraper.http_server import LocalServer

TOPIC = '''slug = "{slug}"
title = "{title}"
season = {season}
platform = ["Netflix"]

[[sources]]
name = "news"
kind = "rss"
url = "{url}"
filter = false
'''


def two_topics(tmp_path: Path, site: LocalServer) -> Path:
    (tmp_path / "aouad.toml").write_text(TOPIC.format(slug="all-of-us-are-dead", title="All of Us Are Dead",
                                                      season=2, url=site.url("/aouad.xml")))
    (tmp_path / "harbor.toml").write_text(TOPIC.format(slug="harbor-lights", title="Harbor Lights", season=3,
                                                       url=site.url("/harbor.xml")))
    config = tmp_path / "claimwatch.toml"
    config.write_text('topics = ["aouad.toml", "harbor.toml"]\n\n[fetch]\nallow_hosts = ["127.0.0.1"]\n'
                      '\n[channels.quiet]\ntype = "console"\nkinds = []\n')
    return config


def test_one_run_follows_two_topics_and_the_queries_group_by_show(tmp_path):
    with LocalServer() as site:
        serve_two_shows(site)
        config = two_topics(tmp_path, site)
        db = str(tmp_path / "cw.db")
        run = claimwatch("--config", str(config), "run", "--once", "--no-baseline", "--db", db)
    assert run.returncode == 0, run.stderr
    assert "all-of-us-are-dead/news" in run.stdout and "harbor-lights/news" in run.stdout

    claims = claimwatch("--config", str(config), "claims", "--db", db).stdout
    assert claims.index("All of Us Are Dead, season 2: what the press says now") < claims.index(
        "Harbor Lights, season 3: what the press says now")
    only = claimwatch("--config", str(config), "claims", "--db", db, "--show", "harbor-lights").stdout
    assert only.startswith("Harbor Lights, season 3: what the press says now") and "All of Us" not in only

    changes = json_lines(claimwatch("--config", str(config), "changes", "--db", db, "--json").stdout)
    assert sorted(c["show"] for c in changes if c["kind"] == "renewal") == ["all-of-us-are-dead", "harbor-lights"]
    history = claimwatch("--config", str(config), "history", "renewal", "--db", db, "--show", "harbor-lights",
                         "--json").stdout
    assert {entry["show"] for entry in json_lines(history)} == {"harbor-lights"}
    grouped = claimwatch("--config", str(config), "changes", "--db", db).stdout
    assert "All of Us Are Dead, season 2" in grouped and "Harbor Lights, season 3" in grouped

    feed = claimwatch("--config", str(config), "feed", "--db", db, "--show", "harbor-lights").stdout
    assert "<title>Harbor Lights" in feed and "All of Us Are Dead" not in feed
    every = claimwatch("--config", str(config), "feed", "--db", db).stdout
    assert "<title>Harbor Lights S3: renewed" in every and "<title>All of Us Are Dead S2: renewed" in every

    topics = json_lines(claimwatch("--config", str(config), "topics", "--db", db, "--json").stdout)
    assert [(t["slug"], t["sources"], t["beliefs"] > 0, bool(t["last_change_at"])) for t in topics] == [
        ("all-of-us-are-dead", ["all-of-us-are-dead/news"], True, True),
        ("harbor-lights", ["harbor-lights/news"], True, True)]
    listed = claimwatch("--config", str(config), "topics", "--db", db).stdout
    assert "Harbor Lights S3" in listed and "LAST CHANGE" in listed

    unknown = claimwatch("--config", str(config), "changes", "--db", db, "--show", "nope")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("claimwatch changes: --show nope: no topic of that slug is followed")


def test_topics_add_checks_the_file_then_copies_it_into_the_topics_dir(tmp_path):
    (tmp_path / "shows").mkdir()
    config = tmp_path / "claimwatch.toml"
    config.write_text('topics_dir = "shows"\n')
    new = tmp_path / "harbor.toml"
    new.write_text(TOPIC.format(slug="harbor-lights", title="Harbor Lights", season=3, url="https://example.org/f"))
    added = claimwatch("--config", str(config), "topics", "add", str(new))
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith(f"added harbor-lights (Harbor Lights S3, 1 source) as {tmp_path / 'shows'}")
    assert (tmp_path / "shows" / "harbor.toml").read_text() == new.read_text()
    again = claimwatch("--config", str(config), "topics", "add", str(new))
    assert again.returncode == 2 and "slug: 'harbor-lights' is already followed" in again.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text('slug = "x"\ntitle = "X"\nseason = "two"\n')
    refused = claimwatch("--config", str(config), "topics", "add", str(broken))
    assert refused.returncode == 2 and f"{broken}: season: must be a season number" in refused.stderr
    assert not (tmp_path / "shows" / "broken.toml").exists()


def test_check_reports_two_topic_files_of_one_slug(tmp_path):
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(TOPIC.format(slug="same", title="Same", season=1, url="https://example.org/f"))
    config = tmp_path / "claimwatch.toml"
    config.write_text('topics = ["a.toml", "b.toml"]\n')
    result = claimwatch("--config", str(config), "check")
    assert result.returncode == 1
    assert result.stderr == f"topic: {tmp_path / 'b.toml'}: slug: 'same' is already the slug of {tmp_path / 'a.toml'}\n"


def two_topic_files(tmp_path: Path, channels: str = "") -> Path:
    for file, slug, title, season in (("aouad.toml", "all-of-us-are-dead", "All of Us Are Dead", 2),
                                      ("harbor.toml", "harbor-lights", "Harbor Lights", 3)):
        (tmp_path / file).write_text(TOPIC.format(slug=slug, title=title, season=season,
                                                  url="https://example.org/feed.xml"))
    config = tmp_path / "claimwatch.toml"
    config.write_text('topics = ["aouad.toml", "harbor.toml"]\n' + channels)
    return config


def harbor_article(tmp_path: Path) -> Path:
    path = tmp_path / "harbor.html"
    path.write_text(HARBOR_STORY)
    return path


def renewed_shows(config: Path, db: str) -> list[str]:
    changes = json_lines(claimwatch("--config", str(config), "changes", "--db", db, "--json").stdout)
    return sorted(change["show"] for change in changes if change["kind"] == "renewal")


def test_ingest_reads_each_file_for_every_topic_unless_show_narrows_it(tmp_path):
    config = two_topic_files(tmp_path, '\n[channels.out]\ntype = "console"\n')
    files = [str(ARTICLES / "renewal.json"), str(harbor_article(tmp_path))]
    every = str(tmp_path / "every.db")
    ingested = claimwatch("--config", str(config), "ingest", "--db", every, *files)
    assert ingested.returncode == 0, ingested.stderr
    assert renewed_shows(config, every) == ["all-of-us-are-dead", "harbor-lights"]
    outbox = json_lines(claimwatch("--config", str(config), "outbox", "--db", every, "--json").stdout)
    assert any(row["subject"].startswith("Harbor Lights S3: renewed") for row in outbox)  # its own title

    narrowed = str(tmp_path / "narrowed.db")
    claimwatch("--config", str(config), "ingest", "--db", narrowed, "--show", "harbor-lights", *files)
    assert renewed_shows(config, narrowed) == ["harbor-lights"]


def test_extract_and_explain_answer_for_every_topic(tmp_path):
    config = two_topic_files(tmp_path)
    article = str(harbor_article(tmp_path))
    claims = json_lines(claimwatch("--config", str(config), "extract", "--json", article).stdout)
    assert {c["show"] for c in claims if c["kind"] == "renewal"} == {"harbor-lights"}
    db = str(tmp_path / "cw.db")
    claimwatch("--config", str(config), "ingest", "--db", db, str(ARTICLES / "renewal.json"), article)
    explained = claimwatch("--config", str(config), "claims", "--db", db, "--explain", "renewal").stdout
    assert "All of Us Are Dead, season 2: why renewal" in explained
    assert "Harbor Lights, season 3: why renewal" in explained
    only = claimwatch("--config", str(config), "claims", "--db", db, "--explain", "renewal", "--show",
                      "harbor-lights").stdout
    assert only.startswith("Harbor Lights, season 3: why renewal") and "All of Us" not in only
