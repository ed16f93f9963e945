"""The document pane: tree, page rendering, evidence, find, e-mails, Word tables, unreadable files.

A small bundle is generated per test module: a 3-page PDF with text at known coordinates, an
.eml whose HTML body points at a remote image (and a local file) with the PDF attached, a .docx
with a table, a survey export and a file that is not a PDF. Every document goes through the
project's extractors, as in the workbench.
"""

from __future__ import annotations

import email.message
import email.policy
import hashlib
import io
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pymupdf
import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextTable, qGray
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from poe_reviewer.documents.model import Document, Segment, Word
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.ui.viewer import DocumentPane
from poe_reviewer.ui.viewer_pages import POINTS_TO_PIXELS
from poe_reviewer.ui.viewer_render import RenderHelper, RenderResult, RenderTarget, docx_pictures
from poe_reviewer.ui.viewer_renderproc import PageRenderer, RenderError
from poe_reviewer.ui.viewer_sources import DocumentSources, SourceError
from poe_reviewer.ui.viewer_text import quote_pattern
from poe_reviewer.ui.viewer_tree import DETAIL_ROLE, ERROR_ROLE

pytestmark = pytest.mark.gui

WAIT = 15_000
SIGNED_AT = (300, 600)  # where "Signed by Susie Jones" is written on page 2 (baseline origin, points)
REMOTE_IMAGE = "http://example.com/x.png"


# -- the bundle -----------------------------------------------------------------------------------------
def make_pdf(pages: int = 3) -> bytes:
    pdf = pymupdf.open()
    for number in range(1, pages + 1):
        page = pdf.new_page(width=612, height=792)
        page.insert_text((72, 100), f"Proof of execution page {number}", fontsize=14)
        page.insert_text((72, 140), "Customer: Contoso Ltd", fontsize=11)
        if number == 2:
            page.insert_text(SIGNED_AT, "Signed by Susie Jones", fontsize=11)
    data: bytes = pdf.tobytes()
    pdf.close()
    return data


def make_eml(attachment: bytes, secret: Path) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = "Susie Jones <susie@contoso.com>"
    msg["To"] = "Priya Kaur <pkaur@fabrikam.com>"
    msg["Cc"] = "John Doe <john.doe@contoso.com>"
    msg["Date"] = "Tue, 03 Jun 2025 10:11:12 +0200"
    msg["Subject"] = "RE: Intune deployment complete"
    msg.set_content("Hello,\n\nWe confirm the Intune deployment was completed.\n\nSusie")
    msg.add_alternative(
        "<html><body><p>Hello,</p><p>We <b>confirm</b> the Intune deployment was completed.</p>"
        f'<img src="{REMOTE_IMAGE}"><img src="{QUrl.fromLocalFile(str(secret)).toString()}">'
        '<p style="background-image: url(http://example.com/bg.png)">Susie</p></body></html>',
        subtype="html",
    )
    msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="signed.pdf")
    return msg.as_bytes(policy=email.policy.SMTP)


def make_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Proof of Execution form")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("Customer", "Contoso Ltd"), ("Workload", "Intune"), ("Date", "2025-06-03")]):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = value
    document.add_paragraph("Signed for Contoso by Susie Jones.")
    signature = QImage(300, 80, QImage.Format.Format_RGB32)
    signature.fill(0x2040A0)
    picture = QBuffer()
    picture.open(QIODevice.OpenModeFlag.WriteOnly)
    signature.save(picture, "PNG")
    document.add_picture(io.BytesIO(bytes(picture.data().data())))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SURVEY = (
    '{"format": "poe-attestation/1", "claim_id": "3016006", "respondent": "customer",'
    ' "completed_at": "2025-07-02T10:11:00Z",'
    ' "answers": [{"question": "Did the partner deliver the engagement as described?", "answer": "Yes"}],'
    ' "signature": {"full_name": "Susie Jones", "company": "Contoso Ltd", "job_title": "IT Administrator"}}'
)


