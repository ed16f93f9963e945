"""A reviewer's decision on a claim, validated, and its entry in the decision export (spec section 4).

:func:`make_decision` turns what the reviewer chose (Approve, Reject, Action Required, optionally
one verdict per workload of a CPOR claim) into a :class:`Decision`, or raises a
:class:`DecisionError` whose message tells the reviewer what to change. The rules, from the seed:

* a rejection or an Action Required must tell the partner why ("A detailed rejection reason
  specific to your claim's circumstances will be provided in the Comment history"), so they need
  a comment; so does a partial approval, for the workloads that were not approved;
* per-workload verdicts are a CPOR feature ("If a claim is partially approved, a new claim will
  be created for the workloads that were not approved"); a Partner Activities claim is decided
  as one engagement;
* with per-workload verdicts the overall decision follows from them: all approved -> approved,
  all rejected -> rejected, any Action Required -> action_required (the spec's section 4 example:
  INTUNE approved, MICROSOFT DEFENDER ENDPOINT action required, decision "action_required" — the
  partner still has something to do), approved and rejected only -> partially_approved.
  Workloads without a verdict of their own take the overall one;
* the partner's deadline (``respond_by``) is set when the decision asks something of the
  partner: Action Required, or a partial approval with Action Required workloads;
* **guarded approval**: a decision that approves anything while a check could not decide
  (``warn``) or could not run (``error``) is refused until the reviewer resolves each such check
  by hand with a short note; approving a whole claim over a check that failed needs the same. The
  resolutions are part of the decision (and of its export entry and audit event), so an approval
  always says who verified what nobody's check could (:func:`checks_to_resolve`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, get_args

from poe_reviewer import clocks
from poe_reviewer.claim import Claim, Workload
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.findings.claim_life import ClaimLife, claim_life
from poe_reviewer.findings.results import STATUSES
from poe_reviewer.identity import email_problem
from poe_reviewer.policy import Policy
from poe_reviewer.templates import CommentTemplate, comment_templates, template_ids

DecisionKind = Literal["approved", "rejected", "action_required", "partially_approved"]
WorkloadDecisionKind = Literal["approved", "rejected", "action_required"]
Verdict = Literal["approve", "reject", "action_required"]

DECISION_KINDS: tuple[DecisionKind, ...] = get_args(DecisionKind)
WORKLOAD_DECISION_KINDS: tuple[WorkloadDecisionKind, ...] = get_args(WorkloadDecisionKind)
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)

_VERDICT_KIND: dict[str, WorkloadDecisionKind] = {
    "approve": "approved",
    "reject": "rejected",
    "action_required": "action_required",
}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: How the conflict block of a claim decided alone, outside its open group, begins its reason.
OVERRIDE_PREFIX = "Decided outside its group: "
#: The shortest note that can say what was confirmed ("ok" or "yes" does not).
MIN_RESOLUTION_NOTE = 8


class DecisionError(PoeReviewerError):
    """A decision the reviewer asked for cannot be recorded as it is; the message says why."""


class UnresolvedChecksError(DecisionError):
    """An approval with checks nobody resolved: ``checks`` maps each open check to its status."""

    def __init__(self, message: str, checks: Mapping[str, str]) -> None:
        super().__init__(message)
        self.checks = dict(checks)


@dataclass(frozen=True)
class Resolution:
    """A check the reviewer confirmed by hand before approving: what the check said, and the note."""

    check: str
    status: str
    note: str

    def to_export_json(self) -> dict[str, Any]:
        return {"check": self.check, "status": self.status, "note": self.note}

    @classmethod
    def from_export_json(cls, data: Mapping[str, Any]) -> Resolution:
        return cls(str(data["check"]), str(data["status"]), str(data["note"]))


def approves_anything(decision: str, workloads: tuple[WorkloadDecision, ...] | None = None) -> bool:
    return decision == "approved" or (
        decision == "partially_approved" and any(w.decision == "approved" for w in workloads or ())
    )


def checks_to_resolve(statuses: Mapping[str, str], decision: str) -> dict[str, str]:
    """The checks a person must resolve before ``decision`` may be saved: for anything approved, every
    check that could not decide or could not run; for a whole approval, every failed check too (a
    partial approval's failure is what its rejected or Action Required workloads answer)."""
    if decision not in ("approved", "partially_approved"):
        return {}
    open_states = ("warn", "error", "fail") if decision == "approved" else ("warn", "error")
    return {c: st for c, st in statuses.items() if st in open_states}


@dataclass(frozen=True)
class WorkloadDecision:
    name: str
    subscription_id: str | None
    decision: WorkloadDecisionKind

    def to_export_json(self) -> dict[str, Any]:
        return {"name": self.name, "subscription_id": self.subscription_id, "decision": self.decision}


@dataclass(frozen=True)
class ConflictInfo:
    """CPOR claims on the same customer/workload decided together ("Conflicting Claims - CPOR")."""

    group_id: str
    claim_ids: tuple[str, ...]
    winner_claim_id: str | None
    reason: str

    def to_export_json(self) -> dict[str, Any]:
        return {
            "group_id": self.group_id,
            "claim_ids": list(self.claim_ids),
            "winner_claim_id": self.winner_claim_id,
            "reason": self.reason,
        }

    @classmethod
    def from_export_json(cls, data: Mapping[str, Any]) -> ConflictInfo:
        winner = data.get("winner_claim_id")
        return cls(
            group_id=str(data["group_id"]),
            claim_ids=tuple(str(c) for c in data["claim_ids"]),
            winner_claim_id=None if winner is None else str(winner),
            reason=str(data["reason"]),
        )


def format_datetime(moment: dt.datetime) -> str:
    """ISO 8601 in UTC with a "Z" (naive values are taken as UTC, as SQLite returns them)."""
    utc = moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)
    return utc.replace(tzinfo=None).isoformat(timespec="auto") + "Z"


