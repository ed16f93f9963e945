"""Check ``customer_acknowledgement``: is there a valid customer signature or acknowledgement?

The seed ("What constitutes valid proof of execution", item 1) accepts a physically signed
paper, an e-mail acknowledgement from the customer's own domain, or a valid, verifiable
eSignature; it refuses customer e-mails about licence purchases, e-mails forwarded from
customers, flat images (JPEG, screenshots) of signatures or e-mails, partner e-mails the
customer never accepted, pasted signatures and ambiguous acknowledgements ("We agree that
Fabrikam will be our partner on M365 solutions.").

Every piece of acknowledgement evidence found in the POE gets its own verdict
(:func:`find_acknowledgements`, reused by other checks):

* ``valid`` - an eSignature (DocuSign, Adobe Acrobat Sign, Dropbox Sign, PandaDoc, SignNow,
  Zoho Sign, the seed's "E-Signed by ... Date Signed ..." form) signed by the customer's
  side; a customer e-mail whose own words acknowledge the partner's work; an intact digital
  signature of a PDF whose certificate names the customer (by person, organisation or e-mail
  domain), trusted or not: the report says which;
* ``undecidable`` - what this text-level reader cannot settle: a digital signature that could
  not be validated, or is intact but names someone else, a scanned page or a signature image (no OCR yet), a
  signature block without a readable signature, a customer acknowledgement only quoted in a
  partner e-mail, a text that is not English;
* ``invalid`` - the seed's insufficient material; a digital signature that is broken (the
  document changed after signing, or the signature covers only part of it), or the partner's.

The check passes on the best valid piece, warns when nothing is valid but something needs a
reviewer's eye, and fails otherwise, naming each piece and what is wrong with it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import email.utils
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.checks.facts import AcknowledgementFact
from poe_reviewer.claim import Claim
from poe_reviewer.dates import dayfirst_for, find_dates, parse_datetime_loose
from poe_reviewer.documents.model import (
    Address,
    Document,
    Hit,
    ImageInfo,
    QuotedMessage,
    Segment,
    SignatureBlock,
    SignatureField,
)
from poe_reviewer.documents.thread import split_thread
from poe_reviewer.domains import DomainRules
from poe_reviewer.names import fold, name_pattern, tokens

CHECK_ID = "customer_acknowledgement"

Verdict = Literal["valid", "invalid", "undecidable"]
Side = Literal["customer", "partner", "unknown"]

_EMAIL_RX = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A person's name: two to four words, the first capitalised (matched case-sensitively).
_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?"
_NAME_AFTER_LABEL = re.compile(
    rf"[ \t]*[:\-]?[ \t]*(?:\n[ \t]*){{0,3}}(?:<[^>\n]+>[ \t]*)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})"
)
_NAME_THEN_EMAIL = re.compile(
    rf"^[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*\n"
    r"[ \t]*(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)",
    re.MULTILINE,
)
# Lower-case words inside a person's name ("Ludwig van Beethoven", "Maria de la Cruz").
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "al", "el", "y"}
)


# -- policy ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Platform:
    name: str
    id_label: str
    markers: tuple[re.Pattern[str], ...]
    ids: tuple[re.Pattern[str], ...]
    signer_labels: tuple[re.Pattern[str], ...]
    id_required: bool
    needs_validation: bool
    generic: bool
    section_start: re.Pattern[str] | None
    section_end: re.Pattern[str] | None


@dataclass(frozen=True)
class _Rules:
    seed: str
    esign_seed: str
    esign_rule: str
    platforms: tuple[_Platform, ...]
    signer_labels: tuple[re.Pattern[str], ...]
    date_labels: tuple[re.Pattern[str], ...]
    signatory_labels: tuple[re.Pattern[str], ...]
    not_names: frozenset[str]
    block_labels: tuple[re.Pattern[str], ...]
    block_seed: str
    block_window: int
    block_before: int
    image_gap: float
    min_image_pixels: int
    page_aspect: tuple[float, float]
    page_min_pixels: int
    flat_seed: str
    flat_rule: str
    pasted_seed: str
    pasted_rule: str
    email_seed: str
    email_rule: str
    forward_rule: str
    forward_subject: re.Pattern[str]
    mail_classes: tuple[re.Pattern[str], ...]
    acknowledge: tuple[re.Pattern[str], ...]
    ambiguous: tuple[re.Pattern[str], ...]
    ambiguous_rule: str
    work: tuple[re.Pattern[str], ...]
    licence: tuple[re.Pattern[str], ...]
    licence_min: int
    licence_rule: str
    partner_rule: str
    partner_seed: str
    english_min_share: float
    english_min_words: int
    english_words: frozenset[str]
    attestation_seed: str
    attestation_rule: str
    attestation_roles: frozenset[str]
    attestation_programs: frozenset[str]


def _rx_list(values: Iterable[Any], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(v), flags) for v in values)


def _opt_rx(value: Any) -> re.Pattern[str] | None:
    return re.compile(str(value), re.IGNORECASE) if value else None


_RULES_CACHE: dict[int, tuple[Mapping[str, Any], _Rules]] = {}


def rules(section: Mapping[str, Any]) -> _Rules:
    """The compiled acknowledgement policy (``resources/policy/acknowledgement.toml``)."""
    cached = _RULES_CACHE.get(id(section))
    if cached is not None and cached[0] is section:
        return cached[1]
    es = section["esignature"]
    platforms = tuple(
        _Platform(
            name=str(p["name"]),
            id_label=str(p.get("id_label", "id")),
            markers=_rx_list(p.get("markers", [])),
            ids=_rx_list(p.get("id", []), 0),
            signer_labels=_rx_list(p.get("signer_labels", [])),
            id_required=bool(p.get("id_required", False)),
            needs_validation=bool(p.get("needs_validation", False)),
            generic=bool(p.get("generic", False)),
            section_start=_opt_rx(p.get("signer_section_start")),
            section_end=_opt_rx(p.get("signer_section_end")),
        )
        for p in es.get("platforms", [])
    )
    sb = section["signature_block"]
    em = section["email"]
    att = section.get("attestation", {})
    compiled = _Rules(
        seed=str(section.get("seed", "")),
        esign_seed=str(es.get("seed", "")),
        esign_rule=str(es.get("rule", "")),
        platforms=platforms,
        signer_labels=_rx_list(es.get("signer_labels", [])),
        date_labels=_rx_list(es.get("date_labels", [])),
        signatory_labels=_rx_list(es.get("customer_signatory_labels", [])),
        not_names=frozenset(str(w).lower() for w in es.get("not_names", [])),
        block_labels=_rx_list(sb.get("labels", [])),
        block_seed=str(sb.get("seed", "")),
        block_window=int(sb.get("block_window_chars", 250)),
        block_before=int(sb.get("block_before_chars", 120)),
        image_gap=float(sb.get("image_gap_points", 150)),
        min_image_pixels=int(sb.get("min_image_pixels", 120)),
        page_aspect=(float(sb.get("page_aspect_min", 1.2)), float(sb.get("page_aspect_max", 1.55))),
        page_min_pixels=int(sb.get("page_min_pixels", 700)),
        flat_seed=str(section["flat_image"].get("seed", "")),
        flat_rule=str(section["flat_image"].get("rule", "")),
        pasted_seed=str(section["pasted_signature"].get("seed", "")),
        pasted_rule=str(section["pasted_signature"].get("rule", "")),
        email_seed=str(em.get("seed", "")),
        email_rule=str(em.get("rule", "")),
        forward_rule=str(em.get("forward_rule", "")),
        forward_subject=re.compile(str(em.get("forward_subject", r"^\s*(?:FW|FWD)\s*:")), re.IGNORECASE),
        mail_classes=_rx_list(em.get("mail_classes", [])),
        acknowledge=_rx_list(em.get("acknowledge", [])),
        ambiguous=_rx_list(em.get("ambiguous", [])),
        ambiguous_rule=str(em.get("ambiguous_rule", "")),
        work=_rx_list(em.get("work", [])),
        licence=_rx_list(em.get("licence", [])),
        licence_min=int(em.get("licence_min", 2)),
        licence_rule=str(em.get("licence_rule", "")),
        partner_rule=str(em.get("partner_rule", "")),
        partner_seed=str(em.get("partner_seed", "")),
        english_min_share=float(em.get("english_min_share", 0.08)),
        english_min_words=int(em.get("english_min_words", 8)),
        english_words=frozenset(str(w).lower() for w in em.get("english_words", [])),
        attestation_seed=str(att.get("seed", "")),
        attestation_rule=str(att.get("rule", "")),
        attestation_roles=frozenset(str(r) for r in att.get("roles", [])),
        attestation_programs=frozenset(str(p) for p in att.get("programs", [])),
    )
    _RULES_CACHE[id(section)] = (section, compiled)
    return compiled


# -- the verdicts ----------------------------------------------------------------------------------
@dataclass
class Acknowledgement:
    """One piece of acknowledgement evidence and its verdict."""

    document: str
    kind: str  # esignature, digital_signature, email, printed_email, signature_block, scan, image
    verdict: Verdict
    #: What it is, in a reviewer's words ("DocuSign envelope 4F2A1B3C… signed by John Doe ...").
    description: str
    #: Why it is not valid, or what a reviewer must look at ("is a forwarded e-mail").
    reason: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    signer: str | None = None
    side: Side | None = None
    date: dt.date | None = None
    #: Rank among valid pieces: the best one decides the summary.
    strength: int = 0
    #: The seed section the verdict rests on.
    seed: str = ""
    #: The eSignature platform, for kind ``esignature``.
    platform: str | None = None
    #: The kind the typed fact reports when it differs from ``kind`` (which steers the finder).
    fact_kind: str | None = None

    def fact(self) -> AcknowledgementFact:
        return AcknowledgementFact(
            kind=self.fact_kind or self.kind,
            verdict=self.verdict,
            document=self.document,
            signer=self.signer,
            side=self.side,
            date=self.date,
            platform=self.platform,
            strength=self.strength,
        )

    def sentence(self) -> str:
        return f"{self.description} {self.reason}".strip() if self.reason else self.description


# -- located text ----------------------------------------------------------------------------------
class DocText:
    """A document's segments joined into one text, with offsets mapped back to segments."""

    def __init__(self, doc: Document, *, skip_labels: Sequence[str] = ("filename", "headers")) -> None:
        self.doc = doc
        self.segments: list[Segment] = [s for s in doc.segments if s.text and s.label not in skip_labels]
        parts: list[str] = []
        self.starts: list[int] = []
        pos = 0
        for seg in self.segments:
            self.starts.append(pos)
            parts.append(seg.text)
            pos += len(seg.text) + 2
        self.text = "\n\n".join(parts)

    def hit(self, start: int, end: int) -> Hit | None:
        if not self.segments:
            return None
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        seg = self.segments[i]
        base = self.starts[i]
        s = max(0, start - base)
        e = min(len(seg.text), max(s + 1, end - base))
        return Hit.from_match(self.doc, seg, s, e)

    def evidence(self, start: int, end: int, quote: str | None = None) -> Evidence:
        h = self.hit(start, end)
        if h is None:
            return Evidence.of_document(self.doc, quote or self.text[start:end])
        return Evidence.from_hit(h, _short(quote or h.quote, 240))

    def page_of(self, pos: int) -> int | None:
        if not self.segments:
            return None
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return self.segments[i].page

    def line_at(self, pos: int) -> str:
        ls = self.text.rfind("\n", 0, pos) + 1
        le = self.text.find("\n", pos)
        return self.text[ls : le if le >= 0 else len(self.text)]


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _locate(doc: Document, phrase: str) -> Evidence:
    """Evidence for ``phrase`` found again in ``doc`` (whitespace-tolerant), else the document."""
    words = phrase.split()
    if words:
        rx = re.compile(r"\s+".join(re.escape(w) for w in words[:40]), re.IGNORECASE)
        hits = doc.search(rx)
        if hits:
            return Evidence.from_hit(hits[0], _short(phrase, 240))
    return Evidence.of_document(doc, _short(phrase, 240))


