"""Conflicting CPOR claims in the stored queue: the contenders, the groups, their state and comparison."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from poe_reviewer import clocks
from poe_reviewer.conflicts import records as conflicts
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.storage import models as m
from poe_reviewer.storage.store_reading import QueueReading
from poe_reviewer.storage.store_records import (
    _SHOWN_IDS,
    ClaimDetail,
    UnknownClaimError,
    UnknownConflictGroupError,
    _set_clocks,
)


class ConflictStore(QueueReading):
    """Conflicting CPOR claims in the stored queue: the contenders, the groups, their state and comparison."""

    def _current_decisions(self, s: Session, claim_pks: Sequence[int]) -> dict[int, m.DecisionRow]:
        """The live decision on the current revision of each claim that has one."""
        out: dict[int, m.DecisionRow] = {}
        for chunk in range(0, len(claim_pks), 500):
            part = claim_pks[chunk : chunk + 500]
            stmt = (
                select(m.DecisionRow)
                .join(m.ClaimRevision, m.ClaimRevision.id == m.DecisionRow.revision_id)
                .join(m.Claim, m.Claim.id == m.DecisionRow.claim_pk)
                .where(
                    m.DecisionRow.claim_pk.in_(part),
                    m.DecisionRow.superseded_by.is_(None),
                    m.DecisionRow.undone_at.is_(None),
                    m.ClaimRevision.revision == m.Claim.current_revision,
                )
            )
            out.update({d.claim_pk: d for d in s.scalars(stmt)})
        return out

    def _contenders(self, s: Session, customer_keys: Iterable[str] | None) -> list[conflicts.Contender]:
        """The CPOR claims of these customers (None: of every customer claimed by two partners or more).

        A workload that the claim's current decision rejected no longer contends: that partner is out
        (a dispute or resubmission makes a new revision, which contends again).
        """
        stmt = select(
            m.Claim.id,
            m.Claim.claim_id,
            m.Claim.partner_name,
            m.Claim.partner_location_id,
            m.Claim.customer_key,
            m.Claim.customer_name,
            m.Claim.claim_kind,
            m.Claim.solution_area,
            m.Claim.status,
            m.Claim.submitted_at,
        ).where(m.Claim.program == "cpor")
        # Only customers claimed by two partners or more can have a conflict: one aggregate on the
        # customer index spares loading the claims of every other customer (or of a customer with
        # many claims from one partner).
        shared = (
            select(m.Claim.customer_key)
            .where(m.Claim.program == "cpor")
            .group_by(m.Claim.customer_key)
            .having(func.count(func.distinct(m.Claim.partner_location_id)) >= 2)
        )
        if customer_keys is not None:
            keys = sorted({k for k in customer_keys if k})
            if not keys:
                return []
            found = list(s.scalars(shared.where(m.Claim.customer_key.in_(keys))))
            if not found:
                return []
            stmt = stmt.where(m.Claim.customer_key.in_(found))
        else:
            stmt = stmt.where(m.Claim.customer_key.in_(shared))
        rows = list(s.execute(stmt.order_by(m.Claim.id)))
        if not rows:
            return []
        pks = [r.id for r in rows]
        workloads: dict[int, list[tuple[str, str | None]]] = {}
        for chunk in range(0, len(pks), 500):
            for pk, name, sub in s.execute(
                select(m.ClaimWorkload.claim_pk, m.ClaimWorkload.name, m.ClaimWorkload.subscription_id)
                .where(m.ClaimWorkload.claim_pk.in_(pks[chunk : chunk + 500]))
                .order_by(m.ClaimWorkload.id)
            ):
                workloads.setdefault(pk, []).append((name, sub))
        decisions = self._current_decisions(s, pks)
        out: list[conflicts.Contender] = []
        for r in rows:
            verdicts: dict[tuple[str, str | None], str] = {}
            d = decisions.get(r.id)
            if d is not None:
                for w in d.workloads:
                    verdicts[(str(w.get("name")), w.get("subscription_id"))] = str(w.get("decision"))
            claimed: list[conflicts.ClaimedWorkload] = []
            associated: set[str] = set()
            for name, sub in workloads.get(r.id, []):
                verdict = verdicts.get((name, sub))
                if verdict == "rejected":
                    continue
                key = self.conflict_rules.workload_key(name, sub, r.solution_area)
                claimed.append(conflicts.ClaimedWorkload(name, sub, key))
                if verdict == "approved":
                    associated.add(key)
            out.append(
                conflicts.Contender(
                    claim_id=r.claim_id,
                    partner_name=r.partner_name,
                    location_id=r.partner_location_id,
                    customer_key=r.customer_key,
                    customer_name=r.customer_name,
                    claim_kind=r.claim_kind,
                    workloads=tuple(claimed),
                    status=r.status,
                    associated=frozenset(associated),
                    submitted_at=r.submitted_at,
                )
            )
        return out

    def _record_groups(
        self, s: Session, groups: Sequence[conflicts.ConflictGroup], now: dt.datetime
    ) -> dict[str, dt.datetime | None]:
        """When each group's partners were notified (None: not yet); a group found now is recorded as found.

        Finding a group notifies nobody: a person notifies the partners and records it
        (:meth:`notify_conflict`), which starts the fourteen-day window.
        """
        ids = [g.group_id for g in groups]
        known: dict[str, dt.datetime | None] = {}
        if ids:
            known = dict(
                s.execute(
                    select(m.ConflictGroupRow.group_id, m.ConflictGroupRow.notified_at).where(
                        m.ConflictGroupRow.group_id.in_(ids)
                    )
                ).all()
            )
        for g in groups:
            if g.group_id in known:
                continue
            ins = self._insert()(m.ConflictGroupRow).values(
                group_id=g.group_id,
                customer_key=g.customer_key,
                customer_name=g.customer_name,
                claim_kind=g.claim_kind,
                claim_ids=list(g.claim_ids),
                workloads=[w.to_json() for w in g.workloads],
                found_at=now,
                notified_at=None,
                notified_by=None,
            )
            # RETURNING, not rowcount: psycopg reports no row count for INSERT ... ON CONFLICT DO NOTHING
            inserted = s.scalar(
                ins.on_conflict_do_nothing(index_elements=["group_id"]).returning(m.ConflictGroupRow.group_id)
            )
            known[g.group_id] = s.scalar(
                select(m.ConflictGroupRow.notified_at).where(m.ConflictGroupRow.group_id == g.group_id)
            )
            if inserted is None:
                continue  # another process recorded it at the same moment
            for member in g.members:
                self._audit(
                    s,
                    "conflict_found",
                    claim_id=member.claim_id,
                    at=now,
                    details={
                        "group_id": g.group_id,
                        "partner": member.partner_name,
                        "claim_ids": list(g.claim_ids),
                        "workloads": [w.label for w in g.workloads if member.claim_id in w.claim_ids],
                        "seed": conflicts.SEED,
                    },
                )
        return known

    def notify_conflict(self, group_id: str, *, how: str, by: str | None = None) -> conflicts.GroupState:
        """Record that both partners of a group were notified (who, when, how): the fourteen-day window
        starts now. Refused for a group already notified (saying when and by whom)."""
        how = " ".join(how.split())
        if len(how) < 5:
            raise PoeReviewerError(
                "Say how the partners were notified (for example 'e-mail to both partners' or 'claims system "
                "notice'): it is the record that starts their fourteen-day window."
            )
        who = (by or self.actor).strip()
        now = self.now()
        with self._write() as s:
            row = s.scalar(
                select(m.ConflictGroupRow)
                .where(m.ConflictGroupRow.group_id == group_id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
            if row is None:
                raise UnknownConflictGroupError(group_id)
            if row.notified_at is not None:
                raise PoeReviewerError(
                    f"The partners of conflict group {group_id} were already notified on "
                    f"{row.notified_at:%Y-%m-%d %H:%M} UTC by {row.notified_by} ({row.notified_how}); the window "
                    "started then."
                )
            live = next(
                (g for g in self.conflict_rules.find_groups(self._contenders(s, [row.customer_key]))
                 if g.group_id == group_id),
                None,
            )  # fmt: skip
            if live is None:
                raise UnknownConflictGroupError(
                    group_id,
                    f"The conflict group {group_id} has changed since it was listed (a claim was decided, withdrawn "
                    "or resubmitted): run `poe-reviewer conflicts` again and notify the group it lists now.",
                )
            row.notified_at, row.notified_by, row.notified_how = now, who, how
            window = clocks.conflict_window_end(now, self.policy)
            for member in live.members:
                self._audit(
                    s,
                    "conflict_notified",
                    claim_id=member.claim_id,
                    actor=who,
                    at=now,
                    details={
                        "group_id": group_id,
                        "partner": member.partner_name,
                        "location_id": member.location_id,
                        "claim_ids": list(live.claim_ids),
                        "workloads": [w.label for w in live.workloads if member.claim_id in w.claim_ids],
                        "how": how,
                        "window_end": window.isoformat(),
                        "seed": conflicts.SEED,
                    },
                )
            self._refresh_conflicts(s, [row.customer_key], now)
        return self.conflict_group(group_id)

    def _refresh_conflicts(self, s: Session, customer_keys: Iterable[str], now: dt.datetime) -> None:
        """Find the conflict groups of these customers and set the conflict badges and clocks of their claims.

        A member of a group shows the conflict badge, the other claims of its group (``flags``) and,
        until the group has decided it, the group's window as its conflict clock.
        """
        keys = sorted({k for k in customer_keys if k})
        if not keys:
            return
        contenders = self._contenders(s, keys)
        groups = self.conflict_rules.find_groups(contenders)
        notified = self._record_groups(s, groups, now)
        member_of = {cid: g for g in groups for cid in g.claim_ids}
        # The members, and the claims that were flagged before (a claim may have left its group);
        # populate_existing: a decision just saved by a Core UPDATE is what these rows must start from.
        touched = or_(m.Claim.conflict.is_(True), m.Claim.conflict_until.is_not(None))
        if member_of:
            touched = or_(touched, m.Claim.claim_id.in_(sorted(member_of)))
        rows = list(
            s.scalars(
                select(m.Claim)
                .where(m.Claim.customer_key.in_(keys), touched)
                .order_by(m.Claim.id)
                .execution_options(populate_existing=True)
            )
        )
        decided_in = {
            pk: (d.conflict or {}).get("group_id") for pk, d in self._current_decisions(s, [r.id for r in rows]).items()
        }
        for row in rows:
            flags = dict(row.flags or {})
            group = member_of.get(row.claim_id)
            until: dt.date | None = None
            if group is None:
                row.conflict = False
                flags.pop("conflict_with", None)
            else:
                row.conflict = True
                flags["conflict_with"] = [c for c in group.claim_ids if c != row.claim_id][:_SHOWN_IDS]
                notified_at = notified.get(group.group_id)
                if decided_in.get(row.id) != group.group_id and notified_at is not None:
                    until = clocks.conflict_window_end(notified_at, self.policy)
            if flags != (row.flags or {}):
                row.flags = flags
            if row.conflict_until != until:
                _set_clocks(row, clocks.ClaimClocks(row.review_due, row.respond_by, row.dispute_until, until))

    def refresh_conflicts(self) -> int:
        """Find every conflict group of the queue (recording and notifying new ones); returns how many there are."""
        now = self.now()
        with self._write() as s:
            keys = sorted({c.customer_key for c in self._contenders(s, None)})
            self._refresh_conflicts(s, keys, now)
            return len(self.conflict_rules.find_groups(self._contenders(s, keys)))

    def _group_states(
        self, s: Session, groups: Sequence[conflicts.ConflictGroup], rows: Mapping[str, m.ConflictGroupRow], live: bool
    ) -> list[conflicts.GroupState]:
        ids = sorted({c for g in groups for c in g.claim_ids})
        pk_of: dict[str, int] = {}
        for chunk in range(0, len(ids), 500):
            pk_of.update(
                dict(
                    s.execute(
                        select(m.Claim.claim_id, m.Claim.id).where(m.Claim.claim_id.in_(ids[chunk : chunk + 500]))
                    ).all()
                )
            )
        current = self._current_decisions(s, list(pk_of.values()))
        states: list[conflicts.GroupState] = []
        for g in groups:
            decisions: dict[str, str | None] = {}
            for c in g.claim_ids:
                d = current.get(pk_of.get(c, -1))
                in_group = d is not None and (d.conflict or {}).get("group_id") == g.group_id
                decisions[c] = d.decision if d is not None and in_group else None
            row = rows.get(g.group_id)
            at = row.notified_at if row is not None else None
            window = clocks.conflict_window_end(at, self.policy) if at is not None else None
            states.append(conflicts.GroupState(g, at, window, decisions, live))
        return states

    def _stored_group(self, s: Session, row: m.ConflictGroupRow) -> conflicts.ConflictGroup:
        """A group as it was recorded (its rejected claims may have left it since)."""
        ids = [str(c) for c in row.claim_ids]
        found = {
            r.claim_id: r
            for r in s.execute(
                select(
                    m.Claim.claim_id,
                    m.Claim.partner_name,
                    m.Claim.partner_location_id,
                    m.Claim.status,
                    m.Claim.submitted_at,
                ).where(m.Claim.claim_id.in_(ids))
            )
        }
        members = tuple(
            conflicts.Contender(
                claim_id=c,
                partner_name=found[c].partner_name if c in found else "",
                location_id=found[c].partner_location_id if c in found else "",
                customer_key=row.customer_key,
                customer_name=row.customer_name,
                claim_kind=row.claim_kind,
                workloads=(),
                status=found[c].status if c in found else "",
                submitted_at=found[c].submitted_at if c in found else None,
            )
            for c in ids
        )
        workloads = tuple(
            conflicts.ContestedWorkload(
                key=str(w["key"]),
                name=str(w["name"]),
                subscription_id=w.get("subscription_id"),
                claim_ids=tuple(str(c) for c in w.get("claim_ids", [])),
                associated=tuple(str(c) for c in w.get("associated", [])),
            )
            for w in row.workloads
        )
        return conflicts.ConflictGroup(
            row.group_id, row.customer_key, row.customer_name, row.claim_kind, tuple(ids), workloads, members
        )

    def conflict_groups(self, *, include_decided: bool = False) -> list[conflicts.GroupState]:
        """The conflict groups of the queue, by customer; ``include_decided`` adds decided groups whose
        rejected claims have left them."""
        with self._read() as s:
            groups = self.conflict_rules.find_groups(self._contenders(s, None))
            ids = [g.group_id for g in groups]
            rows = {
                r.group_id: r
                for r in s.scalars(select(m.ConflictGroupRow).where(m.ConflictGroupRow.group_id.in_(ids)))
            } if ids else {}  # fmt: skip
            states = self._group_states(s, groups, rows, True)
            if include_decided:
                past = list(
                    s.scalars(
                        select(m.ConflictGroupRow)
                        .where(m.ConflictGroupRow.group_id.not_in(ids))
                        .order_by(m.ConflictGroupRow.found_at)
                    )
                )
                stored = [self._stored_group(s, r) for r in past]
                old = self._group_states(s, stored, {r.group_id: r for r in past}, False)
                states += [st for st in old if any(st.decisions.values())]
            return states

    def conflict_group(self, group_id: str) -> conflicts.GroupState:
        """One group, live or decided (raises :class:`UnknownConflictGroupError`)."""
        for state in self.conflict_groups(include_decided=True):
            if state.group_id == group_id:
                return state
        raise UnknownConflictGroupError(group_id)

    def conflict_group_of(self, claim_id: str) -> conflicts.GroupState | None:
        """The live group a claim belongs to, if any (the queue's badge links to it)."""
        with self._read() as s:
            key = s.scalar(select(m.Claim.customer_key).where(m.Claim.claim_id == claim_id))
            if key is None:
                raise UnknownClaimError(claim_id)
            groups = [g for g in self.conflict_rules.find_groups(self._contenders(s, [key])) if claim_id in g.claim_ids]
            if not groups:
                return None
            rows = {
                r.group_id: r
                for r in s.scalars(
                    select(m.ConflictGroupRow).where(m.ConflictGroupRow.group_id.in_([g.group_id for g in groups]))
                )
            }
            return self._group_states(s, groups, rows, True)[0]

    def _claim_record(self, detail: ClaimDetail) -> conflicts.ClaimRecord:
        current = detail.current_decision
        return conflicts.ClaimRecord(
            claim=detail.claim,
            checks=tuple(detail.checks),
            status=detail.summary.status,
            version=detail.summary.version,
            revision=detail.revision.revision,
            recommendation=detail.summary.recommendation,
            bundle_path=detail.revision.bundle_path,
            bundle_sha256=detail.revision.bundle_sha256,
            decision=current.decision.decision if current else None,
            decision_group=current.decision.conflict.group_id if current and current.decision.conflict else None,
        )

    def claim_record(self, claim_id: str) -> conflicts.ClaimRecord:
        """One claim as the conflict rules read it: the claim, its checks, its state and decision."""
        return self._claim_record(self.get_claim(claim_id))

    def conflict_notices(self, state: conflicts.GroupState) -> list[conflicts.Notice]:
        """Who was notified of the group's conflict, and when (from the audit trail)."""
        with self._read() as s:
            events = s.scalars(
                select(m.AuditEvent)
                .where(m.AuditEvent.action == "conflict_notified", m.AuditEvent.claim_id.in_(state.group.claim_ids))
                .order_by(m.AuditEvent.id)
            )
            return [
                conflicts.Notice(str(e.claim_id), str(e.details.get("partner", "")), e.at)
                for e in events
                if e.details.get("group_id") == state.group_id
            ]
