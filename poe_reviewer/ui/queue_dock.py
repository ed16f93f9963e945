"""The queue dock: the claims table, its search box and filters.

The window owns what happens when the selection or the filters change; this widget only shows the
queue and says which claims the reviewer wants to see.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer.application.queue import TO_REVIEW, ClaimSummary
from poe_reviewer.ui.queue_model import (
    COLUMN,
    COLUMNS,
    PROGRAM_NAMES,
    QC_WAITING,
    RECOMMENDATION_NAMES,
    STATUS_NAMES,
    QueueFilter,
    QueueFilters,
    QueueModel,
)
from poe_reviewer.ui.queue_rows import (
    FOLDED,
    FOLDED_INTO,
    WIDE_WIDTHS,
    BadgeDelegate,
    RowLayout,
    TwoLineDelegate,
    row_height,
)
from poe_reviewer.ui.settings import QUEUE_HIDDEN, Settings
from poe_reviewer.ui.views import ALWAYS_SHOWN, SavedView, enable_column_chooser, load_views, save_views, with_view
from poe_reviewer.ui.widgets import named


class QueueDock(QWidget):
    """The claims of the queue, searchable and filtered; J/K and clicks move the selection."""

    #: The search text or a filter changed (the proxy already filters by them).
    filtersChanged = Signal()

    def __init__(self, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self, me=reviewer)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        named(self.table, "Queue", "The claims; J/K move, Ctrl/Shift-click or Ctrl+A select several, click a column "
              "to sort")  # fmt: skip
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several claims selected take one decision together (A, R or X: a batch, confirmed claim by claim)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COLUMN["due"], Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # one line a row when the queue is wide, two when it is narrow (ui/queue_rows.py)
        self.rows = RowLayout()
        self.user_hidden: set[str] = set()
        for key in FOLDED_INTO:
            two_lines = BadgeDelegate if key == "badges" else TwoLineDelegate
            self.table.setItemDelegateForColumn(COLUMN[key], two_lines(self.rows, self.table))
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table.font(), folded=False))
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        named(header, "Queue columns", "Click a column to sort by it; drag a column to move it")
        named(self.table.verticalHeader(), "Queue rows", "One row per claim")
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in WIDE_WIDTHS.items():
            self.table.setColumnWidth(COLUMN[key], width)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search id, partner, customer, workload (Ctrl+Shift+F)")
        self.search.setClearButtonEnabled(True)
        named(
            self.search, "Search the queue", "Show claims whose id, partner, customer or workloads contain every word"
        )
        self.search.textChanged.connect(self._changed)

        def combo(name: str, tip: str, items: Sequence[tuple[str, str]]) -> QComboBox:
            box = QComboBox()
            named(box, name, tip)
            for text, value in items:
                box.addItem(text, value)
            box.currentIndexChanged.connect(self._changed)
            return box

        self.status_filter = combo(
            "Status filter",
            "Show claims in this review state",
            [
                ("To review", TO_REVIEW),
                ("Any status", ""),
                *((v, k) for k, v in STATUS_NAMES.items() if k != TO_REVIEW),
                ("Waiting for my QC", QC_WAITING),
            ],
        )
        self.program_filter = combo(
            "Program filter",
            "Show claims of this program",
            [("Any program", ""), *((v, k) for k, v in PROGRAM_NAMES.items())],
        )
        self.recommendation_filter = combo(
            "Suggestion filter",
            "Show claims the checks suggest this for",
            [("Any suggestion", ""), *((v, k) for k, v in RECOMMENDATION_NAMES.items())],
        )
        self.due_filter = combo(
            "Due filter",
            "Show claims by their next deadline",
            [("Any due date", ""), ("Overdue", "overdue"), ("Due today", "today"), ("Due this week", "week")],
        )
        self.reviewer_filter = combo(
            "Reviewer filter",
            "Show claims decided or opened by a reviewer",
            [("Any reviewer", ""), ("Mine", "@me"), ("Nobody's", "@nobody")],
        )
        ql = QVBoxLayout(self)
        ql.setContentsMargins(4, 4, 4, 4)
        ql.setSpacing(4)
        ql.addWidget(self.search)
        grid = QGridLayout()
        grid.setSpacing(4)
        # saved views: the filters, sort and columns under a name (ui/views.py); filled once settings are known
        self.views_box = QComboBox()
        named(self.views_box, "Saved views", "Put back a saved view of the queue, or save this one under a name")
        self.views_box.activated.connect(self._view_chosen)
        self.settings: Settings | None = None
        self.views: list[SavedView] = []
        self.name_dialog: QInputDialog | None = None
        boxes = (self.status_filter, self.program_filter, self.recommendation_filter, self.due_filter,
                 self.reviewer_filter, self.views_box)  # fmt: skip
        for i, box in enumerate(boxes):
            # shrinkable: the queue dock must not force the window wider than a laptop screen
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
            grid.addWidget(box, i // 3, i % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        ql.addLayout(grid)
        ql.addWidget(self.table, 1)
        self.proxy.set_filters(self.filters())


    # -- folding: two-line rows when the queue is narrow (ui/queue_rows.py) --------------------------------
    @property
    def folded(self) -> bool:
        return self.rows.folded

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self, *, again: bool = False) -> None:
        """Fold the queue when its columns do not fit its width, unfold it when they do (``again``: the
        column set changed, so the columns are laid out anew even if the folding stays)."""
        header = self.table.horizontalHeader()
        # what the columns need unfolded: their widths now, the folded ones' and the stretched flags' at the start
        needed = sum(
            WIDE_WIDTHS[c.key] if header.isSectionHidden(i) or c.key == "badges" else header.sectionSize(i)
            for i, c in enumerate(COLUMNS)
            if c.key not in self.user_hidden
        )
        folded = needed > self.table.width() - 4
        if folded:
            self._share_width()
        if folded == self.rows.folded and not again:
            return
        self.rows.folded = folded
        # folded, the flags (and the workloads under them) take the width the other columns leave
        mode = QHeaderView.ResizeMode.Stretch if folded else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(COLUMN["badges"], mode)
        header.setStretchLastSection(not folded)  # both on the flags column, Qt keeps its width as it was
        # the header lays a stretched section out on its next resize: ask for that layout now
        QTimer.singleShot(0, self, header.resizeSections)
        if not folded:
            self.table.setColumnWidth(COLUMN["badges"], WIDE_WIDTHS["badges"])
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table.font(), folded))
        self.apply_columns()
        self.table.viewport().update()

    def _share_width(self) -> None:
        """Folded, the columns that stay share the width: the claim, due date and suggestion in proportion
        (never below what their first line needs), the flags take the rest."""
        # the table's own width: its viewport is resized after the table's resize event is delivered
        room = self.table.width() - self.table.verticalScrollBar().sizeHint().width() - 4
        for key, share, least in (("claim_id", 0.34, 92), ("due", 0.15, 54), ("recommendation", 0.27, 84)):
            width = max(least, min(WIDE_WIDTHS[key], int(room * share)))
            if self.table.columnWidth(COLUMN[key]) != width:
                self.table.setColumnWidth(COLUMN[key], width)

    def apply_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, c in enumerate(COLUMNS):
            hidden = c.key in self.user_hidden or (self.rows.folded and c.key in FOLDED)
            header.setSectionHidden(i, hidden and c.key != ALWAYS_SHOWN)

    def show_column(self, key: str, shown: bool) -> None:
        """The reviewer's choice (the column chooser, a saved view); kept in their settings."""
        if shown:
            self.user_hidden.discard(key)
        elif key != ALWAYS_SHOWN:
            self.user_hidden.add(key)
        self._columns_chosen()

    def set_hidden(self, keys: Sequence[str]) -> None:
        self.user_hidden = {k for k in keys if k in COLUMN and k != ALWAYS_SHOWN}
        self._columns_chosen()

    def _columns_chosen(self) -> None:
        if self.settings is not None:
            self.settings.set(QUEUE_HIDDEN, ",".join(sorted(self.user_hidden)))
        self.fit(again=True)

    def _changed(self, *_: object) -> None:
        self.proxy.set_filters(self.filters())
        self.filtersChanged.emit()

    # -- saved views ---------------------------------------------------------------------------------------
    def attach_views(self, settings: Settings) -> None:
        """Read the saved views from the reviewer's settings, and let the header choose the columns."""
        self.settings = settings
        self.views = load_views(settings)
        self._fill_views()
        enable_column_chooser(self)
        self.user_hidden = {k for k in settings.get(QUEUE_HIDDEN).split(",") if k in COLUMN and k != ALWAYS_SHOWN}
        self.fit(again=True)

    def _fill_views(self, chosen: str = "") -> None:
        box = self.views_box
        box.blockSignals(True)
        box.clear()
        box.addItem("Saved views…", "")
        for v in self.views:
            box.addItem(v.name, f"view:{v.name}")
        box.insertSeparator(box.count())
        box.addItem("Save this view…", "@save")
        if chosen:
            box.addItem(f"Forget “{chosen}”", f"forget:{chosen}")
        index = box.findData(f"view:{chosen}")
        box.setCurrentIndex(index if index >= 0 else 0)
        box.blockSignals(False)

    def current_view(self, name: str) -> SavedView:
        """What is shown now, as a view named ``name``."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "due"
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return SavedView(name.strip(), self.filters(), key, descending, tuple(sorted(self.user_hidden)))

    def save_view(self, name: str) -> SavedView | None:
        if self.settings is None or not name.strip():
            return None
        view = self.current_view(name)
        self.views = with_view(self.views, view)
        save_views(self.settings, self.views)
        self._fill_views(view.name)
        return view

    def apply_view(self, view: SavedView) -> None:
        """The view's filters, sort and columns put back."""
        f = view.filters
        for box, value in ((self.status_filter, f.status), (self.program_filter, f.program),
                           (self.recommendation_filter, f.recommendation), (self.due_filter, f.due),
                           (self.reviewer_filter, f.reviewer)):  # fmt: skip
            index = box.findData(value)
            box.blockSignals(True)
            box.setCurrentIndex(index if index >= 0 else box.findData(""))
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(f.search)
        self.search.blockSignals(False)
        self.set_hidden(view.hidden)
        order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(COLUMN.get(view.sort, COLUMN["due"]), order)
        self._changed()
        self._fill_views(view.name)

    def _view_chosen(self, index: int) -> None:
        data = str(self.views_box.itemData(index) or "")
        if data.startswith("view:"):
            found = next((v for v in self.views if v.name == data[5:]), None)
            if found is not None:
                self.apply_view(found)
        elif data == "@save":
            self._fill_views()
            dialog = QInputDialog(self)
            dialog.setWindowTitle("Save this view")
            dialog.setLabelText("Name of the view (its filters, sort and columns):")
            dialog.setAccessibleName("Save this view")
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.textValueSelected.connect(self.save_view)
            self.name_dialog = dialog
            dialog.open()
        elif data.startswith("forget:") and self.settings is not None:
            self.views = [v for v in self.views if v.name != data[7:]]
            save_views(self.settings, self.views)
            self._fill_views()

    @property
    def filter_boxes(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.program_filter, self.recommendation_filter, self.due_filter,
                self.reviewer_filter)  # fmt: skip

    def clear_filters(self) -> None:
        """Show every claim: no search, every filter on "any"."""
        self.search.clear()
        for box in self.filter_boxes:
            box.setCurrentIndex(box.findData(""))

    def filters(self) -> QueueFilters:
        return QueueFilters(
            status=str(self.status_filter.currentData() or ""),
            program=str(self.program_filter.currentData() or ""),
            recommendation=str(self.recommendation_filter.currentData() or ""),
            due=str(self.due_filter.currentData() or ""),
            reviewer=str(self.reviewer_filter.currentData() or ""),
            search=self.search.text(),
        )

    def set_status_filter(self, status: str) -> None:
        index = self.status_filter.findData(status)
        if index >= 0:
            self.status_filter.setCurrentIndex(index)

    def fill_reviewers(self, rows: Sequence[ClaimSummary]) -> None:
        """The reviewer filter lists everyone who decided or holds a claim, after Mine and Nobody's."""
        people = sorted({p for r in rows for p in (r.decided_by, r.leased_by) if p}, key=str.casefold)
        box = self.reviewer_filter
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 3:
            box.removeItem(3)
        for person in people:
            box.addItem(person, person)
        index = box.findData(chosen)
        box.setCurrentIndex(index if index >= 0 else 0)
        box.blockSignals(False)
        if index < 0 and chosen:
            self._changed()

    def selected_ids(self) -> list[str]:
        """The claims selected, in the order the queue shows them."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.summary_at(row).claim_id for row in rows]

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select(self, claim_id: str, *, open_it: bool = True) -> bool:
        row = self.proxy.proxy_row_of(claim_id)
        if row is None:
            return False
        if not open_it:
            self.table.selectionModel().blockSignals(True)
        try:
            self.select_row(row)
        finally:
            if not open_it:
                self.table.selectionModel().blockSignals(False)
        return True

