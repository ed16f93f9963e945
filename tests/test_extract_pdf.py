"""The PDF extractor on real-world files and on PDFs generated with known content.

Everything goes through the registry (``extract_document``), which never raises: a PDF
either yields content or an ``error`` sentence for the reviewer.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageDraw

from poe_reviewer.documents.imagehash import dhash_image, hamming
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext, extract_document
from tests.conftest import REALWORLD

PDF_FOLDERS = ("invoices", "pdf_odd", "signed_pdf")
REAL_PDFS = sorted(p for folder in PDF_FOLDERS for p in (REALWORLD / folder).glob("*.pdf"))

NO_TEXT_LAYER = [
    "pdf_odd/grayscale-image.pdf",
    "pdf_odd/imagemagick-CCITTFaxDecode.pdf",
    "signed_pdf/test-signed-cms-hsm-Google.pdf",
    "pdf_odd/empty_protected.pdf",
    "pdf_odd/testOCR.pdf",
    "pdf_odd/c02-22.pdf",
]


def extract(path: Path, ctx: ExtractContext | None = None) -> Document:
    rel = path.relative_to(REALWORLD).as_posix()
    # OCR has its own tests (test_ocr.py); these test the text layer and the structure.
    return extract_document(path.read_bytes(), rel, "poe", ctx or ExtractContext(ocr=False))


def real(realworld: Path, rel: str) -> Document:
    return extract(realworld / rel)


def assert_readable(error: str | None) -> None:
    """An error is a sentence for the reviewer, not a library dump."""
    assert error is not None
    assert "Traceback" not in error
    assert "<class" not in error
    assert len(error) >= 20
    assert " " in error
    assert error[0].isalpha()


def ink(pix: pymupdf.Pixmap, box: tuple[float, float, float, float]) -> int:
    """Dark pixels of a 72-dpi rendering inside ``box`` (page space = pixel space)."""
    rect = pymupdf.Rect(box).irect & pix.irect
    return sum(1 for y in range(rect.y0, rect.y1) for x in range(rect.x0, rect.x1) if sum(pix.pixel(x, y)[:3]) < 384)


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# -- every real-world PDF -------------------------------------------------------------------


@pytest.mark.realworld
@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_real_pdf_gives_content_or_a_readable_error(realworld: Path, path: Path) -> None:
    start = time.perf_counter()
    doc = extract(path)
    assert time.perf_counter() - start < 10
    assert doc.kind == "pdf"
    if doc.error is not None:
        assert_readable(doc.error)
        return
    assert doc.page_count >= 1
    assert len(doc.page_sizes) == doc.page_count
    pages = [s for s in doc.segments if s.label == "page"]
    assert [s.page for s in pages] == list(range(1, doc.page_count + 1))
    for warning in doc.warnings:
        assert_readable(warning)
    for seg in doc.segments:
        if seg.words:
            # the segment text is exactly its words, so every hit maps back to boxes
            assert seg.text.split() == [w.text for w in seg.words]
        assert seg.page is not None
        width, height = doc.page_sizes[seg.page - 1]
        for word in seg.words:
            x0, y0, x1, y1 = word.bbox
            assert x0 <= x1
            assert y0 <= y1
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            assert -1 <= cx <= width + 1, (word, seg.page)
            assert -1 <= cy <= height + 1, (word, seg.page)
    for image in doc.images:
        assert len(image.sha256) == 64
        assert image.page is not None
        assert 1 <= image.page <= doc.page_count


# -- "What breaks what" ----------------------------------------------------------------------


@pytest.mark.realworld
@pytest.mark.parametrize(
    "rel",
    [
        "pdf_odd/libreoffice-writer-password.pdf",
        "pdf_odd/malformed-encrypt-dict1.pdf",
        "pdf_odd/minimal-aes256.pdf",
    ],
)
def test_password_protected_pdfs_say_so(realworld: Path, rel: str) -> None:
    doc = real(realworld, rel)
    assert_readable(doc.error)
    assert doc.error is not None
    assert "password" in doc.error
    assert "unprotected copy" in doc.error
    assert not doc.has_text


@pytest.mark.realworld
@pytest.mark.parametrize(
    "rel", ["pdf_odd/minimal-pubkey-aes256.pdf", "signed_pdf/signed-encrypted-pubkey-with-catalog-ref.pdf"]
)
def test_certificate_encrypted_pdfs_say_so(realworld: Path, rel: str) -> None:
    doc = real(realworld, rel)
    assert_readable(doc.error)
    assert doc.error is not None
    assert "certificate" in doc.error


@pytest.mark.realworld
def test_unopenable_pdf_is_called_damaged(realworld: Path) -> None:
    doc = real(realworld, "pdf_odd/poppler-85140-0.pdf")
    assert_readable(doc.error)
    assert doc.error is not None
    assert "damaged" in doc.error


@pytest.mark.realworld
@pytest.mark.parametrize("rel", ["pdf_odd/broken-objstream1.pdf", "invoices/corruptedV2PDF.pdf"])
def test_pdfs_with_no_pages_are_errors(realworld: Path, rel: str) -> None:
    doc = real(realworld, rel)
    assert_readable(doc.error)
    assert doc.error is not None
    assert "no readable pages" in doc.error


@pytest.mark.realworld
def test_a_page_that_fails_to_load_is_a_warning_and_other_pages_are_read(realworld: Path) -> None:
    doc = real(realworld, "pdf_odd/Pages-tree-refs.pdf")
    assert doc.error is None
    assert doc.page_count == 2
    assert any(w.startswith("page 2 could not be read") for w in doc.warnings)
    page1 = next(s for s in doc.segments if s.page == 1 and s.label == "page")
    assert page1.text.strip()


@pytest.mark.realworld
@pytest.mark.parametrize(
    "rel",
    [
        "pdf_odd/minimal-badxref.pdf",
        "pdf_odd/minimal-startxref-hopeless.pdf",
        "signed_pdf/test-SHA256_RSA-signed-cms.pdf",
    ],
)
def test_repaired_pdfs_are_read_with_a_warning(realworld: Path, rel: str) -> None:
    doc = real(realworld, rel)
    assert doc.error is None
    assert doc.has_text
    assert any("repaired" in w for w in doc.warnings)


@pytest.mark.realworld
@pytest.mark.parametrize("rel", NO_TEXT_LAYER)
def test_pages_without_a_text_layer_get_an_empty_segment_and_a_warning(realworld: Path, rel: str) -> None:
    doc = real(realworld, rel)
    assert doc.error is None
    page1 = next(s for s in doc.segments if s.page == 1 and s.label == "page")
    assert page1.text == ""
    assert "page 1 has no text layer (scanned image?)" in doc.warnings


@pytest.mark.realworld
def test_scanned_pages_list_their_image(realworld: Path) -> None:
    doc = real(realworld, "pdf_odd/c02-22.pdf")
    assert len(doc.images) == 1
    image = doc.images[0]
    assert image.page == 1
    assert image.bbox is not None
    width, height = doc.page_sizes[0]
    assert image.bbox[2] - image.bbox[0] > 0.5 * width
    assert image.bbox[3] - image.bbox[1] > 0.5 * height


@pytest.mark.realworld
def test_jbig2_bomb_is_read_fast_and_never_rendered(realworld: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the bomb must not be rendered or decoded")

    monkeypatch.setattr(pymupdf.Page, "get_pixmap", refuse)
    monkeypatch.setattr(pymupdf, "Pixmap", refuse)
    monkeypatch.setattr(pymupdf.mupdf, "fz_get_pixmap_from_image", refuse)
    start = time.perf_counter()
    doc = real(realworld, "pdf_odd/bomb_giant.pdf")
    assert time.perf_counter() - start < 2
    assert doc.error is None
    assert "GIANT JBIG2 BOMB" in doc.text
    assert all(image.phash is None for image in doc.images)


@pytest.mark.realworld
def test_circular_form_tree_does_not_crash(realworld: Path) -> None:
    doc = real(realworld, "pdf_odd/form-tree-circular-ref-input.pdf")
    assert doc.error is None
    assert {f.name for f in doc.form_fields} == {"Sig1", "TextInput.TextField1", "TextInput.TextField2"}
    assert [(s.name, s.signed) for s in doc.signatures] == [("Sig1", False)]


# -- signatures ------------------------------------------------------------------------------


@pytest.mark.realworld
def test_signed_pdf_has_a_signed_signature_field(realworld: Path) -> None:
    doc = real(realworld, "signed_pdf/pdf-acrobat.pdf")
    assert len(doc.signatures) == 1
    sig = doc.signatures[0]
    assert sig.signed is True
    assert sig.name == "Signature2"
    assert sig.page == 1
    assert sig.bbox is not None
    assert sig.sub_filter == "adbe.pkcs7.detached"
    assert sig.signing_time is not None
    assert sig.signing_time.year == 2020


@pytest.mark.realworld
def test_signature_whose_widget_is_on_no_page_is_found(realworld: Path) -> None:
    # the widget is not in the page's /Annots: only the AcroForm tree knows it
    doc = real(realworld, "signed_pdf/signed_verified.pdf")
    assert [(s.name, s.signed, s.page) for s in doc.signatures] == [("Signature1", True, 1)]


@pytest.mark.realworld
def test_legacy_and_multiple_signatures(realworld: Path) -> None:
    legacy = real(realworld, "signed_pdf/pdf-adobe-webcapture-x509.rsa_sha1.pdf")
    assert [(s.signed, s.sub_filter) for s in legacy.signatures] == [(True, "adbe.x509.rsa_sha1")]
    lta = real(realworld, "signed_pdf/pades-lta-dss-indirect-arrs-test.pdf")
    assert sorted(s.sub_filter or "" for s in lta.signatures) == ["ETSI.CAdES.detached", "ETSI.RFC3161"]
    assert all(s.signed for s in lta.signatures)


def test_unsigned_signature_field_is_not_signed() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_SIGNATURE
    widget.field_name = "PartnerSignature"
    widget.rect = pymupdf.Rect(72, 600, 272, 650)
    page.add_widget(widget)
    doc = extract_document(pdf.tobytes(), "unsigned.pdf", "poe")
    assert [(s.name, s.signed, s.page) for s in doc.signatures] == [("PartnerSignature", False, 1)]
    assert doc.signatures[0].bbox == pytest.approx((72, 600, 272, 650), abs=0.5)


# -- geometry ------------------------------------------------------------------------------


def _page_with_signature_line(rotation: int = 0, cropbox: pymupdf.Rect | None = None) -> bytes:
    pdf = pymupdf.open()
    page = pdf.new_page(width=612, height=792)
    page.insert_text((100, 300), "Date Signed: 2024-05-01", fontsize=12)
    page.insert_text((100, 500), "Customer acceptance", fontsize=12)
    if cropbox is not None:
        page.set_cropbox(cropbox)
    page.set_rotation(rotation)
    return pdf.tobytes()


def test_word_boxes_are_where_the_text_was_drawn() -> None:
    doc = extract_document(_page_with_signature_line(), "drawn.pdf", "poe")
    assert doc.page_sizes == [(612.0, 792.0)]
    words = {w.text: w.bbox for w in doc.segments[0].words}
    x0, y0, _x1, y1 = words["Date"]
    assert x0 == pytest.approx(100, abs=2)
    assert y0 < 300 < y1
    assert y1 - 300 < 5
    assert 300 - y0 < 14
    width = pymupdf.get_text_length("Date Signed:", fontsize=12)
    hit = doc.search("Date Signed")[0]
    assert hit.page == 1
    assert hit.bbox is not None
    assert hit.bbox[0] == pytest.approx(100, abs=2)
    assert hit.bbox[2] == pytest.approx(100 + width, abs=2)
    assert hit.bbox[1] < 300 < hit.bbox[3]
    assert hit.quote == "Date Signed"


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_boxes_are_in_the_rendered_page_space(rotation: int) -> None:
    data = _page_with_signature_line(rotation, cropbox=pymupdf.Rect(40, 50, 560, 740))
    doc = extract_document(data, f"rotated-{rotation}.pdf", "poe")
    rendered = pymupdf.open(stream=data)[0]
    assert doc.page_sizes == [(pytest.approx(rendered.rect.width), pytest.approx(rendered.rect.height))]
    pix = rendered.get_pixmap()
    hit = doc.search("Date Signed")[0]
    assert hit.bbox is not None
    assert ink(pix, hit.bbox) > 100
    # the box hugs the text: the same box moved off the line holds no ink
    x0, y0, x1, y1 = hit.bbox
    shifted = (x0 + 40, y0 + 40, x1 + 40, y1 + 40) if rotation in (0, 180) else (x0 - 40, y0, x1 - 40, y1)
    assert ink(pix, shifted) == 0
    assert doc.segments[0].text.splitlines() == ["Date Signed: 2024-05-01", "Customer acceptance"]


@pytest.mark.realworld
def test_rotated_real_pages_have_boxes_on_their_text(realworld: Path) -> None:
    data = (realworld / "pdf_odd/habibi-rotated.pdf").read_bytes()
    doc = extract_document(data, "pdf_odd/habibi-rotated.pdf", "poe")
    rendered = pymupdf.open(stream=data)
    for seg in (s for s in doc.segments if s.label == "page"):
        page = rendered[seg.page - 1]
        assert page.rotation == [90, 180, 270, 0][seg.page - 1]
        pix = page.get_pixmap()
        assert seg.words
        for word in seg.words:
            x0, y0, x1, y1 = word.bbox
            assert x0 >= 0
            assert x1 <= page.rect.width
            assert y0 >= 0
            assert y1 <= page.rect.height
            assert ink(pix, word.bbox) > 0, (seg.page, word)


@pytest.mark.realworld
def test_indirect_rotation_boxes_fall_on_the_scan_text(realworld: Path) -> None:
    # /Rotate is an indirect object (0); the OCR layer drifts right of the scan along a
    # line, so only the start of each line is checked against the ink of the scan
    data = (realworld / "pdf_odd/indirect-rotation.pdf").read_bytes()
    doc = extract_document(data, "pdf_odd/indirect-rotation.pdf", "poe")
    assert doc.page_count == 5
    rendered = pymupdf.open(stream=data)
    for seg in (s for s in doc.segments if s.label == "page"):
        pix = rendered[seg.page - 1].get_pixmap()
        starts = [line[0] for line in _lines(seg)]
        on_ink = sum(1 for word in starts if ink(pix, word.bbox) > 0)
        assert on_ink >= 0.8 * len(starts), seg.page


def _lines(seg: object) -> list[list[pymupdf.Rect]]:
    from poe_reviewer.documents.model import Segment

    assert isinstance(seg, Segment)
    lines, pos = [], 0
    for text_line in seg.text.split("\n"):
        count = len(text_line.split())
        lines.append(seg.words[pos : pos + count])
        pos += count
    return lines


def test_label_and_value_on_one_row_are_one_line_even_when_drawn_apart() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    # drawn value first and far away: two blocks in the file, one row on paper
    page.insert_text((320, 200), "Contoso Ltd", fontsize=11)
    page.insert_text((72, 200), "Customer name:", fontsize=11)
    page.insert_text((72, 230), "Workload: Microsoft 365", fontsize=11)
    doc = extract_document(pdf.tobytes(), "rows.pdf", "poe")
    assert doc.segments[0].text.splitlines() == ["Customer name: Contoso Ltd", "Workload: Microsoft 365"]
    hit = doc.search(r"Customer name:\s*Contoso Ltd")[0]
    assert hit.bbox is not None
    assert hit.bbox[0] == pytest.approx(72, abs=2)
    assert hit.bbox[2] > 320


def test_vertical_margin_text_stays_apart_from_the_body() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((100, 100), "Body line one here", fontsize=12)
    page.insert_text((100, 120), "Body line two here", fontsize=12)
    page.insert_text((30, 400), "Reference number 12345", fontsize=9, rotate=90)
    doc = extract_document(pdf.tobytes(), "margin.pdf", "poe")
    lines = doc.segments[0].text.splitlines()
    assert "Body line one here" in lines
    assert "Body line two here" in lines
    assert "Reference number 12345" in lines


# -- forms ---------------------------------------------------------------------------------


def _form_pdf() -> bytes:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), "Proof of execution form", fontsize=12)
    text = pymupdf.Widget()
    text.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    text.field_name = "customer"
    text.field_label = "Customer name"
    text.field_value = "Fabrikam Inc"
    text.rect = pymupdf.Rect(200, 120, 400, 140)
    page.add_widget(text)
    empty = pymupdf.Widget()
    empty.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    empty.field_name = "notes"
    empty.rect = pymupdf.Rect(200, 150, 400, 170)
    page.add_widget(empty)
    checked = pymupdf.Widget()
    checked.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
    checked.field_name = "deployed"
    checked.field_label = "Workload deployed"
    checked.field_value = True
    checked.rect = pymupdf.Rect(200, 180, 215, 195)
    page.add_widget(checked)
    unchecked = pymupdf.Widget()
    unchecked.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
    unchecked.field_name = "declined"
    unchecked.field_value = False
    unchecked.rect = pymupdf.Rect(200, 200, 215, 215)
    page.add_widget(unchecked)
    return pdf.tobytes()


def test_form_fields_are_listed_with_their_state() -> None:
    doc = extract_document(_form_pdf(), "form.pdf", "poe")
    fields = {f.name: f for f in doc.form_fields}
    assert fields["customer"].kind == "text"
    assert fields["customer"].value == "Fabrikam Inc"
    assert fields["customer"].label == "Customer name"
    assert fields["customer"].bbox == pytest.approx((200, 120, 400, 140), abs=0.5)
    assert fields["notes"].value is None
    assert fields["deployed"].kind == "checkbox"
    assert fields["deployed"].checked is True
    assert fields["declined"].kind == "checkbox"
    assert fields["declined"].checked is False


def test_filled_form_values_are_searchable_in_a_form_segment() -> None:
    doc = extract_document(_form_pdf(), "form.pdf", "poe")
    form = [s for s in doc.segments if s.label == "form"]
    assert len(form) == 1
    assert form[0].page == 1
    lines = form[0].text.splitlines()
    assert "Customer name: Fabrikam Inc" in lines
    assert "☒ Workload deployed" in lines
    assert "☐ declined" in lines
    assert not any(line.startswith("notes") for line in lines)
    hits = [h for h in doc.search("Fabrikam Inc") if h.segment.label == "form"]
    assert len(hits) == 1
    assert hits[0].bbox == pytest.approx((200, 120, 400, 140), abs=0.5)


@pytest.mark.realworld
def test_real_form_values_are_read(realworld: Path) -> None:
    doc = real(realworld, "pdf_odd/libreoffice-form.pdf")
    values = {f.name: f.value for f in doc.form_fields}
    assert values["First Name"] == "Alice"
    assert values["First Name_2"] == "Bob"
    radios = [f for f in doc.form_fields if f.name == "female"]
    assert len(radios) == 2
    assert not any(f.checked for f in radios)
    assert any(h.segment.label == "form" for h in doc.search("Alice"))


# -- images --------------------------------------------------------------------------------


def _signature_png() -> bytes:
    sig = Image.new("RGBA", (400, 150), (0, 0, 0, 0))
    ImageDraw.Draw(sig).line([(10, 120), (80, 20), (150, 130), (260, 30), (390, 100)], fill=(0, 0, 90, 255), width=6)
    return png(sig)


def test_images_are_listed_with_hashes_and_boxes() -> None:
    signature = _signature_png()
    logo = Image.new("RGB", (300, 120), "white")
    ImageDraw.Draw(logo).rectangle((10, 10, 150, 110), fill="navy")
    pdf = pymupdf.open()
    for n in range(2):
        page = pdf.new_page()
        page.insert_text((72, 72), f"Page {n + 1}", fontsize=12)
        page.insert_image(pymupdf.Rect(300, 600, 500, 675), stream=signature)
    pdf[0].insert_image(pymupdf.Rect(72, 100, 222, 160), stream=png(logo))
    doc = extract_document(pdf.tobytes(), "images.pdf", "poe")
    sigs = [i for i in doc.images if (i.width, i.height) == (400, 150)]
    assert [i.page for i in sigs] == [1, 2]
    assert sigs[0].sha256 == sigs[1].sha256
    for image in sigs:
        assert image.bbox == pytest.approx((300, 600, 500, 675), abs=1)
    # the soft mask is applied: the signature hashes as it looks on paper (ink on white),
    # like the same PNG read anywhere else, not as the colour of its transparent pixels
    as_seen = dhash_image(Image.open(io.BytesIO(signature)))
    assert sigs[0].phash is not None
    assert hamming(sigs[0].phash, as_seen) <= 6
    logos = [i for i in doc.images if (i.width, i.height) == (300, 120)]
    assert len(logos) == 1
    assert logos[0].bbox == pytest.approx((72, 100, 222, 160), abs=1)
    assert logos[0].phash is not None
    assert hamming(logos[0].phash, sigs[0].phash) > 10


def test_same_picture_reencoded_has_a_close_phash() -> None:
    picture = Image.new("RGB", (320, 200), "white")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((20, 20, 180, 180), fill="darkred")
    draw.rectangle((200, 40, 300, 160), fill="black")
    jpeg = io.BytesIO()
    picture.resize((288, 180)).save(jpeg, "JPEG", quality=70)
    pdf = pymupdf.open()
    pdf.new_page().insert_image(pymupdf.Rect(72, 72, 392, 272), stream=png(picture))
    pdf.new_page().insert_image(pymupdf.Rect(72, 72, 360, 252), stream=jpeg.getvalue())
    doc = extract_document(pdf.tobytes(), "twice.pdf", "poe")
    first, second = doc.images
    assert first.sha256 != second.sha256
    assert first.phash is not None
    assert second.phash is not None
    assert hamming(first.phash, second.phash) <= 6


def test_images_over_the_pixel_limit_are_not_decoded() -> None:
    pdf = pymupdf.open()
    pdf.new_page().insert_image(pymupdf.Rect(72, 72, 272, 147), stream=_signature_png())
    doc = extract_document(pdf.tobytes(), "limit.pdf", "poe", ExtractContext(max_image_pixels=10_000))
    assert len(doc.images) == 1
    assert doc.images[0].phash is None
    assert len(doc.images[0].sha256) == 64


# -- document-level --------------------------------------------------------------------------


def test_metadata_page_limit_and_embedded_files() -> None:
    pdf = pymupdf.open()
    for n in range(5):
        pdf.new_page().insert_text((72, 72), f"Page number {n + 1}", fontsize=12)
    pdf.set_metadata({"title": "POE letter", "author": "Jane Partner", "producer": "Test producer"})
    pdf.embfile_add("note.txt", b"Customer: Contoso\n", filename="note.txt")
    data = pdf.tobytes()
    doc = extract_document(data, "bundle/poe.pdf", "poe", ExtractContext(max_pages=2))
    assert doc.page_count == 2
    assert len(doc.page_sizes) == 2
    assert "Page number 3" not in doc.text
    assert "Page number 2" in doc.text
    assert "only the first 2 of 5 pages were read (page limit)" in doc.warnings
    assert doc.metadata["title"] == "POE letter"
    assert doc.metadata["author"] == "Jane Partner"
    assert doc.metadata["producer"] == "Test producer"
    assert [c.path for c in doc.children] == ["bundle/poe.pdf!/note.txt"]
    assert doc.children[0].size == len(b"Customer: Contoso\n")


def test_ligatures_are_expanded_for_search() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    # a font with an "ﬁ" glyph, so the PDF really holds the ligature character
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
    page.insert_text((72, 72), "Certiﬁcate of deployment", fontsize=12, fontname="F0")
    data = pdf.tobytes()
    assert "Certiﬁcate" in pymupdf.open(stream=data)[0].get_text()
    doc = extract_document(data, "lig.pdf", "poe")
    assert doc.search("Certificate of deployment")




def _transparent_signature(strokes: list[tuple[int, int, int, int]]) -> bytes:
    """A black signature on a transparent ground, as e-signature services and pasted signatures draw it: the
    picture's colour layer is the same black box whatever is signed; the strokes are in its alpha channel."""
    img = Image.new("RGBA", (240, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    for line in strokes:
        draw.line(line, fill=(0, 0, 0, 255), width=5)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_two_transparent_signatures_of_one_size_are_two_pictures_and_one_pasted_twice_is_one() -> None:
    one = _transparent_signature([(10, 90, 80, 20), (80, 20, 150, 100), (150, 100, 230, 30)])
    other = _transparent_signature([(10, 30, 230, 90), (60, 100, 120, 15)])

    def pdf_with(png: bytes) -> Document:
        pdf = pymupdf.open()
        page = pdf.new_page()
        page.insert_text((72, 72), "Signature:", fontsize=11)
        page.insert_image(pymupdf.Rect(140, 50, 260, 110), stream=png)
        data = pdf.tobytes()
        return extract_document(data, "POE/signed.pdf", "poe", ExtractContext())

    (a,), (b,), (again,) = (pdf_with(one).images, pdf_with(other).images, pdf_with(one).images)
    assert a.sha256 != b.sha256, "the strokes differ; only the colour layer is alike"
    assert a.sha256 == again.sha256
