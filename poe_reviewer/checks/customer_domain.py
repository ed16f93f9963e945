"""Check ``customer_domain``: acknowledgement e-mails come from the customer's domain.

Seed, "What constitutes valid proof of execution": signatures "can be in .MSG or .PDF (email)
format, e.g. using the email acknowledgment from the customer as a signature. Must ensure that
the customer domain is correct regardless of the format."

Every e-mail among the evidence (``.msg``/``.eml`` documents and their attached messages, printed
e-mails inside PDFs, and the senders of messages quoted in a thread) is sorted by its sender's
domain:

* the customer's domain (``customer.domain``, its subdomains such as ``it.contoso.com``, and the
  customer contact's e-mail domain) — the acknowledgement we want;
* the partner's domains — partner e-mails, not an acknowledgement but no fault by themselves;
* consumer mail (gmail.com, hotmail.fr, ...) or a look-alike of the customer's domain
  (``c0ntoso.com``, ``contoso-corp.com``, ``contoso.co``) — fail, naming the address;
* an Exchange-internal sender without an SMTP address — cannot be judged (warn);
* any other domain — not the customer; fails when no e-mail at all comes from the customer.

Failures are fixable: the partner can provide the acknowledgement from the customer's domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, Status, result
from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Document, Hit
from poe_reviewer.domains import DomainRules, Lookalike, email_address, email_domain, normalize_domain
from poe_reviewer.findings.acknowledgements.strength import not_the_customers
from poe_reviewer.findings.parties import Parties, group_company_cue

CHECK_ID = "customer_domain"

_EMAIL_KINDS = ("msg", "eml")
# A printed e-mail header: "From: Name <a@b.c>" followed within a few lines by Sent/Date/To/Subject.
_PRINTED_FROM = re.compile(
    r"^[ \t]*(?:From|Von|De|Da|Van|Från|Fra|Od)[ \t]*:[ \t]*(?P<value>[^\n]*@[^\n]*)$", re.I | re.M
)
_PRINTED_NEXT = re.compile(
    r"^[ \t]*(?:Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoy[ée]|[ÀA]|Objet|Inviato|Enviado|Para)"
    r"[ \t]*:",
    re.I | re.M,
)


@dataclass(frozen=True)
class Sender:
    """One e-mail's sender as found in a document."""

    document: Document
    shown: str
    address: str | None
    domain: str | None
    #: ``e-mail`` (a .msg/.eml), ``quoted`` (an earlier message in the thread), ``printed`` (PDF/image text)
    source: str
    evidence: Evidence

    @property
    def where(self) -> str:
        if self.source == "quoted":
            return f"quoted in {self.document.path}"
        if self.source == "printed":
            return f"printed in {self.document.path}"
        return self.document.path


@dataclass(frozen=True)
class Verdict:
    sender: Sender
    kind: str  # customer, partner, consumer, lookalike, lookalike_weak, other, unknown
    lookalike: Lookalike | None = None


def _locate(doc: Document, *needles: str | None) -> Evidence | None:
    for needle in needles:
        if needle:
            hits = doc.search(re.escape(needle))
            header_hits = [h for h in hits if h.segment.label == "headers"] or hits
            if header_hits:
                h = header_hits[0]
                return Evidence.from_hit(h, h.line()[:200] or h.quote)
    return None


def _senders(doc: Document) -> list[Sender]:
    out: list[Sender] = []
    if doc.email is not None:
        s = doc.email.sender
        address = (email_address(s.email) or email_address(s.name)) if s is not None else None
        if s is None or not (s.name or s.email):
            shown = ""
        elif address is None:
            shown = s.name or s.email or ""  # no SMTP address: the X.500 path is noise to a reviewer
        else:
            shown = str(s)
        ev = _locate(doc, address, s.email if s else None, s.name if s else None) or Evidence.of_document(
            doc, f"From: {shown or '(no sender)'}"
        )
        out.append(Sender(doc, shown or "(no sender)", address, email_domain(address), "e-mail", ev))
        for q in doc.email.quoted:
            q_address = email_address(q.sender)
            if q_address is None:
                continue  # quoted senders without an address are too common to judge
            q_ev = _locate(doc, q_address) or Evidence.of_document(doc, f"From: {q.sender}")
            out.append(Sender(doc, q.sender or q_address, q_address, email_domain(q_address), "quoted", q_ev))
        return out
    if doc.error is not None or doc.kind in _EMAIL_KINDS:
        return out
    first = True
    for seg in doc.segments:
        for m in _PRINTED_FROM.finditer(seg.text):
            tail = seg.text[m.end() : m.end() + 400]
            if not _PRINTED_NEXT.search(tail):
                continue
            value = m.group("value").strip()
            address = email_address(value)
            if address is None:
                continue
            hit = Hit.from_match(doc, seg, m.start("value"), m.end("value"))
            ev = Evidence.from_hit(hit, f"From: {value}"[:200])
            source = "printed" if first else "quoted"
            out.append(Sender(doc, value, address, email_domain(address), source, ev))
            first = False
    return out


