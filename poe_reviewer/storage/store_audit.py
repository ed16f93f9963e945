"""Verifying the audit trail: the hash chain walked from the first event, and every decision and claim
status cross-checked against the events that recorded them (``poe-reviewer audit verify``).

What it detects: an event edited, removed or inserted (the chain breaks there); a decision row
edited by SQL, or written without its event (its digest differs from the one its event recorded, or
there is no event); a claim whose status or decision is not what its live decision says; an undo
or a replacement the trail does not record; the append-only triggers dropped. An export refuses to
deliver from a trail that fails, naming the claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.storage import models as m
from poe_reviewer.storage import trail
from poe_reviewer.storage.store_records import TO_REVIEW

#: The triggers that keep the trail append-only for every client of the database.
SQLITE_GUARDS = ("audit_events_no_update", "audit_events_no_delete")
POSTGRES_GUARDS = ("audit_events_append_only", "audit_events_no_truncate")


@dataclass(frozen=True)
class TrailProblem:
    """One thing the trail and the tables disagree on; ``claim_id`` when it concerns a claim."""

    message: str
    claim_id: str | None = None


@dataclass(frozen=True)
class TrailReport:
    events: int
    decisions: int
    claims: int
    #: The last event's hash: what an export carries.
    head: str
    problems: tuple[TrailProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def claim_ids(self) -> list[str]:
        return sorted({p.claim_id for p in self.problems if p.claim_id})


class TamperedTrailError(PoeReviewerError):
    """The audit trail or the decisions fail verification: nothing is exported from them."""

    def __init__(self, report: TrailReport) -> None:
        self.report = report
        claims = ", ".join(report.claim_ids) or "none named"
        first = "; ".join(p.message for p in report.problems[:3])
        more = f" (and {len(report.problems) - 3} more)" if len(report.problems) > 3 else ""
        super().__init__(
            f"The audit trail does not match the decisions (claims: {claims}): {first}{more}. Nothing was exported; "
            "run `poe-reviewer audit verify` for the full list and restore the last backup."
        )


def _events(s: Session) -> Iterator[m.AuditEvent]:
    yield from s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id).execution_options(yield_per=2000))


def verify(s: Session, *, postgresql: bool) -> TrailReport:
    """Walk the chain and cross-check decisions and claim statuses (read only)."""
    problems: list[TrailProblem] = []
    prev = trail.GENESIS
    count = 0
    decision_events: dict[int, m.AuditEvent] = {}
    undo_events: dict[int, m.AuditEvent] = {}
    broken = False
    for e in _events(s):
        count += 1
        details: dict[str, Any] = dict(e.details or {})
        if not broken:
            expected = trail.event_hash(prev, at=e.at, actor=e.actor, action=e.action, claim_id=e.claim_id,
                                        revision=e.revision, details=details)  # fmt: skip
            if e.prev_hash != prev:
                problems.append(TrailProblem(
                    f"the trail is broken before event #{e.id} ({e.action}): an event was removed or inserted",
                    e.claim_id,
                ))  # fmt: skip
                broken = True
            elif e.hash != expected:
                problems.append(
                    TrailProblem(f"event #{e.id} ({e.action}) was changed after it was written", e.claim_id)
                )
                broken = True
        prev = e.hash or prev
        if e.action == "decision" and isinstance(details.get("decision_id"), int):
            decision_events[details["decision_id"]] = e
        elif e.action == "undo" and isinstance(details.get("decision_id"), int):
            undo_events[details["decision_id"]] = e
    head = prev

    claim_ids = dict(s.execute(select(m.Claim.id, m.Claim.claim_id)).all())
    rows = list(s.scalars(select(m.DecisionRow).order_by(m.DecisionRow.id)))
    by_id = {d.id: d for d in rows}
    for d in rows:
        claim_id = claim_ids.get(d.claim_pk, "?")
        event = decision_events.get(d.id)
        if event is None:
            problems.append(TrailProblem(f"claim {claim_id}: decision #{d.id} has no audit event (written outside the "
                                         "program)", claim_id))  # fmt: skip
            continue
        recorded = dict(event.details)
        if "digest" in recorded:
            entry = _export_entry(d, claim_id)
            if trail.digest(entry) != recorded["digest"]:
                problems.append(TrailProblem(
                    f"claim {claim_id}: decision #{d.id} ({d.decision.replace('_', ' ')}) was changed after it was "
                    f"saved (the trail recorded {str(recorded.get('decision', '?')).replace('_', ' ')})",
                    claim_id,
                ))  # fmt: skip
        elif recorded.get("decision") != d.decision or recorded.get("template_id") != d.template_id:
            problems.append(TrailProblem(
                f"claim {claim_id}: decision #{d.id} says {d.decision.replace('_', ' ')}, the trail recorded "
                f"{str(recorded.get('decision', '?')).replace('_', ' ')}",
                claim_id,
            ))  # fmt: skip
        if (d.undone_at is not None) != (d.id in undo_events):
            what = "is marked undone without" if d.undone_at is not None else "was undone but is not marked:"
            problems.append(TrailProblem(f"claim {claim_id}: decision #{d.id} {what} an undo in the trail", claim_id))
        if d.superseded_by is not None:
            newer = decision_events.get(d.superseded_by)
            if newer is None or (newer.details or {}).get("replaced") != d.id:
                problems.append(TrailProblem(
                    f"claim {claim_id}: decision #{d.id} is marked replaced by #{d.superseded_by}, which the trail "
                    "does not record", claim_id,
                ))  # fmt: skip

    # every claim's status is what its live decision on the current revision says
    current = {pk: d for d in rows if d.superseded_by is None and d.undone_at is None for pk in [d.claim_pk]}
    revisions = dict(s.execute(select(m.ClaimRevision.id, m.ClaimRevision.revision)).all())
    for c in s.scalars(select(m.Claim).order_by(m.Claim.id)):
        live = current.get(c.id)
        if live is not None and revisions.get(live.revision_id) != c.current_revision:
            live = None
        wanted_status = live.decision if live is not None else TO_REVIEW
        wanted_decision = live.decision if live is not None else None
        if c.status != wanted_status or c.decision != wanted_decision:
            problems.append(TrailProblem(
                f"claim {c.claim_id}: its status is {c.status.replace('_', ' ')} but its recorded decisions make it "
                f"{wanted_status.replace('_', ' ')}",
                c.claim_id,
            ))  # fmt: skip
    del by_id
    problems.extend(_guards(s, postgresql=postgresql))
    return TrailReport(count, len(rows), len(claim_ids), head, tuple(problems))


def _export_entry(d: m.DecisionRow, claim_id: str) -> dict[str, Any]:
    # the same reading of the row as the export's (StoreBase._decision_of)
    from poe_reviewer.storage.store_base import StoreBase

    return StoreBase._decision_of(d, claim_id).to_export_json()


def _guards(s: Session, *, postgresql: bool) -> list[TrailProblem]:
    if postgresql:
        found = set(
            s.scalars(
                text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal "
                    "AND tgenabled <> 'D'"
                )
            )
        )
        wanted = POSTGRES_GUARDS
    else:
        found = set(
            s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'"))
        )
        wanted = SQLITE_GUARDS
    missing = [g for g in wanted if g not in found]
    if not missing:
        return []
    return [TrailProblem(f"the append-only guard of the audit trail was removed or disabled ({', '.join(missing)})")]
