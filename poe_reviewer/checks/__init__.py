"""The checks: one module per check id of the spec (section 3), run in the spec's order.

:func:`run_checks` runs every check on one claim. A check that raises does not stop
the others: its result becomes status ``error`` with the reason. See
:mod:`poe_reviewer.checks.base` for the contract each check module follows.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from types import ModuleType

from poe_reviewer.checks.base import CheckContext, CheckResult
from poe_reviewer.findings.results import final_round

log = logging.getLogger(__name__)

#: Every check id of the spec, in the spec's order; every report lists all of them.
CHECK_IDS: tuple[str, ...] = (
    "required_documents",
    "customer_acknowledgement",
    "partner_customer_names",
    "activity_detail",
    "workload_match",
    "acknowledgement_date",
    "customer_domain",
    "ineligible_customer",
    "public_sector",
    "unacceptable_documents",
    "document_language",
    "invoice",
    "attestations",
    "reused_evidence",
    "submission_window",
)


def check_module(check_id: str) -> ModuleType:
    module = importlib.import_module(f"poe_reviewer.checks.{check_id}")
    if getattr(module, "CHECK_ID", None) != check_id:
        raise RuntimeError(f"poe_reviewer.checks.{check_id} does not declare CHECK_ID = {check_id!r}")
    return module


def run_check(check_id: str, ctx: CheckContext) -> CheckResult:
    """Run one check; an exception becomes an ``error`` result naming the problem."""
    try:
        run: Callable[[CheckContext], CheckResult] = check_module(check_id).run
        outcome = run(ctx)
    except Exception as exc:
        log.exception("check %s failed on claim %s", check_id, ctx.claim.claim_id)
        return CheckResult(check_id, "error", f"The check could not run: {type(exc).__name__}: {exc}")
    if outcome.id != check_id:
        return CheckResult(check_id, "error", f"The check returned a result for {outcome.id!r}")
    return outcome


def run_checks(ctx: CheckContext) -> list[CheckResult]:
    """Every check of the spec on one claim, in the spec's order."""
    return [run_check(check_id, ctx) for check_id in CHECK_IDS]


def recommend(results: list[CheckResult]) -> str:
    """The recommendation rule (spec section 3; documented in the README).

    1. ``reject`` when any check failed with a reject-class failure (the partner cannot
       fix it: ineligible customer, restricted public-sector country, expired submission
       window, one signature picture above two customers' signatories; ``reuse.toml`` sets
       which reuse is reject-class);
    2. ``action_required`` when any other check failed: the partner can fix it by uploading or
       correcting POE (missing items included);
    3. ``review`` when nothing failed but a check could not decide (``warn``) or could not run
       (``error``): a person must look before the claim can be approved, so it is never suggested
       ``approve`` with such a check open;
    4. ``approve`` when every check passed or did not apply.

    On a dispute (``submission_window``'s claim-life fact) every failure is reject-class: "If your
    submitted dispute is rejected, this is a final decision" (seed, "Disputing a rejection"), so
    there is no Action Required left to ask for.
    """
    final = final_round(results)
    if any(r.status == "fail" and (r.reject or final) for r in results):
        return "reject"
    if any(r.status == "fail" for r in results):
        return "action_required"
    if any(r.status in ("warn", "error") for r in results):
        return "review"
    return "approve"