def _where(doc: Document, page: int | None) -> str:
    return f"{doc.path} p.{page}" if page else doc.path


# -- parties ----------------------------------------------------------------------------------------
def _domain_of(addr: str | None) -> str | None:
    if not addr or "@" not in addr:
        return None
    return addr.rsplit("@", 1)[1].strip().strip(">").lower() or None


def _in_domains(domain: str | None, domains: Iterable[str]) -> bool:
    if not domain:
        return False
    return any(domain == d or domain.endswith("." + d) for d in domains if d)


def _party_domains(domains: Iterable[str], contact_email: str | None, is_personal: Callable[[str], bool]) -> list[str]:
    found = [d.lower() for d in domains]
    contact = _domain_of(contact_email)
    if contact and not is_personal(contact):  # a contact's gmail address says nothing of the company
        found.append(contact)
    return list(dict.fromkeys(found))


def _person_key(name: str) -> list[str]:
    return [t for t in re.findall(r"[^\W\d_]+", fold(name)) if len(t) > 1 or t.isalpha()]


def same_person(a: str | None, b: str | None) -> bool:
    """``John Doe`` = ``Doe, John`` = ``JOHN DOE`` = ``John A. Doe``."""
    if not a or not b:
        return False
    ka, kb = _person_key(a), _person_key(b)
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

    def domain_side(self, domain: str | None) -> Side | None:
        if not domain:
            return None
        if _in_domains(domain, self.partner_domains):
            return "partner"
        if _in_domains(domain, self.customer_domains):
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


# -- eSignatures -------------------------------------------------------------------------------------
@dataclass
class _Signer:
    name: str
    email: str | None
    start: int
    end: int
    side: Side = "unknown"


def _clean_name(raw: str, not_names: frozenset[str]) -> str | None:
    words: list[str] = []
    for w in raw.split():
        bare = w.strip(".’'-").lower()
        if bare in not_names or any(part in not_names for part in bare.split("-") if len(part) > 1):
            break
        words.append(w)
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < 2 and not any(w.lower() in _PARTICLES for w in words):
        return None
    return " ".join(words).rstrip(".,;:")


def _signers_after(rx: re.Pattern[str], dt_: DocText, rules_: _Rules) -> Iterator[_Signer]:
    text = dt_.text
    for m in rx.finditer(text):
        nm = _NAME_AFTER_LABEL.match(text, m.end())
        if not nm:
            continue
        name = _clean_name(nm.group("name"), rules_.not_names)
        if not name:
            continue
        tail = text[nm.end("name") : nm.end("name") + 100]
        em = _EMAIL_RX.search(tail)
        email_addr = em.group(0) if em and tail[: em.start()].count("\n") <= 1 else None
        yield _Signer(name, email_addr, nm.start("name"), nm.end("name"))


