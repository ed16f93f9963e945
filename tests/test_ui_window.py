"""The workbench window end to end (pytest-qt, offscreen), over the sample queue in a SQLite file.

The samples are imported once per session into a template database; every test works on a
copy, with its settings redirected to its own temporary folder. Tests drive the real window
with the keyboard and the mouse and wait on its signals, never on time.
"""

from __future__ import annotations

import dataclasses
import datetime
import gc
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError

from poe_reviewer.application.bundles import expand_bundle_paths
from poe_reviewer.application.queue import AlreadyDecidedError, ReviewQueue, StaleDecisionError, UnknownClaimError
from poe_reviewer.checks.base import Evidence
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.review import DecisionError, checks_to_resolve
from poe_reviewer.storage.db import DatabaseError
from poe_reviewer.templates import TemplateError
from poe_reviewer.ui import errors, settings
from poe_reviewer.ui.app import SWITCH_INTERVAL_S, display_problem, run_gui
from poe_reviewer.ui.decision_panel import ConfirmDecisionDialog
from poe_reviewer.ui.main_window import FIRST_SIZE, ImportReport, MainWindow
from poe_reviewer.ui.shortcuts import SHORTCUTS, ShortcutsDialog
from poe_reviewer.ui.tasks import Batch, DelayedProgress, Tasks
from tests.conftest import REPO, SAMPLES

pytestmark = pytest.mark.gui

#: Bundles in the sample queue (directories and zips; the marker file is hidden).
SAMPLE_COUNT = sum(1 for p in SAMPLES.iterdir() if not p.name.startswith("."))

REVIEWER = "dana.reviewer@example.com"
# A claim suggested "review" is one a person must look at: the keyboard-only reviewer of this test asks
# the partner (X) rather than approve what nobody verified.
KEY_FOR = {"approve": Qt.Key.Key_A, "reject": Qt.Key.Key_R, "action_required": Qt.Key.Key_X, "review": Qt.Key.Key_X}
DECIDED_AS = {"approve": "approved", "reject": "rejected", "action_required": "action_required",
              "review": "action_required"}  # fmt: skip
WAIT = 20_000


def _copy_db(src: Path, dst: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(src) + suffix)
        if f.exists():
            shutil.copy(f, str(dst) + suffix)
    return dst


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sample-db") / "queue.sqlite3"
    bundles = sorted(p for p in SAMPLES.iterdir() if not p.name.startswith("."))
    with ReviewQueue(str(db), actor="importer@example.com") as store:
        outcomes = list(store.import_paths(bundles))
    assert all(not isinstance(o, BaseException) for _p, o in outcomes)
    return db


@pytest.fixture
def ui_settings(tmp_path: Path) -> Iterator[settings.Settings]:
    settings.configure("POE Reviewer Tests", "workbench", tmp_path / "config")
    s = settings.Settings()
    s.set(settings.REVIEWER_EMAIL, REVIEWER)
    s.set(settings.REVIEWER_NAME, "Dana Reviewer")
    s.set(settings.EXPORT_FOLDER, str(tmp_path / "exports"))
    yield s
    settings.configure()


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Path:
    return _copy_db(sample_db, tmp_path / "queue.sqlite3")


@pytest.fixture
def no_error_windows() -> Iterator[list[errors.UserMessage]]:
    errors.set_error_windows(False)
    errors.unexpected.clear()
    yield errors.unexpected
    errors.set_error_windows(True)


def open_window(qtbot: Any, db: Path, ui: settings.Settings, *, wait_claim: bool = True) -> MainWindow:
    store = ReviewQueue(str(db), actor=REVIEWER)
    window = MainWindow(store, ui)
    qtbot.addWidget(window)
    # the offscreen screen is 800x600: the tests click through a window of the usual first size
    window.resize(*FIRST_SIZE)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    if wait_claim:
        qtbot.waitUntil(lambda: window.current_claim_id is not None, timeout=WAIT)
    return window


@pytest.fixture
def window(qtbot: Any, db: Path, ui_settings: settings.Settings, no_error_windows: list[Any]) -> Iterator[MainWindow]:
    w = open_window(qtbot, db, ui_settings)
    yield w
    w.close()
    assert not no_error_windows, [m.text for m in no_error_windows]


