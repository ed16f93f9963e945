"""Check ``acknowledgement_date``: the customer's acknowledgement is dated as the rules ask.

Seed, "What constitutes valid proof of execution", item 5 (Dates): for usage claims the
customer's signature or acknowledgement must not be older than 12 months before the claim
was submitted; an older signature needs a recent acknowledgement confirming active
engagement (an e-mail will do). Pre-sales claims need proof of engagement dated before the
transaction. Which claim kinds follow which rule is in ``resources/policy/dates.toml``;
partner activities and revenue claims have no such rule in the seed (``not_applicable``).

The hard part is telling the acknowledgement date apart from the other dates of a POE
(engagement start and end, invoice, validity). A date counts when:

* a signing label is written just before it ("Date Signed", "Signed on", DocuSign's
  "Signed:"/"Completed", "E-Signed by … Date"), or a bare "Date" label has a signature
  next to it, before ("Signature: ____ Date: 6/5/2025") or just below ("Place, date
  Stuttgart, 09/10/2024" above "Signature (customer)");
* it is the sent date of an e-mail from the customer (an .msg/.eml whose sender is not the
  partner, a customer message quoted in a reply, a printed e-mail's "From:/Sent:" lines);
* it is the signing time of a PDF digital signature not made by the partner.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim
from poe_reviewer.dates import dayfirst_for
from poe_reviewer.documents.model import Document, Hit
from poe_reviewer.findings import readability
from poe_reviewer.findings.acknowledgements import Acknowledgement, acknowledgement_dates, find_acknowledgements
from poe_reviewer.findings.acknowledgements.dates import (
    NEAR_CUE,
    AcknowledgementDate,
    DateLabels,
    classify_dates,
    date_labels_of,
    date_policy,
    label_regex,
    policy_list,
    signed_on_or_after,
)
from poe_reviewer.findings.facts import AcknowledgementDateFact

CHECK_ID = "acknowledgement_date"


# -- the rule --------------------------------------------------------------------------------


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day where that day does not exist)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month0 = divmod(total, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def _unlabelled_dates(docs: Sequence[Document], labels: DateLabels, dayfirst: bool) -> list[Hit]:
    """Unlabelled dates written shortly after a mention of a signature (engagement dates excluded)."""
    cue_rx = label_regex(labels.cues)
    out: list[Hit] = []
    for doc in docs:
        for seg, d, kind, _ in classify_dates(doc, labels, dayfirst):
            if kind != "none":
                continue
            before = seg.text[max(0, d.start - NEAR_CUE) : d.start]
            if cue_rx.search(before):
                out.append(Hit.from_match(doc, seg, d.start, d.end, context=30))
    return out


def _max_age(section: Mapping[str, Any]) -> int:
    """How many months before submission an acknowledgement may be (seed item 5: 12)."""
    return int(section.get("max_age_months", 12))


def _signed_after(
    ctx: CheckContext, undated: Sequence[Acknowledgement], readable: Sequence[Document]
) -> tuple[Acknowledgement, tuple[dt.date, Hit]] | None:
    """An undated handwritten signature that the latest day its page reports dates within the 12 months
    (usage claims only: a pre-sales claim needs a day before the transaction, which a lower bound never shows)."""
    section = date_policy(ctx)
    if ctx.claim.claim_kind not in policy_list(section, "recency_claim_kinds"):
        return None
    submitted = ctx.claim.submitted_on
    latest = submitted + dt.timedelta(days=int(section.get("future_tolerance_days", 1)))
    boundary = months_before(submitted, _max_age(section))
    labels = date_labels_of(section)
    dayfirst = dayfirst_for(ctx.claim.customer.country, ctx.policy)
    cues = policy_list(section, "signed_after_future_cues")
    by_path = {d.path: d for top in readable for d in top.walk()}
    for ack in undated:
        doc = by_path.get(ack.document)
        if doc is None or ack.verdict != "valid":
            continue
        page = ack.evidence[0].page if ack.evidence else None
        floor = signed_on_or_after(doc, page, labels, dayfirst, latest, cues)
        if floor is not None and floor[0] >= boundary:
            return ack, floor
    return None


def _cue_evidence(docs: Sequence[Document], labels: DateLabels) -> list[Evidence]:
    """Where the POE speaks of a signature or acknowledgement without dating it."""
    rx = label_regex(labels.cues + labels.signature)
    out: list[Evidence] = []
    for doc in docs:
        for seg in doc.segments:
            m = rx.search(seg.text) if seg.label != "headers" else None
            if m:
                hit = Hit.from_match(doc, seg, m.start(), m.end())
                out.append(Evidence.from_hit(hit, hit.line()[:160]))
                break
    return out[:3]


def _facts(*named: AcknowledgementDate) -> list[AcknowledgementDateFact]:
    """The acknowledgements a summary names, as typed facts (the conflict comparison reads these)."""
    return [AcknowledgementDateFact(a.date, a.kind, a.quote, a.document) for a in named]


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    section = date_policy(ctx)
    seed = "seed: " + str(section.get("seed", "What constitutes valid proof of execution, item 5"))
    recency_kinds = policy_list(section, "recency_claim_kinds")
    prior_kinds = policy_list(section, "prior_to_transaction_claim_kinds")
    if not claim.is_cpor or claim.claim_kind not in recency_kinds + prior_kinds:
        what = "partner activities" if claim.is_partner_activities else f"CPOR {claim.claim_kind} claims"
        return result(
            CHECK_ID,
            "not_applicable",
            "The seed's date rule for the customer acknowledgement applies to CPOR usage and pre-sales "
            f"claims, not to {what}.",
        )

    docs = ctx.evidence_documents()
    if not docs:
        return result(CHECK_ID, "warn", "No POE document in the bundle to date the customer's acknowledgement.")
    seen = readability.for_dates(docs)
    readable = seen.readable
    # Documents whose text we could not see (unreadable, or a scan without OCR).
    blind = seen.blind
    found = acknowledgement_dates(ctx)
    decided = _judge(ctx, found, readable, blind, section, seed)
    # A numeric date whose day and month could swap is read the customer's country's way (or as the
    # document writes its other dates). When the other reading would decide otherwise, the verdict
    # says so beside the evidence, so the reviewer sees what the reading rule decided.
    latest_possible = ctx.claim.submitted_on + dt.timedelta(days=int(section.get("future_tolerance_days", 1)))
    for a in found:
        if a.other is None or a.other > latest_possible:
            continue  # one reading only, or the other one is after the claim was submitted: not meant
        swapped = [x.with_date(a.other) if x is a else x for x in found]
        alternative = _judge(ctx, swapped, readable, blind, section, seed)
        if alternative.status == decided.status:
            continue
        country = ctx.claim.customer.country or "the claims system"
        flag = (
            f" Check the date: '{a.quote}' in {a.document} is read as {a.date} ({a.reading}, as {country} "
            f"writes dates); read the other way it is {a.other}, and the verdict would be {alternative.status}."
        )
        return result(
            CHECK_ID,
            decided.status,
            decided.summary + flag,
            [*decided.evidence, a.evidence],
            reject=decided.reject,
            facts=decided.facts or (),
        )
    return decided


def _judge(
    ctx: CheckContext,
    found: Sequence[AcknowledgementDate],
    readable: Sequence[Document],
    blind: Sequence[Document],
    section: Mapping[str, Any],
    seed: str,
) -> CheckResult:
    """The verdict on these dated acknowledgements (each date as read)."""
    claim = ctx.claim
    prior_kinds = policy_list(section, "prior_to_transaction_claim_kinds")
    found = sorted(found, key=lambda a: a.date)
    submitted = claim.submitted_on
    tolerance = dt.timedelta(days=int(section.get("future_tolerance_days", 1)))
    usable = [a for a in found if a.date <= submitted + tolerance]
    future = [a for a in found if a.date > submitted + tolerance]

    if not usable:
        return _nothing_usable(ctx, readable, blind, future, seed)

    if claim.claim_kind in prior_kinds:
        return _pre_sales(claim, usable, seed, _upsell_cue(ctx, readable, section))

    months = _max_age(section)
    boundary = months_before(submitted, months)
    recent = [a for a in usable if a.date >= boundary]
    old = [a for a in usable if a.date < boundary]
    evidence_of = [a.evidence for a in sorted(usable, key=lambda a: a.date, reverse=True)[:4]]
    if recent:
        latest = max(recent, key=lambda a: (a.date, a.is_signature))
        old_signatures = [a for a in old if a.is_signature]
        recent_signatures = [a for a in recent if a.is_signature]
        if old_signatures and not recent_signatures:
            sig = max(old_signatures, key=lambda a: a.date)
            return result(
                CHECK_ID,
                "pass",
                f"{sig.describe()} dated {sig.date} ({sig.source}) is older than {months} months before "
                f"submission ({submitted}), but the {latest.describe().lower()} of {latest.date} "
                f"({latest.source}) confirms active engagement within {months} months ({seed}).",
                [latest.evidence, sig.evidence],
                facts=_facts(latest, sig),
            )
        return result(
            CHECK_ID,
            "pass",
            f"{latest.describe()} dated {latest.date} ({latest.source}) is within {months} months before "
            f"submission ({submitted}).",
            [latest.evidence],
            facts=_facts(latest),
        )
    latest = max(old, key=lambda a: a.date)
    summary = (
        f"{latest.describe()} dated {latest.date} ({latest.source}) is older than {months} months before submission "
        f"({submitted}), and no more recent customer acknowledgement confirms active engagement ({seed})."
    )
    if blind:
        unread = ", ".join(d.path for d in blind)
        return result(
            CHECK_ID,
            "warn",
            f"{summary} {unread} could not be read and may hold a recent one.",
            evidence_of,
            facts=_facts(latest),
        )
    return result(CHECK_ID, "fail", summary, evidence_of, facts=_facts(latest))


@dataclass(frozen=True)
class _Upsell:
    """Where the claim speaks of an upsell, and where its POE says a new partner of record drives it."""

    cue: Evidence
    new_partner: Evidence | None = None


def _first_hit(docs: Sequence[Document], rxs: Sequence[re.Pattern[str]]) -> Evidence | None:
    for doc in docs:
        for rx in rxs:
            hits = [h for h in doc.search(rx) if h.segment.label != "headers"]
            if hits:
                return Evidence.from_hit(hits[0], " ".join(hits[0].line().split())[:160])
    return None


def _upsell_cue(ctx: CheckContext, docs: Sequence[Document], section: Mapping[str, Any]) -> _Upsell | None:
    """Where the POE or the claim's comments speak of an upsell driven by a new partner of record."""
    rxs = [re.compile(str(p), re.IGNORECASE) for p in policy_list(section, "upsell_cues")]
    # the new partner of record as the POE itself says it (the partner's comment alone is its own word)
    new_partner = _first_hit(docs, [re.compile(str(p), re.I) for p in policy_list(section, "new_partner_cues")])
    in_poe = _first_hit(docs, rxs)
    if in_poe is not None:
        return _Upsell(in_poe, new_partner)
    for comment in ctx.claim.comments:
        for rx in rxs:
            m = rx.search(comment.text)
            if m:
                quote = f"comment by {comment.author}: {' '.join(comment.text.split())[:160]}"
                return _Upsell(Evidence("claim.json", quote), new_partner)
    return None


