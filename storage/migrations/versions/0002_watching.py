"""Watching many sites: fetch state kept per source (a sitemap's children), why a source's next poll is when it is.

Revision ID: 0002_watching
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_watching"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fetch_state") as table:
        table.add_column(sa.Column("source", sa.String(200)))
        table.create_index("ix_fetch_state_source", ["source"])
    with op.batch_alter_table("sources") as table:
        table.add_column(sa.Column("next_reason", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("sources") as table:
        table.drop_column("next_reason")
    with op.batch_alter_table("fetch_state") as table:
        table.drop_index("ix_fetch_state_source")
        table.drop_column("source")
