"""Ink in signature blocks: handwriting on scans and on digital pages, empty lines, and what the
acknowledgement check makes of them (physically signed paper, empty lines, flat pictures).

Pages are made here with PyMuPDF: an acceptance certificate with a "Customer Signature:" line,
the printed name, company and date below it, and a cursive-looking signature drawn with pen
strokes (or pasted as a picture, or left out). Scans of it come from ``tests.test_ocr``.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw

from poe_reviewer.checks import customer_acknowledgement as ca
from poe_reviewer.documents import ink, ink_pixels, ink_tables
from poe_reviewer.documents.model import Document, SignatureBlock
from tests.builders import context, make_claim
from tests.test_ocr import extract, image_bytes, needs_engine, scan_image, scanned_pdf

# whole processes or the OCR engine: not in the fast lane (make test-fast)
pytestmark = pytest.mark.integration

CLAIM = make_claim()  # Fabrikam, Inc. (partner, Priya Kaur) for Contoso Ltd (customer, John Doe)
INK = (0.05, 0.05, 0.25)


# -- pages ---------------------------------------------------------------------------------------
def scribble_points(x: float, y: float, width: float = 150, height: float = 26, seed: float = 1.0) -> list[Any]:
    """Points of a cursive-looking signature: loops running along a baseline at ``y``."""
    points = []
    for i in range(241):
        t = i / 240
        k = 7 * 2 * math.pi * t
        px = x + t * width + 0.22 * height * math.cos(k + seed)
        rise = 0.5 * height * (0.6 + 0.4 * math.sin(3.1 * t + seed)) * (0.5 - 0.5 * math.cos(k))
        points.append((px, y - rise + 0.15 * height * math.sin(11 * t)))
    return points


def draw_signature(page: Any, x: float, y: float, **kw: Any) -> None:
    page.draw_polyline(scribble_points(x, y, **kw), color=INK, width=1.3)
    page.draw_bezier((x + 15, y + 4), (x + 60, y + 10), (x + 105, y - 4), (x + 158, y + 2), color=INK, width=1.3)


def signature_picture() -> bytes:
    """The same signature as a transparent PNG, as partners paste them."""
    img = Image.new("RGBA", (480, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    pts = [(3 * (px - 10), 3 * (py - 20) + 90) for px, py in scribble_points(10, 20)]
    draw.line(pts, fill=(20, 20, 70, 255), width=4, joint="curve")
    return image_bytes(img)


def acceptance(
    mark: str = "drawn",
    *,
    name: str = "John Doe",
    company: str = "Contoso Ltd",
    date: str = "June 5, 2025",
    typed: str = "",
) -> bytes:
    """An acceptance certificate; ``mark`` is ``drawn``, ``picture`` or ``none``."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    y = 72.0
    lines = [
        ("Project Completion and Acceptance Certificate", 16),
        ("Partner: Fabrikam, Inc.", 11),
        (f"Customer: {company}", 11),
        ("Workload: Microsoft Intune deployment and Defender for Endpoint onboarding", 11),
        ("Engagement period: April 1, 2025 - May 30, 2025", 11),
        ("Fabrikam deployed Microsoft Intune to 1,000 Windows devices in three waves and onboarded", 10),
        ("all devices to Microsoft Defender for Endpoint. We confirm the work has been completed.", 10),
    ]
    for text, size in lines:
        page.insert_text((72, y), text, fontsize=size)
        y += size * 1.8
    y += 40
    page.insert_text((72, y), "Customer Signature:", fontsize=11)
    page.draw_line((190, y + 2), (400, y + 2), width=0.8)
    if typed:
        page.insert_text((200, y - 2), typed, fontsize=11)
    if mark == "drawn":
        draw_signature(page, 205, y - 4)
    elif mark == "picture":
        page.insert_image(pymupdf.Rect(200, y - 36, 360, y + 4), stream=signature_picture())
    y += 36
    for label, value in (("Name", name), ("Company", company), ("Date", date)):
        page.insert_text((72, y), f"{label}: {value}", fontsize=11)
        y += 20
    return bytes(pdf.tobytes())


def only(blocks: list[SignatureBlock]) -> SignatureBlock:
    assert len(blocks) == 1, blocks
    return blocks[0]


def verdict(doc: Document) -> Any:
    return ca.run(context(CLAIM, doc))


# -- the pixel analysis (no OCR) -----------------------------------------------------------------
def test_components_are_eight_connected_and_measured() -> None:
    mask = np.zeros((10, 12), dtype=bool)
    mask[1, 1] = mask[2, 2] = mask[3, 3] = True  # a diagonal: one component
    mask[5:8, 6:11] = True
    found = sorted((c.x0, c.y0, c.x1, c.y1, c.pixels) for c in ink_pixels.components(mask))
    assert found == [(1, 1, 4, 4, 3), (6, 5, 11, 8, 15)]


def test_ruled_lines_are_told_from_strokes() -> None:
    mask = np.zeros((60, 300), dtype=bool)
    mask[40:42, 10:290] = True  # the line to sign on
    mask[5:55, 150:152] = True  # a table border
    mask[20:30, 40:45] = True  # a letter
    lines = ink_pixels.ruled_lines(mask, 10.0)
    assert lines[41, 100]
    assert lines[30, 151]
    assert not lines[25, 42]


def _raster(signed: bool, printed: bool = True) -> tuple[np.ndarray[Any, Any], list[ink.PageWord]]:
    img = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(img)
    words: list[ink.PageWord] = []
    x = 40
    for n, word in enumerate(["Customer", "Signature:"]):
        box = (x, 150, x + 120, 175)
        draw.rectangle((box[0] + 2, box[1] + 4, box[2] - 4, box[3] - 2), outline=0, width=3)  # stands for type
        words.append(ink.PageWord(word, (float(box[0]), 150.0, float(box[2]), 175.0), 95.0, 0))
        x += 130 + n
    draw.line((300, 178, 800, 178), fill=0, width=3)
    if printed:
        draw.rectangle((40, 230, 280, 255), outline=0, width=3)
        words.append(ink.PageWord("Name: John Doe", (40.0, 230.0, 280.0, 255.0), 93.0, 1))
    if signed:
        pts = [(3 * (px - 100) + 340, 3 * (py - 60) + 170) for px, py in scribble_points(100, 60)]
        draw.line(pts, fill=20, width=4)
    return np.asarray(img), words


