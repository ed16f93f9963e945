"""Signature blocks: physically signed scans, pasted pictures, strokes on a page, flat images."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from poe_reviewer.dates import find_dates
from poe_reviewer.documents.model import (
    LETTER_SIGN_OFF,
    Document,
    Hit,
    ImageInfo,
    SignatureBlock,
    Word,
)
from poe_reviewer.findings.acknowledgements.dates import classify_text, date_labels, letter_date
from poe_reviewer.findings.acknowledgements.located import DocText, locate, shorten, where_in
from poe_reviewer.findings.acknowledgements.model import Acknowledgement
from poe_reviewer.findings.acknowledgements.rules import Rules
from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.parties import Parties, Side


# -- signature blocks, scans and flat images --------------------------------------------------------
def _label_hits(dt_: DocText, rules_: Rules) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    text = dt_.text
    for rx in rules_.block_labels:
        for m in rx.finditer(text):
            if len(dt_.line_at(m.start()).strip()) > 80:
                continue  # a sentence of prose, not a form label
            # A form label starts its line or is followed by the place to fill in (a colon, a line,
            # the end of the line): "approved by the customer on 3 September" is prose.
            before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            after = text[m.end() : m.end() + 3]
            if before.strip(" \t|•-*·") and not re.match(r"[ \t]*(?:[:_.]|$|\n)", after):
                continue
            spans.append((m.start(), m.end()))
    spans.sort()
    return spans


def _big(img: ImageInfo, rules_: Rules) -> bool:
    return img.width >= rules_.min_image_pixels and img.height >= rules_.min_image_pixels // 3


def _page_like(width: float, height: float, rules_: Rules) -> bool:
    if width <= 0 or height <= 0:
        return False
    lo, hi = rules_.page_aspect
    return lo <= height / width <= hi and min(width, height) >= rules_.page_min_pixels


def block_acknowledgements(
    doc: Document,
    dt_: DocText,
    rules_: Rules,
    has_esign: bool,
    dayfirst: bool,
    parties: Parties | None,
    policy: Mapping[str, Mapping[str, Any]],
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
        found.extend(
            _ink_verdict(doc, b, rules_, parties, dayfirst) for b in inked if b.source == "scan" and not _statement(b)
        )

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
    if not has_esign and not labels:
        unread = unread_sign_off(doc, ocr_pages - inked_pages, rules_)
        found.extend([unread] if unread is not None else [])
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

    date_kinds = date_labels(policy)
    for page, spans in sorted(by_page.items(), key=lambda kv: kv[0] or 0):
        if page in inked_pages:
            # the page's pixels were looked at: a picture, strokes drawn on it, or an empty line
            if parties is not None:
                found.extend(
                    _ink_verdict(doc, b, rules_, parties, dayfirst)
                    for b in inked
                    if b.page == page and b.source != "scan" and not _statement(b)
                )
            continue
        s, e = spans[0]
        ev = dt_.evidence(s, e, dt_.line_at(s))
        where = where_in(doc, page)
        hits = [dt_.hit(a, b) for a, b in spans]
        near = [i for i in doc.images if page and _big(i, rules_) and any(_near(i, h, doc, rules_) for h in hits)]
        lo = max(0, s - rules_.block_before, dt_.text.rfind("\n\n", 0, s) + 2)  # not across pages
        window = dt_.text[lo : spans[-1][1] + rules_.block_window]
        # An engagement period, an invoice or validity date beside the block dates no signature; nor
        # does an unlabelled date in the prose above the block ("approved by the customer on 3
        # September" is the partner's sentence: an empty block stays empty). A date with a date label
        # above it counts ("Ort, Datum Dresden, 12.08.2025" over "Unterschrift").
        own_lines = dt_.text.rfind("\n", 0, s) + 1 - lo
        dated = [
            d for d, kind, label_at in classify_text(window, date_kinds, dayfirst)
            if kind == "signature" or (kind != "other" and (d.start >= own_lines or label_at < d.start))
        ]  # fmt: skip
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


def _statement(block: SignatureBlock) -> bool:
    """A label that opens a sentence rather than a place to sign: its "typed text" goes on with the sentence
    ("The customer accepts" + "the deployment described above.")."""
    typed = (block.typed or "").strip()
    return not block.ink and len(typed.split()) >= 3 and typed[:1].islower()


def _block_evidence(doc: Document, block: SignatureBlock) -> list[Evidence]:
    what = "handwritten signature" if block.ink else "place to sign"
    evidence = [
        Evidence(doc.path, f'{what} in the block "{block.label}"', page=block.page, bbox=block.ink_bbox or block.bbox)
    ]
    evidence += [locate(doc, value) for value in (block.name, block.date) if value]
    return evidence


def _ink_verdict(
    doc: Document, block: SignatureBlock, rules_: Rules, parties: Parties, dayfirst: bool
) -> Acknowledgement:
    """The verdict on one signature block whose pixels the extractor judged (:mod:`poe_reviewer.documents.ink`)."""
    where = where_in(doc, block.page)
    dated = find_dates(block.date, dayfirst=dayfirst) if block.date else []
    date = dated[0].date if dated else None
    when = f" on {date.isoformat()}" if date else ""
    date_text, reading, other = (dated[0].raw, dated[0].reading, dated[0].other) if dated else (None, "", None)
    date_ev = locate(doc, block.date) if dated and block.date else None
    if date is None and block.source == "scan" and block.ink:
        # a signed letter is dated by its date line ("30 October 2026" under the letterhead)
        head = letter_date(doc, dayfirst)
        if head is not None:
            date = head[1].date
            when = f" on {date.isoformat()} (the letter's date: '{head[1].raw}')"
    name = block.name or _name_field(doc, block.page)
    side = (
        parties.name_side(name)
        or (_column_side(block.company, parties, rules_) if block.company else None)
        # a block labelled for the customer ("Customer signature", "The customer confirms") is the customer's
        or _column_side(block.label, parties, rules_)
        or _row_side(doc, block, rules_)
        or _heading_side(doc, block, rules_)
    )
    label = f'"{block.label}"'
    ack = Acknowledgement(
        document=doc.path,
        kind="scan" if block.source == "scan" else "signature_block",
        verdict="undecidable",
        description=f"the signature block {label} in {where}",
        evidence=_block_evidence(doc, block),
        signer=name,
        side=side,
        date=date,
        seed=rules_.block_seed,
        date_text=date_text,
        date_reading=reading,
        date_other=other,
        date_evidence=date_ev,
    )
    if block.ink is None:
        ack.reason = f"could not be judged from the page ({block.detail}): needs visual review."
    elif not block.ink and block.typed:
        ack.description += f' with the typed text "{shorten(block.typed, 60)}"'
        ack.reason = "carries no handwritten signature: a typed name is not a signature; check for an eSignature."
    elif not block.ink:
        ack.verdict = "invalid"
        dated_text = f" although dated {date.isoformat()}" if date else ""
        ack.reason = f"is empty: nobody signed on the line{dated_text}."
    elif block.source == "image":
        # a picture of a signature placed on a born-digital page, with no envelope or digital signature (those
        # documents are judged as eSignatures): the seed's pasted signature
        ack.verdict = "invalid"
        ack.description = f"signature picture in the signature block {label} in {where}"
        ack.reason = f'is a pasted picture of a signature, not a signature (seed: "{rules_.pasted_rule}").'
        ack.seed = rules_.pasted_seed
    elif block.source != "scan":
        ack.description = f"signature drawn on the digital page in the block {label} in {where}{when}"
        ack.reason = (
            "needs visual review: strokes drawn on a PDF are neither a signed paper nor a verifiable eSignature."
        )
    else:
        org = f" ({block.company})" if block.company else ""
        signatory = f"signatory {name}{org}" if name else "no printed signatory name"
        ack.description = (
            f"physically signed paper {where}: handwritten signature in the block {label}, {signatory}{when}"
        )
        if side == "partner":
            ack.verdict = "invalid"
            ack.reason = "is signed for the partner, not for the customer."
        elif side is None and block.label == LETTER_SIGN_OFF:
            ack.reason = "- neither the signatory nor the letterhead is known as the customer's: needs visual review."
        elif name or side == "customer":
            # Signed by hand by a named signatory, or in the block the form gives the customer: the seed asks for
            # "the signature and identifying information" on the paper. A date the reader could not see is the
            # date check's to weigh (the paper was signed on or after what it reports), not a reason to doubt
            # who signed.
            ack.verdict = "valid"
            ack.strength = 3 if side == "customer" else 2
            ack.date_unread = date is None
            ack.description += " (its date could not be read)" if date is None else ""
        else:
            missing = " and ".join(w for w, ok in (("the printed name", name), ("the date", date)) if not ok)
            ack.date_unread = date is None
            ack.reason = f"- {missing} of the signature could not be read: needs visual review."
    return ack


def _role_sides(texts: list[str], rules_: Rules) -> set[Side]:
    """The parties a line's role words name, at any of its words ("Customer acknowledgement", "Disclosed by
    the Partner"); both for a header row naming both columns ("Customer  Partner")."""
    found: set[Side] = set()
    for i in range(len(texts)):
        rest = " ".join(texts[i:])
        if any(rx.search(rest) for rx in rules_.customer_roles):
            found.add("customer")
        if any(rx.search(rest) for rx in rules_.partner_roles):
            found.add("partner")
    return found


