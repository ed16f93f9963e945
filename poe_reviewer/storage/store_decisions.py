"""Deciding a claim, and a conflict group as one (optimistic versions, the audit trail)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.orm import Session

from poe_reviewer import clocks
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.conflicts import records as conflicts
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import OVERRIDE_PREFIX, Decision
from poe_reviewer.storage import models as m
from poe_reviewer.storage import store_audit, trail
from poe_reviewer.storage.store_imports import ImportStore
from poe_reviewer.storage.store_records import (
    TO_REVIEW,
    AlreadyDecidedError,
    ConflictOpenError,
    NothingToUndoError,
    StaleDecisionError,
    StoredDecision,
    UnknownConflictGroupError,
    _clock_values,
    _Planned,
)

#: The application's decision rule for one claim: (claim, check statuses, bundle digest, now) -> decision.
BuildDecision = Callable[[Claim, dict[str, str], str, dt.datetime], Decision]
#: The application's group decision rule: (group, its claims, the window's last day, now) -> decisions.
#: The window's last day is None while the partners have not been notified (the window has not started).
PlanGroup = Callable[
    [conflicts.ConflictGroup, dict[str, conflicts.ClaimRecord], dt.date | None, dt.datetime], list[Decision]
]


class DecisionStore(ImportStore):
    """Deciding a claim, and a conflict group as one (optimistic versions, the audit trail)."""

    def record_decision(
        self,
        claim_id: str,
        build: BuildDecision,
        *,
        expected_version: int | None = None,
        replace: bool = False,
        group_id: str | None = None,
    ) -> StoredDecision:
        """Record the decision ``build`` makes of the claim's current revision, in one transaction; the
        commit is durable when this returns.

        ``build(claim, check statuses, bundle digest, now)`` is the application's decision rule, run on
        the revision as this transaction reads it. ``expected_version`` is the claim version the reviewer
        looked at (``ClaimSummary.version``): if anyone changed the claim since, :class:`StaleDecisionError`.
        Without it, a claim that already has a decision raises :class:`AlreadyDecidedError` unless
        ``replace`` is set. ``group_id``: the conflict group the decision names (an override); a claim of
        an undecided group is refused without it (:class:`ConflictOpenError`), before anything else.
        """
        with self._write() as s:
            row = self._claim_row(s, claim_id)
            seen = row.version
            if expected_version is not None and expected_version != seen:
                raise self._stale(s, row, expected_version)
            rev = self._current_revision(s, row)
            active = self._active_decision(s, row, rev, seen)
            if active is not None and not replace:
                raise AlreadyDecidedError(
                    f"Claim {claim_id} already has a decision on revision {rev.revision}: "
                    f"{active.decision.replace('_', ' ')} by {active.reviewer} at "
                    f"{active.decided_at:%Y-%m-%d %H:%M} UTC. Replace it explicitly to change it."
                )
            if row.program == "cpor":
                self._refuse_outside_open_group(s, row, group_id)
            claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
            statuses = self._check_statuses(s, rev.id)
            now = self.now()
            decision = build(claim, statuses, rev.bundle_sha256, now)
            named = decision.conflict.group_id if decision.conflict is not None else None
            if named != group_id:
                raise PoeReviewerError(f"The decision names conflict group {named}, not {group_id}.")
            stored = self._save_decision(s, row, rev, claim, decision, seen=seen, active=active, now=now)
            if row.program == "cpor":
                # a rejection takes a partner out of its conflict group; an approval makes an association
                self._refresh_conflicts(s, [row.customer_key], now)
        return stored

    def _refuse_outside_open_group(self, s: Session, row: m.Claim, group_id: str | None) -> None:
        """A claim of a conflict group that is not decided yet is decided with its group, or by an explicit
        override naming that group (its reason is in the decision's conflict block)."""
        group = next(
            (
                g
                for g in self.conflict_rules.find_groups(self._contenders(s, [row.customer_key]))
                if row.claim_id in g.claim_ids
            ),
            None,
        )
        if group is None:
            return
        members = list(s.scalars(select(m.Claim).where(m.Claim.claim_id.in_(group.claim_ids))))
        current = self._current_decisions(s, [r.id for r in members])
        decided_in = {pk: (d.conflict or {}).get("group_id") for pk, d in current.items()}
        if all(decided_in.get(r.id) == group.group_id for r in members):
            return  # the group was decided: one claim's decision may be changed on its own
        if group_id == group.group_id:
            return
        others = ", ".join(c for c in group.claim_ids if c != row.claim_id)
        raise ConflictOpenError(
            f"Claim {row.claim_id} conflicts with claim(s) {others} (the same customer and workload; group "
            f"{group.group_id}) and that group is not decided: decide the claims together — "
            f"`poe-reviewer decide-group {group.group_id} --winner CLAIM_ID --reason TEXT`, or Compare (C) in the "
            "workbench — or, if this claim must be decided alone, give the reason with --override-conflict "
            "(it is recorded and exported).",
            group.group_id,
        )

    def _active_decision(self, s: Session, row: m.Claim, rev: m.ClaimRevision, seen: int) -> m.DecisionRow | None:
        """The live decision on the revision (raises :class:`StaleDecisionError` if it is newer than ``seen``)."""
        active = s.scalar(
            select(m.DecisionRow).where(
                m.DecisionRow.revision_id == rev.id,
                m.DecisionRow.superseded_by.is_(None),
                m.DecisionRow.undone_at.is_(None),
            )
        )
        if active is not None and active.version > seen:
            # landed after we read the claim (PostgreSQL reads committed data statement by statement)
            raise self._stale(s, row, seen)
        return active

    def _save_decision(
        self,
        s: Session,
        row: m.Claim,
        rev: m.ClaimRevision,
        claim: Claim,
        decision: Decision,
        *,
        seen: int,
        active: m.DecisionRow | None,
        now: dt.datetime,
    ) -> StoredDecision:
        """Write a decision if the claim is still at version ``seen`` (the optimistic lock), replacing ``active``."""
        reviewer_id = self._reviewer_id(s, decision.reviewer)
        new_clocks = self._clocks_after(claim, decision)
        values: dict[str, Any] = {
            "version": seen + 1,
            "status": decision.decision,
            "decision": decision.decision,
            "decided_by": decision.reviewer,
            "decided_at": decision.decided_at,
            **_clock_values(new_clocks),
            "updated_at": now,
        }
        # The optimistic lock: only the save that still sees the version it read may write.
        result = cast(
            CursorResult[Any],
            s.execute(
                update(m.Claim)
                .where(m.Claim.id == row.id, m.Claim.version == seen)
                .values(**values)
                .execution_options(synchronize_session=False)
            ),
        )
        if result.rowcount != 1:
            raise self._stale(s, row, seen)
        drow = m.DecisionRow(
            claim_pk=row.id,
            revision_id=rev.id,
            decision=decision.decision,
            workloads=[w.to_export_json() for w in decision.workloads],
            comment=decision.comment,
            template_id=decision.template_id,
            reviewer=decision.reviewer,
            reviewer_id=reviewer_id,
            decided_at=decision.decided_at,
            respond_by=decision.respond_by,
            conflict=decision.conflict.to_export_json() if decision.conflict else None,
            checks=dict(decision.checks),
            bundle_sha256=decision.bundle_sha256,
            version=seen + 1,
            resolutions=[r.to_export_json() for r in decision.resolutions] or None,
            claim_revision=decision.revision,
            final=decision.final if decision.revision is not None else None,
        )
        s.add(drow)
        s.flush()
        if active is not None:
            active.superseded_by = drow.id
        s.execute(delete(m.Lease).where(m.Lease.claim_pk == row.id))
        details: dict[str, Any] = {
            "decision_id": drow.id,
            "decision": decision.decision,
            "workloads": {w.name: w.decision for w in decision.workloads},
            "template_id": decision.template_id,
            "respond_by": decision.respond_by.isoformat() if decision.respond_by else None,
            "version": seen + 1,
            "replaced": active.id if active is not None else None,
            # what `audit verify` compares the decision row with: every field the export carries
            "digest": trail.digest(decision.to_export_json()),
        }
        if decision.resolutions:
            details["resolutions"] = [r.to_export_json() for r in decision.resolutions]
        if decision.conflict is not None:
            details["group_id"] = decision.conflict.group_id
        self._audit(
            s,
            "decision",
            claim_id=row.claim_id,
            revision=rev.revision,
            actor=decision.reviewer,
            at=now,
            details=details,
        )
        return StoredDecision(drow.id, rev.revision, seen + 1, decision, None, None, None)

    def _plan_group(
        self,
        s: Session,
        group_id: str,
        plan: PlanGroup,
        *,
        expected_versions: Mapping[str, int] | None,
        replace: bool,
        now: dt.datetime,
        lock: bool,
    ) -> tuple[conflicts.ConflictGroup, list[_Planned]]:
        """Read the group's claims (locked when saving), check their versions and let ``plan`` (the
        application's group decision rule) make every decision."""
        recorded = s.scalar(select(m.ConflictGroupRow).where(m.ConflictGroupRow.group_id == group_id))
        if recorded is None:
            raise UnknownConflictGroupError(group_id)
        found = self.conflict_rules.find_groups(self._contenders(s, [recorded.customer_key]))
        group = next((g for g in found if g.group_id == group_id), None)
        if group is None:
            stored = self._group_states(s, [self._stored_group(s, recorded)], {group_id: recorded}, False)[0]
            decided = {c: d for c, d in stored.decisions.items() if d}
            if decided:
                what = ", ".join(f"{c} {d.replace('_', ' ')}" for c, d in sorted(decided.items()))
                raise UnknownConflictGroupError(
                    group_id,
                    f"The conflict group {group_id} was decided ({what}) and its rejected claims have left it; to "
                    "change one claim's decision, use `poe-reviewer decide CLAIM_ID --replace`.",
                )
            raise UnknownConflictGroupError(
                group_id,
                f"The conflict group {group_id} has changed since it was listed (a claim was decided, withdrawn or "
                "resubmitted): run `poe-reviewer conflicts` again and decide the group it lists now.",
            )
        stmt = select(m.Claim).where(m.Claim.claim_id.in_(group.claim_ids)).order_by(m.Claim.id)
        if lock and self.is_postgresql:
            stmt = stmt.with_for_update()  # in id order: two group decisions never deadlock
        rows = list(s.scalars(stmt.execution_options(populate_existing=True)))
        records: dict[str, conflicts.ClaimRecord] = {}
        read: dict[str, tuple[m.Claim, m.ClaimRevision, Claim, int, m.DecisionRow | None]] = {}
        for row in rows:
            seen = row.version
            wanted = (expected_versions or {}).get(row.claim_id)
            if wanted is not None and wanted != seen:
                raise self._stale(s, row, wanted)
            rev = self._current_revision(s, row)
            active = self._active_decision(s, row, rev, seen)
            active_group = (active.conflict or {}).get("group_id") if active is not None else None
            if active is not None and active_group == group_id and not replace:
                raise AlreadyDecidedError(
                    f"Claim {row.claim_id} was already decided in conflict group {group_id}: "
                    f"{active.decision.replace('_', ' ')} by {active.reviewer} at {active.decided_at:%Y-%m-%d %H:%M} "
                    "UTC. Replace the group's decision explicitly to change it."
                )
            claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
            records[row.claim_id] = conflicts.ClaimRecord(
                claim=claim,
                checks=tuple(self._checks_of(s, rev.id)),
                status=row.status,
                version=seen,
                revision=rev.revision,
                recommendation=row.recommendation,
                bundle_path=rev.bundle_path,
                bundle_sha256=rev.bundle_sha256,
                decision=active.decision if active is not None else None,
                decision_group=active_group,
            )
            read[row.claim_id] = (row, rev, claim, seen, active)
        window_end = (
            clocks.conflict_window_end(recorded.notified_at, self.policy) if recorded.notified_at is not None else None
        )
        out: list[_Planned] = []
        for decision in plan(group, records, window_end, now):
            row, rev, claim, seen, active = read[decision.claim_id]
            out.append((row, rev, claim, decision, seen, active))
        return group, out

    def plan_group_decision_now(self, group_id: str, plan: PlanGroup) -> list[Decision]:
        """The decisions ``plan`` makes of a group's claims as they are now, without saving anything."""
        with self._read() as s:
            _group, planned = self._plan_group(s, group_id, plan, expected_versions=None, replace=True,
                                               now=self.now(), lock=False)  # fmt: skip
            return [d for _row, _rev, _claim, d, _seen, _active in planned]

    def record_group_decision(
        self,
        group_id: str,
        plan: PlanGroup,
        *,
        reviewer: str,
        audit: Mapping[str, Any],
        expected_versions: Mapping[str, int] | None = None,
        replace: bool = False,
    ) -> list[StoredDecision]:
        """Record a group's decisions as one: every claim's decision, or none of them, is saved.

        Every claim must still be at ``expected_versions`` (when given) and no one may change it
        meanwhile (:class:`StaleDecisionError`). A decision made outside the group (an approved
        association) is replaced; one made by this group before only with ``replace``. ``audit``: what
        the group decision's audit event records besides the group and the decisions (winner, others).
        """
        now = self.now()
        with self._write() as s:
            group, planned = self._plan_group(s, group_id, plan, expected_versions=expected_versions,
                                              replace=replace, now=now, lock=True)  # fmt: skip
            stored = [
                self._save_decision(s, row, rev, claim, decision, seen=seen, active=active, now=now)
                for row, rev, claim, decision, seen, active in planned
            ]
            self._audit(
                s,
                "group_decision",
                actor=reviewer,
                at=now,
                details={
                    "group_id": group.group_id,
                    "claim_ids": list(group.claim_ids),
                    **audit,
                    "decisions": {d.decision.claim_id: d.decision.decision for d in stored},
                    "decision_ids": [d.id for d in stored],
                },
            )
            self._refresh_conflicts(s, [group.customer_key], now)
        return stored

    def undo_decision(self, claim_id: str | None = None, *, by: str) -> list[StoredDecision]:
        """Take back a decision not exported yet: ``claim_id``'s live decision, else the last one ``by``
        saved. A decision of a conflict group is taken back with the rest of its group. The claim goes
        back to what it was before (the decision it replaced, else to review); the undo is an audit
        event and the undone decision is kept, marked undone. Returns the decisions undone."""
        who = by.strip()
        now = self.now()
        with self._write() as s:
            live = (m.DecisionRow.superseded_by.is_(None), m.DecisionRow.undone_at.is_(None))
            if claim_id is not None:
                row = self._claim_row(s, claim_id, lock=True)
                rev = self._current_revision(s, row)
                target = s.scalar(select(m.DecisionRow).where(m.DecisionRow.revision_id == rev.id, *live))
                if target is None:
                    raise NothingToUndoError(f"Claim {claim_id} has no decision on its current revision to undo.")
            else:
                target = s.scalar(
                    select(m.DecisionRow).where(m.DecisionRow.reviewer == who, *live).order_by(m.DecisionRow.id.desc())
                )
                if target is None:
                    raise NothingToUndoError(f"{who} has no decision to undo.")
            group = (target.conflict or {}).get("group_id")
            together = [target]
            if group and not str((target.conflict or {}).get("reason", "")).startswith(OVERRIDE_PREFIX):
                # decided as one: undone as one
                together = list(
                    s.scalars(
                        select(m.DecisionRow)
                        .where(m.DecisionRow.decided_at == target.decided_at, *live)
                        .order_by(m.DecisionRow.id)
                    )
                )
                together = [d for d in together if (d.conflict or {}).get("group_id") == group] or [target]
            exported = [d for d in together if d.export_id is not None]
            if exported:
                names = ", ".join(self._claim_id_of(s, d.claim_pk) for d in exported)
                raise NothingToUndoError(
                    f"The decision on {names} was already exported to the claims system and cannot be undone; "
                    "decide the claim again (--replace) to send a correction."
                )
            done: list[StoredDecision] = []
            keys: set[str] = set()
            for d in together:
                stmt = select(m.Claim).where(m.Claim.id == d.claim_pk)
                found = s.scalar(stmt.execution_options(populate_existing=True))
                found_rev = s.scalar(select(m.ClaimRevision).where(m.ClaimRevision.id == d.revision_id))
                assert found is not None
                assert found_rev is not None
                row, rev = found, found_rev
                d.undone_at, d.undone_by = now, who
                previous = s.scalar(select(m.DecisionRow).where(m.DecisionRow.superseded_by == d.id))
                if rev.revision == row.current_revision:
                    claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
                    if previous is not None:
                        previous.superseded_by = None
                        before = self._decision_of(previous, row.claim_id)
                        values: dict[str, Any] = {
                            "status": previous.decision,
                            "decision": previous.decision,
                            "decided_by": previous.reviewer,
                            "decided_at": previous.decided_at,
                            **_clock_values(self._clocks_after(claim, before)),
                        }
                    else:
                        review = clocks.claim_clocks(claim, self.policy, under_review_since=row.under_review_since)
                        values = {"status": TO_REVIEW, "decision": None, "decided_by": None, "decided_at": None,
                                  **_clock_values(review)}  # fmt: skip
                    for key, value in values.items():
                        setattr(row, key, value)
                    row.version += 1
                    row.updated_at = now
                keys.add(row.customer_key)
                self._audit(
                    s,
                    "undo",
                    claim_id=row.claim_id,
                    revision=rev.revision,
                    actor=who,
                    at=now,
                    details={
                        "decision_id": d.id,
                        "decision": d.decision,
                        "restored": previous.id if previous is not None else None,
                        "version": row.version,
                    },
                )
                done.append(StoredDecision(d.id, rev.revision, d.version, self._decision_of(d, row.claim_id),
                                           d.superseded_by, d.export_id, d.exported_at, now))  # fmt: skip
            s.flush()
            self._refresh_conflicts(s, sorted(keys), now)
        return done

    @staticmethod
    def _claim_id_of(s: Session, claim_pk: int) -> str:
        return s.scalar(select(m.Claim.claim_id).where(m.Claim.id == claim_pk)) or "?"

    def reviewer_name(self, email: str) -> str:
        """The name a reviewer gave on first use ("" when unknown)."""
        with self._read() as s:
            return s.scalar(select(m.Reviewer.name).where(m.Reviewer.email == email.strip())) or ""

    def register_reviewer(self, email: str, name: str) -> None:
        """Record (or correct) the name of the reviewer with this address; an audit event when it changes."""
        email, name = email.strip(), " ".join(name.split())
        with self._write() as s:
            rid = self._reviewer_id(s, email)
            row = s.get(m.Reviewer, rid)
            assert row is not None
            if name and row.name != name:
                self._audit(s, "reviewer", actor=email, details={"email": email, "name": name, "was": row.name})
                row.name = name

    def verify_trail(self) -> store_audit.TrailReport:
        """Walk the audit trail's hash chain and cross-check every decision and claim status against it."""
        with self._read() as s:
            return store_audit.verify(s, postgresql=self.is_postgresql)

    def _refuse_if_tampered(self, s: Session) -> None:
        """Refuse to export from a trail that fails verification, naming the claims."""
        report = store_audit.verify(s, postgresql=self.is_postgresql)
        if not report.ok:
            raise store_audit.TamperedTrailError(report)

    def _clocks_after(self, claim: Claim, decision: Decision) -> clocks.ClaimClocks:
        rejected = decision.decision == "rejected" or (
            decision.decision == "partially_approved" and any(w.decision == "rejected" for w in decision.workloads)
        )
        return clocks.ClaimClocks(
            review_due=None,
            respond_by=decision.respond_by,
            # a final decision cannot be disputed: no dispute window opens
            dispute_until=clocks.dispute_window_end(decision.decided_at, self.policy)
            if rejected and not decision.final
            else None,
            conflict_until=None,
        )

    def _stale(self, s: Session, row: m.Claim, seen: int) -> StaleDecisionError:
        fresh = s.execute(
            select(m.Claim.version, m.Claim.decision, m.Claim.decided_by, m.Claim.decided_at, m.Claim.current_revision)
            .where(m.Claim.id == row.id)
            .execution_options(populate_existing=True)
        ).one()
        version, decision, by, at, revision = fresh
        if decision:
            what = f"{decision.replace('_', ' ')} by {by} at {at:%Y-%m-%d %H:%M} UTC"
        else:
            what = f"revision {revision} was imported"
        return StaleDecisionError(
            f"Claim {row.claim_id} changed after you opened it (version {seen}, now {version}): {what}. "
            "Your decision was not saved; reload the claim and decide again."
        )
