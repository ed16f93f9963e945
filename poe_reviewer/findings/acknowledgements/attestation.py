"""Partner activities: the customer attestation survey as the customer's acknowledgement."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from poe_reviewer.dates import parse_datetime_loose
from poe_reviewer.documents.model import (
    Document,
)
from poe_reviewer.findings.acknowledgements.located import locate
from poe_reviewer.findings.acknowledgements.model import Acknowledgement
from poe_reviewer.findings.acknowledgements.rules import Rules
from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.parties import Parties


# -- partner activities: the customer attestation survey -------------------------------------------
def attestation_acknowledgement(doc: Document, rules_: Rules, parties: Parties) -> Acknowledgement:
    data = doc.data or {}
    raw_sig = data.get("signature")
    sig: Mapping[str, Any] = raw_sig if isinstance(raw_sig, Mapping) else {}
    name = str(sig.get("full_name") or "").strip()
    company = str(sig.get("company") or "").strip()
    title = str(sig.get("job_title") or "").strip()
    completed = parse_datetime_loose(str(data.get("completed_at") or ""))
    when = f" on {completed.date().isoformat()}" if completed else ""
    signed_as = ", ".join(p for p in (company, title) if p)
    ack = Acknowledgement(
        document=doc.path,
        kind="attestation",
        verdict="invalid",
        description=f"customer attestation survey {doc.path}"
        + (f" signed by {name} ({signed_as}){when}" if name else ""),
        evidence=[locate(doc, name) if name else Evidence.of_document(doc, "survey signature")],
        signer=name or None,
        date=completed.date() if completed else None,
        seed=rules_.attestation_seed,
    )
    respondent = str(data.get("respondent") or "customer")
    if respondent != "customer":
        ack.reason = f"was answered by the {respondent}, not the customer."
        return ack
    if not name:
        ack.reason = "is not signed: its electronic signature has no name."
        return ack
    side = parties.org_in(company) if company else None
    if side == "partner":
        ack.side = "partner"
        ack.reason = f"is signed for the partner ({company}), not for the customer."
    elif side == "customer":
        ack.side = "customer"
        ack.verdict = "valid"
        ack.strength = 4
    elif not company:
        ack.verdict = "undecidable"
        ack.reason = "names no company in its signature: check that the customer signed it."
    else:
        ack.verdict = "undecidable"
        ack.reason = f"is signed for {company}, not by the claim's customer {parties.claim.customer.name}: check."
    return ack
