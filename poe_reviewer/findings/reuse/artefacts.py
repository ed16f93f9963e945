"""Invoice keys and signature images: the artefacts compared across claims besides text."""

from __future__ import annotations

import re

from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Document, Hit, ImageInfo
from poe_reviewer.domains import normalize_domain, within_any
from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.reuse.rules import ReuseRules
from poe_reviewer.findings.reuse.words import names_party
from poe_reviewer.names import find_name, other_company, tokens


# -- invoices and signature images -------------------------------------------------------------------------
def _amount(raw: str) -> str:
    """``1.234,50`` / ``1,234.50`` / ``1 234.50`` -> ``1234.50``."""
    s = raw.replace(" ", "").replace("\u00a0", "")
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    decimal = max(last_dot, last_comma)
    if decimal >= 0 and len(s) - decimal - 1 == 2:
        whole, cents = s[:decimal], s[decimal + 1 :]
    else:
        whole, cents = s, "00"
    whole = re.sub(r"[.,]", "", whole) or "0"
    return f"{int(whole)}.{cents}"


def invoice_key(doc: Document, rules: ReuseRules) -> tuple[str, str, Evidence] | None:
    """(invoice number, total, evidence) of an invoice, when both can be read."""
    number_hit: Hit | None = None
    number = ""
    for rx in rules.invoice_number:
        for hit in doc.search(rx):
            m = rx.search(hit.segment.text, hit.start)
            value = m.group("value") if m else ""
            if any(c.isdigit() for c in value):
                number_hit, number = hit, value.upper().strip(".-/")
                break
        if number_hit:
            break
    if number_hit is None:
        return None
    totals: list[float] = []
    for rx in rules.invoice_total:
        for seg in doc.segments:
            for m in rx.finditer(seg.text):
                try:
                    totals.append(float(_amount(m.group("value"))))
                except ValueError:
                    continue
    if not totals:
        return None
    total = f"{max(totals):.2f}"
    return number, total, Evidence.from_hit(number_hit)


def _label_hits(doc: Document, rules: ReuseRules) -> list[Hit]:
    hits: list[Hit] = []
    for rx in rules.signature_labels:
        hits.extend(doc.search(rx))
    return hits


def signature_images(doc: Document, rules: ReuseRules) -> list[ImageInfo]:
    """Pictures of ``doc`` that may be signatures: image documents, scans, pictures near a signature label."""
    images = [i for i in doc.images if min(i.width, i.height) >= rules.min_pixels]
    if not images:
        return []
    if doc.kind == "image":
        return images
    if doc.kind != "pdf":
        return []  # pictures in Word files and e-mails are mostly logos: no geometry to tell them apart
    text_pages = {s.page for s in doc.segments if s.text.strip() and s.label != "ocr"}
    labels = [h for h in _label_hits(doc, rules) if h.bbox is not None]
    chosen: list[ImageInfo] = []
    for img in images:
        if img.page not in text_pages:
            chosen.append(img)  # a scanned page
            continue
        if img.bbox is None or _letterhead(doc, img, images, rules.letterhead_band):
            continue
        for h in labels:
            if h.page != img.page or h.bbox is None:
                continue
            gap = max(img.bbox[1] - h.bbox[3], h.bbox[1] - img.bbox[3], 0.0)
            if gap <= rules.signature_gap:
                chosen.append(img)
                break
    return chosen


def _letterhead(doc: Document, img: ImageInfo, images: list[ImageInfo], band: float) -> bool:
    """A logo: the picture sits in the page's top or bottom band, or recurs at the same place on
    another page of the document (a signature is drawn once)."""
    if img.bbox is None:
        return False
    for other in images:
        if other.page != img.page and other.sha256 == img.sha256 and other.bbox == img.bbox:
            return True
    if img.page is None or not (0 < img.page <= len(doc.page_sizes)):
        return False
    height = doc.page_sizes[img.page - 1][1]
    return height > 0 and (img.bbox[3] <= band * height or img.bbox[1] >= (1 - band) * height)


#: The shortest first word of a name taken for the whole name on a page.
_SHORT_FORM = 5


def page_names(doc: Document, page: int | None, name: str, generic: frozenset[str] = frozenset()) -> bool:
    """Whether the page (the document, without a page) names the organisation ``name``: in full, or by
    its first word where that word names it alone (not one of ``generic``, "City", "County"): a scan
    may misread the rest of the name ("Herning Tekstilveeveri") — but not where the word goes on as another
    company's full name ("Orchid Bay Hotels Pte. Ltd." for "Orchid Bay Residences Management Pte. Ltd.")."""
    if any(page is None or hit.page == page for hit in find_name(doc, name)):
        return True
    words = tokens(name)
    if not generic or len(words) < 2 or len(words[0]) < _SHORT_FORM or words[0] in generic:
        return False
    return any(
        (page is None or hit.page == page) and other_company(hit, name) is None for hit in find_name(doc, words[0])
    )


def page_sized(doc: Document, img: ImageInfo) -> bool:
    """A picture that is a whole page (an image document, or a scan covering most of a PDF page)."""
    if doc.kind == "image":
        return True
    if img.bbox is None or img.page is None or not (0 < img.page <= len(doc.page_sizes)):
        return False
    width, height = doc.page_sizes[img.page - 1]
    x0, y0, x1, y1 = img.bbox
    return width > 0 and height > 0 and (x1 - x0) * (y1 - y0) >= 0.5 * width * height


def shows_claim_id(doc: Document, claim_id: str) -> bool:
    """The document prints the claim's ID (an invoice names the claim it bills: the seed's invoice rule)."""
    rx = re.compile(rf"(?<!\d){re.escape(claim_id)}(?!\d)")
    return any(rx.search(seg.text) for seg in doc.segments if seg.label != "filename")


def names_customer(doc: Document, claim: Claim, rules: ReuseRules) -> bool:
    """Whether ``doc`` names the claim's customer: by name (or its first word) or by its domain. An e-mail
    sent from an address is that organisation's: from another company's domain it is not this customer's,
    however alike the names ("Darling Downs Grain Co-operative" and "Darling Downs Grain Logistics")."""
    sender = doc.email.sender if doc.email is not None else None
    if sender is not None and sender.domain and claim.customer.domains:
        own = {d for d in (normalize_domain(x) for x in claim.customer.domains) if d}
        partner = {d for d in (normalize_domain(x) for x in claim.partner.domains) if d}
        if not within_any(sender.domain, own | partner):
            return False
    return page_names(doc, None, claim.customer.name, rules.generic_first_words) or names_party(
        doc, "", claim.customer.domains
    )
