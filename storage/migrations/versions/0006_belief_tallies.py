"""Beliefs kept incrementally: tallies per kind and value, each kind's working set, sites' track records.

Revision ID: 0006_belief_tallies
Revises: 0005_url_backoff

The new tables are filled from the claims already stored (storage/tallies.py ``rebuild_tallies``), so a
database recorded before keeps giving the same beliefs and alerts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0006_belief_tallies"
down_revision = "0005_url_backoff"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "belief_tallies",
        sa.Column("show", sa.String(200), primary_key=True),
        sa.Column("season", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("value_key", sa.String(300), primary_key=True),
        sa.Column("certainty", sa.String(20), primary_key=True),
        sa.Column("negated", sa.Boolean, primary_key=True),
        sa.Column("valued", sa.Boolean, primary_key=True),
        sa.Column("dated", sa.Boolean, primary_key=True),
        sa.Column("site", sa.String(200), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "belief_claims",
        sa.Column("show", sa.String(200), primary_key=True),
        sa.Column("season", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("claim_id", Id, sa.ForeignKey("claims.id"), primary_key=True),
    )
    op.create_table(
        "site_reports",
        sa.Column("claim_id", Id, sa.ForeignKey("claims.id"), primary_key=True),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("show", sa.String(200), nullable=False),
        sa.Column("season", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("value_key", sa.String(300), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_site_reports_value", "site_reports", ["show", "season", "kind", "value_key", "at"])
    op.create_table(
        "site_records",
        sa.Column("site", sa.String(200), primary_key=True),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("confirmed", sa.Integer, nullable=False),
        sa.Column("contradicted", sa.Integer, nullable=False),
    )
    from storage.tallies import rebuild_tallies

    with Session(bind=op.get_bind()) as session:
        rebuild_tallies(session)
        session.commit()  # joined to the migration's transaction: this flushes, the migration commits


def downgrade() -> None:
    op.drop_table("site_records")
    op.drop_index("ix_site_reports_value", "site_reports")
    op.drop_table("site_reports")
    op.drop_table("belief_claims")
    op.drop_table("belief_tallies")