def _section_signers(platform: _Platform, dt_: DocText, rules_: _Rules) -> Iterator[_Signer]:
    """Signers in a platform's audit section (DocuSign's "Signer Events", Adobe's audit report).

    Certificates are multi-column tables whose extracted lines mix columns: "Kara Lindholm
    DocuSigned by: Sent: 7/24/2025 | 09:02" over "klindholm@apexridgecloud.com Kara Lindholm AM".
    A signer's name opens a row; any e-mail address on that row or the next one is the signer's.
    """
    if platform.section_start is None:
        return
    text = dt_.text
    for start_m in platform.section_start.finditer(text):
        end_m = platform.section_end.search(text, start_m.end()) if platform.section_end else None
        stop = end_m.start() if end_m else min(len(text), start_m.end() + 4000)
        for m in _NAME_THEN_EMAIL.finditer(text, start_m.end(), stop):
            name = _clean_name(m.group("name"), rules_.not_names)
            if name:
                yield _Signer(name, m.group("email"), m.start("name"), m.end("name"))
        for em in _EMAIL_RX.finditer(text, start_m.end(), stop):
            row = text.rfind("\n", 0, em.start()) + 1
            above = text.rfind("\n", 0, max(row - 1, 0)) + 1 if row > start_m.end() else row
            for line_start in dict.fromkeys((row, above)):
                if line_start < start_m.end():
                    continue
                nm = _ROW_NAME.match(text, line_start)
                name = _clean_name(nm.group("name"), rules_.not_names) if nm else None
                if nm and name:
                    yield _Signer(name, em.group(0), nm.start("name"), nm.start("name") + len(name))
                    break


# A name opening a row of an audit table (the columns after it are cut off by _clean_name).
_ROW_NAME = re.compile(rf"[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,5}})")


def _printed_signatories(dt_: DocText, rules_: _Rules) -> list[str]:
    names: list[str] = []
    for rx in rules_.signatory_labels:
        for s in _signers_after(rx, dt_, rules_):
            names.append(s.name)
    return names


def _signer_side(
    s: _Signer, dt_: DocText, parties: Parties, signatories: list[str], stops: Sequence[re.Pattern[str]] = ()
) -> Side:
    """Whose signature: by the signer's e-mail domain, contact name, printed signatory, or the
    company and e-mail address written in the signer's block (the lines under the name up to a
    blank line or the next signature label: "Name … / Title … / Company: Contoso Ltd")."""
    by_domain = parties.domain_side(_domain_of(s.email))
    if by_domain in ("customer", "partner"):
        return by_domain
    by_name = parties.name_side(s.name)
    if by_name:
        return by_name
    if any(same_person(s.name, n) for n in signatories):
        return "customer"
    # the signer's line and the next one ("John Doe / Contoso Ltd", "John Doe (Contoso)")
    text = dt_.text
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    by_org = parties.org_in(text[line_start : next_end if next_end >= 0 else len(text)])
    if by_org:
        return by_org
    block = _signer_block(text, line_start, s.end, stops)
    if s.email is None:
        em = _EMAIL_RX.search(block)
        by_domain = parties.domain_side(_domain_of(em.group(0))) if em else None
        if by_domain in ("customer", "partner"):
            return by_domain
    return parties.org_in(block) or "unknown"


_SIGNER_BLOCK_LINES = 6


def _signer_block(text: str, line_start: int, name_end: int, stops: Sequence[re.Pattern[str]]) -> str:
    """The signer's line and up to six lines under it, to a blank line or the next signature label."""
    first_end = text.find("\n", name_end)
    if first_end < 0:
        return text[line_start:]
    lines = [text[line_start:first_end]]
    pos = first_end + 1
    while len(lines) <= _SIGNER_BLOCK_LINES and pos < len(text):
        end = text.find("\n", pos)
        line = text[pos : end if end >= 0 else len(text)]
        if not line.strip() or any(rx.match(line.strip()) for rx in stops):
            break
        lines.append(line)
        if end < 0:
            break
        pos = end + 1
    return "\n".join(lines)


def _date_near(dt_: DocText, pos: int, rules_: _Rules, dayfirst: bool) -> tuple[dt.date, int, int] | None:
    """The signing date of a signer named at ``pos``.

    A date right after a signing label a few lines below the name wins ("Sent: 6/1/2025 ...
    Signed: 6/5/2025" gives June 5), then the first date below the name, then the first date
    after a signing label anywhere in the document.
    """

    def labelled(start: int, end: int) -> tuple[dt.date, int, int] | None:
        best: tuple[dt.date, int, int] | None = None
        for rx in rules_.date_labels:
            for m in rx.finditer(dt_.text, start, end):
                got = find_dates(dt_.text[m.end() : m.end() + 60], dayfirst=dayfirst)
                if got and got[0].start < 20:
                    cand = (got[0].date, m.end() + got[0].start, m.end() + got[0].end)
                    if best is None or cand[1] < best[1]:
                        best = cand
                    break
        return best

    window_end = min(len(dt_.text), pos + 260)
    near = labelled(pos, window_end)
    if near:
        return near
    found = find_dates(dt_.text[pos:window_end], dayfirst=dayfirst)
    if found:
        return found[0].date, pos + found[0].start, pos + found[0].end
    return labelled(0, len(dt_.text))


def _short_id(value: str) -> str:
    return value if len(value) <= 12 else value[:8] + "…"


def _esignatures(
    doc: Document, dt_: DocText, rules_: _Rules, parties: Parties, dayfirst: bool, flat: bool
) -> list[Acknowledgement]:
    found: list[Acknowledgement] = []
    signatories = _printed_signatories(dt_, rules_)
    for platform in rules_.platforms:
        if platform.needs_validation and doc.signatures:
            continue  # the signature fields themselves are judged below
        if platform.generic and found:
            continue  # a named platform already explains this signature
        marker = next((m for rx in platform.markers for m in [rx.search(dt_.text)] if m), None)
        if marker is None:
            continue
        env_id: str | None = None
        id_span: tuple[int, int] | None = None
        for rx in platform.ids:
            im = rx.search(dt_.text)
            if im:
                env_id, id_span = im.group(1), (im.start(1), im.end(1))
                break
        signers: list[_Signer] = []
        for rx in platform.signer_labels + rules_.signer_labels:
            signers.extend(_signers_after(rx, dt_, rules_))
        signers.extend(_section_signers(platform, dt_, rules_))
        unique: dict[str, _Signer] = {}
        for s in signers:
            key = " ".join(_person_key(s.name))
            if key not in unique or (s.email and not unique[key].email):
                unique[key] = s
        # a signer's block ends where the next signature label starts
        stops = platform.signer_labels + rules_.signer_labels + rules_.block_labels
        for s in unique.values():
            s.side = _signer_side(s, dt_, parties, signatories, stops)
        rank = {"customer": 0, "unknown": 1, "partner": 2}
        ordered = sorted(unique.values(), key=lambda s: (rank[s.side], s.start))
        best = ordered[0] if ordered else None

        anchor = best.start if best else marker.start()
        page = dt_.page_of(anchor)
        label = platform.name if platform.name != "eSignature" else "eSignature"
        what = f"{label} {platform.id_label} {_short_id(env_id)}" if env_id else f"{label}"
        if platform.needs_validation:
            what = "digitally signed PDF (signature appearance)"
        evidence = []
        if best is None or dt_.line_at(marker.start()) != dt_.line_at(best.start):
            evidence.append(dt_.evidence(marker.start(), marker.end(), dt_.line_at(marker.start())))
        if id_span:
            evidence.append(dt_.evidence(*id_span))
        date_info = _date_near(dt_, best.end if best else marker.end(), rules_, dayfirst)
        if best:
            evidence.append(dt_.evidence(best.start, best.end, dt_.line_at(best.start)))
        if date_info:
            evidence.append(dt_.evidence(date_info[1], date_info[2], dt_.line_at(date_info[1])))
        date_text = f" on {date_info[0].isoformat()}" if date_info else ""
        where = _where(doc, page)
        ack = Acknowledgement(
            document=doc.path,
            kind="esignature",
            verdict="undecidable",
            description="",
            evidence=evidence,
            signer=best.name if best else None,
            side=best.side if best else None,
            date=date_info[0] if date_info else None,
            seed=rules_.esign_seed,
            platform=None if platform.needs_validation else platform.name,
            # a signature appearance on the page is a digital signature to validate, not a platform's envelope
            fact_kind="digital_signature" if platform.needs_validation else None,
        )
        if best is None and platform.id_required and not env_id:
            ack.description = f"{what} in {where}"
            ack.verdict = "invalid"
            ack.reason = "is empty: the signature fields were not signed."
        elif best is None:
            ack.description = f"{what} in {where}"
            ack.reason = "names no signer that could be read: check who signed."
        else:
            org = (
                parties.claim.customer.name
                if best.side == "customer"
                else parties.claim.partner.name
                if best.side == "partner"
                else "company not shown"
            )
            ack.description = f"{what} signed by {best.name} ({org}){date_text} in {where}"
            if best.side == "partner":
                ack.verdict = "invalid"
                ack.reason = "is signed only by the partner, not by the customer."
            elif flat:
                ack.verdict = "invalid"
                ack.reason = f'is only a picture of an eSignature (flat image; seed: "{rules_.flat_rule}").'
                ack.seed = rules_.flat_seed
            elif platform.needs_validation:
                # the appearance text of a digital signature, but no signature in the file to validate
                ack.reason = (
                    "shows a digital signature's appearance, but the file carries no signature that can be "
                    "validated (a printed or flattened copy): ask for the signed original."
                )
            elif platform.id_required and not env_id:
                ack.reason = "has no envelope or transaction id: the eSignature cannot be verified."
            elif best.side != "customer":
                # nothing ties the signer to the customer: an envelope anyone may have signed
                ack.reason = (
                    f"names no e-mail address, company or contact that ties {best.name} to the customer "
                    f"{parties.claim.customer.name}: check who signed."
                )
            else:
                ack.verdict = "valid"
                ack.strength = 5
        found.append(ack)
    return found


