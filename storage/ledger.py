"""The claim ledger: record an article's claims, move beliefs, and write a change for every move.

A belief moves when its value, its certainty or its people change, or when an outlet as certain
as the belief says something that cannot also be true (a contradiction). Re-reading an article
or a word-for-word copy never reaches here (``store_article`` says so), and a claim that only
adds a source to a value already held changes nothing anyone needs to hear about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from scraper.types import CERTAINTY_RANK, PERSON_KINDS, Claim
from storage import tallies, trackrecord
from storage.locks import lock_seasons
from storage.memo import memo
from storage.models import ArticleModel, BeliefModel, ChangeModel, ClaimModel
from storage.people import EMPTY, Roster
from storage.resolve import (
    TIER_RANK,
    ClaimLike,
    Support,
    Trust,
    compatible,
    is_bound,
    lapsed,
    resolve,
    site_of_claim,
    value_key,
)
from storage.snapshot import listed
from storage.trust import PRIOR_SCORE, site_weights
from storage.types import HEALTH_KIND, Belief, ChangeRecord

MAX_EVIDENCE = 3  # sentences quoted per change: the trigger first, then agreeing sources
MAX_URLS = 5
SIDE_EVIDENCE = 2  # sentences quoted per side of a contradiction: both sides heard, neither drowning the other


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def record(session: Session, article_id: int, claims: Sequence[Claim], *, show: str, season: int,
           aliases: dict[str, str] | None = None, site: str | None = None,
           at: dt.datetime | None = None, dated: bool = True,
           names: dict[str, str] | None = None, roster: Roster = EMPTY) -> list[ChangeRecord]:
    """Store an article's claims; return the changes of belief they make for ``show`` ``season``.

    ``at`` is when the article says it was published; ``dated=False`` when it says nothing and
    ``at`` is only when it was read: such a claim cannot be placed after another in time.
    ``names`` (a person's name key -> the name to show) lets a belief read "Park Ji-hu" whichever
    spelling an outlet used first; the claims keep the spelling of their sentence. ``roster`` is
    what the topic knows of people: their spellings, roles and characters.

    Each kind the article speaks of is resolved from its working set (storage/tallies.py), not from
    every claim ever stored: the cost of an article does not grow with the history.
    """
    roster = roster if roster is not EMPTY else Roster(aliases=aliases or {})
    names = names or roster.names
    when = at or utcnow()
    rows = store_claims(session, article_id, claims, aliases or {}, site, when, dated)
    topics = list(dict.fromkeys((row.show, row.season, row.kind) for row in rows if row.season is not None))
    if not topics:
        return []
    lock_seasons(session, {topic[:2] for topic in topics})  # two workers recording about one season take turns
    trackrecord.note(session, rows)
    kept = {topic: tallies.working_set(session, topic) for topic in topics}
    urls = _urls(session, [*rows, *(claim for claims in kept.values() for claim in claims)])  # once per article
    changes: list[ChangeRecord] = []
    trust = trackrecord.trust_of(session)
    for topic in topics:
        mine = [row for row in rows if (row.show, row.season, row.kind) == topic]
        if topic[:2] != (show, season):
            tallies.advance(session, topic, kept[topic], mine)  # kept in step for whoever tracks that season
            continue
        kind = topic[2]
        earlier = tallies.said_before(session, topic, [c.value_key for c in mine])
        before = _shown(resolve(kind, kept[topic], roster, trust), names)
        now = tallies.advance(session, topic, kept[topic], mine)
        everyone = sorted({id(c): c for c in (*now, *mine)}.values(), key=lambda c: c.id)
        after = _shown(resolve(kind, everyone, roster, trust), names)
        missing = [claim for claim in now if claim.article_id not in urls]  # a denial made the set be rebuilt
        if missing:
            urls |= _urls(session, missing)
        for move in _moves(kind, before, after, mine, earlier):
            changes.append(_write_change(session, show, season, kind, move, article_id, when, urls))
        _store_beliefs(session, show, season, kind, after, changes, when, urls)
    tallies.count(session, rows)
    return changes


def store_claims(session: Session, article_id: int, claims: Sequence[Claim], aliases: dict[str, str],
                 site: str | None, at: dt.datetime, dated: bool) -> list[ClaimModel]:
    """The article's claims as rows, with their ids; the article's count of them."""
    article = session.get(ArticleModel, article_id)
    rows = [_claim_row(article_id, claim, aliases, site, at, dated) for claim in claims]
    session.add_all(rows)
    if article is not None:
        article.claims = len(rows)
    session.flush()
    return rows


def track_records(session: Session, show: str, season: int, until: dt.datetime | None = None) -> Trust:
    """Each site's track record, read from the stored claims the first time a tie asks for it."""
    weights: dict[str, float] | None = None

    def trust(site: str) -> float:
        nonlocal weights
        if weights is None:
            weights = site_weights(session, show, season, until=until)
        return weights.get(site, PRIOR_SCORE)
    return trust


def _shown(beliefs: dict[str, Support], names: dict[str, str] | None) -> dict[str, Support]:
    """Each person under the name the topic knows them by, when it knows them."""
    if not names:
        return beliefs
    return {item: replace(support, value=dict(support.value, name=names[support.value_key]))
            if isinstance(support.value, dict) and support.value_key in names else support
            for item, support in beliefs.items()}


def _claim_row(article_id: int, claim: Claim, aliases: dict[str, str], site: str | None,
               at: dt.datetime, dated: bool) -> ClaimModel:
    value = claim.value_json()
    return ClaimModel(article_id=article_id, show=claim.show, season=claim.season, kind=claim.kind, value=value,
                      value_key=value_key(claim.kind, value, aliases)[:300], certainty=claim.certainty,
                      negated=claim.negated, attributed_to=claim.attributed_to, evidence=claim.evidence,
                      span_start=claim.span[0], span_end=claim.span[1], site=site, at=at, dated=dated)


# --- what moved -----------------------------------------------------------------------------------


class Move:
    """A change about to be written: what kind of move, the new and the old support."""

    def __init__(self, change: str, new: Support | None, old: Support | None,
                 trigger: Sequence[ClaimModel] = ()) -> None:
        self.change, self.new, self.old, self.trigger = change, new, old, tuple(trigger)


def _moves(kind: str, before: dict[str, Support], after: dict[str, Support],
           mine: list[ClaimModel], earlier: set[tuple[str, str]]) -> list[Move]:
    if kind in PERSON_KINDS:
        return _people_moves(before, after, mine)
    old, new = before.get(""), after.get("")
    if new is None:
        return [Move("withdrawn", None, old, [c for c in mine if c.negated])] if old else []
    if old is None:
        return [Move("first", new, None)]
    if new.value_key == old.value_key:
        # The belief holds; an outlet as certain saying otherwise is still news.
        moves = _firmer(new, old)
        rival = _rival(new, mine, earlier)
        return moves + ([Move("contradiction", rival, new)] if rival else [])
    rival = _rival(old, mine, earlier)
    if rival is not None and rival.value_key == new.value_key:
        return [Move("contradiction", new, old)]
    return [Move("value", new, old)]


def _rival(held: Support, mine: list[ClaimModel], earlier: set[tuple[str, str]]) -> Support | None:
    """This article's claim that cannot be true with the belief, as certain, new, from another site."""
    for claim in mine:
        if claim.negated or claim.value is None or claim.certainty != held.certainty:
            continue
        if not claim.dated or is_bound(claim.value):
            continue  # an undated page cannot be placed against the belief; "under way by then" refines nothing
        if compatible(claim.value, held.value) or site_of_claim(claim) in held.sites:
            continue
        if (claim.value_key, claim.certainty) in earlier:
            continue  # this disagreement was news when it was first said
        if _is_window(held.value) and _is_window(claim.value) and lapsed(held.value, claim.value, claim.at):
            continue  # the held date went by: a new date is a postponement, not a disagreement
        if not claim.dated and _is_window(claim.value) and claim.value["end"] < claim.at.date().isoformat():
            continue  # an undated page about a date long gone may be years old: not news against a belief
        return Support(item="", value=claim.value, value_key=claim.value_key, certainty=claim.certainty,
                       sites=frozenset({site_of_claim(claim)}), latest=claim.at, claims=(claim,))
    return None


def _is_window(value: Any) -> bool:
    return isinstance(value, dict) and "start" in value and "end" in value


def _people_moves(before: dict[str, Support], after: dict[str, Support], mine: list[ClaimModel]) -> list[Move]:
    moves = []
    for item, new in after.items():
        old = before.get(item)
        if old is None:
            moves.append(Move("added", new, None))
        elif _status(new) != _status(old) and "departing" in (_status(new), _status(old)):
            moves.append(Move("status", new, old))
        else:
            moves += _firmer(new, old)
    for item, old in before.items():
        if item not in after:
            moves.append(Move("removed", None, old, [c for c in mine if c.value_key == item]))
    return moves


def _rank(support: Support) -> int:
    return CERTAINTY_RANK[support.certainty]


def _firmer(new: Support, old: Support) -> list[Move]:
    """The same value, now more certain, or now corroborated: a rumour a second site states as fact."""
    if _rank(new) > _rank(old):
        return [Move("certainty", new, old)]
    if TIER_RANK[new.tier] > TIER_RANK[old.tier]:
        return [Move("corroborated", new, old)]
    return []


def _status(support: Support) -> str | None:
    return support.value.get("status") if isinstance(support.value, dict) else None


# --- writing --------------------------------------------------------------------------------------


def _write_change(session: Session, show: str, season: int, kind: str, move: Move, article_id: int,
                  at: dt.datetime, known: dict[int, str]) -> ChangeRecord:
    ordered = _backing(move, article_id)
    urls = _known_urls(known, ordered)
    row = ChangeModel(show=show, season=season, kind=kind, change=move.change,
                      value=move.new.value if move.new else None,
                      previous=move.old.value if move.old else None,
                      certainty=move.new.certainty if move.new else None,
                      tier=move.new.tier if move.new else None,
                      previous_certainty=move.old.certainty if move.old else None,
                      sources=len(move.new.sites) if move.new else 0, at=at, recorded_at=utcnow(),
                      article_id=article_id, urls=list(urls.values())[:MAX_URLS],
                      evidence=_evidence_of(move, ordered, urls))
    session.add(row)
    session.flush()
    return change_record(row)


def _backing(move: Move, article_id: int) -> list[ClaimModel]:
    """The claims behind a move, this article's first, then the newest; a contradiction's two sides."""
    def newest_first(claims: Sequence[ClaimModel]) -> list[ClaimModel]:
        return sorted(claims, key=lambda c: (c.article_id != article_id, -c.at.timestamp(), c.id))

    backing = newest_first(move.new.claims if move.new else move.trigger)
    if move.change == "contradiction" and move.old is not None:
        backing += [c for c in newest_first(move.old.claims) if c not in backing]
    return backing


def _evidence_of(move: Move, ordered: list[ClaimModel], urls: dict[int, str]) -> list[dict[str, Any]]:
    """The sentences to quote; for a contradiction both sides, each marked with its ``side``."""
    if move.change != "contradiction" or move.old is None:
        return [_evidence(c, urls) for c in ordered[:MAX_EVIDENCE]]
    held = {c.id for c in move.old.claims}
    sides = {"claim": [c for c in ordered if c.id not in held], "belief": [c for c in ordered if c.id in held]}
    return [dict(_evidence(c, urls), side=side) for side in ("belief", "claim") for c in sides[side][:SIDE_EVIDENCE]]


def _urls(session: Session, claims: Sequence[ClaimLike]) -> dict[int, str]:
    """Their articles' URLs, in their order; each looked up once per transaction (storage/memo.py)."""
    ids = list(dict.fromkeys(c.article_id for c in claims))
    found = memo(session, "article urls")
    wanted = [i for i in ids if i not in found]
    if wanted:
        found.update(session.execute(select(ArticleModel.id, ArticleModel.url).where(ArticleModel.id.in_(wanted))).all())
    return {i: found[i] for i in ids if i in found}


def _known_urls(known: dict[int, str], claims: Sequence[ClaimLike]) -> dict[int, str]:
    """The URLs of these claims' articles, in their order, from the ones looked up once per article."""
    ids = dict.fromkeys(c.article_id for c in claims)
    return {i: known[i] for i in ids if i in known}


def _evidence(claim: ClaimModel, urls: dict[int, str]) -> dict[str, Any]:
    return {"url": urls.get(claim.article_id, ""), "site": claim.site, "sentence": claim.evidence,
            "certainty": claim.certainty, "attributed_to": claim.attributed_to}


def _store_beliefs(session: Session, show: str, season: int, kind: str, after: dict[str, Support],
                   changes: list[ChangeRecord], at: dt.datetime, known: dict[int, str]) -> None:
    current = {row.item: row for row in session.scalars(select(BeliefModel).where(
        BeliefModel.show == show, BeliefModel.season == season, BeliefModel.kind == kind))}
    moved = {_item_of(kind, c) for c in changes if c.kind == kind and c.change != "contradiction"}
    for item, support in after.items():
        urls = list(_known_urls(known, support.claims).values())[-MAX_URLS:]
        row = current.pop(item, None)
        if row is None:
            row = BeliefModel(show=show, season=season, kind=kind, item=item, since=at)
            session.add(row)
        elif item in moved or row.value_key != support.value_key:
            row.since = at
        row.value, row.value_key, row.certainty = support.value, support.value_key, support.certainty
        row.tier = support.tier
        row.sources, row.urls = len(support.sites), urls
    for item in current:
        session.execute(delete(BeliefModel).where(BeliefModel.show == show, BeliefModel.season == season,
                                                  BeliefModel.kind == kind, BeliefModel.item == item))


def _item_of(kind: str, change: ChangeRecord) -> str:
    if kind not in PERSON_KINDS:
        return ""
    return value_key(kind, change.value or change.previous, {})


def change_record(row: ChangeModel) -> ChangeRecord:
    return ChangeRecord(id=row.id, show=row.show, season=row.season, kind=row.kind, change=row.change,
                        value=row.value, previous=row.previous, certainty=row.certainty, tier=row.tier,
                        previous_certainty=row.previous_certainty, sources=row.sources, at=row.at,
                        urls=tuple(row.urls or ()), evidence=tuple(row.evidence or ()))


# --- queries --------------------------------------------------------------------------------------



def beliefs(session: Session, show: str, season: int) -> list[Belief]:
    """What the ledger holds true now, one line per kind (per person for cast, director, writer)."""
    rows = session.scalars(select(BeliefModel).where(BeliefModel.show == show, BeliefModel.season == season))
    found = [Belief(show=r.show, season=r.season, kind=r.kind, value=r.value, certainty=r.certainty,
                    sources=r.sources, since=r.since, urls=tuple(r.urls or ()), tier=r.tier) for r in rows]
    return sorted(found, key=listed)


def beliefs_as_of(session: Session, show: str, season: int, when: dt.datetime, *,
                  roster: Roster = EMPTY, names: dict[str, str] | None = None) -> list[Belief]:
    """What the ledger held true on ``when``: the beliefs the claims said by then resolve to."""
    claims = list(session.scalars(select(ClaimModel).where(
        ClaimModel.show == show, ClaimModel.season == season, ClaimModel.at <= when).order_by(ClaimModel.id)))
    found, trust = [], track_records(session, show, season, until=when)
    for kind in dict.fromkeys(c.kind for c in claims):
        held = _shown(resolve(kind, [c for c in claims if c.kind == kind], roster, trust), names)
        found += [Belief(show=show, season=season, kind=kind, value=s.value, certainty=s.certainty,
                         sources=len(s.sites), since=s.latest, urls=tuple(_urls(session, s.claims).values())[-MAX_URLS:],
                         tier=s.tier) for s in held.values()]
    return sorted(found, key=listed)


def changes(session: Session, *, since: dt.datetime | None = None, show: str | None = None,
            until: dt.datetime | None = None) -> list[ChangeRecord]:
    """Every change, in the order it was recorded; ``since`` and ``until`` filter on when it happened."""
    query = select(ChangeModel).where(ChangeModel.kind != HEALTH_KIND)  # health alerts are about the watching
    if show:
        query = query.where(ChangeModel.show == show)
    if since:
        query = query.where(ChangeModel.at >= since)
    if until:
        query = query.where(ChangeModel.at <= until)
    return [change_record(row) for row in session.scalars(query.order_by(ChangeModel.id))]
