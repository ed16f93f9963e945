"""The page view of the document viewer: PDF and image pages, zoom, thumbnails, highlights.

Pages are laid out one below the other on a :class:`PageCanvas` inside a scroll area, sized
from the Document model's page sizes (PDF points) so the layout, navigation and highlights
work before a single pixel is rendered. Only the pages in (or next to) the viewport are
rendered, by :class:`~poe_reviewer.ui.viewer_render.RenderService`; a page without its image
yet shows a placeholder, a page that cannot be rendered says why. Thumbnails are rendered
only when their row scrolls into view.

Boxes (evidence, find hits, OCR words) are in PDF points with a top-left origin, the space of
the Document model's word boxes, and are drawn over the page image scaled by the zoom.

A page can be turned by quarter turns for viewing (a scan photographed sideways): the turn is the
view's alone, kept per page and document while the claim is open, never written anywhere. Boxes
stay in the unturned page's points and are turned with the page when drawn (:func:`rotate_box`).
The zoom the reviewer chooses (a percentage, or fit width) is remembered in the settings.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from poe_reviewer.documents.model import BBox, Document, Segment, Word
from poe_reviewer.ui.settings import VIEWER_ZOOM, Settings
from poe_reviewer.ui.viewer_render import RenderResult, RenderService, RenderTarget
from poe_reviewer.ui.viewer_renderproc import filetype_for
from poe_reviewer.ui.viewer_sources import DocumentSources
from poe_reviewer.ui.viewer_text import quote_pattern, quote_variants
from poe_reviewer.ui.viewer_tree import plain_tip

#: Logical pixels per PDF point at 100 % (a point is 1/72 inch, a screen pixel 1/96 inch).
POINTS_TO_PIXELS = 96 / 72
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
PAGE_GAP = 14
MARGIN = 12
THUMB_WIDTH = 96
#: Below this width of the page view, thumbnails are hidden unless the reviewer asked for them.
THUMBS_MIN_VIEW_WIDTH = 720
#: Size used for a page the extractor could not measure (US Letter).
_DEFAULT_PAGE = (612.0, 792.0)
#: Pages rendered beyond the visible ones, and pages whose images are kept.
_LOOKAHEAD = 1
_KEEP = 2
#: Rendered thumbnails kept; beyond, the oldest go back to blank pictures.
_MAX_THUMBNAILS = 200

_EVIDENCE_FILL = QColor(255, 222, 0, 95)
_EVIDENCE_LINE = QColor(230, 130, 0)
_FIND_FILL = QColor(60, 140, 255, 60)
_FIND_LINE = QColor(40, 110, 230)
_CURRENT_FILL = QColor(255, 140, 0, 90)
_CURRENT_LINE = QColor(220, 90, 0)
_OCR_LINE = QColor(0, 150, 120, 170)


def rotate_box(box: BBox, width: float, height: float, angle: int) -> BBox:
    """``box`` (points, top-left origin, on a page ``width`` x ``height``) on the page turned ``angle`` degrees
    clockwise: where the same words are once the page is shown turned."""
    x0, y0, x1, y1 = box
    angle %= 360
    if angle == 90:
        return (height - y1, x0, height - y0, x1)
    if angle == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    if angle == 270:
        return (y0, width - x1, y1, width - x0)
    return box


def zoom_from_setting(value: str) -> float | None:
    """The zoom a ``viewer/zoom`` setting asks for (1.0 = 100 %); None for fit width, or for anything unreadable."""
    text = value.strip().rstrip("%").strip()
    if not text or text.lower() == "fit":
        return None
    try:
        percent = float(text)
    except ValueError:
        return None
    if not math.isfinite(percent) or percent <= 0:
        return None
    return max(MIN_ZOOM, min(MAX_ZOOM, percent / 100))


def zoom_to_setting(zoom: float | None) -> str:
    """What the ``viewer/zoom`` setting keeps: "fit", or the percentage ("125")."""
    return "fit" if zoom is None else f"{round(zoom * 100, 1):g}"


@dataclass(frozen=True)
class PageMatch:
    """A find hit or located quote on a page: the boxes of its lines (empty without word geometry)."""

    page: int
    boxes: tuple[BBox, ...]


def line_boxes(segment: Segment, start: int, end: int) -> list[BBox]:
    """One box per line of ``segment.text[start:end]`` (a union over lines would cover half the page)."""
    boxes: list[BBox] = []
    pos = start
    while pos < end:
        newline = segment.text.find("\n", pos, end)
        stop = end if newline < 0 else newline
        if stop > pos:
            box = segment.bbox_of(pos, stop)
            if box is not None:
                boxes.append(box)
        pos = stop + 1
    return boxes


def search_pages(doc: Document, pattern: re.Pattern[str], pages: Iterable[int] | None = None) -> list[PageMatch]:
    """Every match of ``pattern`` in the page segments of ``doc``, in page order."""
    wanted = set(pages) if pages is not None else None
    found: list[PageMatch] = []
    seen: set[tuple[int, tuple[BBox, ...]]] = set()
    segments = sorted((s for s in doc.segments if s.page is not None), key=lambda s: s.page or 0)
    for seg in segments:
        assert seg.page is not None
        if wanted is not None and seg.page not in wanted:
            continue
        for m in pattern.finditer(seg.text):
            if m.end() == m.start():
                continue
            boxes = tuple(line_boxes(seg, m.start(), m.end()))
            key = (seg.page, boxes)
            if boxes and key in seen:
                continue  # the same words in a second segment of the page (form text, OCR)
            seen.add(key)
            found.append(PageMatch(seg.page, boxes))
    return found


def locate_quote(doc: Document, quote: str, page: int | None) -> PageMatch | None:
    """Where a quote is on the page (or anywhere, when not on that page), trying looser forms of it."""
    for variant in quote_variants(quote):
        pattern = quote_pattern(variant)
        if pattern is None:
            continue
        scopes: list[Iterable[int] | None] = [[page], None] if page is not None else [None]
        for scope in scopes:
            matches = search_pages(doc, pattern, scope)
            if matches:
                return matches[0]
    return None


@dataclass
class _PageImage:
    image: QImage  # already turned by ``rotation``
    width_px: int  # the width asked of the renderer: of the page unturned
    rotation: int = 0


class PageCanvas(QWidget):
    """All pages of a document, laid out top to bottom at the current zoom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Document pages")
        self.setToolTip("")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.sizes: list[tuple[float, float]] = []  # the pages as the file has them, unturned
        #: page -> degrees clockwise the page is shown turned; replaced, never mutated (the render worker reads it)
        self.rotations: dict[int, int] = {}
        self.scale = POINTS_TO_PIXELS  # logical pixels per point
        self.images: dict[int, _PageImage] = {}
        self.errors: dict[int, str] = {}
        self.evidence: list[tuple[int, BBox]] = []
        self.find_hits: list[PageMatch] = []
        self.current_hit = -1
        self.ocr_words: dict[int, list[Word]] = {}
        self.show_ocr = False
        self._tops: list[float] = []
        self._width = 0.0

    # -- geometry --------------------------------------------------------------------------------
    def set_pages(self, sizes: list[tuple[float, float]]) -> None:
        self.sizes = [(w, h) if w > 1 and h > 1 else _DEFAULT_PAGE for w, h in sizes]
        self.images.clear()
        self.errors.clear()
        self.relayout()

    def shown_size(self, page: int) -> tuple[float, float]:
        """Width and height in points of page ``page`` (1-based) as shown: turned a quarter, they swap."""
        w, h = self.sizes[page - 1]
        return (h, w) if self.rotations.get(page, 0) in (90, 270) else (w, h)

    def shown_sizes(self) -> list[tuple[float, float]]:
        return [self.shown_size(page) for page in range(1, len(self.sizes) + 1)]

    def relayout(self) -> None:
        tops: list[float] = []
        y = float(MARGIN)
        widest = 0.0
        for w, h in self.shown_sizes():
            tops.append(y)
            y += h * self.scale + PAGE_GAP
            widest = max(widest, w * self.scale)
        self._tops = tops
        self._width = widest
        total_h = int(y - PAGE_GAP + MARGIN) if self.sizes else 0
        self.resize(int(widest + 2 * MARGIN), max(total_h, 1))
        self.update()

    def page_rect(self, page: int) -> QRectF:
        """Where page ``page`` (1-based) is drawn, in canvas coordinates."""
        w, h = self.shown_size(page)
        x = (self.width() - w * self.scale) / 2
        return QRectF(x, self._tops[page - 1], w * self.scale, h * self.scale)

    def box_rect(self, page: int, box: BBox) -> QRectF:
        """Where ``box`` (points on the unturned page) is drawn, in canvas coordinates: turned with the page."""
        origin = self.page_rect(page).topLeft()
        w, h = self.sizes[page - 1]
        x0, y0, x1, y1 = rotate_box(box, w, h, self.rotations.get(page, 0))
        s = self.scale
        return QRectF(origin.x() + x0 * s, origin.y() + y0 * s, max((x1 - x0) * s, 1.0), max((y1 - y0) * s, 1.0))

    def pages_in(self, top: float, bottom: float) -> list[int]:
        """Pages (1-based) intersecting the vertical band [top, bottom] of the canvas."""
        out = []
        for i, (t, (_w, h)) in enumerate(zip(self._tops, self.shown_sizes(), strict=True)):
            if t + h * self.scale >= top and t <= bottom:
                out.append(i + 1)
            elif t > bottom:
                break
        return out

    def visible_area(self, page: int, top: float, bottom: float) -> float:
        rect = self.page_rect(page)
        return max(0.0, min(rect.bottom(), bottom) - max(rect.top(), top))

    # -- painting ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Dark))
        area = QRectF(event.rect())
        for page in self.pages_in(area.top(), area.bottom()):
            self._paint_page(painter, page)
        painter.end()

    def _paint_page(self, painter: QPainter, page: int) -> None:
        rect = self.page_rect(page)
        painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))  # a hint of shadow
        painter.fillRect(rect, QColor("white"))
        shown = self.images.get(page)
        if shown is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(rect, shown.image)
        else:
            painter.setPen(QColor(110, 110, 110))
            font = QFont(painter.font())
            font.setPointSizeF(max(8.0, min(12.0, 11 * self.scale / POINTS_TO_PIXELS)))
            painter.setFont(font)
            message = self.errors.get(page)
            text = f"Page {page}: {message}" if message else f"Rendering page {page}…"
            painter.drawText(
                rect.adjusted(20, 20, -20, -20), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text
            )
        painter.setPen(QPen(QColor(150, 150, 150), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the last page's highlight brush must not fill this one
        painter.drawRect(rect)
        if self.show_ocr:
            painter.setPen(QPen(_OCR_LINE, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for word in self.ocr_words.get(page, ()):
                painter.drawRect(self.box_rect(page, word.bbox))
        for i, match in enumerate(self.find_hits):
            if match.page != page:
                continue
            current = i == self.current_hit
            fill, line = (_CURRENT_FILL, _CURRENT_LINE) if current else (_FIND_FILL, _FIND_LINE)
            for box in match.boxes:
                self._mark(painter, self.box_rect(page, box), fill, line, 2 if current else 1)
        for epage, box in self.evidence:
            if epage == page:
                self._mark(painter, self.box_rect(page, box), _EVIDENCE_FILL, _EVIDENCE_LINE, 2)

    @staticmethod
    def _mark(painter: QPainter, rect: QRectF, fill: QColor, line: QColor, width: int) -> None:
        rect = rect.adjusted(-2, -2, 2, 2)
        painter.setPen(QPen(line, width))
        painter.setBrush(QBrush(fill))
        painter.drawRect(rect)


class _Scroller(QScrollArea):
    """The scroll area of the pages: Ctrl+wheel zooms; the viewport's size changes are reported."""

    zoomStep = Signal(int)
    resized = Signal()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomStep.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # PageUp/PageDown belong to the viewer's page navigation, not to scrolling a screenful
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            event.ignore()
            return
        super().keyPressEvent(event)


class PageView(QWidget):
    """Pages of one document with thumbnails; renders lazily and keeps highlights in page space."""

    #: (current page, page count) after any move.
    pageChanged = Signal(int, int)
    #: The zoom (1.0 = 100 %) after any change.
    zoomChanged = Signal(float)
    #: The document's bytes cannot be had: the viewer shows its text instead (the reason).
    sourceMissing = Signal(str)
    #: Whether the thumbnails are shown, after any change (the toolbar's button follows it).
    thumbnailsShown = Signal(bool)

    def __init__(
        self, renderer: RenderService, parent: QWidget | None = None, *, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.renderer = renderer
        renderer.rendered.connect(self._on_rendered)
        self.document: Document | None = None
        self.sources: DocumentSources | None = None
        self.token = 0
        #: Where the zoom chosen is remembered (None: for this view's life only).
        self.settings = settings
        chosen = zoom_from_setting(settings.get(VIEWER_ZOOM)) if settings is not None else None
        self.zoom = chosen or 1.0
        #: Fit width, else ``zoom`` as the reviewer chose it: every document opens so.
        self.fit_width = chosen is None
        #: The pages turned for viewing, by document (path and content): page -> degrees clockwise.
        #: Kept while the claim is open; the document pane replaces it for another claim.
        self.rotations: dict[str, dict[int, int]] = {}
        self.current = 0
        self._requested: set[tuple[int, int, bool]] = set()
        #: page -> width in device pixels of the pages in or near view (read by the render worker)
        self._wanted_pages: dict[int, int] = {}
        self._wanted_thumbs: frozenset[int] = frozenset()
        self._target: tuple[int, BBox | None] | None = None
        self._programmatic = False
        self._source_missing = False
        self._blank_icons: dict[tuple[int, int], QIcon] = {}
        #: The reviewer's choice for the thumbnails; None: shown when the view is wide enough.
        self._thumbs_choice: bool | None = None
        self._thumbs_shown: deque[int] = deque()

        self.canvas = PageCanvas()
        self.scroller = _Scroller()
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(False)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroller.setAccessibleName("Page view")
        # content, not a control: a tooltip would pop up over the page whenever the mouse rests
        self.scroller.setAccessibleDescription(
            "The document's pages. Ctrl+wheel zooms; PageUp/PageDown go to the previous/next page."
        )
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroller.zoomStep.connect(self.step_zoom)
        self.scroller.resized.connect(self._viewport_resized)
        self.scroller.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.scroller.horizontalScrollBar().valueChanged.connect(self._scrolled)

        self.thumbs = QListWidget()
        self.thumbs.setAccessibleName("Page thumbnails")
        self.thumbs.setToolTip("Pages of the document; click one to go to it.")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.4)))
        self.thumbs.setSpacing(4)
        self.thumbs.setUniformItemSizes(False)
        self.thumbs.setFixedWidth(THUMB_WIDTH + 40)
        self.thumbs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.thumbs.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.thumbs.currentRowChanged.connect(self._thumb_chosen)
        self.thumbs.verticalScrollBar().valueChanged.connect(self._schedule)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.thumbs)
        layout.addWidget(self.scroller, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._request_visible)

    # -- documents -------------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.canvas.sizes)

    def show_document(self, doc: Document, sources: DocumentSources, token: int) -> None:
        self.document = doc
        self.sources = sources
        self.token = token
        self._requested.clear()
        self._source_missing = False
        self.renderer.cancel_pending()
        count = max(doc.page_count, len(doc.page_sizes))
        sizes = list(doc.page_sizes[:count]) + [_DEFAULT_PAGE] * (count - len(doc.page_sizes))
        self.canvas.evidence = []
        self.canvas.find_hits = []
        self.canvas.current_hit = -1
        self.canvas.ocr_words = {}
        for seg in doc.segments:
            if seg.label == "ocr" and seg.page is not None and seg.words:
                self.canvas.ocr_words.setdefault(seg.page, []).extend(seg.words)
        self.canvas.rotations = self.rotations.get(_rotation_key(doc), {})
        self.canvas.set_pages(sizes)
        self._fill_thumbnails()
        self._update_thumbnails()
        self.current = 1 if count else 0
        self._target = (1, None) if count else None
        self._apply_zoom()  # at the zoom the reviewer chose last (fit width unless they chose a percentage)

    def clear(self) -> None:
        self.document = None
        self.sources = None
        self.token = -1  # no opening of a document: every result still in flight is dropped
        self._requested.clear()
        self._wanted_pages = {}
        self._wanted_thumbs = frozenset()
        self.renderer.cancel_pending()
        self.canvas.evidence = []
        self.canvas.find_hits = []
        self.canvas.rotations = {}
        self.canvas.set_pages([])
        self.thumbs.clear()
        self.current = 0

    def has_ocr(self) -> bool:
        return bool(self.canvas.ocr_words)

    def set_show_ocr(self, on: bool) -> None:
        self.canvas.show_ocr = on
        self.canvas.update()

    def set_thumbnails_enabled(self, on: bool) -> None:
        """The reviewer shows or hides the thumbnails (until then they follow the view's width)."""
        self._thumbs_choice = on
        self._update_thumbnails()

    def _update_thumbnails(self) -> None:
        if self.page_count <= 1:
            shown = False
        elif self._thumbs_choice is not None:
            shown = self._thumbs_choice
        else:
            # narrow (the workbench gives the viewer part of its window): the page needs the room
            shown = self.width() >= THUMBS_MIN_VIEW_WIDTH
        if shown != self.thumbs.isVisibleTo(self):
            self.thumbs.setVisible(shown)
        self.thumbnailsShown.emit(shown)
        self._schedule()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= THUMBS_MIN_VIEW_WIDTH
        if self._thumbs_choice is None and self.page_count > 1 and wide != self.thumbs.isVisibleTo(self):
            self._update_thumbnails()

    # -- zoom ------------------------------------------------------------------------------------------
    def _fit_zoom(self) -> float:
        if not self.canvas.sizes:
            return 1.0
        widest = max(w for w, _h in self.canvas.shown_sizes())  # a page turned a quarter: its height
        available = self.scroller.viewport().width() - 2 * MARGIN
        if available <= 50:
            return self.zoom
        return max(MIN_ZOOM, min(MAX_ZOOM, available / (widest * POINTS_TO_PIXELS)))

    def set_zoom(self, zoom: float) -> None:
        """The reviewer chose a zoom: shown now, and every document opens at it (remembered)."""
        self.fit_width = False
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._remember_zoom()
        self._apply_zoom()

    def step_zoom(self, steps: int) -> None:
        if steps > 0:
            bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-3]
            self.set_zoom(bigger[0] if bigger else MAX_ZOOM)
        elif steps < 0:
            smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-3]
            self.set_zoom(smaller[-1] if smaller else MIN_ZOOM)

    def set_fit_width(self) -> None:
        """The reviewer chose fit width: shown now, and every document opens so (remembered)."""
        self.fit_width = True
        self._remember_zoom()
        self._apply_zoom()

    def _remember_zoom(self) -> None:
        if self.settings is not None:
            self.settings.set(VIEWER_ZOOM, zoom_to_setting(None if self.fit_width else self.zoom))

    # -- turning pages for viewing -------------------------------------------------------------------
    def rotation(self, page: int | None = None) -> int:
        """Degrees clockwise page ``page`` (default: the current page) is shown turned."""
        return self.canvas.rotations.get(self.current if page is None else page, 0)

    def rotate_page(self, quarters: int, page: int | None = None) -> int:
        """Turn page ``page`` (default: the current page) by quarter turns, clockwise when positive, for viewing
        only; the new angle (0 when there is no page)."""
        page = self.current if page is None else page
        if self.document is None or not 1 <= page <= self.page_count:
            return 0
        before = self.rotation(page)
        angle = (before + 90 * quarters) % 360
        if angle == before:
            return angle
        # replaced, never mutated: the render worker reads it
        rotations = {p: a for p, a in self.canvas.rotations.items() if p != page}
        if angle:
            rotations[page] = angle
        self.canvas.rotations = rotations
        self.rotations[_rotation_key(self.document)] = rotations
        shown = self.canvas.images.get(page)
        if shown is not None:
            # the picture on screen is turned at once (one page, once), so the page never shows blank;
            # the pages rendered from now on come turned from the render worker
            turned = shown.image.transformed(QTransform().rotate((angle - shown.rotation) % 360))
            self.canvas.images[page] = _PageImage(turned, shown.width_px, angle)
        item = self.thumbs.item(page - 1)
        if item is not None:  # its picture is rendered again, turned, when it is in view
            item.setIcon(self._blank_icon(page))
            item.setData(Qt.ItemDataRole.UserRole, False)
            if page in self._thumbs_shown:
                self._thumbs_shown.remove(page)
        # the page keeps its place: the evidence on it stays in view, else its top
        evidence = _union(b for p, b in self.canvas.evidence if p == page)
        self._target = (page, evidence)
        self._apply_zoom()  # fit width follows the page's new width
        return angle

    def _apply_zoom(self) -> None:
        anchor = self._target if self._target is not None else self._anchor()
        if self.fit_width:
            self.zoom = self._fit_zoom()
        self.canvas.scale = self.zoom * POINTS_TO_PIXELS
        self.canvas.relayout()
        self._restore(anchor)
        self.zoomChanged.emit(self.zoom)
        self._schedule()

    def _viewport_resized(self) -> None:
        if self.fit_width and self.canvas.sizes:
            self._apply_zoom()
        else:
            self._schedule()

    # -- position -------------------------------------------------------------------------------------
    def _band(self) -> tuple[float, float]:
        rect = self.visible_canvas_rect()
        return rect.top(), rect.bottom()

    def visible_canvas_rect(self) -> QRectF:
        """The part of the canvas the viewport shows, in canvas coordinates."""
        viewport = self.scroller.viewport()
        origin = self.canvas.mapFrom(viewport, QPoint(0, 0))
        return QRectF(float(origin.x()), float(origin.y()), float(viewport.width()), float(viewport.height()))

    def _anchor(self) -> tuple[int, BBox | None] | None:
        """The page at the top of the view and how far into it, to keep the place across a zoom."""
        if not self.canvas.sizes or self.current < 1:
            return None
        top, _bottom = self._band()
        rect = self.canvas.page_rect(self.current)
        fraction = (top - rect.top()) / rect.height() if rect.height() else 0.0
        _w, h = self.canvas.shown_size(self.current)
        y = max(0.0, min(h, fraction * h))  # in points down the page as shown (turned or not)
        return (self.current, (0.0, y, 0.0, y)) if y > 0 else (self.current, None)

    def _restore(self, anchor: tuple[int, BBox | None] | None) -> None:
        if anchor is None:
            return
        page, box = anchor
        self._programmatic = True
        try:
            bar = self.scroller.verticalScrollBar()
            if box is None:
                bar.setValue(int(self.canvas.page_rect(page).top() - MARGIN // 2))
            elif box[0] == box[2]:  # a position (from _anchor) down the page as shown, not a box to show
                bar.setValue(int(self.canvas.page_rect(page).top() + box[1] * self.canvas.scale))
            else:
                self._show_box(page, box)
        finally:
            self._programmatic = False
        self._set_current(page)

    def _show_box(self, page: int, box: BBox) -> None:
        rect = self.canvas.box_rect(page, box).adjusted(-8, -8, 8, 8)
        viewport = self.scroller.viewport()
        vbar, hbar = self.scroller.verticalScrollBar(), self.scroller.horizontalScrollBar()
        if rect.height() < viewport.height():
            vbar.setValue(int(rect.center().y() - viewport.height() / 2))
        else:
            vbar.setValue(int(rect.top()))
        if rect.left() < hbar.value() or rect.right() > hbar.value() + viewport.width():
            if rect.width() < viewport.width():
                hbar.setValue(int(rect.center().x() - viewport.width() / 2))
            else:
                hbar.setValue(int(rect.left()))

    def go_to_page(self, page: int, box: BBox | None = None) -> None:
        """Show page ``page`` (1-based) from its top, or centred on ``box``."""
        if not self.canvas.sizes:
            return
        page = max(1, min(self.page_count, page))
        self._target = (page, box)
        self._restore(self._target)
        self._schedule()

    def next_page(self) -> None:
        self.go_to_page(self.current + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current - 1)

    def _scrolled(self) -> None:
        if not self._programmatic:
            self._target = None  # the reviewer moved: a zoom keeps their place, not the last jump
            top, bottom = self._band()
            pages = self.canvas.pages_in(top, bottom)
            if pages:
                best = max(pages, key=lambda p: self.canvas.visible_area(p, top, bottom))
                self._set_current(best)
        self._schedule()

    def _set_current(self, page: int) -> None:
        if page != self.current:
            self.current = page
        if 0 < page <= self.thumbs.count() and self.thumbs.currentRow() != page - 1:
            self.thumbs.blockSignals(True)
            self.thumbs.setCurrentRow(page - 1)
            self.thumbs.blockSignals(False)
            item = self.thumbs.item(page - 1)
            if item is not None:
                self.thumbs.scrollToItem(item)
        self.pageChanged.emit(self.current, self.page_count)

    def _thumb_chosen(self, row: int) -> None:
        if row >= 0:
            self.go_to_page(row + 1)

    # -- highlights ------------------------------------------------------------------------------------
    def set_evidence(self, page: int, boxes: Iterable[BBox]) -> None:
        self.canvas.evidence = [(page, b) for b in boxes]
        self.canvas.update()

    def clear_evidence(self) -> None:
        self.canvas.evidence = []
        self.canvas.update()

    def highlight(self, page: int | None, bbox: BBox | None, quote: str) -> str:
        """Show evidence: the box, else the quote located in the text; a note when it is not found."""
        if not self.canvas.sizes or self.document is None:
            return ""
        note = ""
        if bbox is not None and page is not None:
            self.set_evidence(page, [bbox])
            self.go_to_page(page, bbox)
            return ""
        match = locate_quote(self.document, quote, page) if quote.strip() else None
        if match is not None:
            self.set_evidence(match.page, match.boxes)
            union = _union(match.boxes)
            self.go_to_page(match.page, union)
            if page is not None and match.page != page:
                note = f"The quote was found on page {match.page}, not on page {page}."
            elif not match.boxes:
                note = "The quote is on this page, but the page has no word positions to mark it."
            return note
        self.clear_evidence()
        self.go_to_page(page or 1)
        if quote.strip():
            note = "The quoted text was not found in this document's text; showing the page."
        return note

    def find_text(self, text: str) -> int:
        if self.document is None:
            return 0
        pattern = quote_pattern(text)
        self.canvas.find_hits = search_pages(self.document, pattern) if pattern is not None else []
        self.canvas.current_hit = 0 if self.canvas.find_hits else -1
        self.canvas.update()
        if self.canvas.find_hits:
            self._go_to_hit(0)
        return len(self.canvas.find_hits)

    def step_hit(self, forward: bool = True) -> int:
        hits = self.canvas.find_hits
        if not hits:
            return -1
        self.canvas.current_hit = (self.canvas.current_hit + (1 if forward else -1)) % len(hits)
        self.canvas.update()
        self._go_to_hit(self.canvas.current_hit)
        return self.canvas.current_hit

    def clear_find(self) -> None:
        self.canvas.find_hits = []
        self.canvas.current_hit = -1
        self.canvas.update()

    def _go_to_hit(self, index: int) -> None:
        match = self.canvas.find_hits[index]
        self.go_to_page(match.page, _union(match.boxes) if match.boxes else None)

    # -- rendering -------------------------------------------------------------------------------------
    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _device_ratio(self) -> float:
        return max(1.0, float(self.devicePixelRatioF()))

    def _page_width_px(self, page: int) -> int:
        w, _h = self.canvas.sizes[page - 1]
        return max(1, round(w * self.canvas.scale * self._device_ratio()))

    def _request_visible(self) -> None:
        doc, sources = self.document, self.sources
        if doc is None or sources is None or not self.canvas.sizes or self._source_missing:
            return
        top, bottom = self._band()
        visible = self.canvas.pages_in(top, bottom) or [max(1, self.current)]
        first, last = max(1, visible[0] - _LOOKAHEAD), min(self.page_count, visible[-1] + _LOOKAHEAD)
        wanted = range(first, last + 1)
        # replaced, never mutated: the render worker reads it
        self._wanted_pages = {page: self._page_width_px(page) for page in wanted}
        # images far from the view are dropped: memory stays bounded on long documents
        keep = range(first - _KEEP, last + _KEEP + 1)
        for page in [p for p in self.canvas.images if p not in keep]:
            del self.canvas.images[page]
        order = sorted(wanted, key=lambda p: (p not in visible, abs(p - self.current)))
        for page in order:
            width = self._page_width_px(page)
            shown = self.canvas.images.get(page)
            if shown is not None and shown.width_px == width and shown.rotation == self.rotation(page):
                continue
            if page in self.canvas.errors:
                continue
            self._request(doc, sources, page, width, thumbnail=False)
        if self.thumbs.isVisibleTo(self):
            self._request_thumbnails(doc, sources)

    def _request(self, doc: Document, sources: DocumentSources, page: int, width: int, *, thumbnail: bool) -> None:
        key = (page, width, thumbnail)
        if key in self._requested:
            return
        self._requested.add(key)
        target = RenderTarget(
            token=self.token,
            path=doc.path,
            key=doc.sha256 or doc.path,
            filetype=filetype_for(doc.path, doc.kind),
            page=page,
            width_px=width,
            thumbnail=thumbnail,
            rotation=self.canvas.rotations.get(page, 0),
        )
        self.renderer.request(target, sources, self._wanted)

    def _wanted(self, target: RenderTarget) -> bool:
        """Called from the render worker: is this render still of use?"""
        if target.token != self.token or target.rotation != self.canvas.rotations.get(target.page, 0):
            return False
        if target.thumbnail:
            return target.page in self._wanted_thumbs
        return self._wanted_pages.get(target.page) == target.width_px  # not an older zoom

    def _request_thumbnails(self, doc: Document, sources: DocumentSources) -> None:
        viewport = self.thumbs.viewport().rect()
        rows = [
            row
            for row in range(self.thumbs.count())
            if self.thumbs.visualItemRect(self.thumbs.item(row)).intersects(viewport)
        ]
        self._wanted_thumbs = frozenset(r + 1 for r in rows)
        width = max(1, round(THUMB_WIDTH * self._device_ratio()))
        for row in rows:
            item = self.thumbs.item(row)
            if item.data(Qt.ItemDataRole.UserRole):
                continue  # already has its picture
            self._request(doc, sources, row + 1, width, thumbnail=True)

    def _on_rendered(self, result: RenderResult) -> None:
        target = result.target
        if target.token != self.token or self.document is None:
            return  # another document is shown now
        self._requested.discard((target.page, target.width_px, target.thumbnail))
        if result.skipped:
            # no longer wanted when its turn came; if the page is back in view by now, ask again
            self._schedule()
            return
        if result.no_source:
            if not self._source_missing:
                self._source_missing = True
                self.sourceMissing.emit(result.error or "the file is not available")
            return
        if target.rotation != self.rotation(target.page):
            self._schedule()  # the page was turned while it rendered: asked again, turned
            return
        if target.thumbnail:
            self._set_thumbnail(target.page, result)
            return
        if result.error is not None:
            self.canvas.errors[target.page] = result.error
            self.canvas.update()
            return
        if self._wanted_pages.get(target.page) != target.width_px:
            return  # the page scrolled away or the zoom changed while it rendered: stale
        assert result.image is not None
        self.canvas.images[target.page] = _PageImage(result.image, target.width_px, target.rotation)
        self.canvas.update(self.canvas.page_rect(target.page).toAlignedRect().adjusted(-4, -4, 4, 4))

    # -- thumbnails ------------------------------------------------------------------------------------
    def _blank_icon(self, page: int) -> QIcon:
        w, h = self.canvas.shown_size(page)
        key = (round(w), round(h))
        icon = self._blank_icons.get(key)
        if icon is None:  # one per page size: a long document's pages mostly share one
            icon = self._blank_icons[key] = QIcon(_blank_thumbnail(w, h))
        return icon

    def _fill_thumbnails(self) -> None:
        self.thumbs.blockSignals(True)
        self.thumbs.clear()
        self._thumbs_shown.clear()
        for i in range(1, len(self.canvas.sizes) + 1):
            item = QListWidgetItem(str(i))
            item.setToolTip(f"Page {i}")
            item.setIcon(self._blank_icon(i))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbs.addItem(item)
        self.thumbs.blockSignals(False)

    def _set_thumbnail(self, page: int, result: RenderResult) -> None:
        item = self.thumbs.item(page - 1)
        if item is None:
            return
        if result.image is None:
            item.setToolTip(plain_tip(f"Page {page}: {result.error}"))
            item.setData(Qt.ItemDataRole.UserRole, True)
            return
        pixmap = QPixmap.fromImage(result.image)
        pixmap.setDevicePixelRatio(self._device_ratio())
        item.setIcon(QIcon(pixmap))
        item.setData(Qt.ItemDataRole.UserRole, True)
        self._thumbs_shown.append(page)
        while len(self._thumbs_shown) > _MAX_THUMBNAILS:
            # a long document scrolled end to end: the oldest pictures go back to blanks
            old = self._thumbs_shown.popleft()
            old_item = self.thumbs.item(old - 1)
            if old_item is not None and old not in self._wanted_thumbs:
                old_item.setIcon(self._blank_icon(old))
                old_item.setData(Qt.ItemDataRole.UserRole, False)

    def thumbnail_rendered(self, page: int) -> bool:
        item = self.thumbs.item(page - 1)
        return bool(item is not None and item.data(Qt.ItemDataRole.UserRole))

    def box_visible(self, page: int, box: BBox) -> bool:
        """Whether the box is inside the viewport (for tests and the status line)."""
        return self.visible_canvas_rect().intersects(self.canvas.box_rect(page, box))


def _rotation_key(doc: Document) -> str:
    """Which document a page's turn belongs to: its path in the claim and its content (replaced: not turned)."""
    return f"{doc.path}\n{doc.sha256}"


def _union(boxes: Iterable[BBox]) -> BBox | None:
    boxes = list(boxes)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _blank_thumbnail(w: float, h: float) -> QPixmap:
    height = int(THUMB_WIDTH * h / w) if w > 0 else int(THUMB_WIDTH * 1.3)
    pixmap = QPixmap(THUMB_WIDTH, max(8, min(height, THUMB_WIDTH * 3)))
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(QColor(180, 180, 180))
    painter.drawRect(QRect(0, 0, pixmap.width() - 1, pixmap.height() - 1))
    painter.end()
    return pixmap
