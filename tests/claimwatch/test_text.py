"""What extract, ingest, sources and demo print, as a reader sees it."""

from __future__ import annotations

import logging
import shutil

from claimwatch.cli import main
from claimwatch.cli.progress import CLEAR_LINE, Progress
from claimwatch.demo import closing_hint
from tests.claimwatch.test_cli import ARTICLES
from tests.claimwatch.test_output import Terminal


def test_extract_says_not_announced_once_and_counts_in_the_singular(tmp_path, capsys):
    one = tmp_path / "one.txt"
    one.write_text("Netflix has renewed All of Us Are Dead for a second season.")
    assert main(["extract", str(ARTICLES / "renewal.json"), str(one)]) == 0
    out = capsys.readouterr().out
    assert "not not" not in out and "release_date: not announced" in out
    assert f"{one}: 1 claim " in out or out.count(f"{one}: 1 claim\n") == 1, out


def test_ingest_records_oldest_first_shows_whole_paths_and_says_1_change(tmp_path, capsys):
    folder = tmp_path / "a-folder-name-longer-than-sixteen-characters"
    folder.mkdir()
    for name in ("window.txt", "date.html", "renewal.json"):
        shutil.copy(ARTICLES / name, folder / name)
    given = [str(folder / name) for name in ("window.txt", "date.html", "renewal.json")]
    assert main(["ingest", "--db", str(tmp_path / "cw.db"), *given]) == 0
    out = capsys.readouterr().out
    order = [line.split()[0] for line in out.splitlines() if line.startswith(str(folder))]
    assert order == [given[2], given[1], given[0]]  # 2022, then 2025, then the undated one
    assert "1 change\n" in out or "1 change " in out
    assert "1 changes" not in out and "{" not in out


def test_ingest_as_given_keeps_the_order(tmp_path, capsys):
    given = [str(ARTICLES / "date.html"), str(ARTICLES / "renewal.json")]
    assert main(["ingest", "--as-given", "--db", str(tmp_path / "cw.db"), *given]) == 0
    order = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith(str(ARTICLES))]
    assert order == given


def test_a_log_line_does_not_run_into_the_progress_line():
    stream = Terminal()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with Progress(2, stream) as progress:
            progress.show(1, "a.html")
            logging.getLogger("claimwatch.test").warning("a log line")
    finally:
        root.removeHandler(handler)
    assert f"a.html{CLEAR_LINE}a log line\n" in stream.getvalue()


def test_sources_shows_last_fetch_and_failures(tmp_path, capsys):
    import datetime as dt

    import storage
    from scraper.types import SourceConfig

    db = str(tmp_path / "cw.db")
    assert main(["db", "upgrade", "--db", db]) == 0
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    with storage.transaction(storage.make_engine(f"sqlite:///{db}")) as session:
        storage.sync_sources(session, [SourceConfig(name="soompi", kind="rss", url="https://example.org/f")], now)
        for _ in range(2):
            storage.record_poll(session, "soompi", ok=False, error="https://example.org/f: answered 503", at=now,
                                next_due=now + dt.timedelta(minutes=5), reason="back-off")
    capsys.readouterr()
    assert main(["sources", "--db", db]) == 0
    out = capsys.readouterr().out
    header, _, *rows = out.splitlines()
    assert "LAST FETCH (UTC)" in header and "FAILS" in header
    [row] = [r for r in rows if r.startswith("soompi")]
    assert "2026-03-01 12:00" in row and "  2  " in row and "answered 503" in row


def test_the_demo_closing_hint_reads_as_a_sentence():
    assert closing_hint("/tmp/demo.db") == "Query what it learnt with: claimwatch claims --db /tmp/demo.db"
    assert "--db FILE to keep" not in closing_hint(None)
    assert closing_hint(None).endswith("`claimwatch claims --db FILE`.")


def test_values_show_as_text_not_python_dicts():
    from claimwatch.cli.output import describe_value

    assert describe_value("episode_count", {"count": 8}) == "count 8"
    assert describe_value("x", {"text": "early 2026", "other": 1}) == "early 2026"
