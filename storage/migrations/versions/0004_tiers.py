"""Corroboration tiers: each belief and each change carries confirmed, reported or rumoured.

Revision ID: 0004_tiers
Revises: 0003_alerts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_tiers"
down_revision = "0003_alerts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before tiers existed stay NULL: their tier was never worked out.
    op.add_column("beliefs", sa.Column("tier", sa.String(20)))
    op.add_column("changes", sa.Column("tier", sa.String(20)))


def downgrade() -> None:
    with op.batch_alter_table("changes") as batch:
        batch.drop_column("tier")
    with op.batch_alter_table("beliefs") as batch:
        batch.drop_column("tier")
