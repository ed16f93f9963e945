"""Dated customer acknowledgements of a POE: which dates a POE labels as signing dates, and the
sent dates of customer e-mails and the signing times of digital signatures (seed, valid proof of
execution, item 5 "Dates"). The rule that judges them is the ``acknowledgement_date`` check."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from poe_reviewer.dates import DateMatch, dayfirst_for, find_dates, parse_datetime_loose
from poe_reviewer.documents.model import Address, Document, Hit, Segment
from poe_reviewer.domains import DomainRules, email_domain, within_any
from poe_reviewer.findings.context import CheckContext, Evidence
from poe_reviewer.findings.parties import Parties

#: How far (characters) a label may stand before its date, and how many words may lie between.
_LABEL_WINDOW = 80
_MAX_GAP_WORDS = 6
_CUE_WINDOW = 200
#: An unlabelled date this close after a signature cue may be the signing date (the check warns).
NEAR_CUE = 300
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|through|until|till|and)\s*", re.IGNORECASE)
#: A bare "Date" label may also be dated by a signature written just below it, within this many lines.
_CUE_LINES_AFTER = 2
# A bare "Date" label that heads its own field: at the start of its line, or after one word and a
# comma, "and" or a slash ("Place, date", "Ort/Datum", "City and date"), not "Engagement date".
_FIELD_PREFIX = re.compile(r"^\s*(?:[^\W\d_]+\s*(?:,|/|&|\band\b|\bund\b|\by\b|\bet\b)\s*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class AcknowledgementDate:
    """A dated customer acknowledgement found in the POE."""

    date: dt.date
    #: "signature", "digital signature", "e-signature notice", "customer e-mail", "quoted customer e-mail"
    kind: str
    evidence: Evidence
    #: The text that dates it, for the summary ("Date Signed 6/5/2025").
    quote: str
    document: str
    #: How the date was read ("read day-first", "month written out", "e-mail header").
    reading: str = ""
    #: The date a numeric date would be read the other way (day and month swapped), or None.
    other: dt.date | None = None

    def with_date(self, date: dt.date) -> AcknowledgementDate:
        """The same acknowledgement read as ``date`` (to see whether the other reading decides otherwise)."""
        return dataclasses.replace(self, date=date, other=None)

    @property
    def source(self) -> str:
        """Its source text, and how it was read where that could matter (a numeric date)."""
        # how, where it matters: a numeric date (which way), a letter's date line (which date it is)
        telling = self.reading.startswith(("read ", "day first", "month first", "written with", "the letter's"))
        how = f", {self.reading}" if telling else ""
        return f"'{self.quote}'{how}"

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
            "letter signature": "Signed letter",
            "esignature": "The customer's e-signature",
        }
        return names.get(self.kind, self.kind.capitalize())


# -- policy ----------------------------------------------------------------------------------


def date_policy(ctx: CheckContext) -> Mapping[str, Any]:
    section: Mapping[str, Any] = ctx.policy["dates"]["acknowledgement"]
    return section


def policy_list(section: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = section.get(key, [])
    if not isinstance(value, list):
        raise TypeError(f"dates.toml [acknowledgement] {key} must be a list")
    return tuple(str(v) for v in value)


@lru_cache(maxsize=16)
def label_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of labels, longest first so that "Start Date" wins over "Date"."""
    parts = []
    for label in sorted(labels, key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s\-]+", label) if w]
        parts.append(r"[\s\-]*".join(words))
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class DateLabels:
    signature: tuple[str, ...]
    date: tuple[str, ...]
    other: tuple[str, ...]
    cues: tuple[str, ...]
    pending: tuple[str, ...] = ()

    def all_regex(self) -> re.Pattern[str]:
        return label_regex(self.signature + self.date + self.other)

    def kind_of(self, label: str) -> str:
        key = " ".join(re.split(r"[\s\-:]+", label.strip().casefold()))
        for kind, labels in (("signature", self.signature), ("date", self.date), ("other", self.other)):
            if key in {" ".join(re.split(r"[\s\-]+", x.casefold())) for x in labels}:
                return kind
        return "other"


# -- finding dates ---------------------------------------------------------------------------


def sender_side(sender: str | None, parties: Parties, not_customer: Sequence[str]) -> str:
    """``partner``, ``customer``, ``other`` or ``unknown`` for a sender written as "Name <address>".

    An address outside the partner's domains and the listed non-customer ones (e-signature
    platforms, Microsoft) is the customer's side here: whether it is the customer's own domain is
    the ``customer_domain`` rule's to judge, with its evidence.
    """
    if not sender:
        return "unknown"
    domain = email_domain(sender)
    if domain:
        if parties.domain_side(domain) == "partner":
            return "partner"
        if within_any(domain, not_customer):
            return "other"
        return "customer"
    # No address: compare the display name with the parties' companies and contacts.
    side = parties.name_side(sender) or parties.org_in(sender)
    return side or "unknown"


