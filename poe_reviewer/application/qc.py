"""Second-level quality control: which decisions a second reviewer checks before they are exported.

The team's policy (``resources/policy/qc.toml``) draws a share of each reviewer's decisions, and always takes
some kinds (every rejection) and every Partner Activities claim paying more than an amount. Storage runs this
rule inside the transaction that saves a decision (storage/rules.py, :class:`QcRules`), so a decision is never
saved without its QC draw. The draw is computed from the decision itself, so it is the same on every machine
of a team and nobody picks which of their decisions are checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from poe_reviewer.claim import Claim
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import Policy
from poe_reviewer.review import Decision, Verdict, WorkloadDecisionKind, make_decision
from poe_reviewer.storage.store import ReviewStore
from poe_reviewer.storage.store_records import StoredDecision

#: Why a decision was drawn for QC (kept with it and shown to the QC reviewer).
SAMPLED = "sample"
ALWAYS_KIND = "kind"
AMOUNT = "amount"
_KINDS = ("approved", "rejected", "action_required", "partially_approved")


@dataclass(frozen=True)
class QcPolicy:
    """``qc.toml``: the share drawn, the decision kinds always checked, the Partner Activities amount."""

    share: float
    always: tuple[str, ...]
    above_usd: float | None
    #: False: no decision is drawn (one reviewer alone has nobody to check their decisions)
    enabled: bool = True

    @classmethod
    def from_policy(cls, policy: Policy) -> QcPolicy:
        section: Mapping[str, Any] = policy["qc"].get("sample", {}) if "qc" in policy else {}
        share = section.get("share", 0.0)
        if not isinstance(share, int | float) or not 0 <= share <= 1:
            raise PolicyError("qc.toml: [sample] share must be a number from 0 to 1")
        always = section.get("always", [])
        if not isinstance(always, list) or any(k not in _KINDS for k in always):
            raise PolicyError(f"qc.toml: [sample] always must list decision kinds ({', '.join(_KINDS)})")
        above = section.get("partner_activities_above_usd")
        if above is not None and (not isinstance(above, int | float) or above < 0):
            raise PolicyError("qc.toml: [sample] partner_activities_above_usd must be an amount in USD, 0 or more")
        enabled = section.get("enabled", False)
        if not isinstance(enabled, bool):
            raise PolicyError("qc.toml: [sample] enabled must be true or false")
        return cls(float(share), tuple(always), float(above) if above is not None else None, enabled)


def drawn(decision: Decision, share: float) -> bool:
    """Whether the decision falls in the ``share`` drawn: a hash of what the decision is, read as a number
    from 0 to 1 (the same decision always gives the same answer)."""
    if share <= 0:
        return False
    key = f"{decision.claim_id}|{decision.revision}|{decision.reviewer.casefold()}|{decision.decided_at.isoformat()}"
    point = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") / 2**64
    return point < share


class QcQueue(ReviewStore):
    """The queue's QC services over the store's QC records (storage/store_qc.py)."""

    def overturn(
        self,
        claim_id: str,
        verdict: Verdict,
        *,
        reason: str,
        reviewer: str | None = None,
        comment: str = "",
        template_id: str | None = None,
        workload_verdicts: Mapping[str, WorkloadDecisionKind] | None = None,
        resolutions: Mapping[str, str] | None = None,
    ) -> StoredDecision:
        """Second-level QC: overturn the decision under QC with the QC reviewer's own, made with the guards of
        :meth:`decide` (an approval over open checks needs its resolutions); ``reason`` is recorded."""
        who = (reviewer or self.actor).strip()

        def build(claim: Claim, statuses: dict[str, str], bundle_sha256: str, now: dt.datetime) -> Decision:
            return make_decision(
                claim, verdict, reviewer=who, comment=comment, template_id=template_id,
                workload_verdicts=workload_verdicts, check_statuses=statuses, bundle_sha256=bundle_sha256,
                decided_at=now, policy=self.policy, resolutions=resolutions,
            )  # fmt: skip

        return self.qc_overturn(claim_id, build, by=who, reason=reason)


class QueueQcRules:
    """The QC rule storage runs when it saves a decision (storage/rules.py ``QcRules``)."""

    def __init__(self, policy: Policy) -> None:
        self.settings = QcPolicy.from_policy(policy)

    def sample(self, claim: Claim, decision: Decision) -> tuple[str, ...]:
        """Why ``decision`` goes to QC (empty: it does not)."""
        if not self.settings.enabled:
            return ()
        reasons: list[str] = []
        if decision.decision in self.settings.always:
            reasons.append(ALWAYS_KIND)
        payout = claim.engagement.proposed_payout_usd if claim.engagement is not None else None
        above = self.settings.above_usd
        if claim.program == "partner_activities" and above is not None and payout is not None and payout > above:
            reasons.append(AMOUNT)
        if drawn(decision, self.settings.share):
            reasons.append(SAMPLED)
        return tuple(reasons)


def describe_reasons(reasons: tuple[str, ...] | list[str], settings: QcPolicy) -> str:
    """Why a decision is under QC, for the QC reviewer."""
    words = {
        SAMPLED: f"drawn at random ({settings.share:.0%} of each reviewer's decisions)",
        ALWAYS_KIND: "every decision of its kind is checked",
        AMOUNT: f"a Partner Activities claim paying more than USD {settings.above_usd:,.0f}",
    }
    return "; ".join(words.get(r, r) for r in reasons)
