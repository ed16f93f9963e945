"""Findings: each fact of a claim found once, typed, below the checks.

The checks are thin rules over these: who acknowledged the work, how and when
(:mod:`~poe_reviewer.findings.acknowledgements`), which dates a POE labels as signing dates
(:mod:`~poe_reviewer.findings.date_labels`), who the parties are (:mod:`~poe_reviewer.findings.parties`),
and the claim under review itself (:mod:`~poe_reviewer.findings.context`).
"""
