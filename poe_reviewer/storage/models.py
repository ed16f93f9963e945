"""The review database: SQLAlchemy 2.x models of claims, revisions, documents, checks, decisions and the audit trail.

One row in ``claims`` per claim id, carrying what the queue shows and sorts by (status,
parties, clocks, badges) so listing the queue reads one indexed table. Everything that
happened to a claim is kept: each imported bundle is a ``claim_revisions`` row with its
documents and check results, each decision a ``decisions`` row (a replaced decision is
marked ``superseded_by``, never deleted), and ``audit_events`` is append-only (the
migration installs triggers refusing UPDATE and DELETE).

The schema itself is created and changed only by the Alembic migrations in
``poe_reviewer/storage/migrations``; these models must match them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Stable constraint names, so later migrations can refer to them on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: JSON documents: JSONB on PostgreSQL (indexable, compact), JSON text elsewhere.
JSONType = JSON().with_variant(JSONB(), "postgresql")

#: ``sort_due`` of a claim without any running clock: sorts after every real date.
NO_DUE_DATE = dt.date(9999, 12, 31)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC datetime on every backend (SQLite keeps no offset; PostgreSQL ``timestamptz``)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a UTC offset")
        value = value.astimezone(dt.UTC)
        # SQLite compares these as text: keep one canonical form without an offset
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
        list[Any]: JSONType,
    }


class Reviewer(Base):
    """A person who decides claims; known by e-mail address."""

    __tablename__ = "reviewers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime]


class Claim(Base):
    """A claim of the queue: what the list shows and sorts by, denormalised from its current revision."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(64), unique=True)
    current_revision: Mapped[int]
    #: Review state: ``to_review`` or the kind of the decision on the current revision.
    status: Mapped[str] = mapped_column(String(32))
    #: The claims system's status in the current bundle (submitted, under_review, action_required, disputed).
    source_status: Mapped[str] = mapped_column(String(32))
    program: Mapped[str] = mapped_column(String(32))
    claim_kind: Mapped[str | None] = mapped_column(String(32))
    solution_area: Mapped[str] = mapped_column(String(64))
    partner_name: Mapped[str] = mapped_column(Text)
    partner_location_id: Mapped[str] = mapped_column(String(64))
    partner_country: Mapped[str] = mapped_column(String(2))
    customer_name: Mapped[str] = mapped_column(Text)
    customer_country: Mapped[str] = mapped_column(String(2))
    customer_segment: Mapped[str] = mapped_column(String(32))
    #: Tenant id, else domain, else folded name: what makes two claims "the same customer".
    customer_key: Mapped[str] = mapped_column(String(320))
    #: Workload names joined by ", " (the list shows them without decoding JSON).
    workloads: Mapped[str] = mapped_column(Text)
    submitted_at: Mapped[dt.datetime]
    #: When the current revision entered review: the start of the review clock.
    under_review_since: Mapped[dt.datetime]
    recommendation: Mapped[str] = mapped_column(String(32))
    # clocks (resources/policy/deadlines.toml, computed by poe_reviewer.clocks)
    review_due: Mapped[dt.date | None] = mapped_column(Date)
    respond_by: Mapped[dt.date | None] = mapped_column(Date)
    dispute_until: Mapped[dt.date | None] = mapped_column(Date)
    conflict_until: Mapped[dt.date | None] = mapped_column(Date)
    next_due: Mapped[dt.date | None] = mapped_column(Date)
    #: Which clock ``next_due`` is: review, respond, dispute or conflict.
    next_clock: Mapped[str | None] = mapped_column(String(16))
    #: ``next_due`` or 9999-12-31: a non-null key the queue's index can sort by.
    sort_due: Mapped[dt.date] = mapped_column(Date)
    # badges
    public_sector: Mapped[bool] = mapped_column(Boolean, default=False)
    reused: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Details behind the badges: {"reused_with": [...], "conflict_with": [...]}.
    flags: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    # the decision on the current revision, if any
    decision: Mapped[str | None] = mapped_column(String(32))
    decided_by: Mapped[str | None] = mapped_column(String(320))
    decided_at: Mapped[dt.datetime | None]
    #: Optimistic lock: every change of the claim (new revision, decision) increments it.
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    #: The tags of the claim's notes, sorted and comma-separated (for the queue's search and flags).
    tags: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        Index("ix_claims_sort_due", "sort_due", "id"),
        Index("ix_claims_status_sort_due", "status", "sort_due", "id"),
        Index("ix_claims_customer_key", "customer_key"),
    )


class ClaimWorkload(Base):
    """A workload claimed by the current revision of a claim (finds conflicting claims)."""

    __tablename__ = "claim_workloads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    subscription_id: Mapped[str | None] = mapped_column(String(200))


