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
    none: S2 release_date 2025                             (no such claim with this value; a window by its start)
    attributed: S2 release_date Deadline                   (that season and kind's claims cite this source)
    allow: S1                                              (claims this may also give: any of season 1 ...)
    allow: S2 cast Lee Min-jae                             (... or only those with this value or person)
    wrong: S2 release_date 2025-07-10..2025-07-10 official (a known miss: the extractor gives this, wrongly)
    lang: de                                               (the article's language; default: detected)
    topic: nordlicht.toml                                  (a topic file beside the cases; default: the shipped one)
    ---
    text...

Expectations are exhaustive: each must be among the extracted claims (season, kind, value,
certainty, negation), and every extracted claim must be expected, allowed or known wrong. Each
``none`` must not be found. A header key not listed here fails the case, naming the file and line.
People compare by the name key and the topic's aliases, as the scorer does.

``wrong`` records a known miss of the extractor: a claim written exactly as ``describe`` prints
it (the failure message of an unexpected claim shows it so) that the extractor gives and a careful
reader would not. The case passes while that claim is produced and fails as soon as it is not,
so a fixed miss cannot linger: delete the line (and add the right ``expect`` if there is one).
A ``wrong`` line may not also be expected; a ``none`` line does not count the claim a
``wrong`` line records (the ``none`` stays, and holds again once the miss is fixed). When the extractor's claim is right but its certainty
is not, the claim is ``wrong`` as given; the right one cannot be expected until it is produced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimwatch.topic import load_topic
from scraper.claims import extract_claims
from scraper.types import Article, Claim, Person, Topic, Window, alias_table, name_key
from tests.scraper.claims.casefiles import CASE_DIR, CASES, read_case

TOPIC = load_topic()
ALIASES = alias_table(TOPIC.people)
STATUSES = {"returning", "new", "departing"}


def topic_of(fields: dict[str, list[str]]) -> Topic:
    name = fields.get("topic", [None])[0]
    return load_topic(CASE_DIR / name) if name else TOPIC


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
    status = middle.pop() if kind == "cast" and middle[-1] in STATUSES else None
    return (season, kind, certainty, status, negated) == (f"S{claim.season}", claim.kind, claim.certainty,
                                                          claim.value.status if kind == "cast" else None,
                                                          claim.negated) \
        and name_key(" ".join(middle), ALIASES) == name_key(claim.value.name, ALIASES)


def allowed(allowance: str, claim: Claim) -> bool:
    """Whether an ``allow`` line covers a claim: its season, then its kind and value when it gives them."""
    season, *rest = allowance.split()
    return unwanted_in(allowance, [claim]) != [] if rest else f"S{claim.season}" == season


def unwanted_in(unwanted: str, claims: list[Claim]) -> list[Claim]:
    """The claims a ``none`` line rules out: any of its season and kind, or only those with its value or person."""
    season, kind, *value = unwanted.split()
    return [c for c in claims if f"S{c.season}" == season and c.kind == kind and (not value or _has_value(c, value))]


def _has_value(claim: Claim, value: list[str]) -> bool:
    if isinstance(claim.value, Person):
        return name_key(" ".join(value), ALIASES) == name_key(claim.value.name, ALIASES)
    shown = describe(claim).split()[2:2 + len(value)]
    if isinstance(claim.value, Window):  # a window is ruled out by its start: "2025", "2025-03", "2025-03-13..2025-03-13"
        return len(shown) == len(value) and all(s.startswith(v) for s, v in zip(shown, value, strict=True))
    return shown == value


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    fields, text = read_case(path)
    published = fields.get("published", [None])[0]
    article = Article(url=f"https://example.org/{path.stem}", text=text, lang=fields.get("lang", [None])[0],
                      published=dt.datetime.fromisoformat(published).replace(tzinfo=dt.UTC) if published else None)
    claims = extract_claims(article, topic_of(fields))
    found = [describe(c) for c in claims]
    for expected in fields.get("expect", []):
        assert any(same(expected, c) for c in claims), f"missing: {expected}\nfound: {found}"
    for known in fields.get("wrong", []):
        assert known not in fields.get("expect", []), f"both expected and wrong: {known}"
        assert any(same(known, c) for c in claims), f"no longer produced, delete the line: wrong: {known}\nfound: {found}"
    extra = [describe(c) for c in claims if not any(same(e, c) for e in fields.get("expect", []) + fields.get("wrong", []))
             and not any(allowed(a, c) for a in fields.get("allow", []))]
    assert not extra, f"not expected (add an expect, allow or wrong line): {extra}"
    not_known_wrong = [c for c in claims if not any(same(w, c) for w in fields.get("wrong", []))]
    for unwanted in fields.get("none", []):
        assert not unwanted_in(unwanted, not_known_wrong), f"unexpected {unwanted}: {found}"
    for cited in fields.get("attributed", []):
        season, kind, who = cited.split(maxsplit=2)
        sources = {c.attributed_to for c in claims if f"S{c.season}" == season and c.kind == kind}
        assert sources == {who}, f"{season} {kind} attributed to {sources}, not {who}"
    for claim in claims:
        assert text[claim.span[0]:claim.span[1]] == claim.evidence


def test_an_unknown_header_key_fails_naming_the_file_and_line(tmp_path: Path) -> None:
    case = tmp_path / "typo.txt"
    case.write_text("published: 2025-01-01\nexpcet: S2 renewal renewed reported\n---\nText.\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"typo.txt:2: unknown header key 'expcet'"):
        read_case(case)


RENEWED = "published: 2025-01-01\n{header}\n---\nAll of Us Are Dead Season 2\n\nNetflix has renewed All of Us Are Dead for a second season.\n"


def _case(tmp_path: Path, header: str) -> Path:
    case = tmp_path / "renewed.txt"
    case.write_text(RENEWED.format(header=header), encoding="utf-8")
    return case


def test_an_extra_claim_fails_the_case(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match=r"not expected .*'S2 renewal renewed official'"):
        test_case(_case(tmp_path, "none: S2 filming_start"))


def test_a_known_wrong_claim_passes_while_it_is_produced(tmp_path: Path) -> None:
    test_case(_case(tmp_path, "wrong: S2 renewal renewed official\nnone: S2 renewal renewed"))


def test_a_known_wrong_claim_that_is_no_longer_produced_fails(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match=r"no longer produced, delete the line: wrong: S2 renewal cancelled"):
        test_case(_case(tmp_path, "expect: S2 renewal renewed official\nwrong: S2 renewal cancelled official"))


def test_a_none_line_rules_out_a_window_by_its_start(tmp_path: Path) -> None:
    case = tmp_path / "dated.txt"
    case.write_text("published: 2025-01-01\nallow: S2\nnone: S2 release_date 2026-03\n---\nAll of Us Are Dead Season 2\n\n"
                    "Netflix announced that All of Us Are Dead Season 2 premieres on March 13, 2026.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"unexpected S2 release_date 2026-03"):
        test_case(case)
