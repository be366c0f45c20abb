"""The first tables: articles with their URLs and paragraph fingerprints, claims, beliefs, changes, outbox, sources, fetch state.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False, index=True),
        sa.Column("title", sa.Text),
        sa.Column("site", sa.String(200)),
        sa.Column("source", sa.String(200)),
        sa.Column("lang", sa.String(16)),
        sa.Column("published", When),
        sa.Column("fetched_at", When, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False, index=True),
        sa.Column("duplicate_of", Id, sa.ForeignKey("articles.id")),
        sa.Column("claims", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "article_urls",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("article_id", Id, sa.ForeignKey("articles.id"), nullable=False, index=True),
    )
    op.create_table(
        "article_paragraphs",
        sa.Column("hash", sa.String(16), primary_key=True),
        sa.Column("article_id", Id, sa.ForeignKey("articles.id"), primary_key=True),
    )
    op.create_table(
        "claims",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("article_id", Id, sa.ForeignKey("articles.id"), nullable=False, index=True),
        sa.Column("show", sa.String(200), nullable=False),
        sa.Column("season", sa.Integer),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("value_key", sa.String(300), nullable=False),
        sa.Column("certainty", sa.String(20), nullable=False),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("attributed_to", sa.String(300)),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("site", sa.String(200)),
        sa.Column("at", When, nullable=False),
        sa.Column("dated", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_index("ix_claims_topic_kind", "claims", ["show", "season", "kind"])
    op.create_table(
        "beliefs",
        sa.Column("show", sa.String(200), primary_key=True),
        sa.Column("season", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("item", sa.String(300), primary_key=True),
        sa.Column("value", sa.JSON),
        sa.Column("value_key", sa.String(300), nullable=False),
        sa.Column("certainty", sa.String(20), nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("urls", sa.JSON, nullable=False),
        sa.Column("since", When, nullable=False),
    )
    op.create_table(
        "changes",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("show", sa.String(200), nullable=False),
        sa.Column("season", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("change", sa.String(20), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("previous", sa.JSON),
        sa.Column("certainty", sa.String(20)),
        sa.Column("previous_certainty", sa.String(20)),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("at", When, nullable=False),
        sa.Column("recorded_at", When, nullable=False),
        sa.Column("article_id", Id, sa.ForeignKey("articles.id")),
        sa.Column("urls", sa.JSON, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
    )
    op.create_index("ix_changes_show_at", "changes", ["show", "at"])
    op.create_table(
        "outbox",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("change_id", Id, sa.ForeignKey("changes.id"), nullable=False, index=True),
        sa.Column("channel", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", When, nullable=False),
        sa.Column("leased_by", sa.String(200)),
        sa.Column("lease_until", When),
        sa.Column("last_error", sa.Text),
        sa.Column("delivered_at", When),
        sa.Column("created_at", When, nullable=False),
    )
    op.create_index("ix_outbox_due", "outbox", ["status", "next_attempt_at"])
    op.create_table(
        "sources",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("interval_s", sa.Integer, nullable=False),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("next_due_at", When, nullable=False),
        sa.Column("last_fetch_at", When),
        sa.Column("last_ok_at", When),
        sa.Column("last_error", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("leased_by", sa.String(200)),
        sa.Column("lease_until", When),
    )
    op.create_table(
        "fetch_state",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("checked_at", When, nullable=False),
    )


def downgrade() -> None:
    for table in ("fetch_state", "sources", "outbox", "changes", "beliefs", "claims", "article_paragraphs", "article_urls", "articles"):
        op.drop_table(table)
