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
* **Export delivers every decision exactly once in ``undelivered`` mode**: the file is
  written atomically before the transaction that marks its decisions delivered commits, so
  a crash in between can only deliver a decision again, never drop one; the decisions are
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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete, exists, func, select, update
from sqlalchemy.orm import Session

from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Decision
from poe_reviewer.storage import models as m
from poe_reviewer.storage.store_decisions import DecisionStore
from poe_reviewer.storage.store_records import (
    STATUSES,
    TO_REVIEW,
    AlreadyDecidedError,
    AuditEntry,
    ClaimDetail,
    ClaimSummary,
    DueFilter,
    ExportMode,
    ExportResult,
    ImportOutcome,
    ImportResult,
    RevisionInfo,
    StaleDecisionError,
    StoredDecision,
    UnknownClaimError,
    UnknownConflictGroupError,
    default_actor,
)


class ReviewStore(DecisionStore):
    """The review queue in one database (SQLite file by default, PostgreSQL by URL).

    Built in layers, one module each: plumbing (store_base), reading (store_reading), conflicts
    (store_conflicts), import and recheck (store_imports), decisions (store_decisions); here the
    team mode and the export.
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
        render: Callable[[list[Decision], str, dt.datetime], bytes],
        write: Callable[[Path, bytes], None],
    ) -> ExportResult:
        """Record an export of decisions and deliver it: ``render`` makes the file's bytes from the
        decisions, the exporter and the moment; ``write`` writes them, inside the transaction that
        marks the decisions delivered (so a failed write delivers nothing).

        ``undelivered``: every decision not exported before (nothing is written when there is
        none, so an earlier file is not replaced by an empty one); ``since``: decisions made on
        or after ``since`` (UTC); ``all``: every decision. Replaced decisions are never exported.
        """
        if mode == "since" and since is None:
            raise PoeReviewerError("an export --since needs a date")
        target = Path(out)
        by = (exported_by or self.actor).strip()
        with self._write() as s:
            stmt = (
                select(m.DecisionRow, m.Claim.claim_id)
                .join(m.Claim, m.Claim.id == m.DecisionRow.claim_pk)
                .where(m.DecisionRow.superseded_by.is_(None))
                .order_by(m.DecisionRow.decided_at, m.DecisionRow.id)
            )
            if mode == "undelivered":
                stmt = stmt.where(m.DecisionRow.export_id.is_(None))
            elif mode == "since":
                assert since is not None
                stmt = stmt.where(m.DecisionRow.decided_at >= dt.datetime.combine(since, dt.time(), dt.UTC))
            elif mode != "all":
                raise PoeReviewerError(f"unknown export mode {mode!r}; use undelivered, since or all")
            if self.is_postgresql:
                # a concurrent export waits here, then finds these decisions delivered
                stmt = stmt.with_for_update(of=m.DecisionRow)
            rows = [(d, cid) for d, cid in s.execute(stmt)]
            decisions = tuple(self._decision_of(d, cid) for d, cid in rows)
            if not rows and mode == "undelivered":
                return ExportResult(target, mode, None, ())
            now = self.now()
            data = render(list(decisions), by, now)
            export = m.Export(
                file=str(target.resolve()),
                exported_at=now,
                exported_by=by,
                mode=mode,
                since=since if mode == "since" else None,
                count=len(rows),
                sha256=hashlib.sha256(data).hexdigest(),
            )
            s.add(export)
            s.flush()
            ids = [d.id for d, _ in rows]
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                s.add_all(m.ExportItem(export_id=export.id, decision_id=i) for i in part)
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
                    "export_id": export.id,
                    "file": str(target.resolve()),
                    "mode": mode,
                    "since": since.isoformat() if since else None,
                    "count": len(rows),
                    "claim_ids": [cid for _, cid in rows][:1000],
                },
            )
            # The file first, the record second: a crash between the two re-delivers, never drops.
            write(target, data)
            export_id = export.id
        return ExportResult(target, mode, export_id, decisions)

    def exports(self) -> list[tuple[int, str, dt.datetime, str, str, int]]:
        """(id, file, exported_at, exported_by, mode, count) of every export, oldest first."""
        with self._read() as s:
            return [
                (e.id, e.file, e.exported_at, e.exported_by, e.mode, e.count)
                for e in s.scalars(select(m.Export).order_by(m.Export.id))
            ]

    def undelivered_count(self) -> int:
        with self._read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(m.DecisionRow)
                    .where(m.DecisionRow.export_id.is_(None), m.DecisionRow.superseded_by.is_(None))
                )
                or 0
            )


__all__ = [
    "STATUSES",
    "TO_REVIEW",
    "AlreadyDecidedError",
    "AuditEntry",
    "ClaimDetail",
    "ClaimSummary",
    "DueFilter",
    "ExportMode",
    "ExportResult",
    "ImportOutcome",
    "ImportResult",
    "ReviewStore",
    "RevisionInfo",
    "StaleDecisionError",
    "StoredDecision",
    "UnknownClaimError",
    "UnknownConflictGroupError",
    "default_actor",
]
