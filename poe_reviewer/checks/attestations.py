"""Check ``attestations``: the customer and partner surveys are validly signed, for this claim.

Seed, "Customer Attestation (3/3)" and "Partner Attestation (3/3)": the last question of every
attestation is an electronic signature, "requesting that the respondent type in their full name,
company name, and job title"; a signature without all required elements is not valid.

Each survey export (``poe-attestation/1``, role ``customer_attestation`` or
``partner_attestation``) must:

* belong to this claim (``claim_id``) and to the right respondent (``respondent``);
* carry a full name (at least two words, not initials, not an e-mail address), a company and a job
  title;
* name the right company: the customer's on the customer survey, the partner's on the partner
  survey; a customer survey signed with the partner's company or by the partner's contact was
  filled in by the partner.

A partner survey's failure is fixable (the partner re-takes it), and so is a wrong file (another claim's
survey, the partner's survey filed as the customer's). A customer survey whose signature is not valid
(a required element missing, or signed by the partner's side: the partner's company, its contact on
the claim, an address at its domain) is reject-class: "If the Customer Attestation signature is not
valid ... the claim may be rejected" (seed, Customer Attestation (3/3)), and a recorded customer
survey "cannot be re-sent on this claim" (Customer Attestation (1/3)). Missing surveys are
``required_documents``' business; here they only warn.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.checks.required_documents import label, waivers
from poe_reviewer.claim import Claim, Party
from poe_reviewer.documents.model import Document
from poe_reviewer.domains import is_within
from poe_reviewer.names import CONNECTORS, LEGAL_SUFFIXES, fold, same_name, tokens
from poe_reviewer.policy import Policy

CHECK_ID = "attestations"

_ROLES = {"customer_attestation": "customer", "partner_attestation": "partner"}
_PLACEHOLDERS = {
    "",
    "-",
    "--",
    ".",
    "n/a",
    "na",
    "none",
    "null",
    "test",
    "x",
    "xx",
    "xxx",
    "tbd",
    "?",
    "unknown",
}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SEEDS = {"customer": "Customer Attestation (3/3)", "partner": "Partner Attestation (3/3)"}


@dataclass
class SurveyVerdict:
    doc: Document
    respondent: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    signed: str = ""
    #: A customer survey signed by the partner's side (its company, contact or domain).
    by_partner: bool = False
    #: Its electronic signature lacks a required element (full name, company, job title).
    signature_incomplete: bool = False


def _text(value: object) -> str:
    return " ".join(str(value).split()) if isinstance(value, (str, int, float)) else ""


def _missing(value: str) -> bool:
    return fold(value).strip() in _PLACEHOLDERS


def full_name_problem(name: str, initial_names: bool = False) -> str | None:
    """Why ``name`` is not a full name, or None (``initial_names``: the respondent's country writes a full
    name as an initial and the given name, "K. Venkatesh")."""
    if _missing(name):
        return "no full name"
    if "@" in name:
        return f"an e-mail address ({name}) instead of a full name"
    if _CJK.search(name) and len(re.sub(r"\W", "", name)) >= 2:
        return None  # Chinese, Japanese and Korean names are written without spaces
    words = [w for w in re.split(r"[\s,]+", name) if w]
    letters = [re.sub(r"[^\w]|[\d_]", "", w) for w in words]
    real = [w for w in letters if len(w) >= 2]
    if len(words) < 2 or len(real) < 2:
        if all(len(w) <= 1 for w in letters if w) or re.fullmatch(r"[A-Z]{2,3}", name.strip()):
            return f"initials only ({name}) instead of a full name"
        if len(words) >= 2:
            if initial_names and len(real) == 1:
                return None
            return f"an initial ({name}) instead of a full first and last name"
        return f"only one name ({name}) instead of a full name (first and last name)"
    return None


def _company_matches(company: str, party: Party, generic: AbstractSet[str]) -> bool:
    """Same name, or a shared distinctive word ("Contoso" in "Contoso Health Services")."""
    if same_name(company, party.name):
        return True
    common = generic | LEGAL_SUFFIXES | CONNECTORS  # "Group", "Company" inside a name say nothing
    mine = {t for t in tokens(company) if len(t) >= 3 and t not in common}
    theirs = {t for t in tokens(party.name) if len(t) >= 3 and t not in common}
    return bool(mine & theirs)


def _generic_words(policy: Policy) -> set[str]:
    section = policy["eligibility"].get("affiliate", {})
    words = section.get("generic_words", []) if isinstance(section, Mapping) else []
    return {str(w).casefold() for w in words}


def _evidence(doc: Document, value: str, quote: str) -> Evidence:
    if value:
        hits = doc.search(re.escape(value))
        if hits:
            return Evidence.from_hit(hits[0], quote)
    return Evidence.of_document(doc, quote)


def _partner_domain_in(text: str, claim: Claim) -> str | None:
    """The partner's domain where the signature writes an address or a host of it ("ravi@godavaritech.in")."""
    domains = [d.lower() for d in claim.partner.domains]
    if claim.partner.contact and claim.partner.contact.email and "@" in claim.partner.contact.email:
        domains.append(claim.partner.contact.email.rsplit("@", 1)[1].lower())
    for host in re.findall(r"(?:@|\b)((?:[\w-]+\.)+[a-z]{2,})\b", text.lower()):
        for d in domains:
            if is_within(host, d):
                return d
    return None


