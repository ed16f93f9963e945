"""OCR of scans: pages rendered from the sample bundles, made noisy, skewed and turned, read back.

The scans are made here from the sample POE PDFs (no committed binaries): each page is rendered
at 150-300 dpi, blurred a little, given grey paper, noise and specks, skewed and turned as a
sheet on a scanner glass would be, and wrapped into an image-only PDF or an image file. The
text layer of the source page is the reference for the character error rate.

``scan_image``, ``scanned_pdf`` and ``cer`` are also used by ``benchmarks/bench_ocr.py``.
"""

from __future__ import annotations

import dataclasses
import io
import math
import os
import shutil
import time
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageFilter
from rapidfuzz.distance import Levenshtein

from poe_reviewer.documents import ocr
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext, extract_document
from poe_reviewer.pipeline import check_claim, load_claim
from tests.conftest import SAMPLES

# whole processes or the OCR engine: not in the fast lane (make test-fast)
pytestmark = pytest.mark.integration

CONTOSO = SAMPLES / "3079758_Fabrikam_Contoso_Intune"
CONTOSO_POE = CONTOSO / "POE" / "Contoso_Intune_POE_signed.pdf"

# On CI (CI=true) the engine must be there: `make test` installs it, and a missing engine fails.
needs_engine = pytest.mark.skipif(
    not ocr.engine_available() and not os.environ.get("CI"),
    reason="Tesseract is not installed here (make test installs it)",
)


