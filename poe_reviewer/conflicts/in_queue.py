"""Conflicting claims checked in one queue: what the comparison means for each claim's recommendation.

Reviewers check a queue, and two partners' CPOR claims on one customer's workload meet in it. Only one partner
can be the partner of record for a workload; the POE team compares the partners' proof of execution to find who
drove the most influence (seed, "Conflicting Claims - CPOR"). ``poe-reviewer check --queue`` applies the
comparison the compare view shows (:func:`~poe_reviewer.conflicts.suggest.suggest`: the valid, most detailed
POE leads) to the claims that do not win, and says so in the report's ``conflict``:

* a claim whose own POE would pass, against another claim's valid POE that is clearly more detailed: reject;
  when the two are too close to call, both are ``review`` (a person compares them side by side);
* a claim that needs action on its own: action required (the associated partner has fourteen days to provide
  an up-to-date POE) — unless the claim already answers the conflict notice ("the latest POE will get reviewed
  to make the final decision"): reject;
* a claim rejected on its own stays rejected; a claim the checks could not decide stays ``review``.

Only a winner whose POE is valid for the workload decides anything: without one, every claim keeps what its own
checks say. A claim that loses some workloads but claims others nobody contests keeps its own recommendation
(the reviewer approves it partially); the report still names the conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from poe_reviewer.claim import Claim
from poe_reviewer.clocks import conflict_days
from poe_reviewer.conflicts.facts import PoeFacts, poe_facts
from poe_reviewer.conflicts.groups import ClaimedWorkload, ConflictGroup, Contender, WorkloadKeys, find_groups
from poe_reviewer.conflicts.records import SEED, ClaimRecord, customer_key
from poe_reviewer.conflicts.suggest import Standing, suggest
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.report import QueueConflict, Report

#: Standing.validity of a POE that passes every requirement for the workload.
_VALID = 2


@dataclass(frozen=True)
class NoticeWords:
    """``deadlines.toml`` ``[conflict_notice]``: how a conflict notice reads, and what lead is clear."""

    patterns: tuple[re.Pattern[str], ...]
    clear_lead: int
    #: calendar days the associated partner has to answer (``[cpor] conflicting_claim_days``)
    days: int

    @classmethod
    def from_policy(cls, policy: Policy) -> NoticeWords:
        section = policy["deadlines"].get("conflict_notice", {})
        if not isinstance(section, dict):
            raise PolicyError("deadlines.toml: [conflict_notice] must be a table")
        patterns = section.get("patterns", [])
        if not isinstance(patterns, list):
            raise PolicyError("deadlines.toml: [conflict_notice] patterns must be a list of regular expressions")
        lead = section.get("clear_lead", 2)
        if not isinstance(lead, int) or lead < 0:
            raise PolicyError("deadlines.toml: [conflict_notice] clear_lead must be a whole number, 0 or more")
        return cls(tuple(re.compile(str(p), re.IGNORECASE) for p in patterns), lead, conflict_days(policy))

    def answered(self, claim: Claim) -> str | None:
        """The notice this submission answers (a notice by the claims system or the review team, before the
        submission under review), quoted; None when the claim was submitted before any notice."""
        said = [(c.at, c.text) for c in claim.comments if c.author.casefold() != "partner"]
        said += [(h.at, h.action) for h in claim.history]
        for at, text in sorted(said, key=lambda item: item[0]):
            if at < claim.submitted_at and any(rx.search(text) for rx in self.patterns):
                return " ".join(text.split())
        return None


def contender(claim: Claim, keys: WorkloadKeys) -> Contender:
    """What finding conflicts needs of a claim checked in the queue (nothing decided yet)."""
    return Contender(
        claim_id=claim.claim_id,
        partner_name=claim.partner.name,
        location_id=claim.partner.location_id or claim.partner.name,
        customer_key=customer_key(claim),
        customer_name=claim.customer.name,
        claim_kind=claim.claim_kind,
        workloads=tuple(ClaimedWorkload(w.name, w.subscription_id, keys.of(claim, w)) for w in claim.workloads),
        submitted_at=claim.submitted_at,
    )


def settle(checked: Sequence[tuple[Claim, Report]], policy: Policy | None = None) -> dict[str, Report]:
    """The reports of ``checked`` that a conflict in the queue changes (by claim id), each with its
    ``conflict`` set; every other report stands as it is."""
    policy = policy or load_policy()
    keys = WorkloadKeys(policy)
    cpor = [(claim, report) for claim, report in checked if claim.program == "cpor"]
    groups = find_groups(contender(claim, keys) for claim, _ in cpor)
    if not groups:
        return {}
    words = NoticeWords.from_policy(policy)
    by_id = {claim.claim_id: (claim, report) for claim, report in cpor}
    out: dict[str, Report] = {}
    for group in groups:
        records = {c: ClaimRecord(by_id[c][0], tuple(by_id[c][1].checks), recommendation=by_id[c][1].recommendation)
                   for c in group.claim_ids}  # fmt: skip
        facts = {c: poe_facts(records[c], policy, keys) for c in group.claim_ids}
        out.update(_settle_group(group, records, facts, {c: by_id[c][1] for c in group.claim_ids}, keys, words))
    return out


def _settle_group(
    group: ConflictGroup,
    records: Mapping[str, ClaimRecord],
    facts: Mapping[str, PoeFacts],
    reports: Mapping[str, Report],
    keys: WorkloadKeys,
    words: NoticeWords,
) -> dict[str, Report]:
    suggestion = suggest(group, records, facts, window_open=True)
    # only a rival that could be approved on its own makes a race close (a copy of the winner's own evidence
    # fails elsewhere)
    approvable = frozenset(c for c in group.claim_ids if records[c].recommendation == "approve")
    out: dict[str, Report] = {}
    for c in group.claim_ids:
        record = records[c]
        own = record.recommendation
        contested = group.workloads_of(c)
        lost = [w for w in contested if suggestion.winners.get(w.key) != c]
        recommendation, why = own, ""
        if not lost:
            # A winner too close to a valid rival is not a winner yet.
            close = [
                r for w in contested if (r := _rival_too_close(suggestion.ranking.get(w.key, ()), words, approvable))
            ]
            if close and own == "approve":
                recommendation = "review"
                why = (f"claim {close[0].claim_id}'s valid POE is as detailed as this claim's: compare the two side "
                       "by side to decide which partner drove the most influence")  # fmt: skip
        else:
            w = lost[0]
            ranking = suggestion.ranking.get(w.key, ())
            winner = ranking[0] if ranking else None
            mine = next((s for s in ranking if s.claim_id == c), None)
            claimed = {keys.of(record.claim, cw) for cw in record.claim.workloads}
            uncontested = claimed - {cw.key for cw in contested}
            if winner is None or mine is None or winner.validity < _VALID:
                why = "no claim of the group has valid POE for the workload yet: each stands on its own checks"
            elif uncontested:
                why = (f"claim {winner.claim_id} has the stronger POE for {w.label}; this claim's other workloads are "
                       "not contested")  # fmt: skip
            else:
                recommendation, why = _loser(own, mine, winner, w.label, record.claim, words)
        conflict = QueueConflict(
            group_id=group.group_id,
            claim_ids=group.claim_ids,
            winner_claim_id=suggestion.winner_claim_id,
            recommendation_alone=own,
            reason=why or f'this claim has the strongest POE of the group (seed, "{SEED}")',
        )
        out[c] = replace(reports[c], recommendation=recommendation, conflict=conflict)
    return out


def _rival_too_close(
    ranking: Sequence[Standing], words: NoticeWords, approvable: frozenset[str] | None = None
) -> Standing | None:
    """The runner-up of a workload when both POE are valid (and the runner-up approvable, where known) and the
    leader's detail is not clearly more."""
    if len(ranking) < 2:
        return None
    first, second = ranking[0], ranking[1]
    if first.validity < _VALID or second.validity < _VALID:
        return None
    if approvable is not None and second.claim_id not in approvable:
        return None
    if first.detail > second.detail or first.richness - second.richness >= words.clear_lead:
        return None
    return second


