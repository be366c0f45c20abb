"""Claim case files: the team's own articles, each with the claims a careful reader would list.

A case file is a header of expectations, a line ``---``, then the article text:

    published: 2025-06-01            (optional: the article's date, for relative words)
    expect: S2 release_date 2026-01-01..2026-04-30 speculative
    expect: S2 cast Lee Min-jae new reported
    expect: S2 cast Yoo In-soo returning speculative negated   (a claim the sentence denies or doubts)
    expect: S2 release_date not-announced reported        (a negated claim without a value)
    expect: S1 episode_count 12 reported
    none: S2 filming_start                                 (no such claim at all)
    none: S2 cast Lee Cheong-san                           (no such claim naming this person: a character)
    attributed: S2 release_date Deadline                   (that season and kind's claims cite this source)
    ---
    text...

Each expectation must be among the extracted claims (season, kind, value, certainty, negation);
each ``none`` must not. People compare by the name key and the topic's aliases, as the scorer does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimwatch.topic import load_topic
from scraper.claims import extract_claims
from scraper.types import Article, Claim, Person, Window, alias_table, name_key

CASES = sorted((Path(__file__).parent / "cases").glob("*.txt"))
TOPIC = load_topic()
ALIASES = alias_table(TOPIC.people)


def read_case(path: Path) -> tuple[dict[str, list[str]], str]:
    header, _, text = path.read_text(encoding="utf-8").partition("\n---\n")
    fields: dict[str, list[str]] = {}
    for line in header.splitlines():
        key, _, value = line.partition(":")
        if key.strip():
            fields.setdefault(key.strip(), []).append(value.strip())
    return fields, text


def describe(claim: Claim) -> str:
    """A claim in the case files' notation."""
    value = claim.value
    if isinstance(value, Window):
        shown = f"{value.start}..{value.end}"
        return f"S{claim.season} {claim.kind} {shown} {claim.certainty}" + (" negated" if claim.negated else "")
    elif isinstance(value, Person):
        shown = " ".join(filter(None, [value.name, value.status if claim.kind == "cast" else None]))
        return f"S{claim.season} {claim.kind} {shown} {claim.certainty}" + (" negated" if claim.negated else "")
    elif value is None:
        shown = "not-announced" if claim.negated else "none"
    else:
        shown = ("not " if claim.negated else "") + str(value)
    return f"S{claim.season} {claim.kind} {shown} {claim.certainty}"


def same(expected: str, claim: Claim) -> bool:
    want = expected.split()
    if not isinstance(claim.value, Person):
        return want == describe(claim).split()
    negated = want[-1] == "negated"
    season, kind, *middle, certainty = want[:-1] if negated else want
    status = middle.pop() if kind == "cast" else None
    return (season, kind, certainty, status, negated) == (f"S{claim.season}", claim.kind, claim.certainty,
                                                          claim.value.status if kind == "cast" else None,
                                                          claim.negated) \
        and name_key(" ".join(middle), ALIASES) == name_key(claim.value.name, ALIASES)


def unwanted_in(unwanted: str, claims: list[Claim]) -> list[Claim]:
    """The claims a ``none`` line rules out: any of its season and kind, or only those with its value or person."""
    season, kind, *value = unwanted.split()
    return [c for c in claims if f"S{c.season}" == season and c.kind == kind and (not value or _has_value(c, value))]


def _has_value(claim: Claim, value: list[str]) -> bool:
    if isinstance(claim.value, Person):
        return name_key(" ".join(value), ALIASES) == name_key(claim.value.name, ALIASES)
    return describe(claim).split()[2:2 + len(value)] == value


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    fields, text = read_case(path)
    published = fields.get("published", [None])[0]
    article = Article(url=f"https://example.org/{path.stem}", text=text,
                      published=dt.datetime.fromisoformat(published).replace(tzinfo=dt.UTC) if published else None)
    claims = extract_claims(article, TOPIC)
    found = [describe(c) for c in claims]
    for expected in fields.get("expect", []):
        assert any(same(expected, c) for c in claims), f"missing: {expected}\nfound: {found}"
    for unwanted in fields.get("none", []):
        assert not unwanted_in(unwanted, claims), f"unexpected {unwanted}: {found}"
    for cited in fields.get("attributed", []):
        season, kind, who = cited.split(maxsplit=2)
        sources = {c.attributed_to for c in claims if f"S{c.season}" == season and c.kind == kind}
        assert sources == {who}, f"{season} {kind} attributed to {sources}, not {who}"
    for claim in claims:
        assert text[claim.span[0]:claim.span[1]] == claim.evidence