def parse_datetime(text: str) -> dt.datetime:
    """Read back :func:`format_datetime` (any ISO 8601 with an offset or "Z") as an aware UTC datetime."""
    parsed = dt.datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return parsed.astimezone(dt.UTC)


@dataclass(frozen=True)
class Decision:
    claim_id: str
    decision: DecisionKind
    workloads: tuple[WorkloadDecision, ...]
    comment: str
    template_id: str | None
    reviewer: str
    #: Aware, UTC.
    decided_at: dt.datetime
    respond_by: dt.date | None
    conflict: ConflictInfo | None
    #: Check id -> status at decision time, in the report's order.
    checks: Mapping[str, str] = field(hash=False)
    bundle_sha256: str
    #: The open checks the reviewer confirmed by hand (guarded approval).
    resolutions: tuple[Resolution, ...] = ()
    #: The revision decided, as the claims system numbers it (1, +1 per resubmission or dispute); None
    #: for decisions recorded before it was kept (their export entry has no ``revision``).
    revision: int | None = None
    #: The decision closes the claim for good: a decision on a dispute, or a rejection that cannot be
    #: disputed (an expired claim cannot be reactivated).
    final: bool = False

    def to_export_json(self) -> dict[str, Any]:
        """One entry of the ``decisions`` array of ``poe-decisions/1``."""
        return {
            "claim_id": self.claim_id,
            "decision": self.decision,
            "workloads": [w.to_export_json() for w in self.workloads],
            "comment": self.comment,
            "template_id": self.template_id,
            "reviewer": self.reviewer,
            "decided_at": format_datetime(self.decided_at),
            "respond_by": self.respond_by.isoformat() if self.respond_by else None,
            "conflict": self.conflict.to_export_json() if self.conflict else None,
            "checks": dict(self.checks),
            "bundle_sha256": self.bundle_sha256,
            # optional (readers that do not know it ignore it): only an approval over open checks has it
            **({"resolutions": [r.to_export_json() for r in self.resolutions]} if self.resolutions else {}),
            # optional (spec section 4): the revision decided and whether the decision is final
            **({"revision": self.revision, "final": self.final} if self.revision is not None else {}),
        }

    @classmethod
    def from_export_json(cls, data: Mapping[str, Any]) -> Decision:
        """The inverse of :meth:`to_export_json` (for storing decisions as their export entry)."""
        decision = str(data["decision"])
        if decision not in DECISION_KINDS:
            raise DecisionError(f"Unknown decision {decision!r} for claim {data.get('claim_id')}.")
        workloads: list[WorkloadDecision] = []
        for w in data["workloads"]:
            kind = str(w["decision"])
            if kind not in WORKLOAD_DECISION_KINDS:
                raise DecisionError(f"Unknown workload decision {kind!r} for {w.get('name')}.")
            sub = w.get("subscription_id")
            workloads.append(WorkloadDecision(str(w["name"]), None if sub is None else str(sub), kind))
        respond = data.get("respond_by")
        conflict = data.get("conflict")
        template = data.get("template_id")
        return cls(
            claim_id=str(data["claim_id"]),
            decision=decision,
            workloads=tuple(workloads),
            comment=str(data["comment"]),
            template_id=None if template is None else str(template),
            reviewer=str(data["reviewer"]),
            decided_at=parse_datetime(str(data["decided_at"])),
            respond_by=dt.date.fromisoformat(respond) if respond else None,
            conflict=ConflictInfo.from_export_json(conflict) if conflict else None,
            checks=MappingProxyType({str(k): str(v) for k, v in data["checks"].items()}),
            bundle_sha256=str(data["bundle_sha256"]),
            resolutions=tuple(Resolution.from_export_json(r) for r in data.get("resolutions") or ()),
            revision=int(data["revision"]) if data.get("revision") is not None else None,
            final=bool(data.get("final", False)),
        )