def press(
    qtbot: Any, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key typed with the queue focused, as a reviewer working the queue does."""
    window.table.setFocus()
    qtbot.keyClick(window.table, key, modifier)


def wait_open(qtbot: Any, window: MainWindow, claim_id: str) -> None:
    qtbot.waitUntil(lambda: window.current_claim_id == claim_id, timeout=WAIT)


def open_unconflicted(qtbot: Any, window: MainWindow) -> str:
    """Open the first claim of the queue that no other partner also claims (decided on its own)."""
    for claim_id in window.proxy.visible_ids():
        row = window.model.row_of(claim_id)
        if row is not None and not window.model.summary(row).conflict:
            if window.current_claim_id != claim_id:
                assert window.select_claim(claim_id)
                wait_open(qtbot, window, claim_id)
            return claim_id
    raise AssertionError("every claim of the queue is in a conflict group")


#: What a reviewer types for each open check the confirmation asks about before approving.
NOTE = "Confirmed by hand in the POE"


def confirm_with_enter(qtbot: Any, window: MainWindow) -> None:
    """Enter in the confirmation dialog, once it has the keyboard; an approval over open checks first
    gets a note typed for each (Save stays off until then), Tab moving from one to the next."""
    try:
        qtbot.waitUntil(lambda: window.confirm_dialog is not None and window.confirm_dialog.isVisible(), timeout=WAIT)
    except QtTimeoutError:
        raise AssertionError(f"no confirmation for {window.current_claim_id}: {window.message_bar.text()}") from None
    dialog = window.confirm_dialog
    assert dialog is not None
    for edit in dialog.notes.values():
        qtbot.waitUntil(lambda e=edit: QApplication.focusWidget() is e, timeout=WAIT)
        assert not dialog.save_button.isEnabled(), "no approval before every open check is resolved"
        qtbot.keyClicks(edit, NOTE)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    if dialog.notes:
        dialog.save_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.save_button, timeout=WAIT)
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)


def decide_group_in_comparison(qtbot: Any, window: MainWindow, key: Qt.Key) -> list[Any]:
    """A/R/X on a claim of an undecided conflict group opens the comparison: the reviewer records the
    notification of the partners, gives the reasons and the notes, and saves the group's decision."""
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: window.compare_dialog is not None, timeout=WAIT)
    assert "decide the group together" in window.message_bar.text()
    dialog = window.compare_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.decision_box.isEnabled(), timeout=WAIT)
    if dialog.notify_box.isVisible():
        assert not dialog.save_button.isEnabled(), "no group decision before the partners were notified"
        qtbot.keyClicks(dialog.notify_how, "e-mail to both partners")
        with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
            qtbot.mouseClick(dialog.notify_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    if dialog.early_reason.isEnabled():
        qtbot.keyClicks(dialog.early_reason, "The other partners confirmed they have nothing more to send.")
    for edit in dialog.resolution_edits.values():
        qtbot.keyClicks(edit, NOTE)
    with qtbot.waitSignal(dialog.groupDecided, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    return list(saved.args[0])


def decide_by_keyboard(qtbot: Any, window: MainWindow, key: Qt.Key) -> Any:
    """A/R/X, then Enter in the confirmation; returns the StoredDecision."""
    press(qtbot, window, key)
    with qtbot.waitSignal(window.decisionSaved, timeout=WAIT) as saved:
        confirm_with_enter(qtbot, window)
    return saved.args[0]


# -- moving and reading ---------------------------------------------------------------------------------------
def test_j_and_k_move_through_the_queue(qtbot: Any, window: MainWindow) -> None:
    order = window.proxy.visible_ids()
    assert len(order) == SAMPLE_COUNT
    assert window.current_claim_id == order[0]
    press(qtbot, window, Qt.Key.Key_J)
    wait_open(qtbot, window, order[1])
    press(qtbot, window, Qt.Key.Key_J)
    wait_open(qtbot, window, order[2])
    press(qtbot, window, Qt.Key.Key_K)
    wait_open(qtbot, window, order[1])
    assert window.checks.results, "the checks panel shows the open claim"
    assert order[1] in window.claim_header.text()
    assert window.decision.detail is not None
    assert window.decision.detail.summary.claim_id == order[1]


def test_fast_moves_end_on_the_last_claim_asked_for(qtbot: Any, window: MainWindow) -> None:
    order = window.proxy.visible_ids()
    for _ in range(6):
        press(qtbot, window, Qt.Key.Key_J)
    wait_open(qtbot, window, order[6])
    qtbot.waitUntil(lambda: window.tasks.busy == 0, timeout=WAIT)
    assert window.current_claim_id == order[6]


def test_clicking_evidence_opens_its_page_with_the_box(qtbot: Any, window: MainWindow) -> None:
    assert window.select_claim("3079758")
    wait_open(qtbot, window, "3079758")
    located = [(cid, e) for cid, e in window.checks.evidence_items() if e.page is not None and e.bbox is not None]
    assert located, "the signed POE of 3079758 gives located evidence"
    check_id, evidence = located[0]
    index = [e for cid, e in window.checks.evidence_items() if cid == check_id].index(evidence)
    item = window.checks.item_for(check_id, index)
    assert item is not None
    calls: list[tuple[Any, ...]] = []
    real = window.viewer.open_evidence

    def spy(*args: Any) -> bool:
        calls.append(args)
        return real(*args)

    window.viewer.open_evidence = spy  # type: ignore[method-assign,assignment]
    window.checks.tree.scrollToItem(item)
    rect = window.checks.tree.visualItemRect(item)
    qtbot.mouseClick(window.checks.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls == [(evidence.document, evidence.page, evidence.bbox, evidence.quote)]
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.current is not None and viewer.current.path == evidence.document, timeout=WAIT)
    assert evidence.page is not None
    assert evidence.bbox is not None
    qtbot.waitUntil(lambda: viewer.current_page() == evidence.page, timeout=WAIT)
    assert viewer.page_view.canvas.evidence == [(evidence.page, evidence.bbox)]
    qtbot.waitUntil(lambda: viewer.page_view.box_visible(evidence.page, evidence.bbox), timeout=WAIT)


def test_evidence_shared_with_another_claim_opens_both_sides_with_the_passage_marked(
    qtbot: Any, window: MainWindow
) -> None:
    from poe_reviewer.ui.shared_evidence import SharedEvidenceDialog

    # 3089940 and 3093377 (two partners) carry the same Defender for Office 365 narrative
    assert window.select_claim("3089940")
    wait_open(qtbot, window, "3089940")
    items = window.checks.shared_items()
    assert items, "the reused-evidence check offers both sides"
    assert "claim 3093377" in items[0].text(0)
    window.checks.tree.scrollToItem(items[0])
    rect = window.checks.tree.visualItemRect(items[0])
    qtbot.mouseClick(window.checks.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.shared_dialog
    assert isinstance(dialog, SharedEvidenceDialog)
    fact = dialog.fact
    assert fact.other_claim == "3093377"
    assert fact.bbox is not None
    assert fact.other_bbox is not None
    mine, theirs = dialog.panes
    for pane, document, page, bbox in (
        (mine, fact.document, fact.page, fact.bbox),
        (theirs, fact.other_document, fact.other_page, fact.other_bbox),
    ):
        viewer = pane
        qtbot.waitUntil(lambda v=viewer, d=document: v.current is not None and v.current.path == d, timeout=WAIT)
        qtbot.waitUntil(lambda v=viewer, p=page: v.current_page() == p, timeout=WAIT)
        assert viewer.page_view.canvas.evidence == [(page, bbox)]
    assert "highlighted on both pages" in dialog.message.text()
    assert "Wingtip" in fact.other_document
    dialog.close()


def test_e_walks_every_evidence_item(qtbot: Any, window: MainWindow) -> None:
    assert window.select_claim("3081102")
    wait_open(qtbot, window, "3081102")
    items = window.checks.evidence_items()
    assert len(items) >= 2
    shown: list[str] = []
    window.viewer.documentOpened.connect(shown.append)
    seen: list[Evidence] = []
    window.checks.evidenceActivated.connect(seen.append)
    for _ in range(len(items) + 1):
        press(qtbot, window, Qt.Key.Key_E)
    assert seen[: len(items)] == [e for _cid, e in items]
    assert seen[len(items)] == items[0][1], "E wraps around"
    assert shown, "the viewer opened the evidence documents"


def test_slash_focuses_find_and_overview_counts(qtbot: Any, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is window.viewer.find_box
    o = window.overview.overview
    assert o.total == SAMPLE_COUNT
    assert o.by_status["to_review"] == SAMPLE_COUNT
    assert sum(o.by_recommendation.values()) == SAMPLE_COUNT
    assert o.overdue == sum(1 for c in window.model.claims() if c.overdue(window.model.today))
    assert f"{SAMPLE_COUNT} claims" in window.overview.accessibleDescription()


def test_letters_typed_in_the_comment_are_text_and_esc_returns_to_the_queue(qtbot: Any, window: MainWindow) -> None:
    comment = window.decision.comment
    comment.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is comment, timeout=WAIT)
    comment.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(comment, " jaxrek")
    assert comment.toPlainText().endswith(" jaxrek")
    assert window.confirm_dialog is None, "A, R, X typed as text decide nothing"
    qtbot.keyClick(comment, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table


# -- deciding -------------------------------------------------------------------------------------------------
def test_reject_with_the_suggested_template_then_the_next_claim_opens(qtbot: Any, window: MainWindow, db: Path) -> None:
    assert window.select_claim("3090055")  # the partner's affiliate as customer
    wait_open(qtbot, window, "3090055")
    assert window.decision.verdict == "reject"
    assert window.decision.template_id == "partner_affiliate"
    assert window.decision.template.currentText().startswith("★")
    order = window.proxy.visible_ids()
    saved = decide_by_keyboard(qtbot, window, Qt.Key.Key_R)
    d = saved.decision
    assert (d.claim_id, d.decision, d.template_id, d.reviewer) == ("3090055", "rejected", "partner_affiliate", REVIEWER)
    assert "affiliate" in d.comment.lower()
    assert "Dana Reviewer" in d.comment
    expected_next = order[order.index("3090055") + 1]
    wait_open(qtbot, window, expected_next)
    assert "3090055" not in window.proxy.visible_ids(), "the To review filter hides decided claims"
    with ReviewQueue(str(db)) as store:
        stored = store.get_claim("3090055").current_decision
    assert stored is not None
    assert stored.decision.template_id == "partner_affiliate"


def test_choosing_another_template_and_editing_the_comment(qtbot: Any, window: MainWindow, db: Path) -> None:
    assert window.select_claim("3081102")
    wait_open(qtbot, window, "3081102")
    window.decision.choose_verdict("action_required")
    assert window.decision.select_template("missing_dates")
    first = window.decision.comment.toPlainText()
    assert "3081102" in first
    window.decision.comment.setPlainText(first + "\n\nPlease also attach the signed SOW.")
    assert window.decision.select_template("other")
    assert window.decision.select_template("missing_dates")
    assert window.decision.comment.toPlainText().endswith("signed SOW."), "edits are kept per template"
    saved = decide_by_keyboard(qtbot, window, Qt.Key.Key_X)
    assert saved.decision.template_id == "missing_dates"
    assert saved.decision.comment.endswith("signed SOW.")
    assert saved.decision.respond_by is not None


def test_cpor_workloads_can_be_decided_one_by_one(qtbot: Any, window: MainWindow) -> None:
    store = window.store
    # a CPOR claim with several workloads that no other partner claims (a conflicting one is decided with its group)
    claims = {c.claim_id: store.get_claim(c.claim_id).claim for c in store.list_claims() if not c.conflict}
    claim_id = next(cid for cid, claim in claims.items() if claim.is_cpor and len(claim.workloads) >= 2)
    assert window.select_claim(claim_id)
    wait_open(qtbot, window, claim_id)
    detail = store.get_claim(claim_id)
    count = len(detail.claim.workloads)
    panel = window.decision
    assert panel.workloads.isVisibleTo(window)
    assert panel.workloads.rowCount() == count
    panel.choose_verdict("approve")
    panel.set_workload(count - 1, "rejected")
    assert panel.outcome_kind() == "partially_approved"
    assert "partially approved" in panel.outcome.text()
    panel.comment.setPlainText("The last workload is not evidenced in the SOW.")
    request = panel.request()
    assert request is not None
    open_checks = checks_to_resolve(detail.check_statuses, "partially_approved")
    if open_checks:
        # the approved workloads rest on checks nobody could decide: refused until each is resolved
        with qtbot.waitSignal(window.messageShown, timeout=WAIT, check_params_cb=lambda lvl, _t: lvl == "error"):
            window.save_decision(request)
        assert "cannot be partially approved yet" in window.message_bar.text()
        request = dataclasses.replace(request, resolutions={c: "Confirmed by hand in the SOW" for c in open_checks})
    with qtbot.waitSignal(window.decisionSaved, timeout=WAIT, raising=False) as saved:
        window.save_decision(request)
    assert saved.signal_triggered, window.message_bar.text()
    d = saved.args[0].decision
    assert d.decision == "partially_approved"
    assert [w.decision for w in d.workloads] == ["approved"] * (count - 1) + ["rejected"]
    assert {r.check for r in d.resolutions} == set(open_checks)


def test_a_decision_the_rules_refuse_is_explained_and_nothing_is_saved(
    qtbot: Any, window: MainWindow, db: Path
) -> None:
    claim_id = open_unconflicted(qtbot, window)
    window.decision.choose_verdict("reject")
    window.decision.comment.setPlainText("   ")
    with qtbot.waitSignal(window.messageShown, timeout=WAIT, check_params_cb=lambda level, _t: level == "error"):
        window.save_decision(window.decision.request())  # type: ignore[arg-type]
    assert "needs a comment" in window.message_bar.text()
    assert window.current_claim_id == claim_id
    with ReviewQueue(str(db)) as store:
        assert store.get_claim(claim_id).current_decision is None


def test_a_stale_decision_is_refused_with_a_clear_message_and_reloaded(
    qtbot: Any, window: MainWindow, db: Path
) -> None:
    claim_id = open_unconflicted(qtbot, window)
    with ReviewQueue(str(db), actor="sam@example.com") as other:
        other.decide(claim_id, "reject", reviewer="sam@example.com", comment="Dear Partner, not eligible.")
    press(qtbot, window, Qt.Key.Key_A)
    with qtbot.waitSignal(window.claimShown, timeout=WAIT):
        confirm_with_enter(qtbot, window)
    assert "changed after you opened it" in window.message_bar.text()
    assert "sam@example.com" in window.message_bar.text()
    assert window.current_claim_id == claim_id
    assert "Already decided" in window.decision.outcome.text()
    row = window.model.row_of(claim_id)
    assert row is not None
    assert window.model.summary(row).status == "rejected"
    assert not window.table.currentIndex().isValid(), "no other claim looks selected while this one is shown"
    press(qtbot, window, Qt.Key.Key_J)
    first = window.proxy.visible_ids()[0]
    wait_open(qtbot, window, first)


def test_after_a_group_decision_the_claim_the_queue_selects_is_the_one_shown(qtbot: Any, window: MainWindow) -> None:
    # the group leaves the view; the window shows the claim now selected, not the decided one (nor
    # waits for the queue's next poll to open it)
    claim_id = window.current_claim_id
    assert claim_id is not None
    row = window.model.row_of(claim_id)
    assert row is not None
    summary = window.model.summary(row)
    assert summary.conflict, "the sample queue opens on a claim of a conflict group"
    decided = {d.decision.claim_id for d in decide_group_in_comparison(qtbot, window, KEY_FOR[summary.recommendation])}

    def shown_is_selected() -> bool:
        index = window.table.currentIndex()
        return (
            index.isValid()
            and window.current_claim_id == window.proxy.summary_at(index.row()).claim_id
            and window.current_claim_id not in decided
        )

    qtbot.waitUntil(shown_is_selected, timeout=5000)


def test_the_whole_sample_queue_decided_with_the_keyboard_alone(qtbot: Any, window: MainWindow, db: Path) -> None:
    """A new user: A/R/X as the checks suggest, Enter to confirm, until nothing is left to review."""
    decided: dict[str, str] = {}
    grouped: dict[str, str] = {}
    while window.current_claim_id is not None and window.current_claim_id not in decided:
        claim_id = window.current_claim_id
        row = window.model.row_of(claim_id)
        assert row is not None
        summary = window.model.summary(row)
        if summary.status != "to_review":
            break
        if summary.conflict:
            for d in decide_group_in_comparison(qtbot, window, KEY_FOR[summary.recommendation]):
                grouped[d.decision.claim_id] = d.decision.decision
                decided[d.decision.claim_id] = "group"
            # the queue reloads without the group's claims; the reviewer goes on with the next one
            qtbot.waitUntil(lambda: all(window.model.row_of(c) is None or window.model.summary(
                window.model.row_of(c)).status != "to_review" for c in grouped), timeout=WAIT)  # fmt: skip
            waiting = [c for c in window.proxy.visible_ids() if c not in decided]
            if not waiting:
                break
            window.select_claim(waiting[0])
            wait_open(qtbot, window, waiting[0])
            continue
        saved = decide_by_keyboard(qtbot, window, KEY_FOR[summary.recommendation])
        assert saved.decision.claim_id == claim_id
        decided[claim_id] = summary.recommendation
        qtbot.waitUntil(
            lambda cid=claim_id: window.current_claim_id != cid or not window.proxy.rowCount(), timeout=WAIT
        )
        if window.proxy.rowCount() == 0:
            break
    assert len(decided) == SAMPLE_COUNT
    assert window.proxy.rowCount() == 0, "nothing left to review"
    assert "No claim left to review" in window.statusBar().currentMessage() or window.proxy.rowCount() == 0
    with ReviewQueue(str(db)) as store:
        assert store.list_claims(status="to_review") == []
        assert grouped, "the sample queue has conflict groups, decided in the comparison"
        for claim_id, recommendation in decided.items():
            current = store.get_claim(claim_id).current_decision
            assert current is not None
            if recommendation == "group":
                assert current.decision.conflict is not None
                assert current.decision.decision == grouped[claim_id]
                continue
            assert current.decision.decision == DECIDED_AS[recommendation]
            assert current.decision.reviewer == REVIEWER
            if recommendation != "approve":
                assert current.decision.comment, claim_id
                assert current.decision.template_id, claim_id
    assert window.overview.overview.decided_today == SAMPLE_COUNT


def test_export_then_reopen_finds_the_decision(
    qtbot: Any, db: Path, ui_settings: settings.Settings, no_error_windows: list[Any], tmp_path: Path
) -> None:
    window = open_window(qtbot, db, ui_settings)
    claim_id = open_unconflicted(qtbot, window)
    row = window.model.row_of(claim_id)
    assert row is not None
    recommendation = window.model.summary(row).recommendation
    decide_by_keyboard(qtbot, window, KEY_FOR[recommendation])
    out = tmp_path / "exports" / "decisions.json"
    out.parent.mkdir()
    window.ask_export_path = lambda: str(out)  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exportFinished, timeout=WAIT) as exported:
        press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported.args[0].count == 1
    data = json.loads(out.read_text())
    assert [d["claim_id"] for d in data["decisions"]] == [claim_id]
    assert data["decisions"][0]["decision"] == DECIDED_AS[recommendation]
    assert data["export_id"] == exported.args[0].export_uid
    assert f"export {data['export_id']}, pending until" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.exportFinished, timeout=WAIT) as again:
        press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert again.args[0].resumed, "nothing new: the same export, not a second one"
    assert again.args[0].export_uid == data["export_id"]
    assert f"resumed export {data['export_id']}" in window.statusBar().currentMessage()
    assert json.loads(out.read_text()) == data
    window.close()

    reopened = open_window(qtbot, db, ui_settings)
    reopened.set_status_filter("")
    row = reopened.model.row_of(claim_id)
    assert row is not None
    assert reopened.model.summary(row).status == DECIDED_AS[recommendation]
    assert reopened.model.summary(row).decided_by == REVIEWER
    assert reopened.select_claim(claim_id)
    wait_open(qtbot, reopened, claim_id)
    tree = reopened.decision.history
    history = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert any(f"{REVIEWER}\nDecided: {DECIDED_AS[recommendation].replace('_', ' ')}" in h for h in history)
    reopened.close()
    assert not no_error_windows


def test_reviewer_filter_lists_who_decided(qtbot: Any, window: MainWindow, db: Path) -> None:
    with ReviewQueue(str(db), actor="sam@example.com") as other:
        other.decide("3081102", "reject", reviewer="sam@example.com", comment="Dear Partner, no dates.")
    with qtbot.waitSignal(window.queueLoaded, timeout=WAIT):
        press(qtbot, window, Qt.Key.Key_F5)
    box = window.reviewer_filter
    assert [box.itemData(i) for i in range(box.count())] == ["", "@me", "@nobody", "sam@example.com"]
    window.set_status_filter("")
    box.setCurrentIndex(box.findData("sam@example.com"))
    assert window.proxy.visible_ids() == ["3081102"]
    qtbot.waitUntil(lambda: window.current_claim_id == "3081102", timeout=WAIT)


def test_switching_the_database_shows_its_queue(
    qtbot: Any, window: MainWindow, tmp_path: Path, ui_settings: settings.Settings
) -> None:
    other = tmp_path / "other.sqlite3"
    with ReviewQueue(str(other)) as store:
        list(store.import_paths([SAMPLES / "3092761_Litware_Microsoft_Ineligible"]))
    dialog = settings.SettingsDialog(ui_settings, window.store.url, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Dana R.")
    dialog.database.setText(str(other))
    dialog.ocr.setChecked(False)
    assert dialog.save() is True
    assert ui_settings.get(settings.OCR) is False
    assert ui_settings.reviewer_name == "Dana R."
    qtbot.waitUntil(lambda: window.tasks.busy == 0, timeout=WAIT)
    with qtbot.waitSignal(window.queueLoaded, timeout=WAIT):
        window.switch_database(settings.database_url(None, ui_settings))
    qtbot.waitUntil(lambda: window.current_claim_id == "3092761", timeout=WAIT)
    assert window.model.rowCount() == 1
    # the title names the queue (the database file's name); the status bar's tooltip the database itself
    assert window.windowTitle() == f"POE Reviewer — {Path(other).stem}"
    assert str(other) in window.statusBar().toolTip()


def test_tasks_can_run_synchronously_for_unit_tests(qtbot: Any) -> None:
    tasks = Tasks(synchronous=True)
    got: list[object] = []
    tasks.run(lambda _c: 41 + 1, done=got.append)
    assert got == [42], "delivered before run() returns"
    tasks.run(lambda _c: 1 / 0, failed=got.append)
    assert isinstance(got[1], ZeroDivisionError)
    with qtbot.waitSignal(tasks.failed, timeout=1000):
        tasks.run(lambda _c: [][1])
    assert tasks.busy == 0


# -- import ---------------------------------------------------------------------------------------------------
def test_drop_bundles_to_import_them(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    window = open_window(qtbot, tmp_path / "empty.sqlite3", ui_settings, wait_claim=False)
    qtbot.waitUntil(lambda: window._queue_loaded, timeout=WAIT)
    assert window.model.rowCount() == 0
    junk = tmp_path / "notes.txt"
    junk.write_text("not a bundle")
    chosen = [SAMPLES / "3084417_Lakeside_Woodgrove_Defender.zip", SAMPLES / "3079758_Fabrikam_Contoso_Intune", junk]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in chosen])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as finished:
        window.dropEvent(event)
    report: ImportReport = finished.args[0]
    assert report.counts() == {"new": 2, "revision": 0, "unchanged": 0, "bad": 0}
    assert report.ignored == [str(junk)]
    assert "notes.txt" in report.describe()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: window.current_claim_id is not None, timeout=WAIT)
    # the same bundles again change nothing
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as again:
        window.import_paths([str(p) for p in chosen[:2]])
    assert again.args[0].counts()["unchanged"] == 2
    window.close()
    assert not no_error_windows


def test_the_claim_shown_during_an_import_shows_the_reuse_verdict_the_import_ends_with(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    # the claim opens as soon as it is imported, before the queue-wide reuse check has run: once it
    # has, the window shows the claim's new verdict, not the one from before (a reviewer could read
    # "Approve" on a claim whose evidence is another partner's)
    window = open_window(qtbot, tmp_path / "empty.sqlite3", ui_settings, wait_claim=False)
    qtbot.waitUntil(lambda: window._queue_loaded, timeout=WAIT)
    first = SAMPLES / "3089940_CobaltRidge_SouthridgeVideo_MDO"
    second = SAMPLES / "3093377_VantagePoint_WingtipToys_MDO"
    with qtbot.waitSignal(window.importFinished, timeout=60_000):
        window.import_paths([str(first)])
    wait_open(qtbot, window, "3089940")  # alone in the queue: nothing to compare its evidence with
    # the other partner's claim carrying the same narrative comes in while 3089940 is on screen
    with qtbot.waitSignal(window.importFinished, timeout=60_000):
        window.import_paths([str(second)])

    def reuse_shown() -> bool:
        shown = window.current
        return shown is not None and shown.claim_id == "3089940" and any(
            c.id == "reused_evidence" and c.status == "fail" for c in shown.detail.checks
        )

    qtbot.waitUntil(reuse_shown, timeout=WAIT)
    assert window.checks.shared_items(), "the shared evidence can be seen from both sides"
    window.close()
    assert not no_error_windows


def test_a_bad_bundle_is_reported_and_the_rest_imported(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    window = open_window(qtbot, tmp_path / "empty.sqlite3", ui_settings, wait_claim=False)
    broken = tmp_path / "queue" / "broken.zip"
    broken.parent.mkdir()
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    shutil.copytree(SAMPLES / "3081102_Northwind_AlpineSkiHouse_Intune", broken.parent / "3081102")
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as finished:
        window.import_paths([broken.parent])
    report: ImportReport = finished.args[0]
    assert report.counts()["new"] == 1
    assert report.counts()["bad"] == 1
    assert "broken.zip" in window.message_bar.text()
    assert window.message_bar.level == "warning"
    window.close()
    assert not no_error_windows


def test_import_progress_appears_after_a_delay_and_cancels(qtbot: Any, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = Tasks(parent)
    release = threading.Event()
    done: list[tuple[list[Any], bool]] = []

    def work(item: int, _control: Any) -> int:
        release.wait(10)
        return item

    batch: Batch[int, int] = Batch(tasks, list(range(5)), work, done=lambda r, c: done.append((r, c)))
    progress = DelayedProgress(batch, parent, "Importing bundles", delay_ms=50)
    batch.start()
    qtbot.waitUntil(lambda: progress.shown and progress.dialog.isVisible(), timeout=WAIT)
    cancel = progress.dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    results, cancelled = done[0]
    assert cancelled
    assert [r for _i, r in results] == [0]
    assert tasks.wait(5000)


def test_a_bundle_moved_or_changed_after_import_is_said_in_the_window(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    moved = tmp_path / "moved"
    changed = tmp_path / "changed"
    shutil.copytree(SAMPLES / "3079758_Fabrikam_Contoso_Intune", moved)
    shutil.copytree(SAMPLES / "3081102_Northwind_AlpineSkiHouse_Intune", changed)
    db = tmp_path / "q.sqlite3"
    with ReviewQueue(str(db)) as store:
        list(store.import_paths([moved, changed]))
    shutil.rmtree(moved)
    pdf = next(changed.rglob("*.pdf"))
    pdf.write_bytes(pdf.read_bytes() + b"\n% edited after import\n")
    window = open_window(qtbot, db, ui_settings, wait_claim=False)
    qtbot.waitUntil(lambda: window._queue_loaded, timeout=WAIT)
    for claim_id, words in (("3079758", "is no longer at"), ("3081102", "has changed since")):
        assert window.select_claim(claim_id)
        wait_open(qtbot, window, claim_id)
        assert words in window.message_bar.text()
        assert window.current is not None
        assert window.current.files == {}
        assert window.checks.results, "the checks and the text read at import are still shown"
    window.close()
    assert not no_error_windows


def test_expand_bundle_paths(tmp_path: Path) -> None:
    (tmp_path / "queue" / "a").mkdir(parents=True)
    (tmp_path / "queue" / "b.zip").write_bytes(b"")
    (tmp_path / "queue" / ".hidden").mkdir()
    (tmp_path / "lone").mkdir()
    (tmp_path / "lone" / "claim.json").write_text("{}")
    bundles, ignored = expand_bundle_paths([tmp_path / "queue", tmp_path / "lone", tmp_path / "x.pdf"])
    assert [Path(b).name for b in bundles] == ["a", "b.zip", "lone"]
    assert ignored == [str(tmp_path / "x.pdf")]


# -- keyboard help, accessibility, settings -------------------------------------------------------------------
def test_question_mark_lists_every_shortcut(qtbot: Any, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Question)
    dialog = window._shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    listed = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}  # type: ignore[union-attr]
    assert listed == {s.text.rstrip("…") for s in SHORTCUTS}
    for s in SHORTCUTS:
        action = window.commands[s.name]
        assert [k.toString() for k in action.shortcuts()] == list(s.keys) or s.keys == ("?", "F1")
    dialog.close()


def unnamed_controls(root: QWidget, skip: QWidget | None = None) -> list[str]:
    """Interactive widgets under ``root`` without an accessible name or a tooltip."""
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, interactive) or widget.objectName().startswith("qt_"):
            continue
        ancestors: list[QWidget] = []
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            ancestors.append(parent)
            parent = parent.parentWidget()
        if any(isinstance(a, (QComboBox, QLineEdit)) for a in ancestors):
            continue  # Qt's own parts of a combo box or a line edit (its popup list, its clear button)
        if skip is not None and any(a is skip for a in ancestors):
            continue
        if not widget.accessibleName() or not widget.toolTip():
            chain = " < ".join(f"{type(w).__name__}:{w.objectName()}" for w in [widget, *ancestors])
            missing.append(f"{chain} name={widget.accessibleName()!r} tip={widget.toolTip()[:20]!r}")
    return missing


def test_every_control_has_an_accessible_name_and_a_tooltip(
    qtbot: Any, window: MainWindow, ui_settings: settings.Settings
) -> None:
    # the document viewer's own controls are its module's business (and its tests')
    assert not unnamed_controls(window, skip=window.viewer)
    assert window.viewer.accessibleName()
    assert window.viewer.toolTip()
    window.decision.choose_verdict("reject")
    request = window.decision.request()
    assert request is not None
    assert window.current is not None
    dialogs = [
        settings.SettingsDialog(ui_settings, window.store.url, window),
        ConfirmDecisionDialog(request, window.current.detail, window),
        ShortcutsDialog(window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert not unnamed_controls(dialog), type(dialog).__name__


def test_window_layout_is_remembered(
    qtbot: Any, db: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    first = open_window(qtbot, db, ui_settings)
    first.docks["overview"].hide()
    # the column order is the reviewer's (the widths of a narrow queue are shared out: ui/queue_rows.py)
    first.table.horizontalHeader().moveSection(1, 2)
    first.close()
    assert ui_settings.get(settings.WINDOW_STATE)
    second = open_window(qtbot, db, settings.Settings())
    assert not second.docks["overview"].isVisible()
    assert second.table.horizontalHeader().visualIndex(1) == 2
    second.close()


def test_the_ocr_setting_switches_the_extractors_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    from poe_reviewer.documents.ocr import ENV_SWITCH, default_enabled, engine_available

    monkeypatch.setenv(ENV_SWITCH, "")  # restored after the test
    settings.apply_ocr(False)
    assert os.environ[ENV_SWITCH] == "off"
    assert default_enabled() is False
    settings.apply_ocr(True)
    assert default_enabled() is engine_available()


def test_settings_round_trip(ui_settings: settings.Settings) -> None:
    ui_settings.set(settings.OCR, True)
    ui_settings.set(settings.DATABASE_URL, "/tmp/somewhere.sqlite3")
    ui_settings.sync()
    again = settings.Settings()
    assert again.get(settings.OCR) is True
    assert again.get(settings.DATABASE_URL) == "/tmp/somewhere.sqlite3"
    assert again.reviewer == REVIEWER
    assert settings.database_url("sqlite:///x.db", again) == "sqlite:///x.db"
    assert str(ui_settings.path).startswith(str(settings.settings_file().parent))  # type: ignore[union-attr]


# -- errors ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("exc", "title"),
    [
        (AlreadyDecidedError("Claim 1 already has a decision."), "This claim already has a decision"),
        (StaleDecisionError("Claim 1 changed after you opened it."), "The claim changed while you were deciding"),
        (UnknownClaimError("42"), "Claim not found"),
        (DecisionError("A rejection needs a comment for the partner."), "The decision cannot be saved as it is"),
        (TemplateError("broken"), "The comment template cannot be used"),
        (DatabaseError("locked"), "Database problem"),
        (BundleError("x.zip", "damaged zip archive"), "A bundle cannot be imported"),
        (PoeReviewerError("something"), "POE Reviewer"),
        (FileNotFoundError(2, "No such file or directory", "/nowhere"), "File problem"),
    ],
)
def test_known_errors_become_messages(exc: BaseException, title: str) -> None:
    message = errors.user_message(exc)
    assert message.title == title
    assert message.expected
    assert message.text


def test_bugs_become_unexpected_errors_with_details(qtbot: Any, no_error_windows: list[Any]) -> None:
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        message = errors.user_message(exc)
    assert not message.expected
    assert "ZeroDivisionError" in message.details
    seen: list[BaseException] = []
    errors.install_hooks(seen.append)
    try:
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    finally:
        errors.uninstall_hooks()
    assert isinstance(seen[0], ZeroDivisionError)
    errors.show_unexpected(message)
    assert no_error_windows == [message]
    no_error_windows.clear()


def test_a_failing_task_reaches_the_window_not_a_crash(qtbot: Any, window: MainWindow) -> None:
    def broken(_c: Any) -> None:
        raise RuntimeError("worker bug")

    window.tasks.run(broken)
    qtbot.waitUntil(lambda: bool(errors.unexpected), timeout=WAIT)
    assert "worker bug" in errors.unexpected[0].text
    assert "Unexpected error" in window.message_bar.text()
    errors.unexpected.clear()


# -- the command ----------------------------------------------------------------------------------------------
def test_screenshot_mode_writes_a_png(
    qtbot: Any, db: Path, ui_settings: settings.Settings, tmp_path: Path, no_error_windows: list[Any]
) -> None:
    out = tmp_path / "shot.png"
    old_interval = sys.getswitchinterval()
    try:
        assert run_gui(f"sqlite:///{db}", screenshot=str(out), claim="3084417", install_hooks=False) == 0
        # set up for a responsive window: what lives as long as the workbench is out of the collector's
        # sight, and the GUI thread takes the interpreter back from a busy worker soon
        assert gc.get_freeze_count() > 50_000
        assert sys.getswitchinterval() == SWITCH_INTERVAL_S < old_interval
    finally:
        gc.unfreeze()
        sys.setswitchinterval(old_interval)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    assert not no_error_windows


def test_without_a_display_the_command_says_so_and_fails(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["POE_REVIEWER_CONFIG_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "poe_reviewer", "--db", str(tmp_path / "q.sqlite3"), "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert "no display" in done.stderr
    assert display_problem({"DISPLAY": ":987"}) is not None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_check_command_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from poe_reviewer.cli import main\n"
        f"status = main(['check', {str(SAMPLES / '3079758_Fabrikam_Contoso_Intune')!r}, '--json'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'poe_reviewer.ui')))\n"
        "assert status == 0 and not qt, qt\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr[-2000:]


def test_decisions_of_another_reviewer_appear_without_reopening(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings
) -> None:
    """A shared queue: a decision saved by someone else shows in this window on the next poll."""
    db = tmp_path / "shared.sqlite3"
    with ReviewQueue(str(db), actor="importer@example.com") as other:
        list(other.import_paths([str(p) for p in sorted(SAMPLES.iterdir()) if not p.name.startswith(".")][:3]))
    window = open_window(qtbot, db, ui_settings, wait_claim=False)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)
    claim_id = window.model.summary(0).claim_id
    assert window.model.summary(0).decided_by is None
    with ReviewQueue(str(db), actor="someone.else@example.com") as other:
        other.decide(claim_id, "approve", reviewer="someone.else@example.com")
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT)
    window._poll_queue()

    def landed() -> bool:
        rows = [window.model.summary(r) for r in range(window.model.rowCount())]
        return any(s.claim_id == claim_id and s.decided_by == "someone.else@example.com" for s in rows)

    qtbot.waitUntil(landed, timeout=WAIT)


def test_first_use_asks_who_is_reviewing_and_decides_nothing_until_then(
    qtbot: Any, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POE_REVIEWER_EMAIL", raising=False)
    monkeypatch.delenv("POE_REVIEWER_NAME", raising=False)
    settings.configure("POE Reviewer Tests", "first-use", tmp_path / "first-use")
    try:
        ui = settings.Settings()
        assert not ui.identified
        assert ui.reviewer == "", "never the operating system's login"
        window = open_window(qtbot, db, ui)
        claim_id = open_unconflicted(qtbot, window)
        press(qtbot, window, Qt.Key.Key_R)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), settings.SettingsDialog), timeout=WAIT)
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, settings.SettingsDialog)
        assert "Who are you?" in dialog.problem.text()
        assert window.confirm_dialog is None, "no decision without a reviewer"
        dialog.name.setText("Dana Reviewer")
        dialog.email.setText("not an email")
        dialog.accept()
        assert dialog.isVisible(), "a typo would sign every decision"
        assert "not an e-mail address" in dialog.problem.text()
        dialog.email.setText("dana@example.com")
        dialog.accept()
        assert ui.identified
        assert ui.reviewer == "dana@example.com"
        assert "Dana Reviewer <dana@example.com>" in window.reviewer_label.text()
        saved = decide_by_keyboard(qtbot, window, Qt.Key.Key_R)
        assert saved.decision.claim_id == claim_id
        assert saved.decision.reviewer == "dana@example.com"
        window.close()
    finally:
        settings.configure()


def test_ctrl_z_takes_back_the_last_decision(qtbot: Any, window: MainWindow, db: Path) -> None:
    claim_id = open_unconflicted(qtbot, window)
    saved = decide_by_keyboard(qtbot, window, Qt.Key.Key_R)
    assert saved.decision.claim_id == claim_id
    qtbot.waitUntil(lambda: window.current_claim_id != claim_id, timeout=WAIT)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    try:
        qtbot.waitUntil(lambda: "Undone:" in window.statusBar().currentMessage(), timeout=WAIT)
    except QtTimeoutError:
        raise AssertionError(f"no undo: {window.message_bar.text()!r}") from None
    assert claim_id in window.statusBar().currentMessage()
    with ReviewQueue(str(db)) as store:
        detail = store.get_claim(claim_id)
        assert detail.summary.status == "to_review"
        assert detail.current_decision is None
        assert store.audit_trail(claim_id)[-1].action == "undo"
    assert claim_id in window.proxy.visible_ids(), "back in the To review list"


def test_the_window_import_finds_reused_evidence_as_the_command_line_does(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, db: Path, no_error_windows: list[Any]
) -> None:
    """File ▸ Import, drag and drop and --sample-queue go through the same service as `import`."""
    with ReviewQueue(str(db)) as cli:
        reused = {c.claim_id for c in cli.list_claims() if c.reused}
        partners = {o for c in reused for o in cli.get_claim(c).flags.get("reused_with", [])}
    assert reused, "the sample queue has reused evidence"
    # the claims that share evidence, with the claims they share it with, as a queue of their own
    chosen = [p for p in sorted(SAMPLES.iterdir()) if p.name.split("_", 1)[0] in reused | partners]
    with ReviewQueue(str(tmp_path / "cli.sqlite3")) as cli:
        list(cli.import_paths(chosen))
        wanted = {c.claim_id: (c.recommendation, c.reused) for c in cli.list_claims()}
    assert any(r for _rec, r in wanted.values())
    window = open_window(qtbot, tmp_path / "empty.sqlite3", ui_settings, wait_claim=False)
    with qtbot.waitSignal(window.importFinished, timeout=240_000):
        window.import_paths(chosen)
    with ReviewQueue(str(tmp_path / "empty.sqlite3")) as gui:
        got = {c.claim_id: (c.recommendation, c.reused) for c in gui.list_claims()}
        assert gui.pending_reuse() == []
    assert got == wanted
    window.close()
    assert not no_error_windows


def test_opening_the_window_catches_up_the_reuse_check_an_interrupted_import_owed(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, db: Path
) -> None:
    with ReviewQueue(str(db)) as cli:
        wanted = {c.claim_id: (c.recommendation, c.reused) for c in cli.list_claims()}
    owed = tmp_path / "owed.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        if Path(str(db) + suffix).exists():
            shutil.copy(str(db) + suffix, str(owed) + suffix)
    with ReviewQueue(str(owed)) as store:
        # as an import killed after saving its claims, before their queue-wide check
        engine = store.engine
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO reuse_pending (claim_id, queued_at) SELECT claim_id, created_at FROM claims"
            )
            conn.exec_driver_sql("DELETE FROM check_results WHERE check_id = 'reused_evidence'")
            conn.exec_driver_sql("UPDATE claims SET reused = 0")
        assert store.pending_reuse()
    window = open_window(qtbot, owed, ui_settings)
    qtbot.waitUntil(lambda: not window.store.pending_reuse(), timeout=120_000)
    qtbot.waitUntil(lambda: window.tasks.busy == 0, timeout=WAIT)
    got = {c.claim_id: (c.recommendation, c.reused) for c in window.store.list_claims()}
    assert got == wanted
    window.close()


def test_the_window_fits_a_1366_by_768_laptop(qtbot: Any, window: MainWindow) -> None:
    """Issue 14: on a 1366x768 screen the four panels fit; a large screen gets the usual first size."""
    from PySide6.QtCore import QSize

    from poe_reviewer.ui.main_window import first_size

    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 728
    assert first_size(QSize(1366, 728)) == (1366, 728)
    assert first_size(QSize(2560, 1440)) == (1600, 980)


# -- several claims at once ----------------------------------------------------------------------------------
def test_a_batch_decision_lists_what_is_refused_and_saves_the_rest(qtbot: Any, window: MainWindow, db: Path) -> None:
    """Select several claims (one of them in a conflict group), press X: the plan lists each claim as decided or
    refused and why; confirming saves the others, each with its own comment, and the rows update."""
    rows = [window.model.summary(r) for r in range(window.model.rowCount())]
    conflicted = next(s.claim_id for s in rows if s.conflict and s.status == "to_review")
    plain = [s.claim_id for s in rows if not s.conflict and s.status == "to_review" and s.program == "cpor"][:3]
    chosen = [*plain, conflicted]
    window.set_status_filter("")  # every claim shown: the decided ones stay in view
    window.select_claim(plain[0])  # the claim open in the panels is one of the batch
    qtbot.waitUntil(lambda: window.current is not None and window.current.claim_id == plain[0], timeout=WAIT)
    selection = window.table.selectionModel()
    selection.clearSelection()  # the open claim stays open
    for claim_id in chosen:
        row = window.proxy.proxy_row_of(claim_id)
        assert row is not None
        selection.select(window.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    assert sorted(window.selected_ids()) == sorted(chosen)
    press(qtbot, window, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: window.batch.dialog is not None and window.batch.dialog.isVisible(), timeout=WAIT)
    dialog = window.batch.dialog
    assert dialog is not None
    plan = dialog.plan
    assert sorted(i.claim_id for i in plan.to_decide) == sorted(plain)
    (refused,) = plan.refused
    assert refused.claim_id == conflicted
    assert "decide its group together" in (refused.refused or "")
    # the refused claim is listed first, with its reason
    listed = dialog.table.model()
    assert listed.index(0, 0).data() == conflicted
    assert listed.index(0, 2).data().startswith("Refused:")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    assert ok.text() == "Ask for action on 3 claims"
    with qtbot.waitSignals([window.decisionSaved] * 3, timeout=WAIT):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.batch.running is None, timeout=WAIT)
    assert "Batch: 3 claims set to Action Required; 1 refused" in window.message_bar.text()
    # the open claim's panels show the decision the batch saved, not the form it had before
    qtbot.waitUntil(lambda: window.tasks.busy == 0, timeout=WAIT)
    assert window.current is not None
    assert window.current.claim_id == plain[0]
    opened = window.current.detail.current_decision
    assert opened is not None
    assert opened.decision.decision == "action_required"
    shown = {i.claim_id: i.comment for i in plan.to_decide}
    with ReviewQueue(str(db)) as store:
        for claim_id in plain:
            d = store.get_claim(claim_id).current_decision
            assert d is not None, claim_id
            assert d.decision.decision == "action_required", claim_id
            assert d.decision.comment == shown[claim_id].strip()  # the comment the plan showed for this claim
            assert d.decision.reviewer == REVIEWER
        assert store.get_claim(conflicted).summary.status == "to_review"


def test_dot_decides_the_open_claim_as_the_last_decision(qtbot: Any, window: MainWindow, db: Path) -> None:
    """"." repeats the verdict and template of the reviewer's last decision on the claim shown (the comment filled
    in for it); a template about a problem this claim does not have is not repeated: the claim's own is shown."""
    from poe_reviewer.review import fitting_templates

    first = open_unconflicted(qtbot, window)
    template = decide_by_keyboard(qtbot, window, Qt.Key.Key_X).decision.template_id
    assert template is not None
    with ReviewQueue(str(db)) as store:

        def fits(claim_id: str) -> bool:
            statuses = {c.id: c.status for c in store.get_claim(claim_id).checks}
            return template in {t.id for t in fitting_templates({"action_required"}, statuses)}

        rows = [window.model.summary(r) for r in range(window.model.rowCount())]
        open_ids = [r.claim_id for r in rows if r.status == "to_review" and not r.conflict and r.claim_id != first]
        same = next(c for c in open_ids if fits(c))
        other = next(c for c in open_ids if not fits(c))
    for claim_id, repeated in ((same, True), (other, False)):
        assert window.select_claim(claim_id)
        wait_open(qtbot, window, claim_id)
        press(qtbot, window, Qt.Key.Key_Period)
        qtbot.waitUntil(lambda: window.confirm_dialog is not None, timeout=WAIT)
        with qtbot.waitSignal(window.decisionSaved, timeout=WAIT) as again:
            confirm_with_enter(qtbot, window)
        d = again.args[0].decision
        assert (d.claim_id, d.decision) == (claim_id, "action_required")
        assert (d.template_id == template) is repeated, d.template_id
        if not repeated:
            assert "explains a problem this claim does not have" in window.message_bar.text()


def test_second_level_qc_agree_and_overturn_in_the_window(
    qtbot: Any, db: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    """Another reviewer's decisions drawn for QC: the queue lists them under "Waiting for my QC"; Q agrees with
    one, and deciding otherwise overturns the other after the reason is given; one's own decision under QC is
    shown as waiting, and Q refuses it (four eyes)."""
    from tests.test_qc import qc_policy

    alice = "alice@example.com"
    with ReviewQueue(str(db), actor="importer@example.com", policy=qc_policy(share=1.0, always=[])) as store:
        free = [s.claim_id for s in store.list_claims() if not s.conflict and s.status == "to_review"]
        agree_id, overturn_id, own_id = free[:3]
        for claim_id in (agree_id, overturn_id):
            store.decide(claim_id, "action_required", reviewer=alice, comment="Please send a dated acknowledgement.")
        store.decide(own_id, "action_required", reviewer=REVIEWER, comment="Please send a dated acknowledgement.")
    window = open_window(qtbot, db, ui_settings)
    try:
        from poe_reviewer.ui.queue_model import COLUMN, QC_WAITING

        box = window.queue.status_filter
        box.setCurrentIndex(box.findData(QC_WAITING))
        qtbot.waitUntil(lambda: sorted(window.proxy.visible_ids()) == sorted([agree_id, overturn_id]), timeout=WAIT)
        row = window.proxy.proxy_row_of(agree_id)
        assert row is not None
        assert window.proxy.index(row, COLUMN["status"]).data().endswith("· QC")
        assert window.select_claim(agree_id)
        wait_open(qtbot, window, agree_id)
        assert window.decision.qc_box.isVisible()
        assert f"by {alice}" in window.decision.qc_text.text()
        press(qtbot, window, Qt.Key.Key_Q)
        qtbot.waitUntil(lambda: "Agreed (QC)" in window.statusBar().currentMessage(), timeout=WAIT)
        wait_open(qtbot, window, overturn_id)  # on to the next decision waiting for this reviewer's QC
        # overturning: another decision, and the reason before Save is possible
        press(qtbot, window, Qt.Key.Key_R)
        qtbot.waitUntil(lambda: window.confirm_dialog is not None and window.confirm_dialog.isVisible(), timeout=WAIT)
        dialog = window.confirm_dialog
        assert dialog is not None
        assert dialog.reason is not None
        assert not dialog.save_button.isEnabled()
        dialog.reason.setText("The acknowledgement is from the partner's own domain: not fixable.")
        assert dialog.save_button.isEnabled()
        with qtbot.waitSignal(window.decisionSaved, timeout=WAIT):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        # one's own decision under QC: shown as waiting, and Q is refused
        box.setCurrentIndex(box.findData(""))
        assert window.select_claim(own_id)
        wait_open(qtbot, window, own_id)
        assert "Waiting for QC" in window.decision.qc_text.text()
        assert not window.decision.qc_agree.isVisible()
        press(qtbot, window, Qt.Key.Key_Q)
        assert "four eyes" in window.message_bar.text()
    finally:
        window.close()
    with ReviewQueue(str(db)) as store:
        stats = store.qc_stats()
        assert (stats.by_reviewer[alice].checked, stats.by_reviewer[alice].overturned) == (2, 1)
        d = store.get_claim(overturn_id).current_decision
        assert d is not None
        assert (d.decision.decision, d.decision.reviewer) == ("rejected", REVIEWER)
        assert [i.claim_id for i in store.qc_queue()] == [own_id]


def test_the_metrics_dock_shows_the_queues_numbers_once_opened(qtbot: Any, window: MainWindow) -> None:
    """View ▸ Reviewer metrics: computed in the background when the dock is shown, again after each decision."""
    dock = window.docks["metrics"]
    assert not dock.isVisible(), "a team lead's view: hidden until asked for"
    open_unconflicted(qtbot, window)
    decide_by_keyboard(qtbot, window, Qt.Key.Key_X)
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: window.metrics.metrics is not None, timeout=WAIT)
    metrics = window.metrics.metrics
    assert metrics is not None
    assert metrics.decided == 1
    assert metrics.reviewers[0].reviewer == REVIEWER
    assert "1</b> decisions" in window.metrics.headline.text()
    assert window.metrics.reviewers.item(0, 0).text() == REVIEWER
    rows = [window.model.summary(r) for r in range(window.model.rowCount())]
    still = sum(1 for s in rows if s.status == "to_review" or s.expired(window.model.today))
    assert sum(metrics.due.values()) == still  # the due-date health counts the claims still to review
    # another decision updates the open dock
    open_unconflicted(qtbot, window)
    decide_by_keyboard(qtbot, window, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: window.metrics.metrics is not None and window.metrics.metrics.decided == 2, timeout=WAIT)


def test_a_note_with_tags_is_kept_shown_in_the_history_and_found_by_its_tag(
    qtbot: Any, window: MainWindow, db: Path
) -> None:
    """N: a note on the claim (or the page shown) with tags; the history shows it, the queue flags the claim
    with its tags and finds it by #tag; nothing of it is exported."""
    claim_id = open_unconflicted(qtbot, window)
    press(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: getattr(window, "note_dialog", None) is not None and window.note_dialog.isVisible(),
                    timeout=WAIT)  # fmt: skip
    dialog = window.note_dialog
    assert dialog is not None
    assert not dialog.save_button.isEnabled(), "nothing to keep yet"
    dialog.text.setPlainText("The signature date looks altered; asking the PDM.")
    dialog.tags.setText("escalate, Ask the PDM")
    assert dialog.on_page.isEnabled(), "a page is shown: the note can be pinned to it"
    dialog.on_page.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Note kept on claim" in window.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: any("The signature date looks altered" in t for t in history_texts(window)),
                    timeout=WAIT)  # fmt: skip
    row = window.model.row_of(claim_id)
    assert row is not None
    assert window.model.summary(row).tags == "ask the pdm,escalate"
    window.queue.search.setText("#escalate")
    qtbot.waitUntil(lambda: window.proxy.visible_ids() == [claim_id], timeout=WAIT)
    with ReviewQueue(str(db)) as store:
        (note,) = store.notes(claim_id)
        assert note.page is not None
        assert note.document is not None