@pytest.mark.parametrize("signed", [True, False])
def test_handwriting_is_found_and_print_and_lines_are_not(signed: bool) -> None:
    gray, words = _raster(signed)
    rules = ink.rules()
    finding = ink.find_ink(gray, (0, 60, 900, 300), words, 25.0, rules, ink_pixels.ink_threshold(gray))
    assert finding.ink is signed, finding.detail
    if signed:
        assert finding.box is not None
        assert 320 <= finding.box[0] <= 360
        assert finding.box[2] >= 700


def test_a_block_reads_its_label_name_and_ink_from_words() -> None:
    gray, words = _raster(True)
    blocks = ink.page_blocks(gray, words, 1, lambda b: b, source="scan", fallback_height=25.0)
    block = only(blocks)
    assert (block.label, block.ink, block.name) == ("Customer Signature", True, "John Doe")


# -- digital pages: a drawn or pasted signature, an empty line ------------------------------------
def test_strokes_drawn_on_a_digital_page_are_ink() -> None:
    block = only(extract(acceptance("drawn"), "drawn.pdf").signature_blocks)
    assert (block.ink, block.source) == (True, "drawing")
    assert (block.name, block.company, block.date) == ("John Doe", "Contoso Ltd", "June 5, 2025")
    assert block.ink_bbox is not None
    assert 190 <= block.ink_bbox[0] <= 215
    assert block.ink_bbox[2] >= 340


def test_a_pasted_signature_picture_is_ink_from_an_image() -> None:
    doc = extract(acceptance("picture"), "picture.pdf")
    assert (only(doc.signature_blocks).ink, only(doc.signature_blocks).source) == (True, "image")
    r = verdict(doc)
    # a picture of a signature on a born-digital page, with no envelope or digital signature: pasted
    assert r.status == "fail", r.summary
    assert "is a pasted picture of a signature, not a signature" in r.summary


def searchable_scan(original: bytes, *, pasted: bool = False) -> bytes:
    """What a scanner's "searchable PDF" is: a picture of the whole sheet with its words laid
    invisibly over it (``pasted``: a signature picture then pasted onto the scan)."""
    src = pymupdf.open(stream=original, filetype="pdf")
    page = src[0]
    picture = page.get_pixmap(dpi=150).tobytes("png")
    out = pymupdf.open()
    scan = out.new_page(width=page.rect.width, height=page.rect.height)
    scan.insert_image(scan.rect, stream=picture)
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                scan.insert_text(span["origin"], span["text"], fontsize=span["size"], render_mode=3)
    if pasted:
        sig = next(b for b in page.get_text("blocks") if "Customer Signature" in b[4])
        scan.insert_image(pymupdf.Rect(300, sig[1] - 34, 460, sig[1] + 6), stream=signature_picture())
    return bytes(out.tobytes())


def test_ink_on_a_searchable_scan_is_the_signed_paper_and_a_picture_pasted_on_it_is_not() -> None:
    block = only(extract(searchable_scan(acceptance("drawn")), "scan.pdf").signature_blocks)
    assert (block.ink, block.source) == (True, "scan")
    r = verdict(extract(searchable_scan(acceptance("drawn")), "scan.pdf"))
    assert r.status == "pass", r.summary
    assert "physically signed paper" in r.summary
    pasted = only(extract(searchable_scan(acceptance("none"), pasted=True), "pasted.pdf").signature_blocks)
    assert (pasted.ink, pasted.source) == (True, "image")


def test_an_empty_line_on_a_digital_page_is_no_signature() -> None:
    doc = extract(acceptance("none"), "empty.pdf")
    block = only(doc.signature_blocks)
    assert (block.ink, block.source, block.typed) == (False, "text", None)
    r = verdict(doc)
    assert r.status == "fail"
    assert 'the signature block "Customer Signature" in empty.pdf p.1 is empty: nobody signed on the line' in r.summary
    assert "although dated 2025-06-05" in r.summary


def test_a_typed_name_on_the_line_is_text_not_ink() -> None:
    doc = extract(acceptance("none", typed="/s/ John Doe"), "typed.pdf")
    block = only(doc.signature_blocks)
    assert (block.ink, block.typed) == (False, "/s/ John Doe")
    assert verdict(doc).status == "warn"


def test_two_blocks_on_a_row_each_get_their_own_ink() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 100), "We accept the deployment of Microsoft Intune described above.", fontsize=11)
    page.insert_text((72, 200), "Customer Signature:", fontsize=10)
    page.insert_text((320, 200), "Partner Signature:", fontsize=10)
    draw_signature(page, 400, 196, width=120)
    page.insert_text((72, 230), "Name: John Doe", fontsize=10)
    page.insert_text((320, 230), "Name: Priya Kaur", fontsize=10)
    doc = extract(pdf.tobytes(), "two.pdf")
    inked = {b.label: b.ink for b in doc.signature_blocks}
    assert inked == {"Customer Signature": False, "Partner Signature": True}


def test_pages_without_a_place_to_sign_are_not_rendered() -> None:
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "Deployment report: 1,000 devices enrolled in Microsoft Intune.")
    assert extract(pdf.tobytes(), "report.pdf").signature_blocks == []


# -- scans: physically signed paper ----------------------------------------------------------------
@pytest.fixture(scope="module")
def signed_scan() -> Document:
    return extract(scanned_pdf(acceptance("drawn"), dpi=200, skew=2.0), "POE/signed_scan.pdf")


@needs_engine
def test_a_scanned_handwritten_signature_is_ink_with_its_signatory(signed_scan: Document) -> None:
    block = only(signed_scan.signature_blocks)
    assert (block.ink, block.source, block.label) == (True, "scan", "Customer Signature")
    assert (block.name, block.company, block.date) == ("John Doe", "Contoso Ltd", "June 5, 2025")
    assert block.ink_bbox is not None
    # the handwriting is to the right of the label, on the signature line, in page points
    assert 185 <= block.ink_bbox[0] <= 225
    assert 320 <= block.ink_bbox[2] <= 380