def _party_domains(claim: Claim, rules: DomainRules) -> tuple[list[str], list[str]]:
    partner = [d for d in (normalize_domain(x) for x in claim.partner.domains) if d]
    p_contact = email_domain(claim.partner.contact.email) if claim.partner.contact else None
    if p_contact and not rules.is_consumer(p_contact) and p_contact not in partner:
        partner.append(p_contact)
    customer = [d for d in (normalize_domain(x) for x in claim.customer.domains) if d]
    c_contact = email_domain(claim.customer.contact.email) if claim.customer.contact else None
    if (
        c_contact
        and not rules.is_consumer(c_contact)
        and rules.belongs_to(c_contact, partner) is None
        and rules.belongs_to(c_contact, customer) is None
    ):
        customer.append(c_contact)
    return customer, partner


def _classify(sender: Sender, customer: list[str], partner: list[str], rules: DomainRules) -> Verdict:
    d = sender.domain
    if d is None:
        return Verdict(sender, "unknown")
    if rules.belongs_to(d, customer):
        return Verdict(sender, "customer")
    if rules.belongs_to(d, partner):
        return Verdict(sender, "partner")
    if rules.is_consumer(d):
        return Verdict(sender, "consumer")
    weak: Lookalike | None = None
    for target in customer:
        la = rules.lookalike(d, target)
        if la is not None and la.strong:
            return Verdict(sender, "lookalike", la)
        if la is not None and weak is None:
            weak = la
    if weak is not None:
        return Verdict(sender, "lookalike_weak", weak)
    return Verdict(sender, "other")


def _describe(v: Verdict) -> str:
    s = v.sender
    addr = s.address or s.shown
    if v.kind == "consumer":
        return f"{addr} ({s.where}) is a consumer mail address, not the customer's organisation"
    if v.kind in ("lookalike", "lookalike_weak") and v.lookalike is not None:
        return f"{addr} ({s.where}) {v.lookalike.reason}"
    if v.kind == "unknown" and s.shown == "(no sender)":
        return f"{s.where} has no sender address, so its domain is unknown"
    if v.kind == "unknown":
        return f"{s.shown} ({s.where}) has no SMTP address (Exchange-internal sender), so its domain is unknown"
    return f"{addr} ({s.where})"


def _group_cue(sender: Sender, claim: Claim, rules: DomainRules) -> str | None:
    """The sender's own words placing its company in the customer's group (its e-mail signature)."""
    email = sender.document.email
    text = email.own_text if email is not None else "\n".join(seg.text for seg in sender.document.segments)
    return group_company_cue(text, claim.customer.name, rules.group_cues)