def derive_decision(kinds: list[WorkloadDecisionKind]) -> DecisionKind:
    """The overall decision that per-workload verdicts add up to."""
    if not kinds:
        raise ValueError("no workload verdicts")
    if all(k == "approved" for k in kinds):
        return "approved"
    if all(k == "rejected" for k in kinds):
        return "rejected"
    if any(k == "action_required" for k in kinds):
        # The spec's own example: approved + action required workloads -> "action_required".
        return "action_required"
    return "partially_approved"


def _label(kind: str) -> str:
    return kind.replace("_", " ")


def _workload_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _workload_verdicts(claim: Claim, verdict: Verdict, given: Mapping[str, str]) -> tuple[WorkloadDecision, ...]:
    """One decision per claimed workload; ``given`` keys are workload names (any case) or
    ``NAME@SUBSCRIPTION_ID`` for one of several subscriptions of the same workload."""
    default = _VERDICT_KIND[verdict]
    chosen: dict[int, WorkloadDecisionKind] = {}
    for key, raw_kind in given.items():
        kind = str(raw_kind).strip().lower()
        kind = _VERDICT_KIND.get(kind, kind)  # "approve" is read as "approved"
        if kind not in WORKLOAD_DECISION_KINDS:
            raise DecisionError(
                f"Workload '{key}': '{raw_kind}' is not a workload decision; use approved, rejected or action_required."
            )
        matches = _matching_workloads(claim.workloads, key)
        if not matches:
            claimed = ", ".join(dict.fromkeys(w.name for w in claim.workloads)) or "none"
            raise DecisionError(f"Workload '{key}' is not on claim {claim.claim_id}. Its workloads are: {claimed}.")
        for index in matches:
            if index in chosen and chosen[index] != kind:
                raise DecisionError(
                    f"Workload '{claim.workloads[index].name}' was given two decisions "
                    f"({_label(chosen[index])} and {_label(kind)})."
                )
            chosen[index] = kind
    return tuple(
        WorkloadDecision(w.name, w.subscription_id, chosen.get(i, default)) for i, w in enumerate(claim.workloads)
    )


def _matching_workloads(workloads: tuple[Workload, ...], key: str) -> list[int]:
    name, _, subscription = key.partition("@")
    if subscription.strip():
        wanted_sub = subscription.strip().casefold()
        return [
            i
            for i, w in enumerate(workloads)
            if _workload_key(w.name) == _workload_key(name) and (w.subscription_id or "").casefold() == wanted_sub
        ]
    return [i for i, w in enumerate(workloads) if _workload_key(w.name) == _workload_key(key)]


def _check_conflict(claim: Claim, conflict: ConflictInfo) -> None:
    if not claim.is_cpor:
        raise DecisionError(
            f"Claim {claim.claim_id} is a Partner Activities claim; conflicting-claim groups are decided for CPOR "
            "claims only."
        )
    if not conflict.group_id.strip():
        raise DecisionError("A conflicting-claim decision needs the id of the conflict group.")
    if len(set(conflict.claim_ids)) < 2:
        raise DecisionError("A conflicting-claim group needs at least two different claims.")
    if claim.claim_id not in conflict.claim_ids:
        raise DecisionError(f"Claim {claim.claim_id} is not in the conflicting-claim group {conflict.group_id}.")
    if conflict.winner_claim_id is not None and conflict.winner_claim_id not in conflict.claim_ids:
        raise DecisionError(
            f"The winning claim {conflict.winner_claim_id} is not in the conflicting-claim group "
            f"{conflict.group_id} ({', '.join(conflict.claim_ids)})."
        )
    if not conflict.reason.strip():
        raise DecisionError("A conflicting-claim decision needs the reason one partner was chosen over the other.")