class Bundle:
    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.secret = root / "secret.png"
        picture = QImage(10, 10, QImage.Format.Format_RGB32)
        picture.fill(0xFF0000)
        picture.save(str(self.secret))
        self.pdf = make_pdf()
        self.attached_pdf = make_pdf(2)
        contents = {
            "POE/poe.pdf": (self.pdf, "poe"),
            "POE/mail.eml": (make_eml(self.attached_pdf, self.secret), "poe"),
            "POE/form.docx": (make_docx(), "poe"),
            "POE/broken.pdf": (b"%PDF-1.4 this is not a PDF at all", "poe"),
            "survey.json": (SURVEY.encode(), "customer_attestation"),
        }
        self.files: dict[str, Path] = {}
        self.documents: list[Document] = []
        for path, (data, role) in contents.items():
            disk = root / path.replace("/", "_")
            disk.write_bytes(data)
            self.files[path] = disk
            self.documents.append(extract_document(data, path, role))

    def doc(self, path: str) -> Document:
        for top in self.documents:
            for d in top.walk():
                if d.path == path:
                    return d
        raise KeyError(path)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    return Bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture
def pane(qtbot: Any, bundle: Bundle) -> Iterator[DocumentPane]:
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_claim("3079758", bundle.documents, bundle.files)
    yield widget
    widget.clear()
    widget.renderer.shutdown()


def rendered(pane: DocumentPane, page: int) -> bool:
    return page in pane.page_view.canvas.images


def dark_pixels(image: QImage, box: tuple[float, float, float, float], page_width: float) -> int:
    """Dark pixels of the rendered page inside a box given in points."""
    s = image.width() / page_width
    x0, y0, x1, y1 = (round(v * s) for v in box)
    return sum(1 for x in range(x0, x1) for y in range(y0, y1) if qGray(image.pixel(x, y)) < 128)


# -- the tree ------------------------------------------------------------------------------------------------
def test_tree_lists_documents_with_role_kind_pages_children_and_errors(pane: DocumentPane) -> None:
    items = pane.tree.items
    assert set(items) >= {"POE/poe.pdf", "POE/mail.eml", "POE/mail.eml!/signed.pdf", "POE/broken.pdf", "survey.json"}
    assert items["POE/mail.eml!/signed.pdf"].parent() is items["POE/mail.eml"]
    assert items["POE/poe.pdf"].data(0, DETAIL_ROLE) == "POE · PDF · 3 pages"
    assert items["survey.json"].data(0, DETAIL_ROLE).startswith("Customer attestation · Survey export")
    assert items["POE/poe.pdf"].data(0, ERROR_ROLE) == ""
    assert str(items["POE/broken.pdf"].data(0, ERROR_ROLE)).startswith("Could not be read: the PDF is damaged")
    # the first readable POE document is open
    assert pane.current is not None
    assert pane.current.path == "POE/poe.pdf"


def test_choosing_a_document_in_the_tree_opens_it(qtbot: Any, pane: DocumentPane) -> None:
    with qtbot.waitSignal(pane.documentOpened, timeout=WAIT) as signal:
        pane.tree.setCurrentItem(pane.tree.items["POE/form.docx"])
    assert signal.args == ["POE/form.docx"]
    assert pane.stack.currentWidget() is pane.browser


# -- pages and evidence ----------------------------------------------------------------------------------------
def test_open_evidence_lands_on_the_page_with_the_box_highlighted(
    qtbot: Any, pane: DocumentPane, bundle: Bundle
) -> None:
    hit = bundle.doc("POE/poe.pdf").search("Signed by Susie Jones")[0]
    assert hit.page == 2
    assert hit.bbox is not None
    x0, y0, _x1, y1 = hit.bbox
    assert x0 == pytest.approx(SIGNED_AT[0], abs=1)
    assert y1 == pytest.approx(SIGNED_AT[1], abs=4)

    assert pane.open_evidence("POE/poe.pdf", 2, hit.bbox, hit.quote)
    view = pane.page_view
    assert pane.current_page() == 2
    assert view.canvas.evidence == [(2, hit.bbox)]
    # drawn where the words are: the box in canvas pixels is the box in points times the zoom
    page_rect, box_rect = view.canvas.page_rect(2), view.canvas.box_rect(2, hit.bbox)
    scale = view.zoom * POINTS_TO_PIXELS
    assert box_rect.left() - page_rect.left() == pytest.approx(x0 * scale, abs=0.5)
    assert box_rect.top() - page_rect.top() == pytest.approx(y0 * scale, abs=0.5)
    assert view.box_visible(2, hit.bbox)
    assert view.visible_canvas_rect().contains(box_rect)

    # the rendered page has the text exactly inside the box, and nothing in an empty area
    qtbot.waitUntil(lambda: rendered(pane, 2), timeout=WAIT)
    image = view.canvas.images[2].image
    assert dark_pixels(image, hit.bbox, 612) > 20
    assert dark_pixels(image, (200, 400, 280, 480), 612) == 0


