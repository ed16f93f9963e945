"""Import jobs: bundles waiting for whichever worker takes them first (a team's imports over several machines).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

A queue from before has no jobs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "import_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_path", sa.Text(), nullable=False),
        sa.Column("added_at", UTC_DATETIME, nullable=False),
        sa.Column("added_by", sa.String(length=320), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=True),
        sa.Column("lease_until", UTC_DATETIME, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("finished_at", UTC_DATETIME, nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_jobs")),
    )
    op.create_index(op.f("ix_import_jobs_state"), "import_jobs", ["state"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_import_jobs_state"), table_name="import_jobs")
    op.drop_table("import_jobs")