def _row_side(doc: Document, block: SignatureBlock, rules_: Rules) -> Side | None:
    """Whose signature by the label opening its row in a sign-off table of one row per party ("Klant Hendrik
    Directeur <signature> 17-02-2026"): the first word left of the ink, on the ink's line."""
    if block.ink_bbox is None:
        return None
    ink = block.ink_bbox
    middle = (ink[1] + ink[3]) / 2
    # the words beside the ink, the line through its middle first ("Visafslag" wraps under "Klant")
    row = sorted(
        (w for seg in doc.segments if seg.page == block.page for w in seg.words
         if w.bbox[2] <= ink[0] and ink[1] <= (w.bbox[1] + w.bbox[3]) / 2 <= ink[3]),
        key=lambda w: (abs((w.bbox[1] + w.bbox[3]) / 2 - middle) > (w.bbox[3] - w.bbox[1]) / 2 + 2, w.bbox[0]),
    )  # fmt: skip
    texts = [w.text for w in row if w.text.strip("|‘’'`_-—:;,. ")]
    sides = _role_sides(texts[:1], rules_)
    return sides.pop() if len(sides) == 1 else None


def _heading_side(doc: Document, block: SignatureBlock, rules_: Rules) -> Side | None:
    """Whose block by the short heading above it ("Customer acknowledgement" over a bare "Signature" row),
    read from the word boxes over the block's width, nearest line first, no higher than another block."""
    top = block.bbox[1]
    floor = max([b.bbox[3] for b in doc.signature_blocks
                 if b.page == block.page and b is not block and b.bbox[3] <= top]
                + [top - rules_.heading_reach])  # fmt: skip
    left, right = block.bbox[0] - 20, block.bbox[2] + 20
    words = [w for seg in doc.segments if seg.page == block.page for w in seg.words
             if floor <= w.bbox[3] <= top + 2 and left <= (w.bbox[0] + w.bbox[2]) / 2 <= right]  # fmt: skip
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: -(w.bbox[1] + w.bbox[3])):  # bottom-up
        middle = (word.bbox[1] + word.bbox[3]) / 2
        last = lines[-1] if lines else None
        if last and abs((last[0].bbox[1] + last[0].bbox[3]) / 2 - middle) <= (word.bbox[3] - word.bbox[1]) / 2:
            last.append(word)
        else:
            lines.append([word])
    for line in lines:
        # a heading starts at the block's left: a column's header ("Partner" over the right half of a table
        # whose "Customer" OCR lost) names one column, not a block spanning both
        if len(line) > rules_.heading_words or min(w.bbox[0] for w in line) > left + 20 + 0.25 * (right - left):
            continue
        # the nearest line naming a party decides; one naming both ("Customer  Partner") names no one's block
        sides = _role_sides([w.text for w in sorted(line, key=lambda w: w.bbox[0])], rules_)
        if sides:
            return sides.pop() if len(sides) == 1 else None
    return None