def test_open_evidence_without_a_box_finds_the_quote(pane: DocumentPane, bundle: Bundle) -> None:
    hit = bundle.doc("POE/poe.pdf").search("Signed by Susie Jones")[0]
    assert pane.open_evidence("POE/poe.pdf", None, None, "signed by  SUSIE jones")
    assert pane.current_page() == 2
    assert pane.page_view.canvas.evidence == [(2, hit.bbox)]
    assert hit.bbox is not None
    assert pane.page_view.box_visible(2, hit.bbox)


def test_open_evidence_of_an_unknown_document_is_refused(pane: DocumentPane) -> None:
    assert not pane.open_evidence("POE/nothing.pdf", 1, (0, 0, 10, 10))
    assert pane.current is not None
    assert pane.current.path == "POE/poe.pdf"


def test_find_highlights_every_hit_and_steps_through_them(pane: DocumentPane, bundle: Bundle) -> None:
    assert pane.find("contoso ltd") == 3
    hits = pane.page_view.canvas.find_hits
    assert [h.page for h in hits] == [1, 2, 3]
    expected = [h.bbox for h in bundle.doc("POE/poe.pdf").search("Contoso Ltd")]
    assert [h.boxes[0] for h in hits] == expected
    assert pane.current_page() == 1
    assert pane.find_count.text() == "1 of 3"
    pane._step_hit(True)
    assert pane.current_page() == 2
    assert pane.find_count.text() == "2 of 3"
    assert pane.find("no such words") == 0
    assert pane.find_count.text() == "No match"