# -- making scans ------------------------------------------------------------------------------
def scan_image(
    page: Any, *, dpi: int = 200, noise: float = 12.0, skew: float = 0.0, turn: int = 0, seed: int = 0
) -> Image.Image:
    """A grey scan of a PyMuPDF page: blur, grey paper, noise, specks, skew (degrees
    counter-clockwise) and a turn (degrees clockwise: 90 stores the sheet sideways)."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples, "raw", "L", pix.stride)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    if skew:
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    rng = np.random.default_rng(seed)
    pixels = np.asarray(img).astype(np.float32) * 0.92 + 10.0
    pixels += rng.normal(0.0, noise, pixels.shape)
    pixels[rng.random(pixels.shape) < 0.0004] = 30.0
    img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if turn:
        img = img.rotate(-turn, expand=True)
    img.info["dpi"] = (dpi, dpi)
    return img


def image_bytes(img: Image.Image, fmt: str = "PNG", **options: Any) -> bytes:
    buf = io.BytesIO()
    dpi = img.info.get("dpi")
    img.save(buf, format=fmt, **({"dpi": dpi} if dpi else {}), **options)
    return buf.getvalue()


def scanned_pdf(data: bytes, *, pages: list[int] | None = None, **scan: Any) -> bytes:
    """An image-only PDF: every page (or the listed ones) of ``data`` scanned."""
    src = pymupdf.open(stream=data, filetype="pdf")
    out = pymupdf.open()
    dpi = int(scan.get("dpi", 200))
    for index in pages if pages is not None else range(src.page_count):
        img = scan_image(src[index], seed=index, **scan)
        page = out.new_page(width=img.width * 72.0 / dpi, height=img.height * 72.0 / dpi)
        page.insert_image(page.rect, stream=image_bytes(img))
    return bytes(out.tobytes())


def _comparable(text: str) -> str:
    # symbols (check boxes, bullets) are not text a reader looks for
    kept = "".join(ch for ch in text if not unicodedata.category(ch).startswith("S") and ch != "•")
    return " ".join(sorted(kept.split()))


def cer(reference: str, read: str) -> float:
    """Character error rate, independent of reading order: the edit distance between the sorted
    words of both texts over the reference's characters (a table read column by column is not
    an error; a word misread is)."""
    ref, got = _comparable(reference), _comparable(read)
    return Levenshtein.distance(ref, got) / max(1, len(ref))


def ocr_text(doc: Document, page: int | None = None) -> str:
    return "\n".join(s.text for s in doc.segments if s.label == "ocr" and (page is None or s.page == page))


def page_text(doc: Document, page: int) -> str:
    return "\n".join(s.text for s in doc.segments if s.label == "page" and s.page == page)


def extract(data: bytes, name: str, **ctx: Any) -> Document:
    return extract_document(data, name, "poe", ExtractContext(**ctx))


@pytest.fixture(scope="module")
def contoso() -> bytes:
    return CONTOSO_POE.read_bytes()


@pytest.fixture(scope="module")
def contoso_text(contoso: bytes) -> Document:
    return extract(contoso, "original.pdf", ocr=False)


# -- the engine and the switch -----------------------------------------------------------------
@needs_engine
def test_ocr_is_on_by_default_where_the_engine_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ocr.engine_version() is not None
    assert "eng" in ocr.installed_languages()
    assert ExtractContext().ocr is True
    monkeypatch.setenv(ocr.ENV_SWITCH, "0")
    assert ExtractContext().ocr is False
    assert ExtractContext(ocr=True).ocr is True


def test_without_the_engine_scans_say_so_and_nothing_breaks(
    monkeypatch: pytest.MonkeyPatch, contoso: bytes, realworld: Path
) -> None:
    monkeypatch.setenv("TESSERACT", "no-such-ocr-engine")
    for probe in (ocr.engine_version, ocr.installed_languages):
        probe.cache_clear()
    try:
        assert not ocr.engine_available()
        assert ExtractContext().ocr is False
        scan = extract(scanned_pdf(contoso, pages=[0], dpi=100), "scan.pdf", ocr=True)
        assert scan.error is None
        assert "page 1 has no text layer; OCR engine not installed" in scan.warnings
        assert not ocr_text(scan)
        picture = extract((realworld / "images/phototest.tif").read_bytes(), "phototest.tif", ocr=True)
        assert picture.error is None
        assert "the document is an image: its page has no text (OCR engine not installed)" in picture.warnings
    finally:
        monkeypatch.delenv("TESSERACT")
        for probe in (ocr.engine_version, ocr.installed_languages):
            probe.cache_clear()


def test_with_ocr_off_a_scan_keeps_its_no_text_layer_warning(contoso: bytes) -> None:
    scan = extract(scanned_pdf(contoso, pages=[0], dpi=100), "scan.pdf", ocr=False)
    assert "page 1 has no text layer (scanned image?)" in scan.warnings
    assert not ocr_text(scan)


# -- scans of the sample POE -------------------------------------------------------------------
@needs_engine
@pytest.mark.parametrize(
    ("scan", "limit"),
    [
        ({"dpi": 200, "skew": 2.5}, 0.12),
        ({"dpi": 300, "skew": -3.0}, 0.10),
        ({"dpi": 150, "skew": 1.0, "noise": 8.0}, 0.20),
    ],
    ids=["200dpi+2.5deg", "300dpi-3deg", "150dpi+1deg"],
)
def test_scanned_sample_page_reads_back_close_to_its_text_layer(
    contoso: bytes, contoso_text: Document, scan: dict[str, Any], limit: float
) -> None:
    doc = extract(scanned_pdf(contoso, pages=[1], **scan), "scan.pdf")
    assert doc.error is None
    read = ocr_text(doc, 1)
    error = cer(page_text(contoso_text, 2), read)
    assert error <= limit, (error, read[:300])
    assert any(w.startswith("page 1 read by OCR (") for w in doc.warnings)
    assert not any("no text layer" in w for w in doc.warnings)


@needs_engine
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turned_scans_are_read_upright_with_boxes_in_the_turned_page(
    contoso: bytes, contoso_text: Document, turn: int
) -> None:
    doc = extract(scanned_pdf(contoso, pages=[2], dpi=200, turn=turn), "turned.pdf")
    read = ocr_text(doc, 1)
    assert "John Doe" in read
    assert cer(page_text(contoso_text, 3), read) <= 0.15
    assert any(f"turned {turn}°" in w for w in doc.warnings), doc.warnings
    # where "Envelope" is on the source page, and where the turn puts it on the scan
    src_w, src_h = contoso_text.page_sizes[2]
    (original,) = [w for s in contoso_text.segments if s.page == 3 for w in s.words if w.text == "Envelope"][:1]
    cx, cy = (original.bbox[0] + original.bbox[2]) / 2, (original.bbox[1] + original.bbox[3]) / 2
    expected = {90: (src_h - cy, cx), 180: (src_w - cx, src_h - cy), 270: (cy, src_w - cx)}[turn]
    found = [w for s in doc.segments if s.label == "ocr" for w in s.words if w.text == "Envelope"]
    assert found
    box = found[0].bbox
    assert math.dist(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), expected) < 6, (box, expected)


@needs_engine
def test_every_check_reads_names_dates_and_workloads_on_a_scanned_bundle(tmp_path: Path, contoso: bytes) -> None:
    original = check_claim(load_claim(CONTOSO))
    bundle = tmp_path / CONTOSO.name
    shutil.copytree(CONTOSO, bundle)
    (bundle / "POE" / CONTOSO_POE.name).write_bytes(scanned_pdf(contoso, dpi=200, skew=-2.0))
    loaded = load_claim(bundle)
    scanned = check_claim(loaded)
    poe = next(d for d in loaded.documents if d.path.endswith(CONTOSO_POE.name))
    assert ocr_text(poe), poe.warnings
    assert not poe.segments[0].text  # an image-only PDF: every word came from OCR
    for check in ("partner_customer_names", "workload_match", "acknowledgement_date", "document_language"):
        assert scanned.status_of(check) == original.status_of(check), (check, scanned.status_of(check))
    assert scanned.status_of("activity_detail") != "fail"
    # evidence found on the scan points at the scan's page
    hits = poe.search(r"Microsoft\s+Intune")
    assert hits
    assert all(h.segment.label == "ocr" and h.page is not None and h.bbox is not None for h in hits)


# -- real-world scans ----------------------------------------------------------------------------
@needs_engine
@pytest.mark.realworld
@pytest.mark.parametrize(
    ("rel", "expected", "note"),
    [
        ("images/phototest.tif", "quick brown dog jumped over the", "read by OCR"),
        ("images/phototest-rotated-180.png", "quick brown dog jumped over the", "turned 180°"),
        ("images/testRotated_plus10.png", "resolving otherwise she contented", "skewed -10"),
        ("images/eurotext.tif", "The (quick) [brown] {fox} jumps!", "read by OCR"),
        ("images/testTIFF_multipage.tif", "Multipage", "page 2 read by OCR"),
        ("images/bill.png", "Clearing Cheque", "read by OCR"),
        ("pdf_odd/testOCR.pdf", "Happy New Year 2003!", "page 1 read by OCR"),
        ("pdf_odd/c02-22.pdf", "tip-toeing along a path", "page 1 read by OCR"),
    ],
)
def test_real_world_scans_are_read(realworld: Path, rel: str, expected: str, note: str) -> None:
    doc = extract((realworld / rel).read_bytes(), rel)
    assert doc.error is None
    assert expected in " ".join(ocr_text(doc).split())
    assert any(note in w for w in doc.warnings), doc.warnings


@needs_engine
@pytest.mark.realworld
def test_a_picture_without_text_is_read_and_found_empty(realworld: Path) -> None:
    doc = extract((realworld / "pdf_odd/grayscale-image.pdf").read_bytes(), "grayscale-image.pdf")
    assert doc.error is None
    assert "page 1 read by OCR: no text found" in doc.warnings
    assert not ocr_text(doc)


@needs_engine
@pytest.mark.realworld
def test_the_jbig2_bomb_is_never_rasterised(realworld: Path) -> None:
    start = time.perf_counter()
    doc = extract((realworld / "pdf_odd/bomb_giant.pdf").read_bytes(), "bomb_giant.pdf", ocr=True)
    assert time.perf_counter() - start < 5
    assert doc.error is None
    assert not ocr_text(doc)


@needs_engine
def test_a_page_image_over_the_pixel_limit_is_not_rendered(contoso: bytes) -> None:
    scan = scanned_pdf(contoso, pages=[0], dpi=100)
    doc = extract_document(scan, "scan.pdf", "poe", ExtractContext(ocr=True, max_image_pixels=10_000))
    assert doc.error is None
    assert any("could not be read by OCR: an image on it is too large to render" in w for w in doc.warnings)
    assert not ocr_text(doc)


@needs_engine
def test_a_huge_page_is_rendered_within_the_pixel_limit() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=5000, height=5000)  # 69 inches square: 430 million pixels at 300 dpi
    img = Image.new("L", (1000, 1000), 255)
    page.insert_image(pymupdf.Rect(0, 0, 5000, 5000), stream=image_bytes(img))
    page.insert_image(pymupdf.Rect(100, 100, 4900, 800), stream=_text_picture("POSTER TITLE"))
    start = time.perf_counter()
    doc = extract(pdf.tobytes(), "poster.pdf")
    assert time.perf_counter() - start < 15
    assert doc.error is None
    assert "POSTER TITLE" in ocr_text(doc)


def _text_picture(text: str) -> bytes:
    pdf = pymupdf.open()
    page = pdf.new_page(width=300, height=50)
    page.insert_text((20, 35), text, fontsize=24)
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    return bytes(pix.tobytes("png"))


# -- scans inside documents --------------------------------------------------------------------
@needs_engine
def test_a_scanned_page_inside_a_digital_pdf_is_read_and_the_text_pages_are_not(contoso: bytes) -> None:
    digital = pymupdf.open(stream=contoso, filetype="pdf")
    scanned = pymupdf.open(stream=scanned_pdf(contoso, pages=[2], dpi=200, skew=1.5), filetype="pdf")
    digital.delete_page(2)
    digital.insert_pdf(scanned)
    doc = extract(digital.tobytes(), "mixed.pdf")
    assert [s.page for s in doc.segments if s.label == "ocr"] == [3]
    assert "John Doe" in ocr_text(doc, 3)
    assert not any(w.startswith(("page 1 read", "page 2 read")) for w in doc.warnings)


@needs_engine
def test_a_stamped_envelope_id_on_a_scan_does_not_hide_the_scan(contoso: bytes) -> None:
    stamped = pymupdf.open(stream=scanned_pdf(contoso, pages=[1], dpi=200), filetype="pdf")
    stamped[0].insert_text((20, 20), "Docusign Envelope ID: 11111111-2222-3333-4444-555555555555", fontsize=8)
    doc = extract(stamped.tobytes(), "stamped.pdf")
    assert "Docusign Envelope ID" in page_text(doc, 1)
    read = ocr_text(doc, 1)
    assert "Transform Phase" in " ".join(read.split()) or "Prepare Phase" in " ".join(read.split()), read[:300]
    assert "11111111-2222" not in read  # the text layer's own words are not read twice


@needs_engine
def test_a_photo_stored_sideways_with_exif_orientation_is_read_as_displayed(contoso: bytes) -> None:
    page = pymupdf.open(stream=contoso, filetype="pdf")[2]
    upright = scan_image(page, dpi=150, noise=6.0)
    stored = upright.rotate(90, expand=True)  # the camera stored it turned; EXIF 6 turns it back
    exif = Image.Exif()
    exif[0x0112] = 6
    data = image_bytes(stored.convert("RGB"), "JPEG", quality=90, exif=exif.tobytes())
    doc = extract(data, "photo.jpg")
    assert doc.page_sizes == [(612.0, 792.0)]
    assert "John Doe" in ocr_text(doc)
    assert any(w.startswith("page 1 read by OCR (") and "turned" not in w for w in doc.warnings), doc.warnings


@needs_engine
def test_the_same_scan_extracted_again_is_not_read_again(contoso: bytes) -> None:
    data = scanned_pdf(contoso, pages=[2], dpi=150)
    first = extract(data, "a.pdf")
    start = time.perf_counter()
    again = extract(data, "b.pdf")
    assert time.perf_counter() - start < 0.5
    assert ocr_text(again) == ocr_text(first)
    assert again.signature_blocks == first.signature_blocks


@needs_engine
def test_a_long_scan_is_read_up_to_the_page_budget(monkeypatch: pytest.MonkeyPatch, contoso: bytes) -> None:
    budget = dataclasses.replace(ocr.settings(), max_pages=1)
    monkeypatch.setattr(ocr, "settings", lambda: budget)
    doc = extract(scanned_pdf(contoso, dpi=100), "long.pdf")
    assert [s.page for s in doc.segments if s.label == "ocr"] == [1]
    assert "pages from 2 on were not read by OCR (OCR page limit: 1 pages per document)" in doc.warnings


@needs_engine
def test_icons_are_not_read() -> None:
    icon = image_bytes(Image.new("RGB", (120, 40), "white"))
    doc = extract(icon, "logo.png")
    assert "page 1 not read by OCR: the picture is too small (120x40 px)" in doc.warnings
    assert not any("no text (" in w for w in doc.warnings)


def _phone_photo(flip: bool) -> bytes:
    """A signed acceptance letter photographed at an angle (perspective, grey background, JPEG at 150 dpi)."""
    import io

    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    width, height = 1240, 1754
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=30)  # Pillow's own font: nothing from the system
    y = 150
    for line in ("Contoso Ltd - Acceptance of services", "12 August 2025",
                 "Contoso confirms that Fabrikam deployed Microsoft Intune",
                 "to our 1,200 devices between May and July 2025.", "We accept the work as complete.", "",
                 "Name: John Doe", "Title: CISO", "Signature:"):  # fmt: skip
        draw.text((120, y), line, fill=0, font=font)
        y += 60
    draw.line([(330, y - 30), (380, y - 70), (420, y - 20), (470, y - 75), (520, y - 25), (600, y - 60)], fill=0,
              width=5)  # fmt: skip
    corners = [(0, 0), (width, 0), (width, height), (0, height)]
    seen = [(60, 40), (width - 20, 120), (width - 90, height - 30), (30, height - 110)]
    rows = []
    for (x, yy), (u, v) in zip(corners, seen, strict=True):
        rows.append([x, yy, 1, 0, 0, 0, -u * x, -u * yy])
        rows.append([0, 0, 0, x, yy, 1, -v * x, -v * yy])
    coeffs = np.linalg.solve(np.array(rows, dtype=float), np.array(seen, dtype=float).reshape(8))
    photo = page.transform((width, height), Image.Transform.PERSPECTIVE, tuple(coeffs), Image.Resampling.BICUBIC,
                           fillcolor=180)  # fmt: skip
    if flip:
        photo = photo.rotate(180)
    out = io.BytesIO()
    photo.convert("RGB").save(out, "JPEG", quality=70, dpi=(150, 150))
    return out.getvalue()


@pytest.mark.parametrize("flip", [False, True], ids=["at an angle", "at an angle and upside down"])
def test_a_phone_photo_of_a_signed_letter_is_read_and_its_signature_found(flip: bool) -> None:
    from poe_reviewer.checks import acknowledgement_date, customer_acknowledgement
    from tests.builders import context, make_claim

    doc = extract_document(_phone_photo(flip), "POE/photo.jpg", "poe")
    ctx = context(make_claim(), doc)
    ack = customer_acknowledgement.run(ctx)
    assert ack.status == "pass", ack.summary
    assert "handwritten signature" in ack.summary
    assert "signatory John Doe on 2025-08-12" in ack.summary
    assert acknowledgement_date.run(ctx).status == "pass"


def _signature_page() -> bytes:
    """A sparse page (a signature page: five short lines), which fools the layout measure when sideways."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    y = 90.0
    for line in (
        "Acceptance",
        "Contoso Ltd confirms that the work above has been completed to its satisfaction.",
        "Authorized signature: ____________________",
        "Name/Title John Doe, Vice President, Finance & IT",
        "Date signed: 8/21/2025",
    ):
        page.insert_text((72, y), line, fontsize=11)
        y += 28
    return bytes(pdf.tobytes())


