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
* Microsoft as the customer (name starting with "Microsoft", a Microsoft domain);
* a Microsoft subsidiary as the customer (GitHub, LinkedIn, Activision Blizzard, ...: the
  maintained list of names and domains in ``eligibility.toml``), or a customer the POE or the
  claim's comments call "a subsidiary of Microsoft" / "a Microsoft company";
* a customer the POE or a comment calls owned by the partner ("wholly owned subsidiary of
  <partner>", "a member of the <partner> group": ``[affiliate] cues``).

A customer contact whose e-mail is at the partner's or Microsoft's domain is suspicious but not
proof (the partner may have typed its own address): that warns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import MAX_LINE, Document, Hit, HitIndex, Segment
from poe_reviewer.domains import DomainRules, email_domain, is_within, normalize_domain
from poe_reviewer.names import CONNECTORS, LEGAL_SUFFIXES, after_legal_form, find_name, same_name, tokens

CHECK_ID = "ineligible_customer"


def _ev(field: str, value: object) -> Evidence:
    return Evidence("claim.json", f"{field}: {value}")


def _distinctive(name: str, generic: set[str], min_len: int) -> list[str]:
    # legal-form words and connectors inside a name ("Contoso Group Services") are no one's own word
    common = generic | LEGAL_SUFFIXES | CONNECTORS
    return [t for t in tokens(name) if len(t) >= min_len and t not in common and not t.isdigit()]


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


def _subsidiary_by_claim(claim: Claim, section: Mapping[str, Any], rules: DomainRules) -> tuple[str, list[Evidence]]:
    """(which subsidiary, evidence) when the claim's customer name or domain is a Microsoft subsidiary's."""
    customer = claim.customer
    mine = tokens(customer.name)
    for raw in section.get("names", []):
        name = str(raw)
        theirs = tokens(name)
        # "LinkedIn Ireland Unlimited Company" begins with "LinkedIn"
        if theirs and (same_name(customer.name, name) or mine[: len(theirs)] == theirs):
            return name, [_ev("customer.name", customer.name)]
    domains = [d for d in (normalize_domain(str(x)) for x in section.get("domains", [])) if d]
    for d in customer.domains:
        nd = normalize_domain(d)
        hit = next((m for m in domains if nd and (is_within(nd, m) or rules.registrable(nd) == m)), None)
        if hit is not None:
            return hit, [_ev("customer.domain", d)]
    return "", []


def _cue_in(doc: Document, claim: Claim, cues: Sequence[re.Pattern[str]], window: int) -> Hit | None:
    """A cue ("a subsidiary of Microsoft") written after the customer's name, no other party in between."""
    customer = find_name(doc, claim.customer.name)
    if not customer:
        return None
    partner = find_name(doc, claim.partner.name)
    for rx in cues:
        for cue in doc.search(rx):
            before = [
                h for h in customer if h.segment is cue.segment and h.end <= cue.start and cue.start - h.end <= window
            ]
            if not before:
                continue
            last = max(h.end for h in before)
            if any(h.segment is cue.segment and last <= h.start < cue.start for h in partner):
                continue  # the cue speaks of the partner
            return Hit.from_match(doc, cue.segment, max(h.start for h in before), cue.end)
    return None


def _subsidiary_by_cue(ctx: CheckContext, section: Mapping[str, Any]) -> Evidence | None:
    cues = [re.compile(str(c), re.IGNORECASE) for c in section.get("cues", [])]
    if not cues:
        return None
    window = int(section.get("cue_window", 200))
    return _first_in_poe_or_comments(ctx, lambda doc: _cue_in(doc, ctx.claim, cues, window))


def _first_in_poe_or_comments(ctx: CheckContext, find: Callable[[Document], Hit | None]) -> Evidence | None:
    """The first hit of ``find`` in the POE's readable documents, else in the claim's comments."""
    for doc in ctx.evidence_documents():
        if doc.error is None:
            hit = find(doc)
            if hit is not None:
                return Evidence.from_hit(hit)
    for comment in ctx.claim.comments:
        note = Document(
            path="claim.json", role="comment", kind="json", sha256="", segments=[Segment(comment.text, None, "comment")]
        )
        hit = find(note)
        if hit is not None:
            return Evidence("claim.json", f"comment by {comment.author}: {hit.quote}")
    return None


def _owned_by_partner(
    ctx: CheckContext, section: Mapping[str, Any], generic: set[str], min_len: int
) -> Evidence | None:
    """Wording after the customer's name that makes the partner its owner ("Helios Conseil SARL,
    wholly owned subsidiary of Meridian Cloud Partners SAS") or the customer the partner's ("Sonoran Peak
    Holdings LLC – Parent company of Saguaro Secure LLC"), in the POE or a comment."""
    cues = [(re.compile(str(c), re.IGNORECASE), "owner") for c in section.get("cues", [])]
    cues += [(re.compile(str(c), re.IGNORECASE), "owned") for c in section.get("parent_cues", [])]
    if not cues:
        return None
    window = int(section.get("cue_window", 200))
    pairs = ((ctx.claim.customer.name, ctx.claim.partner.name), (ctx.claim.partner.name, ctx.claim.customer.name))
    return _first_in_poe_or_comments(
        ctx,
        lambda doc: next((h for a, b in pairs if (h := _owner_said(doc, a, b, cues, window, generic, min_len))), None),
    )


def _owner_said(
    doc: Document,
    subject: str,
    other: str,
    cues: Sequence[tuple[re.Pattern[str], str]],
    window: int,
    generic: set[str],
    min_len: int,
) -> Hit | None:
    """Wording after ``subject``'s name that makes ``other`` its owner or the company it owns; said of the
    customer with the partner, or of the partner with the customer ("Zuiderzee Cloud B.V., part of
    Hollands Glorie Holding N.V."): either way one owns the other."""
    found = find_name(doc, subject)
    if not found:
        return None
    mentions = HitIndex(found)
    widest = max(h.end - h.start for h in found)
    others = HitIndex(find_name(doc, other))

    def about_subject(seg: Segment, start: int, end: int) -> bool:
        # the same sentence, and not a sentence about the other company named in between
        if re.search(r"[.;!?]\s+[A-Z]", seg.text[end:start]):
            return False
        return not others.starting(seg, end, start)

    for rx, group in cues:
        for seg in doc.segments:
            for m in rx.finditer(seg.text):
                owner = " ".join(m.group(group).split())
                if not (same_name(owner, other) or shared_distinctive_word(owner, other, generic, min_len)):
                    continue
                before = [
                    h
                    for h in mentions.starting(seg, m.start() - window - widest, m.start() + 1)
                    if h.end <= m.start() <= h.end + window and about_subject(seg, m.start(), h.end)
                ]
                if before:
                    return Hit.from_match(doc, seg, max(h.start for h in before), m.end())
    return None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def _sentence_start(text: str, pos: int, reach: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back ``reach`` characters at most (the scan starts
    where a sentence end reaching into that window can start: at its stop before a run of spaces)."""
    floor = max(0, pos - reach)
    scan = floor
    while scan > 0 and text[scan - 1].isspace():
        scan -= 1
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, scan - 1), pos)]
    return max(ends[-1] if ends else 0, floor)


def _under_one_owner(ctx: CheckContext, section: Mapping[str, Any]) -> Evidence | None:
    """A sentence naming the partner and the customer that puts both under one owner ("... are both
    members of the Al Mansoori Holdings group"), in the POE or a comment."""
    cues = [re.compile(str(c), re.IGNORECASE) for c in section.get("common_owner_cues", [])]
    if not cues:
        return None
    window = int(section.get("cue_window", 200))

    def both(doc: Document) -> Hit | None:
        customer = find_name(doc, ctx.claim.customer.name)
        partner = find_name(doc, ctx.claim.partner.name)
        named_here = HitIndex([*customer, *partner])
        for rx in cues:
            for seg in doc.segments:
                for m in rx.finditer(seg.text):
                    start = _sentence_start(seg.text, m.start(), window)  # not "Inc. and"
                    named = named_here.starting(seg, start, m.start())
                    if any(h in customer for h in named) and any(h in partner for h in named):
                        return Hit.from_match(doc, seg, min(h.start for h in named), m.end())
        return None

    return _first_in_poe_or_comments(ctx, both)


def _groups_of(
    doc: Document, name: str, other: str, cues: Sequence[re.Pattern[str]], window: int
) -> list[tuple[str, Hit]]:
    """The groups ``doc`` says the company ``name`` belongs to, each with the words that say so: a cue just after
    one of its mentions, in the same sentence and before any mention of the ``other`` party."""
    others = find_name(doc, other)
    out: list[tuple[str, Hit]] = []
    for h in find_name(doc, name):
        text = h.segment.text
        begin = after_legal_form(text, h.end)  # "Merlion Freight| Pte. Ltd. (Lion City Group)": its form first
        stop = min(len(text), begin + window)
        end = _SENTENCE_END.search(text, begin, stop)
        stop = end.start() + 1 if end else stop
        stop = min([stop, *(o.start for o in others if o.segment is h.segment and h.end <= o.start < stop)])
        tail = text[begin:stop]
        for rx in cues:
            m = rx.search(tail)
            if m is not None and m.group("group").strip():
                out.append(
                    (" ".join(m.group("group").split()), Hit.from_match(doc, h.segment, h.start, begin + m.end()))
                )
    return out


def _sister_companies(ctx: CheckContext, section: Mapping[str, Any], generic: set[str], min_len: int) -> list[Evidence]:
    """The customer and the partner each said to belong to the same group (their own letterheads, invoice or
    survey footers: "A Tylos Group company"): sister companies, partner affiliates."""
    cues = [re.compile(str(c), re.IGNORECASE) for c in section.get("membership_cues", [])]
    if not cues:
        return []
    window = int(section.get("membership_window", 120))
    customer, partner = ctx.claim.customer.name, ctx.claim.partner.name
    docs = [d for top in ctx.documents for d in top.walk() if d.error is None]
    of_customer = [g for doc in docs for g in _groups_of(doc, customer, partner, cues, window)]
    of_partner = [g for doc in docs for g in _groups_of(doc, partner, customer, cues, window)]
    for group, c_hit in of_customer:
        for other, p_hit in of_partner:
            if same_name(group, other) or shared_distinctive_word(group, other, generic, min_len):
                return [Evidence.from_hit(c_hit), Evidence.from_hit(p_hit)]
    return []


def _agent_of_customer(ctx: CheckContext, section: Mapping[str, Any]) -> Evidence | None:
    """A sentence naming the partner that makes it the customer's agent or fiduciary ("Dune Crest acts as
    Palm Crescent's appointed IT and licensing agent under our Agency Agreement"), in the POE or a comment."""
    cues = [re.compile(str(c), re.IGNORECASE) for c in section.get("cues", [])]
    if not cues:
        return None

    def agent(doc: Document) -> Hit | None:
        partner = HitIndex(find_name(doc, ctx.claim.partner.name))
        for rx in cues:
            for seg in doc.segments:
                for m in rx.finditer(seg.text):
                    start = _sentence_start(seg.text, m.start(), MAX_LINE)  # no sentence is longer than a line
                    after = _SENTENCE_END.search(seg.text, m.end())
                    end = after.start() + 1 if after else len(seg.text)
                    named = partner.starting(seg, start, end)
                    if named:
                        # the partner's name nearest the cue: before it, else after it
                        before = [h for h in named if h.start < m.start()]
                        h = before[-1] if before else named[0]
                        return Hit.from_match(doc, seg, min(m.start(), h.start), max(m.end(), h.end))
        return None

    return _first_in_poe_or_comments(ctx, agent)


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

    # A Microsoft subsidiary as the end customer is Microsoft as the end customer.
    subsidiaries = ms_section.get("subsidiaries", {})
    subsidiaries = subsidiaries if isinstance(subsidiaries, Mapping) else {}
    which, sub_ev = _subsidiary_by_claim(claim, subsidiaries, rules)
    cue_ev = None if which else _subsidiary_by_cue(ctx, subsidiaries)
    if which or cue_ev is not None:
        if which:
            why = f"its {'domain' if '.' in which else 'name'} is that of {which}"
        else:
            why = "a comment on the claim says so" if cue_ev and cue_ev.document == "claim.json" else "the POE says so"
        return result(
            CHECK_ID,
            "fail",
            f"The customer {customer.name} is a Microsoft subsidiary ({why}"
            + (f": '{cue_ev.quote}'" if cue_ev is not None else "")
            + "): Microsoft would be the end customer of this incentive claim."
            + quote_rule,
            sub_ev or ([cue_ev] if cue_ev is not None else []),
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
    one_name = set(_distinctive(customer.name, generic, min_len)) == set(_distinctive(partner.name, generic, min_len))
    if word is not None and one_name:
        return result(
            CHECK_ID,
            "fail",
            f"The customer {customer.name} and the partner {partner.name} share the distinctive name "
            f"\u201c{word}\u201d: the customer appears to be the partner or a partner affiliate." + quote_rule,
            base_ev,
            reject=True,
        )

    # what the POE or a comment says of the two companies: one owner over both, or the partner over the customer
    said = (
        (_under_one_owner(ctx, aff_section), f"The customer {customer.name} and the partner {partner.name} belong "
                                             "to one owner"),
        (_owned_by_partner(ctx, aff_section, generic, min_len), f"The customer {customer.name} and the partner "
                                                                f"{partner.name} are parent and subsidiary"),
    )  # fmt: skip
    sisters = _sister_companies(ctx, aff_section, generic, min_len)
    if sisters:
        quotes = " and ".join(f"{e.document}: '{e.quote}'" for e in sisters)
        summary = (
            f"The customer {customer.name} and the partner {partner.name} are each said to belong to one group "
            f"({quotes}): sister companies, so the customer is a partner affiliate." + quote_rule
        )
        return result(CHECK_ID, "fail", summary, [*sisters, *base_ev], reject=True)
    for ev, what in said:
        if ev is not None:
            where = "a comment on the claim" if ev.document == "claim.json" else ev.document
            summary = f"{what} ({where}: '{ev.quote}'): the customer is a partner affiliate." + quote_rule
            return result(CHECK_ID, "fail", summary, [ev, *base_ev], reject=True)

    agency = policy.get("agency", {})
    ev = _agent_of_customer(ctx, agency) if isinstance(agency, Mapping) else None
    if ev is not None:
        where = "a comment on the claim" if ev.document == "claim.json" else ev.document
        summary = (
            f"The partner {partner.name} acts as the customer's agent ({where}: '{ev.quote}'): partners may not "
            "earn incentives for a customer they owe agency or fiduciary duty." + quote_rule
        )
        return result(CHECK_ID, "fail", summary, [ev, *base_ev], reject=True)

    # The partner's name and the same domain name under another country's ending (lagosbaytech.com.gh for
    # lagosbaytech.com.ng): one group's company in another country, a partner affiliate.
    if word is not None:
        for d in customer.domains:
            nd = normalize_domain(d)
            twin = next((p for p in partner_domains if nd and rules.name_part(nd) == rules.name_part(p)), None)
            if nd is not None and twin is not None and len(rules.name_part(nd)) >= min_len:
                summary = (
                    f"The customer {customer.name} ({nd}) carries the partner's name and its domain name under "
                    f"another ending ({twin}): a company of the partner's own group, a partner affiliate." + quote_rule
                )
                return result(CHECK_ID, "fail", summary, [_ev("customer.domain", d), *base_ev], reject=True)

    # Suspicious but not proof: the partner's name inside a longer one of the customer's own ("Vistula
    # Systems" and "Vistula Cold Logistics" may share a river and nothing else).
    if word is not None:
        return result(
            CHECK_ID,
            "warn",
            f"The customer {customer.name} and the partner {partner.name} share the distinctive name "
            f"\u201c{word}\u201d, but the customer's name has words of its own and nothing in the POE or the claim "
            "says they belong to one owner: confirm that the customer is not a partner affiliate." + quote_rule,
            base_ev,
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
        ms_listed = [*ms_section.get("domains", []), *subsidiaries.get("domains", [])]
        ms_domains = [d for d in (normalize_domain(str(x)) for x in ms_listed) if d]
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
