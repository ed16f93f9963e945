"""The first schema: claims, revisions, documents, check results, decisions, audit trail, leases, exports, cache.

Revision ID: 0001
Revises:
Create Date: 2026-05-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

# Types spelled out here (not imported from models.py): a migration must keep meaning what it
# meant when it was written, whatever the models become.
UTC_DATETIME = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

_APPEND_ONLY_SQLITE = (
    "CREATE TRIGGER audit_events_no_{op} BEFORE {OP} ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
)


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC_DATETIME, nullable=False),
        sa.Column("actor", sa.String(length=320), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("details", JSON_DOC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index("ix_audit_events_claim", "audit_events", ["claim_id", "id"], unique=False)
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("current_revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("source_status", sa.String(length=32), nullable=False),
        sa.Column("program", sa.String(length=32), nullable=False),
        sa.Column("claim_kind", sa.String(length=32), nullable=True),
        sa.Column("solution_area", sa.String(length=64), nullable=False),
        sa.Column("partner_name", sa.Text(), nullable=False),
        sa.Column("partner_location_id", sa.String(length=64), nullable=False),
        sa.Column("partner_country", sa.String(length=2), nullable=False),
        sa.Column("customer_name", sa.Text(), nullable=False),
        sa.Column("customer_country", sa.String(length=2), nullable=False),
        sa.Column("customer_segment", sa.String(length=32), nullable=False),
        sa.Column("customer_key", sa.String(length=320), nullable=False),
        sa.Column("workloads", sa.Text(), nullable=False),
        sa.Column("submitted_at", UTC_DATETIME, nullable=False),
        sa.Column("under_review_since", UTC_DATETIME, nullable=False),
        sa.Column("recommendation", sa.String(length=32), nullable=False),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("respond_by", sa.Date(), nullable=True),
        sa.Column("dispute_until", sa.Date(), nullable=True),
        sa.Column("conflict_until", sa.Date(), nullable=True),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("next_clock", sa.String(length=16), nullable=True),
        sa.Column("sort_due", sa.Date(), nullable=False),
        sa.Column("public_sector", sa.Boolean(), nullable=False),
        sa.Column("reused", sa.Boolean(), nullable=False),
        sa.Column("conflict", sa.Boolean(), nullable=False),
        sa.Column("flags", JSON_DOC, nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=True),
        sa.Column("decided_by", sa.String(length=320), nullable=True),
        sa.Column("decided_at", UTC_DATETIME, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint("claim_id", name=op.f("uq_claims_claim_id")),
    )
    op.create_index("ix_claims_customer_key", "claims", ["customer_key"], unique=False)
    op.create_index("ix_claims_sort_due", "claims", ["sort_due", "id"], unique=False)
    op.create_index("ix_claims_status_sort_due", "claims", ["status", "sort_due", "id"], unique=False)
    op.create_table(
        "exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("exported_at", UTC_DATETIME, nullable=False),
        sa.Column("exported_by", sa.String(length=320), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exports")),
    )
    op.create_table(
        "extraction_cache",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("options", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("sha256", "options", name=op.f("pk_extraction_cache")),
    )
    op.create_table(
        "reviewers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewers")),
        sa.UniqueConstraint("email", name=op.f("uq_reviewers_email")),
    )
    op.create_table(
        "claim_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_pk", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("bundle_path", sa.Text(), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("claim_sha256", sa.String(length=64), nullable=False),
        sa.Column("claim_json", sa.Text(), nullable=False),
        sa.Column("source_status", sa.String(length=32), nullable=False),
        sa.Column("submitted_at", UTC_DATETIME, nullable=False),
        sa.Column("under_review_since", UTC_DATETIME, nullable=False),
        sa.Column("recommendation", sa.String(length=32), nullable=False),
        sa.Column("imported_at", UTC_DATETIME, nullable=False),
        sa.Column("imported_by", sa.String(length=320), nullable=False),
        sa.Column("checked_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_pk"], ["claims.id"], name=op.f("fk_claim_revisions_claim_pk_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_revisions")),
        sa.UniqueConstraint("bundle_sha256", name=op.f("uq_claim_revisions_bundle_sha256")),
        sa.UniqueConstraint("claim_pk", "revision", name="uq_claim_revisions_claim_revision"),
    )
    op.create_table(
        "claim_workloads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("subscription_id", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_pk"], ["claims.id"], name=op.f("fk_claim_workloads_claim_pk_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_workloads")),
    )
    op.create_index(op.f("ix_claim_workloads_claim_pk"), "claim_workloads", ["claim_pk"], unique=False)
    op.create_index(op.f("ix_claim_workloads_name"), "claim_workloads", ["name"], unique=False)
    op.create_table(
        "leases",
        sa.Column("claim_pk", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("acquired_at", UTC_DATETIME, nullable=False),
        sa.Column("expires_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_pk"], ["claims.id"], name=op.f("fk_leases_claim_pk_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["reviewers.id"], name=op.f("fk_leases_reviewer_id_reviewers")),
        sa.PrimaryKeyConstraint("claim_pk", name=op.f("pk_leases")),
    )
    op.create_index(op.f("ix_leases_expires_at"), "leases", ["expires_at"], unique=False)
    op.create_table(
        "check_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("reject", sa.Boolean(), nullable=False),
        sa.Column("evidence", JSON_DOC, nullable=False),
        sa.Column("checked_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["claim_revisions.id"],
            name=op.f("fk_check_results_revision_id_claim_revisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_results")),
        sa.UniqueConstraint("revision_id", "check_id", name="uq_check_results_revision_check"),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_pk", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=False),
        sa.Column("workloads", JSON_DOC, nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("template_id", sa.String(length=100), nullable=True),
        sa.Column("reviewer", sa.String(length=320), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", UTC_DATETIME, nullable=False),
        sa.Column("respond_by", sa.Date(), nullable=True),
        sa.Column("conflict", JSON_DOC, nullable=True),
        sa.Column("checks", JSON_DOC, nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.Column("export_id", sa.Integer(), nullable=True),
        sa.Column("exported_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_pk"], ["claims.id"], name=op.f("fk_decisions_claim_pk_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["export_id"], ["exports.id"], name=op.f("fk_decisions_export_id_exports")),
        sa.ForeignKeyConstraint(["reviewer_id"], ["reviewers.id"], name=op.f("fk_decisions_reviewer_id_reviewers")),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["claim_revisions.id"],
            name=op.f("fk_decisions_revision_id_claim_revisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["superseded_by"], ["decisions.id"], name=op.f("fk_decisions_superseded_by_decisions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    op.create_index(op.f("ix_decisions_claim_pk"), "decisions", ["claim_pk"], unique=False)
    op.create_index(op.f("ix_decisions_decided_at"), "decisions", ["decided_at"], unique=False)
    op.create_index("ix_decisions_undelivered", "decisions", ["export_id", "superseded_by"], unique=False)
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("top_level", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["claim_revisions.id"],
            name=op.f("fk_documents_revision_id_claim_revisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(op.f("ix_documents_revision_id"), "documents", ["revision_id"], unique=False)
    op.create_index(op.f("ix_documents_sha256"), "documents", ["sha256"], unique=False)
    op.create_table(
        "export_items",
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_export_items_decision_id_decisions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["export_id"], ["exports.id"], name=op.f("fk_export_items_export_id_exports"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("export_id", "decision_id", name=op.f("pk_export_items")),
    )

    # The audit trail is append-only for every client of the database, not only for this program.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION poe_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION poe_audit_append_only()"
        )
    else:
        for name in ("update", "delete"):
            op.execute(_APPEND_ONLY_SQLITE.format(op=name, OP=name.upper()))


def downgrade() -> None:
    for table in (
        "export_items", "documents", "decisions", "check_results", "leases", "claim_workloads",
        "claim_revisions", "reviewers", "extraction_cache", "exports", "claims", "audit_events",
    ):  # fmt: skip
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS poe_audit_append_only()")