@needs_engine
@pytest.mark.parametrize("turn", [90, 270])
def test_a_sparse_page_fed_sideways_at_100_dpi_is_read_either_way(turn: int) -> None:
    doc = extract(scanned_pdf(_signature_page(), dpi=100, turn=turn), "signature_page.pdf")
    text = " ".join(s.text for s in doc.segments if s.label == "ocr")
    assert "confirms that the work above has been completed" in text, (doc.warnings, text)
    assert "Date signed: 8/21/2025" in text


def test_a_scan_is_rendered_at_its_own_resolution_rounded_not_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    # 1240 x 1755 pixels over an A4 page of 595.2 x 842.4 points is 149.99 dpi: rendering it at 149
    # resamples every pixel of the scan (and OCR loses the words of its table cells)
    pdf = pymupdf.open()
    page = pdf.new_page(width=595.2, height=842.4)
    page.insert_image(page.rect, stream=image_bytes(Image.new("L", (1240, 1755), 255)))
    asked: list[int] = []
    real = pymupdf.Page.get_pixmap

    def spy(self: Any, *args: Any, **kw: Any) -> Any:
        asked.append(kw["dpi"])
        return real(self, *args, **kw)

    monkeypatch.setattr(pymupdf.Page, "get_pixmap", spy)
    monkeypatch.setattr(ocr, "_read", lambda *a, **k: None)
    native = ocr._native_dpi(extract_document(pdf.tobytes(), "scan.pdf", "poe", ExtractContext(ocr=False)).images[0])
    assert 149.9 < native < 150
    ocr._read_pdf(page, 1, [], 10**9, native, ocr.settings())
    assert asked == [150]