def unread_sign_off(doc: Document, pages: set[int], rules_: Rules) -> Acknowledgement | None:
    """A short scanned page that speaks of acceptance or signing where OCR found no place to sign (a phone
    photo, a label in a shaded cell the reader lost): for a person to look at, never "no signature found"."""
    for page in sorted(pages):
        text = "\n".join(s.text for s in doc.segments if s.page == page and s.label == "ocr")
        if not 0 < len(text.split()) <= rules_.sign_off_max_words:
            continue
        said = next((m for rx in rules_.sign_off_words for m in [rx.search(text)] if m), None)
        if said is None:
            continue
        start, end = text.rfind("\n", 0, said.start()) + 1, text.find("\n", said.end())
        line = text[start : end if end >= 0 else len(text)].strip()
        return Acknowledgement(
            document=doc.path,
            kind="scan",
            verdict="undecidable",
            description=f"scanned page {where_in(doc, page)}",
            reason=f'speaks of acceptance ("{shorten(line, 80)}") but OCR found no place to sign on it: '
            "needs visual review of the signature.",
            evidence=[locate(doc, line)],
            seed=rules_.block_seed,
            date_unread=True,
        )
    return None


def _column_side(company: str, parties: Parties, rules_: Rules) -> Side | None:
    """Whose block: the company printed with it, or the role heading its column ("Client", "Consultant")."""
    side = parties.org_in(company)
    if side:
        return side
    if any(rx.search(company) for rx in rules_.customer_roles):
        return "customer"
    if any(rx.search(company) for rx in rules_.partner_roles):
        return "partner"
    return None


