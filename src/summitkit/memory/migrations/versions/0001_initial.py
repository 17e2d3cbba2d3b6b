"""The first summit memory: reports, summits, facts and their sources.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("report", sa.Text, nullable=False),
    )
    op.create_table(
        "summits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text),
        sa.Column("organisation", sa.Text, index=True),
        sa.Column("ordinal", sa.Integer),
        sa.Column("city", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("date", sa.String(10), index=True),
        sa.Column("summit", sa.Text, nullable=False),
    )
    op.create_table(
        "summit_reports",
        sa.Column("summit_id", sa.Integer, sa.ForeignKey("summits.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "summit_countries",
        sa.Column("summit_id", sa.Integer, sa.ForeignKey("summits.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("country", sa.String(2), primary_key=True, index=True),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("summit_id", sa.Integer, sa.ForeignKey("summits.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("field", sa.String(32), nullable=False, index=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("person_key", sa.Text, index=True),
        sa.Column("indicator_key", sa.Text, index=True),
        sa.Column("amount", sa.Text),
        sa.Column("currency", sa.String(3)),
        sa.Column("kind", sa.String(16)),
        sa.Column("status", sa.String(16)),
        sa.Column("conflict", sa.Text),
        sa.Column("source_count", sa.Integer, nullable=False),
        sa.Column("fact", sa.Text, nullable=False),
    )
    op.create_table(
        "fact_sources",
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("evidence", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("fact_sources", "facts", "summit_countries", "summit_reports", "summits", "reports"):
        op.drop_table(table)
