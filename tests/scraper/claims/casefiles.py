"""Reading the claim case files (``cases/*.txt``): the header's lines by key, then the article text.

The header's keys are documented in ``test_cases.py``; a key not among them fails, naming the file
and the line, so a typo never silently drops an expectation.
"""

from __future__ import annotations

from pathlib import Path

CASE_DIR = Path(__file__).parent / "cases"
CASES = sorted(CASE_DIR.glob("*.txt"))
HEADER_KEYS = {"published", "expect", "none", "attributed", "allow", "wrong", "lang", "topic"}


def read_case(path: Path) -> tuple[dict[str, list[str]], str]:
    header, _, text = path.read_text(encoding="utf-8").partition("\n---\n")
    fields: dict[str, list[str]] = {}
    for number, line in enumerate(header.splitlines(), 1):
        key, _, value = line.partition(":")
        if not key.strip():
            continue
        if key.strip() not in HEADER_KEYS:
            raise ValueError(f"{path.name}:{number}: unknown header key {key.strip()!r}; known: {sorted(HEADER_KEYS)}")
        fields.setdefault(key.strip(), []).append(value.strip())
    return fields, text
