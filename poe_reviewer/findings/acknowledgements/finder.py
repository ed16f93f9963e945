"""Every piece of acknowledgement evidence of a claim, and the dates that date it, found once per claim.

Two views of one finding, kept in the same place so they cannot disagree: the pieces (what each is
and whether it counts: :func:`find_acknowledgements`) and the dates of the customer's
acknowledgement with the text that dates each (:func:`acknowledgement_dates`). A date only counts
from a piece that could acknowledge the work: a customer e-mail judged no acknowledgement (a licence
purchase, a forward) dates nothing.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from textwrap import shorten

from poe_reviewer.dates import dayfirst_for
from poe_reviewer.documents.model import Document
from poe_reviewer.domains import DomainRules
from poe_reviewer.findings import readability
from poe_reviewer.findings.acknowledgements.attestation import attestation_acknowledgement
from poe_reviewer.findings.acknowledgements.blocks import block_acknowledgements, image_acknowledgement
from poe_reviewer.findings.acknowledgements.dates import AcknowledgementDate, find_dated_acknowledgements
from poe_reviewer.findings.acknowledgements.emails import (
    chat_messages,
    email_message,
    is_mail,
    judge_message,
    printed_messages,
    sentence_around,
)
from poe_reviewer.findings.acknowledgements.located import DocText, locate
from poe_reviewer.findings.acknowledgements.model import Acknowledgement
from poe_reviewer.findings.acknowledgements.rules import Rules, rules
from poe_reviewer.findings.acknowledgements.signatures import (
    digital_signature_acknowledgements,
    distrust_changed_documents,
    esignature_acknowledgements,
)
from poe_reviewer.findings.acknowledgements.strength import not_the_customers, strength_of
from poe_reviewer.findings.context import CheckContext
from poe_reviewer.findings.parties import Parties
from poe_reviewer.names import fold

_KEY = "acknowledgements"
_DATES_KEY = "acknowledgement dates"


def work_evidence(ctx: CheckContext) -> list[Document]:
    """The documents whose acknowledgements count: the POE (less the public-sector fee disclosure)
    and, for partner activities, the attestation surveys."""
    # a signed public-sector fee disclosure acknowledges the fees, not the partner's work
    docs = [d for d in ctx.evidence_documents() if d.role != "public_sector_disclosure"]
    rules_ = rules(ctx.policy["acknowledgement"])
    if ctx.claim.program in rules_.attestation_programs:
        docs += ctx.by_role(*rules_.attestation_roles)
    return docs


def find_acknowledgements(ctx: CheckContext, documents: Iterable[Document] | None = None) -> list[Acknowledgement]:
    """Every piece of acknowledgement evidence in the POE (or in ``documents``), with its verdict.

    Found once per claim: the checks that need them (customer_acknowledgement, acknowledgement_date,
    unacceptable_documents) share the list kept in the context's findings.
    """
    if documents is not None:
        return _find(ctx, documents)
    # kept with the policy it was found under: a context given another policy finds again
    cached = ctx.findings.get(_KEY)
    if not (isinstance(cached, tuple) and cached[0] is ctx.policy):
        cached = (ctx.policy, _find(ctx, work_evidence(ctx)))
        ctx.findings[_KEY] = cached
    found: list[Acknowledgement] = cached[1]
    return list(found)


#: The kinds of acknowledgement whose own reading of a date dates them, and how the date check names them.
_SIGNATURE_SOURCES = {
    "scan": "handwritten signature",
    "signature_block": "handwritten signature",
    "esignature": "esignature",
}


def acknowledgement_dates(ctx: CheckContext) -> list[AcknowledgementDate]:
    """Every dated customer acknowledgement in the POE's readable documents, oldest first.

    Signing dates a POE labels, the sent dates of customer e-mails (sent, printed or quoted), the
    signing times of digital signatures and e-signature completion notices; each with its evidence
    and the text that dates it. Found once per claim, like the pieces.
    """
    cached = ctx.findings.get(_DATES_KEY)
    if not (isinstance(cached, tuple) and cached[0] is ctx.policy):
        readable = readability.for_dates(ctx.evidence_documents()).readable
        found = find_dated_acknowledgements(ctx, readable)
        # A customer e-mail that is no acknowledgement of the work (licence purchase, forward,
        # ambiguous) dates nothing: it cannot confirm active engagement (seed item 1 and item 5).
        # Nor does the newest message of a thread whose acceptance is an earlier message.
        refused = {
            a.document
            for a in find_acknowledgements(ctx)
            if a.kind == "email" and (a.verdict == "invalid" or a.accepted_in_thread)
        }
        kept = [a for a in found if not (a.kind == "customer e-mail" and a.document in refused)]
        # The date the ink reader read beside a handwritten signature (a scan's "Date 17/09/2026"
        # under the block), or the date under an e-signature's signer ("Date: 6/25/2026" under
        # "DocuSigned by:"), dates that signature, whether or not the page labels it a signing date.
        known = {(a.date, a.document) for a in kept}
        for a in find_acknowledgements(ctx):
            source = _SIGNATURE_SOURCES.get(a.kind)
            if (
                source and a.verdict == "valid" and a.date is not None
                and a.date_text and a.date_evidence is not None and (a.date, a.document) not in known
            ):  # fmt: skip
                kept.append(
                    AcknowledgementDate(
                        a.date, source, a.date_evidence, a.date_text, a.document, a.date_reading, a.date_other,
                    )
                )  # fmt: skip
        cached = (ctx.policy, sorted(kept, key=lambda a: a.date))
        ctx.findings[_DATES_KEY] = cached
    dated: list[AcknowledgementDate] = cached[1]
    return list(dated)


def _signed_end(doc: Document, text: str, signed: list[Acknowledgement], rules_: Rules) -> None:
    """A document the customer signed that says the engagement is over (or refuses the partner's part):
    its signature acknowledges no active engagement, and the customer's word outweighs other POE."""
    if not signed or not text:
        return
    for rx in (*rules_.ended, *rules_.refusals):
        m = rx.search(text)
        if m is None:
            continue
        sentence = " ".join(sentence_around(text, m).split())
        for ack in signed:
            ack.verdict, ack.refused = "invalid", True
            ack.reason = (f'is signed on a document that says the engagement is over ("{shorten(sentence, 90)}"): '
                          f"{rules_.refusal_rule[:1].lower()}{rules_.refusal_rule[1:]}")  # fmt: skip
            ack.evidence = [locate(doc, sentence), *ack.evidence]
        return


def _find(ctx: CheckContext, documents: Iterable[Document]) -> list[Acknowledgement]:
    rules_ = rules(ctx.policy["acknowledgement"])
    parties = Parties(ctx.claim, DomainRules.from_policy(ctx.policy))
    dayfirst = dayfirst_for(ctx.claim.customer.country, ctx.policy)
    engagement = ctx.claim.claim_kind in rules_.engagement_claim_kinds
    docs = list(documents)
    parents = {id(c): d for d in docs for c in d.children}
    found: list[Acknowledgement] = []
    for doc in docs:
        if doc.error:
            continue
        if doc.role in rules_.attestation_roles:
            if doc.data is not None:
                found.append(attestation_acknowledgement(doc, rules_, parties))
            continue
        if doc.email is not None:
            if is_mail(doc, rules_):
                found.append(judge_message(email_message(doc, dayfirst, engagement), rules_, parties))
            continue
        dt_ = DocText(doc)
        flat = doc.kind == "image"
        in_mail = (parent := parents.get(id(doc))) is not None and parent.email is not None
        esigns = esignature_acknowledgements(doc, dt_, rules_, parties, dayfirst, flat) if dt_.text else []
        found.extend(esigns)
        found.extend(digital_signature_acknowledgements(doc, rules_, parties))
        printed = printed_messages(doc, dt_, rules_, dayfirst, engagement) if dt_.text else []
        found.extend(judge_message(m, rules_, parties) for m in printed)
        # a chat printed to PDF: the customer's own messages in it (the partner's say nothing for the customer)
        chat = chat_messages(doc, dt_, dayfirst) if dt_.text and not printed else []
        theirs = [m for m in chat if parties.domain_side(m.sender.domain if m.sender else None) == "customer"]
        found.extend(judge_message(m, rules_, parties) for m in theirs)
        if flat:
            if not esigns and not printed:
                img = image_acknowledgement(doc, rules_, in_mail, parties, dayfirst)
                if img is not None:
                    found.append(img)
            continue
        has_esign = any(a.kind == "esignature" for a in esigns) or any(s.signed for s in doc.signatures)
        blocks = block_acknowledgements(doc, dt_, rules_, has_esign, dayfirst, parties, ctx.policy)
        found.extend(blocks)
        _signed_end(doc, dt_.text, [a for a in (*esigns, *blocks) if a.verdict != "invalid"], rules_)
    judged = distrust_changed_documents(found, docs)
    _signed_by_the_partner(judged, docs, parties)
    by_path = {d.path: d for top in docs for d in top.walk()}
    for ack in judged:
        source = by_path.get(ack.document)
        if ack.kind == "email" and ack.verdict == "valid" and (spoofed := not_the_customers(source, parties)):
            # the customer's address on a message the customer's domain did not send (seed: "Must ensure that
            # the customer domain is correct regardless of the format")
            ack.reason, partner_sent = spoofed
            ack.verdict = "invalid" if partner_sent else "undecidable"
        strength = strength_of(ack, source, parties, rules_.certificates)
        if strength is not None:
            ack.strength, ack.strength_reason = strength.rank, strength.reason
    return judged


#: The kinds of acknowledgement a person signs by hand or by an e-signature platform (not an e-mail's sender).
_SIGNED_KINDS = ("scan", "signature_block", "esignature")
#: How alike a signatory's surname and an e-mail sender's must be to be one person: a scan's OCR reads
#: "Krüger" as "Kriiger".
_SAME_SURNAME = 0.75


def _person(name: str | None) -> tuple[str, str] | None:
    """(first name, surname), folded; None without two words."""
    words = [w for w in fold(name or "").replace(",", " ").split() if w.isalpha()]
    return (words[0], words[-1]) if len(words) >= 2 else None


def _signed_by_the_partner(found: list[Acknowledgement], docs: Iterable[Document], parties: Parties) -> None:
    """A signature "for the customer" by someone who writes from the partner's own domain (a consultant seconded
    to the customer as its interim IT lead) is the partner acknowledging its own work: not the customer's."""
    senders = [
        (who, d.path, str(d.email.sender))
        for top in docs
        for d in top.walk()
        if d.email is not None and d.email.sender is not None
        and parties.domain_side(d.email.sender.domain) == "partner"
        and (who := _person(d.email.sender.name)) is not None
    ]  # fmt: skip
    if not senders:
        return
    for ack in found:
        signer = _person(ack.signer) if ack.kind in _SIGNED_KINDS and ack.verdict != "invalid" else None
        if signer is None or ack.side == "partner":
            continue
        for (first, last), path, sender in senders:
            if first == signer[0] and difflib.SequenceMatcher(None, last, signer[1]).ratio() >= _SAME_SURNAME:
                ack.verdict = "invalid"
                ack.reason = (
                    f"is signed by {ack.signer}, who writes from the partner's own domain ({sender} in {path}): "
                    "the partner cannot acknowledge its own work for the customer."
                )
                break