def run(ctx: CheckContext) -> CheckResult:
    rules = DomainRules.from_policy(ctx.policy)
    customer, partner = _party_domains(ctx.claim, rules)
    seed = str(ctx.policy["domains"].get("seed", "What constitutes valid proof of execution"))

    senders: list[Sender] = []
    unreadable: list[Document] = []
    for doc in ctx.evidence_documents():
        if doc.email is None and doc.kind in _EMAIL_KINDS and doc.error is not None:
            unreadable.append(doc)
            continue
        senders.extend(_senders(doc))

    if not senders and not unreadable:
        return result(CHECK_ID, "not_applicable", "No acknowledgement e-mails in the POE.")

    verdicts = [_classify(s, customer, partner, rules) for s in senders]
    by_kind: dict[str, list[Verdict]] = {}
    for v in verdicts:
        by_kind.setdefault(v.kind, []).append(v)
    top = [v for v in verdicts if v.sender.source != "quoted"]
    customer_label = ", ".join(customer) if customer else "(none on the claim)"

    bad = by_kind.get("consumer", []) + by_kind.get("lookalike", [])
    notes: list[str] = []
    if by_kind.get("partner"):
        notes.append(
            "partner e-mails (not a customer acknowledgement): "
            + ", ".join(_describe(v) for v in by_kind["partner"] if v.sender.source != "quoted")
        )
    for v in by_kind.get("unknown", []):
        notes.append(_describe(v))
    for doc in unreadable:
        notes.append(f"{doc.path} could not be read ({doc.error}), so its sender is unknown")
    notes = [n for n in notes if not n.endswith(": ")]

    if bad:
        summary = (
            f"Acknowledgement e-mail not from the customer's domain {customer_label}: "
            + "; ".join(_describe(v) for v in bad)
            + f". The customer's acknowledgement must come from the customer's own domain (seed: {seed})."
        )
        return result(CHECK_ID, "fail", summary, [v.sender.evidence for v in bad])

    if not customer:
        return result(
            CHECK_ID,
            "warn",
            "The claim gives no customer domain (customer.domain and the contact's e-mail are missing or "
            "consumer mail), so the senders cannot be checked: "
            + "; ".join(_describe(v) for v in verdicts if v.kind != "partner")
            + ".",
            [v.sender.evidence for v in verdicts],
        )

    good = by_kind.get("customer", [])
    weak = by_kind.get("lookalike_weak", [])
    # the customer's address in From: on a message the customer's domain did not send (its transport headers)
    parties = Parties(ctx.claim, rules)
    forged = [
        (v, why) for v in good if v.sender.source == "e-mail" and (why := not_the_customers(v.sender.document, parties))
    ]
    if forged and len(forged) == len(good):
        status_: Status = "fail" if any(partner for _v, (_why, partner) in forged) else "warn"
        return result(
            CHECK_ID,
            status_,
            "The e-mail shown as from the customer's domain "
            + "; ".join(f"{v.sender.address} ({v.sender.where}) {why.lstrip('- ')}" for v, (why, _p) in forged)
            + f" (seed: {seed}).",
            [v.sender.evidence for v, _why in forged],
        )
    if forged:
        weak = [*weak, *(v for v, _why in forged)]
        good = [v for v in good if all(v is not f for f, _why in forged)]
    others = [v for v in by_kind.get("other", []) if v.sender.source != "quoted"]
    if good:
        summary = (
            f"E-mail from the customer's domain {customer_label}: "
            + ", ".join(f"{v.sender.address} ({v.sender.where})" for v in good)
            + "."
        )
        if others:
            summary += " Not from the customer (not counted): " + ", ".join(_describe(v) for v in others) + "."
        if weak:
            summary += " Check by eye: " + "; ".join(_describe(v) for v in weak) + "."
        if notes:
            summary += " Also: " + "; ".join(notes) + "."
        status: Status = "warn" if weak else "pass"
        return result(CHECK_ID, status, summary, [v.sender.evidence for v in good + weak + others])

    if weak:
        return result(
            CHECK_ID,
            "warn",
            f"No e-mail comes from the customer's domain {customer_label}; "
            + "; ".join(_describe(v) for v in weak)
            + " — confirm that this domain belongs to the customer.",
            [v.sender.evidence for v in weak],
        )
    grouped = [(v, cue) for v in others if (cue := _group_cue(v.sender, ctx.claim, rules)) is not None]
    if others and len(grouped) == len(others):
        # a group company's domain: whether it is "the customer domain" a person confirms
        placed = "; ".join(
            f"{_describe(v)} is a company its sender's signature places in the customer's group ('{cue}')"
            for v, cue in grouped
        )
        return result(
            CHECK_ID,
            "warn",
            f"No e-mail comes from the customer's domain {customer_label}; {placed} — confirm that this domain "
            "belongs to the customer.",
            [v.sender.evidence for v, _cue in grouped],
        )
    if others:
        summary = (
            f"No e-mail in the POE comes from the customer's domain {customer_label}; the e-mails are from "
            + ", ".join(_describe(v) for v in others)
            + f". The customer's acknowledgement must come from the customer's own domain (seed: {seed})."
        )
        if notes:
            summary += " Also: " + "; ".join(notes) + "."
        return result(CHECK_ID, "fail", summary, [v.sender.evidence for v in others])
    if by_kind.get("unknown") or unreadable:
        return result(
            CHECK_ID,
            "warn",
            "The sender of these e-mails cannot be checked against the customer's domain "
            f"{customer_label}: " + "; ".join(notes) + ".",
            [v.sender.evidence for v in by_kind.get("unknown", [])]
            + [Evidence.of_document(d, d.error or "unreadable") for d in unreadable],
        )
    partner_mails = [v for v in top if v.kind == "partner"]
    return result(
        CHECK_ID,
        "not_applicable",
        "The e-mails in the POE come from the partner only ("
        + ", ".join(f"{v.sender.address} in {v.sender.document.path}" for v in partner_mails)
        + "); there is no customer acknowledgement e-mail whose domain could be checked.",
        [v.sender.evidence for v in partner_mails],
    )
