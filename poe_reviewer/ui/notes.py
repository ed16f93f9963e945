"""A reviewer's note on the open claim (N): a few words, tags, and optionally the page shown — the team's own,
kept in the queue and its history, never exported to the partner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer.ui.widgets import named


class NoteDialog(QDialog):
    """The note's words, its tags (comma-separated, "escalate, ask the PDM") and whether it is about the page
    shown; Save stays off until there is a word or a tag."""

    def __init__(
        self, claim_id: str, page_of: tuple[str, int] | None, known_tags: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Note on claim {claim_id}")
        self.setAccessibleName("Note on the claim")
        intro = QLabel(
            f"A note on claim <b>{claim_id}</b> for the review team: kept in the history and searchable by its "
            "tags (<i>#escalate</i> in the queue's search). <b>Never sent to the partner.</b>"
        )
        intro.setWordWrap(True)
        named(intro, "About notes", "Notes and tags are the review team's own; they are never exported.")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("What you noticed, asked or are waiting for")
        named(self.text, "Note", "The note's words")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(
            "escalate, ask the PDM" + (f" (in use: {', '.join(known_tags[:6])})" if known_tags else "")
        )
        named(self.tags, "Tags", "Tags, separated by commas")
        self.on_page = QCheckBox(f"About page {page_of[1]} of {page_of[0]}" if page_of else "About a page")
        self.on_page.setEnabled(page_of is not None)
        self.on_page.setChecked(False)
        named(self.on_page, "About the page shown", "Pin the note to the page shown in the document viewer")
        self.page_of = page_of
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("&Save note", QDialogButtonBox.ButtonRole.AcceptRole)
        named(self.save_button, "Save note", "Keep the note (never exported)")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "Cancel", "Close without keeping a note")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Tags:", self.tags)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.on_page)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._changed)
        self.tags.textChanged.connect(self._changed)
        self.resize(520, 320)
        self._changed()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def words(self) -> str:
        return self.text.toPlainText().strip()

    def page(self) -> tuple[str, int] | None:
        return self.page_of if self.on_page.isChecked() else None

    def _changed(self) -> None:
        self.save_button.setEnabled(bool(self.words() or self.tag_list()))