def test_a_sign_off_page_without_a_place_to_sign_is_read_again_larger(monkeypatch: pytest.MonkeyPatch) -> None:
    # OCR of a sparse sign-off page turns on small things: a second reading a third larger that finds
    # the place to sign is kept; a page that is no sign-off page is read once
    from poe_reviewer.documents.model import SignatureBlock, Word
    from poe_reviewer.documents.ocr_raster import Affine, OcrPage

    def page(*words: str) -> OcrPage:
        line = [Word(w, (10.0, 10.0, 40.0, 20.0)) for w in words]
        return OcrPage([line], [], np.zeros((10, 10), dtype=np.uint8), Affine(), 0, 0.0, 1.0, 95.0, 0.1)

    sizes: list[tuple[int, int]] = []
    block = SignatureBlock(page=1, label="Signature", bbox=(0.0, 0.0, 1.0, 1.0), ink=True)

    def reading(img: Image.Image, *a: Any, **k: Any) -> OcrPage:
        sizes.append(img.size)
        return page("Customer", "acceptance", "Name", "Euan") if len(sizes) == 1 else page("Signature", "Euan")

    monkeypatch.setattr(ocr, "read_raster", reading)
    monkeypatch.setattr(ocr, "_blocks", lambda p, n: [block] if any(w.text == "Signature" for w in p.lines[0]) else [])
    result = ocr._read(Image.new("L", (300, 420), 255), (595.0, 842.0), 2, 150.0)
    assert sizes == [(300, 420), (400, 560)]
    assert result.blocks == [block]
    sizes.clear()
    monkeypatch.setattr(ocr, "read_raster", lambda img, *a, **k: sizes.append(img.size) or page("Quarterly", "report"))
    ocr._read(Image.new("L", (300, 420), 255), (595.0, 842.0), 2, 150.0)
    assert sizes == [(300, 420)]