_VERDICT_WORDS = {"approve": "an approval", "reject": "a rejection", "action_required": "Action Required"}


def fitting_templates(verdicts: set[str], statuses: Mapping[str, str]) -> list[CommentTemplate]:
    """The comment templates that fit a decision of these verdicts on a claim whose checks have these
    statuses: written for one of the verdicts, and about a check that failed, warned or erred (or any)."""
    problems = {c for c, status in statuses.items() if status in ("fail", "warn", "error")}

    def fits(t: CommentTemplate) -> bool:
        specific = [c for c in t.checks if c != "*"]
        return t.verdict in verdicts and (not specific or bool(problems & set(specific)))

    return [t for t in comment_templates() if fits(t)]


def _check_template_fits(template_id: str, verdicts: set[str], statuses: Mapping[str, str]) -> None:
    """A comment must fit the decision: a template written for another decision, or for a problem this
    claim does not have, is refused with the templates that do fit (issue: comments that contradict
    the decision are a guard a reviewer must not bypass by accident)."""
    template = next(t for t in comment_templates() if t.id == template_id)
    fitting = fitting_templates(verdicts, statuses)
    if template in fitting:
        return
    listed = ", ".join(t.id for t in fitting) or "none"
    decided = " or ".join(_VERDICT_WORDS.get(v, v) for v in sorted(verdicts))
    if template.verdict not in verdicts:
        why = f"is written for {_VERDICT_WORDS.get(template.verdict, template.verdict)}; this decision is {decided}"
    else:
        specific = ", ".join(c for c in template.checks if c != "*")
        why = f"explains a problem with {specific}, and that check neither failed nor warned on this claim"
    raise DecisionError(
        f"The comment template '{template_id}' ({template.title}) {why}. Templates that fit: {listed} "
        "(`poe-reviewer templates --claim CLAIM_ID` lists them)."
    )


def make_decision(
    claim: Claim,
    verdict: Literal["approve", "reject", "action_required"],
    *,
    reviewer: str,
    comment: str,
    template_id: str | None,
    workload_verdicts: Mapping[str, WorkloadDecisionKind] | None,
    check_statuses: Mapping[str, str],
    bundle_sha256: str,
    decided_at: dt.datetime,
    policy: Policy,
    conflict: ConflictInfo | None = None,
    resolutions: Mapping[str, str] | None = None,
) -> Decision:
    """Validate the reviewer's choice and build the decision (raises :class:`DecisionError`).

    ``resolutions``: check id -> the reviewer's note of what they confirmed by hand; required for every
    check :func:`checks_to_resolve` names (else :class:`UnresolvedChecksError`)."""
    if verdict not in VERDICTS:
        raise DecisionError(f"'{verdict}' is not a decision; choose approve, reject or action_required.")
    if decided_at.tzinfo is None:
        # A programming error, not the reviewer's: local and UTC times must never be mixed up.
        raise ValueError("decided_at must be timezone-aware")
    decided_utc = decided_at.astimezone(dt.UTC).replace(microsecond=0)
    problem = email_problem(reviewer)
    if problem:
        raise DecisionError(f"A decision names its reviewer by e-mail address: {problem}.")
    reviewer = reviewer.strip()
    sha = bundle_sha256.strip().lower()
    if not _SHA256.match(sha):
        raise DecisionError(
            f"The bundle digest '{bundle_sha256}' is not a SHA-256; the decision must name the evidence it was made on."
        )
    statuses: dict[str, str] = {}
    for check_id, status in check_statuses.items():
        if status not in STATUSES:
            raise DecisionError(f"Check '{check_id}' has the unknown status '{status}'.")
        statuses[str(check_id)] = str(status)
    if template_id is not None and template_id not in template_ids():
        raise DecisionError(f"There is no comment template '{template_id}'.")

    if workload_verdicts:
        if not claim.is_cpor:
            raise DecisionError(
                f"Claim {claim.claim_id} is a Partner Activities claim: it is decided as one engagement, "
                "per-workload decisions are for CPOR claims only."
            )
        workloads = _workload_verdicts(claim, verdict, workload_verdicts)
        decision = derive_decision([w.decision for w in workloads])
        chosen = _VERDICT_KIND[verdict]
        if decision != "partially_approved" and decision != chosen:
            raise DecisionError(
                f"You chose {_label(chosen)}, but the workload decisions add up to {_label(decision)}; "
                f"choose {_label(decision)} or change the workload decisions."
            )
    else:
        kind = _VERDICT_KIND[verdict]
        workloads = tuple(WorkloadDecision(w.name, w.subscription_id, kind) for w in claim.workloads)
        decision = kind
    if template_id is not None:
        # a partial decision may use the template of any verdict its workloads were given
        given = {verdict, *(v for v, k in _VERDICT_KIND.items() if any(w.decision == k for w in workloads))}
        _check_template_fits(template_id, given, statuses)

    comment = comment.strip()
    if not comment:
        if decision == "rejected":
            raise DecisionError("A rejection needs a comment for the partner.")
        if decision == "action_required":
            raise DecisionError("An Action Required decision needs a comment telling the partner what to fix.")
        if decision == "partially_approved":
            raise DecisionError("A partial approval needs a comment explaining the workloads that were not approved.")

    if conflict is not None:
        _check_conflict(claim, conflict)
    resolved = _resolutions(claim.claim_id, decision, statuses, resolutions or {})

    asks_partner = decision == "action_required" or (
        decision == "partially_approved" and any(w.decision == "action_required" for w in workloads)
    )
    life = claim_life(claim, policy)
    if life.is_dispute and asks_partner:
        raise DecisionError(
            f"Claim {claim.claim_id} is a dispute: a decision on a dispute is final, so the partner cannot be "
            "asked for anything again (seed: Disputing a rejection). Approve what the dispute resolves and "
            "reject the rest."
        )
    return Decision(
        claim_id=claim.claim_id,
        decision=decision,
        workloads=workloads,
        comment=comment,
        template_id=template_id,
        reviewer=reviewer,
        decided_at=decided_utc,
        respond_by=clocks.respond_by(claim, decided_utc, policy) if asks_partner else None,
        conflict=conflict,
        checks=MappingProxyType(statuses),
        bundle_sha256=sha,
        resolutions=resolved,
        revision=life.revision,
        final=_is_final(claim, decision, life, statuses),
    )