def _pre_sales(
    claim: Claim, usable: Sequence[AcknowledgementDate], seed: str, upsell: _Upsell | None = None
) -> CheckResult:
    transaction = claim.transaction_date
    if transaction is None:
        return result(
            CHECK_ID,
            "warn",
            "The pre-sales claim has no transaction date, so it cannot be checked that the engagement proof "
            f"predates the transaction. Earliest customer acknowledgement found: {usable[0].date} "
            f"({usable[0].source}).",
            [usable[0].evidence],
            facts=_facts(usable[0]),
        )
    before = [a for a in usable if a.date < transaction]
    if before:
        first = before[0]
        return result(
            CHECK_ID,
            "pass",
            f"{first.describe()} dated {first.date} ({first.source}) predates the transaction ({transaction}).",
            [first.evidence],
            facts=_facts(first),
        )
    first = usable[0]
    if upsell is not None and upsell.new_partner is not None:
        # Seed, "What constitutes valid proof of execution", item 5: "If a claim includes upsell
        # opportunities, indicating that a new POR is driving upsell for the customer, we will approve
        # claims even in the absence of prior proof of engagement." The POE itself says a new partner of
        # record drives it (the upsell may be the partner's comment's word).
        shown = "the claim speaks of an upsell" if upsell.cue.document == "claim.json" else "the POE shows an upsell"
        return result(
            CHECK_ID,
            "pass",
            f"The earliest customer acknowledgement, {first.describe().lower()} dated {first.date} "
            f"({first.source}), is not before the transaction date ({transaction}), but {shown} "
            f"('{upsell.cue.quote}') driven by a new partner of record ('{upsell.new_partner.quote}'): the seed "
            f"approves such claims even without prior proof of engagement ({seed}).",
            [upsell.cue, upsell.new_partner, *(a.evidence for a in usable[:1])],
            facts=_facts(first),
        )
    if upsell is not None:
        # The same rule; the claim speaks of an upsell but not of a new partner of record driving it
        # (or only the partner's comment does): whether it is one is the reviewer's call.
        return result(
            CHECK_ID,
            "warn",
            f"The earliest customer acknowledgement, {first.describe().lower()} dated {first.date} "
            f"({first.source}), is not before the transaction date ({transaction}), but the POE speaks of an "
            f"upsell ('{upsell.cue.quote}'): the seed approves upsells driven by a new partner of record even without "
            f"prior proof of engagement ({seed}). Confirm that a new partner of record drove this upsell.",
            [upsell.cue, *(a.evidence for a in usable[:2])],
            facts=_facts(first),
        )
    return result(
        CHECK_ID,
        "fail",
        f"The earliest customer acknowledgement, {first.describe().lower()} dated {first.date} "
        f"({first.source}), is not before the transaction date ({transaction}); a pre-sales claim needs "
        f"proof of engagement with the customer prior to the transaction ({seed}), unless it is an upsell "
        "driven by a new partner of record.",
        [a.evidence for a in usable[:3]],
        facts=_facts(first),
    )


