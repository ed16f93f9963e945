"""The review queue's API: import bundles, list the queue, decide, hand out claims, export decisions.

:class:`ReviewStore` is what the command line uses now and the workbench later; every read
and write of the review database goes through it. Rules it keeps:

* **Import is idempotent by bundle digest.** The same digest again changes nothing; the
  same claim id with another digest (a resubmission after Action Required, a dispute)
  becomes the next revision: history kept, the claim back in the queue, clocks restarted.
  Bundles are read one at a time and closed, and documents are not kept, so importing a
  queue runs in memory that does not grow with its length. Extracted documents are cached
  by file SHA-256, so re-importing or reopening a claim costs almost nothing.
* **A decision is saved once.** Every change of a claim bumps its ``version``; a decision
  is written only if the version is still the one the reviewer saw (or, without one, the
  claim has no decision yet), so of two concurrent saves exactly one wins and the other
  gets :class:`StaleDecisionError` / :class:`AlreadyDecidedError` with who decided what.
  A commit that returned is durable (SQLite ``synchronous=FULL``; PostgreSQL's commit).
* **"Next claim" hands each reviewer a different claim**, by a lease that expires:
  PostgreSQL locks the candidate row with ``FOR UPDATE SKIP LOCKED``; SQLite runs the
  choice in a single-writer (``BEGIN IMMEDIATE``) transaction.
* **Export delivers every decision once, and the claims system can tell a file it has seen.** Every
  export has an id (``EXP-<date>-<hex>``), carried in the file with the audit trail's head. In
  ``undelivered`` mode the decisions in no export are marked with a new *pending* export, its
  exact bytes kept, in a transaction that commits *before* the file is written; a crash in between
  leaves it pending with no file, and the next export writes the very same bytes under the same id
  (so two runs on the same decisions give one export id). It stays pending until the claims
  system acknowledges it (:meth:`ReviewStore.acknowledge_export`). An export file is never
  overwritten: a taken file name is refused before anything is recorded. ``--since``/``--all``
  are *copies* with ids of their own that change no decision's delivery. The decisions are
  locked while exporting so two exports never both take them.
* **Conflicting CPOR claims** (:mod:`poe_reviewer.conflicts`) are looked for whenever a claim of
  the customer is imported or decided: a group found for the first time is recorded
  (``conflict_groups``) with that moment, when both partners are notified and the fourteen-day
  window starts; its claims get the conflict badge and the window as their conflict clock until
  the group is decided. :meth:`ReviewStore.decide_group` saves the decisions of a whole group in
  one transaction, with the same version checks as a single decision.
* Everything that changes the queue appends to the audit trail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete, exists, func, select, update
from sqlalchemy.orm import Session

from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Decision
from poe_reviewer.storage import models as m
from poe_reviewer.storage.store_jobs import JobsStore
from poe_reviewer.storage.store_records import (
    STATUSES,
    TO_REVIEW,
    Acknowledgement,
    AlreadyDecidedError,
    AuditEntry,
    ClaimDetail,
    ClaimSummary,
    ConflictOpenError,
    DueFilter,
    ExportMode,
    ExportResult,
    ImportOutcome,
    ImportResult,
    NothingToUndoError,
    PendingExport,
    RevisionInfo,
    StaleDecisionError,
    StoredDecision,
    UnknownClaimError,
    UnknownConflictGroupError,
    UnknownExportError,
    default_actor,
)

#: Makes an export file's bytes from (decisions, exported_by, exported_at, export_id, audit_chain_head).
RenderExport = Callable[[list[Decision], str, dt.datetime, str, str], bytes]


class ReviewStore(JobsStore):
    """The review queue in one database (SQLite file by default, PostgreSQL by URL).

    Built in layers, one module each: plumbing (store_base), reading (store_reading), conflicts
    (store_conflicts), import and recheck (store_imports), decisions (store_decisions), their second-level
    QC (store_qc), notes and tags (store_notes); here the team mode and the export.
    """

    def next_claim(self, reviewer: str | None = None, *, status: Sequence[str] = (TO_REVIEW,)) -> ClaimSummary | None:
        """Lease the next claim to review (soonest deadline first) to ``reviewer``; None when none is free.

        A reviewer who already holds a live lease on a claim still waiting gets that claim again.
        """
        reviewer = (reviewer or self.actor).strip()
        now = self.now()
        expires = now + self.lease_duration
        with self._write() as s:
            rid = self._reviewer_id(s, reviewer)
            own = s.scalar(
                select(m.Claim.id)
                .join(m.Lease, m.Lease.claim_pk == m.Claim.id)
                .where(m.Lease.reviewer_id == rid, m.Lease.expires_at > now, m.Claim.status.in_(status))
                .order_by(m.Claim.sort_due, m.Claim.id)
                .limit(1)
            )
            chosen = own if own is not None else self._free_claim(s, rid, now, status)
            if chosen is None:
                return None
            ins = self._insert()(m.Lease).values(claim_pk=chosen, reviewer_id=rid, acquired_at=now, expires_at=expires)
            s.execute(
                ins.on_conflict_do_update(
                    index_elements=["claim_pk"],
                    set_={"reviewer_id": rid, "acquired_at": now, "expires_at": expires},
                )
            )
            claim_id = s.scalar(select(m.Claim.claim_id).where(m.Claim.id == chosen))
            self._audit(
                s, "lease", claim_id=claim_id, actor=reviewer, at=now, details={"expires_at": expires.isoformat()}
            )
            found = s.execute(self.summary_select(now).where(m.Claim.id == chosen)).one()
            return ClaimSummary._make(found)

    def _free_claim(self, s: Session, rid: int, now: dt.datetime, status: Sequence[str]) -> int | None:
        held_by_other = exists().where(
            m.Lease.claim_pk == m.Claim.id, m.Lease.expires_at > now, m.Lease.reviewer_id != rid
        )
        base = (
            select(m.Claim.id)
            .where(m.Claim.status.in_(status), ~held_by_other)
            .order_by(m.Claim.sort_due, m.Claim.id)
            .limit(1)
        )
        if not self.is_postgresql:
            # BEGIN IMMEDIATE made this the only writer: what it reads cannot change under it
            return s.scalar(base)
        skipped: list[int] = []
        while True:
            stmt = base.where(m.Claim.id.not_in(skipped)) if skipped else base
            candidate = s.scalar(stmt.with_for_update(skip_locked=True, of=m.Claim))
            if candidate is None:
                return None
            # We hold the row lock now, and every lease is taken under it: a lease committed
            # after this statement's snapshot is visible to a new statement.
            lease = s.execute(
                select(m.Lease.reviewer_id, m.Lease.expires_at).where(m.Lease.claim_pk == candidate)
            ).first()
            if lease is None or lease.reviewer_id == rid or lease.expires_at <= now:
                return candidate
            skipped.append(candidate)

    def release(self, claim_id: str, reviewer: str | None = None) -> bool:
        """Give a leased claim back to the queue; True when the reviewer held it."""
        reviewer = (reviewer or self.actor).strip()
        with self._write() as s:
            row = self._claim_row(s, claim_id)
            rid = s.scalar(select(m.Reviewer.id).where(m.Reviewer.email == reviewer))
            if rid is None:
                return False
            result = cast(
                CursorResult[Any],
                s.execute(delete(m.Lease).where(m.Lease.claim_pk == row.id, m.Lease.reviewer_id == rid)),
            )
            if result.rowcount:
                self._audit(s, "release", claim_id=claim_id, actor=reviewer)
            return bool(result.rowcount)

    def export_decisions(
        self,
        out: str | Path,
        mode: ExportMode,
        *,
        since: dt.date | None,
        exported_by: str | None,
        render: RenderExport,
        check: Callable[[Path, bytes], bool],
        write: Callable[[Path, bytes], bool],
    ) -> ExportResult:
        """Record an export of decisions, commit it, then write its file.

        ``render`` makes the file's bytes from the decisions, the exporter, the moment, the export's
        id and the audit trail's head; ``check(path, data)`` says whether ``path`` already holds
        exactly ``data`` and refuses a path taken by anything else (before anything is recorded);
        ``write(path, data)`` writes a new file without ever replacing one (False: it was there).

        ``undelivered``: every decision in no export yet, marked with a new ``pending`` export in a
        transaction that commits before the file is written; the exact bytes are kept with it. When
        there is no such decision but an export is still pending (its file may never have been
        written: a crash after the commit), that export is delivered again, the same id and the very
        same bytes (``resumed``); with nothing pending either, nothing is written. ``since``:
        decisions made on or after ``since`` (UTC); ``all``: every decision: both are re-deliveries
        (``copy``) that change no decision's delivery. Replaced decisions are never exported.
        """
        if mode == "since" and since is None:
            raise PoeReviewerError("an export --since needs a date")
        if mode not in ("undelivered", "since", "all"):
            raise PoeReviewerError(f"unknown export mode {mode!r}; use undelivered, since or all")
        target = Path(out)
        by = (exported_by or self.actor).strip()
        with self._write() as s:
            self._refuse_if_tampered(s)
            rows = self._rows_to_export(s, mode, since)
            if rows or mode != "undelivered":
                planned = self._record_export(s, rows, target, mode, since, by, render, check)
            else:
                resumed = self._resume_pending(s, target, by, check)
                if resumed is None:
                    return ExportResult(target, mode, None, ())  # nothing new, nothing pending
                planned = resumed
            others = tuple(uid for uid in self._pending_uids(s) if uid != planned.export.export_uid)
        # Committed: the export is recorded before its file exists. A crash from here on leaves it
        # pending with no file, and the next export in undelivered mode writes the same bytes.
        export = planned.export
        written = False
        if not planned.already_there:
            try:
                written = write(target, planned.data)
            except (OSError, PoeReviewerError) as exc:
                why = str(exc).rstrip(".")
                if export.state == "pending":
                    raise PoeReviewerError(
                        f"{why}. Export {export.export_uid} ({export.count} decision(s)) is recorded and waits to "
                        "be written: run the export again (to another file name if this one is taken) to write "
                        "the very same file."
                    ) from exc
                raise PoeReviewerError(f"{why}. The copy {export.export_uid} was not written.") from exc
        return ExportResult(
            target,
            mode,
            export.id,
            planned.decisions,
            export_uid=export.export_uid,
            state=export.state,
            resumed=planned.resumed,
            file_written=written,
            pending=others,
        )

    def _rows_to_export(self, s: Session, mode: ExportMode, since: dt.date | None) -> list[tuple[m.DecisionRow, str]]:
        stmt = (
            select(m.DecisionRow, m.Claim.claim_id)
            .join(m.Claim, m.Claim.id == m.DecisionRow.claim_pk)
            .where(m.DecisionRow.superseded_by.is_(None), m.DecisionRow.undone_at.is_(None))
            # a decision under second-level QC is exported once a second reviewer has agreed with it
            .where(~exists().where(m.QcReview.decision_id == m.DecisionRow.id, m.QcReview.state == "pending"))
            .order_by(m.DecisionRow.decided_at, m.DecisionRow.id)
        )
        if mode == "undelivered":
            stmt = stmt.where(m.DecisionRow.export_id.is_(None))
            if self.is_postgresql:
                # a concurrent export waits here, then finds these decisions in its export (and resumes it)
                stmt = stmt.with_for_update(of=m.DecisionRow)
        elif mode == "since":
            assert since is not None
            stmt = stmt.where(m.DecisionRow.decided_at >= dt.datetime.combine(since, dt.time(), dt.UTC))
        return [(d, cid) for d, cid in s.execute(stmt)]

    def _record_export(
        self,
        s: Session,
        rows: list[tuple[m.DecisionRow, str]],
        target: Path,
        mode: ExportMode,
        since: dt.date | None,
        by: str,
        render: RenderExport,
        check: Callable[[Path, bytes], bool],
    ) -> _PlannedExport:
        decisions = tuple(self._decision_of(d, cid) for d, cid in rows)
        now = self.now()
        uid = new_export_uid(now)
        # the head before this export's own event, which is appended at commit (and covers the file's sha256)
        head = self._chain_head(s)
        data = render(list(decisions), by, now, uid, head)
        # refused here, a taken file name leaves nothing recorded
        already_there = check(target, data)
        pending = mode == "undelivered"
        export = m.Export(
            file=str(target.resolve()),
            exported_at=now,
            exported_by=by,
            mode=mode,
            since=since if mode == "since" else None,
            count=len(rows),
            sha256=hashlib.sha256(data).hexdigest(),
            export_uid=uid,
            state="pending" if pending else "copy",
            # kept so that a resumed export writes the very same bytes; a copy is never resumed
            payload=data if pending else None,
            audit_head=head,
        )
        s.add(export)
        s.flush()
        ids = [d.id for d, _ in rows]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            s.add_all(m.ExportItem(export_id=export.id, decision_id=i) for i in part)
            if pending:
                s.execute(
                    update(m.DecisionRow)
                    .where(m.DecisionRow.id.in_(part), m.DecisionRow.export_id.is_(None))
                    .values(export_id=export.id, exported_at=now)
                    .execution_options(synchronize_session=False)
                )
        self._audit(
            s,
            "export",
            actor=by,
            at=now,
            details={
                "export_id": uid,
                "state": export.state,
                "file": export.file,
                "mode": mode,
                "since": since.isoformat() if since else None,
                "count": len(rows),
                "sha256": export.sha256,
                "audit_chain_head": head,
                "claim_ids": [cid for _, cid in rows][:1000],
            },
        )
        return _PlannedExport(export, data, decisions, resumed=False, already_there=already_there)

    def _resume_pending(
        self, s: Session, target: Path, by: str, check: Callable[[Path, bytes], bool]
    ) -> _PlannedExport | None:
        """The latest export still pending, to be delivered again as it was; None when there is none."""
        export = s.scalar(select(m.Export).where(m.Export.state == "pending").order_by(m.Export.id.desc()).limit(1))
        if export is None:
            return None
        if export.payload is None:
            raise PoeReviewerError(
                f"Export {export.export_uid} waits for acknowledgement but its file's bytes were not kept, so it "
                f"cannot be written again; find {export.file}, or acknowledge it once the claims system has it."
            )
        data = bytes(export.payload)
        already_there = check(target, data)
        rows = s.execute(
            select(m.DecisionRow, m.Claim.claim_id)
            .join(m.ExportItem, m.ExportItem.decision_id == m.DecisionRow.id)
            .join(m.Claim, m.Claim.id == m.DecisionRow.claim_pk)
            .where(m.ExportItem.export_id == export.id)
            .order_by(m.DecisionRow.decided_at, m.DecisionRow.id)
        )
        decisions = tuple(self._decision_of(d, cid) for d, cid in rows)
        file = str(target.resolve())
        if not already_there:
            self._audit(
                s,
                "export_resumed",
                actor=by,
                details={"export_id": export.export_uid, "file": file, "previous_file": export.file},
            )
            # where the claims system will find it now
            export.file = file
        return _PlannedExport(export, data, decisions, resumed=True, already_there=already_there)

    def _pending_uids(self, s: Session) -> list[str]:
        return list(s.scalars(select(m.Export.export_uid).where(m.Export.state == "pending").order_by(m.Export.id)))

    def pending_exports(self) -> list[PendingExport]:
        """The exports delivered and not yet acknowledged by the claims system, oldest first."""
        with self._read() as s:
            return [
                PendingExport(e.export_uid, e.file, e.exported_at, e.count)
                for e in s.scalars(select(m.Export).where(m.Export.state == "pending").order_by(m.Export.id))
            ]

    def acknowledge_export(self, export_uid: str, *, by: str | None = None) -> Acknowledgement:
        """Record that the claims system has the export ``export_uid``: it is no longer pending, and the
        next export in undelivered mode does not deliver it again. Acknowledging it again (or a copy)
        changes nothing; an unknown id raises :class:`UnknownExportError` listing the pending ones."""
        uid = export_uid.strip()
        who = (by or self.actor).strip()
        with self._write() as s:
            stmt = select(m.Export).where(m.Export.export_uid == uid)
            if self.is_postgresql:
                stmt = stmt.with_for_update()
            export = s.scalar(stmt)
            if export is None:
                raise UnknownExportError(uid, self._pending_uids(s))
            if export.state != "pending":
                return Acknowledgement(
                    uid, export.state, export.acknowledged_at, export.acknowledged_by, export.count, already=True
                )
            now = self.now()
            export.state = "acknowledged"
            export.acknowledged_at = now
            export.acknowledged_by = who
            self._audit(
                s,
                "export_acknowledged",
                actor=who,
                at=now,
                details={"export_id": uid, "count": export.count, "sha256": export.sha256},
            )
            return Acknowledgement(uid, export.state, now, who, export.count, already=False)

    def exports(self) -> list[tuple[int, str, dt.datetime, str, str, int]]:
        """(id, file, exported_at, exported_by, mode, count) of every export, oldest first."""
        with self._read() as s:
            return [
                (e.id, e.file, e.exported_at, e.exported_by, e.mode, e.count)
                for e in s.scalars(select(m.Export).order_by(m.Export.id))
            ]

    def undelivered_count(self) -> int:
        """Decisions in no export yet (a pending export's decisions are delivered, waiting for acknowledgement)."""
        with self._read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(m.DecisionRow)
                    .where(
                        m.DecisionRow.export_id.is_(None),
                        m.DecisionRow.superseded_by.is_(None),
                        m.DecisionRow.undone_at.is_(None),
                    )
                )
                or 0
            )


@dataclass(frozen=True)
class _PlannedExport:
    """An export recorded (or found pending) in the transaction, to be written once it commits."""

    export: m.Export
    data: bytes
    decisions: tuple[Decision, ...]
    resumed: bool
    #: The target already holds exactly these bytes: nothing to write.
    already_there: bool


def new_export_uid(now: dt.datetime) -> str:
    """A readable, unique export id: ``EXP-<UTC date>-<8 hex digits>``."""
    return f"EXP-{now.astimezone(dt.UTC):%Y%m%d}-{uuid.uuid4().hex[:8]}"


__all__ = [
    "STATUSES",
    "TO_REVIEW",
    "Acknowledgement",
    "AlreadyDecidedError",
    "AuditEntry",
    "ClaimDetail",
    "ClaimSummary",
    "ConflictOpenError",
    "DueFilter",
    "ExportMode",
    "ExportResult",
    "ImportOutcome",
    "ImportResult",
    "NothingToUndoError",
    "PendingExport",
    "RenderExport",
    "ReviewStore",
    "RevisionInfo",
    "StaleDecisionError",
    "StoredDecision",
    "UnknownClaimError",
    "UnknownConflictGroupError",
    "UnknownExportError",
    "default_actor",
    "new_export_uid",
]
