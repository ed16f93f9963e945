"""The tree of a claim's documents: each with its role, kind, pages and any extraction error.

The pane it lives in is narrow, so instead of columns that would be cut off each row shows
the document's name and, below it in a smaller font, "role · kind · pages", and, in red, why
the document could not be read. Screen readers get the same sentence (accessible text role).
Everything shown comes from the partner's files, so it is always shown as plain text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from poe_reviewer.application.returning import DocumentChange
from poe_reviewer.documents.model import Document

PATH_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_ROLE = Qt.ItemDataRole.UserRole + 2

KIND_NAMES = {
    "pdf": "PDF",
    "msg": "Outlook e-mail",
    "eml": "E-mail",
    "docx": "Word",
    "image": "Image",
    "survey": "Survey export",
    "json": "JSON",
    "text": "Text",
    "html": "HTML",
    "zip": "Archive",
    "unknown": "Unknown type",
}
ROLE_NAMES = {
    "poe": "POE",
    "invoice": "Invoice",
    "customer_attestation": "Customer attestation",
    "partner_attestation": "Partner attestation",
    "public_sector_disclosure": "Public sector disclosure",
    "supporting": "Supporting",
}
_ERROR_COLOR = QColor(190, 30, 30)


#: How a document of a returning claim changed since the last decision, as its row says it.
CHANGE_NAMES = {"added": "NEW", "replaced": "REPLACED", "renamed": "same content, renamed", "removed": "removed"}


def plain_tip(text: str) -> str:
    """A tooltip that is shown as text whatever it contains.

    Qt renders a tooltip that looks like HTML as rich text, which can load a picture from a
    local (or, on Windows, a network) path; names and notes come from the partner's files.
    """
    return f'<p style="white-space: pre-wrap;">{html.escape(text)}</p>'


def display_name(path: str) -> str:
    """The name a document is listed under: a child by its attachment name, a file by its bundle path."""
    return path.rsplit("!/", 1)[-1]


def pages_of(doc: Document) -> int:
    return max(doc.page_count, len(doc.page_sizes))


def kind_text(doc: Document) -> str:
    return KIND_NAMES.get(doc.kind, doc.kind)


def role_text(doc: Document) -> str:
    return ROLE_NAMES.get(doc.role, doc.role.replace("_", " ").capitalize())


def detail_text(doc: Document) -> str:
    """``role · kind · pages`` (and notes), the second line of a row."""
    parts = [role_text(doc), kind_text(doc)]
    pages = pages_of(doc)
    if pages:
        parts.append(f"{pages} page{'s' if pages != 1 else ''}")
    if doc.metadata.get("disposition") == "inline":
        parts.append("inline")
    if doc.warnings and not doc.error:
        parts.append(f"{len(doc.warnings)} note{'s' if len(doc.warnings) != 1 else ''}")
    return " · ".join(parts)


#: A name wraps onto at most this many lines (a file name is never cut in the middle: it wraps where it must).
_NAME_LINES = 3
#: Where a file name may wrap: after a space, a folder's slash, an underscore or a dash.
_BREAKS = re.compile(r"(?<=[ /_\-])")


def wrap_name(metrics: QFontMetrics, name: str, width: int, most: int = _NAME_LINES) -> list[str]:
    """The name in lines no wider than ``width``: broken after spaces, slashes, underscores or dashes, and
    inside a part only where one part is wider than the line; a name longer than ``most`` lines ends in "…"."""
    if width <= 10 or metrics.horizontalAdvance(name) <= width:
        return [name]
    lines: list[str] = []
    line = ""
    for part in _BREAKS.split(name):
        while part:
            if metrics.horizontalAdvance(line + part) <= width:
                line, part = line + part, ""
            elif line:
                lines.append(line)
                line = ""
            else:  # one part wider than the line: as much of it as fits
                cut = max(1, max(k for k in range(1, len(part) + 1) if metrics.horizontalAdvance(part[:k]) <= width)
                          if metrics.horizontalAdvance(part[:1]) <= width else 1)  # fmt: skip
                lines.append(part[:cut])
                part = part[cut:]
    if line:
        lines.append(line)
    if len(lines) > most:
        lines = [*lines[: most - 1], metrics.elidedText("".join(lines[most - 1 :]), Qt.TextElideMode.ElideRight, width)]
    return lines


class _RowDelegate(QStyledItemDelegate):
    """Paints a row as name (wrapped, never cut in the middle) / details / error, the last two elided."""

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.5, font.pointSizeF() * 0.88))
        return small

    def _text_width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the text gets in the tree: the viewport less the row's indentation and icon."""
        view = option.widget
        if not isinstance(view, QTreeWidget):
            return option.rect.width()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return view.viewport().width() - indent - view.iconSize().width() - 14

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        lines = 2 if index.data(ERROR_ROLE) else 1
        small = QFontMetrics(self._small(option.font))
        normal = QFontMetrics(option.font)
        name_lines = len(wrap_name(normal, str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                   self._text_width(option, index)))  # fmt: skip
        return QSize(base.width(), name_lines * normal.height() + lines * small.height() + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""  # the style draws background, focus and icon; the lines are drawn below
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        font: QFont = opt.font
        small = self._small(font)
        detail = str(index.data(DETAIL_ROLE) or "")
        error = str(index.data(ERROR_ROLE) or "")
        painter.save()
        x, y, w = rect.x() + 3, rect.y() + 3, max(10, rect.width() - 6)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(_ERROR_COLOR if error and not selected else text_color)
        for line in wrap_name(metrics, name, w):
            painter.drawText(QRect(x, y, w, metrics.height()), 0, line)
            y += metrics.height()
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        dim = QColor(text_color)
        if not selected:
            dim.setAlpha(165)
        painter.setPen(dim)
        painter.drawText(
            QRect(x, y, w, small_metrics.height()), 0, small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, w)
        )
        if error:
            y += small_metrics.height()
            painter.setPen(text_color if selected else _ERROR_COLOR)
            painter.drawText(
                QRect(x, y, w, small_metrics.height()),
                0,
                small_metrics.elidedText(error, Qt.TextElideMode.ElideRight, w),
            )
        painter.restore()


