"""Check ``public_sector``: public-sector customers — restricted countries and the fee disclosure.

Seed, "POE Components - CPOR" and "Puerto Rico and the United States": partners may not earn
incentives for public-sector customers (government, healthcare, education) in the countries of
the Public Sector Country Ineligibility List (reject). In the US and Puerto Rico, CPOR Modern
Work & Security usage claims need the partner's written disclosure of the fees, commission or
compensation it receives from Microsoft, acknowledged by the customer in writing; Partner
Activities claims for public-sector customers in India, the US or Puerto Rico need proof of
Public Sector Disclosure (PSD) among the claim documents. A missing disclosure is fixable.

:func:`disclosure_requirement` and :func:`find_disclosures` are also used by the
``required_documents`` check, so that both agree on what counts as the disclosure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Document, Hit
from poe_reviewer.domains import DomainRules, email_domain
from poe_reviewer.findings.acknowledgements import Acknowledgement, find_acknowledgements, work_evidence
from poe_reviewer.policy import Policy

CHECK_ID = "public_sector"

# A sentence ends at . ; ! ? and a space, except after short abbreviations ("Fabrikam, Inc. discloses").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\bInc)(?<!\bLtd)(?<!\bCo)[.;!?](?:\s|$)")


@dataclass(frozen=True)
class Requirement:
    """Why this claim needs a public sector disclosure."""

    reason: str
    seed: str


@dataclass(frozen=True)
class Disclosure:
    """Disclosure text found in a document, and how the customer acknowledged it."""

    document: Document
    hit: Hit
    #: The acknowledgement near it, or None when the document is the customer's own e-mail.
    acknowledgement: Hit | None
    #: How it is acknowledged, in words ("signed on the same page", "in the customer's e-mail").
    acknowledged_by: str | None
    #: Why a person must look (a scan, a block with no readable signature), when the finder cannot tell.
    needs_review: str | None = None
    #: Why it is not acknowledged, in the finder's words (an empty signature block).
    refused: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_by is not None

    def _lines(self) -> tuple[int, int]:
        text = self.hit.segment.text
        start = text.rfind("\n", 0, self.hit.start) + 1
        end = text.find("\n", self.hit.end)
        return start, end if end >= 0 else len(text)

    @property
    def quote(self) -> str:
        """The whole lines the disclosure is written on (a short passage a reviewer can read)."""
        start, end = self._lines()
        passage = " ".join(self.hit.segment.text[start:end].split())
        return passage if len(passage) <= 300 else passage[:297] + "..."

    @property
    def evidence(self) -> Evidence:
        start, end = self._lines()
        bbox = self.hit.segment.bbox_of(start, end) or self.hit.bbox
        return Evidence(self.document.path, self.quote, self.hit.page, bbox)


def _section(policy: Policy, key: str) -> Mapping[str, Any]:
    value = policy["public_sector"].get(key, {})
    return value if isinstance(value, Mapping) else {}


def disclosure_requirement(claim: Claim, policy: Policy) -> Requirement | None:
    """The disclosure requirement that applies to ``claim``, or None."""
    if claim.customer.segment != "public_sector":
        return None
    country = claim.customer.country
    if claim.is_partner_activities:
        pa = _section(policy, "partner_activities")
        if country in pa.get("countries", []):
            return Requirement(
                f"Partner Activities claim for a public-sector customer in {country}",
                str(pa.get("seed", "Proof of Execution requirements")),
            )
        return None
    cp = _section(policy, "cpor")
    if (
        country in cp.get("countries", [])
        and claim.claim_kind in cp.get("claim_kinds", [])
        and claim.solution_area in cp.get("solution_areas", [])
    ):
        return Requirement(
            f"CPOR {claim.solution_area} {claim.claim_kind} claim for a public-sector customer in {country}",
            str(cp.get("seed", "Puerto Rico and the United States")),
        )
    return None


def _rx(section: Mapping[str, Any], key: str) -> re.Pattern[str]:
    return re.compile(str(section[key]), re.IGNORECASE)


def _near(hits: list[Hit], seg_hit: Hit, window: int, *, distinct: bool = False) -> Hit | None:
    """The hit of the same segment closest to ``seg_hit`` within ``window`` characters.

    ``distinct`` skips hits overlapping ``seg_hit`` (one word must not count twice).
    """
    best: tuple[int, Hit] | None = None
    for h in hits:
        if h.segment is not seg_hit.segment:
            continue
        if distinct and h.start < seg_hit.end and seg_hit.start < h.end:
            continue
        gap = max(h.start - seg_hit.end, seg_hit.start - h.end, 0)
        if gap <= window and (best is None or gap < best[0]):
            best = (gap, h)
    return best[1] if best else None


def _disclosure_hits(doc: Document, rules: Mapping[str, Any]) -> list[Hit]:
    """Passages that disclose what the partner receives from Microsoft."""
    window = int(rules.get("window", 150))
    found: list[Hit] = []
    comp = doc.search(_rx(rules, "compensation"))
    ms = doc.search(_rx(rules, "microsoft"))
    verbs = doc.search(_rx(rules, "disclosing"))
    for c in comp:
        m = _near(ms, c, window, distinct=True)
        v = _near(verbs, c, window, distinct=True)
        if m is None or v is None:
            continue
        start = min(c.start, m.start, v.start)
        end = max(c.end, m.end, v.end)
        # one sentence: "licences bought from Microsoft; fees are billed monthly" is no disclosure
        if _SENTENCE_END.search(c.segment.text[start:end]):
            continue
        found.append(Hit.from_match(doc, c.segment, start, end))
    # a titled disclosure form counts too, after the passages that say what is disclosed
    found.extend(doc.search(_rx(rules, "title")))
    return found


def find_disclosures(ctx: CheckContext) -> list[Disclosure]:
    """Disclosures in the disclosure documents and the POE, acknowledged ones first."""
    rules = _section(ctx.policy, "disclosure")
    ack_rx = _rx(rules, "acknowledgement")
    ack_window = int(rules.get("ack_window", 1500))
    domain_rules = DomainRules.from_policy(ctx.policy)
    customer_domains = _customer_domains(ctx.claim, domain_rules)
    out: list[Disclosure] = []
    for doc in ctx.evidence_documents():
        if doc.error is not None:
            continue
        hits = _disclosure_hits(doc, rules)
        if not hits:
            continue
        sender = doc.email.sender if doc.email else None
        sender_domain = email_domain(sender.email) if sender else None
        from_customer = (
            sender_domain is not None and domain_rules.belongs_to(sender_domain, customer_domains) is not None
        )
        acks = doc.search(ack_rx)
        best: Disclosure | None = None
        # What acknowledges the document, as the acknowledgement finder judges it: a signature, an
        # e-signature, a digital signature, a customer e-mail. An empty block acknowledges nothing,
        # whatever the disclosure's own words ("the customer acknowledges ...") say.
        pieces = [] if from_customer else [a for a in _pieces_of(ctx, doc) if a.side != "partner"]
        for h in hits:
            if from_customer and _owns_disclosure(doc, h, rules, ack_rx):
                best = Disclosure(doc, h, None, f"in the customer's e-mail from {sender}")
                break
            if from_customer:
                # the partner's disclosure quoted under a reply that says nothing of it
                refused = f"the customer's reply from {sender} does not acknowledge the disclosure it quotes"
                best = best or Disclosure(doc, h, None, None, refused=refused)
                continue
            if pieces:
                best = _judged(doc, h, pieces)
                break
            ack = _near(acks, h, ack_window)
            if ack is None and doc.page_count and h.page is not None:
                # a signed disclosure form: signature block anywhere on the same page
                ack = next((a for a in acks if a.page == h.page), None)
            if ack is not None:
                # words of acknowledgement but no signature the finder could see: a person must look
                best = Disclosure(
                    doc, h, ack, f"acknowledged near it: \u201c{ack.line()[:120]}\u201d",
                    needs_review="no signature or acknowledgement e-mail was found to confirm it; check by eye",
                )  # fmt: skip
                break
            if best is None:
                best = Disclosure(doc, h, None, None)
        if best is not None:
            out.append(best)
    out.sort(key=lambda d: (not d.acknowledged, d.document.role != "public_sector_disclosure"))
    return out


def _owns_disclosure(doc: Document, hit: Hit, rules: Mapping[str, Any], ack_rx: re.Pattern[str]) -> bool:
    """Whether the customer's own words (not the partner's message quoted below them) state the disclosure
    ("We note that Fabrikam will receive fees from Microsoft") or acknowledge it ("We acknowledge the fee
    disclosure")."""
    own = doc.email.own_text if doc.email is not None and doc.email.own_text.strip() else doc.text
    if " ".join(hit.segment.text[hit.start : hit.end].split()) in " ".join(own.split()):
        return True
    about = _rx(rules, "compensation").search(own) or re.search(r"\bdisclos\w*", own, re.IGNORECASE)
    return bool(about and (ack_rx.search(own) or _rx(rules, "title").search(own)))


def _pieces_of(ctx: CheckContext, doc: Document) -> list[Acknowledgement]:
    """The acknowledgement pieces of one document: the claim's (found once) for its POE documents; the
    fee disclosures, which acknowledge the fees and not the work, are not among those and are read alone."""
    if any(d is doc for d in work_evidence(ctx)):
        return [a for a in find_acknowledgements(ctx) if a.document == doc.path]
    return find_acknowledgements(ctx, [doc])


def _judged(doc: Document, hit: Hit, pieces: list[Acknowledgement]) -> Disclosure:
    valid = [a for a in pieces if a.verdict == "valid"]
    if valid:
        return Disclosure(doc, hit, None, f"acknowledged by the {valid[0].sentence().rstrip('.')}")
    open_ = [a for a in pieces if a.verdict == "undecidable"]
    if open_:
        what = open_[0].sentence().rstrip(".")
        return Disclosure(doc, hit, None, "with an acknowledgement a person must confirm", needs_review=what)
    refused = "; ".join(_the(a.sentence().rstrip(".")) for a in pieces[:2])
    return Disclosure(doc, hit, None, None, refused=refused)


def _the(sentence: str) -> str:
    return sentence if sentence.startswith("the ") else f"the {sentence}"


def _customer_domains(claim: Claim, rules: DomainRules) -> list[str]:
    domains = list(claim.customer.domains)
    contact = email_domain(claim.customer.contact.email) if claim.customer.contact else None
    if contact and not rules.is_consumer(contact) and rules.belongs_to(contact, claim.partner.domains) is None:
        domains.append(contact)
    return domains


def _claim_evidence(claim: Claim) -> list[Evidence]:
    return [
        Evidence("claim.json", f"customer.segment: {claim.customer.segment}"),
        Evidence("claim.json", f"customer.country: {claim.customer.country}"),
    ]


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    if claim.customer.segment != "public_sector":
        return result(
            CHECK_ID,
            "not_applicable",
            f"Customer segment is {claim.customer.segment}; the public sector rules do not apply.",
        )
    country = claim.customer.country
    evidence = _claim_evidence(claim)
    inel = _section(ctx.policy, "ineligible_countries")
    restricted = [str(c).upper() for c in inel.get("countries", [])]
    list_applies = (
        claim.program in inel.get("programs", [])
        and claim.claim_kind in inel.get("claim_kinds", [])
        and claim.solution_area in inel.get("solution_areas", [])
    )
    if list_applies and country in restricted:
        return result(
            CHECK_ID,
            "fail",
            f"The customer is a public-sector entity in {country}, a country on the Public Sector Country "
            "Ineligibility List: partners may not earn incentives for public sector customers there "
            f"(seed: {inel.get('seed', 'POE Components - CPOR')}).",
            evidence,
            reject=True,
        )
    known_eligible = country in [str(c).upper() for c in inel.get("known_eligible", [])]
    country_unverified = list_applies and not known_eligible and not restricted
    kind = "Partner Activities" if claim.is_partner_activities else f"CPOR {claim.solution_area} {claim.claim_kind}"
    if not list_applies:
        areas = " and ".join(inel.get("solution_areas", []))
        kinds = "/".join(inel.get("claim_kinds", []))
        country_note = (
            f" The Public Sector Country Ineligibility List rules only {areas} {kinds} claims, not {kind} "
            f"claims (seed: \u201c{inel.get('scope_seed', 'Public Sector')}\u201d)."
        )
    elif country_unverified:
        country_note = (
            f" The Public Sector Country Ineligibility List is not on file (public_sector.toml is empty), so "
            f"{country} was not checked against it."
        )
    elif restricted:
        country_note = f" {country} is not on the Public Sector Country Ineligibility List."
    else:
        country_note = f" The seed names {country} as eligible for public-sector incentives."

    req = disclosure_requirement(claim, ctx.policy)
    if req is None:
        summary = f"Public-sector customer in {country}: no fee disclosure is required for {kind} claims there."
        return result(CHECK_ID, "warn" if country_unverified else "pass", summary + country_note, evidence)

    disclosures = find_disclosures(ctx)
    acknowledged = [d for d in disclosures if d.acknowledged]
    psd_docs = ctx.by_role("public_sector_disclosure")
    if acknowledged:
        d = acknowledged[0]
        ev = [d.evidence]
        if d.acknowledgement is not None:
            ev.append(Evidence.from_hit(d.acknowledgement, d.acknowledgement.line()[:200]))
        summary = (
            f"{req.reason}: written disclosure of the partner's compensation from Microsoft found in "
            f"{d.document.path} (\u201c{d.quote[:200]}\u201d), {d.acknowledged_by}."
        )
        if d.needs_review:
            summary += f" Needs review: {d.needs_review}."
        unsure = bool(country_unverified or d.needs_review)
        return result(CHECK_ID, "warn" if unsure else "pass", summary + country_note, ev + evidence)

    unreadable = [d for d in ctx.evidence_documents() if d.error is not None]
    textless = [d for d in ctx.evidence_documents() if d.error is None and not d.has_text and d.email is None]
    if disclosures:
        d = disclosures[0]
        return result(
            CHECK_ID,
            "fail",
            f"{req.reason}: {d.document.path} discloses the partner's compensation from Microsoft "
            f"(\u201c{d.quote[:200]}\u201d) but shows no written acknowledgement by the customer "
            f"(signature or acceptance){': ' + d.refused if d.refused else ''}. The disclosure must be "
            f"acknowledged by the customer in writing (seed: {req.seed}).",
            [d.evidence, *evidence],
        )
    psd_unreadable = [d for d in psd_docs if d.error is not None or not d.has_text]
    if psd_unreadable or unreadable or textless:
        names = ", ".join(f"{d.path} ({d.error or 'no text layer'})" for d in [*psd_unreadable, *unreadable, *textless])
        return result(
            CHECK_ID,
            "warn",
            f"{req.reason}: no disclosure of the partner's compensation from Microsoft was found in the "
            f"readable documents; these could not be read and may hold it: {names}. Check them by eye.",
            [Evidence.of_document(d, d.error or "no text layer") for d in [*psd_unreadable, *unreadable, *textless]]
            + evidence,
        )
    where = (
        f"the document with role 'public_sector_disclosure' ({', '.join(d.path for d in psd_docs)}) does not "
        "disclose it"
        if psd_docs
        else "there is no document with role 'public_sector_disclosure' and none of the POE documents discloses it"
    )
    return result(
        CHECK_ID,
        "fail",
        f"{req.reason}: missing the written disclosure of the fees, commission or compensation the partner "
        f"receives from Microsoft, acknowledged by the customer in writing; {where} (seed: {req.seed}).",
        [*(Evidence.of_document(d, "no disclosure text found") for d in psd_docs), *evidence],
    )
