"""Check ``ineligible_customer``: the customer is not the partner, a partner affiliate, or Microsoft.

Seed, "Claim rejection": "Partners and Partner affiliate entities are not eligible to receive or
retain incentives for activity connected to a customer that is a partner affiliate ... or for any
services where the Partner themselves or Microsoft is the end customer." The reviewers reject
such claims outright, so a failure here is reject-class.

Decided from the claim's fields (claim.json), with the word lists of
``resources/policy/eligibility.toml``:

* the same organisation name after normalisation (:func:`poe_reviewer.names.same_name`);
* a shared registrable domain (the customer's domain, or its contact's e-mail domain, among the
  partner's domains);
* one name containing the other's distinctive word ("Fabrikam" and "Fabrikam Services GmbH");
* Microsoft as the customer (name starting with "Microsoft", a Microsoft domain).

A customer contact whose e-mail is at the partner's or Microsoft's domain is suspicious but not
proof (the partner may have typed its own address): that warns.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim
from poe_reviewer.domains import DomainRules, email_domain, is_within, normalize_domain
from poe_reviewer.names import same_name, tokens

CHECK_ID = "ineligible_customer"


def _ev(field: str, value: object) -> Evidence:
    return Evidence("claim.json", f"{field}: {value}")


def _distinctive(name: str, generic: set[str], min_len: int) -> list[str]:
    return [t for t in tokens(name) if len(t) >= min_len and t not in generic and not t.isdigit()]


def shared_distinctive_word(a: str, b: str, generic: set[str], min_len: int = 3) -> str | None:
    """The distinctive word that makes one name contain the other, or None.

    All distinctive words of the shorter name must appear in the longer one ("Fabrikam" in
    "Fabrikam Services GmbH"; "Contoso Health" and "Contoso IT Services" share "contoso"), so that
    two names sharing one word among several different ones ("Blue Yonder" / "Blue Ocean") do not
    count.
    """
    da, db = _distinctive(a, generic, min_len), _distinctive(b, generic, min_len)
    if not da or not db:
        return None
    short, long_ = (da, db) if len(da) <= len(db) else (db, da)
    if all(t in long_ for t in short):
        return short[0]
    return None


def _microsoft(claim: Claim, section: Mapping[str, Any], rules: DomainRules) -> list[Evidence]:
    first_words = {str(w).casefold() for w in section.get("name_first_words", [])}
    domains = [d for d in (normalize_domain(str(x)) for x in section.get("domains", [])) if d]
    found: list[Evidence] = []
    toks = tokens(claim.customer.name)
    if toks and toks[0] in first_words:
        found.append(_ev("customer.name", claim.customer.name))
    for d in claim.customer.domains:
        nd = normalize_domain(d)
        if nd and any(is_within(nd, m) or rules.registrable(nd) == rules.registrable(m) for m in domains):
            found.append(_ev("customer.domain", d))
    return found


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    policy = ctx.policy["eligibility"]
    rule = str(policy.get("rule", "")).strip()
    rules = DomainRules.from_policy(ctx.policy)
    ms_section = policy.get("microsoft", {})
    aff_section = policy.get("affiliate", {})
    ms_section = ms_section if isinstance(ms_section, Mapping) else {}
    aff_section = aff_section if isinstance(aff_section, Mapping) else {}
    generic = {str(w).casefold() for w in aff_section.get("generic_words", [])}
    min_len = int(aff_section.get("min_word_length", 3))
    customer, partner = claim.customer, claim.partner
    quote_rule = f' Per the program rules: "{rule}"' if rule else ""

    # Microsoft as the end customer
    ms = _microsoft(claim, ms_section, rules)
    if ms:
        return result(
            CHECK_ID,
            "fail",
            f"The customer is Microsoft ({customer.name}"
            + (f", {customer.domain}" if customer.domain else "")
            + "): Microsoft cannot be the end customer of an incentive claim."
            + quote_rule,
            ms,
            reject=True,
        )

    base_ev = [_ev("customer.name", customer.name), _ev("partner.name", partner.name)]
    if same_name(customer.name, partner.name):
        return result(
            CHECK_ID,
            "fail",
            f"The customer {customer.name} is the partner itself ({partner.name}): the partner cannot claim "
            "incentives for services where it is the end customer." + quote_rule,
            base_ev,
            reject=True,
        )

    partner_domains = [d for d in (normalize_domain(x) for x in partner.domains) if d]
    p_contact = email_domain(partner.contact.email) if partner.contact else None
    if p_contact and not rules.is_consumer(p_contact) and p_contact not in partner_domains:
        partner_domains.append(p_contact)
    for d in customer.domains:
        nd = normalize_domain(d)
        if nd is None:
            continue
        shared = rules.belongs_to(nd, partner_domains)
        if shared is not None:
            return result(
                CHECK_ID,
                "fail",
                f"The customer's domain {nd} is the partner's domain {shared}: the customer {customer.name} "
                f"is the partner {partner.name} or one of its affiliates." + quote_rule,
                [
                    _ev("customer.domain", d),
                    _ev("partner.domains", ", ".join(partner.domains) or shared),
                    *base_ev,
                ],
                reject=True,
            )

    word = shared_distinctive_word(customer.name, partner.name, generic, min_len)
    if word is not None:
        return result(
            CHECK_ID,
            "fail",
            f"The customer {customer.name} and the partner {partner.name} share the distinctive name "
            f"\u201c{word}\u201d: the customer appears to be the partner or a partner affiliate." + quote_rule,
            base_ev,
            reject=True,
        )

    # Suspicious but not proof: a customer domain imitating the partner's (fabrikam-services.com).
    for d in customer.domains:
        nd = normalize_domain(d)
        if nd is None:
            continue
        for pd in partner_domains:
            la = rules.lookalike(nd, pd)
            if la is not None and la.strong:
                return result(
                    CHECK_ID,
                    "warn",
                    f"The customer's domain {nd} resembles the partner's domain {pd} ({la.reason}); confirm "
                    f"that {customer.name} is not the partner {partner.name} or one of its affiliates.",
                    [_ev("customer.domain", d), _ev("partner.domains", ", ".join(partner.domains)), *base_ev],
                )

    # Suspicious but not proof: the customer contact's address is the partner's or Microsoft's.
    contact = customer.contact
    c_domain = email_domain(contact.email) if contact else None
    if contact is not None and c_domain is not None:
        ms_domains = [d for d in (normalize_domain(str(x)) for x in ms_section.get("domains", [])) if d]
        owner = None
        if rules.belongs_to(c_domain, partner_domains):
            owner = f"the partner's domain ({c_domain})"
        elif rules.belongs_to(c_domain, ms_domains):
            owner = f"a Microsoft domain ({c_domain})"
        if owner is not None:
            return result(
                CHECK_ID,
                "warn",
                f"The customer contact {contact.name} <{contact.email}> has an e-mail address at {owner}; "
                f"confirm that {customer.name} is a separate organisation and that the contact works for it.",
                [_ev("customer.contact.email", contact.email), *base_ev],
            )

    domains_note = f" ({customer.domain})" if customer.domain else ""
    p_note = f" ({', '.join(partner.domains)})" if partner.domains else ""
    return result(
        CHECK_ID,
        "pass",
        f"The customer {customer.name}{domains_note} is neither the partner {partner.name}{p_note} nor an "
        "affiliate by name or domain, nor Microsoft.",
        [*base_ev, *([_ev("customer.domain", customer.domain)] if customer.domain else [])],
    )
