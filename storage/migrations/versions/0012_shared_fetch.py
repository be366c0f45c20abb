"""Fetch state shared per URL: the document a URL's validators name, kept when several sources read it.

Revision ID: 0012_shared_fetch
Revises: 0011_websub

A feed two topics list (in two daemons, or read in turn) is fetched by each with the validators the other
saved; a 304 is then read from this copy, so neither downloads the feed again nor misses its entries.
Only URLs read by more than one source keep a copy, so the table stays one small row per other URL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_shared_fetch"
down_revision = "0011_websub"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fetch_state") as batch:
        batch.add_column(sa.Column("body", sa.LargeBinary))
        batch.add_column(sa.Column("content_type", sa.Text))
        batch.add_column(sa.Column("final_url", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("fetch_state") as batch:
        batch.drop_column("final_url")
        batch.drop_column("content_type")
        batch.drop_column("body")
