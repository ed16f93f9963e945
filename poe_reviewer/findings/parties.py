"""The claim's customer and partner as evidence must tell them apart: domains, names, people."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal

from rapidfuzz import fuzz

from poe_reviewer.claim import Claim
from poe_reviewer.domains import DomainRules, email_domain, within_any
from poe_reviewer.names import fold, name_pattern, tokens

#: Whose side a signer, sender or domain is on.
Side = Literal["customer", "partner", "unknown"]


# -- parties ----------------------------------------------------------------------------------------
def domain_of(addr: str | None) -> str | None:
    """The domain of an e-mail address (one reading for every part: :func:`poe_reviewer.domains.email_domain`)."""
    return email_domain(addr)


def _party_domains(domains: Iterable[str], contact_email: str | None, is_personal: Callable[[str], bool]) -> list[str]:
    found = [d.lower() for d in domains]
    contact = domain_of(contact_email)
    if contact and not is_personal(contact):  # a contact's gmail address says nothing of the company
        found.append(contact)
    return list(dict.fromkeys(found))


def person_key(name: str) -> list[str]:
    return [t for t in re.findall(r"[^\W\d_]+", fold(name)) if len(t) > 1 or t.isalpha()]


def same_person(a: str | None, b: str | None) -> bool:
    """``John Doe`` = ``Doe, John`` = ``JOHN DOE`` = ``John A. Doe``."""
    if not a or not b:
        return False
    ka, kb = person_key(a), person_key(b)
    if len(ka) < 2 or len(kb) < 2:
        return bool(ka) and ka == kb
    if set(ka) <= set(kb) or set(kb) <= set(ka):
        return True
    return fuzz.token_sort_ratio(" ".join(ka), " ".join(kb)) >= 90


class Parties:
    """The claim's customer and partner as acknowledgement evidence must tell them apart."""

    def __init__(self, claim: Claim, domains: DomainRules) -> None:
        self.claim = claim
        c, p = claim.customer, claim.partner
        #: personal mailboxes (gmail.com, hotmail.fr, ...): the one list of resources/policy/domains.toml
        self.is_personal: Callable[[str], bool] = domains.is_consumer
        partner = _party_domains(p.domains, p.contact.email if p.contact else None, self.is_personal)
        customer = _party_domains(c.domains, c.contact.email if c.contact else None, self.is_personal)
        self.partner_domains: list[str] = partner
        # a customer domain that is also the partner's says nothing about the sender's side
        self.customer_domains: list[str] = [d for d in customer if d not in partner]
        self.customer_contact = c.contact.name if c.contact else None
        self.partner_contact = p.contact.name if p.contact else None
        self.customer_rx = name_pattern(c.name)
        self.partner_rx = name_pattern(p.name)
        self._group_cues = domains.group_cues

    def group_cue(self, text: str) -> str | None:
        """A sender's words saying its company belongs to the customer's group, or None."""
        return group_company_cue(text, self.claim.customer.name, self._group_cues)

    def domain_side(self, domain: str | None) -> Side | None:
        if not domain:
            return None
        if within_any(domain, self.partner_domains):
            return "partner"
        if within_any(domain, self.customer_domains):
            return "customer"
        return "unknown"

    def name_side(self, name: str | None) -> Side | None:
        if same_person(name, self.customer_contact):
            return "customer"
        if same_person(name, self.partner_contact):
            return "partner"
        return None

    def org_in(self, text: str) -> Side | None:
        folded = fold(text)
        cust = bool(self.customer_rx and self.customer_rx.search(folded))
        part = bool(self.partner_rx and self.partner_rx.search(folded))
        if cust and not part:
            return "customer"
        if part and not cust:
            return "partner"
        return None

    def resembles_customer(self, domain: str) -> bool:
        """A domain whose name contains the customer's name (contoso-group.com for Contoso Ltd)."""
        label = re.sub(r"[^a-z0-9]", "", domain.rsplit(".", 1)[0].lower())
        words = [t for t in tokens(self.claim.customer.name) if len(t) >= 4]
        return bool(words) and all(w in label for w in words[:2])


def group_company_cue(text: str, customer_name: str, cues: Iterable[str]) -> str | None:
    """The words of ``text`` (a sender's signature) saying its company belongs to the customer's group
    ("an Athabasca Energy Services company"), or None (``domains.toml`` ``[group_sender]``)."""
    pattern = name_pattern(customer_name)
    if pattern is None:
        return None
    name = pattern.pattern
    for cue in cues:
        rx = re.compile(str(cue).replace("{customer}", f"(?:{name})"), re.IGNORECASE)
        # as written, for the quote; folded (accents) where only that matches
        m = rx.search(text) or rx.search(fold(text))
        if m:
            return " ".join(m.group(0).split())
    return None
