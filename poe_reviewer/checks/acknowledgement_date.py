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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from poe_reviewer.checks import customer_acknowledgement
from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.checks.facts import AcknowledgementDateFact
from poe_reviewer.claim import Claim
from poe_reviewer.dates import DateMatch, dayfirst_for, find_dates, parse_datetime_loose
from poe_reviewer.documents.model import Address, Document, Hit, Segment
from poe_reviewer.names import name_pattern

CHECK_ID = "acknowledgement_date"

#: How far (characters) a label may stand before its date, and how many words may lie between.
_LABEL_WINDOW = 80
_MAX_GAP_WORDS = 6
_CUE_WINDOW = 200
#: An unlabelled date this close after a signature cue may be the signing date (the check warns).
_NEAR_CUE = 300
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|through|until|till|and)\s*", re.IGNORECASE)
#: A bare "Date" label may also be dated by a signature written just below it, within this many lines.
_CUE_LINES_AFTER = 2
# A bare "Date" label that heads its own field: at the start of its line, or after one word and a
# comma, "and" or a slash ("Place, date", "Ort/Datum", "City and date"), not "Engagement date".
_FIELD_PREFIX = re.compile(r"^\s*(?:[^\W\d_]+\s*(?:,|/|&|\band\b|\bund\b|\by\b|\bet\b)\s*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Acknowledgement:
    """A dated customer acknowledgement found in the POE."""

    date: dt.date
    #: "signature", "digital signature", "e-signature notice", "customer e-mail", "quoted customer e-mail"
    kind: str
    evidence: Evidence
    #: The text that dates it, for the summary ("Date Signed 6/5/2025").
    quote: str
    document: str

    @property
    def is_signature(self) -> bool:
        return "signature" in self.kind

    def describe(self) -> str:
        names = {
            "signature": "Customer signature",
            "digital signature": "Digital signature",
            "e-signature notice": "E-signature completion notice",
            "customer e-mail": "Customer e-mail",
            "quoted customer e-mail": "Customer e-mail quoted in " + self.document,
        }
        return names.get(self.kind, self.kind.capitalize())


# -- policy ----------------------------------------------------------------------------------


def _section(ctx: CheckContext) -> Mapping[str, Any]:
    section: Mapping[str, Any] = ctx.policy["dates"]["acknowledgement"]
    return section


def _list(section: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = section.get(key, [])
    if not isinstance(value, list):
        raise TypeError(f"dates.toml [acknowledgement] {key} must be a list")
    return tuple(str(v) for v in value)


@lru_cache(maxsize=16)
def _label_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of labels, longest first so that "Start Date" wins over "Date"."""
    parts = []
    for label in sorted(labels, key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s\-]+", label) if w]
        parts.append(r"[\s\-]*".join(words))
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class _Labels:
    signature: tuple[str, ...]
    date: tuple[str, ...]
    other: tuple[str, ...]
    cues: tuple[str, ...]

    def all_regex(self) -> re.Pattern[str]:
        return _label_regex(self.signature + self.date + self.other)

    def kind_of(self, label: str) -> str:
        key = " ".join(re.split(r"[\s\-:]+", label.strip().casefold()))
        for kind, labels in (("signature", self.signature), ("date", self.date), ("other", self.other)):
            if key in {" ".join(re.split(r"[\s\-]+", x.casefold())) for x in labels}:
                return kind
        return "other"


# -- finding dates ---------------------------------------------------------------------------


def _domain_of(text: str | None) -> str | None:
    if not text:
        return None
    m = re.search(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text)
    return m.group(1).lower() if m else None


def _in_domains(domain: str, domains: Iterable[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def sender_side(sender: str | None, claim: Claim, not_customer: Sequence[str]) -> str:
    """``partner``, ``customer`` or ``unknown`` for a sender written as "Name <address>"."""
    if not sender:
        return "unknown"
    domain = _domain_of(sender)
    if domain:
        if _in_domains(domain, claim.partner.domains):
            return "partner"
        if _in_domains(domain, not_customer):
            return "other"
        return "customer"
    # No address: compare the display name with the parties' companies and contacts.
    for party, side in ((claim.partner, "partner"), (claim.customer, "customer")):
        rx = name_pattern(party.name)
        if rx is not None and rx.search(sender):
            return side
        if party.contact and _same_person(party.contact.name, sender):
            return side
    return "unknown"


def _same_person(a: str, b: str) -> bool:
    wa = set(re.findall(r"\w+", a.casefold()))
    wb = set(re.findall(r"\w+", b.casefold()))
    return len(wa) >= 2 and wa <= wb


def classify_dates(doc: Document, labels: _Labels, dayfirst: bool) -> list[tuple[Segment, DateMatch, str, int]]:
    """Every date of ``doc`` with what its label makes of it: ``signature``, ``other`` or ``none``.

    The last element is where the label starts (the date's start when there is none).
    """
    out: list[tuple[Segment, DateMatch, str, int]] = []
    for seg in doc.segments:
        if seg.label == "headers" or not seg.text:
            continue
        out.extend((seg, d, kind, label_start) for d, kind, label_start in classify_text(seg.text, labels, dayfirst))
    return out


def classify_text(text: str, labels: _Labels, dayfirst: bool) -> list[tuple[DateMatch, str, int]]:
    """The dates of one text with what their labels make of them (see :func:`classify_dates`)."""
    out: list[tuple[DateMatch, str, int]] = []
    cue_rx = _label_regex(labels.cues)
    label_hits = list(labels.all_regex().finditer(text))
    dates = find_dates(text, dayfirst=dayfirst)
    for i, d in enumerate(dates):
        previous_end = dates[i - 1].end if i else 0
        if i and out and _RANGE_GAP.fullmatch(text[previous_end : d.start]):
            # The second end of a range ("June 1, 2025 – September 10, 2025") shares its label.
            _, kind, label_start = out[-1]
            out.append((d, kind, label_start))
            continue
        candidates = [m for m in label_hits if previous_end <= m.start() and m.end() <= d.start]
        if not candidates:
            out.append((d, "none", d.start))
            continue
        label = candidates[-1]
        gap = text[label.end() : d.start]
        if len(gap) > _LABEL_WINDOW or len(gap.split()) > _MAX_GAP_WORDS or re.search(r"[.;!?]\s", gap):
            out.append((d, "none", d.start))
            continue
        kind = labels.kind_of(label.group(0))
        if kind == "date":
            before = text[max(0, label.start() - _CUE_WINDOW) : label.start()]
            signed = cue_rx.search(before) is not None or _cue_below(text, label, d, cue_rx)
            kind = "signature" if signed else "none"
        out.append((d, kind, label.start()))
    return out


def date_labels(policy: Mapping[str, Mapping[str, Any]]) -> _Labels:
    """The date labels of ``dates.toml`` (signing, bare "Date", other dates, signature cues)."""
    section: Mapping[str, Any] = policy["dates"]["acknowledgement"]
    return _labels(section)


def _cue_below(text: str, label: re.Match[str], date: DateMatch, cue_rx: re.Pattern[str]) -> bool:
    """A field "Place, date Stuttgart, 09/10/2024" with "Signature (customer)" on the next lines.

    Paper forms put the date field above or beside the signature line as often as below it, so a
    signature cue after the date counts too, when the "Date" label heads its own field.
    """
    line_start = text.rfind("\n", 0, label.start()) + 1
    if not _FIELD_PREFIX.match(text[line_start : label.start()]):
        return False
    end = date.end
    for _ in range(_CUE_LINES_AFTER + 1):  # the rest of the date's line and the lines below it
        nxt = text.find("\n", end + 1)
        end = nxt if nxt >= 0 else len(text)
        if nxt < 0:
            break
    return cue_rx.search(text, date.end, end) is not None


def labelled_dates(doc: Document, labels: _Labels, dayfirst: bool) -> list[Acknowledgement]:
    """Dates with a signing label in front of them (or a "Date" label after a signature)."""
    found: list[Acknowledgement] = []
    for seg, d, kind, label_start in classify_dates(doc, labels, dayfirst):
        if kind != "signature":
            continue
        hit = Hit.from_match(doc, seg, label_start, d.end)
        quote = " ".join(seg.text[label_start : d.end].split())
        found.append(Acknowledgement(d.date, "signature", Evidence.from_hit(hit, quote), quote, doc.path))
    return found


def _header_hit(doc: Document) -> Hit | None:
    for seg in doc.segments:
        if seg.label == "headers":
            for m in re.finditer(r"^(?:Sent|Date)\s*:.*$", seg.text, re.IGNORECASE | re.MULTILINE):
                return Hit.from_match(doc, seg, m.start(), m.end())
    return None


def _addr(a: Address | None) -> str:
    return str(a) if a else ""


def email_dates(
    doc: Document, claim: Claim, not_customer: Sequence[str], esign_domains: Sequence[str], dayfirst: bool
) -> list[Acknowledgement]:
    """The sent date of a customer e-mail, of an e-signature completion notice, of quoted customer mails.

    ``dayfirst``: how the customer's country writes numeric dates (quoted ``Sent:`` lines are text).
    """
    found: list[Acknowledgement] = []
    info = doc.email
    if info is None:
        return found
    sender = _addr(info.sender)
    domain = _domain_of(sender)
    if info.date is not None:
        hit = _header_hit(doc)
        kind: str | None = None
        if domain and _in_domains(domain, esign_domains):
            if re.match(r"\s*(?:completed|signed|all parties have signed)", info.subject or "", re.IGNORECASE):
                kind = "e-signature notice"
        elif sender_side(sender, claim, not_customer) == "customer":
            kind = "customer e-mail"
        if kind is not None:
            quote = f"From: {sender}; Sent: {info.date:%Y-%m-%d %H:%M}"
            ev = Evidence.from_hit(hit, quote) if hit else Evidence.of_document(doc, quote)
            found.append(Acknowledgement(info.date.date(), kind, ev, quote, doc.path))
    for q in info.quoted:
        if not q.sent or sender_side(q.sender, claim, not_customer) != "customer":
            continue
        when = parse_datetime_loose(q.sent, dayfirst=dayfirst)
        if when is None:
            continue
        quote = f"From: {q.sender}; Sent: {q.sent}"
        found.append(
            Acknowledgement(when.date(), "quoted customer e-mail", Evidence.of_document(doc, quote), quote, doc.path)
        )
    return found


_PRINTED_FROM = re.compile(r"^\s*From\s*:\s*(?P<sender>.+)$", re.IGNORECASE | re.MULTILINE)
_PRINTED_SENT = re.compile(r"^\s*(?:Sent|Date)\s*:\s*(?P<sent>.+)$", re.IGNORECASE | re.MULTILINE)
_WROTE = re.compile(
    r"\bOn\s+(?P<sent>[^\n]{6,60}?\d{4}[^\n]{0,20}?),?\s+(?P<sender>[^\n]{0,80}?<?[\w.+-]+@[\w.-]+>?)\s*wrote:",
    re.IGNORECASE,
)


def printed_email_dates(
    doc: Document, claim: Claim, not_customer: Sequence[str], dayfirst: bool
) -> list[Acknowledgement]:
    """Customer e-mails printed to PDF or quoted in a body: "From: …" then "Sent: …" lines."""
    found: list[Acknowledgement] = []
    for seg in doc.segments:
        if seg.label == "headers":
            continue
        text = seg.text
        for m in _PRINTED_FROM.finditer(text):
            window_end = text.find("\n", m.end() + 1)
            for _ in range(3):
                nxt = text.find("\n", window_end + 1) if window_end >= 0 else -1
                window_end = nxt if nxt >= 0 else len(text)
            sent = _PRINTED_SENT.search(text, m.end(), window_end)
            if sent is None:
                continue
            found.extend(_printed(doc, seg, m.group("sender"), sent, claim, not_customer, dayfirst, m.start()))
        for m in _WROTE.finditer(text):
            found.extend(_printed(doc, seg, m.group("sender"), m, claim, not_customer, dayfirst, m.start()))
    return found


def _printed(
    doc: Document,
    seg: Segment,
    sender: str,
    sent: re.Match[str],
    claim: Claim,
    not_customer: Sequence[str],
    dayfirst: bool,
    start: int,
) -> list[Acknowledgement]:
    if sender_side(sender, claim, not_customer) != "customer":
        return []
    when = parse_datetime_loose(sent.group("sent"), dayfirst=dayfirst)
    if when is None:
        return []
    hit = Hit.from_match(doc, seg, sent.start("sent"), sent.end("sent"))
    quote = f"From: {' '.join(sender.split())}; Sent: {' '.join(sent.group('sent').split())}"
    return [Acknowledgement(when.date(), "customer e-mail", Evidence.from_hit(hit, quote), quote, doc.path)]


def digital_signature_dates(doc: Document, claim: Claim) -> list[Acknowledgement]:
    """Signing times of PDF digital signatures, except the partner's own."""
    found: list[Acknowledgement] = []
    for sig in doc.signatures:
        if not sig.signed or sig.signing_time is None:
            continue
        signer = sig.signer or ""
        if signer and (
            (claim.partner.contact and _same_person(claim.partner.contact.name, signer))
            or (name_pattern(claim.partner.name) or re.compile(r"(?!)")).search(signer)
        ):
            continue
        quote = f"Digital signature {sig.name}" + (f" by {signer}" if signer else "") + f", {sig.signing_time:%Y-%m-%d}"
        ev = Evidence(document=doc.path, quote=quote, page=sig.page, bbox=sig.bbox)
        found.append(Acknowledgement(sig.signing_time.date(), "digital signature", ev, quote, doc.path))
    return found


def find_acknowledgements(ctx: CheckContext, docs: Sequence[Document]) -> list[Acknowledgement]:
    """Every dated customer acknowledgement in ``docs``, de-duplicated."""
    section = _section(ctx)
    labels = _labels(section)
    not_customer = _list(section, "not_customer_domains")
    esign = _list(section, "esignature_domains")
    dayfirst = dayfirst_for(ctx.claim.customer.country, ctx.policy)
    found: list[Acknowledgement] = []
    for doc in docs:
        found.extend(labelled_dates(doc, labels, dayfirst))
        found.extend(email_dates(doc, ctx.claim, not_customer, esign, dayfirst))
        found.extend(printed_email_dates(doc, ctx.claim, not_customer, dayfirst))
        found.extend(digital_signature_dates(doc, ctx.claim))
    unique: dict[tuple[dt.date, str, str], Acknowledgement] = {}
    for a in found:
        unique.setdefault((a.date, a.document, a.quote), a)
    return sorted(unique.values(), key=lambda a: a.date)


# -- the rule --------------------------------------------------------------------------------


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day where that day does not exist)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month0 = divmod(total, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def _labels(section: Mapping[str, Any]) -> _Labels:
    return _Labels(
        signature=_list(section, "signature_labels"),
        date=_list(section, "date_labels"),
        other=_list(section, "other_labels"),
        cues=_list(section, "signature_cues"),
    )


def _unlabelled_dates(docs: Sequence[Document], labels: _Labels, dayfirst: bool) -> list[Hit]:
    """Unlabelled dates written shortly after a mention of a signature (engagement dates excluded)."""
    cue_rx = _label_regex(labels.cues)
    out: list[Hit] = []
    for doc in docs:
        for seg, d, kind, _ in classify_dates(doc, labels, dayfirst):
            if kind != "none":
                continue
            before = seg.text[max(0, d.start - _NEAR_CUE) : d.start]
            if cue_rx.search(before):
                out.append(Hit.from_match(doc, seg, d.start, d.end, context=30))
    return out


def _cue_evidence(docs: Sequence[Document], labels: _Labels) -> list[Evidence]:
    """Where the POE speaks of a signature or acknowledgement without dating it."""
    rx = _label_regex(labels.cues + labels.signature)
    out: list[Evidence] = []
    for doc in docs:
        for seg in doc.segments:
            m = rx.search(seg.text) if seg.label != "headers" else None
            if m:
                hit = Hit.from_match(doc, seg, m.start(), m.end())
                out.append(Evidence.from_hit(hit, hit.line()[:160]))
                break
    return out[:3]


def _facts(*named: Acknowledgement) -> list[AcknowledgementDateFact]:
    """The acknowledgements a summary names, as typed facts (the conflict comparison reads these)."""
    return [AcknowledgementDateFact(a.date, a.kind, a.quote, a.document) for a in named]


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    section = _section(ctx)
    seed = "seed: " + str(section.get("seed", "What constitutes valid proof of execution, item 5"))
    recency_kinds = _list(section, "recency_claim_kinds")
    prior_kinds = _list(section, "prior_to_transaction_claim_kinds")
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
    readable = [d for d in docs if d.error is None and (d.has_text or d.email is not None or d.signatures)]
    # Documents whose text we could not see (unreadable, or a scan without OCR).
    blind = [d for d in docs if d.error is not None or not (d.has_text or d.email is not None)]
    submitted = claim.submitted_on
    tolerance = dt.timedelta(days=int(section.get("future_tolerance_days", 1)))
    found = find_acknowledgements(ctx, readable)
    # A customer e-mail that is no acknowledgement of the work (licence purchase, forward, ambiguous)
    # dates nothing: it cannot confirm active engagement (seed item 1 and item 5).
    not_acknowledging = {
        a.document
        for a in customer_acknowledgement.find_acknowledgements(ctx)
        if a.kind == "email" and a.verdict == "invalid"
    }
    found = [a for a in found if not (a.kind == "customer e-mail" and a.document in not_acknowledging)]
    usable = [a for a in found if a.date <= submitted + tolerance]
    future = [a for a in found if a.date > submitted + tolerance]

    if not usable:
        return _nothing_usable(ctx, readable, blind, future, seed)

    if claim.claim_kind in prior_kinds:
        return _pre_sales(claim, usable, seed, _upsell_cue(ctx, readable, section))

    months = int(section.get("max_age_months", 12))
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
                f"{sig.describe()} dated {sig.date} ('{sig.quote}') is older than {months} months before "
                f"submission ({submitted}), but the {latest.describe().lower()} of {latest.date} "
                f"('{latest.quote}') confirms active engagement within {months} months ({seed}).",
                [latest.evidence, sig.evidence],
                facts=_facts(latest, sig),
            )
        return result(
            CHECK_ID,
            "pass",
            f"{latest.describe()} dated {latest.date} ('{latest.quote}') is within {months} months before "
            f"submission ({submitted}).",
            [latest.evidence],
            facts=_facts(latest),
        )
    latest = max(old, key=lambda a: a.date)
    summary = (
        f"{latest.describe()} dated {latest.date} is older than {months} months before submission "
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


def _upsell_cue(ctx: CheckContext, docs: Sequence[Document], section: Mapping[str, Any]) -> Evidence | None:
    """Where the POE or the claim's comments speak of an upsell driven by a new partner of record."""
    rxs = [re.compile(str(p), re.IGNORECASE) for p in _list(section, "upsell_cues")]
    for doc in docs:
        for rx in rxs:
            hits = [h for h in doc.search(rx) if h.segment.label != "headers"]
            if hits:
                return Evidence.from_hit(hits[0], " ".join(hits[0].line().split())[:160])
    for comment in ctx.claim.comments:
        for rx in rxs:
            m = rx.search(comment.text)
            if m:
                return Evidence("claim.json", f"comment by {comment.author}: {' '.join(comment.text.split())[:160]}")
    return None


def _pre_sales(
    claim: Claim, usable: Sequence[Acknowledgement], seed: str, upsell: Evidence | None = None
) -> CheckResult:
    transaction = claim.transaction_date
    if transaction is None:
        return result(
            CHECK_ID,
            "warn",
            "The pre-sales claim has no transaction date, so it cannot be checked that the engagement proof "
            f"predates the transaction. Earliest customer acknowledgement found: {usable[0].date} "
            f"('{usable[0].quote}').",
            [usable[0].evidence],
            facts=_facts(usable[0]),
        )
    before = [a for a in usable if a.date < transaction]
    if before:
        first = before[0]
        return result(
            CHECK_ID,
            "pass",
            f"{first.describe()} dated {first.date} ('{first.quote}') predates the transaction ({transaction}).",
            [first.evidence],
            facts=_facts(first),
        )
    first = usable[0]
    if upsell is not None:
        # Seed, "What constitutes valid proof of execution", item 5: "If a claim includes upsell
        # opportunities, indicating that a new POR is driving upsell for the customer, we will approve
        # claims even in the absence of prior proof of engagement." Whether it is one is the reviewer's call.
        return result(
            CHECK_ID,
            "warn",
            f"The earliest customer acknowledgement, {first.describe().lower()} dated {first.date} "
            f"('{first.quote}'), is not before the transaction date ({transaction}), but the POE speaks of an "
            f"upsell ('{upsell.quote}'): the seed approves upsells driven by a new partner of record even without "
            f"prior proof of engagement ({seed}). Confirm that a new partner of record drove this upsell.",
            [upsell, *(a.evidence for a in usable[:2])],
            facts=_facts(first),
        )
    return result(
        CHECK_ID,
        "fail",
        f"The earliest customer acknowledgement, {first.describe().lower()} dated {first.date} "
        f"('{first.quote}'), is not before the transaction date ({transaction}); a pre-sales claim needs "
        f"proof of engagement with the customer prior to the transaction ({seed}), unless it is an upsell "
        "driven by a new partner of record.",
        [a.evidence for a in usable[:3]],
        facts=_facts(first),
    )


def _nothing_usable(
    ctx: CheckContext,
    readable: Sequence[Document],
    blind: Sequence[Document],
    future: Sequence[Acknowledgement],
    seed: str,
) -> CheckResult:
    submitted = ctx.claim.submitted_on
    if future:
        a = future[0]
        return result(
            CHECK_ID,
            "warn",
            f"The only customer acknowledgement found, {a.describe().lower()} dated {a.date} "
            f"('{a.quote}'), is after the submission ({submitted}); check the date (day and month may be "
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
    labels = _labels(_section(ctx))
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
