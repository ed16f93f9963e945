"""How much an acknowledgement is worth: a strength, with the reason, for every piece that counts.

A valid acknowledgement is not always equally good proof. A digital signature whose certificate names
the customer cannot be made by anyone else; an e-signature envelope with its certificate of completion
is the platform's word; a wet-ink signature on a scan is someone's hand; a customer e-mail that
travelled shows the customer's mail system in its transport headers (and the receiving server's
SPF/DKIM/DMARC verdict, where recorded); a ``.msg`` that never went through a mail server, or an e-mail
printed to PDF, is text anyone could have written; a typed name is the least. The headers are read
offline: nothing is looked up on the network.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from poe_reviewer.documents.model import Document
from poe_reviewer.domains import email_domain, within_any
from poe_reviewer.findings.acknowledgements.model import Acknowledgement
from poe_reviewer.findings.parties import Parties


@dataclass(frozen=True)
class Strength:
    """1 (very weak) to 6 (very strong), in words by ``findings.facts.STRENGTH_LABELS``; and why."""

    rank: int
    reason: str


# -- transport headers -----------------------------------------------------------------------------------
_RECEIVED_HOST = re.compile(r"\b(?:from|by)\s+([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})", re.IGNORECASE)
_AUTH = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
_AUTH_DOMAIN = re.compile(r"\b(?:header\.from|header\.d|smtp\.mailfrom)\s*=\s*([A-Za-z0-9.@-]+)", re.IGNORECASE)
_SENDING_DOMAIN = re.compile(r"\b(?:header\.d|header\.i|smtp\.mailfrom)\s*=\s*@?([A-Za-z0-9.@-]+)", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"<[^@<>\s]+@([^>\s]+)>")


@dataclass(frozen=True)
class Transport:
    """What an e-mail's transport headers say of where it came from."""

    #: it has a Received chain: it went through mail servers
    travelled: bool
    #: a mail host of the customer's domains in the Received chain
    customer_host: str | None
    #: the domain of its Message-ID
    message_id_domain: str | None
    #: spf/dkim/dmarc -> pass/fail/none..., for the customer's domain as the receiving server recorded it
    auth: dict[str, str]
    #: the domains the receiving server authenticated the message as sent by (smtp.mailfrom, the DKIM
    #: signer header.d) and the Return-Path's, where they are not the From: domain
    sent_by: tuple[str, ...] = ()


def read_transport(headers: Sequence[tuple[str, str]], customer_domains: Sequence[str]) -> Transport:
    received = [v for k, v in headers if k.lower() == "received"]
    hosts = [h.lower().rstrip(".") for v in received for h in _RECEIVED_HOST.findall(v)]
    customer_host = next((h for h in hosts if within_any(h, customer_domains)), None)
    message_id = next((v for k, v in headers if k.lower() == "message-id"), "")
    mid = _MESSAGE_ID.search(message_id)
    auth: dict[str, str] = {}
    senders: list[str] = []
    for k, v in headers:
        if k.lower() == "return-path" and "@" in v:
            senders.append(v.strip(" <>").rsplit("@", 1)[-1].lower())
        if k.lower() not in ("authentication-results", "arc-authentication-results"):
            continue
        domains = [d.rsplit("@", 1)[-1].lower() for d in _AUTH_DOMAIN.findall(v)]
        if domains and not any(within_any(d, customer_domains) for d in domains):
            continue  # results for another domain (a forwarder, the partner's tenant)
        senders += [d.rsplit("@", 1)[-1].lower() for d in _SENDING_DOMAIN.findall(v)]
        for method, verdict in _AUTH.findall(v):
            auth.setdefault(method.lower(), verdict.lower())
    sent_by = tuple(dict.fromkeys(d for d in senders if not within_any(d, customer_domains)))
    return Transport(bool(received), customer_host, mid.group(1).lower() if mid else None, auth, sent_by)