# A printed name field of a form or letter: "Name: John Doe", "Printed name - Jane Roe", "| Client name | D.
# Kiprono", a bilingual label whose slash OCR lost ("Naam Name Yvonne Verhoeven ]"), a title before the name
# ("Name: Dr. Katrin Vogt"); not a header row of labels ("Name Title Signature").
_WORD = r"[^\W\d_][^\W\d_'’.\-]*"
_NAME_FIELD = re.compile(
    r"(?im)^[ \t|‘'\[]*(?:(?:printed|full|client|customer)(?:['’]s)?[ \t]+)?"
    r"(?:(?:naam|nom|nombre|nome|navn)[ \t]*/?[ \t]*)?"
    r"name(?:\s+of\s+signatory)?(?:[ \t]*[:\-|][ \t]*|[ \t]+)"
    r"(?!.*\b(?:title|signature|date|position|role|company|firma|cargo|fecha|datum|unterschrift|handtekening)\b)"
    rf"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?(?:[A-Z]\.[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
    rf"|{_WORD}(?:[ \t]+{_WORD}){{1,3}}))[ \t|\]]*$"
)


# A name on the line above its holder's title, its "Name" label lost by the reader ("| Marcia Doyle" over
# "Title Chief Financial Officer"); an initial may stand for the father's name ("R. Senthil Kumar"), and a
# line OCR read as a table border alone ("|") may stand between the name and the title.
_NAME_OVER_TITLE = re.compile(
    r"(?m)^[ \t|‘'\[]*(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+|[A-Z]\.[ \t]*)?[A-ZÀ-Ý][^\W\d_'’.\-]+"
    r"(?:[ \t]+[A-ZÀ-Ý][^\W\d_'’.\-]+){1,2})[ \t|]*\n(?:[ \t|]*\n)?[ \t|‘'\[]*"
    r"(?i:(?:title|position|role|designation)\b|"
    r"(?:[^\W\d_]+[ \t]+){0,3}(?:officer|director|manager|head|president|coordinator|administrator|cio|cto|cfo|ceo)\b)"
)


def _name_field(doc: Document, page: int | None) -> str | None:
    """The printed name on the page of a signature, where the ink reader found none beside the block."""
    segments = [seg for seg in doc.segments if seg.page in (page, None)]
    found = [m.group("name") for seg in segments for m in _NAME_FIELD.finditer(seg.text)]
    if not found:
        found = [m.group("name") for seg in segments for m in _NAME_OVER_TITLE.finditer(seg.text)]
    return found[-1].strip() if len(found) == 1 else None  # two names: which one signed is for a person to see


def _near(img: ImageInfo, hit: Hit | None, doc: Document, rules_: Rules) -> bool:
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


def image_acknowledgement(
    doc: Document, rules_: Rules, as_attachment: bool, parties: Parties | None = None, dayfirst: bool = False
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
        unread = unread_sign_off(doc, {s.page or 1 for s in doc.segments if s.label == "ocr"}, rules_)
        if unread is not None:
            return unread
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