def _is_final(claim: Claim, decision: str, life: ClaimLife, statuses: Mapping[str, str]) -> bool:
    """Whether the decision closes the claim for good (spec section 4, ``final``): any decision on a
    dispute ("If your submitted dispute is rejected, this is a final decision"; an approval is the last
    word too), and the rejection of an expired Partner Activities claim ("Expired claims cannot be
    reactivated"). A CPOR claim rejected for a late answer to Action Required can still be disputed."""
    if life.is_dispute:
        return True
    return decision == "rejected" and claim.is_partner_activities and statuses.get("submission_window") == "fail"


def _resolutions(
    claim_id: str, decision: str, statuses: Mapping[str, str], given: Mapping[str, str]
) -> tuple[Resolution, ...]:
    """The resolutions of a decision, in the report's order; refuses a missing, empty or misplaced one."""
    notes = {str(k).strip(): " ".join(str(v).split()) for k, v in given.items()}
    unknown = [c for c in notes if c not in statuses]
    if unknown:
        raise DecisionError(
            f"Claim {claim_id} has no check {', '.join(repr(c) for c in unknown)}; its checks are: "
            f"{', '.join(statuses) or 'none'}."
        )
    settled = [c for c in notes if statuses[c] in ("pass", "not_applicable")]
    if settled:
        raise DecisionError(
            f"Nothing to resolve for {', '.join(settled)} on claim {claim_id}: "
            f"{'it' if len(settled) == 1 else 'they'} did not fail, warn or err."
        )
    short = [c for c, note in notes.items() if len(note) < MIN_RESOLUTION_NOTE]
    if short:
        raise DecisionError(
            f"Say what you confirmed for {', '.join(short)} (at least {MIN_RESOLUTION_NOTE} characters): the note "
            "is the evidence that a person checked what the program could not."
        )
    needed = checks_to_resolve(statuses, decision)
    missing = {c: st for c, st in needed.items() if c not in notes}
    if missing:
        listed = ", ".join(f"{c} ({st})" for c, st in missing.items())
        raise UnresolvedChecksError(
            f"Claim {claim_id} cannot be {_label(decision)} yet: {len(missing)} check(s) are open — {listed}. "
            "Confirm each by hand and resolve it with a short note of what you verified, or choose Reject or "
            "Action Required.",
            missing,
        )
    return tuple(Resolution(c, statuses[c], notes[c]) for c in statuses if c in notes)
