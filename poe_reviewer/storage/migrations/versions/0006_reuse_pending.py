"""Claims whose queue-wide reused-evidence check has not run since they (or their evidence) changed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

A claim is queued here in the transaction that imports it, and leaves in the transaction that saves
its reuse verdict: an import killed at any moment leaves the claims still to check here, and the
next import (or the workbench, when it opens) checks them. Claims of databases made before schema
0003 have no fingerprint; they are rebuilt from the cached documents and queued the same way.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reuse_pending",
        sa.Column("claim_id", sa.String(64), nullable=False),
        sa.Column("queued_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_reuse_pending")),
    )


def downgrade() -> None:
    op.drop_table("reuse_pending")
