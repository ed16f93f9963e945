"""Second-level QC in the queue: decisions drawn for a second reviewer, the second reviewer's verdict, the
overturn rates.

A decision is drawn in the transaction that saves it (the application's rule, storage/rules.py ``QcRules``),
so no decision is ever saved without its draw; a drawn decision is not exported until a *different* reviewer
has agreed with it, or overturned it with a decision of their own (which replaces it, and is what is exported).
Four eyes: nobody checks a decision they made.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Decision
from poe_reviewer.storage import models as m
from poe_reviewer.storage.rules import QcRules
from poe_reviewer.storage.store_decisions import DecisionStore
from poe_reviewer.storage.store_records import StoredDecision

#: What a QC row's state may be.
QC_STATES = ("pending", "agreed", "overturned")
#: Check statuses that count as "the check raised something" for the overturn rate per check.
_RAISED = ("fail", "warn", "error")

BuildDecision = Callable[[Claim, dict[str, str], str, dt.datetime], Decision]


class QcError(PoeReviewerError):
    """A QC step the queue refuses (nothing was changed)."""


class OwnDecisionError(QcError):
    """Four eyes: a reviewer cannot check their own decision."""


@dataclass(frozen=True)
class QcItem:
    """A decision waiting for (or through) QC."""

    claim_id: str
    revision: int
    decision: Decision
    reasons: tuple[str, ...]
    sampled_at: dt.datetime
    state: str
    qc_reviewer: str | None = None
    qc_at: dt.datetime | None = None
    note: str | None = None


@dataclass(frozen=True)
class Rate:
    """How often QC overturned: ``overturned`` of ``checked`` (agreed + overturned)."""

    checked: int = 0
    overturned: int = 0

    @property
    def rate(self) -> float | None:
        return self.overturned / self.checked if self.checked else None


@dataclass(frozen=True)
class QcStats:
    """The QC record of the queue: per reviewer whose decisions were checked, and per check that raised
    something on the decisions checked (which automated verdicts the second reviewer disagrees with most)."""

    pending: int
    by_reviewer: dict[str, Rate] = field(default_factory=dict)
    by_check: dict[str, Rate] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        def rates(d: dict[str, Rate]) -> dict[str, Any]:
            return {k: {"checked": r.checked, "overturned": r.overturned, "rate": r.rate} for k, r in d.items()}

        return {"pending": self.pending, "by_reviewer": rates(self.by_reviewer), "by_check": rates(self.by_check)}


class QcStore(DecisionStore):
    """Decisions with their second-level QC."""

    @property
    def qc_rules(self) -> QcRules | None:
        """The team's QC rule (None: no decision is drawn, as before QC existed)."""
        return self._qc_rules

    def _save_decision(
        self, s: Session, row: m.Claim, rev: m.ClaimRevision, claim: Claim, decision: Decision, **kw: Any
    ) -> StoredDecision:
        """Save the decision and draw it for QC in the same transaction."""
        stored = super()._save_decision(s, row, rev, claim, decision, **kw)
        rules = self.qc_rules
        reasons = rules.sample(claim, decision) if rules is not None else ()
        if reasons:
            s.add(
                m.QcReview(
                    decision_id=stored.id, claim_pk=row.id, reasons=list(reasons), sampled_at=kw["now"],
                    state="pending",
                )
            )  # fmt: skip
            self._audit(
                s, "qc", claim_id=row.claim_id, revision=rev.revision, actor=decision.reviewer, at=kw["now"],
                details={"event": "drawn", "decision_id": stored.id, "reasons": list(reasons)},
            )  # fmt: skip
        return stored

    # -- reading ---------------------------------------------------------------------------------------
    def qc_queue(self, *, for_reviewer: str | None = None, states: Sequence[str] = ("pending",)) -> list[QcItem]:
        """QC items of live decisions, oldest first; ``for_reviewer``: only those they may check (not their own)."""
        with self._read() as s:
            stmt = (
                select(m.QcReview, m.DecisionRow, m.Claim.claim_id, m.ClaimRevision.revision)
                .join(m.DecisionRow, m.DecisionRow.id == m.QcReview.decision_id)
                .join(m.Claim, m.Claim.id == m.QcReview.claim_pk)
                .join(m.ClaimRevision, m.ClaimRevision.id == m.DecisionRow.revision_id)
                .where(m.QcReview.state.in_(list(states)))
                .order_by(m.QcReview.sampled_at, m.QcReview.id)
            )
            if "pending" in states:
                # a pending draw of a decision replaced or taken back is moot
                stmt = stmt.where(
                    (m.QcReview.state != "pending")
                    | (m.DecisionRow.superseded_by.is_(None) & m.DecisionRow.undone_at.is_(None))
                )
            items = [self._qc_item(q, d, cid, rev) for q, d, cid, rev in s.execute(stmt)]
        if for_reviewer:
            who = for_reviewer.strip().casefold()
            items = [i for i in items if i.decision.reviewer.casefold() != who]
        return items

    def qc_item(self, claim_id: str) -> QcItem | None:
        """The pending QC of the claim's live decision, if it has one."""
        with self._read() as s:
            found = self._pending_qc(s, self._claim_row(s, claim_id))
            if found is None:
                return None
            q, d = found
            rev = s.scalar(select(m.ClaimRevision.revision).where(m.ClaimRevision.id == d.revision_id))
            return self._qc_item(q, d, claim_id, int(rev or 1))

    def qc_stats(self) -> QcStats:
        """Overturn rates per reviewer and per check, over every decision QC has checked."""
        with self._read() as s:
            rows = s.execute(
                select(
                    m.QcReview.state, m.DecisionRow.reviewer, m.DecisionRow.checks,
                    m.DecisionRow.superseded_by.is_(None) & m.DecisionRow.undone_at.is_(None),
                ).join(m.DecisionRow, m.DecisionRow.id == m.QcReview.decision_id)
            ).all()  # fmt: skip
        pending = 0
        by_reviewer: dict[str, list[int]] = {}
        by_check: dict[str, list[int]] = {}
        for state, reviewer, checks, live in rows:
            if state == "pending":
                # a drawn decision replaced or taken back before QC waits for nothing
                pending += bool(live)
                continue
            turned = int(state == "overturned")
            tally = by_reviewer.setdefault(reviewer, [0, 0])
            tally[0] += 1
            tally[1] += turned
            for check_id, status in (checks or {}).items():
                if status in _RAISED:
                    t = by_check.setdefault(check_id, [0, 0])
                    t[0] += 1
                    t[1] += turned
        return QcStats(
            pending=pending,
            by_reviewer={k: Rate(*v) for k, v in sorted(by_reviewer.items())},
            by_check={k: Rate(*v) for k, v in sorted(by_check.items(), key=lambda kv: (-kv[1][1], kv[0]))},
        )

    # -- the second reviewer's verdict ---------------------------------------------------------------------
    def qc_agree(self, claim_id: str, *, by: str, note: str = "") -> QcItem:
        """The second reviewer agrees: the decision may be exported."""
        who = by.strip()
        with self._write() as s:
            row = self._claim_row(s, claim_id)
            q, d = self._pending_or_refuse(s, row, who)
            now = self.now()
            q.state, q.qc_reviewer, q.qc_at, q.note = "agreed", who, now, note.strip() or None
            q.qc_reviewer_id = self._reviewer_id(s, who)
            rev = self._current_revision(s, row)
            self._audit(
                s, "qc", claim_id=claim_id, revision=rev.revision, actor=who, at=now,
                details={"event": "agreed", "decision_id": d.id, "note": q.note},
            )  # fmt: skip
            return self._qc_item(q, d, claim_id, rev.revision)

    def qc_overturn(self, claim_id: str, build: BuildDecision, *, by: str, reason: str) -> StoredDecision:
        """The second reviewer overturns: ``build`` makes their decision (as ``decide`` would), which replaces
        the one under QC and is what is exported; ``reason`` says why, for the record and the overturn rates."""
        who = by.strip()
        if not reason.strip():
            raise QcError(f"Overturning the decision on claim {claim_id} needs the reason, for the record.")
        with self._write() as s:
            row = self._claim_row(s, claim_id)
            q, d = self._pending_or_refuse(s, row, who)
            rev = self._current_revision(s, row)
            claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
            now = self.now()
            decision = build(claim, self._check_statuses(s, rev.id), rev.bundle_sha256, now)
            if decision.reviewer.strip().casefold() != who.casefold():
                raise QcError("The overturning decision must be the QC reviewer's own.")
            # the QC reviewer's decision is final QC: saved without a draw of its own
            stored = DecisionStore._save_decision(
                self, s, row, rev, claim, decision, seen=row.version, active=d, now=now
            )
            q.state, q.qc_reviewer, q.qc_at, q.note = "overturned", who, now, reason.strip()
            q.qc_reviewer_id = self._reviewer_id(s, who)
            q.replacement_id = stored.id
            self._audit(
                s, "qc", claim_id=claim_id, revision=rev.revision, actor=who, at=now,
                details={"event": "overturned", "decision_id": d.id, "replacement_id": stored.id,
                         "from": d.decision, "to": decision.decision, "reason": q.note},
            )  # fmt: skip
        return stored

    # -- plumbing ------------------------------------------------------------------------------------------
    @staticmethod
    def _pending_qc(s: Session, row: m.Claim) -> tuple[m.QcReview, m.DecisionRow] | None:
        found = s.execute(
            select(m.QcReview, m.DecisionRow)
            .join(m.DecisionRow, m.DecisionRow.id == m.QcReview.decision_id)
            .where(
                m.QcReview.claim_pk == row.id,
                m.QcReview.state == "pending",
                m.DecisionRow.superseded_by.is_(None),
                m.DecisionRow.undone_at.is_(None),
            )
        ).first()
        return (found[0], found[1]) if found is not None else None

    def _pending_or_refuse(self, s: Session, row: m.Claim, who: str) -> tuple[m.QcReview, m.DecisionRow]:
        found = self._pending_qc(s, row)
        if found is None:
            raise QcError(f"Claim {row.claim_id} has no decision waiting for QC.")
        q, d = found
        if d.reviewer.strip().casefold() == who.casefold():
            raise OwnDecisionError(
                f"You made this decision on claim {row.claim_id} ({d.decision.replace('_', ' ')}, "
                f"{d.decided_at:%Y-%m-%d %H:%M} UTC): QC needs a second reviewer (four eyes)."
            )
        return q, d

    def _qc_item(self, q: m.QcReview, d: m.DecisionRow, claim_id: str, revision: int) -> QcItem:
        return QcItem(
            claim_id=claim_id,
            revision=revision,
            decision=self._decision_of(d, claim_id),
            reasons=tuple(str(r) for r in q.reasons or ()),
            sampled_at=q.sampled_at,
            state=q.state,
            qc_reviewer=q.qc_reviewer,
            qc_at=q.qc_at,
            note=q.note,
        )
