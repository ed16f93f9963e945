"""The compare view of a conflict group (issue 6), pytest-qt offscreen, over sample bundles in SQLite.

The sample pair 3091187 (Ironclad, signed detailed POE) / 3091502 (Brightwave, a one-off health
check e-mail) claims MICROSOFT DEFENDER ENDPOINT on the same VanArsdel tenant; 3081102 is a claim
with no conflict. The tests drive the real dialog with the mouse and wait on its signals.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.ui import errors, settings
from poe_reviewer.ui.compare import CompareDialog
from poe_reviewer.ui.main_window import MainWindow
from poe_reviewer.ui.tasks import Tasks
from tests.conftest import SAMPLES

pytestmark = pytest.mark.gui

WINNER, LOSER, LONE = "3091187", "3091502", "3081102"
BUNDLES = (
    "3091187_Ironclad_VanArsdel_MDE",
    "3091502_Brightwave_VanArsdel_MDE.zip",
    "3081102_Northwind_AlpineSkiHouse_Intune",
)
REVIEWER = "dana.reviewer@example.com"
WAIT = 20_000
REASON = (
    "The proof of execution chosen shows a signed acknowledgement and the deployment to 3,200 endpoints in three "
    "phases, the most influence on the customer's workload."
)


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("compare-db") / "queue.sqlite3"
    with ReviewQueue(str(db), actor="importer@example.com") as store:
        outcomes = list(store.import_paths([SAMPLES / b for b in BUNDLES]))
    assert all(not isinstance(o, BaseException) for _p, o in outcomes)
    return db


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "queue.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(template_db) + suffix)
        if f.exists():
            shutil.copy(f, str(dst) + suffix)
    return dst


@pytest.fixture
def no_error_windows() -> Iterator[list[errors.UserMessage]]:
    errors.set_error_windows(False)
    errors.unexpected.clear()
    yield errors.unexpected
    assert not errors.unexpected, [m.text for m in errors.unexpected]
    errors.set_error_windows(True)


@pytest.fixture
def store(db: Path) -> Iterator[ReviewQueue]:
    with ReviewQueue(str(db), actor=REVIEWER) as s:
        yield s


#: Why the group is decided before its window ends.
EARLY = "The other partner confirmed it has nothing more to send."


def notify(store: ReviewQueue) -> Any:
    """The group of WINNER after a reviewer recorded notifying both partners."""
    state = store.conflict_group_of(WINNER)
    assert state is not None
    return store.notify_conflict(state.group_id, how="e-mail to both partners", by=REVIEWER)


def open_dialog(
    qtbot: Any, store: ReviewQueue, *, claim_id: str | None = None, group_id: str | None = None
) -> CompareDialog:
    tasks = Tasks()
    dialog = CompareDialog(store, tasks, claim_id=claim_id, group_id=group_id, reviewer_name="Dana Reviewer")
    tasks.setParent(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.group is not None, timeout=WAIT)
    return dialog


def cell_index(dialog: CompareDialog, row_key: str, claim_id: str) -> QModelIndex:
    comparison = dialog.model.comparison
    assert comparison is not None
    row = [r.key for r in comparison.rows].index(row_key)
    col = [c.claim_id for c in comparison.columns].index(claim_id)
    return dialog.model.index(row, col)


def click(qtbot: Any, dialog: CompareDialog, index: QModelIndex) -> None:
    dialog.table.scrollTo(index)
    rect = dialog.table.visualRect(index)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_compare_view_opens_evidence_side_by_side_and_decides_the_group(
    qtbot: Any, store: ReviewQueue, db: Path, tmp_path: Path, no_error_windows: list[Any]
) -> None:
    dialog = open_dialog(qtbot, store, claim_id=LOSER)
    model = dialog.model
    # a column per claim, a row per criterion
    assert model.columnCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers[0].startswith(WINNER)
    assert "Ironclad" in headers[0]
    assert headers[1].startswith(LOSER)
    assert "Brightwave" in headers[1]
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    for label in (
        "Customer acknowledgement (kind)",
        "Customer acknowledgement (date)",
        "Most recent POE date",
        "Activity detail",
        "Users/devices in scope",
        "Timeline",
        "Concrete tasks",
        "MICROSOFT DEFENDER ENDPOINT evidenced",
        "Partner and customer names",
        "Customer domain",
    ):
        assert label in labels
    assert any(label.startswith("Check: ") for label in labels)
    # the cell shows its fact and its quote; the tooltip says where the quote is
    users = cell_index(dialog, "users_in_scope", WINNER)
    assert "3,200" in model.data(users)
    assert "POE/VanArsdel_MDE_POE_signed.pdf, page 1" in model.data(users, Qt.ItemDataRole.ToolTipRole)
    # found, not notified: no window yet, and no group decision before the notification is recorded
    assert "have not been notified yet" in dialog.header.text()
    assert dialog.notify_box.isVisible()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.notify_how, "e-mail to both partners")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.notify_button, Qt.MouseButton.LeftButton)
    assert not dialog.notify_box.isVisible()
    assert dialog.save_button.isEnabled()
    model = dialog.model
    # the clock: window end, days left, who was notified
    header = dialog.header.text()
    assert "Window ends" in header
    assert "14 days left" in header
    assert "Notified:" in header
    assert WINNER in header
    assert LOSER in header

    # both viewers visible, one per claim
    left, right = dialog.viewers
    assert (left.claim_id, right.claim_id) == (WINNER, LOSER)
    assert left.isVisible()
    assert right.isVisible()
    # a cell with evidence on page 2 opens the winner's document at page 2, in the winner's viewer
    names = cell_index(dialog, "names", WINNER)
    cell = model.cell(names)
    assert cell is not None
    page2 = [e for e in cell.evidence if e.page == 2]
    assert page2, cell.evidence
    click(qtbot, dialog, names)
    assert left.pane.current is not None
    assert left.pane.current.path == page2[0].document
    qtbot.waitUntil(lambda: left.pane.current_page() == 2, timeout=WAIT)
    # the other claim's cell opens in the other viewer; the first stays where it was
    ack = cell_index(dialog, "acknowledgement_kind", LOSER)
    click(qtbot, dialog, ack)
    assert right.pane.current is not None
    assert right.pane.current.path == "Defender health check - thank you.eml"
    assert left.pane.current.path == page2[0].document
    assert left.claim_id == WINNER
    # a cell that cites nothing leaves the viewers alone
    assert not dialog.open_cell(cell_index(dialog, "workloads_claimed", LOSER))

    # the decision: the suggested winner, the others rejected, the reason drafted
    (winner_box,) = dialog.winner_boxes.values()
    assert winner_box.currentData() == WINNER
    assert winner_box.accessibleName()
    assert winner_box.toolTip()
    dialog.others.setCurrentIndex(dialog.others.findData("reject"))
    dialog.reason.setPlainText(REASON)
    # rejecting the other claim on the window's first day needs a reason; approving needs the open checks resolved
    dialog.early_reason.setText(EARLY)
    for edit in dialog.resolution_edits.values():
        edit.setText("Confirmed by hand in the POE")
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.previews.count() == 2
    assert REASON in dialog._preview[WINNER].toPlainText()
    assert REASON in dialog._preview[LOSER].toPlainText()
    dialog._preview[LOSER].appendPlainText("Edited by the reviewer.")
    dialog.grab().save(str(tmp_path / "compare.png"))
    with qtbot.waitSignal(dialog.groupDecided, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert {d.decision.claim_id for d in saved.args[0]} == {WINNER, LOSER}
    assert "decided" in dialog.message.text()

    with ReviewQueue(str(db), actor=REVIEWER) as fresh:
        stored = {c: fresh.get_claim(c).current_decision for c in (WINNER, LOSER)}
        group_ids = {g.group_id for g in fresh.conflict_groups(include_decided=True)}
    decisions = {c: s.decision for c, s in stored.items() if s is not None}
    assert decisions[WINNER].decision == "approved"
    assert decisions[LOSER].decision == "rejected"
    assert decisions[LOSER].template_id == "conflicting_claim"
    assert decisions[LOSER].comment.endswith("Edited by the reviewer.")
    for d in decisions.values():
        assert d.conflict is not None
        block = d.conflict.to_export_json()
        assert block["winner_claim_id"] == WINNER
        assert block["claim_ids"] == [WINNER, LOSER]
        assert block["reason"] == f"{REASON} Decided before the window ended: {EARLY}"
        assert block["group_id"] in group_ids
        assert REASON in d.comment


def test_a_reason_naming_a_partner_is_refused_in_the_window(
    qtbot: Any, store: ReviewQueue, no_error_windows: list[Any]
) -> None:
    notify(store)
    dialog = open_dialog(qtbot, store, claim_id=WINNER)
    dialog.reason.setPlainText("Ironclad Managed Security showed more than the other partner.")
    dialog.early_reason.setText(EARLY)
    with qtbot.waitSignal(dialog.messageShown, timeout=WAIT) as shown:
        dialog.save()
    level, text = shown.args
    assert level == "error"
    assert "names the partner" in text
    assert dialog.save_button.isEnabled()
    assert store.get_claim(WINNER).current_decision is None
    assert store.get_claim(LOSER).current_decision is None


def test_after_the_window_the_others_can_only_be_rejected(
    qtbot: Any, store: ReviewQueue, db: Path, no_error_windows: list[Any]
) -> None:
    state = notify(store)
    assert state.window_end is not None
    later = dt.datetime.combine(state.window_end + dt.timedelta(days=3), dt.time(12), tzinfo=dt.UTC)
    with ReviewQueue(str(db), actor=REVIEWER, now=lambda: later) as late:
        dialog = open_dialog(qtbot, late, group_id=state.group_id)
        assert "Window ended" in dialog.header.text()
        assert dialog.others.currentData() == "reject"
        model = dialog.others.model()
        row = dialog.others.findData("action_required")
        assert not (model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled)
        dialog.close()


def test_the_main_window_opens_the_compare_view_with_c(
    qtbot: Any, db: Path, tmp_path: Path, no_error_windows: list[Any]
) -> None:
    settings.configure("POE Reviewer Tests", "compare", tmp_path / "config")
    try:
        ui = settings.Settings()
        ui.set(settings.REVIEWER_EMAIL, REVIEWER)
        window = MainWindow(ReviewQueue(str(db), actor=REVIEWER), ui)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
        qtbot.waitUntil(lambda: window.current_claim_id is not None, timeout=WAIT)
        action = window.commands["compare_conflicts"]
        assert action.text() == "Compare conflicts…"
        assert "C" in action.toolTip()
        window.select_claim(LONE)
        qtbot.waitUntil(lambda: window.current_claim_id == LONE, timeout=WAIT)
        assert not action.isEnabled()
        window.select_claim(LOSER)
        qtbot.waitUntil(lambda: window.current_claim_id == LOSER and action.isEnabled(), timeout=WAIT)
        qtbot.keyClick(window.table, Qt.Key.Key_C)
        qtbot.waitUntil(lambda: window.compare_dialog is not None, timeout=WAIT)
        dialog = window.compare_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.group is not None, timeout=WAIT)
        assert {c.claim_id for c in dialog.model.comparison.columns} == {WINNER, LOSER}  # type: ignore[union-attr]
        dialog.close()
        window.close()
    finally:
        settings.configure()
