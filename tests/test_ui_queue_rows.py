"""A narrow queue folds into two-line rows (ui/queue_rows.py): claim, due, suggestion, flags, partner, customer,
workloads and status all readable without scrolling sideways, at 1366×768 as at 1600×1000."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from poe_reviewer.ui.queue_dock import QueueDock
from poe_reviewer.ui.queue_model import COLUMN, SECOND_LINE_ROLE
from poe_reviewer.ui.queue_rows import elide_pair
from poe_reviewer.ui.views import column_menu
from tests.test_ui_queue_model import TODAY, sample_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def dock(qtbot: Any) -> QueueDock:
    d = QueueDock("me@example.com")
    d.model._today_fn = lambda: TODAY
    d.model.set_claims(sample_rows())
    d.status_filter.setCurrentIndex(d.status_filter.findData(""))
    qtbot.addWidget(d)
    d.show()
    return d


def shown_columns(dock: QueueDock) -> set[str]:
    header = dock.table.horizontalHeader()
    return {key for key, i in COLUMN.items() if not header.isSectionHidden(i)}


def test_a_narrow_queue_folds_the_names_into_a_second_line_and_never_scrolls_sideways(
    qtbot: Any, dock: QueueDock
) -> None:
    dock.resize(400, 600)  # the queue dock on a 1366x768 laptop
    qtbot.waitUntil(lambda: dock.folded, timeout=2000)
    assert shown_columns(dock) == {"claim_id", "due", "recommendation", "badges"}
    qtbot.waitUntil(lambda: not dock.table.horizontalScrollBar().isVisible(), timeout=2000)
    # what the folded columns showed is the second line of the columns that stay
    row = dock.proxy.proxy_row_of("3092761")
    assert row is not None
    line = {key: dock.proxy.index(row, COLUMN[key]).data(SECOND_LINE_ROLE) for key in ("claim_id", "due",
            "recommendation", "badges")}  # fmt: skip
    assert line == {"claim_id": "Litware, Inc. → Microsoft Corporation", "due": "CPOR", "recommendation": "To review",
                    "badges": "INTUNE"}  # fmt: skip
    tip = dock.proxy.index(row, COLUMN["claim_id"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "Litware, Inc. for Microsoft Corporation" in tip
    assert dock.table.rowHeight(0) > 2 * QFontMetrics(dock.table.font()).height()

    dock.resize(1300, 600)  # undocked or widened: every column again, one line a row
    qtbot.waitUntil(lambda: not dock.folded, timeout=2000)
    assert shown_columns(dock) == set(COLUMN)
    assert dock.table.rowHeight(0) < 2 * QFontMetrics(dock.table.font()).height()


def test_a_column_the_reviewer_hid_stays_hidden_through_folding(qtbot: Any, dock: QueueDock) -> None:
    dock.resize(1300, 600)
    qtbot.waitUntil(lambda: not dock.folded, timeout=2000)
    program = next(a for a in column_menu(dock).actions() if a.text() == "Program")
    program.setChecked(False)
    assert "program" not in shown_columns(dock)
    dock.resize(400, 600)
    qtbot.waitUntil(lambda: dock.folded, timeout=2000)
    menu = column_menu(dock)
    folded = [a.text() for a in menu.actions() if not a.isEnabled()]
    assert set(folded) >= {"Partner", "Customer", "Workloads", "Status"}, "folded columns are on the second line"
    dock.resize(1300, 600)
    qtbot.waitUntil(lambda: not dock.folded, timeout=2000)
    assert shown_columns(dock) == set(COLUMN) - {"program"}


def test_partner_and_customer_each_keep_a_part_when_the_line_is_short() -> None:
    fm = QFontMetrics(QFont())
    text = "Northwind Systems Integration Partners LLC → Contoso Pharmaceuticals"
    short = elide_pair(fm, text, 160)
    partner, customer = short.split(" → ")
    assert partner.startswith("North")
    assert partner.endswith("…")
    assert customer.startswith("Contoso")
    assert fm.horizontalAdvance(short) <= 160
    assert elide_pair(fm, "Fabrikam → Contoso", 400) == "Fabrikam → Contoso"