def test_keyboard_pages_zoom_and_find(qtbot: Any, pane: DocumentPane) -> None:
    view = pane.page_view
    view.scroller.setFocus()
    qtbot.keyClick(view.scroller, Qt.Key.Key_PageDown)
    assert pane.current_page() == 2
    qtbot.keyClick(view.scroller, Qt.Key.Key_PageUp)
    assert pane.current_page() == 1
    before = view.zoom
    qtbot.keyClick(view.scroller, Qt.Key.Key_Plus)
    assert view.zoom > before
    assert not view.fit_width
    qtbot.keyClick(view.scroller, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(before, rel=0.2)
    qtbot.keyClick(view.scroller, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.fit_width
    qtbot.keyClick(view.scroller, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is pane.find_box
    qtbot.keyClicks(pane.find_box, "Proof")
    qtbot.keyClick(pane.find_box, Qt.Key.Key_Return)
    assert pane.find_count.text() == "1 of 3"
    qtbot.keyClick(pane.find_box, Qt.Key.Key_Return)
    assert pane.find_count.text() == "2 of 3"


def test_pages_render_off_the_gui_thread_lazily_with_thumbnails(qtbot: Any, pane: DocumentPane) -> None:
    view = pane.page_view
    qtbot.waitUntil(lambda: rendered(pane, 1), timeout=WAIT)
    shown = view.canvas.images[1]
    assert shown.image.width() == shown.width_px  # rendered for the zoom shown, not scaled
    assert view.thumbs.isVisible()
    qtbot.waitUntil(lambda: view.thumbnail_rendered(1), timeout=WAIT)
    view.set_zoom(2.0)
    qtbot.waitUntil(
        lambda: rendered(pane, 1) and view.canvas.images[1].width_px == view._page_width_px(1), timeout=WAIT
    )


def test_stale_render_results_are_dropped(pane: DocumentPane) -> None:
    view = pane.page_view
    image = QImage(10, 10, QImage.Format.Format_RGB888)
    view.canvas.images.clear()

    def deliver(token: int, page: int, width: int) -> None:
        target = RenderTarget(token, "POE/poe.pdf", "k", "pdf", page, width)
        view._on_rendered(RenderResult(target, image))

    view._wanted_pages = {1: view._page_width_px(1)}
    deliver(view.token - 1, 1, view._page_width_px(1))  # another opening of a document
    deliver(view.token, 1, view._page_width_px(1) + 7)  # an older zoom
    deliver(view.token, 3, view._page_width_px(3))  # a page no longer shown
    assert view.canvas.images == {}
    deliver(view.token, 1, view._page_width_px(1))
    assert list(view.canvas.images) == [1]
    # a render skipped because its page had scrolled away is asked for again when it comes back
    width = view._page_width_px(2)
    view._requested.add((2, width, False))
    view._on_rendered(RenderResult(RenderTarget(view.token, "POE/poe.pdf", "k", "pdf", 2, width), None, skipped=True))
    assert (2, width, False) not in view._requested
    assert 2 not in view.canvas.images
    assert 2 not in view.canvas.errors


def test_scrolling_through_a_long_document_renders_every_page_it_stops_on(qtbot: Any, tmp_path: Path) -> None:
    data = make_pdf(40)
    (tmp_path / "long.pdf").write_bytes(data)
    doc = extract_document(data, "POE/long.pdf", "poe")
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    try:
        widget.set_claim("1", [doc], {"POE/long.pdf": tmp_path / "long.pdf"})
        view = widget.page_view
        for page in (10, 25, 3, 40, 10):  # faster than the renderer: most of these are skipped
            view.go_to_page(page)
            view._request_visible()  # what the view's timer does once the event loop runs
        qtbot.waitUntil(lambda: 10 in view.canvas.images, timeout=WAIT)
        assert widget.current_page() == 10
        assert len(view.canvas.images) <= 2 * 2 + 3  # only pages near the view keep their images
    finally:
        widget.renderer.shutdown()


# -- e-mails ----------------------------------------------------------------------------------------------------------
def test_email_shows_headers_blocks_every_resource_and_opens_its_attachment(
    qtbot: Any, pane: DocumentPane, bundle: Bundle, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert pane.open_document("POE/mail.eml")
    browser = pane.browser
    assert pane.stack.currentWidget() is browser
    assert pane.html_button.isChecked()
    text = browser.toPlainText()
    header = text.split("Hello,")[0]
    for expected in (
        "From\nSusie Jones <susie@contoso.com>",
        "To\nPriya Kaur <pkaur@fabrikam.com>",
        "Cc\nJohn Doe <john.doe@contoso.com>",
        "Date\n2025-06-03 10:11",
        "Subject\nRE: Intune deployment complete",
    ):
        assert expected in header
    assert "We confirm the Intune deployment was completed." in text

    secret_url = QUrl.fromLocalFile(str(bundle.secret)).toString()
    # loadResource was asked for the remote and the local picture and gave back nothing usable
    assert REMOTE_IMAGE in browser.blocked_resources
    assert secret_url in browser.blocked_resources
    for url in (REMOTE_IMAGE, secret_url):
        value = browser.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
        assert isinstance(value, QImage)
        assert value.size().width() == 1  # the blank placeholder, not the 10x10 file
    browser.grab()  # painting does not fetch anything either
    assert attempts == []

    # the attachment is listed and opens in the viewer (its bytes are read again from the .eml)
    assert pane.attachments_row.isVisible()
    item = pane.attachments.item(0)
    assert item.text() == "signed.pdf"
    rect = pane.attachments.visualItemRect(item)
    with qtbot.waitSignal(pane.documentOpened, timeout=WAIT) as signal:
        qtbot.mouseClick(pane.attachments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["POE/mail.eml!/signed.pdf"]
    assert pane.stack.currentWidget() is pane.page_view
    qtbot.waitUntil(lambda: rendered(pane, 1), timeout=WAIT)


def test_email_evidence_quote_is_highlighted_and_text_mode_works(pane: DocumentPane) -> None:
    assert pane.open_evidence("POE/mail.eml", None, None, "confirm the Intune deployment")
    browser = pane.browser
    assert len(browser.evidence) == 1
    span = browser.evidence[0]
    assert browser.shown_text()[span.start : span.end] == "confirm the Intune deployment"
    assert browser.viewport().rect().intersects(browser.span_rect(span))
    pane.html_button.setChecked(False)
    assert "We confirm the Intune deployment" in pane.browser.toPlainText()
    assert pane.find("intune") == 2  # subject and body


def test_child_pdf_bytes_come_from_the_parent_email(bundle: Bundle) -> None:
    sources = DocumentSources(bundle.documents, bundle.files)
    data = sources.read_bytes("POE/mail.eml!/signed.pdf")
    assert data == bundle.attached_pdf
    assert hashlib.sha256(data).hexdigest() == bundle.doc("POE/mail.eml!/signed.pdf").sha256
    with pytest.raises(SourceError):
        DocumentSources(bundle.documents, {}).read_bytes("POE/mail.eml!/signed.pdf")


def test_child_pdf_of_a_real_outlook_message(realworld: Path) -> None:
    path = realworld / "msg" / "attachment_msg_pdf.msg"
    doc = extract_document(path.read_bytes(), "POE/a.msg", "poe")
    child = next(c for c in doc.walk() if c.kind == "pdf")
    data = DocumentSources([doc], {"POE/a.msg": path}).read_bytes(child.path)
    assert hashlib.sha256(data).hexdigest() == child.sha256
    assert data.startswith(b"%PDF")


def test_without_the_bytes_a_pdf_shows_its_text_with_the_quote(qtbot: Any) -> None:
    # a PDF nobody rendered before (the render helper keeps documents it has seen by content)
    doc = extract_document(make_pdf(4), "POE/gone.pdf", "poe")
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.set_claim("3079758", [doc], {})  # no file on disk and no parent: nothing to render
    try:
        hit = doc.search("Signed by Susie Jones")[0]
        assert widget.open_evidence("POE/gone.pdf", 2, hit.bbox, "")
        qtbot.waitUntil(lambda: widget.stack.currentWidget() is widget.browser, timeout=WAIT)
        assert "cannot be displayed" in widget.browser.toPlainText()
        span = widget.browser.evidence[0]
        assert widget.browser.shown_text()[span.start : span.end] == "Signed by Susie Jones"
    finally:
        widget.renderer.shutdown()


# -- Word, surveys, unreadable files ----------------------------------------------------------------------------
def test_word_document_is_readable_with_its_table(qtbot: Any, pane: DocumentPane) -> None:
    assert pane.open_evidence("POE/form.docx", None, None, "Workload | Intune")
    document = pane.browser.document()
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows(), table.columns()) == (3, 2)
    assert table.cellAt(0, 1).firstCursorPosition().block().text() == "Contoso Ltd"
    span = pane.browser.evidence[0]
    assert pane.browser.shown_text()[span.start : span.end].split() == ["Workload", "Intune"]
    assert "Signed for Contoso by Susie Jones." in pane.browser.toPlainText()
    # its picture (a signature, often) is decoded off the GUI thread and shown under the text
    qtbot.waitUntil(lambda: "Pictures in the document" in pane.browser.toPlainText(), timeout=WAIT)
    shown = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl("poe-picture:0"))
    assert isinstance(shown, QImage)
    assert (shown.width(), shown.height()) == (300, 80)
    assert pane.browser.blocked_resources == []


@pytest.mark.realworld
def test_word_pictures_qt_cannot_decode_are_named(realworld: Path) -> None:
    data = (realworld / "docx" / "EmbeddedOutlook.docx").read_bytes()
    (picture,) = docx_pictures(data, ["image1.emf"])
    assert picture.image is None
    assert picture.note == "a picture in EMF format, which cannot be shown here"


def test_survey_is_a_question_and_answer_list_with_its_signature(pane: DocumentPane) -> None:
    assert pane.open_document("survey.json")
    text = pane.browser.toPlainText()
    assert "Did the partner deliver the engagement as described?\nYes" in text
    assert "Electronic signature" in text
    assert "Susie Jones, Contoso Ltd, IT Administrator" in text


def test_unreadable_document_says_why_in_place(pane: DocumentPane) -> None:
    assert pane.open_document("POE/broken.pdf")
    assert pane.stack.currentWidget() is pane.browser
    text = pane.browser.toPlainText()
    assert "This document could not be read" in text
    assert "the PDF is damaged" in text
    assert pane.banner.isVisible()
    assert pane.banner.text().startswith("Could not be read: the PDF is damaged")


@pytest.mark.realworld
def test_real_world_documents_open_or_explain(qtbot: Any, realworld: Path) -> None:
    names = [
        "pdf_odd/libreoffice-writer-password.pdf",
        "pdf_odd/Pages-tree-refs.pdf",
        "pdf_odd/broken-objstream1.pdf",
        "msg/clusterfuzz-testcase-minimized-POIHSMFFuzzer-5336473854148608.msg",
        "docx/testWORD_truncated.docx",
        "eml/broken.eml",
        "images/testTIFF_multipage.tif",
        "msg/HTMLBodyBinary_CP1251.msg",
    ]
    files = {name: realworld / name for name in names}
    documents = [extract_document(path.read_bytes(), name, "poe") for name, path in files.items()]
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    try:
        widget.set_claim("1", documents, files)
        for doc in documents:
            assert widget.open_document(doc.path)
            if doc.error:
                assert doc.error in widget.browser.toPlainText()
        assert widget.open_document("images/testTIFF_multipage.tif")
        assert widget.page_view.page_count == 2
        qtbot.waitUntil(lambda: 1 in widget.page_view.canvas.images, timeout=WAIT)
        assert widget.open_document("pdf_odd/Pages-tree-refs.pdf")
        view = widget.page_view
        qtbot.waitUntil(lambda: 1 in view.canvas.images or 1 in view.canvas.errors, timeout=WAIT)
    finally:
        widget.renderer.shutdown()


@pytest.mark.realworld
def test_decompression_bomb_opens_without_hanging(qtbot: Any, realworld: Path) -> None:
    path = realworld / "pdf_odd" / "bomb_giant.pdf"
    doc = extract_document(path.read_bytes(), "POE/bomb.pdf", "poe")
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    started = time.monotonic()
    try:
        widget.set_claim("1", [doc], {"POE/bomb.pdf": path})
        view = widget.page_view
        qtbot.waitUntil(lambda: 1 in view.canvas.images or 1 in view.canvas.errors, timeout=WAIT)
        widget.page_view.set_zoom(6.0)  # the largest zoom is still capped in pixels
        qtbot.waitUntil(
            lambda: 1 in view.canvas.errors or (1 in view.canvas.images and view.canvas.images[1].width_px > 3000),
            timeout=WAIT,
        )
        if 1 in view.canvas.images:
            image = view.canvas.images[1].image
            assert image.width() * image.height() <= 16_000_000
    finally:
        widget.renderer.shutdown()
    assert time.monotonic() - started < 20


def test_renderer_caps_pixels_and_refuses_giant_images() -> None:
    renderer = PageRenderer(max_pixels=1_000_000, max_image_pixels=1_000_000)
    renderer.open("text", make_pdf(1), None, "pdf")
    page = renderer.render("text", 0, 20_000)
    assert page.capped
    assert page.width * page.height <= 1_000_000
    assert page.width == pytest.approx(612 * (page.height / 792), abs=2)

    pdf = pymupdf.open()
    sheet = pdf.new_page(width=200, height=200)
    picture = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 1500, 1000), 0)
    picture.set_rect(picture.irect, (255,))
    sheet.insert_image(sheet.rect, pixmap=picture)
    renderer.open("picture", pdf.tobytes(), None, "pdf")
    with pytest.raises(RenderError, match="decompression bomb"):
        renderer.render("picture", 0, 100)


def test_a_hanging_or_dying_render_helper_costs_one_page_not_the_program(bundle: Bundle) -> None:
    target = RenderTarget(1, "POE/poe.pdf", "k", "pdf", 1, 200)
    path = bundle.files["POE/poe.pdf"]
    hanging = RenderHelper([sys.executable, "-c", "import time; time.sleep(60)"], timeout=0.5)
    started = time.monotonic()
    with pytest.raises(RenderError, match=r"took more than 0.5 s"):
        hanging.render(target, path, path.read_bytes)
    assert time.monotonic() - started < 5
    helper = RenderHelper([sys.executable, "-c", "import sys; sys.exit(3)"], timeout=5)
    try:
        with pytest.raises(RenderError, match="renderer ran out of memory or failed"):
            helper.render(target, path, path.read_bytes)
        # the next page starts a new helper: one failure does not end rendering
        helper.command = RenderHelper().command
        page = helper.render(target, path, path.read_bytes)
        assert page.width == 200
    finally:
        helper.stop()
        hanging.stop()


# -- OCR, accessibility --------------------------------------------------------------------------------------------
def test_ocr_words_can_be_drawn_over_a_scan(qtbot: Any, bundle: Bundle) -> None:
    scan = extract_document(make_pdf(1), "POE/scan.pdf", "poe")
    words = [Word("Signed", (100.0, 300.0, 140.0, 312.0)), Word("Susie", (145.0, 300.0, 180.0, 312.0))]
    scan.segments.append(Segment.from_lines([words], page=1, label="ocr"))
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.show()
    try:
        widget.set_claim("1", [scan, *bundle.documents], {"POE/scan.pdf": bundle.files["POE/poe.pdf"]})
        assert widget.current is scan
        assert widget.ocr_button.isEnabled()
        widget.ocr_button.setChecked(True)
        assert widget.page_view.canvas.show_ocr
        assert widget.page_view.canvas.ocr_words[1] == words
        assert widget.find("signed susie") == 1  # OCR text is searchable and located
        assert widget.page_view.canvas.find_hits[0].boxes == ((100.0, 300.0, 180.0, 312.0),)
        widget.text_button.setChecked(True)
        assert "Text read by OCR" in widget.browser.toPlainText()
        assert widget.open_document("POE/poe.pdf")
        assert not widget.ocr_button.isEnabled()
    finally:
        widget.renderer.shutdown()


def test_every_control_has_an_accessible_name_and_a_tooltip(pane: DocumentPane) -> None:
    controls = (QAbstractButton, QLineEdit, QAbstractSpinBox, QAbstractItemView)
    content = (QTextEdit, QScrollArea)  # what is read: a description instead of a tooltip over the text
    missing = []
    for widget in pane.findChildren(QWidget):
        if isinstance(widget.parent(), (*controls, *content)):
            continue  # parts of a control (a spin box's editor, a line edit's clear button)
        if isinstance(widget, content):
            if not widget.accessibleName() or not widget.accessibleDescription():
                missing.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
        elif isinstance(widget, controls) and (not widget.accessibleName() or not widget.toolTip()):
            missing.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    assert missing == []


def test_names_and_notes_from_files_never_become_markup(qtbot: Any, bundle: Bundle) -> None:
    doc = extract_document(b"%PDF-1.4 broken", "POE/<b>x</b>.pdf", "poe")
    doc.warnings.append(f'header: <img src="{QUrl.fromLocalFile(str(bundle.secret)).toString()}">')
    widget = DocumentPane()
    qtbot.addWidget(widget)
    try:
        widget.set_claim("1", [doc], {})
        tip = widget.tree.items["POE/<b>x</b>.pdf"].toolTip(0)
        assert "&lt;img src=" in tip
        assert "<img" not in tip
        assert "Note: header: &lt;img src=" in widget.banner.toolTip()
        assert widget.banner.textFormat() == Qt.TextFormat.PlainText
        assert widget.status.text().startswith("POE/<b>x</b>.pdf")
        assert widget.status.textFormat() == Qt.TextFormat.PlainText
    finally:
        widget.renderer.shutdown()


def test_quote_pattern_matches_loosely() -> None:
    pattern = quote_pattern("Workload | Intune  licences")
    assert pattern is not None
    assert pattern.search("workload\u2029Intune\nLicences")
    assert quote_pattern("  ") is None


def test_a_document_name_wraps_in_the_tree_and_is_never_cut_in_the_middle(qtbot: Any) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from poe_reviewer.ui.viewer_tree import wrap_name

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Customer confirmation/Q3 ")
    name = "Customer confirmation/Q3 2025 service review.eml"
    lines = wrap_name(metrics, name, width)
    assert "".join(lines) == name, "every character is shown"
    assert len(lines) > 1
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert lines[0].endswith(("/", " ")), "broken after a separator, not inside a word"
    # one part wider than the line is split where it must be; a name too long for three lines ends in "…"
    long_part = "A" * 80
    assert "".join(wrap_name(metrics, long_part, metrics.horizontalAdvance("A" * 30), most=5)) == long_part
    assert wrap_name(metrics, long_part * 3, width)[-1].endswith("…")
    assert wrap_name(metrics, "short.pdf", width) == ["short.pdf"]
