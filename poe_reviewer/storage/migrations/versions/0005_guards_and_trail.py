"""Decisions that cannot go wrong quietly: a hash-chained audit trail, resolutions and undo of
decisions, exports delivered exactly once, conflict notification as a recorded act.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

* ``audit_events.prev_hash``/``hash``: every event chained to the one before it (storage/trail.py);
  existing events are chained here, in id order. On PostgreSQL TRUNCATE is refused too.
* ``decisions.resolutions``: what the reviewer confirmed by hand before approving (check, status,
  note); ``undone_at``/``undone_by``: a decision taken back before it was exported.
* ``exports``: a stable ``export_uid``, the ``state`` of delivery (``pending`` until the claims
  system acknowledges it, ``acknowledged``; ``copy`` for a re-delivery of decisions already
  delivered), the bytes written (so a resumed export writes the very same file) and the trail's
  head at export. Exports made before this revision count as acknowledged.
* ``conflict_groups``: ``found_at`` (when the group was found); ``notified_*`` only once a person
  recorded notifying the partners. Groups recorded before this revision were marked notified at
  import by the program itself, so their notification is kept with ``notified_how`` saying so.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from poe_reviewer.storage.trail import GENESIS, event_hash

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

_APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER audit_events_no_{op} BEFORE {OP} ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
)


def _chain_existing_events() -> None:
    bind = op.get_bind()
    events = sa.table(
        "audit_events",
        sa.column("id", sa.Integer()),
        sa.column("at", UTC_DATETIME),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("claim_id", sa.String()),
        sa.column("revision", sa.Integer()),
        sa.column("details", JSON_DOC),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    prev = GENESIS
    rows = bind.execute(
        sa.select(
            events.c.id, events.c.at, events.c.actor, events.c.action, events.c.claim_id, events.c.revision,
            events.c.details,
        ).order_by(events.c.id)
    ).all()  # fmt: skip
    for row in rows:
        details = row.details if isinstance(row.details, dict) else {}
        h = event_hash(prev, at=row.at, actor=row.actor, action=row.action, claim_id=row.claim_id,
                       revision=row.revision, details=details)  # fmt: skip
        bind.execute(sa.update(events).where(events.c.id == row.id).values(prev_hash=prev, hash=h))
        prev = h


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=True))
    # chaining the events already there is the one update the trail ever gets
    if postgres:
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
    else:
        for name in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_events_no_{name}")
    _chain_existing_events()
    if postgres:
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION poe_audit_append_only()"
        )
    else:
        for name in ("update", "delete"):
            op.execute(_APPEND_ONLY_SQLITE.format(op=name, OP=name.upper()))
    op.create_index("ix_audit_events_hash", "audit_events", ["hash"])

    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("resolutions", JSON_DOC, nullable=True))
        batch.add_column(sa.Column("undone_at", UTC_DATETIME, nullable=True))
        batch.add_column(sa.Column("undone_by", sa.String(320), nullable=True))

    with op.batch_alter_table("exports") as batch:
        batch.add_column(sa.Column("export_uid", sa.String(40), nullable=True))
        batch.add_column(sa.Column("state", sa.String(16), nullable=False, server_default="acknowledged"))
        batch.add_column(sa.Column("payload", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("audit_head", sa.String(64), nullable=True))
        batch.add_column(sa.Column("acknowledged_at", UTC_DATETIME, nullable=True))
        batch.add_column(sa.Column("acknowledged_by", sa.String(320), nullable=True))
    exports = sa.table("exports", sa.column("id", sa.Integer()), sa.column("export_uid", sa.String()))
    legacy = sa.literal("legacy-") + sa.cast(exports.c.id, sa.String)
    op.get_bind().execute(sa.update(exports).values(export_uid=legacy))
    with op.batch_alter_table("exports") as batch:
        batch.create_unique_constraint("uq_exports_export_uid", ["export_uid"])

    with op.batch_alter_table("conflict_groups") as batch:
        batch.add_column(sa.Column("found_at", UTC_DATETIME, nullable=True))
        batch.add_column(sa.Column("notified_how", sa.Text(), nullable=True))
        batch.alter_column("notified_at", existing_type=UTC_DATETIME, nullable=True)
        batch.alter_column("notified_by", existing_type=sa.String(320), nullable=True)
    groups = sa.table(
        "conflict_groups",
        sa.column("found_at", UTC_DATETIME),
        sa.column("notified_at", UTC_DATETIME),
        sa.column("notified_how", sa.Text()),
    )
    op.get_bind().execute(
        sa.update(groups).values(found_at=groups.c.notified_at, notified_how="recorded at import (before schema 0005)")
    )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    groups = sa.table(
        "conflict_groups",
        sa.column("found_at", UTC_DATETIME),
        sa.column("notified_at", UTC_DATETIME),
        sa.column("notified_by", sa.String()),
    )
    op.get_bind().execute(
        sa.update(groups)
        .where(groups.c.notified_at.is_(None))
        .values(notified_at=groups.c.found_at, notified_by="(not notified)")
    )
    with op.batch_alter_table("conflict_groups") as batch:
        batch.alter_column("notified_by", existing_type=sa.String(320), nullable=False)
        batch.alter_column("notified_at", existing_type=UTC_DATETIME, nullable=False)
        batch.drop_column("notified_how")
        batch.drop_column("found_at")
    with op.batch_alter_table("exports") as batch:
        batch.drop_constraint("uq_exports_export_uid", type_="unique")
        for column in ("acknowledged_by", "acknowledged_at", "audit_head", "payload", "state", "export_uid"):
            batch.drop_column(column)
    with op.batch_alter_table("decisions") as batch:
        for column in ("undone_by", "undone_at", "resolutions"):
            batch.drop_column(column)
    op.drop_index("ix_audit_events_hash", "audit_events")
    if postgres:
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
    else:
        for name in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_events_no_{name}")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
    if not postgres:
        for name in ("update", "delete"):
            op.execute(_APPEND_ONLY_SQLITE.format(op=name, OP=name.upper()))
