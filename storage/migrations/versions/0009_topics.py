"""Topics are data: each source row knows its topic and the settings file that names that topic, and each
article the topics it was read for.

Revision ID: 0009_topics
Revises: 0008_baselines

The rows of a database from before topics have no topic: the first daemon whose topic lists a source of
that name adopts the row (renamed ``slug/name``, its state kept), so an upgrade polls nothing twice and
loses no source's history. ``storage.sources.sync_sources`` does it, as only a daemon knows its topics.
An article stored before has no topic in ``article_topics``: it counts as read for every topic.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_topics"
down_revision = "0008_baselines"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("topic", sa.String(200)))
        batch.add_column(sa.Column("listed_in", sa.Text))
    op.create_index("ix_sources_topic", "sources", ["topic"])
    op.create_table(
        "article_topics",
        sa.Column("article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), sa.ForeignKey("articles.id"),
                  primary_key=True),
        sa.Column("show", sa.String(200), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("article_topics")
    op.drop_index("ix_sources_topic", "sources")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("listed_in")
        batch.drop_column("topic")