def _loser(own: str, mine: Standing, winner: Standing, label: str, claim: Claim, words: NoticeWords) -> tuple[str, str]:
    """The recommendation of a claim that does not win ``label`` against ``winner``'s valid POE, and why."""
    better = f"claim {winner.claim_id}'s POE for {label} is valid and leads the comparison ({winner.describe()})"
    if own == "reject":
        return "reject", f"{better}; this claim cannot be approved on its own checks either"
    if own == "approve":
        if mine.validity >= _VALID and _rival_too_close((winner, mine), words) is not None:
            return "review", (
                f"claim {winner.claim_id}'s valid POE for {label} is as detailed as this claim's: "
                "compare the two side by side to decide which partner drove the most influence"
            )
        return "reject", (
            f"{better}: only one partner can be the partner of record for a workload, the one whose POE "
            f'shows the most influence (seed, "{SEED}")'
        )
    if own == "action_required":
        notice = words.answered(claim)
        if notice is not None:
            return "reject", (
                f"{better}; this submission already answers the conflict notice ('{notice[:120]}') and "
                f'its POE does not hold: the latest POE decides (seed, "{SEED}")'
            )
        return "action_required", (
            f"{better}; the associated partner has {words.days} calendar days to "
            f'provide an up-to-date POE (seed, "{SEED}")'
        )
    return own, f"{better}; this claim's own checks need a person first"
