"""Each source at its own pace: when its entries were published, and the extra polls bursts gave it.

Revision ID: 0010_publication
Revises: 0009_topics

``publications`` keeps a source's entries of the last week (and its newest before that), so it stays a few
hundred rows for the busiest site; ``bursts`` keeps the last hour's extra polls. ``sources.published_since``
is where a source's record begins: an upgraded database's sources keep their configured interval until
they have a record to read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_publication"
down_revision = "0009_topics"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("published_since", sa.DateTime(timezone=True)))
    op.create_table(
        "publications",
        sa.Column("source", sa.String(200), primary_key=True),
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "bursts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_bursts_source", "bursts", ["source"])


def downgrade() -> None:
    op.drop_index("ix_bursts_source", "bursts")
    op.drop_table("bursts")
    op.drop_table("publications")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("published_since")
