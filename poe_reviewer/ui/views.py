"""Saved views of the queue: a filter, a sort and a column set kept under a name, and the column chooser.

A view is kept in the reviewer's settings (``queue/views``, JSON), so it survives restarts with the window's
layout; choosing it puts the filters, the sort and the columns back. Columns are shown or hidden from the
queue header's context menu (the claim column always stays); the header's state is saved with the layout.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from poe_reviewer.ui import settings as opts
from poe_reviewer.ui.queue_model import COLUMN, COLUMNS, QueueFilters

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


def hidden_columns(table: QTableView) -> tuple[str, ...]:
    header = table.horizontalHeader()
    return tuple(c.key for i, c in enumerate(COLUMNS) if header.isSectionHidden(i))


def show_columns(table: QTableView, hidden: tuple[str, ...]) -> None:
    header = table.horizontalHeader()
    for i, c in enumerate(COLUMNS):
        header.setSectionHidden(i, c.key in hidden and c.key != ALWAYS_SHOWN)


def column_menu(table: QTableView) -> QMenu:
    """The column chooser: every column with a check box (the claim column stays)."""
    header: QHeaderView = table.horizontalHeader()
    menu = QMenu(table)
    menu.setAccessibleName("Columns")
    menu.setToolTipsVisible(True)
    for i, c in enumerate(COLUMNS):
        action = QAction(c.title, menu)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(i))
        action.setEnabled(c.key != ALWAYS_SHOWN)
        action.setToolTip(c.tip)
        action.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
        menu.addAction(action)
    return menu


def enable_column_chooser(table: QTableView) -> None:
    """Right-click the queue header: choose the columns shown."""
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_menu(at: QPoint) -> None:
        column_menu(table).popup(header.mapToGlobal(at))

    header.customContextMenuRequested.connect(open_menu)
