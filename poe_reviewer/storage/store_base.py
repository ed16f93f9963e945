"""The queue's plumbing: the engine, read and write sessions, the audit trail, the rows every part reads."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Self, cast

from sqlalchemy import Engine, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from poe_reviewer.bundle import BundleLimits
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.findings.results import CheckResult, Status
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.review import Decision
from poe_reviewer.storage import models as m
from poe_reviewer.storage import trail
from poe_reviewer.storage.db import WRITE, DatabaseError, display_url, open_engine, sqlite_path
from poe_reviewer.storage.rules import ConflictRules, QcRules
from poe_reviewer.storage.store_records import (
    RevisionInfo,
    UnknownClaimError,
    _evidence_of,
    _facts_of,
    _utcnow,
    default_actor,
)

#: Session.info key of the audit events a write transaction recorded, appended at its commit.
_PENDING_AUDIT = "poe_pending_audit"
#: PostgreSQL advisory lock key held while appending to the audit trail ("AUD").
_TRAIL_LOCK = 0x415544


class StoreBase:
    """The queue's plumbing: the engine, read and write sessions, the audit trail, the rows every part reads."""

    def __init__(
        self,
        url: str | None = None,
        *,
        policy: Policy | None = None,
        limits: BundleLimits | None = None,
        actor: str | None = None,
        lease_duration: dt.timedelta = dt.timedelta(minutes=30),
        now: Callable[[], dt.datetime] | None = None,
        engine: Engine | None = None,
        conflict_rules: ConflictRules | None = None,
        qc_rules: QcRules | None = None,
    ) -> None:
        self.engine = engine or open_engine(url)
        self._conflict_rules = conflict_rules
        self._qc_rules = qc_rules
        self.policy = policy or load_policy()
        self.limits = limits or BundleLimits()
        self.actor = actor or default_actor()
        self.lease_duration = lease_duration
        self._now = now or _utcnow
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        self.is_postgresql = self.engine.dialect.name == "postgresql"

    @property
    def conflict_rules(self) -> ConflictRules:
        """The conflict rules the application layer handed in (storage holds none of its own)."""
        if self._conflict_rules is None:
            raise PoeReviewerError(
                "This review store was opened without the conflict rules: open the queue through "
                "poe_reviewer.application.queue.ReviewQueue."
            )
        return self._conflict_rules

    @property
    def url(self) -> str:
        return display_url(self.engine.url)

    @property
    def queue_name(self) -> str:
        """The queue's name for a title: an SQLite file's name without its extension, a PostgreSQL database and
        its host."""
        path = sqlite_path(self.engine.url)
        if path is not None:
            return path.stem
        url = self.engine.url
        name = url.database or "queue"
        return f"{name} on {url.host}" if url.host else name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> dt.datetime:
        return self._now().astimezone(dt.UTC)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._read_sessions() as s:
            try:
                yield s
            finally:
                s.rollback()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction, committed on success (durably) and rolled back on any error.

        The audit events the transaction recorded are chained (storage/trail.py) just before the
        commit, so whatever it wrote and its events commit together or not at all."""
        try:
            with self._write_sessions.begin() as s:
                yield s
                self._append_audit(s)
        except OperationalError as exc:
            # a lock or statement timeout, SQLite's busy writer: one sentence saying so (storage/db_health.py)
            from poe_reviewer.storage.db_health import write_error

            error: DatabaseError = write_error(exc, self.url)
            raise error from exc

    def _append_audit(self, s: Session) -> None:
        """Chain and add the transaction's pending audit events: one appender at a time (SQLite's
        BEGIN IMMEDIATE already makes this the only writer; PostgreSQL takes a transaction lock,
        last, when every row lock the transaction needs is already held)."""
        pending: list[m.AuditEvent] = s.info.pop(_PENDING_AUDIT, [])
        if not pending:
            return
        if self.is_postgresql:
            s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _TRAIL_LOCK})
        prev = self._chain_head(s)
        for event in pending:
            event.prev_hash = prev
            event.hash = prev = trail.event_hash(
                prev,
                at=event.at,
                actor=event.actor,
                action=event.action,
                claim_id=event.claim_id,
                revision=event.revision,
                details=event.details,
            )
        s.add_all(pending)

    def _insert(self) -> Any:
        return pg_insert if self.is_postgresql else sqlite_insert

    def _audit(
        self,
        s: Session,
        action: str,
        *,
        claim_id: str | None = None,
        revision: int | None = None,
        details: Mapping[str, Any] | None = None,
        actor: str | None = None,
        at: dt.datetime | None = None,
    ) -> None:
        # Appended (and chained) when the transaction commits: see _write.
        s.info.setdefault(_PENDING_AUDIT, []).append(
            m.AuditEvent(
                at=at or self.now(),
                actor=actor or self.actor,
                action=action,
                claim_id=claim_id,
                revision=revision,
                details=json.loads(trail.canonical_json(dict(details or {}))),
            )
        )

    @staticmethod
    def _chain_head(s: Session) -> str:
        """The audit trail's last hash (GENESIS for an empty trail): what an export carries."""
        return s.scalar(select(m.AuditEvent.hash).order_by(m.AuditEvent.id.desc()).limit(1)) or trail.GENESIS

    def _reviewer_id(self, s: Session, email: str) -> int:
        email = email.strip()
        rid = s.scalar(select(m.Reviewer.id).where(m.Reviewer.email == email))
        if rid is not None:
            return rid
        stmt = self._insert()(m.Reviewer).values(email=email, name="", created_at=self.now())
        s.execute(stmt.on_conflict_do_nothing(index_elements=["email"]))
        rid = s.scalar(select(m.Reviewer.id).where(m.Reviewer.email == email))
        assert rid is not None
        return rid

    def _claim_row(self, s: Session, claim_id: str, *, lock: bool = False) -> m.Claim:
        stmt = select(m.Claim).where(m.Claim.claim_id == claim_id)
        if lock and self.is_postgresql:
            stmt = stmt.with_for_update()
        row = s.scalar(stmt.execution_options(populate_existing=True))
        if row is None:
            raise UnknownClaimError(claim_id)
        return row

    def _current_revision(self, s: Session, row: m.Claim) -> m.ClaimRevision:
        rev = s.scalar(
            select(m.ClaimRevision).where(
                m.ClaimRevision.claim_pk == row.id, m.ClaimRevision.revision == row.current_revision
            )
        )
        assert rev is not None, f"claim {row.claim_id} lost its revision {row.current_revision}"
        return rev

    @staticmethod
    def _check_result(c: m.CheckResultRow) -> CheckResult:
        return CheckResult(
            c.check_id,
            cast(Status, c.status),
            c.summary,
            tuple(_evidence_of(e) for e in c.evidence),
            reject=c.reject,
            facts=_facts_of(c.facts),
        )

    @classmethod
    def _checks_of(cls, s: Session, revision_id: int) -> list[CheckResult]:
        return [
            cls._check_result(c)
            for c in s.scalars(
                select(m.CheckResultRow)
                .where(m.CheckResultRow.revision_id == revision_id)
                .order_by(m.CheckResultRow.position)
            )
        ]

    @staticmethod
    def _check_statuses(s: Session, revision_id: int) -> dict[str, str]:
        rows = s.execute(
            select(m.CheckResultRow.check_id, m.CheckResultRow.status)
            .where(m.CheckResultRow.revision_id == revision_id)
            .order_by(m.CheckResultRow.position)
        )
        return {check_id: status for check_id, status in rows}

    @staticmethod
    def _revision_info(r: m.ClaimRevision) -> RevisionInfo:
        return RevisionInfo(
            r.revision,
            r.bundle_path,
            r.bundle_sha256,
            r.source_status,
            r.submitted_at,
            r.recommendation,
            r.imported_at,
            r.imported_by,
        )

    @staticmethod
    def _decision_of(d: m.DecisionRow, claim_id: str) -> Decision:
        return Decision.from_export_json(
            {
                "claim_id": claim_id,
                "decision": d.decision,
                "workloads": d.workloads,
                "comment": d.comment,
                "template_id": d.template_id,
                "reviewer": d.reviewer,
                "decided_at": d.decided_at.isoformat(),
                "respond_by": d.respond_by.isoformat() if d.respond_by else None,
                "conflict": d.conflict,
                "checks": d.checks,
                "bundle_sha256": d.bundle_sha256,
                "resolutions": d.resolutions or [],
                **({"revision": d.claim_revision} if d.claim_revision is not None else {}),
                **({"final": d.final} if d.final is not None else {}),
            }
        )

    def _refuse_if_tampered(self, s: Session) -> None:
        """Refuse to export from a trail that fails verification (filled in by the audit verification)."""
        return None