@needs_engine
def test_a_scanned_physically_signed_paper_is_valid(signed_scan: Document) -> None:
    r = verdict(signed_scan)
    assert r.status == "pass", r.summary
    assert "physically signed paper POE/signed_scan.pdf p.1" in r.summary
    assert "signatory John Doe (Contoso Ltd) on 2025-06-05" in r.summary
    assert any(e.page == 1 and e.bbox is not None for e in r.evidence)


@needs_engine
@pytest.mark.parametrize("scan", [{"dpi": 150, "skew": -3.0}, {"dpi": 200, "turn": 90}])
def test_an_empty_signature_line_on_a_scan_is_not_valid(scan: dict[str, Any]) -> None:
    doc = extract(scanned_pdf(acceptance("none"), **scan), "POE/unsigned_scan.pdf")
    assert only(doc.signature_blocks).ink is False
    r = verdict(doc)
    assert r.status == "fail", r.summary
    assert "is empty: nobody signed on the line" in r.summary


@needs_engine
def test_a_scan_signed_for_the_partner_is_not_the_customers_acknowledgement() -> None:
    data = acceptance("drawn", name="Priya Kaur", company="Fabrikam, Inc.")
    doc = extract(scanned_pdf(data, dpi=200, turn=180), "POE/partner_signed.pdf")
    assert only(doc.signature_blocks).ink is True
    r = verdict(doc)
    assert r.status == "fail", r.summary
    assert "signed for the partner" in r.summary


@needs_engine
def test_a_photo_of_the_signed_paper_is_valid_but_a_picture_of_the_signature_is_flat() -> None:
    page = pymupdf.open(stream=acceptance("drawn"), filetype="pdf")[0]
    photo = scan_image(page, dpi=200, skew=-1.5, noise=10.0).convert("RGB")
    doc = extract(image_bytes(photo, "JPEG", quality=85), "POE/signed_paper.jpg")
    assert only(doc.signature_blocks).ink is True
    assert verdict(doc).status == "pass"
    # the signature cut out of the same photo: a flat image, whatever ink it shows
    cut = photo.crop((520, 480, 1120, 680))
    flat = extract(image_bytes(cut, "JPEG", quality=85), "POE/signature.jpg")
    r = verdict(flat)
    assert r.status == "fail"
    assert "is a flat image" in r.summary


@needs_engine
def test_a_screenshot_of_an_email_stays_a_flat_image() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=700, height=300)
    mail = [
        "From: John Doe <john.doe@contoso.com>",
        "Sent: Thursday, June 5, 2025 10:12 AM",
        "To: Priya Kaur <pkaur@fabrikam.com>",
        "Subject: RE: Intune deployment - sign-off",
        "We confirm that Fabrikam has completed the Intune deployment for all 1,000 devices.",
        "Signature: John Doe, CISO",
    ]
    for i, line in enumerate(mail):
        page.insert_text((20, 30 + 22 * i), line, fontsize=12)
    shot = page.get_pixmap(dpi=110).tobytes("png")
    doc = extract(bytes(shot), "POE/mail_screenshot.png")
    assert "We confirm that Fabrikam has completed" in " ".join(s.text for s in doc.segments)
    r = verdict(doc)
    assert r.status == "fail", r.summary
    assert "flat image" in r.summary


def test_a_label_naming_whose_signature_and_a_date_label_naming_its_format_are_read() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), "Go-Live Sign-off", fontsize=14)
    page.insert_text((72, 130), "Contoso Ltd confirms the above is live and accepts the deployment.", fontsize=11)
    page.insert_text((72, 190), "Signed (customer):", fontsize=11)
    page.draw_line((180, 192), (400, 192), width=0.8)
    draw_signature(page, 200, 186)
    page.insert_text((72, 226), "Name: John Doe", fontsize=11)
    page.insert_text((72, 246), "Date (dd/mm/yyyy): 17/07/2025", fontsize=11)
    block = only(extract(bytes(pdf.tobytes()), "signoff.pdf").signature_blocks)
    assert (block.label, block.ink) == ("Signed (customer):", True)
    assert block.date == "17/07/2025"


@pytest.mark.parametrize("label", ["Customer representative:", "Accepted by:", "For VRZ - name:"])
def test_a_form_that_prints_who_signs_instead_of_signature_is_a_place_to_sign(label: str) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), "Service Acceptance", fontsize=14)
    page.insert_text((72, 130), "Tick each service that was delivered and accepted.", fontsize=11)
    page.insert_text((72, 190), label, fontsize=11)
    draw_signature(page, 220, 186)
    block = only(extract(bytes(pdf.tobytes()), "acceptance.pdf").signature_blocks)
    assert block.ink is True
    assert block.label == label.rstrip(":").strip()


def test_a_date_field_on_the_line_of_the_place_to_sign_dates_the_block() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), "Service Acceptance", fontsize=14)
    page.insert_text((72, 130), "Tick each service that was delivered and accepted.", fontsize=11)
    page.insert_text((72, 190), "Customer representative:", fontsize=11)
    page.insert_text((360, 190), "Date: 19/06/2025", fontsize=11)
    draw_signature(page, 210, 186)
    block = only(extract(bytes(pdf.tobytes()), "acceptance.pdf").signature_blocks)
    assert block.ink is True
    assert block.date == "19/06/2025"


