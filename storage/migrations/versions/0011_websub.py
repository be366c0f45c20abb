"""Push: the WebSub subscriptions to the hubs of feeds, one row per subscription.

Revision ID: 0011_websub
Revises: 0010_publication

A row's id is the unguessable last part of its callback URL, and its secret signs each delivery; the state
says whether the hub pushes the source's feed now (live, until ``expires_at``), so polling can slow down.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_websub"
down_revision = "0010_publication"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "websub_subscriptions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("topic_url", sa.Text, nullable=False),
        sa.Column("hub", sa.Text, nullable=False),
        sa.Column("secret", sa.String(128), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("lease_s", sa.Integer),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True)),
        sa.Column("verified_at", sa.DateTime(timezone=True)),
        sa.Column("reason", sa.Text),
    )
    op.create_index("ix_websub_subscriptions_source", "websub_subscriptions", ["source"])


def downgrade() -> None:
    op.drop_index("ix_websub_subscriptions_source", "websub_subscriptions")
    op.drop_table("websub_subscriptions")
