"""Reviewers' notes and tags on claims (and on regions of their pages): the review team's own, never exported.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

Claims imported before have no notes and no tags (an empty text).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("tags", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "claim_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_pk", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=320), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("tags", JSON_DOC, nullable=False),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("bbox", JSON_DOC, nullable=True),
        sa.Column("removed_at", UTC_DATETIME, nullable=True),
        sa.Column("removed_by", sa.String(length=320), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_pk"], ["claims.id"], name=op.f("fk_claim_notes_claim_pk_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_notes")),
    )
    op.create_index(op.f("ix_claim_notes_claim_pk"), "claim_notes", ["claim_pk"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_claim_notes_claim_pk"), table_name="claim_notes")
    op.drop_table("claim_notes")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("tags")