def classify_dates(doc: Document, labels: DateLabels, dayfirst: bool) -> list[tuple[Segment, DateMatch, str, int]]:
    """Every date of ``doc`` with what its label makes of it: ``signature``, ``other`` or ``none``.

    The last element is where the label starts (the date's start when there is none).
    """
    out: list[tuple[Segment, DateMatch, str, int]] = []
    for seg in doc.segments:
        if seg.label == "headers" or not seg.text:
            continue
        out.extend((seg, d, kind, label_start) for d, kind, label_start in classify_text(seg.text, labels, dayfirst))
    return out


def classify_text(text: str, labels: DateLabels, dayfirst: bool) -> list[tuple[DateMatch, str, int]]:
    """The dates of one text with what their labels make of them (see :func:`classify_dates`)."""
    out: list[tuple[DateMatch, str, int]] = []
    cue_rx = label_regex(labels.cues)
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
        if kind == "signature" and _not_signed(text, label, gap, labels):
            kind = "none"
        if kind == "date":
            before = text[max(0, label.start() - _CUE_WINDOW) : label.start()]
            signed = cue_rx.search(before) is not None or _cue_below(text, label, d, cue_rx)
            kind = "signature" if signed else "none"
        out.append((d, kind, label.start()))
    return out


_PROSE_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def _not_signed(text: str, label: re.Match[str], gap: str, labels: DateLabels) -> bool:
    """A signing label that dates no signature: the acceptance is still pending, or a one-word label
    ("completed", "accepted") stands inside a sentence of prose rather than heading a field."""
    if any(re.search(rf"\b{re.escape(cue)}\b", gap, re.IGNORECASE) for cue in labels.pending):
        return True
    if " " in label.group(0).strip() or text[label.end() : label.end() + 2].lstrip().startswith(":"):
        return False
    line_start = text.rfind("\n", 0, label.start()) + 1
    return len(_PROSE_WORD.findall(text[line_start : label.start()])) >= 2


def date_labels(policy: Mapping[str, Mapping[str, Any]]) -> DateLabels:
    """The date labels of ``dates.toml`` (signing, bare "Date", other dates, signature cues)."""
    section: Mapping[str, Any] = policy["dates"]["acknowledgement"]
    return date_labels_of(section)


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


def document_convention(dates: Sequence[DateMatch]) -> tuple[bool, str] | None:
    """How a document writes numeric dates, when one of its dates shows it: (day-first, that date).

    "27/09/2024" can only be day-first; a document that writes it writes "03/10/2024" the same way.
    None when no date shows it, or the document's dates show both ways.
    """
    shown = [
        (d.reading.startswith("day first"), d.raw) for d in dates if d.reading.startswith(("day first", "month first"))
    ]
    ways = {day for day, _ in shown}
    if len(ways) != 1:
        return None
    return shown[0]


def labelled_dates(doc: Document, labels: DateLabels, dayfirst: bool) -> list[AcknowledgementDate]:
    """Dates with a signing label in front of them (or a "Date" label after a signature).

    A numeric date that could be read both ways is read as the document writes its other dates,
    where one of them shows it ("27/09/2024" elsewhere in it); else the customer's country's way.
    """
    classified = classify_dates(doc, labels, dayfirst)
    convention = document_convention([d for _seg, d, _kind, _at in classified])
    found: list[AcknowledgementDate] = []
    for seg, d, kind, label_start in classified:
        if kind != "signature":
            continue
        hit = Hit.from_match(doc, seg, label_start, d.end)
        quote = " ".join(seg.text[label_start : d.end].split())
        date, reading, other = d.date, d.reading, d.other
        if other is not None and convention is not None:
            day_first, shown_by = convention
            if day_first != reading.startswith("read day-first"):
                date = other
            way = "day-first" if day_first else "month-first"
            date, reading, other = date, f"read {way}, as the document writes '{shown_by}'", None
        found.append(
            AcknowledgementDate(date, "signature", Evidence.from_hit(hit, quote), quote, doc.path, reading, other)
        )
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
    doc: Document, parties: Parties, not_customer: Sequence[str], esign_domains: Sequence[str], dayfirst: bool
) -> list[AcknowledgementDate]:
    """The sent date of a customer e-mail, of an e-signature completion notice, of quoted customer mails.

    ``dayfirst``: how the customer's country writes numeric dates (quoted ``Sent:`` lines are text).
    """
    found: list[AcknowledgementDate] = []
    info = doc.email
    if info is None:
        return found
    sender = _addr(info.sender)
    domain = email_domain(sender)
    if info.date is not None:
        hit = _header_hit(doc)
        kind: str | None = None
        if domain and within_any(domain, esign_domains):
            if re.match(r"\s*(?:completed|signed|all parties have signed)", info.subject or "", re.IGNORECASE):
                kind = "e-signature notice"
        elif sender_side(sender, parties, not_customer) == "customer":
            kind = "customer e-mail"
        if kind is not None:
            quote = f"From: {sender}; Sent: {info.date:%Y-%m-%d %H:%M}"
            ev = Evidence.from_hit(hit, quote) if hit else Evidence.of_document(doc, quote)
            found.append(AcknowledgementDate(info.date.date(), kind, ev, quote, doc.path, "e-mail header"))
    for q in info.quoted:
        if not q.sent or sender_side(q.sender, parties, not_customer) != "customer":
            continue
        when = parse_datetime_loose(q.sent, dayfirst=dayfirst)
        if when is None:
            continue
        quote = f"From: {q.sender}; Sent: {q.sent}"
        reading, other = _read(q.sent, when.date(), dayfirst)
        found.append(
            AcknowledgementDate(
                when.date(), "quoted customer e-mail", Evidence.of_document(doc, quote), quote, doc.path, reading, other
            )
        )
    return found


