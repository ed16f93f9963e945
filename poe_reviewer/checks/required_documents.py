"""Check ``required_documents``: every required POE component is in the bundle and readable.

Seed, "POE Components – Partner Activities": partner attestation, customer attestation (unless
the engagement waives it), invoice in USD, POE document(s), and a public sector disclosure for
public-sector customers in India, the US and Puerto Rico. "POE Components - CPOR": at least one
POE document. The components per program and the waivers are policy
(``resources/policy/required_documents.toml``); the disclosure countries are in
``public_sector.toml``.

A component counts when a document with its role is present and readable. A document listed in
claim.json but missing from the bundle, or one that could not be read, fails naming the file: the
partner must upload it (again). Every failure here is fixable, never reject-class.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.checks.public_sector import disclosure_requirement, find_disclosures
from poe_reviewer.claim import Claim
from poe_reviewer.names import normalize_name
from poe_reviewer.policy import Policy

CHECK_ID = "required_documents"


@dataclass(frozen=True)
class Waiver:
    component: str
    reason: str


def _program_section(policy: Policy, claim: Claim) -> Mapping[str, Any]:
    value = policy["required_documents"].get("partner_activities" if claim.is_partner_activities else "cpor", {})
    return value if isinstance(value, Mapping) else {}


def label(policy: Policy, role: str) -> str:
    """The reviewer's name for a component (``customer attestation`` for ``customer_attestation``)."""
    labels = policy["required_documents"].get("labels", {})
    return str(labels.get(role, role.replace("_", " "))) if isinstance(labels, Mapping) else role


def waivers(claim: Claim, policy: Policy) -> dict[str, Waiver]:
    """Components the claim's engagement does not need, keyed by role."""
    if claim.engagement is None:
        return {}
    engagement = claim.engagement
    entries = _program_section(policy, claim).get("waivers", [])
    out: dict[str, Waiver] = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, Mapping) or "component" not in entry:
            continue
        ids = {str(i) for i in entry.get("ids", [])} | {str(i) for i in entry.get("engagements", [])}
        names = {normalize_name(str(n)) for n in entry.get("engagements", [])}
        by_engagement = engagement.id in ids or normalize_name(engagement.name) in names
        by_type = engagement.activity_type in entry.get("activity_types", [])
        if by_engagement or by_type:
            why = f"engagement {engagement.name}" if by_engagement else f"{engagement.activity_type} activities"
            out[str(entry["component"])] = Waiver(
                str(entry["component"]), f"not required for {why} (required_documents.toml)"
            )
    return out


def _missing_by_role(ctx: CheckContext) -> dict[str, list[str]]:
    roles = {slot.path: slot.role for slot in ctx.claim.documents}
    out: dict[str, list[str]] = {}
    for path in ctx.missing:
        out.setdefault(roles.get(path, "supporting"), []).append(path)
    return out


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    policy = ctx.policy
    section = _program_section(policy, claim)
    seed = str(section.get("seed", policy["required_documents"].get("seed", "")))
    required = [str(r) for r in section.get("required", [])]
    waived = waivers(claim, policy)
    missing_files = _missing_by_role(ctx)

    present: list[str] = []
    problems: list[str] = []
    notes: list[str] = []
    evidence: list[Evidence] = []  # what is there
    wrong: list[Evidence] = []  # what is missing or unreadable

    def judge(role: str) -> None:
        name = label(policy, role)
        docs = ctx.by_role(role)
        readable = [d for d in docs if d.error is None]
        if readable:
            present.append(f"{name} ({', '.join(d.path for d in readable)})")
            evidence.extend(Evidence.of_document(d, f"{name}: {d.path}") for d in readable)
            return
        if docs:
            for d in docs:
                problems.append(f"Unreadable: {name} {d.path} ({d.error}); the partner must upload a readable copy")
                wrong.append(Evidence.of_document(d, f"{name} unreadable: {d.error}"))
            return
        if missing_files.get(role):
            listed = ", ".join(missing_files[role])
            problems.append(f"Missing: {name} ({listed} is listed in claim.json but not in the bundle)")
            wrong.append(Evidence("claim.json", f"documents: {listed} (role {role}) not in the bundle"))
            return
        if role == "poe":
            supporting = [d for d in ctx.by_role("supporting") if d.error is None]
            if supporting:
                notes.append(
                    "no document has the role 'poe'; supporting documents "
                    f"{', '.join(d.path for d in supporting)} may be the POE — check them"
                )
                evidence.extend(Evidence.of_document(d, f"supporting: {d.path}") for d in supporting)
                return
        problems.append(f"Missing: {name} (no document with role '{role}')")
        wrong.append(Evidence("claim.json", f"documents: no {role}"))

    for role in required:
        if role in waived:
            notes.append(f"{label(policy, role)} {waived[role].reason}")
            continue
        judge(role)

    # Public sector disclosure (Partner Activities, public-sector customers in IN/US/PR).
    requirement = disclosure_requirement(claim, policy) if claim.is_partner_activities else None
    if requirement is not None and "public_sector_disclosure" not in waived:
        role = "public_sector_disclosure"
        if ctx.by_role(role) or missing_files.get(role):
            judge(role)
        else:
            acknowledged = [d for d in find_disclosures(ctx) if d.acknowledged]
            if acknowledged:
                d = acknowledged[0]
                present.append(f"{label(policy, role)} (in {d.document.path})")
                evidence.append(d.evidence)
            else:
                judge(role)  # reports it missing

    if problems:
        summary = "; ".join(problems[:1] + [p[:1].lower() + p[1:] for p in problems[1:]])
        summary += f" (seed: {seed})."
        if notes:
            summary += " Also: " + "; ".join(notes) + "."
        return result(CHECK_ID, "fail", summary, wrong + evidence)
    if notes and any("may be the POE" in n for n in notes):
        return result(CHECK_ID, "warn", "; ".join(notes).capitalize() + ".", evidence)
    summary = "All required components are present: " + ", ".join(present) + "."
    if notes:
        summary += " " + "; ".join(n[:1].upper() + n[1:] for n in notes) + "."
    return result(CHECK_ID, "pass", summary, evidence)
