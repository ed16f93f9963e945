"""Conflict groups: CPOR claims contesting a customer's workload, recorded when first found.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

# Types spelled out here, as in 0001: a migration keeps meaning what it meant when it was written.
UTC_DATETIME = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "conflict_groups",
        sa.Column("group_id", sa.String(length=32), nullable=False),
        sa.Column("customer_key", sa.String(length=320), nullable=False),
        sa.Column("customer_name", sa.Text(), nullable=False),
        sa.Column("claim_kind", sa.String(length=32), nullable=True),
        sa.Column("claim_ids", JSON_DOC, nullable=False),
        sa.Column("workloads", JSON_DOC, nullable=False),
        sa.Column("notified_at", UTC_DATETIME, nullable=False),
        sa.Column("notified_by", sa.String(length=320), nullable=False),
        sa.PrimaryKeyConstraint("group_id", name=op.f("pk_conflict_groups")),
    )
    op.create_index(op.f("ix_conflict_groups_customer_key"), "conflict_groups", ["customer_key"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_conflict_groups_customer_key"), table_name="conflict_groups")
    op.drop_table("conflict_groups")