_PRINTED_FROM = re.compile(r"^\s*From\s*:\s*(?P<sender>.+)$", re.IGNORECASE | re.MULTILINE)
_PRINTED_SENT = re.compile(r"^\s*(?:Sent|Date)\s*:\s*(?P<sent>.+)$", re.IGNORECASE | re.MULTILINE)
_WROTE = re.compile(
    r"\bOn\s+(?P<sent>[^\n]{6,60}?\d{4}[^\n]{0,20}?),?\s+(?P<sender>[^\n]{0,80}?<?[\w.+-]+@[\w.-]+>?)\s*wrote:",
    re.IGNORECASE,
)


def printed_email_dates(
    doc: Document, parties: Parties, not_customer: Sequence[str], dayfirst: bool
) -> list[AcknowledgementDate]:
    """Customer e-mails printed to PDF or quoted in a body: "From: …" then "Sent: …" lines."""
    found: list[AcknowledgementDate] = []
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
            found.extend(_printed(doc, seg, m.group("sender"), sent, parties, not_customer, dayfirst, m.start()))
        for m in _WROTE.finditer(text):
            found.extend(_printed(doc, seg, m.group("sender"), m, parties, not_customer, dayfirst, m.start()))
    return found


def _printed(
    doc: Document,
    seg: Segment,
    sender: str,
    sent: re.Match[str],
    parties: Parties,
    not_customer: Sequence[str],
    dayfirst: bool,
    start: int,
) -> list[AcknowledgementDate]:
    if sender_side(sender, parties, not_customer) != "customer":
        return []
    when = parse_datetime_loose(sent.group("sent"), dayfirst=dayfirst)
    if when is None:
        return []
    hit = Hit.from_match(doc, seg, sent.start("sent"), sent.end("sent"))
    quote = f"From: {' '.join(sender.split())}; Sent: {' '.join(sent.group('sent').split())}"
    reading, other = _read(sent.group("sent"), when.date(), dayfirst)
    return [
        AcknowledgementDate(
            when.date(), "customer e-mail", Evidence.from_hit(hit, quote), quote, doc.path, reading, other
        )
    ]


def _read(text: str, date: dt.date, dayfirst: bool) -> tuple[str, dt.date | None]:
    """How a written ``Sent:`` date was read, and its other reading."""
    for m in find_dates(text, dayfirst=dayfirst):
        if m.date == date:
            return m.reading, m.other
    return "", None


# A letter's date line: the date alone, or after a place ("Brisbane, 30 October 2026", "Columbus,
# Nebraska - August 6, 2026") or "Date:". "Date:", "Boston,", "Columbus, Nebraska -" or a bilingual
# letter's "Franca, 15 de abril de 2026 / " before the date
_LETTER_LINE = re.compile(
    r"^\s*(?:(?:date|dated|datum|fecha)\s*:?\s*|[^\W\d_][^\n,]{0,30},\s*(?:[^\W\d_][^\n,\d]{0,30}?\s*[-–—,]\s*)?"
    r"(?:[^\n/]{0,30}\d{4}\s*/\s*)?)?$",
    re.IGNORECASE,
)
#: How many non-empty lines from the top a letter's date line may stand.
LETTER_HEAD_LINES = 10


