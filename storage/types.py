"""Storage's public data: what the query functions return, as frozen dataclasses with ``to_json``.

The JSON shapes are the ones the README documents for ``--json``; claim values keep the shapes of
shared/CLAIMS.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

HEALTH_KIND = "health"  # a change about the watching itself (a source or channel failing), not about a show
BASELINE_CHANGE = "baseline"  # a health change: the watching of a season began; its value is the initial state


def iso(when: dt.datetime | None) -> str | None:
    return when.isoformat(timespec="seconds") if when else None


@dataclass(frozen=True)
class StoredArticle:
    """The outcome of storing an article: its row id, whether it was new, and whose copy it is."""

    id: int
    is_new: bool
    duplicate_of: int | None = None


@dataclass(frozen=True)
class ArticleRow:
    id: int
    url: str
    title: str | None
    site: str | None
    published: dt.datetime | None
    fetched_at: dt.datetime
    source: str | None
    lang: str | None
    claims: int
    duplicate_of: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "site": self.site,
            "published": iso(self.published),
            "fetched_at": iso(self.fetched_at),
            "source": self.source,
            "lang": self.lang,
            "claims": self.claims,
            "duplicate_of": self.duplicate_of,
        }


@dataclass(frozen=True)
class UrlFailure:
    """An article URL in back-off: how often it failed, why last, and when it is tried again."""

    url: str
    source: str | None
    failures: int
    last_error: str | None
    failed_at: dt.datetime
    retry_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class BurstCandidate:
    """A source a burst may make due early: what the bound of bursts weighs."""

    name: str
    failures: int
    next_due_at: dt.datetime
    next_reason: str | None
    bursts_last_hour: int


@dataclass(frozen=True)
class SourceStatus:
    name: str
    kind: str
    url: str
    interval_s: int
    last_fetch_at: dt.datetime | None
    last_ok_at: dt.datetime | None
    last_error: str | None
    failures: int
    next_due_at: dt.datetime | None
    next_reason: str | None = None  # why the next poll is then: the interval, a server's hint, a back-off
    leased_by: str | None = None  # the worker polling it now (or that died holding it)
    lease_until: dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "url": self.url,
            "interval_s": self.interval_s,
            "last_fetch_at": iso(self.last_fetch_at),
            "last_ok_at": iso(self.last_ok_at),
            "last_error": self.last_error,
            "failures": self.failures,
            "next_due_at": iso(self.next_due_at),
            "next_reason": self.next_reason,
            "leased_by": self.leased_by,
            "lease_until": iso(self.lease_until),
        }


@dataclass(frozen=True)
class Belief:
    """What the ledger holds true now for one kind (for cast: one person) of a show's season."""

    show: str
    season: int
    kind: str
    value: Any  # CLAIMS.md shape
    certainty: str
    sources: int  # independent sites that agree
    since: dt.datetime  # when this belief last moved
    urls: tuple[str, ...] = ()
    tier: str | None = None  # confirmed (the platform said it), reported (2+ sites), rumoured

    def to_json(self) -> dict[str, Any]:
        return {
            "show": self.show,
            "season": self.season,
            "kind": self.kind,
            "value": self.value,
            "certainty": self.certainty,
            "tier": self.tier,
            "sources": self.sources,
            "since": iso(self.since),
            "urls": list(self.urls),
        }


@dataclass(frozen=True)
class HistoryEntry:
    """One stored claim, with the article it came from."""

    at: dt.datetime
    show: str
    season: int | None
    kind: str
    value: Any
    certainty: str
    negated: bool
    attributed_to: str | None
    evidence: str
    site: str | None
    url: str

    def to_json(self) -> dict[str, Any]:
        return {
            "at": iso(self.at),
            "show": self.show,
            "season": self.season,
            "kind": self.kind,
            "value": self.value,
            "certainty": self.certainty,
            "negated": self.negated,
            "attributed_to": self.attributed_to,
            "evidence": self.evidence,
            "site": self.site,
            "url": self.url,
        }


