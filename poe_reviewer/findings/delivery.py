"""Delivery: whether the POE itself shows that a partner-activity engagement was not delivered.

The guide pays for a delivered engagement ("The following activities must be completed for your customer
engagement to be considered fully delivered", AMMP App/Data Modernization (Small) | Summary). Where the
engagement's core work is a migration or a modernization, the POE or the customer's survey saying that work
was stopped, deferred or not done is the partner's own evidence against the claim. The engagements and the
wording are policy (``resources/policy/activity.toml``, ``[delivery]``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Document, Hit
from poe_reviewer.policy import Policy


@dataclass(frozen=True)
class NotDelivered:
    """The words that say the engagement's core work was not done, and where."""

    hit: Hit
    engagement: str
    #: the rule's place in the guide, as "seed: ..."
    seed: str
    #: stopped for good (rejected), rather than a required activity not done yet (action required)
    stopped: bool

    @property
    def summary(self) -> str:
        said = f"'{self.hit.quote}'"
        if self.stopped:
            return f"The POE shows the {self.engagement} engagement was stopped, not delivered: {said} ({self.seed})."
        return (
            f"The POE shows a required activity of the {self.engagement} engagement is not done yet: {said}; the "
            f"engagement is not fully delivered ({self.seed})."
        )


def not_delivered(claim: Claim, documents: Sequence[Document], policy: Policy) -> NotDelivered | None:
    """The first place in the POE or the customer's survey saying the claimed engagement's core work (a
    migration or a modernization) was stopped, else that a required activity is not done yet; None for other
    claims or where nothing says so."""
    section = policy["activity"].get("delivery", {})
    activity = claim.engagement
    if not claim.is_partner_activities or activity is None or not section:
        return None
    engagement = f"{activity.id} {activity.name}"
    if not any(re.search(p, engagement, re.IGNORECASE) for p in section.get("engagements", [])):
        return None
    roles = set(section.get("roles", []))
    docs = [d for top in documents for d in top.walk() if d.role in roles and d.error is None]
    for key, stopped in (("stopped", True), ("not_done", False)):
        for rx in (re.compile(p, re.IGNORECASE) for p in section.get(key, [])):
            for doc in docs:
                hits = doc.search(rx)
                if hits:
                    return NotDelivered(hits[0], activity.name, f"seed: {section.get('seed', '')}", stopped)
    return None