def _nothing_usable(
    ctx: CheckContext,
    readable: Sequence[Document],
    blind: Sequence[Document],
    future: Sequence[AcknowledgementDate],
    seed: str,
) -> CheckResult:
    submitted = ctx.claim.submitted_on
    if future:
        a = future[0]
        return result(
            CHECK_ID,
            "warn",
            f"The only customer acknowledgement found, {a.describe().lower()} dated {a.date} "
            f"({a.source}), is after the submission ({submitted}); check the date (day and month may be "
            "swapped).",
            [x.evidence for x in future[:3]],
            facts=_facts(a),
        )
    if blind:
        unread = ", ".join(d.path for d in blind)
        return result(
            CHECK_ID,
            "warn",
            "No date of customer signature or acknowledgement found in the readable POE text; "
            f"{unread} could not be read (a scan without OCR or an unreadable file) and may carry it.",
        )
    # A handwritten signature the ink reader saw but whose date it could not read (a phone photo,
    # a faint scan): the date is on the paper for a person to read, not missing.
    undated = [ack for ack in find_acknowledgements(ctx) if ack.date_unread and ack.side != "partner"]
    floor = _signed_after(ctx, undated, readable) if undated else None
    if floor is not None:
        ack, (day, hit) = floor
        months = _max_age(date_policy(ctx))
        return result(
            CHECK_ID,
            "pass",
            f"The date of the handwritten signature ({ack.description}) could not be read, but the signed page "
            f"reports '{hit.segment.text[hit.start : hit.end]}' ({day}): a paper is signed on or after the days it "
            f"reports, so it was signed within {months} months before submission ({submitted}) ({seed}).",
            [*ack.evidence[:1], Evidence.from_hit(hit)],
        )
    if undated:
        seen = (
            f"A handwritten signature was found ({undated[0].description}), but its date could not be read"
            if undated[0].verdict == "valid"
            else f"A sign-off was found ({undated[0].description}), but neither its signature nor its date was read"
        )
        return result(
            CHECK_ID,
            "warn",
            f"{seen} from the picture; read the date on the paper and check it is within 12 months before submission "
            f"({submitted}).",
            undated[0].evidence[:2],
        )
    labels = date_labels_of(date_policy(ctx))
    dayfirst = dayfirst_for(ctx.claim.customer.country, ctx.policy)
    loose = _unlabelled_dates(readable, labels, dayfirst)
    if loose:
        shown = "; ".join(f"'{h.segment.text[h.start : h.end]}' in {h.document.path}" for h in loose[:4])
        return result(
            CHECK_ID,
            "warn",
            f"The POE mentions a signature and has dates ({shown}), but none is labelled as the customer's "
            "signing or acknowledgement date; check by eye.",
            [Evidence.from_hit(h) for h in loose[:4]],
        )
    names = ", ".join(d.path for d in readable)
    return result(
        CHECK_ID,
        "fail",
        f"No date of customer signature or acknowledgement found in the POE ({names}) ({seed}).",
        _cue_evidence(readable, labels),
    )
