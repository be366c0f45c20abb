"""The JSON API, /healthz, /metrics and the page's safety, against a real server on 127.0.0.1."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from claimwatch.cli import main
from claimwatch.cli.serve import site_from
from claimwatch.errors import ConfigError
from tests.web.conftest import DEAD_CHANNEL, IMG, fill, serving

TOKEN = "s3cret-token"


def cli_json(capsys, *argv: str) -> list[dict]:
    """What `claimwatch … --json` prints, as objects."""
    assert main([*argv, "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_the_api_answers_the_shapes_the_cli_prints(sqlite_engine, client, capsys):
    fill(sqlite_engine)
    with serving(sqlite_engine) as base:
        answers = {path: client.get(base + path) for path, _ in CLI_QUERIES}
    for path, argv in CLI_QUERIES:
        assert answers[path].status_code == 200
        printed = cli_json(capsys, *argv, "--db", str(sqlite_engine.url.database))
        assert answers[path].json() == printed, path
        assert printed, path


CLI_QUERIES = [("/api/v1/claims", ["claims"]), ("/api/v1/history/release_date", ["history", "release_date"]),
               ("/api/v1/changes?since=2025-01-01&until=2026-01-15",
                ["changes", "--since", "2025-01-01", "--until", "2026-01-15"]),
               ("/api/v1/articles", ["articles"]), ("/api/v1/outbox", ["outbox"])]


def test_changes_are_filtered_by_since_and_until(served, client):
    dates = [row["at"][:10] for row in client.get(served + "/api/v1/changes?since=2025-01-01&until=2025-12-31").json()]
    assert dates == ["2025-06-10", "2025-06-10", "2025-07-01"]
    bad = client.get(served + "/api/v1/changes?since=last-tuesday")
    assert bad.status_code == 400 and "not an ISO date" in bad.json()["error"]


def test_history_of_an_unknown_kind_is_a_400(served, client):
    assert client.get(served + "/api/v1/history/budget").status_code == 400


def test_healthz_says_the_database_answers_and_no_round_ran_yet(served, client):
    assert client.get(served + "/healthz").json() == {"status": "ok", "database": "reachable", "last_round": None}


def test_metrics_count_articles_claims_by_kind_and_dead_alerts(served, client):
    text = client.get(served + "/metrics").text
    assert re.search(r"^claimwatch_articles 6\.0$", text, re.M)
    assert re.search(r'^claimwatch_claims\{kind="release_date"\} 3\.0$', text, re.M)
    assert re.search(r'^claimwatch_alerts\{state="dead"\} 1\.0$', text, re.M)
    assert re.search(r"^claimwatch_rounds_total 0\.0$", text, re.M)


def test_a_token_is_required_on_every_request_when_set(filled, client):
    with serving(filled, token=TOKEN) as base:
        for path in ("/", "/api/v1/claims", "/healthz", "/metrics", "/static/style.css"):
            assert client.get(base + path).status_code == 401, path
            assert client.get(base + path, headers={"Authorization": "Bearer wrong"}).status_code == 401, path
        assert client.get(base + "/api/v1/claims", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        first = client.get(base + f"/changes?kind=cast&token={TOKEN}")
        assert first.status_code == 303 and first.headers["location"] == "/changes?kind=cast"  # out of the address bar
        assert "SameSite=Strict" in first.headers["set-cookie"]
        assert client.get(base + "/changes?kind=cast").status_code == 200  # the cookie carries it on


def test_an_exposed_address_without_a_token_is_refused(monkeypatch):
    monkeypatch.delenv("CLAIMWATCH_TOKEN", raising=False)
    args = type("Args", (), {"host": "0.0.0.0", "token": None, "write": False})()
    with pytest.raises(ConfigError, match="needs --token"):
        site_from(None, args)  # type: ignore[arg-type]


def test_every_answer_carries_the_security_headers(served, client):
    for path in ("/", "/api/v1/claims", "/nowhere"):
        headers = client.get(served + path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_retrying_needs_write_access(served, client):
    answer = client.post(served + "/outbox/retry", data={"csrf": "anything"})
    assert answer.status_code == 403 and "read-only" in answer.text
    assert "Retry" not in client.get(served + "/outbox").text


def test_the_retry_form_needs_its_csrf_token(filled, client):
    with serving(filled, write=True) as base:
        page = client.get(base + "/outbox").text
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)[1]
        assert client.post(base + "/outbox/retry", data={}).status_code == 403
        assert client.post(base + "/outbox/retry", data={"csrf": "0" * 64}).status_code == 403
        elsewhere = {"Origin": "https://elsewhere.example"}
        assert client.post(base + "/outbox/retry", data={"csrf": csrf}, headers=elsewhere).status_code == 403
        assert _dead(client, base) == 1
        done = client.post(base + "/outbox/retry", data={"csrf": csrf})
        assert done.status_code == 303 and done.headers["location"].endswith("retried=1")
        assert _dead(client, base) == 0


def _dead(client: httpx.Client, base: str) -> int:
    return sum(row["status"] == "dead" and row["channel"] == DEAD_CHANNEL
               for row in client.get(base + "/api/v1/outbox").json())


def test_hostile_strings_are_escaped_and_javascript_urls_never_linked(served, client):
    for path in ("/", "/timeline/release_date", "/timeline/cast", "/changes", "/articles", "/outbox"):
        html = client.get(served + path).text
        assert "<img src=x" not in html and "<script>alert" not in html, path
        assert 'href="javascript:' not in html and "href='javascript:" not in html, path
    articles = client.get(served + "/articles").text
    assert "Season two &lt;img src=x onerror=alert(1)&gt; news" in articles
    assert "javascript:alert(3)" in articles  # shown as text, not as a link
    assert IMG not in client.get(served + "/outbox").text
