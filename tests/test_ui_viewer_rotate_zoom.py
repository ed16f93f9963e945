"""The page view: pages turned for viewing (evidence boxes turned with them), and the zoom remembered.

Issue 14: a scan photographed sideways is turned a quarter at a time, the page shown only, kept per
page and document while the claim is open and never written anywhere; the zoom the reviewer chooses
(a percentage, or fit width) is what every document opens at, in this session and the next.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QTransform, QWheelEvent
from PySide6.QtWidgets import QApplication

from poe_reviewer.ui import settings as opts
from poe_reviewer.ui.viewer import DocumentPane
from poe_reviewer.ui.viewer_pages import (
    MARGIN,
    MAX_ZOOM,
    POINTS_TO_PIXELS,
    PageView,
    rotate_box,
    zoom_from_setting,
    zoom_to_setting,
)
from tests.test_ui_viewer import WAIT, Bundle, dark_pixels

pytestmark = pytest.mark.gui

PAGE_W, PAGE_H = 612.0, 792.0  # the bundle's PDF pages (US Letter, points)
EMPTY = (200.0, 400.0, 280.0, 480.0)  # an area of page 2 with no ink


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    return Bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture
def config(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "config"
    opts.configure("POE Reviewer Tests", "workbench", folder)
    yield folder
    opts.configure()


def open_pane(qtbot: Any, bundle: Bundle, settings: opts.Settings | None = None) -> DocumentPane:
    widget = DocumentPane(settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_claim("3079758", bundle.documents, bundle.files)
    assert widget.current is not None
    assert widget.current.path == "POE/poe.pdf"
    return widget


@pytest.fixture
def pane(qtbot: Any, bundle: Bundle) -> Iterator[DocumentPane]:
    widget = open_pane(qtbot, bundle)
    yield widget
    widget.clear()
    widget.renderer.shutdown()


def signed_box(bundle: Bundle) -> tuple[float, float, float, float]:
    hit = bundle.doc("POE/poe.pdf").search("Signed by Susie Jones")[0]
    assert hit.page == 2
    assert hit.bbox is not None
    return hit.bbox


def fresh_render(view: PageView, page: int) -> bool:
    """The page's picture is the renderer's, for the zoom and the turn shown now."""
    shown = view.canvas.images.get(page)
    return shown is not None and shown.width_px == view._page_width_px(page) and shown.rotation == view.rotation(page)


def rect_of(view: PageView, page: int, box: tuple[float, float, float, float]) -> QRectF:
    """Where a box in points of the page *as shown* lies on the canvas (no turning: computed by the test)."""
    origin = view.canvas.page_rect(page).topLeft()
    s = view.canvas.scale
    x0, y0, x1, y1 = box
    return QRectF(origin.x() + x0 * s, origin.y() + y0 * s, (x1 - x0) * s, (y1 - y0) * s)


def assert_same_rect(actual: QRectF, expected: QRectF) -> None:
    for a, e in zip(
        (actual.left(), actual.top(), actual.width(), actual.height()),
        (expected.left(), expected.top(), expected.width(), expected.height()),
        strict=True,
    ):
        assert a == pytest.approx(e, abs=0.5)


# -- the arithmetic --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("angle", [0, 90, 180, 270])
def test_a_box_turns_as_the_page_image_turns(angle: int) -> None:
    """rotate_box agrees with QImage.transformed(QTransform().rotate(angle)), which turns the rendered pages."""
    w, h = 300, 500
    box = (20.0, 40.0, 120.0, 70.0)
    image = QImage(w, h, QImage.Format.Format_RGB888)
    image.fill(Qt.GlobalColor.white)
    x0, y0, x1, y1 = (int(v) for v in box)
    for x in range(x0, x1):
        for y in range(y0, y1):
            image.setPixel(x, y, 0)
    turned = image.transformed(QTransform().rotate(angle))
    expected = QImage.trueMatrix(QTransform().rotate(angle), w, h).mapRect(QRectF(x0, y0, x1 - x0, y1 - y0))
    got = rotate_box(box, w, h, angle)
    assert got == pytest.approx((expected.left(), expected.top(), expected.right(), expected.bottom()))
    # and the ink is there in the turned picture: inside the turned box, all of it
    gx0, gy0, gx1, gy1 = (round(v) for v in got)

    def ink(xs: range, ys: range) -> int:
        return sum(1 for x in xs for y in ys if turned.pixelColor(x, y).value() < 128)

    dark = ink(range(turned.width()), range(turned.height()))
    inside = ink(range(gx0, gx1), range(gy0, gy1))
    assert dark == inside == (x1 - x0) * (y1 - y0)
    assert rotate_box(rotate_box(box, w, h, 90), h, w, 270) == box


def test_the_zoom_setting_reads_and_writes() -> None:
    assert zoom_from_setting("fit") is None
    assert zoom_from_setting("") is None
    assert zoom_from_setting("nonsense") is None
    assert zoom_from_setting("0") is None
    assert zoom_from_setting("nan") is None
    assert zoom_from_setting("125") == pytest.approx(1.25)
    assert zoom_from_setting(" 67% ") == pytest.approx(0.67)
    assert zoom_from_setting("100000") == MAX_ZOOM
    assert zoom_to_setting(None) == "fit"
    assert zoom_to_setting(1.1) == "110"
    assert zoom_to_setting(0.33) == "33"
    assert opts.VIEWER_ZOOM in opts.ALL_OPTIONS
    assert opts.VIEWER_ZOOM.default == "fit"


# -- turning a page ------------------------------------------------------------------------------------------------
def test_turning_a_page_swaps_its_size_and_turns_the_evidence_with_it(
    qtbot: Any, pane: DocumentPane, bundle: Bundle
) -> None:
    box = signed_box(bundle)
    x0, y0, x1, y1 = box
    before = hashlib.sha256(bundle.files["POE/poe.pdf"].read_bytes()).hexdigest()
    assert pane.open_evidence("POE/poe.pdf", 2, box, "Signed by Susie Jones")
    view = pane.page_view
    assert pane.current_page() == 2
    qtbot.waitUntil(lambda: fresh_render(view, 2), timeout=WAIT)
    upright = view.canvas.page_rect(2)
    assert upright.width() / upright.height() == pytest.approx(PAGE_W / PAGE_H, rel=1e-3)

    # right: a quarter clockwise; the words' top-left corner goes to the top right
    assert pane.rotate_right_button.isVisible()
    assert pane.rotate_right_button.isEnabled()
    pane.rotate_right_button.click()
    assert view.rotation(2) == 90
    assert view.rotation(1) == view.rotation(3) == 0  # the page shown only
    assert view.canvas.shown_size(2) == (PAGE_H, PAGE_W)
    turned = view.canvas.page_rect(2)
    assert turned.width() == pytest.approx(PAGE_H * view.canvas.scale, abs=0.5)
    assert turned.height() == pytest.approx(PAGE_W * view.canvas.scale, abs=0.5)
    assert view.canvas.page_rect(1).width() == pytest.approx(PAGE_W * view.canvas.scale, abs=0.5)
    expected_90 = (PAGE_H - y1, x0, PAGE_H - y0, x1)
    assert_same_rect(view.canvas.box_rect(2, box), rect_of(view, 2, expected_90))
    assert view.canvas.evidence == [(2, box)]  # the evidence itself is unchanged (points of the file's page)
    assert view.box_visible(2, box)  # the evidence stays in view
    assert "for viewing only" in pane.status.text()

    # the picture on screen was turned at once; the words are inside the turned box, nothing in the empty area
    shown = view.canvas.images[2]
    assert shown.rotation == 90
    assert shown.image.width() > shown.image.height()
    assert dark_pixels(shown.image, expected_90, PAGE_H) > 20
    assert dark_pixels(shown.image, rotate_box(EMPTY, PAGE_W, PAGE_H, 90), PAGE_H) == 0
    # a render at another zoom comes turned from the render worker, the words in the same place
    view.set_zoom(1.5)
    qtbot.waitUntil(lambda: fresh_render(view, 2), timeout=WAIT)
    image = view.canvas.images[2].image
    assert image.width() > image.height()
    assert dark_pixels(image, expected_90, PAGE_H) > 20
    assert dark_pixels(image, rotate_box(EMPTY, PAGE_W, PAGE_H, 90), PAGE_H) == 0
    assert_same_rect(view.canvas.box_rect(2, box), rect_of(view, 2, expected_90))
    # the thumbnail is rendered again, turned
    qtbot.waitUntil(lambda: view.thumbnail_rendered(2), timeout=WAIT)
    icon = view.thumbs.item(1).icon().availableSizes()[0]
    assert icon.width() > icon.height()

    # left twice from a quarter right: a quarter anticlockwise (270 clockwise)
    pane.rotate_left_button.click()
    pane.rotate_left_button.click()
    assert view.rotation(2) == 270
    expected_270 = (y0, PAGE_W - x1, y1, PAGE_W - x0)
    assert_same_rect(view.canvas.box_rect(2, box), rect_of(view, 2, expected_270))
    qtbot.waitUntil(lambda: fresh_render(view, 2), timeout=WAIT)
    assert dark_pixels(view.canvas.images[2].image, expected_270, PAGE_H) > 20

    # upside down: the page keeps its size, the box goes to the opposite corner
    pane.rotate_left_button.click()
    assert view.rotation(2) == 180
    assert view.canvas.shown_size(2) == (PAGE_W, PAGE_H)
    expected_180 = (PAGE_W - x1, PAGE_H - y1, PAGE_W - x0, PAGE_H - y0)
    assert_same_rect(view.canvas.box_rect(2, box), rect_of(view, 2, expected_180))
    qtbot.waitUntil(lambda: fresh_render(view, 2), timeout=WAIT)
    assert dark_pixels(view.canvas.images[2].image, expected_180, PAGE_W) > 20

    # the keyboard: Ctrl+Right / Ctrl+Left in the viewer
    view.scroller.setFocus()
    qtbot.keyClick(view.scroller, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.rotation(2) == 270
    qtbot.keyClick(view.scroller, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.scroller, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.rotation(2) == 90
    qtbot.keyClick(view.scroller, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.rotation(2) == 0
    assert_same_rect(view.canvas.box_rect(2, box), rect_of(view, 2, box))
    assert "shown upright" in pane.status.text()

    # for viewing only: the file is as it was
    assert hashlib.sha256(bundle.files["POE/poe.pdf"].read_bytes()).hexdigest() == before


def test_a_turn_is_kept_per_document_while_the_claim_is_open(qtbot: Any, pane: DocumentPane, bundle: Bundle) -> None:
    view = pane.page_view
    view.go_to_page(2)
    pane.rotate_right()
    assert view.rotation(2) == 90
    # another document: its pages are upright (a turn belongs to one page of one document)
    assert pane.open_document("POE/mail.eml!/signed.pdf")
    assert view.rotation(1) == view.rotation(2) == 0
    view.go_to_page(1)
    pane.rotate_left()
    assert view.rotation(1) == 270
    # a document shown as text, then back: the turn is still there, and drawn so
    assert pane.open_document("POE/form.docx")
    assert pane.stack.currentWidget() is pane.browser
    pane.rotate_right()  # nothing to turn in a text view
    assert pane.open_document("POE/poe.pdf")
    assert view.rotation(2) == 90
    assert view.rotation(1) == view.rotation(3) == 0
    assert view.canvas.shown_size(2) == (PAGE_H, PAGE_W)
    qtbot.waitUntil(lambda: fresh_render(view, 1), timeout=WAIT)
    view.go_to_page(2)
    qtbot.waitUntil(lambda: fresh_render(view, 2), timeout=WAIT)
    assert view.canvas.images[2].image.width() > view.canvas.images[2].image.height()
    assert pane.open_document("POE/mail.eml!/signed.pdf")
    assert view.rotation(1) == 270
    # the text view of a turned document and back to its pages: still turned
    assert pane.open_document("POE/poe.pdf")
    pane.text_button.setChecked(True)
    pane.text_button.setChecked(False)
    assert view.rotation(2) == 90

    # the same claim shown again (read again after a reload): kept
    pane.set_claim("3079758", bundle.documents, bundle.files)
    assert pane.open_document("POE/poe.pdf")
    assert view.rotation(2) == 90
    # another claim (here with the same documents): every page upright
    pane.set_claim("3081102", bundle.documents, bundle.files)
    assert pane.current is not None
    assert pane.current.path == "POE/poe.pdf"
    assert view.rotation(2) == 0
    assert view.canvas.shown_size(2) == (PAGE_W, PAGE_H)
    assert pane.open_document("POE/mail.eml!/signed.pdf")
    assert view.rotation(1) == 0
    # no claim open: nothing is kept either
    pane.set_claim("3079758", bundle.documents, bundle.files)
    view.go_to_page(2)
    pane.rotate_right()
    pane.clear()
    pane.set_claim("3079758", bundle.documents, bundle.files)
    assert view.rotation(2) == 0


def test_fit_width_after_a_turn_fits_the_turned_width(qtbot: Any, pane: DocumentPane) -> None:
    view = pane.page_view
    available = view.scroller.viewport().width() - 2 * MARGIN
    assert view.fit_width
    assert view.zoom == pytest.approx(available / (PAGE_W * POINTS_TO_PIXELS), rel=1e-3)
    # fit width follows the turn at once: the turned page (now the widest) fits the view
    pane.rotate_right()
    assert view.fit_width
    assert view.zoom == pytest.approx(available / (PAGE_H * POINTS_TO_PIXELS), rel=1e-3)
    assert view.canvas.page_rect(1).width() == pytest.approx(available, abs=1)
    # a zoom chosen, then Fit: the turned width fits again
    pane.zoom_in()
    assert not view.fit_width
    pane.fit_button.click()
    assert view.fit_width
    assert pane.fit_button.isChecked()
    assert view.zoom == pytest.approx(available / (PAGE_H * POINTS_TO_PIXELS), rel=1e-3)
    assert view.canvas.page_rect(1).width() == pytest.approx(available, abs=1)
    assert view.canvas.page_rect(2).width() == pytest.approx(available * PAGE_W / PAGE_H, abs=1)
    # upright again: the page width fits again
    pane.rotate_left()
    assert view.zoom == pytest.approx(available / (PAGE_W * POINTS_TO_PIXELS), rel=1e-3)


# -- the zoom remembered -----------------------------------------------------------------------------------------
def ctrl_wheel(view: PageView, up: bool) -> None:
    viewport = view.scroller.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_the_zoom_chosen_opens_the_next_document_and_the_next_session(qtbot: Any, bundle: Bundle, config: Path) -> None:
    settings = opts.Settings()
    first = open_pane(qtbot, bundle, settings)
    try:
        view = first.page_view
        assert view.fit_width  # nothing chosen yet: fit width
        fitted = view.zoom
        first.zoom_in_button.click()
        ctrl_wheel(view, up=True)
        chosen = view.zoom
        assert chosen > fitted
        assert not view.fit_width
        assert settings.get(opts.VIEWER_ZOOM) == zoom_to_setting(chosen)
        # the next document opens at it
        assert first.open_document("POE/mail.eml!/signed.pdf")
        assert view.zoom == pytest.approx(chosen)
        assert not view.fit_width
        assert not first.fit_button.isChecked()
        assert first.zoom_label.text() == f"{round(chosen * 100)}%"
        # a text document in between changes nothing
        assert first.open_document("POE/form.docx")
        assert first.open_document("POE/poe.pdf")
        assert view.zoom == pytest.approx(chosen)
        settings.sync()  # what the window does when it closes
    finally:
        first.clear()
        first.renderer.shutdown()
        first.close()
    ini = opts.settings_file()
    assert ini is not None
    assert f"zoom={zoom_to_setting(chosen)}" in ini.read_text()

    # the next session: new settings, a new pane; the first document opens at the zoom chosen
    settings = opts.Settings()
    second = open_pane(qtbot, bundle, settings)
    try:
        view = second.page_view
        assert not view.fit_width
        assert view.zoom == pytest.approx(zoom_from_setting(zoom_to_setting(chosen)) or 0)
        assert view.canvas.scale == pytest.approx(view.zoom * POINTS_TO_PIXELS)
        # Fit: fit width again, remembered too
        second.fit_button.click()
        assert view.fit_width
        assert settings.get(opts.VIEWER_ZOOM) == "fit"
        available = view.scroller.viewport().width() - 2 * MARGIN
        assert view.zoom == pytest.approx(available / (PAGE_W * POINTS_TO_PIXELS), rel=1e-3)
        assert second.open_document("POE/mail.eml!/signed.pdf")
        assert view.fit_width
        settings.sync()
    finally:
        second.clear()
        second.renderer.shutdown()
        second.close()

    settings = opts.Settings()
    third = open_pane(qtbot, bundle, settings)
    try:
        assert third.page_view.fit_width
        assert third.fit_button.isChecked()
        # Ctrl+0 is Fit too: a zoom chosen by the keyboard, then Ctrl+0, leaves "fit" in the settings
        third.activateWindow()
        qtbot.waitUntil(third.isActiveWindow, timeout=WAIT)
        third.page_view.scroller.setFocus()
        qtbot.keyClick(third.page_view.scroller, Qt.Key.Key_Plus)
        assert settings.get(opts.VIEWER_ZOOM) != "fit"
        qtbot.keyClick(third.page_view.scroller, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert settings.get(opts.VIEWER_ZOOM) == "fit"
    finally:
        third.clear()
        third.renderer.shutdown()


def test_without_settings_the_zoom_is_kept_for_the_pane_only(qtbot: Any, pane: DocumentPane, config: Path) -> None:
    pane.page_view.set_zoom(2.0)
    assert pane.open_document("POE/mail.eml!/signed.pdf")
    assert pane.page_view.zoom == pytest.approx(2.0)
    assert opts.Settings().get(opts.VIEWER_ZOOM) == "fit"  # nothing written


def test_rotation_controls_are_named_and_hidden_without_pages(pane: DocumentPane) -> None:
    for button, name in ((pane.rotate_left_button, "Rotate left"), (pane.rotate_right_button, "Rotate right")):
        assert button.accessibleName() == name
        assert button.toolTip().startswith(name)
        assert "viewing only" in button.toolTip()
    assert pane.open_document("POE/form.docx")
    assert not pane.rotate_left_button.isVisible()
    assert not pane.rotate_right_button.isVisible()
    assert pane.open_document("POE/poe.pdf")
    assert pane.rotate_left_button.isVisible()
    assert pane.rotate_right_button.isEnabled()
