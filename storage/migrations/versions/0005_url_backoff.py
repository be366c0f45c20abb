"""Per-URL back-off: an article URL that failed (too large, too slow, a redirect loop, a 429) waits.

Revision ID: 0005_url_backoff
Revises: 0004_tiers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_url_backoff"
down_revision = "0004_tiers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "url_failures",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("source", sa.String(200)),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retry_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("url_failures")