class ClaimRevision(Base):
    """One imported bundle of a claim: the exact evidence (by digest) and the claim.json it carried."""

    __tablename__ = "claim_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    revision: Mapped[int]
    bundle_path: Mapped[str] = mapped_column(Text)
    #: :attr:`poe_reviewer.bundle.Bundle.digest`: claim.json and every file, by SHA-256.
    bundle_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    claim_sha256: Mapped[str] = mapped_column(String(64))
    claim_json: Mapped[str] = mapped_column(Text)
    source_status: Mapped[str] = mapped_column(String(32))
    submitted_at: Mapped[dt.datetime]
    under_review_since: Mapped[dt.datetime]
    recommendation: Mapped[str] = mapped_column(String(32))
    imported_at: Mapped[dt.datetime]
    imported_by: Mapped[str] = mapped_column(String(320))
    checked_at: Mapped[dt.datetime]

    __table_args__ = (UniqueConstraint("claim_pk", "revision", name="uq_claim_revisions_claim_revision"),)


class DocumentRow(Base):
    """A document of a revision (children too, ``parent!/child`` paths), as the check report lists it."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("claim_revisions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    path: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    #: None for a file that claim.json lists but the bundle lacks.
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    #: A file of the bundle itself (not an attachment or embedded message).
    top_level: Mapped[bool] = mapped_column(Boolean)


class CheckResultRow(Base):
    """The result of one check on one revision, with its located evidence."""

    __tablename__ = "check_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("claim_revisions.id", ondelete="CASCADE"))
    position: Mapped[int]
    check_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    reject: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[list[Any]] = mapped_column(JSONType)
    #: The result's typed facts (findings/facts.py); NULL for results stored before schema 0004.
    facts: Mapped[list[Any] | None] = mapped_column(JSONType, nullable=True)
    checked_at: Mapped[dt.datetime]

    __table_args__ = (UniqueConstraint("revision_id", "check_id", name="uq_check_results_revision_check"),)


class ReuseFingerprintRow(Base):
    """What the reused-evidence check compares of a revision (hashes, short passages), kept at import
    so that the stored queue is checked for reuse without loading every claim's documents."""

    __tablename__ = "reuse_fingerprints"

    revision_id: Mapped[int] = mapped_column(ForeignKey("claim_revisions.id", ondelete="CASCADE"), primary_key=True)
    fingerprint: Mapped[dict[str, Any]] = mapped_column(JSONType)


