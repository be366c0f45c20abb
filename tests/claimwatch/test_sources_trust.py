"""`claimwatch sources --trust`: each site's track record, as a table and as JSON lines."""

from __future__ import annotations

import storage
from claimwatch.cli import main
from storage.trust import score
from tests.storage.factory import claim
from tests.storage.test_trust import said


def test_sources_trust_lists_each_sites_record(sqlite_engine, tmp_path, capsys):
    with storage.transaction(sqlite_engine) as session:
        said(session, "Good Guesses", "2025-01-10", [claim("episode_count", 8, certainty="speculative")])
        said(session, "Farm Daily", "2025-01-11", [claim("episode_count", 16, certainty="speculative")])
        said(session, "Studio Wire", "2025-02-01", [claim("episode_count", 8, certainty="official")])
    db = str(sqlite_engine.url.database)
    assert main(["sources", "--trust", "--db", db]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["SITE", "CLAIMS", "CONFIRMED", "CONTRADICTED", "SCORE"]
    assert [line.split()[:2] for line in table[2:]] == [["Good", "Guesses"], ["Farm", "Daily"]]
    assert main(["sources", "--trust", "--db", db, "--json"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line]
    assert rows[0] == ('{"site": "Good Guesses", "claims": 1, "confirmed": 1, "contradicted": 0, '
                       f'"score": {round(score(1, 0), 3)}}}')
