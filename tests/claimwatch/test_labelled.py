"""`ingest --labelled`: hand-labelled claims stand in for extraction; `claims --as-of`, `changes --until`.

Run in-process (``claimwatch.cli.main``) against a real SQLite file; the articles are the team's own.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimwatch.cli import main


def labelled(folder: Path, name: str, published: str | None, text: str, gold: list[dict]) -> str:
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"id": name, "url": f"https://{name}.example/story", "published": published,
                                "lang": "en", "text": text, "gold": gold}))
    return str(path)


def gold(kind: str, value, evidence: str, *, certainty: str = "reported", season: int | None = 2) -> dict:
    return {"show": "all-of-us-are-dead", "season": season, "kind": kind, "value": value, "certainty": certainty,
            "negated": False, "attributed_to": None, "evidence": evidence}


def run(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(list(args)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_labelled_claims_are_recorded_with_tiers_and_read_back_as_of_a_day(tmp_path, capsys):
    db = str(tmp_path / "cw.db")
    guess = "Fans expect the new season in 2025."
    official = "The streamer announced that the season premieres on 4 April 2026."
    files = [
        labelled(tmp_path, "guess", "2024-03-01", f"A long wait. {guess}",
                 [gold("release_date", {"start": "2025-01-01", "end": "2025-12-31", "text": "2025"}, guess,
                       certainty="speculative")]),
        labelled(tmp_path, "first-season", "2024-03-02", "Season one had twelve episodes.",
                 [gold("episode_count", 12, "Season one had twelve episodes.", season=1)]),
        labelled(tmp_path, "official", "2026-01-20", official,
                 [gold("release_date", {"start": "2026-04-04", "end": "2026-04-04", "text": "4 April 2026"},
                       official, certainty="official")]),
    ]
    assert main(["ingest", "--labelled", "--db", db, "--json", *files]) == 0
    changes = run(capsys, "changes", "--db", db, "--json")
    assert [(c["kind"], c["change"], c["tier"]) for c in changes] == [
        ("release_date", "first", "rumoured"), ("release_date", "value", "confirmed")]
    assert [c["change"] for c in run(capsys, "changes", "--db", db, "--json", "--until", "2024-12-31")] == ["first"]
    [then] = run(capsys, "claims", "--db", db, "--json", "--as-of", "2024-03-01")
    [now] = run(capsys, "claims", "--db", db, "--json")
    assert (then["value"]["text"], then["tier"]) == ("2025", "rumoured")
    assert (now["value"]["text"], now["tier"]) == ("4 April 2026", "confirmed")


def test_a_file_without_gold_is_reported_and_the_others_recorded(tmp_path, capsys):
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({"url": "https://bare.example/", "text": "No labels here."}))
    good = labelled(tmp_path, "good", "2025-01-01", "It has been renewed.",
                    [gold("renewal", "renewed", "It has been renewed.")])
    assert main(["ingest", "--labelled", "--db", str(tmp_path / "cw.db"), "--json", str(bare), good]) == 1
    assert "gold" in capsys.readouterr().err