def letter_date(doc: Document, dayfirst: bool) -> tuple[Segment, DateMatch] | None:
    """The date line at the head of a letter: a date alone on one of its first lines."""
    for seg in doc.segments:
        if seg.label == "headers" or not seg.text.strip():
            continue
        if seg.page not in (None, 1):
            return None
        start = 0
        for _ in range(LETTER_HEAD_LINES):
            end = seg.text.find("\n", start)
            end = len(seg.text) if end < 0 else end
            line = seg.text[start:end]
            if line.strip():
                for d in find_dates(line, dayfirst=dayfirst):
                    if _LETTER_LINE.match(line[: d.start]) and not line[d.end :].strip(" .\t"):
                        shifted = dataclasses.replace(d, start=start + d.start, end=start + d.end)
                        return seg, shifted
            if end >= len(seg.text):
                break
            start = end + 1
        return None
    return None


def signed_letter_dates(doc: Document, dayfirst: bool) -> list[AcknowledgementDate]:
    """The date of a letter signed by hand (a handwritten signature on a scan): its date line."""
    if not any(b.ink and b.source == "scan" for b in doc.signature_blocks):
        return []
    found = letter_date(doc, dayfirst)
    if found is None:
        return []
    seg, d = found
    hit = Hit.from_match(doc, seg, d.start, d.end)
    quote = " ".join(d.raw.split())
    return [
        AcknowledgementDate(
            d.date, "letter signature", Evidence.from_hit(hit, quote), quote, doc.path,
            f"the letter's date line, {d.reading}", d.other,
        )
    ]  # fmt: skip


def digital_signature_dates(doc: Document, parties: Parties) -> list[AcknowledgementDate]:
    """Signing times of PDF digital signatures, except the partner's own."""
    found: list[AcknowledgementDate] = []
    for sig in doc.signatures:
        if not sig.signed or sig.signing_time is None:
            continue
        signer = sig.signer or ""
        if signer and "partner" in (parties.name_side(signer), parties.org_in(signer)):
            continue
        quote = f"Digital signature {sig.name}" + (f" by {signer}" if signer else "") + f", {sig.signing_time:%Y-%m-%d}"
        ev = Evidence(document=doc.path, quote=quote, page=sig.page, bbox=sig.bbox)
        found.append(
            AcknowledgementDate(
                sig.signing_time.date(), "digital signature", ev, quote, doc.path, "signing time of the signature"
            )
        )
    return found


def signed_on_or_after(
    doc: Document, page: int | None, labels: DateLabels, dayfirst: bool, latest: dt.date, future_cues: Sequence[str]
) -> tuple[dt.date, Hit] | None:
    """The latest day a signed page reports, up to ``latest``: a paper is signed on or after it.

    A handwritten signature whose own date the reader could not see was still made after the page was
    written, so after every day the page reports as past. Dates labelled as something else (an engagement's
    end, a validity) and dates a cue on their line puts in the future ("next review", "planned for") are
    left out; a numeric date whose day and month could swap counts by its earlier reading.
    """
    future_rx = label_regex(tuple(future_cues))
    best: tuple[dt.date, Hit] | None = None
    for seg, d, kind, _ in classify_dates(doc, labels, dayfirst):
        if kind == "other" or (page is not None and seg.page not in (page, None)):
            continue
        line = seg.text[seg.text.rfind("\n", 0, d.start) + 1 : d.start]
        if future_rx.search(line):
            continue
        day = min(d.date, d.other) if d.other is not None else d.date
        if day > latest or (best is not None and day <= best[0]):
            continue
        best = (day, Hit.from_match(doc, seg, d.start, d.end, context=30))
    return best


def find_dated_acknowledgements(ctx: CheckContext, docs: Sequence[Document]) -> list[AcknowledgementDate]:
    """Every dated customer acknowledgement in ``docs``, de-duplicated."""
    section = date_policy(ctx)
    labels = date_labels_of(section)
    not_customer = policy_list(section, "not_customer_domains")
    esign = policy_list(section, "esignature_domains")
    dayfirst = dayfirst_for(ctx.claim.customer.country, ctx.policy)
    parties = Parties(ctx.claim, DomainRules.from_policy(ctx.policy))
    found: list[AcknowledgementDate] = []
    for doc in docs:
        found.extend(labelled_dates(doc, labels, dayfirst))
        found.extend(email_dates(doc, parties, not_customer, esign, dayfirst))
        found.extend(printed_email_dates(doc, parties, not_customer, dayfirst))
        found.extend(digital_signature_dates(doc, parties))
        found.extend(signed_letter_dates(doc, dayfirst))
    unique: dict[tuple[dt.date, str, str], AcknowledgementDate] = {}
    for a in found:
        unique.setdefault((a.date, a.document, a.quote), a)
    return sorted(unique.values(), key=lambda a: a.date)


def date_labels_of(section: Mapping[str, Any]) -> DateLabels:
    return DateLabels(
        signature=policy_list(section, "signature_labels"),
        date=policy_list(section, "date_labels"),
        other=policy_list(section, "other_labels"),
        cues=policy_list(section, "signature_cues"),
        pending=policy_list(section, "pending_cues"),
    )