class Export(Base):
    """One decision export file written for the claims system."""

    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file: Mapped[str] = mapped_column(Text)
    exported_at: Mapped[dt.datetime]
    exported_by: Mapped[str] = mapped_column(String(320))
    #: ``undelivered``, ``since`` or ``all``.
    mode: Mapped[str] = mapped_column(String(16))
    since: Mapped[dt.date | None] = mapped_column(Date)
    count: Mapped[int]
    #: SHA-256 of the file's bytes as written.
    sha256: Mapped[str] = mapped_column(String(64))
    #: The id the file carries (``export_id``): the claims system drops a file it has seen.
    export_uid: Mapped[str] = mapped_column(String(40), unique=True)
    #: ``pending`` (written, not acknowledged), ``acknowledged``, or ``copy`` (a re-delivery).
    state: Mapped[str] = mapped_column(String(16), default="pending")
    #: The bytes written, so that a resumed export writes the very same file.
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    #: The audit trail's last hash when the export was made (also in the file).
    audit_head: Mapped[str | None] = mapped_column(String(64))
    acknowledged_at: Mapped[dt.datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(String(320))


class DecisionRow(Base):
    """A reviewer's decision on one revision of a claim (one entry of ``poe-decisions/1``)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("claim_revisions.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(32))
    #: [{"name", "subscription_id", "decision"}] as exported.
    workloads: Mapped[list[Any]] = mapped_column(JSONType)
    comment: Mapped[str] = mapped_column(Text)
    template_id: Mapped[str | None] = mapped_column(String(100))
    reviewer: Mapped[str] = mapped_column(String(320))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    respond_by: Mapped[dt.date | None] = mapped_column(Date)
    conflict: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    #: check id -> status at decision time.
    checks: Mapped[dict[str, Any]] = mapped_column(JSONType)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    #: The claim's version this decision produced (optimistic locking: the save expected version - 1).
    version: Mapped[int]
    #: A later decision on the same revision that replaced this one (kept for the record).
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    #: The first export that delivered this decision (None: not delivered yet).
    export_id: Mapped[int | None] = mapped_column(ForeignKey("exports.id"))
    exported_at: Mapped[dt.datetime | None]
    #: [{"check", "status", "note"}]: the open checks the reviewer confirmed by hand before approving.
    resolutions: Mapped[list[Any] | None] = mapped_column(JSONType, nullable=True)
    #: The claim's revision as the claims system numbers it (1, +1 per resubmission or dispute); NULL
    #: for decisions recorded before schema 0007.
    claim_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: The decision closes the claim for good (a decision on a dispute, an expired claim's rejection).
    final: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    #: The decision was taken back (undo) before it was exported; the claim is as it was before it.
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(320))

    __table_args__ = (Index("ix_decisions_undelivered", "export_id", "superseded_by"),)


class ClaimNote(Base):
    """A reviewer's note on a claim, or on a region of one of its pages, with tags: the review team's own,
    never exported to the partner."""

    __tablename__ = "claim_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int]
    author: Mapped[str] = mapped_column(String(320))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text)
    #: ["escalate", "ask the pdm"]
    tags: Mapped[list[Any]] = mapped_column(JSONType)
    #: Where the note points: a document of the revision, a page of it, a box on the page (PDF points).
    document: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None]
    bbox: Mapped[list[Any] | None] = mapped_column(JSONType, nullable=True)
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    removed_by: Mapped[str | None] = mapped_column(String(320))


class QcReview(Base):
    """A decision drawn for second-level QC: a second reviewer agrees with it or overturns it before it is
    exported (application/qc.py draws it, in the transaction that saves the decision)."""

    __tablename__ = "qc_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), unique=True)
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    #: Why it was drawn: ["sample", "kind", "amount"].
    reasons: Mapped[list[Any]] = mapped_column(JSONType)
    sampled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: ``pending``, ``agreed`` or ``overturned``.
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    qc_reviewer: Mapped[str | None] = mapped_column(String(320))
    qc_reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id"))
    qc_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The QC reviewer's note (agree) or reason (overturn).
    note: Mapped[str | None] = mapped_column(Text)
    #: The QC reviewer's decision that replaced an overturned one.
    replacement_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))


class ExportItem(Base):
    """Which decisions one export file held (an export may re-deliver decisions with ``--all``)."""

    __tablename__ = "export_items"

    export_id: Mapped[int] = mapped_column(ForeignKey("exports.id", ondelete="CASCADE"), primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True)


class AuditEvent(Base):
    """Who did what, when: import, revision, recheck, decision, export, ... Append-only."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(32))
    #: The claim's business id (not a foreign key: the trail outlives anything it mentions).
    claim_id: Mapped[str | None] = mapped_column(String(64))
    revision: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(JSONType)
    #: The hash chain (storage/trail.py): the previous event's hash, and this event's.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64), index=True)

    __table_args__ = (Index("ix_audit_events_claim", "claim_id", "id"),)


class ImportJob(Base):
    """A bundle waiting to be imported by whichever worker takes it first (``poe-reviewer worker``): a team's
    imports spread over several machines sharing one PostgreSQL queue. A worker holds the job while its
    lease runs; a job whose worker stopped (its lease ran out) is taken again."""

    __tablename__ = "import_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_path: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime]
    added_by: Mapped[str] = mapped_column(String(320))
    #: queued, running, done or failed
    state: Mapped[str] = mapped_column(String(16), index=True)
    worker: Mapped[str | None] = mapped_column(String(200))
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[dt.datetime | None]
    #: the claim and revision imported, or why the bundle could not be
    outcome: Mapped[str | None] = mapped_column(Text)


class Lease(Base):
    """A reviewer's hold on a claim handed out by "next claim"; others skip it until it expires."""

    __tablename__ = "leases"

    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"))
    acquired_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class ConflictGroupRow(Base):
    """A group of conflicting CPOR claims, recorded when first found (``poe_reviewer.conflicts``).

    The row keeps when the group was found, and the group as it was found so a decided group can
    still be shown once its rejected claims have left it. Notifying both partners ("Conflicting
    Claims - CPOR") is a recorded act of a person (who, when, how): it starts the fourteen-day window.
    """

    __tablename__ = "conflict_groups"

    #: :func:`poe_reviewer.conflicts.group_id`: a hash of the sorted claim ids and workload keys.
    group_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_key: Mapped[str] = mapped_column(String(320), index=True)
    customer_name: Mapped[str] = mapped_column(Text)
    claim_kind: Mapped[str | None] = mapped_column(String(32))
    #: The claim ids of the group, sorted.
    claim_ids: Mapped[list[Any]] = mapped_column(JSONType)
    #: [{"key", "name", "subscription_id", "claim_ids", "associated"}]: the contested workloads.
    workloads: Mapped[list[Any]] = mapped_column(JSONType)
    found_at: Mapped[dt.datetime | None]
    notified_at: Mapped[dt.datetime | None]
    notified_by: Mapped[str | None] = mapped_column(String(320))
    #: How the partners were told (e-mail, the claims system's notice, ...).
    notified_how: Mapped[str | None] = mapped_column(Text)


class ReusePending(Base):
    """A claim whose queue-wide reuse check has not run since it was imported (an import killed midway
    leaves its claims here; the next import or opening checks them)."""

    __tablename__ = "reuse_pending"

    claim_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    queued_at: Mapped[dt.datetime]


class ExtractionCacheEntry(Base):
    """A document extracted once, by file SHA-256: reopening or re-importing a claim does not re-read files."""

    __tablename__ = "extraction_cache"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: Extractor version and options the document was read with (a change means read again).
    options: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    #: zlib-compressed JSON of the Document tree (poe_reviewer.storage.doccache).
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]
