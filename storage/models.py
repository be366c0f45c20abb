"""The tables, as SQLAlchemy 2.x typed models. Migrations in ``migrations/versions`` create them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend: SQLite keeps no zone, so it stores naive UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


Id = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements INTEGER keys only


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, Any: JSON}


class ArticleModel(Base):
    """One version of a page's readable text; a copy of another page's text points to it.

    After ``[storage] keep_bodies`` the text is dropped (""): the row, its hash and URLs stay, so the page is
    still known and not fetched again, and its claims keep their evidence sentences.
    """

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_fetched_at", "fetched_at"),)  # the oldest bodies, found by index

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(200))
    lang: Mapped[str | None] = mapped_column(String(16))
    published: Mapped[dt.datetime | None]
    fetched_at: Mapped[dt.datetime]
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    duplicate_of: Mapped[int | None] = mapped_column(Id, ForeignKey("articles.id"))
    claims: Mapped[int] = mapped_column(Integer, default=0)


class ArticleUrlModel(Base):
    """Every URL an article was reached by (lead, final, canonical): a lead seen once is not fetched again."""

    __tablename__ = "article_urls"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    article_id: Mapped[int] = mapped_column(Id, ForeignKey("articles.id"), index=True)


class ArticleTopicModel(Base):
    """An article read for a topic (its relevance and claims): a story one topic's daemon stored is still
    read for another topic whose source lists it."""

    __tablename__ = "article_topics"

    article_id: Mapped[int] = mapped_column(Id, ForeignKey("articles.id"), primary_key=True)
    show: Mapped[str] = mapped_column(String(200), primary_key=True)


class ParagraphModel(Base):
    """A fingerprint of each long paragraph, to recognise a syndicated story under new boilerplate."""

    __tablename__ = "article_paragraphs"

    hash: Mapped[str] = mapped_column(String(16), primary_key=True)
    article_id: Mapped[int] = mapped_column(Id, ForeignKey("articles.id"), primary_key=True)


class ClaimModel(Base):
    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_topic_kind", "show", "season", "kind"),
                      Index("ix_claims_value_at", "show", "season", "kind", "value_key", "at"),  # a belief's evidence
                      Index("ix_claims_kind_at", "show", "season", "kind", "at"))  # a kind's timeline

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(Id, ForeignKey("articles.id"), index=True)
    show: Mapped[str] = mapped_column(String(200))
    season: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    value_key: Mapped[str] = mapped_column(String(300))
    certainty: Mapped[str] = mapped_column(String(20))
    negated: Mapped[bool]
    attributed_to: Mapped[str | None] = mapped_column(String(300))
    evidence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    site: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[dt.datetime]
    dated: Mapped[bool] = mapped_column(default=True)  # False: the article had no date; ``at`` is when it was read


class BeliefModel(Base):
    """The current belief per (show, season, kind, item): item is "" except for cast (the name key)."""

    __tablename__ = "beliefs"

    show: Mapped[str] = mapped_column(String(200), primary_key=True)
    season: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    item: Mapped[str] = mapped_column(String(300), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    value_key: Mapped[str] = mapped_column(String(300))
    certainty: Mapped[str] = mapped_column(String(20))
    tier: Mapped[str | None] = mapped_column(String(20))  # confirmed, reported, rumoured (storage/resolve.py)
    sources: Mapped[int] = mapped_column(Integer)
    urls: Mapped[Any] = mapped_column(JSON)
    since: Mapped[dt.datetime]


class ChangeModel(Base):
    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_show_at", "show", "at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    show: Mapped[str] = mapped_column(String(200))
    season: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    change: Mapped[str] = mapped_column(String(20))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    previous: Mapped[Any] = mapped_column(JSON, nullable=True)
    certainty: Mapped[str | None] = mapped_column(String(20))
    previous_certainty: Mapped[str | None] = mapped_column(String(20))
    tier: Mapped[str | None] = mapped_column(String(20))  # of the new value: what channels filter on
    sources: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    recorded_at: Mapped[dt.datetime]
    article_id: Mapped[int | None] = mapped_column(Id, ForeignKey("articles.id"))
    urls: Mapped[Any] = mapped_column(JSON)
    evidence: Mapped[Any] = mapped_column(JSON)


class OutboxModel(Base):
    """One change to deliver on one channel; written in the transaction that records the change."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),
                      Index("ix_outbox_channel_status", "channel", "status"))

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    change_id: Mapped[int] = mapped_column(Id, ForeignKey("changes.id"), index=True)
    channel: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending, delivered, dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime]
    leased_by: Mapped[str | None] = mapped_column(String(200))
    lease_until: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]


class SourceModel(Base):
    __tablename__ = "sources"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    url: Mapped[str] = mapped_column(Text)
    interval_s: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(default=True)
    next_due_at: Mapped[dt.datetime]
    last_fetch_at: Mapped[dt.datetime | None]
    last_ok_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    leased_by: Mapped[str | None] = mapped_column(String(200))
    lease_until: Mapped[dt.datetime | None]
    next_reason: Mapped[str | None] = mapped_column(Text)  # why next_due_at is when it is
    topic: Mapped[str | None] = mapped_column(String(200), index=True)  # its topic's slug; None: before topics
    listed_in: Mapped[str | None] = mapped_column(Text)  # the settings file that names its topic
    # Where its record of publications begins (the first poll, or the oldest entry a listing showed); None:
    # no record yet, the configured interval.
    published_since: Mapped[dt.datetime | None]