# Digital signatures: pyHanko's validation (poe_reviewer.signatures, run by the PDF extractor) says
# whether the signed bytes are intact and cover the document; the certificate says who signed.
_TRUST_WORDS = {
    "trusted": "a trusted certificate",
    "self-signed": "a self-signed certificate, not verified by any certification authority",
    "untrusted": "an untrusted certificate, not verified by a trusted certification authority",
}


def _signer_text(sig: SignatureField) -> str | None:
    """``John Doe <john.doe@contoso.com>, Contoso Ltd`` from the certificate, else the field's /Name."""
    v = sig.validation
    if v is None or not (v.signer_name or v.signer_email):
        return sig.signer
    name = v.signer_name if v.signer_name and v.signer_name.lower() != (v.signer_email or "") else None
    who = f"{name} <{v.signer_email}>" if name and v.signer_email else name or v.signer_email or ""
    return f"{who}, {v.signer_org}" if v.signer_org and v.signer_org != name else who


def _signing_time_text(sig: SignatureField) -> str:
    v = sig.validation
    when = v.signing_time if v is not None and v.signing_time else sig.signing_time
    if when is None:
        return ""
    source = " (timestamp authority)" if v is not None and v.time_source == "timestamp" else " (signer's clock)"
    stamp = when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if when.tzinfo else when.isoformat()
    return stamp + source


def _certificate_side(sig: SignatureField, parties: Parties) -> tuple[Side | None, str]:
    """Whose signature: the customer's or the partner's, by the certificate's name, organisation or
    e-mail domain (the field's /Name where nothing was validated), and what matched."""
    v = sig.validation
    names = [n for n in ((v.signer_name, v.signer_org) if v else ()) if n] or ([sig.signer] if sig.signer else [])
    email = v.signer_email if v else None
    if email is None and sig.signer and "@" in sig.signer:
        email = sig.signer
    votes: list[tuple[Side, str]] = []
    for name in names:
        contact = parties.name_side(name)
        if contact in ("customer", "partner"):
            votes.append((contact, f"{name} is the {contact}'s contact"))
            continue
        org = parties.org_in(name)
        if org in ("customer", "partner"):
            votes.append((org, f"{name} names the {org}"))
    domain = _domain_of(email)
    by_domain = parties.domain_side(domain)
    if by_domain in ("customer", "partner"):
        votes.append((by_domain, f"the e-mail domain {domain} is the {by_domain}'s"))
    sides = {side for side, _ in votes}
    if len(sides) == 1:
        return votes[0][0], "; ".join(why for _, why in votes)
    if len(sides) > 1:
        return "unknown", "the certificate names both the customer and the partner"
    return None, ""


def _digital_signatures(doc: Document, rules_: _Rules, parties: Parties) -> list[Acknowledgement]:
    found: list[Acknowledgement] = []
    for sig in doc.signatures:
        v = sig.validation
        if not sig.signed or (v is not None and v.kind == "timestamp"):
            continue  # an empty field, or a document timestamp (a service's clock, not a person)
        where = _where(doc, sig.page)
        who = _signer_text(sig)
        when = _signing_time_text(sig)
        side, why = _certificate_side(sig, parties)
        when_date = v.signing_time if v is not None and v.signing_time else sig.signing_time
        facts = [f"Signature {sig.name!r}: {who or 'signer not named'}"]
        if when:
            facts.append(f"signed {when}")
        if v is not None:
            facts.append(f"{v.state}: {v.problem}" if v.problem else f"{v.state}, {_coverage_words(v.coverage)}")
            if v.trust:
                facts.append(f"{v.trust} certificate" + (f" issued by {v.issuer}" if v.trust == "untrusted" else ""))
        ev = Evidence(document=doc.path, quote="; ".join(facts), page=sig.page, bbox=sig.bbox)
        by = f" by {who}" if who else ""
        on = f", signed {when}" if when else ""
        ack = Acknowledgement(
            document=doc.path,
            kind="digital_signature",
            verdict="undecidable",
            description=f"digital signature {sig.name!r} in {where}{by}{on}",
            evidence=[ev],
            signer=v.signer_name if v is not None and v.signer_name else sig.signer,
            side=side,
            date=when_date.date() if when_date else None,
            seed=rules_.esign_seed,
        )
        if v is None:
            noun = "PDF" if doc.kind == "pdf" else "document"
            ack.description = f"digitally signed {noun} {where} (field {sig.name!r}{by}{on})"
            ack.reason = "signature present but not cryptographically validated (check the certificate)."
        elif v.state == "broken":
            ack.verdict = "invalid"
            ack.description = f"Signature {sig.name!r} in {doc.path}"
            signed = f"Signed{by}" + (f" on {when}" if when else "")
            signed += f", with {_TRUST_WORDS[v.trust]}" if v.trust else ""
            ack.reason = f"is broken: {v.problem}. {signed}."
        elif v.state == "unverifiable":
            ack.reason = f"could not be validated: {v.problem}."
        elif v.state == "changed":
            ack.reason = f"is intact, but {v.problem}: check what was added after signing."
        if side == "partner":
            ack.verdict = "invalid"
            if v is None or v.state != "broken":
                ack.reason = "is signed only by the partner, not by the customer."
        elif v is not None and v.state == "intact":
            sound = f"intact ({_coverage_words(v.coverage)}), with {_TRUST_WORDS[v.trust or 'untrusted']}"
            if side == "customer":
                ack.verdict = "valid"
                ack.strength = 6 if v.trust == "trusted" else 4
                ack.description += f", {sound}"
                if v.trust != "trusted":
                    ack.description += f" (accepted because the signer is the customer: {why})"
            elif side == "unknown":
                ack.reason = f"is {sound}, but {why}: check who signed."
            else:
                customer = parties.claim.customer.name
                ack.reason = (
                    f"is {sound}, but its certificate does not name the customer {customer} "
                    "(by name, organisation or e-mail domain): check who signed."
                )
        found.append(ack)
    return found


def _coverage_words(coverage: str | None) -> str:
    if coverage == "ENTIRE_FILE":
        return "covers the whole document"
    return "covers the document as signed; later additions are only form filling or further signatures"


