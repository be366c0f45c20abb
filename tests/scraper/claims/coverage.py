"""Which language × kind pairs the case files cover: ``python -m tests.scraper.claims.coverage`` writes
``cases/COVERAGE.md``, and ``test_coverage.py`` fails when the committed table is stale.

A pair is covered by a case file with at least one ``expect`` of that kind. The language is the
case's ``lang:`` header, else what the detector reads in its text. Rows are the language packs plus
any other language a case is in; columns are the registered claim kinds.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from scraper.claimkinds import KINDS
from scraper.claims.language import detect_language
from scraper.claims.packs import PACKS
from tests.scraper.claims.casefiles import CASE_DIR, CASES, read_case

TABLE = CASE_DIR / "COVERAGE.md"


def case_language(fields: dict[str, list[str]], text: str) -> str:
    declared = fields.get("lang", [None])[0]
    return declared or detect_language(text) or "unknown"


def covered(cases: list[Path]) -> Counter[tuple[str, str]]:
    """The number of case files with an ``expect`` of each (language, kind)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for path in cases:
        fields, text = read_case(path)
        language = case_language(fields, text)
        pairs.update({(language, line.split()[1]) for line in fields.get("expect", [])})
    return pairs


def render(pairs: Counter[tuple[str, str]]) -> str:
    languages = sorted(set(PACKS) | {language for language, _ in pairs}, key=lambda code: (code != "en", code))
    rows = [f"| {language} | " + " | ".join(str(pairs[language, kind] or "·") for kind in KINDS) + " |"
            for language in languages]
    empty = sum(not pairs[language, kind] for language in languages for kind in KINDS)
    return "\n".join([
        "# Case coverage: language × kind",
        "",
        "Case files with at least one `expect` of the kind, by the case's language (its `lang:` header, else",
        "detected). `·` is a pair no case covers. Written by `python -m tests.scraper.claims.coverage`;",
        "`tests/scraper/claims/test_coverage.py` fails when this table is stale.",
        "",
        "| lang | " + " | ".join(KINDS) + " |",
        "| --- | " + " | ".join("---:" for _ in KINDS) + " |",
        *rows,
        "",
        f"{len(CASES)} case files; {empty} of {len(languages) * len(KINDS)} pairs empty.",
        "",
    ])


def table() -> str:
    return render(covered(CASES))


if __name__ == "__main__":
    TABLE.write_text(table(), encoding="utf-8")
    print(f"wrote {TABLE}")