class PublicationModel(Base):
    """An entry a source published, when (its own date, else when first seen): the last week's and the newest
    before, which is what an adaptive interval reads (claimwatch/pace.py)."""

    __tablename__ = "publications"

    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    url: Mapped[str] = mapped_column(Text, primary_key=True)
    published_at: Mapped[dt.datetime]


class BurstModel(Base):
    """An extra poll a source was given because another source of its topic changed a belief: counted over the
    last hour, in the database, so every worker keeps the one bound of ``[daemon] burst_polls``."""

    __tablename__ = "bursts"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    at: Mapped[dt.datetime]


class UrlFailureModel(Base):
    """An article URL whose fetch failed: it is not fetched again before ``retry_at``."""

    __tablename__ = "url_failures"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    source: Mapped[str | None] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    failed_at: Mapped[dt.datetime]
    retry_at: Mapped[dt.datetime]


class FetchStateModel(Base):
    """A URL's validators from its last fetch, for conditional GET."""

    __tablename__ = "fetch_state"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[dt.datetime]
    source: Mapped[str | None] = mapped_column(String(200), index=True)  # the source that fetched it
    # The document itself, once a second source reads the URL: that one's 304 is read from this copy.
    body: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    content_type: Mapped[str | None] = mapped_column(Text)
    final_url: Mapped[str | None] = mapped_column(Text)


class HealthModel(Base):
    """A watched condition ("source-failing:soompi"): whether it holds now and since when."""

    __tablename__ = "health"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    active: Mapped[bool]
    since: Mapped[dt.datetime]
    detail: Mapped[str | None] = mapped_column(Text)


class BaselineModel(Base):
    """A season whose initial state was sent: its later rounds alert on changes, and a restart sends none again."""

    __tablename__ = "baselines"

    show: Mapped[str] = mapped_column(String(200), primary_key=True)
    season: Mapped[int] = mapped_column(Integer, primary_key=True)
    sent_at: Mapped[dt.datetime]
    change_id: Mapped[int | None] = mapped_column(Id, ForeignKey("changes.id"))  # None: a database from before


class HeartbeatModel(Base):
    """When something last completed: the daemon's last round ("round")."""

    __tablename__ = "heartbeats"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    at: Mapped[dt.datetime]


class BeliefTallyModel(Base):
    """How many claims of one kind said one value, at one certainty, from one site: updated as each claim is
    stored, so "was this said before?" and the track records read a few rows, never the whole history."""

    __tablename__ = "belief_tallies"

    show: Mapped[str] = mapped_column(String(200), primary_key=True)
    season: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    value_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    certainty: Mapped[str] = mapped_column(String(20), primary_key=True)
    negated: Mapped[bool] = mapped_column(primary_key=True)
    valued: Mapped[bool] = mapped_column(primary_key=True)  # False: "not announced", a claim with no value
    dated: Mapped[bool] = mapped_column(primary_key=True)
    site: Mapped[str] = mapped_column(String(200), primary_key=True)  # "" when the article named none
    value: Mapped[Any] = mapped_column(JSON, nullable=True)  # as first said
    claims: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[dt.datetime]
    last_at: Mapped[dt.datetime]


class BeliefClaimModel(Base):
    """The claims a belief can still be moved by: per kind, the first, last and oldest claim of each value as
    said by each site, the latest articles behind each value, and the platform's latest denials. Resolving
    these gives what resolving every stored claim of the kind would (storage/tallies.py)."""

    __tablename__ = "belief_claims"

    show: Mapped[str] = mapped_column(String(200), primary_key=True)
    season: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    claim_id: Mapped[int] = mapped_column(Id, ForeignKey("claims.id"), primary_key=True)


class SiteReportModel(Base):
    """A site's own dated report or guess, once per article and value: what its track record counts."""

    __tablename__ = "site_reports"
    __table_args__ = (Index("ix_site_reports_value", "show", "season", "kind", "value_key", "at"),)

    claim_id: Mapped[int] = mapped_column(Id, ForeignKey("claims.id"), primary_key=True)
    site: Mapped[str] = mapped_column(String(200))
    show: Mapped[str] = mapped_column(String(200))
    season: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    value_key: Mapped[str] = mapped_column(String(300))
    at: Mapped[dt.datetime]


class SiteRecordModel(Base):
    """A site's track record so far: its reports, and how many a later official word confirmed or contradicted."""

    __tablename__ = "site_records"

    site: Mapped[str] = mapped_column(String(200), primary_key=True)
    reports: Mapped[int] = mapped_column(Integer, default=0)
    confirmed: Mapped[int] = mapped_column(Integer, default=0)
    contradicted: Mapped[int] = mapped_column(Integer, default=0)


class SubscriptionModel(Base):
    """A WebSub subscription: the hub pushes a source's feed to the callback ``/websub/{id}``, each delivery
    signed with ``secret``; ``state`` pending (asked), live (verified, until ``expires_at``), denied, lapsed."""

    __tablename__ = "websub_subscriptions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # unguessable: the callback's path
    source: Mapped[str] = mapped_column(String(200), index=True)
    topic_url: Mapped[str] = mapped_column(Text)
    hub: Mapped[str] = mapped_column(Text)
    secret: Mapped[str] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(16))
    lease_s: Mapped[int | None] = mapped_column(Integer)  # the lease the hub granted at the last verification
    expires_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    requested_at: Mapped[dt.datetime | None]  # the last subscribe (or renewal) request sent to the hub
    verified_at: Mapped[dt.datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)  # the hub's reason for a denial, or why it lapsed
