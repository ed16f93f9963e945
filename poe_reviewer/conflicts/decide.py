"""The group's decision: one winner per workload, the others rejected or asked for new POE."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from poe_reviewer.conflicts.groups import (
    OTHERS,
    SEED,
    TEMPLATE_APPROVE,
    TEMPLATE_REJECT,
    TEMPLATE_UPDATE_POE,
    ConflictGroup,
    WorkloadKeys,
)
from poe_reviewer.conflicts.records import ClaimRecord
from poe_reviewer.names import fold, name_pattern, tokens
from poe_reviewer.policy import Policy
from poe_reviewer.review import DecisionError, Verdict, WorkloadDecisionKind, derive_decision
from poe_reviewer.templates import long_date, render_comment


# -- the group's decision ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlannedDecision:
    """What the group decision does to one claim, before it is validated and saved."""

    claim_id: str
    verdict: Verdict
    #: ``NAME`` or ``NAME@SUBSCRIPTION_ID`` -> decision, for every workload of the claim.
    workload_verdicts: Mapping[str, WorkloadDecisionKind]
    template_id: str
    #: Contested workloads this claim won and lost.
    won: tuple[str, ...]
    lost: tuple[str, ...]
    #: The claim's other workloads and their verdicts.
    uncontested: Mapping[str, WorkloadDecisionKind] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return derive_decision(list(self.workload_verdicts.values()))


_KINDS: dict[str, WorkloadDecisionKind] = {
    "approve": "approved",
    "approved": "approved",
    "reject": "rejected",
    "rejected": "rejected",
    "action_required": "action_required",
}
_VERDICT_OF: dict[str, Verdict] = {
    "approved": "approve",
    "rejected": "reject",
    "action_required": "action_required",
    "partially_approved": "approve",
}


def _brand(name: str, domains: Sequence[str]) -> str | None:
    """The word people call the partner by ("Brightwave" for Brightwave Consulting Group): the first word
    of its name when its web domain starts with it, so that a common first word ("Global") rarely counts."""
    words = tokens(name)
    if not words or len(words[0]) < 5:
        return None
    first = words[0]
    labels = [re.sub(r"[^a-z0-9]", "", d.split(".")[0].lower()) for d in domains if d]
    return first if any(label.startswith(first) for label in labels) else None


def check_reason(group: ConflictGroup, records: Mapping[str, ClaimRecord], reason: str) -> str:
    """The reason, stripped; refused when it names a partner of the group or another claim.

    The reason goes into every claim's comment, and a partner must never read another partner's
    name or claim (templates.toml keeps other partners' details out of comments for the same reason).
    """
    text = reason.strip()
    if not text:
        raise DecisionError("A conflicting-claim decision needs the reason one partner was chosen over the other.")
    folded = fold(text)
    for claim_id in group.claim_ids:
        record = records.get(claim_id)
        if re.search(rf"(?<![\w]){re.escape(claim_id)}(?![\w])", text):
            raise DecisionError(
                f"The reason goes into every partner's comment, and it names claim {claim_id}: describe the proof "
                "of execution without naming the claims or partners."
            )
        if record is None:
            continue
        partner = record.claim.partner
        pattern = name_pattern(partner.name)
        named = pattern is not None and pattern.search(folded) is not None
        named = named or any(d and d in folded for d in partner.domains)
        brand = _brand(partner.name, partner.domains)
        named = named or (
            brand is not None and re.search(rf"(?<![^\W_]){re.escape(brand)}(?![^\W_])", folded) is not None
        )
        if named:
            raise DecisionError(
                f"The reason goes into every partner's comment, and it names the partner {partner.name} "
                f"(claim {claim_id}): describe the proof of execution without naming the partners."
            )
    return text


def plan_group_decision(
    group: ConflictGroup,
    records: Mapping[str, ClaimRecord],
    *,
    winner: str,
    workload_winners: Mapping[str, str] | None = None,
    others: str = "reject",
    uncontested: Mapping[str, Mapping[str, str]] | None = None,
    window_end: dt.date | None = None,
    today: dt.date,
    policy: Policy,
) -> tuple[PlannedDecision, ...]:
    """One planned decision per claim of the group (raises :class:`DecisionError` with what to change).

    ``workload_winners``: contested workload (name, or ``NAME@SUBSCRIPTION_ID``) -> claim id; the
    others go to ``winner``. ``others``: ``reject`` or ``action_required`` (only while the window is
    open). ``uncontested``: claim id -> {workload: decision} for the workloads of a claim that no
    other partner claims; without one they are approved when the claim's checks recommend approval,
    and must be given otherwise.
    """
    if others not in OTHERS:
        raise DecisionError(f"'{others}' is not what can happen to the other claims; use reject or action_required.")
    if winner not in group.claim_ids:
        raise DecisionError(
            f"Claim {winner} is not in the conflicting-claim group {group.group_id} ({', '.join(group.claim_ids)})."
        )
    if others == "action_required" and window_end is not None and today > window_end:
        raise DecisionError(
            f"The fourteen-day window of group {group.group_id} ended on {window_end.isoformat()}: after it the "
            "latest POE decides, so the other claims are rejected, not asked for an up-to-date POE "
            f"(seed: {SEED})."
        )
    missing = [c for c in group.claim_ids if c not in records]
    if missing:
        raise DecisionError(f"Claim(s) {', '.join(missing)} of group {group.group_id} could not be read.")

    chosen: dict[str, str] = {}
    for name, claim_id in (workload_winners or {}).items():
        cw = group.workload(name)
        if cw is None:
            contested = ", ".join(x.key for x in group.workloads)
            raise DecisionError(
                f"'{name}' is not a contested workload of group {group.group_id} (contested: {contested}; give "
                "NAME@SUBSCRIPTION_ID where one workload has several subscriptions)."
            )
        if claim_id not in cw.claim_ids:
            raise DecisionError(
                f"Claim {claim_id} did not claim {cw.label}; the claims on it are {', '.join(cw.claim_ids)}."
            )
        if cw.key in chosen and chosen[cw.key] != claim_id:
            raise DecisionError(f"{cw.label} was given two winners ({chosen[cw.key]} and {claim_id}).")
        chosen[cw.key] = claim_id
    for cw in group.workloads:
        if cw.key in chosen:
            continue
        if winner not in cw.claim_ids:
            raise DecisionError(
                f"The winning claim {winner} did not claim {cw.label}: name its winner with --workload "
                f"'{cw.key}=CLAIM_ID' (one of {', '.join(cw.claim_ids)})."
            )
        chosen[cw.key] = winner
    if winner not in chosen.values():
        raise DecisionError(f"The winning claim {winner} wins none of the contested workloads.")

    lose_kind: WorkloadDecisionKind = "rejected" if others == "reject" else "action_required"
    keys = WorkloadKeys(policy)
    given = {c: dict(v) for c, v in (uncontested or {}).items()}
    unknown = [c for c in given if c not in group.claim_ids]
    if unknown:
        raise DecisionError(f"Claim(s) {', '.join(unknown)} are not in group {group.group_id}.")
    plans: list[PlannedDecision] = []
    for claim_id in group.claim_ids:
        record = records[claim_id]
        claim = record.claim
        verdicts: dict[str, WorkloadDecisionKind] = {}
        won: list[str] = []
        lost: list[str] = []
        kept: dict[str, WorkloadDecisionKind] = {}
        own = {" ".join(k.split()).casefold(): v for k, v in given.get(claim_id, {}).items()}
        used: set[str] = set()
        for w in claim.workloads:
            label = f"{w.name}@{w.subscription_id}" if w.subscription_id else w.name
            key = keys.of(claim, w)
            if key in chosen:
                kind: WorkloadDecisionKind = "approved" if chosen[key] == claim_id else lose_kind
                (won if kind == "approved" else lost).append(w.name)
                verdicts[label] = kind
                continue
            raw = None
            for k in (label, w.name):
                folded = " ".join(k.split()).casefold()
                if folded in own:
                    raw = own[folded]
                    used.add(folded)
                    break
            if raw is None:
                if record.recommendation != "approve":
                    raise DecisionError(
                        f"Claim {claim_id} also claims {w.name}, which no other partner claims, and its checks "
                        f"recommend {record.recommendation.replace('_', ' ')}: give that workload's decision "
                        f"(--uncontested {claim_id}:{w.name}=approved|rejected|action_required)."
                    )
                raw = "approved"
            kind_ = _KINDS.get(str(raw).strip().lower())
            if kind_ is None:
                raise DecisionError(f"'{raw}' is not a workload decision; use approved, rejected or action_required.")
            verdicts[label] = kind_
            kept[w.name] = kind_
        extra = set(own) - used
        if extra:
            raise DecisionError(
                f"Claim {claim_id}: {', '.join(sorted(extra))} is not one of its uncontested workloads."
            )
        overall = derive_decision(list(verdicts.values()))
        if lost:
            template = TEMPLATE_REJECT if lose_kind == "rejected" else TEMPLATE_UPDATE_POE
        elif "action_required" in verdicts.values():
            template = TEMPLATE_UPDATE_POE
        elif "rejected" in verdicts.values():
            template = TEMPLATE_REJECT
        else:
            template = TEMPLATE_APPROVE
        plans.append(
            PlannedDecision(
                claim_id=claim_id,
                verdict=_VERDICT_OF[overall],
                workload_verdicts=verdicts,
                template_id=template,
                won=tuple(dict.fromkeys(won)),
                lost=tuple(dict.fromkeys(lost)),
                uncontested=kept,
            )
        )
    return tuple(plans)


def render_group_comment(
    plan: PlannedDecision,
    record: ClaimRecord,
    *,
    reason: str,
    reviewer_name: str,
    window_end: dt.date | None,
    respond_by: dt.date | None,
    policy: Policy,
) -> str:
    """The comment of one claim of the group decision: its template, carrying the group's reason."""
    extra: dict[str, str] = {}
    if plan.template_id == TEMPLATE_APPROVE:
        extra["note"] = reason
    else:
        extra["reason"] = reason
        if plan.lost and set(plan.lost) != {w.name for w in record.claim.workloads}:
            extra["workloads"] = ", ".join(plan.lost)
        approved = [w for w, k in plan.workload_verdicts.items() if k == "approved"]
        if approved:
            extra["approved"] = ", ".join(dict.fromkeys(a.split("@", 1)[0] for a in approved))
        if window_end is not None:
            extra["conflict_until"] = long_date(window_end)
            # the window runs from the recorded notification: only then may the comment say it happened
            extra["notified"] = "yes"
    return render_comment(
        plan.template_id,
        record.claim,
        record.checks,
        reviewer_name=reviewer_name,
        extra=extra,
        respond_by=respond_by,
        policy=policy,
    )
