"""Second-level QC: the decisions drawn for a second reviewer, and what the second reviewer found.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Decisions recorded before have no QC row: they were never drawn, and export as they did.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "qc_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("claim_pk", sa.Integer(), nullable=False),
        sa.Column("reasons", JSON_DOC, nullable=False),
        sa.Column("sampled_at", UTC_DATETIME, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("qc_reviewer", sa.String(length=320), nullable=True),
        sa.Column("qc_reviewer_id", sa.Integer(), nullable=True),
        sa.Column("qc_at", UTC_DATETIME, nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("replacement_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_pk"], ["claims.id"], name=op.f("fk_qc_reviews_claim_pk_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_qc_reviews_decision_id_decisions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["qc_reviewer_id"], ["reviewers.id"], name=op.f("fk_qc_reviews_qc_reviewer_id_reviewers")
        ),
        sa.ForeignKeyConstraint(
            ["replacement_id"], ["decisions.id"], name=op.f("fk_qc_reviews_replacement_id_decisions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_reviews")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_qc_reviews_decision_id")),
    )
    op.create_index(op.f("ix_qc_reviews_claim_pk"), "qc_reviews", ["claim_pk"], unique=False)
    op.create_index(op.f("ix_qc_reviews_state"), "qc_reviews", ["state"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_qc_reviews_state"), table_name="qc_reviews")
    op.drop_index(op.f("ix_qc_reviews_claim_pk"), table_name="qc_reviews")
    op.drop_table("qc_reviews")
