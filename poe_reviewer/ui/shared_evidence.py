"""Evidence two claims share, side by side: this claim's page and the other claim's, the shared
passage (or signature picture) marked on both.

The reused-evidence check says *that* a passage stands on another claim; a reviewer decides only
after seeing both: the same narrative with another customer's name, or one signed SOW that
legitimately covers two workloads. The window loads both claims' documents off the GUI thread and
opens each at its side of the shared piece.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.findings.facts import SharedEvidenceFact
from poe_reviewer.ui.compare import ClaimDocuments, load_claim_documents
from poe_reviewer.ui.errors import user_message
from poe_reviewer.ui.tasks import TaskControl, Tasks
from poe_reviewer.ui.viewer import DocumentPane

#: What the check made of the shared piece, in a reviewer's words.
SEVERITY_WORDS = {
    "reject": "taken from another partner's claim",
    "fixable": "not this claim's own evidence",
    "warn": "to check: the claims must not cover the same work",
    "note": "shared as two claims of one partner and customer may share it",
}


@dataclass
class _Sides:
    mine: ClaimDocuments
    theirs: ClaimDocuments

    def close(self) -> None:
        self.mine.close()
        self.theirs.close()


def pane_columns(sides: Sequence[tuple[str, str]]) -> tuple[QHBoxLayout, list[DocumentPane], list[QLabel]]:
    """One labelled document pane per side, in a row: (accessible name, label text) each (the side-by-side
    views of shared evidence and of a claim's two revisions)."""
    row = QHBoxLayout()
    panes: list[DocumentPane] = []
    labels: list[QLabel] = []
    for side, text in sides:
        column = QVBoxLayout()
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAccessibleName(f"{side} side")
        pane = DocumentPane()
        pane.setAccessibleName(f"{side}'s documents")
        column.addWidget(label)
        column.addWidget(pane, 1)
        row.addLayout(column, 1)
        panes.append(pane)
        labels.append(label)
    return row, panes, labels


def where(document: str, page: int | None) -> str:
    return f"{document} p.{page}" if page else document


class SharedEvidenceDialog(QDialog):
    """This claim's side of a shared piece on the left, the other claim's on the right."""

    #: Both sides are on screen.
    loaded = Signal()

    def __init__(
        self, store: ReviewQueue, tasks: Tasks, claim_id: str, fact: SharedEvidenceFact, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.claim_id = claim_id
        self.fact = fact
        self.sides: _Sides | None = None
        title = f"Shared evidence — claim {claim_id} and claim {fact.other_claim}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(False)
        what = SEVERITY_WORDS.get(fact.severity, fact.severity)
        self.header = QLabel(
            f"<b>{where(fact.document, fact.page)}</b> of claim {claim_id} and "
            f"<b>{where(fact.other_document, fact.other_page)}</b> of claim {fact.other_claim}: {what}. "
            "The shared passage is marked on both sides."
        )
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setAccessibleName("What the two claims share")
        self.message = QLabel("Reading both claims' documents…")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Message")
        row, self.panes, self.labels = pane_columns(
            [
                ("This claim", f"This claim ({claim_id}) — {where(fact.document, fact.page)}"),
                ("Other claim", f"Claim {fact.other_claim} — {where(fact.other_document, fact.other_page)}"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addLayout(row, 1)
        self.resize(1500, 900)
        claim, other = claim_id, fact.other_claim

        def work(_control: TaskControl) -> _Sides:
            mine = load_claim_documents(store, store.get_claim(claim))
            try:
                theirs = load_claim_documents(store, store.get_claim(other))
            except BaseException:
                mine.close()
                raise
            return _Sides(mine, theirs)

        tasks.run(work, done=self._loaded, failed=self._failed, label="Reading both sides of the shared evidence")

    def _loaded(self, sides: _Sides) -> None:
        if self.sides is not None:
            self.sides.close()
        self.sides = sides
        fact = self.fact
        shown = []
        for pane, docs, (document, page, bbox, quote) in zip(
            self.panes,
            (sides.mine, sides.theirs),
            (
                (fact.document, fact.page, fact.bbox, fact.quote),
                (fact.other_document, fact.other_page, fact.other_bbox, fact.other_quote),
            ),
            strict=True,
        ):
            pane.set_claim(docs.claim_id, docs.documents, docs.files)
            opened = pane.open_evidence(document, page, bbox, quote if bbox is None else "")
            shown.append(opened)
        missing = [c for c, ok in zip((self.claim_id, fact.other_claim), shown, strict=True) if not ok]
        if missing:
            self.message.setText(
                "The shared document of claim " + " and ".join(missing) + " is not among its readable documents."
            )
        elif fact.bbox is None or fact.other_bbox is None:
            self.message.setText("The same file on both claims: both are open at their first page.")
        else:
            self.message.setText("The shared passage is highlighted on both pages.")
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(f"The two claims cannot be shown side by side: {user_message(exc).text}")
        self.loaded.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sides is not None:
            self.sides.close()
            self.sides = None
        super().closeEvent(event)
