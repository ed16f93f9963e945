"""How a queue row is drawn: one line when the queue is wide, two when it is narrow.

A reviewer triages by claim, due date, suggestion and flags, and needs the partner, customer, workloads
and status beside them. A queue dock on a 1366×768 laptop (or at 1600×1000 beside the document) is too
narrow for nine columns, and a horizontal scroll bar hides exactly the names a reviewer reads. So when
the table is narrower than its columns need, the queue *folds*: the partner, customer, program, status
and workloads columns are hidden and their text becomes a smaller second line of the columns that stay
(the model's ``SECOND_LINE_ROLE``): partner → customer under the claim, the program under the due date,
the status under the suggestion, the workloads under the flags. Widen the dock and the columns return.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from poe_reviewer.ui.queue_model import BADGE_COLORS, BADGE_NAMES, BADGES_ROLE, SECOND_LINE_ROLE, TAG_COLOR

ModelIndex = QModelIndex | QPersistentModelIndex

#: The columns a narrow queue folds away, by the column whose second line shows them.
FOLDED_INTO: Mapping[str, tuple[str, ...]] = {
    "claim_id": ("partner", "customer"),
    "due": ("program",),
    "recommendation": ("status",),
    "badges": ("workloads",),
}
FOLDED = tuple(key for keys in FOLDED_INTO.values() for key in keys)
#: Column widths (px) at the start; folded, the flags column takes what the others leave.
WIDE_WIDTHS: Mapping[str, int] = {
    "claim_id": 136, "due": 62, "recommendation": 108, "badges": 160, "partner": 150, "customer": 150,
    "workloads": 150, "program": 70, "status": 100,
}  # fmt: skip
_PAD = 4


class RowLayout:
    """Whether the queue is folded now; shared by the table's delegates."""

    def __init__(self) -> None:
        self.folded = False


def second_line_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.5, font.pointSizeF() * 0.88))
    return small


def _halves(rect: QRect) -> tuple[QRect, QRect]:
    top = QRect(rect.x(), rect.y() + 2, rect.width(), rect.height() // 2 - 1)
    bottom = QRect(rect.x(), rect.y() + rect.height() // 2, rect.width(), rect.height() // 2 - 2)
    return top, bottom


def _selected(option: QStyleOptionViewItem) -> bool:
    return bool(option.state & QStyle.StateFlag.State_Selected)


#: Between the two names of a second line (partner → customer): each is elided on its own, so both show.
ARROW = " → "


def elide_pair(fm: QFontMetrics, text: str, width: int) -> str:
    """``text`` elided to ``width``; "partner → customer" keeps a part of each name rather than losing the
    customer behind a long partner name."""
    if fm.horizontalAdvance(text) <= width or ARROW not in text:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    left, right = text.split(ARROW, 1)
    room = width - fm.horizontalAdvance(ARROW)
    right_width = min(fm.horizontalAdvance(right), room // 2) if fm.horizontalAdvance(left) > room // 2 else room
    right_text = fm.elidedText(right, Qt.TextElideMode.ElideRight, right_width)
    left_text = fm.elidedText(left, Qt.TextElideMode.ElideRight, room - fm.horizontalAdvance(right_text))
    return left_text + ARROW + right_text


def _second_line(painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str) -> None:
    if not text:
        return
    font = second_line_font(option.font)
    painter.setFont(font)
    role = QPalette.ColorRole.HighlightedText if _selected(option) else QPalette.ColorRole.PlaceholderText
    painter.setPen(option.palette.color(role))
    inner = rect.adjusted(_PAD, 0, -_PAD, 0)
    elided = elide_pair(QFontMetrics(font), text, inner.width())
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)


class TwoLineDelegate(QStyledItemDelegate):
    """A cell as usual while the queue is wide; folded, its text on top and the second line below."""

    def __init__(self, layout: RowLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = layout

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        if not self.rows.folded:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, icon = opt.text, opt.icon
        opt.text = ""
        opt.icon = QIcon()
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        top, bottom = _halves(option.rect)
        painter.save()
        x = top.x() + _PAD
        if not icon.isNull():
            side = min(12, top.height())
            icon.paint(painter, QRect(x, top.y() + (top.height() - side) // 2, side, side))
            x += side + _PAD
        painter.setFont(opt.font)
        color = index.data(Qt.ItemDataRole.ForegroundRole)
        if _selected(option) or not isinstance(color, QColor):
            role = QPalette.ColorRole.HighlightedText if _selected(option) else QPalette.ColorRole.Text
            color = option.palette.color(role)
        painter.setPen(color)
        line = QRect(x, top.y(), top.right() - x - _PAD, top.height())
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        flags = int(align) if isinstance(align, int) else left
        elided = QFontMetrics(opt.font).elidedText(text, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, flags, elided)
        _second_line(painter, option, bottom, str(index.data(SECOND_LINE_ROLE) or ""))
        painter.restore()


class BadgeDelegate(QStyledItemDelegate):
    """Draws the badges of a row as small coloured labels (and, folded, the workloads below them)."""

    PAD = _PAD

    def __init__(self, layout: RowLayout | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = layout or RowLayout()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        names = index.data(BADGES_ROLE) or ()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect
        chips, below = _halves(rect) if self.rows.folded else (rect, QRect())
        painter.save()
        if self.rows.folded:
            _second_line(painter, option, below, str(index.data(SECOND_LINE_ROLE) or ""))
        if names:
            self._chips(painter, option, chips, names)
        painter.restore()

    def _chips(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, names: tuple[str, ...]) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        fm = QFontMetrics(font)
        x = rect.x() + self.PAD
        h = fm.height() + 2
        y = rect.y() + (rect.height() - h) // 2
        for name in names:
            label = BADGE_NAMES.get(name, name)
            w = fm.horizontalAdvance(label) + 2 * self.PAD
            if x + w > rect.right():
                # the flag that does not fit is cut short, never left out unseen (the tooltip names them all)
                room = rect.right() - x
                if room < 3 * self.PAD + fm.horizontalAdvance("…"):
                    break
                label, w = fm.elidedText(label, Qt.TextElideMode.ElideRight, room - 2 * self.PAD), room
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE_COLORS.get(name, TAG_COLOR))
            painter.drawRoundedRect(QRect(x, y, w, h), h / 2, h / 2)
            painter.setPen(QColor("white"))
            painter.drawText(QRect(x, y, w, h), int(Qt.AlignmentFlag.AlignCenter), label)
            x += w + self.PAD
            if x >= rect.right():
                break

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        names = index.data(BADGES_ROLE) or ()
        fm = QFontMetrics(option.font)
        width = sum(fm.horizontalAdvance(BADGE_NAMES.get(n, n)) + 3 * self.PAD for n in names) + self.PAD
        base = super().sizeHint(option, index)
        return QSize(max(width, 40), base.height())


def row_height(font: QFont, folded: bool) -> int:
    """A row's height: one line of text, or a line and a smaller second line."""
    one = QFontMetrics(font).height()
    return one + 8 if not folded else one + QFontMetrics(second_line_font(font)).height() + 10
