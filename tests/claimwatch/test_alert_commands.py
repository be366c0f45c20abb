"""The alert commands as a user runs them: claims --explain, outbox retry, feed."""

from __future__ import annotations

from pathlib import Path

import feedparser

from tests.claimwatch.test_cli import ARTICLES, claimwatch, json_lines
from tests.notifier.conftest import SECRET
from tests.notifier.servers import Answer, WebhookReceiver, free_port


def hook_config(tmp_path: Path, url: str) -> Path:
    config = tmp_path / "claimwatch.toml"
    config.write_text(f"""[daemon]
delivery_max_attempts = 3

[channels.hook]
type = "webhook"
url = "{url}"
secret = "{SECRET}"
timeout_s = 2
""")
    return config


def test_explain_ranks_every_value_with_its_sources_and_sentences(tmp_path):
    db = str(tmp_path / "cw.db")
    assert claimwatch("ingest", "--db", db, str(ARTICLES / "window.txt"), str(ARTICLES / "date.html")).returncode == 0
    rows = json_lines(claimwatch("claims", "--db", db, "--explain", "release_date", "--json").stdout)
    held, *others = rows
    assert held["held"] and held["note"] == "the belief" and held["value"]["start"] == "2026-03-13"
    assert held["claims"][0]["certainty"] == "official" and held["claims"][0]["evidence"]
    assert held["claims"][0]["url"]
    window = next(r for r in others if r["value"] and r["value"]["end"] == "2026-04-30")
    assert not window["held"] and window["note"].startswith("from undated pages only")  # window.txt has no date
    assert window["claims"][0]["attributed_to"] == "Variety"
    shown = claimwatch("claims", "--db", db, "--explain", "release_date").stdout
    assert "1. " in shown and "the belief" in shown and "“" in shown


def test_a_dead_letter_is_sent_again_by_outbox_retry(tmp_path):
    db = str(tmp_path / "cw.db")
    with WebhookReceiver(secret=SECRET) as hook:
        hook.answer(Answer(status=400, body=b"no such hook"))
        config = str(hook_config(tmp_path, hook.url()))
        claimwatch("--config", config, "ingest", "--db", db, str(ARTICLES / "renewal.json"))
        dead = json_lines(claimwatch("--config", config, "outbox", "--status", "dead", "--db", db, "--json").stdout)
        assert len(dead) == len(hook.requests) >= 1  # a 400 is a dead letter at its first attempt
        assert "answered 400" in dead[0]["last_error"]
        hook.answer(Answer(status=204))
        retried = claimwatch("--config", config, "outbox", "retry", "--db", db)
        assert retried.stdout.strip() == f"{len(dead)} dead letter{'s' if len(dead) > 1 else ''} queued again"
        claimwatch("--config", config, "ingest", "--db", db, str(ARTICLES / "renewal.json"))  # delivers due alerts
    assert hook.rejected == []
    assert sorted(hook.ids()) == sorted(row["idempotency_key"] for row in dead)  # the same webhook-id again
    rows = json_lines(claimwatch("--config", config, "outbox", "--db", db, "--json").stdout)
    assert {row["status"] for row in rows} == {"delivered"}
    assert claimwatch("outbox", "--retry-dead", "--db", db).stdout.strip() == "0 dead letters queued again"


def test_feed_writes_an_atom_file_a_reader_can_follow(tmp_path):
    db = str(tmp_path / "cw.db")
    claimwatch("ingest", "--db", db, str(ARTICLES / "renewal.json"), str(ARTICLES / "date.html"))
    out = tmp_path / "aouad.xml"
    result = claimwatch("feed", "--db", db, "--output", str(out), "--self-url", "https://example.org/aouad.xml")
    assert result.returncode == 0, result.stderr
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo and parsed.version == "atom10"
    changes = json_lines(claimwatch("changes", "--db", db, "--json").stdout)
    assert len(parsed.entries) == len(changes) >= 2
    assert {e.id.rsplit(":", 1)[1] for e in parsed.entries} == {str(c["id"]) for c in changes}
    again = feedparser.parse(claimwatch("feed", "--db", db).stdout.encode())
    assert [e.id for e in again.entries] == [e.id for e in parsed.entries]  # stable ids


def test_a_source_failing_in_run_once_is_a_health_alert_and_shows_in_claimwatch_health(tmp_path):
    topic = tmp_path / "topic.toml"
    topic.write_text(f'''slug = "all-of-us-are-dead"
title = "All of Us Are Dead"
season = 2
platform = ["Netflix"]

[[sources]]
name = "dead-feed"
kind = "rss"
url = "http://127.0.0.1:{free_port()}/feed.xml"
interval = "10m"
''')
    db = str(tmp_path / "cw.db")
    with WebhookReceiver() as ops:
        config = tmp_path / "claimwatch.toml"
        config.write_text(f"""topic = "{topic}"

[fetch]
allow_hosts = ["127.0.0.1"]
retries = 0

[health]
source_failing_rounds = 1

[channels.ops]
type = "webhook"
url = "{ops.url()}"
health = true
kinds = []
""")
        result = claimwatch("--config", str(config), "run", "--once", "--db", db)
        assert result.returncode == 1  # the source failed
        [alert] = [r.json() for r in ops.requests]
    assert alert["change"]["kind"] == "health" and alert["change"]["change"] == "source_failing"
    assert alert["subject"].startswith(
        "[health] All of Us Are Dead S2: source all-of-us-are-dead/dead-feed has failed 1 round in a row")
    [report] = json_lines(claimwatch("--config", str(config), "health", "--db", db, "--json").stdout)
    assert report["status"] == "failing"
    assert ("source-failing:all-of-us-are-dead/dead-feed", True) in [(row["condition"], row["holds"]) for row in report["conditions"]]
    shown = claimwatch("--config", str(config), "health", "--db", db).stdout
    assert "last round completed:" in shown and "FAILING" in shown
