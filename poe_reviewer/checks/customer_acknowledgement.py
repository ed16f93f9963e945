"""Check ``customer_acknowledgement``: is there a valid customer signature or acknowledgement?

The seed ("What constitutes valid proof of execution", item 1) accepts a physically signed
paper, an e-mail acknowledgement from the customer's own domain, or a valid, verifiable
eSignature; it refuses customer e-mails about licence purchases, e-mails forwarded from
customers, flat images (JPEG, screenshots) of signatures or e-mails, partner e-mails the
customer never accepted, pasted signatures and ambiguous acknowledgements ("We agree that
Fabrikam will be our partner on M365 solutions.").

Every piece of acknowledgement evidence found in the POE gets its own verdict
(:func:`find_acknowledgements`, reused by other checks):

* ``valid`` - an eSignature (DocuSign, Adobe Acrobat Sign, Dropbox Sign, PandaDoc, SignNow,
  Zoho Sign, the seed's "E-Signed by ... Date Signed ..." form) signed by the customer's
  side; a customer e-mail whose own words acknowledge the partner's work; an intact digital
  signature of a PDF whose certificate names the customer (by person, organisation or e-mail
  domain), trusted or not: the report says which;
* ``undecidable`` - what this text-level reader cannot settle: a digital signature that could
  not be validated, or is intact but names someone else, a scanned page or a signature image (no OCR yet), a
  signature block without a readable signature, a customer acknowledgement only quoted in a
  partner e-mail, a text that is not English;
* ``invalid`` - the seed's insufficient material; a digital signature that is broken (the
  document changed after signing, or the signature covers only part of it), or the partner's.

The check passes on the best valid piece, warns when nothing is valid but something needs a
reviewer's eye, and fails otherwise, naming each piece and what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from poe_reviewer.checks.base import CheckResult, result
from poe_reviewer.findings import readability
from poe_reviewer.findings.acknowledgements.finder import find_acknowledgements, work_evidence
from poe_reviewer.findings.acknowledgements.model import Acknowledgement
from poe_reviewer.findings.acknowledgements.rules import rules
from poe_reviewer.findings.context import CheckContext

CHECK_ID = "customer_acknowledgement"


# -- the check ---------------------------------------------------------------------------------------
def _end(text: str) -> str:
    """``text`` as a sentence: one full stop at the end, after any closing quote."""
    text = text.rstrip()
    return text if text.endswith((".", '."', ".)")) else text + "."


def _listing(items: Sequence[Acknowledgement], limit: int = 4) -> str:
    shown = [a.sentence().rstrip(".") for a in items[:limit]]
    more = len(items) - limit
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


def run(ctx: CheckContext) -> CheckResult:
    rules_ = rules(ctx.policy["acknowledgement"])
    found = find_acknowledgements(ctx)
    valid = sorted((a for a in found if a.verdict == "valid"), key=lambda a: -a.strength)
    unsure = [a for a in found if a.verdict == "undecidable"]
    invalid = [a for a in found if a.verdict == "invalid"]
    unreadable = readability.broken(work_evidence(ctx))
    cite = f'(seed: "{rules_.seed}")'
    facts = [a.fact() for a in valid + unsure + invalid]

    refusals = [a for a in invalid if a.refused]
    if refusals:
        # the customer's own words deny the partner's part (or end the engagement): no signature elsewhere
        # in the POE, however valid, and no document the partner adds can mend that
        said = [f"Refused: {_listing(refusals)}"]
        if valid:
            said.append(f"Signed or acknowledged elsewhere, which does not outweigh it: {_listing(valid, 2)}")
        head = f"The customer's own words deny the partner's claimed work {cite}."
        summary = " ".join([head, *(_end(p) for p in said)])
        return result(CHECK_ID, "fail", summary, [e for a in refusals for e in a.evidence], facts=facts, reject=True)

    if valid:
        best = valid[0]
        summary = f"Valid: {best.description}"
        if best.strength_words:
            summary += f" ({best.strength_words})"
        if len(valid) > 1:
            summary += f"; also valid: {_listing(valid[1:], 2)}"
        if invalid:
            summary += f"; not valid: {_listing(invalid, 3)}"
        evidence = [e for a in valid for e in a.evidence]
        return result(CHECK_ID, "pass", _end(summary), evidence, facts=facts)

    parts: list[str] = []
    if unsure:
        parts.append(f"Needs review: {_listing(unsure)}")
    if invalid:
        parts.append(f"Not valid: {_listing(invalid)}")
    if unreadable:
        names = ", ".join(f"{d.path} ({d.error})" for d in unreadable[:3])
        parts.append(f"Could not be read, check by hand: {names}")
    evidence = [e for a in unsure + invalid for e in a.evidence]

    if unsure or unreadable:
        head = "No customer acknowledgement could be confirmed from the text."
        return result(CHECK_ID, "warn", " ".join([head, *(_end(p) for p in parts)]), evidence, facts=facts)
    if invalid:
        head = f"No valid customer signature or acknowledgement in the POE {cite}."
        return result(CHECK_ID, "fail", " ".join([head, *(_end(p) for p in parts)]), evidence, facts=facts)
    missing = f" Listed but missing: {', '.join(ctx.missing)}." if ctx.missing else ""
    return result(CHECK_ID, "fail", f"No customer signature or acknowledgement found in the POE.{missing}")
