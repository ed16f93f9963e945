"""Saved views of the queue: a filter, a sort and a column set kept under a name, and the column chooser.

A view is kept in the reviewer's settings (``queue/views``, JSON), so it survives restarts with the window's
layout; choosing it puts the filters, the sort and the columns back. Columns are shown or hidden from the
queue header's context menu (the claim column always stays); the header's widths and order are saved with the
layout, the columns hidden with the reviewer's settings.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from poe_reviewer.ui import settings as opts
from poe_reviewer.ui.queue_model import COLUMN, COLUMNS, QueueFilters
from poe_reviewer.ui.queue_rows import FOLDED

#: The column a reviewer cannot hide: the claim is what a row is.
ALWAYS_SHOWN = "claim_id"


@dataclass(frozen=True)
class SavedView:
    name: str
    filters: QueueFilters
    #: the column sorted by (its key) and the direction
    sort: str = "due"
    descending: bool = False
    #: the columns hidden (their keys)
    hidden: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "filters": asdict(self.filters), "sort": self.sort,
                "descending": self.descending, "hidden": list(self.hidden)}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SavedView:
        known = set(QueueFilters.__dataclass_fields__)
        filters = QueueFilters(**{k: str(v) for k, v in dict(data.get("filters") or {}).items() if k in known})
        sort = str(data.get("sort") or "due")
        hidden = tuple(str(h) for h in data.get("hidden") or () if h in COLUMN and h != ALWAYS_SHOWN)
        return cls(str(data["name"]), filters, sort if sort in COLUMN else "due", bool(data.get("descending")), hidden)


def load_views(settings: opts.Settings) -> list[SavedView]:
    """The saved views, in the order they were saved; a damaged entry is skipped, never fatal."""
    raw = settings.get(opts.QUEUE_VIEWS)
    try:
        listed = json.loads(raw) if raw else []
    except ValueError:
        return []
    views = []
    for item in listed if isinstance(listed, list) else []:
        try:
            views.append(SavedView.from_json(item))
        except (KeyError, TypeError, ValueError):
            continue
    return views


def save_views(settings: opts.Settings, views: list[SavedView]) -> None:
    settings.set(opts.QUEUE_VIEWS, json.dumps([v.to_json() for v in views], ensure_ascii=False))
    settings.sync()


def with_view(views: list[SavedView], view: SavedView) -> list[SavedView]:
    """The views with ``view`` added, replacing one of the same name."""
    return [v for v in views if v.name.casefold() != view.name.casefold()] + [view]


class ColumnChoice(Protocol):
    """What the column chooser needs of the queue: its table, the columns the reviewer hid, whether the
    queue is folded (ui/queue_rows.py), and a way to show or hide a column."""

    table: QTableView
    user_hidden: set[str]

    @property
    def folded(self) -> bool: ...

    def show_column(self, key: str, shown: bool) -> None: ...


def column_menu(queue: ColumnChoice) -> QMenu:
    """The column chooser: every column with a check box (the claim column stays). While the queue is
    folded, the folded columns are shown on each row's second line and cannot be chosen."""
    menu = QMenu(queue.table)
    menu.setAccessibleName("Columns")
    menu.setToolTipsVisible(True)
    for c in COLUMNS:
        action = QAction(c.title, menu)
        action.setCheckable(True)
        action.setChecked(c.key not in queue.user_hidden)
        folded = queue.folded and c.key in FOLDED
        action.setEnabled(c.key != ALWAYS_SHOWN and not folded)
        action.setToolTip(c.tip + (" (on each row's second line while the queue is narrow)" if folded else ""))
        action.toggled.connect(lambda on, key=c.key: queue.show_column(key, on))
        menu.addAction(action)
    return menu


def enable_column_chooser(queue: ColumnChoice) -> None:
    """Right-click the queue header: choose the columns shown."""
    header = queue.table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_menu(at: QPoint) -> None:
        column_menu(queue).popup(header.mapToGlobal(at))

    header.customContextMenuRequested.connect(open_menu)
