"""A quiet first run and storage over months: the seasons whose initial state was sent, and old bodies by date.

Revision ID: 0008_baselines
Revises: 0007_web_indexes

A season that already holds beliefs was alerted change by change before this version: it is marked as
having had its baseline, so upgrading sends no summary. ``ix_articles_fetched_at`` lets the daemon find
the bodies past ``keep_bodies`` without reading every article.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_baselines"
down_revision = "0007_web_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "baselines",
        sa.Column("show", sa.String(200), primary_key=True),
        sa.Column("season", sa.Integer, primary_key=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("change_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), sa.ForeignKey("changes.id")),
    )
    op.execute("INSERT INTO baselines (show, season, sent_at) "
               "SELECT show, season, MIN(since) FROM beliefs GROUP BY show, season")
    op.create_index("ix_articles_fetched_at", "articles", ["fetched_at"])


def downgrade() -> None:
    op.drop_index("ix_articles_fetched_at", "articles")
    op.drop_table("baselines")
