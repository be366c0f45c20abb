"""Health alerts: an index on the outbox by channel, the state of each watched condition (a source failing, a channel failing, the daemon
late) so that each start and each recovery is alerted once, and the daemon's heartbeat per round.

Revision ID: 0003_alerts
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_alerts"
down_revision = "0002_watching"
branch_labels = None
depends_on = None

When = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Health checks ask, every round, how each channel's alerts fare.
    op.create_index("ix_outbox_channel_status", "outbox", ["channel", "status"])
    op.create_table(
        "health",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("since", When, nullable=False),
        sa.Column("detail", sa.Text),
    )
    op.create_table(
        "heartbeats",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("at", When, nullable=False),
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_channel_status", table_name="outbox")
    op.drop_table("heartbeats")
    op.drop_table("health")