# -- sign-off tables: one "Signature" row for both parties, names rows above it -----------------------
def signoff_table(
    *,
    customer_signs: bool,
    partner_signs: bool,
    header: tuple[str, str],
    name_indent: float = 0.0,
    sign_at: float = 20.0,
) -> bytes:
    """A partner's sign-off page: a table whose rows are labelled at the left and whose columns are the parties."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 80), "Sign-off", fontsize=14)
    page.insert_text(
        (72, 104), "Contoso Ltd confirms the Microsoft Intune deployment to 1,000 devices is complete.", fontsize=9
    )
    left, col1, col2, right = 72.0, 160.0, 350.0, 540.0
    signed_on = ("05/06/2025" if customer_signs else "", "05/06/2025" if partner_signs else "")
    rows = [("", *header), ("Name", "John Doe", "Priya Kaur"), ("Title", "CIO", "Project Lead"),
            ("Signature", "", ""), ("Date", *signed_on)]  # fmt: skip
    y = 130.0
    for label, first, second in rows:
        height = 44.0 if label in ("Signature", "Title") else 26.0
        page.draw_rect(pymupdf.Rect(left, y, right, y + height), width=0.6)
        page.draw_line((col1, y), (col1, y + height), width=0.6)
        page.draw_line((col2, y), (col2, y + height), width=0.6)
        indent = name_indent if label == "Name" else 0.0
        for x, text in ((left + 4, label), (col1 + 4 + indent, first), (col2 + 4, second)):
            if text:
                page.insert_text((x, y + 16), text, fontsize=10)
        if label == "Signature":
            if customer_signs:
                if sign_at >= 20:
                    draw_signature(page, col1 + sign_at, y + 32, width=120)
                else:  # a short signature at the cell's left edge, no flourish
                    page.draw_polyline(scribble_points(col1 + sign_at, y + 32, width=50), color=INK, width=1.3)
            if partner_signs:
                draw_signature(page, col2 + 20, y + 32, width=120, seed=2.0)
        y += height
    return bytes(pdf.tobytes())


@needs_engine
@pytest.mark.parametrize("header", [("Contoso Ltd", "Fabrikam, Inc."), ("Client", "Consultant")])
def test_a_signoff_table_reads_each_partys_column(header: tuple[str, str]) -> None:
    data = signoff_table(customer_signs=True, partner_signs=True, header=header)
    doc = extract(scanned_pdf(data, dpi=200, skew=1.0), "POE/signoff.pdf")
    by_name = {b.name: b for b in doc.signature_blocks if b.source == "scan"}
    assert set(by_name) == {"John Doe", "Priya Kaur"}, doc.signature_blocks
    assert by_name["John Doe"].ink
    assert by_name["Priya Kaur"].ink
    assert by_name["John Doe"].company == header[0]
    assert by_name["John Doe"].date == "05/06/2025"
    r = verdict(doc)
    assert r.status == "pass", r.summary
    assert "signatory John Doe" in r.summary


@needs_engine
def test_the_first_partys_cell_starts_where_the_row_labels_end_not_where_its_name_is_read() -> None:
    # OCR that reads only the surname ("Santiago Colén" for "Ivelisse Santiago Colón") places the name
    # far into the cell; the customer's short signature at the cell's left edge is still in their cell
    data = signoff_table(
        customer_signs=True, partner_signs=False, header=("Contoso Ltd", "Fabrikam, Inc."), name_indent=70, sign_at=4
    )
    doc = extract(scanned_pdf(data, dpi=200), "POE/signoff.pdf")
    by_name = {b.name: b for b in doc.signature_blocks if b.source == "scan"}
    assert by_name["John Doe"].ink, doc.signature_blocks
    assert not by_name["Priya Kaur"].ink


def header_table(customer_signs: bool, bar: tuple[float, float, float] = (0.2, 0.25, 0.3)) -> bytes:
    """A sign-off table whose header row, white on a dark bar, names the columns ("Name | Title |
    Signature | Date") over a row per party whose first cell names it."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), "Customer acceptance", fontsize=14)
    page.insert_text((72, 120), "By signing, Contoso Ltd accepts the project as complete.", fontsize=10)
    xs = [60, 180, 290, 400, 520]
    page.draw_rect(pymupdf.Rect(60, 140, 560, 160), color=bar, fill=bar)
    for x, head in zip(xs[1:], ["Name", "Title", "Signature", "Date"], strict=True):
        page.insert_text((x + 4, 154), head, fontsize=10, color=(1, 1, 1))
    rows = [("Customer", "Contoso Ltd", "John Doe", "CIO"), ("Partner", "Fabrikam, Inc.", "Priya Kaur", "PM")]
    for i, (role, company, name, title) in enumerate(rows):
        y = 160 + 50 * i
        page.draw_rect(pymupdf.Rect(60, y, 560, y + 50), color=(0.5, 0.5, 0.5))
        page.insert_text((64, y + 14), role, fontsize=10)
        page.insert_text((64, y + 28), company, fontsize=10)
        page.insert_text((184, y + 14), name, fontsize=10)
        page.insert_text((294, y + 14), title, fontsize=10)
        page.insert_text((524, y + 14), "05/06/2025", fontsize=10)
        if customer_signs or i == 1:
            draw_signature(page, 410, y + 34, width=90, seed=1.0 + i)
    return bytes(pdf.tobytes())


@needs_engine
@pytest.mark.parametrize("customer_signs", [True, False])
def test_a_header_row_white_on_a_dark_bar_names_each_partys_place_to_sign_below(customer_signs: bool) -> None:
    doc = extract(scanned_pdf(header_table(customer_signs), dpi=200), "POE/closure.pdf")
    by_name = {b.name: b for b in doc.signature_blocks if b.source == "scan"}
    assert set(by_name) == {"John Doe", "Priya Kaur"}, doc.signature_blocks
    assert by_name["John Doe"].ink is customer_signs
    assert by_name["Priya Kaur"].ink is True
    assert "Contoso Ltd" in (by_name["John Doe"].company or "")
    assert by_name["John Doe"].date == "05/06/2025"
    assert (verdict(doc).status == "pass") is customer_signs


@needs_engine
def test_a_header_row_on_a_grey_bar_of_a_scan_is_read_too() -> None:
    # a scanner prints a dark table header as mid grey (~100 of 255)
    doc = extract(scanned_pdf(header_table(True, bar=(0.4, 0.4, 0.4)), dpi=200), "POE/closure.pdf")
    assert "Signature" in doc.text
    by_name = {b.name: b for b in doc.signature_blocks if b.source == "scan"}
    assert by_name["John Doe"].ink is True, doc.signature_blocks
    assert verdict(doc).status == "pass"


