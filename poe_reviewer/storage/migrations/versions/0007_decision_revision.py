"""Which revision of the claim a decision was made on, and whether it is final (``poe-decisions/1``'s
optional ``revision`` and ``final``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

Both are NULL for decisions recorded before: their export entries stay exactly as they were (and so
do the digests the audit trail keeps of them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("claim_revision", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("final", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("final")
        batch.drop_column("claim_revision")
