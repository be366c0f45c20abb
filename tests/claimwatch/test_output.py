"""Tables as a reader sees them: cut only on a terminal, aligned by display width, times with their zone."""

from __future__ import annotations

import io
import time

from claimwatch.cli import main
from claimwatch.cli.output import display_width, print_table, set_view
from tests.claimwatch.test_cli import ARTICLES

LONG = "The Streamsider (according to Netflix): Season 2 premieres on March 13, 2026, with eight episodes"
COLUMNS = [("at", "AT", 0), ("site", "SOURCE", 1), ("evidence", "EVIDENCE", 4)]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def rows() -> list[dict]:
    return [{"at": "2026-01-20T15:00:00+00:00", "site": "지금 우리 학교는 뉴스", "evidence": LONG},
            {"at": "2026-01-21T09:30:00+00:00", "site": "K-Drama Wire", "evidence": "eight episodes"}]


def table(out: io.StringIO) -> list[str]:
    print_table(rows(), COLUMNS, out=out)
    return out.getvalue().splitlines()


def test_a_table_on_a_terminal_fits_its_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    set_view()
    lines = table(Terminal())
    assert max(display_width(line) for line in lines) <= 80 and any("…" in line for line in lines)


def test_a_piped_or_wide_table_is_never_cut(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    set_view()
    assert any(LONG in line for line in table(io.StringIO()))
    set_view(wide=True)
    assert any(LONG in line for line in table(Terminal()))
    set_view()


def test_columns_align_by_display_width_with_korean_text():
    set_view()
    header, _, korean, latin = table(io.StringIO())
    start = header.index("EVIDENCE")
    assert display_width(korean[: korean.index("The Streamsider")]) == start
    assert display_width(latin[: latin.index("eight episodes")]) == start


def test_times_say_their_zone_and_local_shows_the_machines(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    set_view()
    header, _, first, _ = table(io.StringIO())
    assert header.startswith("AT (UTC)") and first.startswith("2026-01-20 15:00")
    set_view(local=True)
    header, _, first, _ = table(io.StringIO())
    assert header.startswith("AT (KST)") and first.startswith("2026-01-21 00:00")
    set_view()
    monkeypatch.undo()
    time.tzset()


def test_history_piped_keeps_whole_sentences(tmp_path, capsys):
    db = str(tmp_path / "cw.db")
    assert main(["ingest", "--db", db, "--published", "2025-10-01", str(ARTICLES / "date.html")]) == 0
    capsys.readouterr()
    assert main(["history", "release_date", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "…" not in out and "AT (UTC)" in out