def history_texts(window: MainWindow) -> list[str]:
    tree = window.decision.history
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_saved_view_is_restored_after_a_restart(
    qtbot: Any, db: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    """Save the filters, the sort and the columns under a name; after a restart, choosing it puts them back.
    The header's context menu chooses the columns (the claim column stays)."""
    from poe_reviewer.ui.queue_model import COLUMN
    from poe_reviewer.ui.views import column_menu

    window = open_window(qtbot, db, ui_settings)
    queue = window.queue
    queue.status_filter.setCurrentIndex(queue.status_filter.findData(""))
    queue.program_filter.setCurrentIndex(queue.program_filter.findData("cpor"))
    window.search.setText("contoso")
    window.table.sortByColumn(COLUMN["partner"], Qt.SortOrder.DescendingOrder)
    menu = column_menu(window.queue)
    program = next(a for a in menu.actions() if a.text() == "Program")
    program.setChecked(False)  # the column chooser hides the column
    assert window.table.horizontalHeader().isSectionHidden(COLUMN["program"])
    assert not next(a for a in menu.actions() if a.text() == "Claim").isEnabled()
    shown = window.proxy.visible_ids()
    assert shown
    queue.views_box.setCurrentIndex(queue.views_box.findData("@save"))
    queue.views_box.activated.emit(queue.views_box.currentIndex())
    qtbot.waitUntil(lambda: queue.name_dialog is not None and queue.name_dialog.isVisible(), timeout=WAIT)
    assert queue.name_dialog is not None
    queue.name_dialog.setTextValue("Contoso CPOR")
    queue.name_dialog.accept()
    assert [v.name for v in queue.views] == ["Contoso CPOR"]
    window.close()

    again = open_window(qtbot, db, ui_settings)
    try:
        q = again.queue
        assert again.search.text() == ""
        index = q.views_box.findData("view:Contoso CPOR")
        assert index > 0, "the view survived the restart"
        q.views_box.setCurrentIndex(index)
        q.views_box.activated.emit(index)
        assert again.search.text() == "contoso"
        assert q.program_filter.currentData() == "cpor"
        assert q.status_filter.currentData() == ""
        header = again.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            COLUMN["partner"], Qt.SortOrder.DescendingOrder)  # fmt: skip
        assert header.isSectionHidden(COLUMN["program"])
        qtbot.waitUntil(lambda: again.proxy.visible_ids() == shown, timeout=WAIT)
    finally:
        again.close()


def test_the_window_imports_the_sample_queue_on_its_clocks(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    from tests.test_sample_timeline import sample_subset

    queue = sample_subset(tmp_path)
    today = datetime.date.today()
    window = open_window(qtbot, tmp_path / "sample.sqlite3", ui_settings, wait_claim=False)
    with qtbot.waitSignal(window.importFinished, timeout=240_000):
        window.import_sample_queue(queue)
    qtbot.waitUntil(lambda: any(c.status == "rejected" for c in window.model.claims()), timeout=30_000)
    rows = {c.claim_id: c for c in window.model.claims()}
    assert rows["3093377"].overdue(today)
    assert rows["3092761"].status == "rejected", "a sample reviewer's decision is in the queue"
    qtbot.waitUntil(lambda: window.overview.overview.overdue >= 1, timeout=10_000)
    window.close()
    assert not no_error_windows