def signed_heading(customer_signs: bool) -> bytes:
    """Minutes closing with a "Signed" heading alone on its line, each party's signature drawn well below it
    over a rule and the signer's printed name."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), "Service review - minutes", fontsize=14)
    page.insert_text((72, 120), "Contoso Ltd accepts the May service report of Fabrikam, Inc.", fontsize=10)
    page.insert_text((72, 160), "Signed", fontsize=13)
    if customer_signs:
        draw_signature(page, 80, 214, width=90)
    page.draw_polyline(scribble_points(330, 214, width=90, seed=2.0), color=INK, width=1.3)
    for x, (name, company) in ((72, ("John Doe", "Contoso Ltd")), (320, ("Priya Kaur", "Fabrikam, Inc."))):
        page.draw_line((x, 232), (x + 180, 232), color=(0, 0, 0), width=0.6)
        page.insert_text((x, 245), name, fontsize=10)
        page.insert_text((x, 259), company, fontsize=10)
    return bytes(pdf.tobytes())


@needs_engine
@pytest.mark.parametrize("customer_signs", [True, False])
def test_a_signature_drawn_well_below_a_signed_heading_is_found(customer_signs: bool) -> None:
    doc = extract(scanned_pdf(signed_heading(customer_signs), dpi=200), "POE/minutes.pdf")
    r = verdict(doc)
    assert (r.status == "pass") is customer_signs, (r.summary, doc.signature_blocks)


@needs_engine
def test_a_signoff_table_signed_only_in_the_partners_column_is_no_customer_signature() -> None:
    data = signoff_table(customer_signs=False, partner_signs=True, header=("Client", "Consultant"))
    doc = extract(scanned_pdf(data, dpi=200), "POE/signoff.pdf")
    by_name = {b.name: b for b in doc.signature_blocks if b.source == "scan"}
    assert by_name["John Doe"].ink is False
    assert by_name["Priya Kaur"].ink is True
    assert verdict(doc).status != "pass"


def _row(*read: str) -> list[ink.PageWord]:
    """One OCR line of words, left to right."""
    words, x = [], 10.0
    for text in read:
        words.append(ink.PageWord(text, (x, 100.0, x + 8.0 * len(text), 125.0), 95.0, 7))
        x += 8.0 * len(text) + 8.0
    return words


def test_a_sign_off_row_read_as_one_line_keeps_the_surname_out_of_the_label() -> None:
    # a party's row: "Greywell | Name: Callum Reid | Signature: | Date: 03/11/2025" joined by OCR
    row = _row("Greywell", "Name:", "Callum", "Reid", "Signature:", "Date:", "03/1", "1/2025")
    assert [label.text for label in ink.find_labels(row, ink.rules())] == ["Signature"]
    # the party's word before "Signature" still belongs to the label
    party = _row("Partner", "Signature:", "Date:")
    assert [label.text for label in ink.find_labels(party, ink.rules())] == ["Partner Signature"]


def test_a_partys_row_of_fields_is_no_header_over_rows_below() -> None:
    # "Greywell | Name: Callum Reid | Signature: | Date: ..." over "Title: Head of IT": one party's row
    def word(text: str, x: float, y: float, line: int) -> ink.PageWord:
        return ink.PageWord(text, (x, y, x + 9.0 * len(text), y + 18.0), 95.0, line)

    words = [
        word("Greywell", 100, 700, 1), word("Name:", 250, 700, 1), word("Callum", 310, 700, 1),
        word("Reid", 375, 700, 1), word("Signature:", 500, 700, 1), word("Date:", 800, 700, 1),
        word("03/11/2025", 860, 700, 1), word("Title:", 250, 730, 2), word("Head", 310, 730, 2),
        word("of", 355, 730, 2), word("IT", 380, 730, 2),
    ]  # fmt: skip
    label = only(ink.find_labels(words, ink.rules()))
    assert ink_tables.rows_under_header(label.box, words, 18.0, ink.rules()) == []


def test_a_field_value_ends_at_the_next_field_and_ocr_gaps_in_a_date_are_mended() -> None:
    rules = ink.rules()
    row = "Greywell Name: Callum Reid Signature: Date: 03/11"
    assert ink_tables.value_after(rules.name_fields, row) == "Callum Reid"
    assert ink_tables.value_after(rules.name_labels, "Name: Jane Doe Title: CIO") == "Jane Doe"
    assert ink_tables.ocr_date("Date: 03/1 1/2025") == "Date: 03/11/2025"
    assert ink_tables.ocr_date("03/11/20 25") == "03/11/2025"
    assert ink_tables.ocr_date("June 5,.2025") == "June 5,2025"
    assert ink_tables.ocr_date("12 06 2025") == "12 06 2025"  # spaced digits are no OCR gap


def test_a_party_row_names_its_signatory_left_of_the_signature_and_dates_it_right() -> None:
    # "Klinikum | Name: Dr. Katrin | Signature: <strokes> | Date: 03.06.2026": OCR reads the name
    # cell as its own line, the strokes as junk, and loses the D of "Date" beside them
    def word(text: str, x: float, y: float, line: int, conf: float = 95.0) -> ink.PageWord:
        return ink.PageWord(text, (x, y, x + 9.0 * len(text), y + 18.0), conf, line)

    rules = ink.rules()
    for date_label in ("| Date:", "ate:"):
        words = [
            word("Klinikum", 170, 1142, 21), word("|", 440, 1140, 21), word("Name:", 452, 1141, 21),
            word("Dr.", 529, 1141, 21), word("Katrin", 566, 1141, 21), word("Lehmann", 452, 1167, 22),
            word("Signature:", 731, 1135, 20), word("BB", 859, 1130, 20, 0.0),
            *[word(t, 1000 + 15 * i, 1135, 20) for i, t in enumerate(date_label.split())],
            word("03.06.2026", 1087, 1135, 20),
        ]  # fmt: skip
        label = only(ink.find_labels(words, rules))
        name, _company, date, _typed = ink._fields(label, (695.0, 1055.0, 1440.0, 1244.0), words, 18.0, rules)
        assert (name, date) == ("Dr. Katrin", "03.06.2026"), date_label


def test_a_row_labelled_table_signs_in_the_cell_and_names_the_signatory_in_the_row_headed_name() -> None:
    # "Name | Denise Okafor" / "Title | IT Director" / "Signature | Signature: <strokes>" / "Date | Date: ..."
    def word(text: str, x: float, y: float, line: int) -> ink.PageWord:
        return ink.PageWord(text, (x, y, x + 9.0 * len(text), y + 18.0), 95.0, line)

    words = [
        word("Name", 150, 700, 1), word("|", 240, 700, 1), word("Denise", 270, 700, 1), word("Okafor", 340, 700, 1),
        word("Title", 150, 735, 2), word("|", 240, 735, 2), word("IT", 270, 735, 2), word("Director", 300, 735, 2),
        word("Signature", 150, 770, 3), word("|", 240, 770, 3), word("Signature:", 270, 770, 3),
    ]  # fmt: skip
    rules = ink.rules()
    label = only(ink.find_labels(words, rules))
    assert label.box[0] == 270  # the cell's own label, not the row header beside it
    name, _company, _date, _typed = ink._fields(label, (250.0, 690.0, 1000.0, 860.0), words, 18.0, rules)
    assert name == "Denise Okafor"


def test_a_label_behind_a_table_border_is_a_place_to_sign() -> None:
    # OCR reads the ruled border of a table cell as a word, and the handwriting beside it as junk:
    # "| Signature lad iT s"
    read = [("|", 10.0, 83.0), ("Signature", 30.0, 96.0), ("lad", 200.0, 4.0), ("iT", 260.0, 10.0), ("s", 300.0, 0.0)]
    words = [ink.PageWord(text, (x, 100.0, x + 40.0, 125.0), conf, 3) for text, x, conf in read]
    assert [label.text for label in ink.find_labels(words, ink.rules())] == ["Signature"]


@needs_engine
def test_a_customers_acceptance_statement_over_the_signature_is_a_place_to_sign() -> None:
    # no "Signature" label: the statement, then the hand, then the printed name and date
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 80), "Project Closure Report", fontsize=16)
    page.insert_text(
        (72, 120), "Microsoft Intune: 410 devices enrolled, BitLocker escrow, LOB apps deployed.", fontsize=10
    )
    page.insert_text((72, 170), "The customer confirms that the project is closed and accepted.", fontsize=10)
    draw_signature(page, 90, 192, width=120)
    page.insert_text((72, 212), "Name: John Doe", fontsize=10)
    page.insert_text((72, 228), "Date: 03/11/2025", fontsize=10)
    doc = extract(scanned_pdf(pdf.tobytes(), dpi=200), "POE/closure_signed.pdf")
    block = only([b for b in doc.signature_blocks if b.ink])
    assert (block.label, block.name, block.date) == ("The customer confirms", "John Doe", "03/11/2025")
    assert verdict(doc).status == "pass"


@needs_engine
def test_a_partys_own_signature_line_under_a_table_is_not_a_table_row() -> None:
    # the table names the people; the lines to sign under it say whose they are
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 80), "Sign-off: the customer confirms the Intune rollout to 900 devices.", fontsize=10)
    for y, (label, first, second) in zip(
        (110, 136), (("Name", "John Doe", "Priya Kaur"), ("Role", "CIO", "Lead")), strict=True
    ):
        for x, text in ((76, label), (204, first), (394, second)):
            page.insert_text((x, y + 16), text, fontsize=10)
        page.draw_rect(pymupdf.Rect(72, y, 540, y + 26), width=0.6)
    page.insert_text((72, 220), "Customer signature:", fontsize=10)
    draw_signature(page, 200, 218, width=110)
    page.insert_text((72, 262), "Partner signature:", fontsize=10)
    doc = extract(scanned_pdf(pdf.tobytes(), dpi=200), "POE/signoff.pdf")
    inked = {b.label: b.ink for b in doc.signature_blocks if b.source == "scan"}
    assert inked == {"Customer signature": True, "Partner signature": False}, doc.signature_blocks


def test_a_table_with_a_row_per_party_gives_each_signature_cell_its_party() -> None:
    from poe_reviewer.documents.ink_tables import party_row

    def row(y: float, line: int, *cells: tuple[float, str]) -> list[ink.PageWord]:
        out = []
        for x, text in cells:
            for i, word in enumerate(text.split()):
                out.append(ink.PageWord(word, (x + 60 * i, y, x + 60 * i + 50, y + 20), 95.0, line))
        return out

    words = [
        *row(100, 0, (50, "Party"), (400, "Name / position"), (700, "Signature"), (1000, "Date")),
        *row(160, 1, (50, "Northgate Digital Ltd"), (400, "Rhys Parry"), (700, "Signature (Northgate):"),
             (1000, "Date: 04/11/2025")),
        *row(260, 2, (50, "Harrow & Finch LLP"), (400, "Imogen Clarke"), (700, "Signature (client):"),
             (1000, "Date: 05/11/2025")),
    ]  # fmt: skip
    client = party_row((700.0, 260.0, 800.0, 280.0), words, 20.0, ink.rules())
    assert client is not None
    assert (client.name, client.company, client.date) == ("Imogen Clarke", "Harrow & Finch LLP", "05/11/2025")
    # a place to sign outside the Signature column, or without such a header, is no party's row
    assert party_row((400.0, 260.0, 480.0, 280.0), words, 20.0, ink.rules()) is None
    assert party_row((700.0, 260.0, 800.0, 280.0), words[4:], 20.0, ink.rules()) is None


@needs_engine
@pytest.mark.parametrize("labels", [("Customer signature:", "Fabrikam signature:"), ("Signature:", "Signature:")])
def test_a_partys_column_of_stacked_cells_names_its_signatory_above_the_place_to_sign(labels: tuple[str, str]) -> None:
    # "Name: John Doe" is a party's own cell, not the label cell of a table's Name row
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 80), "By signing below the customer accepts the Intune rollout to 900 devices.", fontsize=10)
    for x, header, name, label in ((72, "For the customer", "John Doe", labels[0]),
                                   (320, "For Fabrikam", "Priya Kaur", labels[1])):  # fmt: skip
        page.insert_text((x, 120), header, fontsize=10)
        page.insert_text((x, 150), f"Name: {name}", fontsize=10)
        page.insert_text((x, 180), "Title: Lead", fontsize=10)
        page.insert_text((x, 215), label, fontsize=10)
        page.insert_text((x, 260), "Date: 05/06/2025", fontsize=10)
    draw_signature(page, 90, 240, width=110)
    doc = extract(scanned_pdf(pdf.tobytes(), dpi=200), "POE/acceptance.pdf")
    block = next(b for b in doc.signature_blocks if b.ink)
    assert (block.name, block.company) == ("John Doe", "For the customer")
    r = verdict(doc)
    assert r.status == "pass", r.summary
    assert "signatory John Doe" in r.summary


# -- a letter signed above its printed name, no "Signature" label (issue 11) ------------------------------------
def confirmation_letter(
    signed: bool,
    *,
    name: str = "John Doe",
    title: str = "Head of IT",
    dateline: str = "Reading, 14 August 2025",
    closing: str | None = None,
) -> bytes:
    """The customer's confirmation letter on its letterhead, signed (or not) above the printed name."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    y = 72.0
    lines = [
        ("Contoso Ltd", 16),
        ("Contoso Ltd - 1 Main Street, Reading RG1 1AA", 8),
        (dateline, 10),
        ("To: Fabrikam, Inc.", 10),
        ("Re: Confirmation of the Microsoft Intune deployment", 11),
        ("Contoso confirms that Fabrikam completed the following between 1 June and 31 July 2025:", 10),
        ("Microsoft Intune for 420 laptops with Autopilot and compliance policies for all staff.", 10),
        ("We are satisfied with the work and accept it as delivered.", 10),
    ]
    if closing:
        lines.append((closing, 10))
    for text, size in lines:
        page.insert_text((72, y), text, fontsize=size)
        y += size * 2.0
    if signed:
        draw_signature(page, 80, y + 22)
    y += 44
    page.insert_text((72, y), name, fontsize=10)
    page.insert_text((72, y + 16), title, fontsize=10)
    return bytes(pdf.tobytes())


