"""Typed facts of a check result (findings/facts.py), stored next to its summary and evidence.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

Results stored before this revision have no facts (NULL): the conflict comparison then says the
facts were not recorded and asks for a re-check, rather than reading them out of the summary.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

# Types spelled out here, as in 0001: a migration keeps meaning what it meant when it was written.
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("check_results") as batch:
        batch.add_column(sa.Column("facts", JSON_DOC, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("check_results") as batch:
        batch.drop_column("facts")