@dataclass(frozen=True)
class ChangeRecord:
    """One move of a belief, with the claims and articles behind it (the alert's content)."""

    id: int
    show: str
    season: int
    kind: str
    change: str  # first, value, certainty, corroborated, withdrawn, added, removed, status, contradiction
    value: Any
    previous: Any
    certainty: str | None
    previous_certainty: str | None
    sources: int
    at: dt.datetime
    urls: tuple[str, ...] = ()
    evidence: tuple[dict[str, Any], ...] = field(default=(), hash=False)
    tier: str | None = None  # of the new value: confirmed, reported, rumoured; channels filter on it

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "show": self.show,
            "season": self.season,
            "kind": self.kind,
            "change": self.change,
            "value": self.value,
            "previous": self.previous,
            "certainty": self.certainty,
            "previous_certainty": self.previous_certainty,
            "tier": self.tier,
            "sources": self.sources,
            "at": iso(self.at),
            "urls": list(self.urls),
            "evidence": [dict(e) for e in self.evidence],
        }


@dataclass(frozen=True)
class OutboxItem:
    """One alert waiting for one channel; ``payload`` is the change's JSON."""

    id: int
    change_id: int
    channel: str
    payload: dict[str, Any] = field(hash=False)
    attempts: int
    idempotency_key: str
    status: str = "pending"
    last_error: str | None = None
    next_attempt_at: dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "change_id": self.change_id,
            "channel": self.channel,
            "status": self.status,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "next_attempt_at": iso(self.next_attempt_at),
            "idempotency_key": self.idempotency_key,
        }


@dataclass(frozen=True)
class Candidate:
    """One value claimed for a kind, ranked: whether it is the belief, why (not), the claims behind it."""

    kind: str
    value: Any
    certainty: str
    sources: int
    held: bool
    note: str
    claims: tuple[HistoryEntry, ...] = field(default=(), hash=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "certainty": self.certainty,
            "sources": self.sources,
            "held": self.held,
            "note": self.note,
            "claims": [claim.to_json() for claim in self.claims],
        }


@dataclass(frozen=True)
class SiteRecord:
    """A site's track record: of its reports and guesses (``claims``), how many a later official
    statement confirmed or contradicted, and ``score``, the share that held, smoothed towards a half."""

    site: str
    claims: int
    confirmed: int
    contradicted: int
    score: float

    def to_json(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "claims": self.claims,
            "confirmed": self.confirmed,
            "contradicted": self.contradicted,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True)
class DigestBatch:
    """The outbox rows of one digest: one channel, one period, one idempotency key."""

    channel: str
    start: dt.datetime
    end: dt.datetime
    key: str
    items: tuple[OutboxItem, ...] = field(hash=False)


@dataclass(frozen=True)
class SourceHealth:
    """What health checks need of a source: its failures in a row and when it last found a new article."""

    name: str
    failures: int
    last_error: str | None
    last_ok_at: dt.datetime | None
    articles: int
    last_new_at: dt.datetime | None
    interval_s: float = 0.0
    next_due_at: dt.datetime | None = None
    leased_by: str | None = None


@dataclass(frozen=True)
class ChannelHealth:
    """What health checks need of a channel: how its undelivered alerts fare."""

    channel: str
    most_attempts: int  # of an alert still pending: failures in a row of the oldest trouble
    dead_since_delivery: int  # alerts given up since the channel last delivered one
    last_error: str | None


@dataclass(frozen=True)
class HealthState:
    key: str
    active: bool
    since: dt.datetime
    detail: str | None


class PushState(StrEnum):
    """A WebSub subscription's state: asked, verified by the hub (until its lease ends), refused, ended."""

    PENDING = "pending"
    LIVE = "live"
    DENIED = "denied"
    LAPSED = "lapsed"


@dataclass(frozen=True)
class Subscription:
    """A WebSub subscription of a source's feed at its hub (storage/websub.py)."""

    id: str
    source: str
    topic_url: str
    hub: str
    secret: str
    state: str  # pending, live, denied, lapsed
    lease_s: int | None
    expires_at: dt.datetime | None
    created_at: dt.datetime
    requested_at: dt.datetime | None
    verified_at: dt.datetime | None
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        """What a listing shows: never the secret, nor the id that makes the callback URL."""
        return {"source": self.source, "topic_url": self.topic_url, "hub": self.hub, "state": self.state,
                "lease_s": self.lease_s, "expires_at": iso(self.expires_at), "created_at": iso(self.created_at),
                "verified_at": iso(self.verified_at), "reason": self.reason}