def _distrust_changed_documents(found: list[Acknowledgement], docs: Sequence[Document]) -> list[Acknowledgement]:
    """A document changed after a signature cannot vouch for anything written in it: its text-level
    pieces (eSignature text, signature blocks, printed e-mails) are not accepted on their own."""
    broken = {
        d.path: s
        for d in docs
        for s in d.signatures
        if s.validation is not None and s.validation.kind == "signature" and s.validation.state == "broken"
    }
    for ack in found:
        sig = broken.get(ack.document)
        if sig is not None and ack.verdict == "valid" and ack.kind != "digital_signature":
            ack.verdict = "undecidable"
            ack.reason = (
                f"is in a document whose signature {sig.name!r} is broken "
                f"({sig.validation.problem if sig.validation else 'changed after signing'}): check the original."
            )
    return found


# -- e-mails -----------------------------------------------------------------------------------------
def _count(rxs: Sequence[re.Pattern[str]], text: str) -> int:
    return sum(len(rx.findall(text)) for rx in rxs)


def _first(rxs: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for rx in rxs:
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


# The end of a sentence: a full stop before a capital letter or the end ("Fabrikam, Inc. has" goes on).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\d]|\s*$)|\n")


def _sentence_around(text: str, m: re.Match[str]) -> str:
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    end_m = _SENTENCE_END.search(text, m.end())
    end = end_m.end() if end_m else len(text)
    return text[starts[-1] if starts else 0 : end].strip()


def _is_english(text: str, rules_: _Rules) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < rules_.english_min_words:
        return True  # too short to judge: let the wording decide
    share = sum(1 for w in words if w in rules_.english_words) / len(words)
    return share >= rules_.english_min_share


@dataclass
class _Message:
    """An e-mail as the check needs it, whether a .msg/.eml or one printed in a PDF."""

    doc: Document
    sender: Address | None
    subject: str
    own_text: str
    quoted: list[QuotedMessage]
    forwarded: bool
    date: dt.date | None
    printed: bool
    flat: bool = False


def _address(raw: str | None) -> Address | None:
    if not raw:
        return None
    name, addr = email.utils.parseaddr(raw)
    if not addr or "@" not in addr:
        m = _EMAIL_RX.search(raw)
        addr = m.group(0) if m else ""
        if not name:
            name = raw.replace(addr, "").strip(" <>[]()\"'") if addr else raw.strip()
    return Address(name or None, addr or None)


def _judge_message(msg: _Message, rules_: _Rules, parties: Parties) -> Acknowledgement:
    doc = msg.doc
    sender = msg.sender
    who = str(sender) if sender and str(sender) else "an unknown sender"
    domain = sender.domain if sender else None
    when = f" on {msg.date.isoformat()}" if msg.date else ""
    noun = "printed e-mail" if msg.printed else "e-mail"
    if msg.flat:
        noun = "picture of an e-mail"
    desc = f"{noun} from {who}{when} in {doc.path}"
    ack = Acknowledgement(
        document=doc.path,
        kind="printed_email" if msg.printed else "email",
        verdict="invalid",
        description=desc,
        signer=sender.name if sender else None,
        date=msg.date,
        seed=rules_.email_seed,
    )
    first_line = next((ln for ln in msg.own_text.splitlines() if len(ln.split()) >= 3), "")
    ack.evidence.append(_locate(doc, _short(first_line or msg.subject, 160)))
    side = parties.domain_side(domain)
    ack.side = side

    if msg.flat:
        ack.reason = f'is a flat image (seed: "{rules_.flat_rule}").'
        ack.seed = rules_.flat_seed
        return ack
    forwarded = msg.forwarded or bool(rules_.forward_subject.match(msg.subject or ""))
    if forwarded:
        fw_from = next((q.sender for q in msg.quoted if q.sender), None)
        origin = f" (forwarding {fw_from})" if fw_from else ""
        ack.reason = f"is a forwarded e-mail{origin}; forwarded e-mails are insufficient material."
        return ack

    if side == "partner":
        quoted_ack = _quoted_customer_ack(msg, rules_, parties)
        if quoted_ack is not None:
            ack.verdict = "undecidable"
            ack.reason = (
                f"is the partner's; the customer's acknowledgement (\"{_short(quoted_ack, 80)}\") appears "
                "only quoted inside it: ask for the customer's original e-mail or check the thread."
            )
            ack.evidence.append(_locate(doc, quoted_ack))
            return ack
        ack.reason = "is the partner's own e-mail with no customer reply accepting the work."
        ack.seed = rules_.partner_seed
        return ack

    content = _judge_content(msg, rules_)
    if side is None:
        ack.verdict = "undecidable"
        ack.reason = "shows no sender address: the customer's domain cannot be checked."
        if content[0] == "invalid":
            ack.verdict, ack.reason = "invalid", content[1]
        return ack
    if side == "unknown":
        assert domain is not None
        expected = ", ".join(parties.customer_domains) or "unknown (the claim names no customer domain)"
        if not parties.customer_domains:
            ack.verdict = "undecidable" if content[0] != "invalid" else "invalid"
            ack.reason = (
                content[1]
                if content[0] == "invalid"
                else f"comes from {domain}; the claim names no customer domain to check it against."
            )
        elif parties.is_personal(domain):
            ack.reason = f"comes from a personal mailbox ({domain}), not the customer's domain {expected}."
        elif parties.resembles_customer(domain):
            ack.verdict = "undecidable"
            ack.reason = f"comes from {domain}, like the customer's name, but not from its domain {expected}."
        else:
            ack.reason = f"comes from {domain}, not the customer's domain {expected}."
        return ack

    verdict, reason, quote = content
    ack.verdict = verdict
    ack.reason = reason
    if quote:
        ack.evidence = [_locate(doc, quote)]
    if verdict == "valid":
        ack.strength = 4
        ack.description = f'{desc}: "{_short(quote or "", 100).rstrip(".")}"'
    return ack


def _judge_content(msg: _Message, rules_: _Rules) -> tuple[Verdict, str, str | None]:
    """(verdict, reason, deciding quote) for the words of a customer's message."""
    own = msg.own_text.strip()
    if not own:
        return "invalid", "has no words of the customer's own (only quoted or forwarded text).", None
    if not _is_english(own, rules_):
        return "undecidable", "is not in English: a reviewer must read whether it acknowledges work.", None
    subject = msg.subject or ""
    lic = _count(rules_.licence, own) + _count(rules_.licence, subject)
    work_own = _count(rules_.work, own) + _count(rules_.work, subject)
    context = msg.quoted[0].text if msg.quoted else ""
    work_ctx = _count(rules_.work, context)
    ack_m = _first(rules_.acknowledge, own)
    amb_m = _first(rules_.ambiguous, own)
    if lic >= rules_.licence_min and lic > work_own:
        quote = _sentence_around(own, ack_m) if ack_m else None
        return "invalid", f'is about a licence purchase (seed: "{rules_.licence_rule}").', quote
    if ack_m and (work_own or work_ctx):
        return "valid", "", _sentence_around(own, ack_m)
    if amb_m:
        sentence = _sentence_around(own, amb_m)
        return (
            "invalid",
            f'is an ambiguous acknowledgement ("{_short(sentence, 80)}") naming no work the partner did.',
            sentence,
        )
    if ack_m:
        sentence = _sentence_around(own, ack_m)
        return "invalid", f'acknowledges ("{_short(sentence, 60)}") without saying which work.', sentence
    if work_own:
        return (
            "undecidable",
            "mentions the work but uses no recognised acknowledgement wording: a reviewer must read it.",
            None,
        )
    return "invalid", "does not acknowledge or approve the partner's work.", None


def _quoted_customer_ack(msg: _Message, rules_: _Rules, parties: Parties) -> str | None:
    for q in msg.quoted:
        addr = _address(q.sender)
        if parties.domain_side(addr.domain if addr else None) != "customer":
            continue
        m = _first(rules_.acknowledge, q.text)
        if m and (_count(rules_.work, q.text) or _count(rules_.work, q.subject or "")):
            return _sentence_around(q.text, m)
    return None


def _is_mail(doc: Document, rules_: _Rules) -> bool:
    info = doc.email
    if info is None:
        return False
    cls = info.message_class
    return not cls or any(rx.search(cls) for rx in rules_.mail_classes)


def _email_message(doc: Document) -> _Message:
    info = doc.email
    assert info is not None
    own = info.own_text
    if not own.strip() and not info.quoted:
        # the extractor did not split the body: the whole body is the author's
        own = "\n\n".join(s.text for s in doc.segments if s.label == "body")
    return _Message(
        doc=doc,
        sender=info.sender,
        subject=info.subject,
        own_text=own,
        quoted=list(info.quoted),
        forwarded=info.forwarded,
        date=info.date.date() if info.date else None,
        printed=False,
    )


def _printed_messages(doc: Document, dt_: DocText, rules_: _Rules, dayfirst: bool) -> list[_Message]:
    """E-mails printed into a PDF, Word file or picture (``From: … Sent: … Subject: …``).

    A printed ``Sent:`` line is text: its numeric date is read the customer's country's way.
    """
    # The newest message of a printed thread is judged as the e-mail; the ones below it are
    # what it quotes. A document with text of its own above the e-mail (a SOW with the
    # customer's approval pasted in) is judged the same way.
    _own, quoted = split_thread(dt_.text)
    quoted = [q for q in quoted if q.sender]
    if not quoted:
        return []
    top = quoted[0]
    flat = doc.kind == "image" or all(s.label == "ocr" for s in dt_.segments)
    sent = parse_datetime_loose(top.sent, dayfirst=dayfirst) if top.sent else None
    return [
        _Message(
            doc=doc,
            sender=_address(top.sender),
            subject=top.subject or "",
            own_text=top.text,
            quoted=quoted[1:],
            forwarded=top.kind == "forward",
            date=sent.date() if sent else None,
            printed=True,
            flat=flat,
        )
    ]


# -- signature blocks, scans and flat images --------------------------------------------------------
def _label_hits(dt_: DocText, rules_: _Rules) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for rx in rules_.block_labels:
        for m in rx.finditer(dt_.text):
            if len(dt_.line_at(m.start()).strip()) <= 80:  # a form label, not a sentence of prose
                spans.append((m.start(), m.end()))
    spans.sort()
    return spans


def _big(img: ImageInfo, rules_: _Rules) -> bool:
    return img.width >= rules_.min_image_pixels and img.height >= rules_.min_image_pixels // 3


def _page_like(width: float, height: float, rules_: _Rules) -> bool:
    if width <= 0 or height <= 0:
        return False
    lo, hi = rules_.page_aspect
    return lo <= height / width <= hi and min(width, height) >= rules_.page_min_pixels


def _signature_blocks(
    doc: Document,
    dt_: DocText,
    rules_: _Rules,
    has_esign: bool,
    dayfirst: bool,
    parties: Parties | None = None,
    policy: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Acknowledgement]:
    """Places to sign and what is in them: scans, pictures, ink, dates.

    A picture in a Word document's signature block is a pasted signature (a Word file cannot
    carry a physical one). Dates in a block are read like the acknowledgement_date check reads
    them: an engagement period or an invoice date beside the block dates no signature. The
    printed "Customer Signatory Name" field names the signatory; it is no place of signature.
    ``policy`` is the claim's policy (``dates.toml`` labels); the packaged one when not given.
    """
    found: list[Acknowledgement] = []
    text_pages = {s.page for s in doc.segments if s.text.strip() and s.label != "ocr" and s.page}
    ocr_pages = {s.page for s in doc.segments if s.text.strip() and s.label == "ocr" and s.page}
    image_pages = {i.page for i in doc.images if i.page}
    labels = _label_hits(dt_, rules_)

    # signature blocks whose ink the extractor judged (scans read by OCR, pictures and strokes on pages)
    inked = [b for b in doc.signature_blocks if parties is not None and not has_esign]
    inked_pages = {b.page for b in inked}
    if parties is not None:
        found.extend(_ink_verdict(doc, b, rules_, parties, dayfirst) for b in inked if b.source == "scan")

    # pages that are only a picture: scanned paper (maybe physically signed), needs OCR or a person
    if doc.kind == "pdf":
        scanned = sorted(p for p in image_pages if p not in text_pages and p not in inked_pages)
        if scanned:
            label_pages = {dt_.page_of(s) for s, _ in labels}
            signed_ocr = sorted(p for p in scanned if p in ocr_pages and p in label_pages)
            pages = ", ".join(str(p) for p in (signed_ocr or scanned)[:6])
            if signed_ocr or not set(scanned) <= ocr_pages:
                what = "scanned signature" if signed_ocr else "scanned page without text"
                found.append(
                    Acknowledgement(
                        document=doc.path,
                        kind="scan",
                        verdict="undecidable",
                        description=f"{what} in {doc.path} p.{pages}",
                        reason="needs visual review (OCR not yet available for it)."
                        if not signed_ocr
                        else "needs visual review: a physically signed paper must show the signature.",
                        evidence=[
                            Evidence(doc.path, f"page {p}: an image without a text layer", page=p)
                            for p in (signed_ocr or scanned)[:3]
                        ],
                        seed=rules_.block_seed,
                    )
                )
    if has_esign or not labels:
        return found
    # a signature block on a text page: is there a signature next to it? (a printed signatory
    # name field is where the name is typed, not where anyone signs)
    places = [(a, b) for a, b in labels if not any(rx.match(dt_.text, a) for rx in rules_.signatory_labels)]
    by_page: dict[int | None, list[tuple[int, int]]] = {}
    for s, e in places:
        page = dt_.page_of(s)
        if page in ocr_pages and page not in text_pages:
            continue  # reported with the scanned pages
        by_page.setdefault(page, []).append((s, e))
    if doc.kind == "docx" and by_page and any(_big(i, rules_) for i in doc.images):
        # A Word file cannot be signed by hand: a signature picture in it was pasted there.
        s, e = next(iter(by_page.values()))[0]
        picture = next(i for i in doc.images if _big(i, rules_))
        pictured = f"{picture.name + ', ' if picture.name else ''}{picture.width}x{picture.height} px"
        found.append(
            Acknowledgement(
                document=doc.path,
                kind="signature_block",
                verdict="invalid",
                description=f"the signature in the Word document {doc.path}",
                reason=(
                    f"is a picture pasted into an editable Word file ({pictured}), not a physical or "
                    "verifiable electronic signature "
                    f'(seed: "{rules_.pasted_rule}"): ask for the e-signed document, a scan of the signed paper '
                    "or the customer's acknowledgement e-mail."
                ),
                evidence=[
                    dt_.evidence(s, e, dt_.line_at(s)),
                    Evidence.of_document(doc, f"picture in the Word document ({pictured})"),
                ],
                seed=rules_.pasted_seed,
            )
        )
        return found
    from poe_reviewer.checks.acknowledgement_date import classify_text, date_labels  # imports this module

    if policy is None:
        from poe_reviewer.policy import load_policy

        policy = load_policy()
    date_kinds = date_labels(policy)
    for page, spans in sorted(by_page.items(), key=lambda kv: kv[0] or 0):
        if page in inked_pages:
            # the page's pixels were looked at: a picture, strokes drawn on it, or an empty line
            if parties is not None:
                found.extend(
                    _ink_verdict(doc, b, rules_, parties, dayfirst)
                    for b in inked
                    if b.page == page and b.source != "scan"
                )
            continue
        s, e = spans[0]
        ev = dt_.evidence(s, e, dt_.line_at(s))
        where = _where(doc, page)
        hits = [dt_.hit(a, b) for a, b in spans]
        near = [i for i in doc.images if page and _big(i, rules_) and any(_near(i, h, doc, rules_) for h in hits)]
        lo = max(0, s - rules_.block_before, dt_.text.rfind("\n\n", 0, s) + 2)  # not across pages
        window = dt_.text[lo : spans[-1][1] + rules_.block_window]
        # an engagement period, an invoice or validity date beside the block dates no signature
        dated = [d for d, kind, _ in classify_text(window, date_kinds, dayfirst) if kind != "other"]
        if near:
            img = near[0]
            found.append(
                Acknowledgement(
                    document=doc.path,
                    kind="signature_block",
                    verdict="undecidable",
                    description=f"signature image beside the signature block in {where}",
                    reason="needs visual review (a wet-ink scan is valid, a pasted signature is not).",
                    evidence=[ev, Evidence(doc.path, "signature image", page=img.page, bbox=img.bbox)],
                    seed=rules_.block_seed,
                )
            )
        elif dated:
            date_ev = dt_.evidence(lo + dated[0].start, lo + dated[0].end, dt_.line_at(lo + dated[0].start))
            found.append(
                Acknowledgement(
                    document=doc.path,
                    kind="signature_block",
                    verdict="undecidable",
                    description=f"signature block in {where} dated {dated[0].date.isoformat()}, no readable signature,",
                    reason="needs visual review (a hand-drawn signature is not visible to the text reader).",
                    evidence=[ev, date_ev],
                    date=dated[0].date,
                    seed=rules_.block_seed,
                )
            )
        else:
            found.append(
                Acknowledgement(
                    document=doc.path,
                    kind="signature_block",
                    verdict="invalid",
                    description=f"the signature block in {where}",
                    reason="is empty: neither signed nor dated.",
                    evidence=[ev],
                    seed=rules_.block_seed,
                )
            )
    return found


def _block_evidence(doc: Document, block: SignatureBlock) -> list[Evidence]:
    what = "handwritten signature" if block.ink else "place to sign"
    evidence = [
        Evidence(doc.path, f'{what} in the block "{block.label}"', page=block.page, bbox=block.ink_bbox or block.bbox)
    ]
    evidence += [_locate(doc, value) for value in (block.name, block.date) if value]
    return evidence


def _ink_verdict(
    doc: Document, block: SignatureBlock, rules_: _Rules, parties: Parties, dayfirst: bool
) -> Acknowledgement:
    """The verdict on one signature block whose pixels the extractor judged (:mod:`poe_reviewer.documents.ink`)."""
    where = _where(doc, block.page)
    dated = find_dates(block.date, dayfirst=dayfirst) if block.date else []
    date = dated[0].date if dated else None
    side = parties.name_side(block.name) or (parties.org_in(block.company) if block.company else None)
    when = f" on {date.isoformat()}" if date else ""
    label = f'"{block.label}"'
    ack = Acknowledgement(
        document=doc.path,
        kind="scan" if block.source == "scan" else "signature_block",
        verdict="undecidable",
        description=f"the signature block {label} in {where}",
        evidence=_block_evidence(doc, block),
        signer=block.name,
        side=side,
        date=date,
        seed=rules_.block_seed,
    )
    if block.ink is None:
        ack.reason = f"could not be judged from the page ({block.detail}): needs visual review."
    elif not block.ink and block.typed:
        ack.description += f' with the typed text "{_short(block.typed, 60)}"'
        ack.reason = "carries no handwritten signature: a typed name is not a signature; check for an eSignature."
    elif not block.ink:
        ack.verdict = "invalid"
        dated_text = f" although dated {date.isoformat()}" if date else ""
        ack.reason = f"is empty: nobody signed on the line{dated_text}."
    elif block.source == "image":
        ack.description = f"signature picture in the signature block {label} in {where}"
        ack.reason = f'needs visual review: a pasted signature picture is not valid (seed: "{rules_.pasted_rule}").'
        ack.seed = rules_.pasted_seed
    elif block.source != "scan":
        ack.description = f"signature drawn on the digital page in the block {label} in {where}{when}"
        ack.reason = (
            "needs visual review: strokes drawn on a PDF are neither a signed paper nor a verifiable eSignature."
        )
    else:
        org = f" ({block.company})" if block.company else ""
        signatory = f"signatory {block.name}{org}" if block.name else "no printed signatory name"
        ack.description = (
            f"physically signed paper {where}: handwritten signature in the block {label}, {signatory}{when}"
        )
        if side == "partner":
            ack.verdict = "invalid"
            ack.reason = "is signed for the partner, not for the customer."
        elif not block.name or date is None:
            missing = " and ".join(w for w, ok in (("the printed name", block.name), ("the date", date)) if not ok)
            ack.reason = f"- {missing} of the signature could not be read: needs visual review."
        else:
            ack.verdict = "valid"
            ack.strength = 3 if side == "customer" else 2
    return ack


def _near(img: ImageInfo, hit: Hit | None, doc: Document, rules_: _Rules) -> bool:
    if hit is None or img.page != hit.page:
        return False
    if img.bbox is None or hit.bbox is None:
        return True
    if doc.page_sizes and img.page and img.page <= len(doc.page_sizes):
        w, h = doc.page_sizes[img.page - 1]
        area = (img.bbox[2] - img.bbox[0]) * (img.bbox[3] - img.bbox[1])
        if area >= 0.5 * w * h:
            return True  # a full-page scan carrying a text layer
    gap = max(img.bbox[1] - hit.bbox[3], hit.bbox[1] - img.bbox[3], 0.0)
    return gap <= rules_.image_gap


def _image_document(
    doc: Document, rules_: _Rules, as_attachment: bool, parties: Parties | None = None, dayfirst: bool = False
) -> Acknowledgement | None:
    width = float(doc.images[0].width) if doc.images else (doc.page_sizes[0][0] if doc.page_sizes else 0.0)
    height = float(doc.images[0].height) if doc.images else (doc.page_sizes[0][1] if doc.page_sizes else 0.0)
    page_like = _page_like(width, height, rules_)
    scanned = [b for b in doc.signature_blocks if b.source == "scan"]
    # a scan stored sideways is still a page (OCR turned it to read it)
    if scanned and parties is not None and (page_like or _page_like(height, width, rules_)):
        rank = {"valid": 0, "undecidable": 1, "invalid": 2}
        verdicts = [_ink_verdict(doc, b, rules_, parties, dayfirst) for b in scanned]
        return min(verdicts, key=lambda a: (rank[a.verdict], -a.strength))
    if as_attachment and not page_like:
        return None  # logos and pictures inside e-mails: no acknowledgement claimed
    size = f" ({int(width)}x{int(height)} px)" if width and height else ""
    if page_like:
        ocr_letters = sum(ch.isalpha() for s in doc.segments if s.label == "ocr" for ch in s.text)
        if ocr_letters >= 200:
            # A page read by OCR with no place to sign on it is POE content, not an acknowledgement
            # (its signature page, if any, is judged on its own).
            return None
        read = ocr_letters > 0
        return Acknowledgement(
            document=doc.path,
            kind="image",
            verdict="undecidable",
            description=f"picture of a page {doc.path}{size}",
            reason="may be a scanned signed paper; OCR found no signature block in it: needs visual review."
            if read
            else "may be a scanned signed paper: needs visual review (OCR not yet available for it).",
            evidence=[Evidence.of_document(doc, f"image{size}")],
            seed=rules_.block_seed,
        )
    return Acknowledgement(
        document=doc.path,
        kind="image",
        verdict="invalid",
        description=f"{doc.path} is a flat image{size}",
        reason=f'(screenshot or picture of a signature or e-mail; seed: "{rules_.flat_rule}").',
        evidence=[Evidence.of_document(doc, f"image{size}")],
        seed=rules_.flat_seed,
    )


# -- partner activities: the customer attestation survey -------------------------------------------
def _attestation(doc: Document, rules_: _Rules, parties: Parties) -> Acknowledgement:
    data = doc.data or {}
    raw_sig = data.get("signature")
    sig: Mapping[str, Any] = raw_sig if isinstance(raw_sig, Mapping) else {}
    name = str(sig.get("full_name") or "").strip()
    company = str(sig.get("company") or "").strip()
    title = str(sig.get("job_title") or "").strip()
    completed = parse_datetime_loose(str(data.get("completed_at") or ""))
    when = f" on {completed.date().isoformat()}" if completed else ""
    signed_as = ", ".join(p for p in (company, title) if p)
    ack = Acknowledgement(
        document=doc.path,
        kind="attestation",
        verdict="invalid",
        description=f"customer attestation survey {doc.path}"
        + (f" signed by {name} ({signed_as}){when}" if name else ""),
        evidence=[_locate(doc, name) if name else Evidence.of_document(doc, "survey signature")],
        signer=name or None,
        date=completed.date() if completed else None,
        seed=rules_.attestation_seed,
    )
    respondent = str(data.get("respondent") or "customer")
    if respondent != "customer":
        ack.reason = f"was answered by the {respondent}, not the customer."
        return ack
    if not name:
        ack.reason = "is not signed: its electronic signature has no name."
        return ack
    side = parties.org_in(company) if company else None
    if side == "partner":
        ack.side = "partner"
        ack.reason = f"is signed for the partner ({company}), not for the customer."
    elif side == "customer":
        ack.side = "customer"
        ack.verdict = "valid"
        ack.strength = 4
    elif not company:
        ack.verdict = "undecidable"
        ack.reason = "names no company in its signature: check that the customer signed it."
    else:
        ack.verdict = "undecidable"
        ack.reason = f"is signed for {company}, not by the claim's customer {parties.claim.customer.name}: check."
    return ack


# -- collecting ---------------------------------------------------------------------------------------
def _work_evidence(ctx: CheckContext) -> list[Document]:
    # a signed public-sector fee disclosure acknowledges the fees, not the partner's work
    docs = [d for d in ctx.evidence_documents() if d.role != "public_sector_disclosure"]
    rules_ = rules(ctx.policy["acknowledgement"])
    if ctx.claim.program in rules_.attestation_programs:
        docs += ctx.by_role(*rules_.attestation_roles)
    return docs


# The last claim's verdicts: customer_acknowledgement and unacceptable_documents both need them
# for the same context, one after the other. Keyed by the identity of everything they depend on.
_LAST: list[tuple[tuple[object, ...], list[Acknowledgement]]] = []


def find_acknowledgements(ctx: CheckContext, documents: Iterable[Document] | None = None) -> list[Acknowledgement]:
    """Every piece of acknowledgement evidence in the POE (or in ``documents``), with its verdict."""
    if documents is not None:
        return _find(ctx, documents)
    docs = _work_evidence(ctx)
    key: tuple[object, ...] = (ctx, ctx.claim, ctx.policy, *docs)
    if _LAST and len(_LAST[0][0]) == len(key) and all(a is b for a, b in zip(_LAST[0][0], key, strict=True)):
        return list(_LAST[0][1])
    found = _find(ctx, docs)
    _LAST[:] = [(key, found)]
    return list(found)


def _find(ctx: CheckContext, documents: Iterable[Document]) -> list[Acknowledgement]:
    rules_ = rules(ctx.policy["acknowledgement"])
    parties = Parties(ctx.claim, DomainRules.from_policy(ctx.policy))
    dayfirst = dayfirst_for(ctx.claim.customer.country, ctx.policy)
    docs = list(documents)
    parents = {id(c): d for d in docs for c in d.children}
    found: list[Acknowledgement] = []
    for doc in docs:
        if doc.error:
            continue
        if doc.role in rules_.attestation_roles:
            if doc.data is not None:
                found.append(_attestation(doc, rules_, parties))
            continue
        if doc.email is not None:
            if _is_mail(doc, rules_):
                found.append(_judge_message(_email_message(doc), rules_, parties))
            continue
        dt_ = DocText(doc)
        flat = doc.kind == "image"
        in_mail = (parent := parents.get(id(doc))) is not None and parent.email is not None
        esigns = _esignatures(doc, dt_, rules_, parties, dayfirst, flat) if dt_.text else []
        found.extend(esigns)
        found.extend(_digital_signatures(doc, rules_, parties))
        printed = _printed_messages(doc, dt_, rules_, dayfirst) if dt_.text else []
        found.extend(_judge_message(m, rules_, parties) for m in printed)
        if flat:
            if not esigns and not printed:
                img = _image_document(doc, rules_, in_mail, parties, dayfirst)
                if img is not None:
                    found.append(img)
            continue
        has_esign = any(a.kind == "esignature" for a in esigns) or any(s.signed for s in doc.signatures)
        found.extend(_signature_blocks(doc, dt_, rules_, has_esign, dayfirst, parties, ctx.policy))
    return _distrust_changed_documents(found, docs)


# -- the check ---------------------------------------------------------------------------------------
def _end(text: str) -> str:
    """``text`` as a sentence: one full stop at the end, after any closing quote."""
    text = text.rstrip()
    return text if text.endswith((".", '."', ".)")) else text + "."


def _listing(items: Sequence[Acknowledgement], limit: int = 4) -> str:
    shown = [a.sentence().rstrip(".") for a in items[:limit]]
    more = len(items) - limit
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


def run(ctx: CheckContext) -> CheckResult:
    rules_ = rules(ctx.policy["acknowledgement"])
    found = find_acknowledgements(ctx)
    valid = sorted((a for a in found if a.verdict == "valid"), key=lambda a: -a.strength)
    unsure = [a for a in found if a.verdict == "undecidable"]
    invalid = [a for a in found if a.verdict == "invalid"]
    unreadable = [d for d in _work_evidence(ctx) if d.error]
    cite = f'(seed: "{rules_.seed}")'
    facts = [a.fact() for a in valid + unsure + invalid]

    if valid:
        best = valid[0]
        summary = f"Valid: {best.description}"
        if len(valid) > 1:
            summary += f"; also valid: {_listing(valid[1:], 2)}"
        if invalid:
            summary += f"; not valid: {_listing(invalid, 3)}"
        evidence = [e for a in valid for e in a.evidence]
        return result(CHECK_ID, "pass", _end(summary), evidence, facts=facts)

    parts: list[str] = []
    if unsure:
        parts.append(f"Needs review: {_listing(unsure)}")
    if invalid:
        parts.append(f"Not valid: {_listing(invalid)}")
    if unreadable:
        names = ", ".join(f"{d.path} ({d.error})" for d in unreadable[:3])
        parts.append(f"Could not be read, check by hand: {names}")
    evidence = [e for a in unsure + invalid for e in a.evidence]

    if unsure or unreadable:
        head = "No customer acknowledgement could be confirmed from the text."
        return result(CHECK_ID, "warn", " ".join([head, *(_end(p) for p in parts)]), evidence, facts=facts)
    if invalid:
        head = f"No valid customer signature or acknowledgement in the POE {cite}."
        return result(CHECK_ID, "fail", " ".join([head, *(_end(p) for p in parts)]), evidence, facts=facts)
    missing = f" Listed but missing: {', '.join(ctx.missing)}." if ctx.missing else ""
    return result(CHECK_ID, "fail", f"No customer signature or acknowledgement found in the POE.{missing}")
