"""Beliefs kept incrementally: the few claims of a kind that resolving needs, and a tally of what was said.

Resolving a kind (storage/resolve.py) reads of each value only its extremes and its latest articles:
the first said (the wording a value is held in), the last said (how recent, whether it happened),
the oldest stored (a person's fullest name, their character), which sites said it, and the newest
articles behind it (a change quotes them). So per kind the ledger keeps a *working set* in
``belief_claims``: for each class of claim (one value, as worded, at one certainty, dated or not, from
one site) its first, last and oldest claim; the claims of the latest articles behind each value; and
the platform's latest denial of each value. Resolving the working set gives what resolving every
stored claim of the kind gives, and it stays as large as the pool of values and sites, not the history.

A claim the platform later withdraws (a date pulled) leaves the set for good; when a denial withdraws
one the set holds, the kind's set is rebuilt from its stored claims, the one full read, and a rare one.
``belief_tallies`` counts every claim by value, certainty and site, so "was this said before?" and the
sites' track records read a few rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, cast, delete, func, insert, select, tuple_
from sqlalchemy.orm import Session

from scraper.types import CERTAINTY_RANK
from storage.memo import forget, memo
from storage.models import BeliefClaimModel, BeliefTallyModel, ClaimModel
from storage.resolve import official_denials, site_of_claim, standing, withdraws

WORKING_SETS = "working sets"  # the memo (storage/memo.py) of each kind's working set, for this transaction
LOOKUP_CHUNK = 2000  # tally keys looked up per query: 9 parameters each
RECENT_ARTICLES = 6  # per value: a change quotes its five newest articles and this one; a belief its last five
Topic = tuple[str, int, str]  # show, season, kind


@dataclass(eq=False, slots=True)
class StoredClaim:
    """A stored claim as the ledger reads it back (the ClaimLike of storage/resolve.py), without the ORM."""

    id: int
    article_id: int
    show: str
    season: int
    kind: str
    value: Any
    value_key: str
    certainty: str
    negated: bool
    attributed_to: str | None
    evidence: str
    site: str | None
    at: dt.datetime
    dated: bool


_COLUMNS = (ClaimModel.id, ClaimModel.article_id, ClaimModel.show, ClaimModel.season, ClaimModel.kind,
            ClaimModel.value, ClaimModel.value_key, ClaimModel.certainty, ClaimModel.negated,
            ClaimModel.attributed_to, ClaimModel.evidence, ClaimModel.site, ClaimModel.at, ClaimModel.dated)


def working_set(session: Session, topic: Topic) -> list[Any]:
    """The claims of one kind that resolving it needs, oldest first.

    Read once per transaction: the ledger holds the kind's lock until it ends, so the set ``advance``
    leaves is the one the next article of the batch starts from. A rollback (one article's savepoint
    failing) forgets every set read or moved in the transaction."""
    known = memo(session, WORKING_SETS)
    if topic not in known:
        known[topic] = _read_working_set(session, topic)
    return known[topic]


def _read_working_set(session: Session, topic: Topic) -> list[StoredClaim]:
    show, season, kind = topic
    query = (select(*_COLUMNS).join(BeliefClaimModel, BeliefClaimModel.claim_id == ClaimModel.id)
             .where(BeliefClaimModel.show == show, BeliefClaimModel.season == season, BeliefClaimModel.kind == kind)
             .order_by(ClaimModel.id))
    return [StoredClaim(*row) for row in session.execute(query)]


def all_claims(session: Session, topic: Topic) -> list[StoredClaim]:
    show, season, kind = topic
    query = select(*_COLUMNS).where(ClaimModel.show == show, ClaimModel.season == season,
                                    ClaimModel.kind == kind).order_by(ClaimModel.id)
    return [StoredClaim(*row) for row in session.execute(query)]


def advance(session: Session, topic: Topic, kept: list[Any], mine: list[Any]) -> list[Any]:
    """The working set once this article's claims (``mine``) are stored; written back to ``belief_claims``."""
    denials = official_denials(mine)
    if any(withdraws(denial, claim) for denial in denials for claim in kept
           if not claim.negated and claim.certainty == "official"):
        return rebuild_topic(session, topic)  # a value the set holds was withdrawn: its successors are not here
    held = [claim for claim in kept if claim.negated]
    fresh = [claim for claim in standing([*held, *mine]) if not claim.negated and claim in mine]
    candidates = [claim for claim in kept if not claim.negated] + fresh
    wanted = needed(candidates) | latest_denials([*held, *denials])
    _write(session, topic, {claim.id for claim in kept}, wanted)
    by_id = {claim.id: claim for claim in (*kept, *mine)}
    return _remember(session, topic, [by_id[i] for i in sorted(wanted)])


