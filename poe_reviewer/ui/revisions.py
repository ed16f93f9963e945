"""A returning claim's two revisions side by side: the one decided last on the left, this one on the right.

The document panes are the compare view's (``DocumentPane``); both open at the document asked for (a
replaced one on both sides, a renamed one under each name), else at the first new document.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from poe_reviewer.application.claims import bundle_files
from poe_reviewer.application.queue import ClaimDetail, ReviewQueue
from poe_reviewer.application.returning import WhatChanged
from poe_reviewer.ui.compare import ClaimDocuments
from poe_reviewer.ui.errors import user_message
from poe_reviewer.ui.shared_evidence import pane_columns
from poe_reviewer.ui.tasks import TaskControl, Tasks


def load_revision(store: ReviewQueue, detail: ClaimDetail, revision: int) -> ClaimDocuments:
    """One revision's documents (read at its import) and its bundle's files, where they still are."""
    info = next(r for r in detail.revisions if r.revision == revision)
    bundle, files, problem = bundle_files(store, dataclasses.replace(detail, revision=info))
    documents = store.load_documents(detail.summary.claim_id, revision=revision)
    return ClaimDocuments(detail.summary.claim_id, documents, files, bundle, problem)


class RevisionsDialog(QDialog):
    """The revision decided last and the current revision of one claim, side by side."""

    #: Both revisions are on screen.
    loaded = Signal()

    def __init__(
        self,
        store: ReviewQueue,
        tasks: Tasks,
        changed: WhatChanged,
        path: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.changed = changed
        self.sides: list[ClaimDocuments] = []
        title = f"Claim {changed.claim_id}: revision {changed.previous_revision} and revision {changed.revision}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(False)
        new = changed.new_documents
        wanted = path or (new[0] if new else None)
        change = next((c for c in changed.documents if c.path == wanted), None)
        self.targets = (change.previous_path or wanted if change else wanted, wanted)
        d = changed.previous.decision
        self.header = QLabel(
            f"Left: revision {changed.previous_revision}, decided <b>{d.decision.replace('_', ' ')}</b> by "
            f"{d.reviewer} on {d.decided_at:%Y-%m-%d}. Right: revision {changed.revision}, what the partner sent "
            "back. New and replaced documents are marked in the right-hand list."
        )
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel("Reading both revisions…")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Message")
        before, now = f"Revision {changed.previous_revision}", f"Revision {changed.revision}"
        row, self.panes, _labels = pane_columns([(before, f"{before} (decided)"), (now, f"{now} (now)")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addLayout(row, 1)
        self.resize(1500, 900)
        claim_id, first, second = changed.claim_id, changed.previous_revision, changed.revision

        def work(_control: TaskControl) -> list[ClaimDocuments]:
            detail = store.get_claim(claim_id)
            left = load_revision(store, detail, first)
            try:
                right = load_revision(store, detail, second)
            except BaseException:
                left.close()
                raise
            return [left, right]

        tasks.run(work, done=self._loaded, failed=self._failed, label="Reading both revisions of the claim")

    def _loaded(self, sides: list[ClaimDocuments]) -> None:
        for old in self.sides:
            old.close()
        self.sides = sides
        changes = {c.path: c for c in self.changed.documents}
        for i, (pane, docs, target) in enumerate(zip(self.panes, sides, self.targets, strict=True)):
            pane.set_claim(docs.claim_id, docs.documents, docs.files, changes if i == 1 else None)
            if target:
                pane.open_evidence(target, None, None)
        problems = [d.problem for d in sides if d.problem]
        self.message.setText(" ".join(p for p in problems if p) or "Both revisions are shown as they were imported.")
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(f"The two revisions cannot be shown side by side: {user_message(exc).text}")
        self.loaded.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        for side in self.sides:
            side.close()
        self.sides = []
        super().closeEvent(event)
