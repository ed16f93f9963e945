"""Check ``unacceptable_documents``: is the POE more than documents that never count?

The seed ("These documents will not be accepted as proof of execution") refuses purchase
orders, pricing quotes, transactional contracts for the licensing sale of Microsoft products,
master services agreements without recent proof of the engagement, and ECIF papers without a
customer acknowledgement. Partners still upload them, often next to real POE.

Each POE document (and attachment) is recognised by its content, never by its file name
(:mod:`poe_reviewer.findings.document_kinds`: the phrases of each kind in
``resources/policy/unacceptable.toml`` scored, the real title read apart, a document describing work
not mistaken for its order). The check fails (fixable) when such documents are the only POE evidence,
passes with a note naming them when other POE is there, and warns when the only other POE cannot be
read as text. Invoices uploaded as invoices are not POE and are not looked at here.
"""

from __future__ import annotations

from collections.abc import Sequence

from poe_reviewer.checks.base import CheckContext, CheckResult, examined, result
from poe_reviewer.documents.model import Document
from poe_reviewer.findings import readability
from poe_reviewer.findings.acknowledgements import find_acknowledgements
from poe_reviewer.findings.document_kinds import Classified, classify, policy_rules, text_of

CHECK_ID = "unacceptable_documents"


def _words(doc: Document) -> int:
    if doc.email is not None:
        own = doc.email.own_text
        return len(own.split()) if own.strip() else len(text_of(doc).text.split())
    return len(text_of(doc).text.split())


def _picture_only(doc: Document) -> bool:
    """A scan or picture whose content the text reader cannot see."""
    return (bool(doc.images) and not doc.has_text) or doc.kind == "image"


def _quotes(c: Classified) -> str:
    return ", ".join(f"'{q}'" for q in list(dict.fromkeys(e.quote for e in c.evidence))[:3])


def _a(label: str) -> str:
    return ("an " if label[:1].lower() in "aeiou" else "a ") + label


def _named(items: Sequence[Classified]) -> str:
    return "; ".join(f"{c.doc.path} is {_a(c.kind.label)} ({_quotes(c)})" for c in items)


def _kinds_phrase(items: Sequence[Classified], *, counted: bool = False) -> str:
    """``purchase orders and pricing quotes``; with ``counted``, ``a purchase order`` for one."""
    if counted and len(items) == 1:
        return _a(items[0].kind.label)
    plurals = list(dict.fromkeys(c.kind.plural for c in items))
    return plurals[0] if len(plurals) == 1 else ", ".join(plurals[:-1]) + " and " + plurals[-1]


def _rules_cited(items: Sequence[Classified]) -> str:
    rules = list(dict.fromkeys(c.kind.rule.rstrip(".") for c in items))
    return "; ".join(f'"{r}"' for r in rules)


#: The seed's words on licence e-mails (acknowledgement.toml [email] licence_rule says the same).
LICENCE_RULE = "Customer e-mails concerning licensing purchases and e-mails forwarded from customers"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def run(ctx: CheckContext) -> CheckResult:
    rules = policy_rules(ctx.policy["unacceptable"])
    docs = ctx.evidence_documents()
    if not docs:
        return result(CHECK_ID, "not_applicable", "No POE documents in the bundle to examine.")
    unreadable = readability.broken(docs)
    readable = [d for d in docs if not d.error]

    # a document carrying a valid customer acknowledgement is POE of its own, however short
    acks = find_acknowledgements(ctx)
    acknowledged = {a.document for a in acks if a.verdict == "valid"}
    # a customer e-mail about buying licences is no POE of the work either (seed: insufficient material)
    licensing = {a.document for a in acks if a.licence_purchase} - acknowledged
    flagged: list[Classified] = []
    exempted: list[str] = []
    for doc in readable:
        c = classify(doc, rules)
        if c is None:
            continue
        if c.kind.exempt_if_acknowledged and doc.path in acknowledged:
            exempted.append(doc.path)
            continue
        flagged.append(c)

    flagged_ids = {id(c.doc) for c in flagged}
    # a public-sector fee disclosure is required paperwork, not evidence of the work
    others = [
        d for d in readable
        if id(d) not in flagged_ids and not _picture_only(d) and d.role != "public_sector_disclosure"
        and (_words(d) >= rules.min_words_other or d.path in acknowledged)
        and not (flagged and d.path in licensing)
    ]  # fmt: skip
    pictures = [d for d in readable if id(d) not in flagged_ids and _picture_only(d)]

    if not flagged:
        note = f" ({', '.join(exempted)} is ECIF with its own customer acknowledgement)" if exempted else ""
        return result(
            CHECK_ID,
            "pass",
            f"No unacceptable document types found in {len(docs)} POE document(s){note}.",
            examined(readable),
        )

    evidence = [e for c in flagged for e in c.evidence]
    cite = f'(seed, "{rules.seed}": {_rules_cited(flagged)})'
    if others:
        names = ", ".join(d.path for d in others[:4]) + (" and more" if len(others) > 4 else "")
        return result(
            CHECK_ID,
            "pass",
            f"{_named(flagged)}: {_kinds_phrase(flagged)} never count as proof of execution {cite}; "
            f"the other POE ({names}) is reviewed on its own.",
            evidence,
        )
    if pictures or unreadable:
        names = ", ".join(d.path for d in (pictures + unreadable)[:4])
        return result(
            CHECK_ID,
            "warn",
            f"{_named(flagged)}: {_kinds_phrase(flagged)} never count as proof of execution {cite}. "
            f"The only other POE ({names}) cannot be read as text: check whether it is more than that.",
            evidence,
        )
    mails = [d.path for d in readable if d.path in licensing]
    also = (
        f" {', '.join(mails[:3])} {'is a customer e-mail' if len(mails) == 1 else 'are customer e-mails'} about "
        f'buying licences (seed, "What constitutes valid proof of execution": "{LICENCE_RULE}").'
        if mails
        else ""
    )
    return result(
        CHECK_ID,
        "fail",
        f"The only POE evidence is {_kinds_phrase(flagged, counted=True)}: {_named(flagged)}. "
        f"{_upper_first(_kinds_phrase(flagged))} never count as proof of execution {cite}.{also} "
        "Upload POE that describes the work done, acknowledged by the customer.",
        evidence,
    )