def rebuild_topic(session: Session, topic: Topic) -> list[StoredClaim]:
    """The working set worked out from every stored claim of the kind."""
    claims = all_claims(session, topic)
    wanted = needed(standing(claims)) | latest_denials(official_denials(claims))
    session.execute(delete(BeliefClaimModel).where(*_is(topic)))
    _write(session, topic, set(), wanted)
    return _remember(session, topic, [claim for claim in claims if claim.id in wanted])


def _remember(session: Session, topic: Topic, working: list[Any]) -> list[Any]:
    memo(session, WORKING_SETS)[topic] = working
    return working


def needed(claims: Sequence[Any]) -> set[int]:
    """Of standing claims, per value (per spelling for a person), what resolving reads:

    - per certainty, the first said (the wording the value is held in) and the first stored (a person's
      fullest, surest name);
    - per certainty and datedness, the last said (how recent; whether it happened);
    - per status, the last said (a person's latest word), and the first stored naming a character;
    - per site, its most certain claim (how many sites, and which state it as fact);
    - the claims of its latest articles (what a change quotes and a belief lists).
    """
    slots: dict[tuple, Any] = {}

    def keep(slot: tuple, claim: Any, key: tuple) -> None:
        held = slots.get(slot)
        if held is None or key < held[0]:
            slots[slot] = (key, claim)

    values: dict[Any, list[Any]] = defaultdict(list)
    for claim in claims:
        value = _group(claim)
        values[value].append(claim)
        said, stored, rank = (claim.at, claim.id), (claim.id,), CERTAINTY_RANK[claim.certainty]
        keep((value, "first", claim.certainty), claim, said)
        keep((value, "oldest", claim.certainty), claim, stored)
        keep((value, "last", claim.certainty, claim.dated), claim, (-said[0].timestamp(), -claim.id))
        keep((value, "site", site_of_claim(claim)), claim, (-rank, claim.id))
        if isinstance(claim.value, dict):
            keep((value, "status", claim.value.get("status"), claim.dated), claim, (-said[0].timestamp(), -claim.id))
            keep((value, "character", bool(claim.value.get("character"))), claim, stored)
    kept = {claim.id for _, claim in slots.values()}
    for members in values.values():
        kept |= _latest_articles(members)
    return kept


def _group(claim: Any) -> Any:
    """Claims that always fall in one support: one value, and for a person one spelling of their name."""
    if isinstance(claim.value, dict) and "name" in claim.value:
        return (claim.value_key, str(claim.value.get("name")))
    return claim.value_key


def _latest_articles(members: list[Any]) -> set[int]:
    """The claims of the articles a change quotes first (newest said) and a belief lists (newest stored)."""
    first: dict[int, tuple[float, int]] = {}
    for claim in members:
        seen = first.get(claim.article_id)
        if seen is None or claim.id < seen[1]:
            first[claim.article_id] = (claim.at.timestamp(), claim.id)
    newest_said = sorted(first, key=lambda a: (-first[a][0], first[a][1]))[:RECENT_ARTICLES]
    newest_stored = sorted(first, key=lambda a: -first[a][1])[:RECENT_ARTICLES]
    articles = {*newest_said, *newest_stored}
    return {claim.id for claim in members if claim.article_id in articles}


def latest_denials(denials: Iterable[Any]) -> set[int]:
    """Per denied value, the platform's latest denial: it withdraws all that any earlier one does."""
    latest: dict[str, Any] = {}
    for denial in denials:
        key = _worded(denial.value)
        if key not in latest or (denial.at, denial.id) > (latest[key].at, latest[key].id):
            latest[key] = denial
    return {denial.id for denial in latest.values()}


