"""The customer's acknowledgement of the work, found once per claim: every piece of evidence
(eSignature envelopes, digital signatures, customer e-mails sent or printed, signed paper, signature
blocks, flat images, attestation surveys) with its verdict, signer, side, date and strength; and the
dates of the acknowledgement, each with the text that dates it.

Seed, "What constitutes valid proof of execution", item 1 ("Customer Signature or Acknowledgement")
and the invalid examples; the phrase lists are in ``resources/policy/acknowledgement.toml``.
"""

from poe_reviewer.findings.acknowledgements.dates import AcknowledgementDate
from poe_reviewer.findings.acknowledgements.finder import acknowledgement_dates, find_acknowledgements, work_evidence
from poe_reviewer.findings.acknowledgements.located import DocText
from poe_reviewer.findings.acknowledgements.model import Acknowledgement, Verdict
from poe_reviewer.findings.acknowledgements.rules import Rules, rules
from poe_reviewer.findings.parties import Side

__all__ = [
    "Acknowledgement",
    "AcknowledgementDate",
    "DocText",
    "Rules",
    "Side",
    "Verdict",
    "acknowledgement_dates",
    "find_acknowledgements",
    "rules",
    "work_evidence",
]