@needs_engine
def test_a_scanned_letter_signed_above_the_printed_name_is_the_customers_signature() -> None:
    doc = extract(scanned_pdf(confirmation_letter(True), dpi=200), "POE/confirmation_signed.pdf")
    block = only(doc.signature_blocks)
    assert (block.ink, block.label, block.name) == (True, "letter sign-off", "John Doe")
    r = verdict(doc)
    assert r.status == "pass", r.summary
    assert "signatory John Doe" in r.summary
    assert "on 2025-08-14 (the letter's date: '14 August 2025')" in r.summary


@needs_engine
def test_a_letter_closing_with_sincerely_and_dated_after_city_and_state_is_signed_and_dated() -> None:
    # the US letter: "Sincerely," alone on its line above the room to sign, "City, State - Month D, YYYY"
    letter = confirmation_letter(True, dateline="Columbus, Nebraska - August 14, 2025", closing="Sincerely,")
    doc = extract(scanned_pdf(letter, dpi=200), "POE/cio_letter.pdf")
    block = only(doc.signature_blocks)
    assert (block.ink, block.label, block.name) == (True, "letter sign-off", "John Doe")
    r = verdict(doc)
    assert r.status == "pass", r.summary
    assert "on 2025-08-14 (the letter's date: 'August 14, 2025')" in r.summary
    unsigned = extract(scanned_pdf(confirmation_letter(False, closing="Sincerely,"), dpi=200), "POE/unsigned.pdf")
    assert only(unsigned.signature_blocks).ink is False