def judge_survey(
    doc: Document,
    expected: str,
    claim: Claim,
    generic: AbstractSet[str] = frozenset(),
    initial_name_countries: AbstractSet[str] = frozenset(),
) -> SurveyVerdict:
    v = SurveyVerdict(doc, expected)
    data = doc.data
    if doc.error is not None:
        v.warnings.append(f"{doc.path} could not be read ({doc.error}); its signature is not checked")
        return v
    if doc.kind != "survey" or not isinstance(data, Mapping):
        v.warnings.append(
            f"{doc.path} is not a survey export (poe-attestation/1) but a {doc.kind} file; check its signature by eye"
        )
        v.evidence.append(Evidence.of_document(doc, f"{doc.kind} file with role {doc.role}"))
        return v

    claim_id = _text(data.get("claim_id"))
    if claim_id != claim.claim_id:
        v.problems.append(f"is for claim {claim_id or '(none)'}, not claim {claim.claim_id}")
        v.evidence.append(_evidence(doc, claim_id, f"claim_id: {claim_id or '(none)'}"))
    respondent = _text(data.get("respondent")).lower()
    if respondent != expected:
        v.problems.append(f"was answered by the {respondent or 'unknown'} respondent, not the {expected}")
        v.evidence.append(_evidence(doc, respondent, f"respondent: {respondent or '(none)'}"))

    sig = data.get("signature")
    sig = sig if isinstance(sig, Mapping) else {}
    full_name, company, title = (_text(sig.get(k)) for k in ("full_name", "company", "job_title"))
    v.signed = f'full_name "{full_name}", company "{company}", job_title "{title}"'
    sig_ev = _evidence(doc, full_name, f"signature: {v.signed}")
    missing: list[str] = []
    respondent_country = (claim.customer if expected == "customer" else claim.partner).country
    problem = full_name_problem(full_name, respondent_country.upper() in initial_name_countries)
    if problem:
        missing.append(problem)
    if _missing(company):
        missing.append("no company name")
    if _missing(title):
        missing.append("no job title")
    if missing:
        v.problems.append("electronic signature has " + ", ".join(missing))
        v.evidence.append(sig_ev)
        v.signature_incomplete = True

    party, other = (claim.customer, claim.partner) if expected == "customer" else (claim.partner, claim.customer)
    if not _missing(company):
        if _company_matches(company, party, generic):
            v.evidence.append(_evidence(doc, company, f"company: {company}"))
        elif _company_matches(company, other, generic):
            v.problems.append(
                f"is signed for {company}, the {'partner' if expected == 'customer' else 'customer'}, "
                f"not the {expected} {party.name}"
            )
            v.evidence.append(_evidence(doc, company, f"company: {company}"))
        else:
            v.problems.append(f"is signed for the company {company}, not the {expected} {party.name}")
            v.evidence.append(_evidence(doc, company, f"company: {company}"))
        if expected == "customer" and _company_matches(company, other, generic):
            v.by_partner = True
    partner_contact = claim.partner.contact
    if expected == "customer" and partner_contact and full_name and not problem:  # noqa: SIM102 - reads clearer
        if fold(full_name) == fold(partner_contact.name):
            v.problems.append(f"is signed by {full_name}, the partner's contact on the claim")
            v.evidence.append(sig_ev)
            v.by_partner = True
    if expected == "customer":
        domain = _partner_domain_in(f"{full_name} {company}", claim)
        if domain is not None:
            v.by_partner = True
            if not any(domain in p for p in v.problems):
                v.problems.append(f"is signed with an address at the partner's domain {domain}")
                v.evidence.append(sig_ev)
    if not v.problems:
        v.evidence.append(sig_ev)
    return v


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    if not claim.is_partner_activities:
        return result(CHECK_ID, "not_applicable", "Attestation surveys belong to Partner Activities claims only.")
    waived = waivers(claim, ctx.policy)
    generic = _generic_words(ctx.policy)
    attestation = ctx.policy["acknowledgement"].get("attestation", {})
    initials = {str(c).upper() for c in attestation.get("initial_name_countries", [])}
    verdicts: list[SurveyVerdict] = []
    absent: list[str] = []
    for role, respondent in _ROLES.items():
        docs = ctx.by_role(role)
        if not docs:
            if role not in waived:
                absent.append(f"no {label(ctx.policy, role)} survey to check")
            continue
        verdicts.extend(judge_survey(d, respondent, claim, generic, initials) for d in docs)

    failing = [v for v in verdicts if v.problems]
    warnings = [w for v in verdicts for w in v.warnings] + absent
    by_partner = any(v.respondent == "customer" and v.by_partner for v in failing)
    if by_partner or any(v.respondent == "customer" and v.signature_incomplete for v in failing):
        # a recorded customer survey cannot be re-sent: a signature by the partner's side or one lacking
        # a required element cannot be fixed on this claim
        parts = [f"{label(ctx.policy, v.doc.role).capitalize()} {v.doc.path} " + "; ".join(v.problems) for v in failing]
        why = (
            "The customer attestation was signed by the partner's side, not the customer"
            if by_partner
            else "The last survey question is an electronic signature with the respondent's full name, company "
            "name and job title"
        )
        summary = (
            " ".join(p if p.endswith(".") else p + "." for p in parts)
            + f' {why}: "If the Customer Attestation signature is not valid with all required elements per this '
            "prompt's instructions, the claim may be rejected\" (seed: Customer Attestation (3/3)), and once "
            "customer survey responses are recorded the survey cannot be re-sent on this claim (seed: Customer "
            "Attestation (1/3))."
        )
        if warnings:
            summary += " Also: " + "; ".join(warnings) + "."
        return result(CHECK_ID, "fail", summary, [e for v in failing for e in v.evidence], reject=True)
    if failing:
        parts = [f"{label(ctx.policy, v.doc.role).capitalize()} {v.doc.path} " + "; ".join(v.problems) for v in failing]
        seeds = sorted({_SEEDS[v.respondent] for v in failing})
        summary = (
            " ".join(p if p.endswith(".") else p + "." for p in parts)
            + " The last survey question is an electronic signature with the respondent's full name, "
            "company name and job title; the survey must be re-taken with a valid signature "
            f"(seed: {', '.join(seeds)})."
        )
        if warnings:
            summary += " Also: " + "; ".join(warnings) + "."
        return result(CHECK_ID, "fail", summary, [e for v in failing for e in v.evidence])
    evidence = [e for v in verdicts for e in v.evidence]
    if warnings:
        ok = [v for v in verdicts if not v.warnings]
        summary = "; ".join(w[:1].upper() + w[1:] for w in warnings) + "."
        if ok:
            summary += " Valid: " + ", ".join(f"{v.doc.path} ({v.signed})" for v in ok) + "."
        return result(CHECK_ID, "warn", summary, evidence)
    return result(
        CHECK_ID,
        "pass",
        "Attestation surveys are signed with full name, company and job title: "
        + "; ".join(f"{label(ctx.policy, v.doc.role)} {v.doc.path} ({v.signed})" for v in verdicts)
        + ".",
        evidence,
    )