def not_the_customers(doc: Document | None, parties: Parties) -> tuple[str, bool] | None:
    """Why an e-mail shown as from the customer may not be the customer's: the receiving server recorded
    DMARC failing for the customer's domain in From:. With the partner's domain as the authenticated sender
    (smtp.mailfrom, the DKIM signer, Return-Path) it was sent from the partner's own mail system under the
    customer's address: (reason, True). DMARC failing alone (a forwarder may break it): (reason, False)."""
    if doc is None or doc.email is None:
        return None
    t = read_transport(doc.email.headers, parties.customer_domains)
    if t.auth.get("dmarc") not in ("fail", "permerror"):
        return None
    partner = [d for d in t.sent_by if parties.domain_side(d) == "partner"]
    if partner:
        return (
            f"was sent from the partner's own mail system ({', '.join(partner)}) under the customer's address: "
            "the receiving server recorded DMARC failing for the customer's domain, so it is not the customer's e-mail",
            True,
        )
    others = f" (it was sent as {', '.join(t.sent_by)})" if t.sent_by else ""
    return (
        f"- the receiving server recorded DMARC failing for the customer's domain{others}: it may not come from "
        "the customer; confirm it with the customer.",
        False,
    )


def _email_strength(ack: Acknowledgement, doc: Document | None, parties: Parties) -> Strength:
    if ack.kind == "printed_email" or doc is None or doc.email is None:
        return Strength(2, "a customer e-mail printed into a document: where it came from cannot be checked")
    customer = parties.customer_domains
    t = read_transport(doc.email.headers, customer)
    failed = [m.upper() for m, v in t.auth.items() if v in ("fail", "softfail", "permerror")]
    passed = [m.upper() for m, v in t.auth.items() if v == "pass"]
    if failed:
        return Strength(1, f"the receiving server recorded {' and '.join(failed)} failing for the customer's domain")
    if not t.travelled:
        return Strength(
            2, "no transport headers: a message that never went through a mail server is a draft anyone could write"
        )
    where: list[str] = []
    if t.customer_host:
        where.append(f"it went through the customer's mail host {t.customer_host}")
    if t.message_id_domain and within_any(t.message_id_domain, customer):
        where.append(f"its Message-ID is from {t.message_id_domain}")
    if passed and ("DKIM" in passed or "DMARC" in passed):
        return Strength(5, "; ".join([*where, f"{' and '.join(passed)} pass for the customer's domain"]))
    if where:
        return Strength(4, "a customer e-mail that travelled: " + "; ".join(where))
    sender = email_domain(str(doc.email.sender)) if doc.email.sender else None
    domain = f" ({sender})" if sender else ""
    return Strength(3, f"it went through mail servers, but none of them is the customer's{domain}")


def strength_of(
    ack: Acknowledgement, doc: Document | None, parties: Parties, certificates: Sequence[re.Pattern[str]] = ()
) -> Strength | None:
    """The strength of a piece that counts or may count (valid or undecidable); None for the others."""
    if ack.verdict == "invalid":
        return None
    kind = ack.fact_kind or ack.kind
    if kind == "digital_signature":
        if ack.strength >= 6:
            return Strength(6, "a digital signature whose certificate a trusted authority issued to the signer")
        return Strength(4, "an intact digital signature by the customer's signer, on a certificate nobody vouches for")
    if kind == "esignature":
        platform = ack.platform or "the e-signature platform"
        # the platform's certificate of completion / audit trail / evidence report (acknowledgement.toml)
        certificate = doc is not None and any(rx.search(s.text) for rx in certificates for s in doc.segments)
        if certificate:
            return Strength(5, f"an envelope of {platform} with its certificate of completion")
        return Strength(4, f"an envelope of {platform}, without its certificate of completion")
    if kind in ("email", "printed_email"):
        return _email_strength(ack, doc, parties)
    if kind == "chat":
        return Strength(2, "a chat message printed to a document: where it came from cannot be checked")
    if kind == "attestation":
        return Strength(4, "the customer's own answer to the claims system's attestation survey")
    if kind in ("scan", "signature_block", "image"):
        if ack.verdict == "valid" and not ack.signer:
            return Strength(3, "a handwritten signature in the customer's place on paper, its signatory's name unread")
        if ack.verdict == "valid":
            return Strength(4, "a handwritten signature on paper")
        return Strength(1, "a name or a place to sign; no signature anyone could verify")
    return Strength(3, "an acknowledgement of another kind")