def two_party_sign_off(customer_signs: bool, partner_signs: bool, *, dated: str = "") -> bytes:
    """A report's last page: both parties' names side by side under the confirmation, no labels to sign at."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    y = 72.0
    for text in (
        "Project Completion Report - PRT-2026-009",
        "4. Customer sign-off",
        "By signing, Contoso Ltd confirms that Fabrikam completed the work in section 2.",
    ):
        page.insert_text((72, y), text, fontsize=10)
        y += 20
    if customer_signs:
        draw_signature(page, 80, y + 22, width=90)
    if partner_signs:
        page.draw_polyline(scribble_points(330, y + 22, width=90, seed=2.0), color=INK, width=1.3)
    y += 44
    rows = [("John Doe", "Priya Kaur"), ("Head of IT", "Project Lead"), ("Contoso Ltd", "Fabrikam, Inc.")]
    if dated:
        rows.append((dated, dated))
    for left, right in rows:
        page.insert_text((72, y), left, fontsize=10)
        page.insert_text((320, y), right, fontsize=10)
        y += 16
    return bytes(pdf.tobytes())


@needs_engine
def test_two_parties_named_side_by_side_under_a_confirmation_sign_each_in_their_own_room() -> None:
    doc = extract(scanned_pdf(two_party_sign_off(True, False), dpi=200), "POE/completion.pdf")
    by_name = {b.name: b for b in doc.signature_blocks}
    assert set(by_name) == {"John Doe", "Priya Kaur"}, doc.signature_blocks
    assert by_name["John Doe"].ink
    assert not by_name["Priya Kaur"].ink
    assert "Contoso Ltd" in (by_name["John Doe"].company or "")
    r = verdict(doc)
    # signed by the customer; the page gives no date to read, which the date check weighs
    assert r.status == "pass", r.summary
    assert "signatory John Doe (Head of IT | Contoso Ltd" in r.summary
    assert "(its date could not be read)" in r.summary
    # a date under each name dates that party's signature
    dated = extract(scanned_pdf(two_party_sign_off(True, False, dated="Date: 6/5/2025"), dpi=200), "POE/completion.pdf")
    r = verdict(dated)
    assert r.status == "pass", r.summary
    assert "signatory John Doe" in r.summary
    # the month by name after the label dates it too
    named = extract(scanned_pdf(two_party_sign_off(True, False, dated="Date: Feb 27, 2025"), dpi=200), "POE/c.pdf")
    assert {b.name: b.date for b in named.signature_blocks}["John Doe"] == "Feb 27, 2025"
    # only the partner signed: no customer signature
    partner_only = extract(scanned_pdf(two_party_sign_off(False, True), dpi=200), "POE/completion.pdf")
    assert verdict(partner_only).status == "fail"


@needs_engine
def test_an_unsigned_scanned_letter_is_no_signature_and_a_partners_letter_is_not_the_customers() -> None:
    doc = extract(scanned_pdf(confirmation_letter(False), dpi=200), "POE/confirmation.pdf")
    assert only(doc.signature_blocks).ink is False
    assert verdict(doc).status == "fail"
    # signed by the partner's contact: not the customer's acknowledgement
    partner = extract(scanned_pdf(confirmation_letter(True, name="Priya Kaur"), dpi=200), "POE/partner.pdf")
    r = verdict(partner)
    assert r.status == "fail", r.summary
    assert "signed for the partner" in r.summary


@pytest.mark.parametrize(
    ("line", "label"),
    [
        (["|", "Signed", "au", "one", "Poa", "ee", "|"], "Signed"),  # the handwriting beside it read as words
        (["|", "Signed", "|"], "Signed"),
        (["Signed", "copies", "go", "to", "the", "archive."], None),  # prose that starts with the word
    ],
)
def test_a_sign_off_tables_signed_row_is_a_place_to_sign(line: list[str], label: str | None) -> None:
    words = [ink.PageWord(t, (100.0 + 80 * i, 700.0, 170.0 + 80 * i, 718.0), 95.0, 1) for i, t in enumerate(line)]
    found = ink.find_labels(words, ink.rules())
    assert [f.text for f in found] == ([label] if label else [])


def test_sign_off_labels_in_the_customers_languages_and_a_certificates_behalf_line_are_places_to_sign() -> None:
    def line(text: str, n: int) -> list[ink.PageWord]:
        out, x = [], 100.0
        for w in text.split():
            out.append(ink.PageWord(w, (x, 100.0 + 30 * n, x + 9.0 * len(w), 118.0 + 30 * n), 95.0, n))
            x += 9.0 * len(w) + 9.0
        return out

    rules = ink.rules()
    for text, label in [
        ("For and on behalf of the Client Company stamp", "For and on behalf of the Client"),
        ("Tanda tangan /", "Tanda tangan"),
        ("Allekirjoitus", "Allekirjoitus"),
        ("Kunde / Customer: Ort, Datum / Place, date:", "Kunde / Customer:"),
        ("Customer:", "Customer:"),
    ]:
        assert [lb.text for lb in ink.find_labels(line(text, 1), rules)][:1] == [label], text
    # a customer's name after "Customer:" is a field, not a place to sign
    assert ink.find_labels(line("Customer: Lausitzer Glaswerke GmbH", 1), rules) == []


def test_a_two_party_table_keeps_the_customers_column_when_ocr_loses_a_first_name_and_a_label_word() -> None:
    # "Nama / Name | Bagus Pratama | Rudi Hartono" read as "/ Name | Bagus Pratama | Hartono", and a speck
    # beside "Tanda tangan /" read as a row of its own
    def word(text: str, x: float, y: float, line: int) -> ink.PageWord:
        return ink.PageWord(text, (x, y, x + 9.0 * len(text), y + 18.0), 95.0, line)

    words = [
        word("Perusahaan", 155, 830, 1), word("/", 255, 830, 1), word("PT", 365, 830, 1),
        word("Nusantara", 395, 830, 1), word("PT", 747, 830, 1), word("Armada", 777, 830, 1),
        word("/", 224, 897, 2), word("Name", 240, 897, 2), word("Bagus", 365, 897, 2), word("Pratama", 425, 897, 2),
        word("Hartono", 797, 897, 2),
        word(":", 661, 968, 3), word("Tanda", 149, 964, 4), word("tangan/", 210, 964, 4),
        word("Tanggal", 153, 1080, 5), word("15/07/2026", 369, 1080, 5), word("15/07/2026", 752, 1080, 5),
    ]  # fmt: skip
    rules = ink.rules()
    label = only(ink.find_labels(words, rules))
    assert label.text == "Tanda tangan"
    columns = ink_tables.table_columns(label.box, label.line, words, 18.0, rules)
    assert [(c.name, c.company) for c in columns] == [("Bagus Pratama", "PT Nusantara"), ("Hartono", "PT Armada")]
    assert columns[1].x0 < 747  # the customer's column starts at its company cell, where the hand signs


def test_a_two_party_table_whose_first_value_ocr_read_into_the_label_cell_keeps_both_columns() -> None:
    # "Ad Soyad / Name Burak Aydin | Elif Demir": the label and the customer's name read as one cell
    def word(text: str, x: float, y: float, line: int) -> ink.PageWord:
        return ink.PageWord(text, (x, y, x + 9.0 * len(text), y + 18.0), 95.0, line)

    def cell(text: str, x: float, y: float, line: int) -> list[ink.PageWord]:
        out = []
        for w in text.split():
            out.append(word(w, x, y, line))
            x += 9.0 * len(w) + 9.0
        return out

    words = [
        *cell("Sirket / Company Marmara Beyaz", 156, 770, 1), *cell("Galata Bulut", 748, 770, 1),
        *cell("Ad Soyad / Name Burak Aydin", 155, 836, 2), *cell("Elif Demir", 749, 836, 2),
        *cell("imza / Signature", 157, 913, 3),
        *cell("Tarih / Date", 155, 1017, 4), *cell("05.06.2026", 370, 1017, 4), *cell("05.06.2026", 753, 1017, 4),
    ]  # fmt: skip
    rules = ink.rules()
    label = ink.find_labels(words, rules)[-1]
    columns = ink_tables.table_columns(label.box, label.line, words, 18.0, rules)
    assert [(c.name, c.company) for c in columns] == [("Burak Aydin", "Marmara Beyaz"), ("Elif Demir", "Galata Bulut")]


@pytest.mark.parametrize(
    ("line", "closes"),
    [("Sincerely,", True), ("Signed", True), ("Signatures", True), ("Signature:", False), ("Signed by:", False)],
)
def test_a_sign_off_heading_closes_like_a_letter_but_a_field_to_sign_in_does_not(line: str, closes: bool) -> None:
    from poe_reviewer.documents.ink_letters import closes_a_letter

    assert closes_a_letter(line) is closes