class DocumentTree(QTreeWidget):
    """The documents of a claim with their attachments, one two- or three-line row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Documents of the claim")
        self.setToolTip("The claim's documents and their attachments; select one to read it.")
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(_RowDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setIconSize(QSize(18, 18))
        self.items: dict[str, QTreeWidgetItem] = {}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the names wrap anew at the new width

    def fill(self, documents: list[Document], changes: Mapping[str, DocumentChange] | None = None) -> None:
        """List ``documents``; for a returning claim (``changes`` by path) the new and replaced ones
        first and marked, the unchanged ones folded under one row, the removed ones named."""
        self.blockSignals(True)
        self.clear()
        self.items = {}
        if not changes:
            for doc in documents:
                self.addTopLevelItem(self._item(doc))
            self.expandAll()
            self.blockSignals(False)
            return
        unchanged = [d for d in documents if (c := changes.get(d.path)) is None or c.change == "unchanged"]
        for doc in documents:
            if doc not in unchanged:
                self.addTopLevelItem(self._item(doc, changes.get(doc.path)))
        self.expandAll()
        if unchanged:
            tip = "The same content as in the revision decided last; read the new documents first."
            group = self._group(f"Unchanged ({len(unchanged)})", tip)
            for doc in unchanged:
                group.addChild(self._item(doc))
            group.setExpanded(False)
        removed = [c for c in changes.values() if c.change == "removed"]
        if removed:
            tip = "Documents of the revision decided last that this revision no longer has."
            group = self._group(f"Removed ({len(removed)})", tip)
            for c in removed:
                row = QTreeWidgetItem([display_name(c.path)])
                row.setData(0, DETAIL_ROLE, "removed by the partner")
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.addChild(row)
            group.setExpanded(True)
        self.blockSignals(False)

    def _group(self, title: str, tip: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem([title])
        group.setData(0, DETAIL_ROLE, "since the last decision")
        group.setToolTip(0, tip)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addTopLevelItem(group)
        return group

    def _item(self, doc: Document, change: DocumentChange | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([display_name(doc.path)])
        detail = detail_text(doc)
        if change is not None and change.change != "unchanged":
            was = (
                f" (was {display_name(change.previous_path)})"
                if change.change == "renamed" and change.previous_path
                else ""
            )
            detail = f"{CHANGE_NAMES[change.change]}{was} · {detail}"
        error = f"Could not be read: {doc.error}" if doc.error else ""
        item.setData(0, PATH_ROLE, doc.path)
        item.setData(0, DETAIL_ROLE, detail)
        item.setData(0, ERROR_ROLE, error)
        spoken = f"{display_name(doc.path)}, {detail}" + (f". {error}" if error else "")
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        tip = [doc.path, f"{detail} · {doc.size:,} bytes"]
        if error:
            tip.append(error)
        tip += [f"Note: {w}" for w in doc.warnings[:8]]
        if len(doc.warnings) > 8:
            tip.append(f"… and {len(doc.warnings) - 8} more notes")
        item.setToolTip(0, plain_tip("\n".join(tip)))
        pixmap = QStyle.StandardPixmap
        if doc.error:
            icon = pixmap.SP_MessageBoxCritical
        elif doc.email is not None:
            icon = pixmap.SP_FileDialogDetailedView
        elif doc.warnings:
            icon = pixmap.SP_MessageBoxInformation
        else:
            icon = pixmap.SP_FileIcon
        item.setIcon(0, self.style().standardIcon(icon))
        self.items[doc.path] = item
        for child in doc.children:
            item.addChild(self._item(child))
        return item

    def select_path(self, path: str) -> None:
        """Make ``path`` the current row without emitting (the viewer opened it already)."""
        item = self.items.get(path)
        if item is None:
            return
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(False)
