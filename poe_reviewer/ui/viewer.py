"""The document pane of the workbench: the claim's documents as a tree, and a viewer for each.

:class:`DocumentPane` is what the main window embeds. ``set_claim`` gives it the documents
of a claim (``ReviewQueue.load_documents``) and where their files are on disk; the reviewer
picks a document in the tree (its role, kind, pages and any extraction error are listed)
and reads it in the viewer:

* PDF and image pages rendered off the GUI thread (:mod:`poe_reviewer.ui.viewer_pages`), with
  zoom (the reviewer's choice remembered in the settings), fit width, pages turned for viewing,
  thumbnails, page navigation, find, evidence boxes and OCR word boxes;
  attachments without a file of their own are read again from their parent
  (:mod:`poe_reviewer.ui.viewer_sources`); when that fails the page text is shown instead;
* e-mails as a header block and their body, as text or as HTML with every remote resource
  blocked, their attachments listed to open (:mod:`poe_reviewer.ui.viewer_text`);
* Word documents with their tables, survey exports as questions and answers, other files
  as text;
* a document that could not be read says why, in place.

``open_evidence`` is how the checks panel shows a verdict's evidence: the document opens at
the page with the box highlighted, or at the quote when the evidence has no box.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer.application.returning import DocumentChange
from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import BBox, Document
from poe_reviewer.findings.conversation import Conversation, build_conversations, conversation_of
from poe_reviewer.policy import Policy
from poe_reviewer.ui.settings import Settings
from poe_reviewer.ui.thread_view import thread_html
from poe_reviewer.ui.viewer_pages import PageView
from poe_reviewer.ui.viewer_render import PicturesResult, RenderService
from poe_reviewer.ui.viewer_sources import DocumentSources
from poe_reviewer.ui.viewer_text import (
    DocumentBrowser,
    docx_html,
    email_body_parts,
    email_header_html,
    pages_text_html,
    plain_html,
    survey_html,
)
from poe_reviewer.ui.viewer_tree import (
    PATH_ROLE,
    DocumentTree,
    display_name,
    kind_text,
    pages_of,
    plain_tip,
    role_text,
)

_PAGES, _EMAIL, _TEXT, _EMPTY = "pages", "email", "text", "empty"


def _renders_pages(doc: Document) -> bool:
    """Whether the document is shown as rendered pages (else as text)."""
    if doc.kind == "pdf":
        return pages_of(doc) > 0
    if doc.kind == "image":
        return doc.error is None and pages_of(doc) > 0
    return False


class DocumentPane(QWidget):
    """Document tree + viewer (the interface the main window embeds)."""

    #: The bundle path of the document shown.
    documentOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        """``settings``: where the page zoom the reviewer chooses is remembered (None: not remembered)."""
        super().__init__(parent)
        self.settings = settings
        self.setAccessibleName("Documents")
        self.setToolTip("")
        self.documents: list[Document] = []
        self.by_path: dict[str, Document] = {}
        self.sources: DocumentSources | None = None
        self.current: Document | None = None
        self.mode = _EMPTY
        self.token = 0
        self._last_find = ""
        self._evidence: tuple[int | None, BBox | None, str] | None = None
        # the claim's e-mail threads need its parties (whose side wrote what); read once per claim
        self._claim: Claim | None = None
        self._claim_id = ""
        self._policy: Policy | None = None
        self._conversations: list[Conversation] | None = None

        self.renderer = RenderService(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.renderer.shutdown)

        self._build()
        self._shortcuts()
        self._show_placeholder("No claim is open.")

    # -- construction ------------------------------------------------------------------------------------
    def _tool(
        self, text: str, tip: str, icon: QStyle.StandardPixmap | None = None, checkable: bool = False
    ) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text if len(text) > 2 else tip.split(" (")[0].rstrip("."))
        button.setAutoRaise(True)
        button.setCheckable(checkable)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return button

    def _build(self) -> None:
        # the tree
        self.tree = DocumentTree()
        self.tree.setMinimumWidth(120)  # with the toolbar below, the window fits a 1366-pixel screen
        self.tree.currentItemChanged.connect(self._tree_moved)

        # the toolbar
        sp = QStyle.StandardPixmap
        self.prev_button = self._tool("Previous page", "Previous page (PageUp)", sp.SP_ArrowUp)
        self.next_button = self._tool("Next page", "Next page (PageDown)", sp.SP_ArrowDown)
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName("Page number")
        self.page_box.setToolTip("The page shown; type a number and press Enter to go there.")
        self.page_box.setKeyboardTracking(False)
        self.page_box.setMinimum(1)
        self.page_total = QLabel("of 0")
        self.page_total.setAccessibleName("Number of pages")
        self.page_total.setToolTip("Number of pages of the document")
        self.zoom_out_button = self._tool("−", "Zoom out (-)")
        self.zoom_out_button.setAccessibleName("Zoom out")
        self.zoom_label = QLabel("100%")
        self.zoom_label.setAccessibleName("Zoom")
        self.zoom_label.setToolTip("Zoom (100% is the printed size)")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", "Zoom in (+)")
        self.zoom_in_button.setAccessibleName("Zoom in")
        self.fit_button = self._tool("Fit", "Fit the page width to the view (Ctrl+0)", checkable=True)
        self.fit_button.setAccessibleName("Fit width")
        self.rotate_left_button = self._tool(
            "Rotate left", "Rotate left: turn the page shown a quarter anticlockwise, for viewing only (Ctrl+Left)"
        )
        self.rotate_right_button = self._tool(
            "Rotate right", "Rotate right: turn the page shown a quarter clockwise, for viewing only (Ctrl+Right)"
        )
        ink = self.palette().color(QPalette.ColorRole.ButtonText)
        for button, clockwise in ((self.rotate_left_button, False), (self.rotate_right_button, True)):
            button.setIcon(_turn_icon(clockwise, ink))  # the style has no such icon; ↻ is tiny in most fonts
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.thumbs_button = self._tool(
            "Thumbnails", "Show or hide the page thumbnails", QStyle.StandardPixmap.SP_FileDialogContentsView, True
        )
        self.ocr_button = self._tool("OCR", "Draw the boxes of the words read by OCR over the scan", checkable=True)
        self.text_button = self._tool(
            "Text", "Show the document's text instead of its pages (also the text read by OCR)", checkable=True
        )
        self.html_button = self._tool(
            "Formatted",
            "Show the e-mail as formatted HTML (remote pictures and links are never loaded) or as plain text",
            checkable=True,
        )
        self.html_button.setChecked(True)
        self.thread_button = self._tool(
            "Thread",
            "Show the whole conversation of this e-mail, oldest first: each message once, the customer's own words "
            "highlighted",
            checkable=True,
        )
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText("Find in document (Ctrl+F)")
        self.find_box.setAccessibleName("Find in document")
        self.find_box.setToolTip("Find text in the document: Enter for the next match, Shift+Enter for the previous")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(90)
        self.find_box.setMaximumWidth(260)
        self.find_prev_button = self._tool("Previous match", "Previous match (Shift+F3)", sp.SP_ArrowLeft)
        self.find_next_button = self._tool("Next match", "Next match (F3)", sp.SP_ArrowRight)
        self.find_count = QLabel("")
        self.find_count.setAccessibleName("Matches found")
        self.find_count.setToolTip("How many times the text was found")
        self.find_count.setMinimumWidth(0)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(2)
        groups: list[tuple[QWidget, ...]] = [
            (self.prev_button, self.page_box, self.page_total, self.next_button),
            (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button),
            (self.rotate_left_button, self.rotate_right_button),
            (self.thumbs_button, self.ocr_button, self.text_button, self.html_button, self.thread_button),
        ]
        for group in groups:
            for w in group:
                bar.addWidget(w)
            bar.addSpacing(4)
        bar.addStretch(1)
        finders: tuple[QWidget, ...] = (self.find_box, self.find_prev_button, self.find_next_button, self.find_count)
        for w in finders:
            bar.addWidget(w)

        # what is wrong with the document, in place
        self.banner = QLabel()
        self.banner.setAccessibleName("Document problems")
        self.banner.setToolTip("")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # errors quote the partner's files
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setContentsMargins(8, 4, 8, 4)
        self.banner.setAutoFillBackground(True)
        self.banner.hide()

        # attachments of the document shown
        self.attachments = QListWidget()
        self.attachments.setAccessibleName("Attachments")
        self.attachments.setToolTip("The document's attachments; click one (or press Enter) to open it.")
        self.attachments.setFlow(QListView.Flow.LeftToRight)
        self.attachments.setWrapping(True)
        self.attachments.setResizeMode(QListView.ResizeMode.Adjust)
        self.attachments.setSpacing(2)
        self.attachments.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.attachments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments.itemActivated.connect(self._attachment_chosen)
        self.attachments.itemClicked.connect(self._attachment_chosen)
        self.attachments_label = QLabel("Attachments:")
        self.attachments_label.setAccessibleName("Attachments")
        self.attachments_label.setToolTip("Files attached to or embedded in this document")
        self.attachments_label.setBuddy(self.attachments)
        self.attachments_row = QWidget()
        row = QHBoxLayout(self.attachments_row)
        row.setContentsMargins(6, 2, 4, 2)
        row.addWidget(self.attachments_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.attachments, 1)
        self.attachments_row.hide()

        # the views
        self.placeholder = QLabel()
        self.placeholder.setAccessibleName("No document")
        self.placeholder.setToolTip("Select a document in the list to read it.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.page_view = PageView(self.renderer, settings=self.settings)
        self.page_view.setAccessibleName("Pages")
        self.page_view.setToolTip("")
        self.browser = DocumentBrowser()
        self.browser.setAccessibleName("Document text")
        # content, not a control: no tooltip over the text being read
        self.browser.setAccessibleDescription(
            "The document as text: e-mail headers and body, Word paragraphs and tables, survey answers"
        )
        self.stack = QStackedWidget()
        self.stack.setAccessibleName("Viewer")
        self.stack.setToolTip("")
        views: tuple[QWidget, ...] = (self.placeholder, self.page_view, self.browser)
        for view in views:
            self.stack.addWidget(view)

        self.status = QLabel()
        self.status.setAccessibleName("Viewer status")
        self.status.setToolTip("What the viewer shows, and notes about the last search or evidence")
        self.status.setContentsMargins(6, 1, 6, 1)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.attachments_row)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName("Documents and viewer")
        self.splitter.setToolTip("")
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        # a file name must stay readable on a laptop screen (the splitter may still fold the tree away)
        self.tree.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # wiring
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_box.valueChanged.connect(self._page_typed)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.rotate_left_button.clicked.connect(self.rotate_left)
        self.rotate_right_button.clicked.connect(self.rotate_right)
        self.thumbs_button.clicked.connect(self.page_view.set_thumbnails_enabled)
        self.page_view.thumbnailsShown.connect(self._thumbnails_shown)
        self.ocr_button.toggled.connect(self.page_view.set_show_ocr)
        self.text_button.toggled.connect(self._text_toggled)
        self.html_button.toggled.connect(self._html_toggled)
        self.thread_button.toggled.connect(self._html_toggled)
        self.find_box.returnPressed.connect(self._find_entered)
        self.find_box.textChanged.connect(self._find_edited)
        self.find_prev_button.clicked.connect(lambda: self._step_hit(False))
        self.find_next_button.clicked.connect(lambda: self._step_hit(True))
        self.page_view.pageChanged.connect(self._page_changed)
        self.page_view.zoomChanged.connect(self._zoom_changed)
        self.page_view.sourceMissing.connect(self._source_missing)
        self.renderer.pictures.connect(self._pictures_ready)
        self.browser.linkBlocked.connect(self._link_blocked)
        self.browser.openRequested.connect(self._open_path)
        self._update_controls()

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def bind(keys: list[QKeySequence | QKeySequence.StandardKey | str], slot: Callable[[], None]) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(ctx)
                shortcut.activated.connect(slot)

        bind([QKeySequence(Qt.Key.Key_PageUp)], self._page_up)
        bind([QKeySequence(Qt.Key.Key_PageDown)], self._page_down)
        bind([QKeySequence.StandardKey.Find], self.focus_find)
        bind(["+", "=", QKeySequence.StandardKey.ZoomIn], self.zoom_in)
        bind(["-", QKeySequence.StandardKey.ZoomOut], self.zoom_out)
        bind(["Ctrl+0"], self.fit_width)
        bind(["Ctrl+Left"], self.rotate_left)
        bind(["Ctrl+Right"], self.rotate_right)
        bind([QKeySequence.StandardKey.FindNext], lambda: self._step_hit(True))
        bind([QKeySequence.StandardKey.FindPrevious], lambda: self._step_hit(False))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_box)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._find_escaped)
        back = QShortcut(QKeySequence("Shift+Return"), self.find_box)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(lambda: self._step_hit(False))

    # -- the interface ------------------------------------------------------------------------------------
    def set_claim(
        self,
        claim_id: str,
        documents: list[Document],
        files: Mapping[str, Path],
        changes: Mapping[str, DocumentChange] | None = None,
        *,
        claim: Claim | None = None,
        policy: Policy | None = None,
    ) -> None:
        """Show the documents of a claim; the first POE document opens (on a returning claim, the first
        new or replaced one: ``changes`` says what changed since the last decision, by path). ``claim`` and
        ``policy`` tell the thread view the customer's side from the partner's (without them: unknown).
        Pages turned for viewing stay turned while the same claim is shown again (read again, reloaded)."""
        rotations = self.page_view.rotations if claim_id == self._claim_id else {}
        self.clear()
        self._claim_id = claim_id
        self.page_view.rotations = rotations
        self.documents = list(documents)
        self._claim, self._policy = claim, policy
        self.sources = DocumentSources(self.documents, files)
        self.by_path = dict(self.sources.documents)
        self.tree.setToolTip(plain_tip(f"Documents of claim {claim_id}; select one to read it."))
        self.tree.fill(self.documents, changes)
        if not self.documents:
            self._show_placeholder(f"Claim {claim_id} has no documents.")
            return
        fresh = [
            d for d in self.documents if changes and (c := changes.get(d.path)) and c.change in ("added", "replaced")
        ]
        first = next((d for d in fresh if d.error is None), None)
        first = first or next((d for d in self.documents if d.role == "poe" and d.error is None), None)
        first = first or next((d for d in self.documents if d.error is None), self.documents[0])
        self._open(first)

    def clear(self) -> None:
        """Show nothing (no claim open)."""
        self.token += 1
        self.documents = []
        self._claim_id = ""
        self.page_view.rotations = {}  # turns are for viewing one claim
        self._conversations = None
        self.by_path = {}
        self.sources = None
        self.current = None
        self._evidence = None
        self.tree.fill([])
        self.page_view.clear()
        self.browser.show_plain("")
        self.attachments.clear()
        self.attachments_row.hide()
        self._set_banner("", "")
        self.find_count.clear()
        self._last_find = ""
        self._show_placeholder("No claim is open.")

    def open_evidence(
        self,
        document: str,
        page: int | None,
        bbox: tuple[float, float, float, float] | None,
        quote: str = "",
    ) -> bool:
        """Open the document at the evidence: the page with the box highlighted, else the quote; False if unknown."""
        doc = self.by_path.get(document)
        if doc is None:
            return False
        if self.current is not doc:
            self._open(doc)
        self._evidence = (page, bbox, quote)
        self.thread_button.setChecked(False)  # evidence is shown in its own document
        self._show_evidence()
        return True

    def find(self, text: str) -> int:  # type: ignore[override]  # QWidget.find(id) is a static lookup; this is the viewer's find
        """Find ``text`` in the current document, highlight every match and go to the first; the count."""
        if self.find_box.text() != text:
            self.find_box.blockSignals(True)
            self.find_box.setText(text)
            self.find_box.blockSignals(False)
        self._last_find = text
        if not text.strip() or self.current is None:
            self._clear_find()
            return 0
        count = self.page_view.find_text(text) if self.mode == _PAGES else self.browser.find_all(text)
        self._show_count(count, 0 if count else -1)
        return count

    def focus_find(self) -> None:
        """Put the keyboard in the find box ("/" and Ctrl+F)."""
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    # -- more commands (toolbar, keyboard, main window) ---------------------------------------------------
    def current_page(self) -> int:
        return self.page_view.current if self.mode == _PAGES else 0

    def next_page(self) -> None:
        if self.mode == _PAGES:
            self.page_view.next_page()

    def previous_page(self) -> None:
        if self.mode == _PAGES:
            self.page_view.previous_page()

    def zoom_in(self) -> None:
        if self.mode == _PAGES:
            self.page_view.step_zoom(1)
        elif self.mode in (_TEXT, _EMAIL):
            self.browser.zoomIn(1)

    def zoom_out(self) -> None:
        if self.mode == _PAGES:
            self.page_view.step_zoom(-1)
        elif self.mode in (_TEXT, _EMAIL):
            self.browser.zoomOut(1)

    def fit_width(self) -> None:
        if self.mode == _PAGES:
            self.page_view.set_fit_width()
        self._update_controls()

    def rotate_left(self) -> None:
        self._rotate(-1)

    def rotate_right(self) -> None:
        self._rotate(1)

    def _rotate(self, quarters: int) -> None:
        """Turn the page shown, for viewing only: the document and the bundle are never changed."""
        if self.mode != _PAGES:
            return
        page = self.page_view.current
        angle = self.page_view.rotate_page(quarters)
        if page:
            how = {0: "upright", 90: "turned right", 180: "upside down", 270: "turned left"}[angle]
            self._describe(f"Page {page} shown {how} (for viewing only: the file is not changed).")

    def open_document(self, path: str) -> bool:
        doc = self.by_path.get(path)
        if doc is None:
            return False
        self._open(doc)
        return True

    # -- the tree -------------------------------------------------------------------------------------------
    def _tree_moved(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        path = item.data(0, PATH_ROLE)
        doc = self.by_path.get(str(path))
        if doc is not None and doc is not self.current:
            self._evidence = None
            self._open(doc)

    # -- opening ------------------------------------------------------------------------------------------------
    def _open_path(self, path: str) -> None:
        self.open_document(path)

    def _attachment_chosen(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self._evidence = None
            self.open_document(str(path))

    def _open(self, doc: Document) -> None:
        self.token += 1
        self.current = doc
        self._evidence = None
        self._clear_find(keep_text=True)
        self.tree.select_path(doc.path)
        self._fill_attachments(doc)
        self._banner_for(doc)
        for toggle in (self.text_button, self.thread_button):  # each document opens as itself
            toggle.blockSignals(True)
            toggle.setChecked(False)
            toggle.blockSignals(False)
        self._show_document(doc)
        self.documentOpened.emit(doc.path)

    def _show_document(self, doc: Document, fallback_reason: str = "") -> None:
        if _renders_pages(doc) and not fallback_reason and not self.text_button.isChecked() and self.sources:
            self.mode = _PAGES
            self.page_view.show_document(doc, self.sources, self.token)
            self.stack.setCurrentWidget(self.page_view)
            self.ocr_button.setEnabled(self.page_view.has_ocr())
        else:
            self.page_view.clear()
            self.mode = _EMAIL if doc.email is not None else _TEXT
            thread = self._thread_of(doc) if self.mode == _EMAIL and self.thread_button.isChecked() else None
            if thread is not None:
                self.browser.show_html(thread_html(thread, doc.path))
            else:
                self.browser.show_html(self._html_for(doc, fallback_reason))
            if self.mode == _EMAIL and thread is None:
                body, is_html = email_body_parts(doc, self.html_button.isChecked())
                self.browser.append_html(body)
                self.html_button.setProperty("showing_html", is_html)
            self.browser.verticalScrollBar().setValue(0)
            self.stack.setCurrentWidget(self.browser)
            if doc.kind == "docx" and any(i.name for i in doc.images) and self.sources is not None:
                self.renderer.request_pictures(self.token, doc, self.sources)
        self._update_controls()
        self._describe()

    def _thread_of(self, doc: Document) -> Conversation | None:
        """The conversation the e-mail belongs to (the claim's e-mails are read into threads once)."""
        if self._conversations is None:
            self._conversations = build_conversations(self._claim, self._policy, self.documents)
        return conversation_of(self._conversations, doc.path)

    def _html_for(self, doc: Document, fallback_reason: str) -> str:
        error = ""
        if doc.error:
            error = (
                '<div style="border: 2px solid #c03030; padding: 8px; margin-bottom: 10px;">'
                '<p style="color: #c03030; font-weight: bold; font-size: 12pt;">This document could not be read</p>'
                f"<p>{_escape(doc.error)}</p></div>"
            )
        if doc.email is not None:
            return error + email_header_html(doc)
        if doc.kind in ("pdf", "image"):
            return error + pages_text_html(doc, fallback_reason)
        if doc.kind == "docx":
            return error + docx_html(doc)
        if doc.kind == "survey":
            return error + (survey_html(doc) if doc.segments else "")
        if doc.error and not doc.has_text:
            return error
        return error + plain_html(doc)

    def _fill_attachments(self, doc: Document) -> None:
        self.attachments.clear()
        for child in doc.children:
            label = display_name(child.path)
            if child.metadata.get("disposition") == "inline":
                label += " (inline)"
            item = QListWidgetItem(label)
            item.setData(PATH_ROLE, child.path)
            tip = f"Open {display_name(child.path)} ({kind_text(child)}, {child.size:,} bytes)"
            if child.error:
                tip += f"\nCould not be read: {child.error}"
                item.setForeground(QColor(190, 30, 30))
            item.setToolTip(plain_tip(tip))
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if child.error else QStyle.StandardPixmap.SP_FileIcon
            item.setIcon(self.style().standardIcon(icon))
            self.attachments.addItem(item)
        self.attachments.setIconSize(QSize(16, 16))
        self.attachments_row.setVisible(bool(doc.children))
        if doc.children:
            # as tall as its rows (two at most, then it scrolls): it must not eat the viewer's height
            row = max(self.attachments.sizeHintForRow(0), 18) + 2 * self.attachments.spacing()
            rows = 1 if len(doc.children) <= 4 else 2
            self.attachments.setFixedHeight(rows * row + 2 * self.attachments.frameWidth() + 2)

    def _banner_for(self, doc: Document) -> None:
        notes = [f"Note: {w}" for w in doc.warnings]
        if doc.error:
            text = f"Could not be read: {doc.error}"
            self._set_banner(text, "error", "\n".join([text, *notes]))
        elif doc.warnings:
            more = f" (and {len(doc.warnings) - 1} more notes)" if len(doc.warnings) > 1 else ""
            self._set_banner(f"Note: {doc.warnings[0]}{more}", "warning", "\n".join(notes))
        else:
            self._set_banner("", "")

    def _set_banner(self, text: str, level: str, details: str = "") -> None:
        if not text:
            self.banner.hide()
            return
        palette = self.banner.palette()
        if level == "error":
            palette.setColor(QPalette.ColorRole.Window, QColor(253, 226, 226))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(140, 20, 20))
        else:
            palette.setColor(QPalette.ColorRole.Window, QColor(255, 244, 214))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(100, 70, 0))
        self.banner.setPalette(palette)
        self.banner.setText(text)
        self.banner.setToolTip(plain_tip(details or text))
        self.banner.show()

    def _show_placeholder(self, text: str) -> None:
        self.mode = _EMPTY
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.status.setText("")
        self._update_controls()

    # -- evidence ----------------------------------------------------------------------------------------------
    def _show_evidence(self) -> None:
        if self._evidence is None or self.current is None:
            return
        page, bbox, quote = self._evidence
        if self.mode == _PAGES:
            note = self.page_view.highlight(page, bbox, quote)
            self._describe(note)
            return
        text = quote or self._words_in_box(self.current, page, bbox)
        found = self.browser.highlight_quote(text) if text.strip() else False
        if not found and self.mode == _EMAIL and self.html_button.isChecked() and text.strip():
            # the quote comes from the text body; the HTML rendering may word it differently
            self.html_button.setChecked(False)
            found = self.browser.highlight_quote(text)
        note = "" if found or not text.strip() else "The quoted text was not found in this document's text."
        self._describe(note)

    @staticmethod
    def _words_in_box(doc: Document, page: int | None, bbox: BBox | None) -> str:
        """The words inside an evidence box, to find them in the text when the page cannot be shown."""
        if bbox is None:
            return ""
        x0, y0, x1, y1 = bbox
        words = [
            w.text
            for s in doc.segments
            if s.page == page
            for w in s.words
            if w.bbox[0] < x1 and w.bbox[2] > x0 and w.bbox[1] < y1 and w.bbox[3] > y0
        ]
        return " ".join(words)

    def _source_missing(self, reason: str) -> None:
        if self.current is None:
            return
        self._show_document(self.current, fallback_reason=reason)
        self._show_evidence()

    def _pictures_ready(self, result: PicturesResult) -> None:
        if result.token != self.token or self.current is None or self.current.path != result.path:
            return  # another document is shown now
        if result.error:
            self._describe(f"The pictures cannot be shown: {result.error}.")
            return
        self.browser.append_pictures(result.pictures)

    # -- toggles --------------------------------------------------------------------------------------------------
    def _text_toggled(self, _on: bool) -> None:
        if self.current is not None and _renders_pages(self.current):
            self._show_document(self.current)
            self._show_evidence()
            self._refind()

    def _html_toggled(self, _on: bool) -> None:
        if self.current is not None and self.mode == _EMAIL:
            self._show_document(self.current)
            self._refind()

    # -- find ---------------------------------------------------------------------------------------------------------
    def _find_entered(self) -> None:
        text = self.find_box.text()
        if text and text == self._last_find and self._hit_count() > 0:
            self._step_hit(True)
        else:
            self.find(text)

    def _find_edited(self, text: str) -> None:
        if not text:
            self._clear_find()

    def _find_escaped(self) -> None:
        self.find_box.clear()
        self._clear_find()
        target = self.page_view.scroller if self.mode == _PAGES else self.browser
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _refind(self) -> None:
        if self._last_find:
            self.find(self._last_find)

    def _hit_count(self) -> int:
        return len(self.page_view.canvas.find_hits) if self.mode == _PAGES else len(self.browser.find_hits)

    def _step_hit(self, forward: bool) -> None:
        if self._last_find != self.find_box.text():
            self.find(self.find_box.text())
            return
        index = self.page_view.step_hit(forward) if self.mode == _PAGES else self.browser.step_hit(forward)
        self._show_count(self._hit_count(), index)

    def _clear_find(self, keep_text: bool = False) -> None:
        self.page_view.clear_find()
        self.browser.clear_find()
        self.find_count.clear()
        if not keep_text:
            self._last_find = ""

    def _show_count(self, count: int, index: int) -> None:
        if not count:
            self.find_count.setText("No match")
        else:
            self.find_count.setText(f"{index + 1} of {count}" if index >= 0 else f"{count} found")

    # -- keyboard --------------------------------------------------------------------------------------------------
    def _page_up(self) -> None:
        if self.mode == _PAGES:
            self.page_view.previous_page()
        elif self.mode in (_TEXT, _EMAIL):
            self.browser.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)

    def _page_down(self) -> None:
        if self.mode == _PAGES:
            self.page_view.next_page()
        elif self.mode in (_TEXT, _EMAIL):
            self.browser.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def _page_typed(self, value: int) -> None:
        if self.mode == _PAGES and value != self.page_view.current:
            self.page_view.go_to_page(value)

    # -- state shown --------------------------------------------------------------------------------------------------
    def _page_changed(self, page: int, count: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setMinimum(1)
        self.page_box.setMaximum(max(1, count))
        self.page_box.setValue(max(1, page))
        self.page_box.blockSignals(False)
        self.page_total.setText(f"of {count}")
        self.prev_button.setEnabled(self.mode == _PAGES and page > 1)
        self.next_button.setEnabled(self.mode == _PAGES and page < count)

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")
        self.fit_button.setChecked(self.page_view.fit_width)

    def _thumbnails_shown(self, shown: bool) -> None:
        self.thumbs_button.blockSignals(True)
        self.thumbs_button.setChecked(shown)
        self.thumbs_button.blockSignals(False)

    def _update_controls(self) -> None:
        """Enable what applies to the document shown; hide what cannot apply (the toolbar must fit narrow)."""
        pages = self.mode == _PAGES
        doc = self.current
        paged_doc = doc is not None and _renders_pages(doc) and self.sources is not None
        paged: tuple[QWidget, ...] = (
            self.prev_button,
            self.page_box,
            self.page_total,
            self.next_button,
            self.zoom_label,
            self.fit_button,
            self.rotate_left_button,
            self.rotate_right_button,
            self.thumbs_button,
        )
        for w in paged:
            w.setEnabled(pages)
            w.setVisible(pages or self.mode == _EMPTY)
        self.prev_button.setEnabled(pages and self.page_view.current > 1)
        self.next_button.setEnabled(pages and self.page_view.current < self.page_view.page_count)
        self.thumbs_button.setEnabled(pages and self.page_view.page_count > 1)
        readable = self.mode in (_PAGES, _TEXT, _EMAIL)
        readers: tuple[QWidget, ...] = (
            self.zoom_in_button,
            self.zoom_out_button,
            self.find_box,
            self.find_prev_button,
            self.find_next_button,
        )
        for w in readers:
            w.setEnabled(readable)
        self.text_button.setEnabled(paged_doc)
        self.text_button.setVisible(paged_doc)
        self.ocr_button.setEnabled(pages and self.page_view.has_ocr())
        self.ocr_button.setVisible(self.ocr_button.isEnabled())
        has_html = doc is not None and doc.email is not None and bool(doc.email.html)
        in_thread = self.thread_button.isChecked()
        self.html_button.setEnabled(self.mode == _EMAIL and has_html and not in_thread)
        self.html_button.setVisible(self.mode == _EMAIL)
        thread = self._thread_of(doc) if doc is not None and self.mode == _EMAIL else None
        self.thread_button.setEnabled(in_thread or (thread is not None and len(thread.messages) > 1))
        self.thread_button.setVisible(self.mode == _EMAIL)
        if pages:
            self.page_box.setSpecialValueText("")
            self._page_changed(self.page_view.current, self.page_view.page_count)
            self._zoom_changed(self.page_view.zoom)
        else:
            # no pages: the number box shows a blank, not the last document's page
            self.page_box.blockSignals(True)
            self.page_box.setMinimum(0)
            self.page_box.setSpecialValueText(" ")
            self.page_box.setValue(0)
            self.page_box.blockSignals(False)
            self.page_total.setText("")

    def _describe(self, note: str = "") -> None:
        doc = self.current
        if doc is None:
            self.status.setText("")
            return
        what = f"{display_name(doc.path)} — {role_text(doc)}, {kind_text(doc)}"
        if self.mode == _PAGES:
            pages = self.page_view.page_count
            what += f", {pages} page{'s' if pages != 1 else ''}"
        elif self.mode == _EMAIL and self.thread_button.isChecked():
            what += ", the whole thread, oldest first"
        elif self.mode == _EMAIL:
            what += (
                ", formatted (pictures and links in it are never loaded)"
                if self.html_button.property("showing_html")
                else ", plain text"
            )
        self.status.setText(f"{what}. {note}" if note else what)
        self.status.setToolTip(plain_tip(doc.path + (f"\n{note}" if note else "")))

    def _link_blocked(self, url: str) -> None:
        shown = url if len(url) < 120 else url[:117] + "…"
        self.status.setText(f"Links in documents are not opened here: {shown}")
        self.status.setToolTip(plain_tip(url))


def _turn_icon(clockwise: bool, ink: QColor) -> QIcon:
    """An open circle with an arrowhead, turning clockwise or anticlockwise (drawn at twice the size, crisp on
    high-density screens)."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if not clockwise:  # the mirror image
        painter.translate(size, 0)
        painter.scale(-1, 1)
    ring = QRectF(7, 8, 18, 18)
    path = QPainterPath()
    path.arcMoveTo(ring, 60)
    path.arcTo(ring, 60, -290)  # clockwise round the bottom, a gap left at the top
    painter.setPen(QPen(ink, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawPath(path)
    end = path.currentPosition()
    angle = math.radians(60 - 290)
    direction = QPointF(math.sin(angle), math.cos(angle))  # of a clockwise turn at that point of the ring
    across = QPointF(-direction.y(), direction.x())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPolygon(
        QPolygonF([end + direction * 6, end - direction * 2 + across * 6, end - direction * 2 - across * 6])
    )
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