def _worded(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _is(topic: Topic) -> tuple:
    show, season, kind = topic
    return (BeliefClaimModel.show == show, BeliefClaimModel.season == season, BeliefClaimModel.kind == kind)


def _write(session: Session, topic: Topic, had: set[int], wanted: set[int]) -> None:
    show, season, kind = topic
    gone = had - wanted
    if gone:
        session.execute(delete(BeliefClaimModel).where(*_is(topic), BeliefClaimModel.claim_id.in_(gone)))
    new = wanted - had
    if new:
        session.execute(insert(BeliefClaimModel), [{"show": show, "season": season, "kind": kind, "claim_id": i}
                                                   for i in sorted(new)])


# --- tallies --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tally:
    """One row of ``belief_tallies``."""

    value_key: str
    certainty: str
    negated: bool
    valued: bool
    dated: bool
    site: str
    value: Any
    claims: int
    first_at: dt.datetime
    last_at: dt.datetime


_TALLY_COLUMNS = (BeliefTallyModel.value_key, BeliefTallyModel.certainty, BeliefTallyModel.negated,
                  BeliefTallyModel.valued, BeliefTallyModel.dated, BeliefTallyModel.site, BeliefTallyModel.value,
                  BeliefTallyModel.claims, BeliefTallyModel.first_at, BeliefTallyModel.last_at)


def tallies(session: Session, topic: Topic, *, value_keys: Iterable[str] | None = None,
            certainty: str | None = None) -> list[Tally]:
    """The tally rows of one kind, only of these values or this certainty when given."""
    show, season, kind = topic
    query = select(*_TALLY_COLUMNS).where(BeliefTallyModel.show == show, BeliefTallyModel.season == season,
                                          BeliefTallyModel.kind == kind)
    if value_keys is not None:
        query = query.where(BeliefTallyModel.value_key.in_(list(set(value_keys))))
    if certainty is not None:
        query = query.where(BeliefTallyModel.certainty == certainty)
    return [Tally(*row) for row in session.execute(query)]  # rows, not ORM objects: a kind has thousands



def said_before(session: Session, topic: Topic, value_keys: Iterable[str]) -> set[tuple[str, str]]:
    """(value key, certainty) of these values that some stored claim of the kind already said."""
    show, season, kind = topic
    query = (select(BeliefTallyModel.value_key, BeliefTallyModel.certainty).distinct()
             .where(BeliefTallyModel.show == show, BeliefTallyModel.season == season, BeliefTallyModel.kind == kind,
                    BeliefTallyModel.value_key.in_(list(set(value_keys)))))
    return {(value_key, certainty) for value_key, certainty in session.execute(query)}


def reported_values(session: Session, topic: Topic) -> dict[str, Any]:
    """value key -> the value, for every value of the kind a site reported or guessed, dated (its track
    record's reports). One wording per key is enough: a window's key is its days, a person's their name,
    anything else the value itself. Read as text and decoded once per key: a kind has thousands of rows."""
    show, season, kind = topic
    query = (select(BeliefTallyModel.value_key, cast(BeliefTallyModel.value, Text)).distinct()
             .where(BeliefTallyModel.show == show, BeliefTallyModel.season == season, BeliefTallyModel.kind == kind,
                    BeliefTallyModel.certainty != "official", BeliefTallyModel.site != "",
                    BeliefTallyModel.dated.is_(True), BeliefTallyModel.negated.is_(False),
                    BeliefTallyModel.valued.is_(True)))
    found: dict[str, str] = {}
    for value_key, text in session.execute(query):
        found.setdefault(value_key, text)
    return {value_key: json.loads(text) for value_key, text in found.items()}


def count(session: Session, claims: Iterable[Any]) -> None:
    """Add claims to the tallies (claims without a season are about no season's belief)."""
    grouped: dict[tuple, list[Any]] = defaultdict(list)
    for claim in claims:
        if claim.season is not None:
            grouped[_tally_key(claim)].append(claim)
    if not grouped:
        return
    columns = (BeliefTallyModel.show, BeliefTallyModel.season, BeliefTallyModel.kind, BeliefTallyModel.value_key,
               BeliefTallyModel.certainty, BeliefTallyModel.negated, BeliefTallyModel.valued,
               BeliefTallyModel.dated, BeliefTallyModel.site)
    keys = list(grouped)
    found = {tuple(getattr(row, c.key) for c in columns): row
             for start in range(0, len(keys), LOOKUP_CHUNK)  # PostgreSQL takes 65,535 parameters a query
             for row in session.scalars(select(BeliefTallyModel).where(
                 tuple_(*columns).in_(keys[start:start + LOOKUP_CHUNK])))}
    for key, members in grouped.items():
        first, last = min(c.at for c in members), max(c.at for c in members)
        row = found.get(key)
        if row is None:
            session.add(BeliefTallyModel(**dict(zip([c.key for c in columns], key, strict=True)),
                                         value=members[0].value, claims=len(members), first_at=first, last_at=last))
        else:
            row.claims += len(members)
            row.first_at, row.last_at = min(row.first_at, first), max(row.last_at, last)


def _tally_key(claim: Any) -> tuple:
    return (claim.show, claim.season, claim.kind, claim.value_key, claim.certainty, bool(claim.negated),
            claim.value is not None, bool(claim.dated), claim.site or "")


def rebuild_tallies(session: Session) -> None:
    """Every kind's tallies and working set, and the sites' track records, from the stored claims: the
    migration that brings them in runs it, and so can anyone who bulk-loads claims."""
    from storage.trackrecord import rebuild_track_records

    session.execute(delete(BeliefTallyModel))
    session.execute(delete(BeliefClaimModel))
    forget(session)
    claims = [StoredClaim(*row) for row in session.execute(
        select(*_COLUMNS).where(ClaimModel.season.is_not(None)).order_by(ClaimModel.id))]
    count(session, claims)
    session.flush()
    for topic in dict.fromkeys((c.show, c.season, c.kind) for c in claims):
        rebuild_topic(session, topic)
    rebuild_track_records(session, claims)


def tallied_claims(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.sum(BeliefTallyModel.claims), 0))) or 0
