"""The workbench on a returning claim (issue 16): what changed since the last decision comes first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.ui import settings
from poe_reviewer.ui.checks_panel import CHANGES_ID, CHECK_ROLE
from poe_reviewer.ui.main_window import MainWindow
from poe_reviewer.ui.viewer_tree import DETAIL_ROLE, PATH_ROLE
from tests.test_storage import make_bundle, pdf_bytes
from tests.test_ui_window import REVIEWER, WAIT, open_window

# the workbench fixtures (settings, no error windows) of the window tests
pytest_plugins = ("tests.test_ui_window",)
pytestmark = pytest.mark.gui

POE = "POE/Contoso_Intune_POE_signed.pdf"
EMAIL = "POE/Customer_reply.pdf"
HISTORY = [
    {"action": "submission", "at": "2025-09-15T17:02:00Z", "by": "pkaur@fabrikam.com"},
    {"action": "action required", "at": "2025-09-16T10:00:00Z", "by": "Microsoft"},
    {"action": "submission", "at": "2025-09-22T09:00:00Z", "by": "pkaur@fabrikam.com"},
]


@pytest.fixture
def returning_db(tmp_path: Path) -> Path:
    """Claim R1 decided Action Required on revision 1 and resubmitted with a new document."""
    db = tmp_path / "queue.sqlite3"
    unchanged = pdf_bytes("Customer reply: we confirm the Intune work for Contoso Ltd.")
    docs = [{"path": EMAIL, "role": "poe"}, {"path": POE, "role": "poe"}]
    with ReviewQueue(str(db), actor=REVIEWER) as store:
        store.register_reviewer(REVIEWER, "Dana Reviewer")
        store.import_bundle(make_bundle(tmp_path / "v1", "R1", files={EMAIL: unchanged}, documents=docs[:1]))
        store.decide("R1", "action_required", reviewer=REVIEWER, comment="Please upload the signed POE.",
                     template_id="no_customer_acknowledgement")  # fmt: skip
        signed = pdf_bytes("Intune deployment for Contoso Ltd by Fabrikam, Inc. Signed by John Doe, 2025-09-01")
        store.import_bundle(
            make_bundle(
                tmp_path / "v2", "R1", files={EMAIL: unchanged, POE: signed}, documents=docs,
                submitted_at="2025-09-22T09:00:00Z", history=HISTORY,
            )
        )  # fmt: skip
    return db


@pytest.fixture
def window(
    qtbot: Any,
    returning_db: Path,
    ui_settings: settings.Settings,
    no_error_windows: list[Any],
) -> Iterator[MainWindow]:
    w = open_window(qtbot, returning_db, ui_settings)
    yield w
    w.close()
    assert not no_error_windows, [m.text for m in no_error_windows]


def test_a_resubmitted_claim_opens_on_what_changed_and_each_reason(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.current_claim_id == "R1", timeout=WAIT)
    tree = window.checks.tree
    first = tree.topLevelItem(0)
    assert first is not None
    assert first.data(0, CHECK_ROLE) == CHANGES_ID, "what changed comes before the checks"
    assert first.isExpanded()
    text = first.text(0)
    assert "Resubmission (revision 2)" in text
    assert f"decided action required by {REVIEWER}" in text
    rows = [first.child(i).text(0) for i in range(first.childCount())]
    assert rows[0].startswith(f"Last decision: action required by {REVIEWER}")
    assert "Please upload the signed POE." in rows[0]
    reasons = [r for r in rows if r[:1] in "✓✗–"]
    assert reasons, rows
    assert any(": met" in r or ": still not met" in r for r in reasons)
    assert f"Document added: {POE}" in rows

    # the document list: the new POE first and marked, the unchanged reply folded away
    docs = window.viewer.tree
    top = [docs.topLevelItem(i) for i in range(docs.topLevelItemCount())]
    assert top[0] is not None
    assert top[0].data(0, PATH_ROLE) == POE
    assert str(top[0].data(0, DETAIL_ROLE)).startswith("NEW")
    group = top[-1]
    assert group is not None
    assert group.text(0) == "Unchanged (1)"
    assert not group.isExpanded()
    assert group.child(0).data(0, PATH_ROLE) == EMAIL
    assert window.viewer.current is not None
    assert window.viewer.current.path == POE, "the new document opens first"

    # V: both revisions side by side
    assert window.commands["compare_revisions"].isEnabled()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_V)
    dialog = window.revisions_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT, raising=False):
        pass
    qtbot.waitUntil(lambda: len(dialog.sides) == 2, timeout=WAIT)
    left, right = dialog.sides
    assert [d.path for d in left.documents] == [EMAIL]
    assert {d.path for d in right.documents} == {EMAIL, POE}
    dialog.close()
