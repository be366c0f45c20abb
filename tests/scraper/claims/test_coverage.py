from tests.scraper.claims.coverage import TABLE, table


def test_the_committed_coverage_table_is_current() -> None:
    assert TABLE.read_text(encoding="utf-8") == table(), "stale: run python -m tests.scraper.claims.coverage"
