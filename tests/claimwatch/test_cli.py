"""The real command line against a real database file, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


def claimwatch(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
               cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "claimwatch", *args], capture_output=True, text=True,
                          input=stdin, env=environment, cwd=cwd, timeout=120)


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_extract_json_prints_claims_in_the_contract_shape():
    result = claimwatch("extract", "--json", str(ARTICLES / "renewal.json"))
    assert result.returncode == 0, result.stderr
    claims = json_lines(result.stdout)
    renewal = [c for c in claims if c["kind"] == "renewal"]
    assert renewal and renewal[0]["value"] == "renewed" and renewal[0]["season"] == 2
    assert renewal[0]["certainty"] == "official"
    for claim in claims:
        assert set(claim) >= {"show", "season", "kind", "value", "certainty", "negated", "attributed_to",
                              "evidence", "span", "doc"}
        assert claim["doc"] == str(ARTICLES / "renewal.json")


def test_extract_finds_a_negated_release_date():
    claims = json_lines(claimwatch("extract", "--json", str(ARTICLES / "renewal.json")).stdout)
    assert any(c["kind"] == "release_date" and c["negated"] and c["value"] is None for c in claims)


def test_extract_reads_html_and_text_files_and_standard_input():
    html = json_lines(claimwatch("extract", "--json", str(ARTICLES / "date.html")).stdout)
    dated = [c for c in html if c["kind"] == "release_date"]
    assert dated and dated[0]["value"]["start"] == "2026-03-13" and dated[0]["certainty"] == "official"
    text = (ARTICLES / "window.txt").read_text()
    piped = json_lines(claimwatch("extract", "--json", "-", stdin=text).stdout)
    window = [c for c in piped if c["kind"] == "release_date"]
    assert window and window[0]["value"]["start"] == "2026-01-01" and window[0]["value"]["end"] == "2026-04-30"
    assert window[0]["attributed_to"] == "Variety"


def test_extract_reports_an_unreadable_file_and_goes_on(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = claimwatch("extract", "--json", str(tmp_path / "missing.html"), str(broken),
                        str(ARTICLES / "renewal.json"))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert any("missing.html" in line for line in errors)
    assert any("broken.json" in line and "JSON" in line for line in errors)
    assert "Traceback" not in result.stderr
    assert any(c["kind"] == "renewal" for c in json_lines(result.stdout))


def test_ingest_then_query_every_command(tmp_path):
    db = str(tmp_path / "cw.db")
    files = [str(ARTICLES / name) for name in ("renewal.json", "window.txt", "date.html")]
    result = claimwatch("ingest", "--db", db, "--published", "2025-10-01", *files)
    assert result.returncode == 0, result.stderr

    beliefs = {b["kind"]: b for b in json_lines(claimwatch("claims", "--db", db, "--json").stdout)}
    assert beliefs["renewal"]["value"] == "renewed"
    assert beliefs["release_date"]["value"]["start"] == "2026-03-13"
    assert beliefs["release_date"]["certainty"] == "official"
    for belief in beliefs.values():
        assert set(belief) >= {"show", "season", "kind", "value", "certainty", "sources", "since"}

    changes = json_lines(claimwatch("changes", "--db", db, "--json").stdout)
    kinds = [(c["kind"], c["change"]) for c in changes]
    assert kinds.index(("renewal", "first")) < kinds.index(("release_date", "first"))
    assert ("release_date", "value") in kinds
    for change in changes:
        assert set(change) >= {"show", "season", "kind", "change", "value", "previous", "certainty", "at", "urls"}

    history = json_lines(claimwatch("history", "release_date", "--db", db, "--json").stdout)
    assert len(history) >= 2 and all(h["evidence"] for h in history)

    articles = json_lines(claimwatch("articles", "--db", db, "--json", "--search", "march 13").stdout)
    assert [a["url"] for a in articles] == ["https://screendesk.example.com/aouad-s2-date"]

    sources = json_lines(claimwatch("sources", "--db", db, "--json").stdout)
    assert {s["name"] for s in sources} >= {"all-of-us-are-dead/soompi", "all-of-us-are-dead/wikipedia"}


def test_ingesting_the_same_files_again_changes_nothing(tmp_path):
    db = str(tmp_path / "cw.db")
    files = [str(ARTICLES / "renewal.json"), str(ARTICLES / "date.html")]
    claimwatch("ingest", "--db", db, *files)
    before = json_lines(claimwatch("changes", "--db", db, "--json").stdout)
    again = claimwatch("ingest", "--db", db, *files)
    assert again.returncode == 0
    assert json_lines(claimwatch("changes", "--db", db, "--json").stdout) == before


def test_a_bad_settings_file_is_one_line_naming_key_and_file(tmp_path):
    config = tmp_path / "claimwatch.toml"
    config.write_text("[daemon]\ndeliver_every = 3\n")
    result = claimwatch("--config", str(config), "claims", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "daemon.deliver_every" in result.stderr and str(config) in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["claims"], ["changes"], ["sources"]])
def test_queries_on_a_new_database_say_there_is_nothing_yet(tmp_path, command):
    assert claimwatch("db", "upgrade", "--db", str(tmp_path / "new.db")).returncode == 0
    result = claimwatch(*command, "--db", str(tmp_path / "new.db"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_notify_test_reports_each_channel_and_fails_when_one_does(tmp_path):
    from tests.notifier.servers import free_port

    config = tmp_path / "claimwatch.toml"
    config.write_text(f"""[channels.console]
type = "console"

[channels.mail]
type = "email"
host = "127.0.0.1"
port = {free_port()}
security = "none"
from = "alerts@example.org"
to = ["me@example.org"]
timeout_s = 2
""")
    result = claimwatch("--config", str(config), "notify-test", "--db", str(tmp_path / "x.db"), "--json")
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    outcomes = {row["channel"]: row for row in rows}
    assert outcomes["console"]["ok"] is True
    assert outcomes["mail"]["ok"] is False and "connection refused" in outcomes["mail"]["outcome"]


def test_outbox_lists_what_was_delivered(tmp_path):
    db = str(tmp_path / "cw.db")
    claimwatch("ingest", "--db", db, str(ARTICLES / "renewal.json"))
    rows = json_lines(claimwatch("outbox", "--db", db, "--json").stdout)
    assert rows and {row["status"] for row in rows} == {"delivered"} and rows[0]["channel"] == "console"


def test_articles_record_the_language_the_text_is_in(tmp_path):
    page = tmp_path / "ko.html"
    page.write_text('<html lang="en"><head><title>지금 우리 학교는 시즌2</title></head><body><article>'
                    "<h1>지금 우리 학교는 시즌2</h1><p>넷플릭스 시리즈 지금 우리 학교는 시즌2가 내년 7월 촬영을 "
                    "시작한다고 제작사가 밝혔다. 출연진은 대부분 다시 돌아온다.</p></article></body></html>", encoding="utf-8")
    db = str(tmp_path / "cw.db")
    assert claimwatch("ingest", "--db", db, "--published", "2025-10-01", str(page),
                      str(ARTICLES / "renewal.json")).returncode == 0
    stored = json_lines(claimwatch("articles", "--db", db, "--json").stdout)
    langs = {a["url"].rsplit("/", 1)[-1]: a["lang"] for a in stored}
    assert langs == {"ko.html": "ko", "aouad-renewed": "en"}
    assert " ko " in claimwatch("articles", "--db", db).stdout
