"""The web page's reads: a belief's evidence and a kind's timeline each found by index, not by scanning a kind.

Revision ID: 0007_web_indexes
Revises: 0006_belief_tallies

With 100,000 claims, "the newest sentence saying this value" and "the newest claims of this kind" read a few
index entries; without these, each scanned every claim of the kind (storage/webviews.py).
"""

from __future__ import annotations

from alembic import op

revision = "0007_web_indexes"
down_revision = "0006_belief_tallies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claims_value_at", "claims", ["show", "season", "kind", "value_key", "at"])
    op.create_index("ix_claims_kind_at", "claims", ["show", "season", "kind", "at"])


def downgrade() -> None:
    op.drop_index("ix_claims_kind_at", "claims")
    op.drop_index("ix_claims_value_at", "claims")
