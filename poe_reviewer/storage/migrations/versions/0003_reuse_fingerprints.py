"""Reuse fingerprints: per revision, what the reused-evidence check compares across the stored queue.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

# Types spelled out here, as in 0001: a migration keeps meaning what it meant when it was written.
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "reuse_fingerprints",
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", JSON_DOC, nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["claim_revisions.id"],
            name=op.f("fk_reuse_fingerprints_revision_id_claim_revisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("revision_id", name=op.f("pk_reuse_fingerprints")),
    )


def downgrade() -> None:
    op.drop_table("reuse_fingerprints")
