"""Every keyboard shortcut of the workbench, in one table, and the "?" dialog that lists them.

The main window creates its actions from :data:`SHORTCUTS`, so the help dialog can never
disagree with what the keys do. Single-letter keys are window-wide but do not fire while the
reviewer types in a text field (Qt gives typed text priority), so ``A`` in the comment box is a
letter, not an approval; ``Esc`` leaves the comment box or the queue search (only there: in the
document viewer Esc belongs to its find box, and two shortcuts on one key would cancel each other).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    #: The action's name in :class:`~poe_reviewer.ui.main_window.MainWindow` (``actions[name]``).
    name: str
    keys: tuple[str, ...]
    text: str
    description: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("next_claim", ("J",), "Next claim", "Open the next claim of the queue."),
    Shortcut("previous_claim", ("K",), "Previous claim", "Open the previous claim of the queue."),
    Shortcut(
        "approve",
        ("A",),
        "Approve…",
        "Approve the claim: shows the comment to confirm (Enter saves). With several claims selected (Ctrl/Shift-"
        "click, Ctrl+A), one decision for all: each is listed as decided or refused and why before anything is saved.",
    ),
    Shortcut("reject", ("R",), "Reject…", "Reject the claim, or the claims selected: shows what to confirm first."),
    Shortcut(
        "action_required",
        ("X",),
        "Action required…",
        "Ask the partner to fix the POE (the claim, or the claims selected): shows what to confirm first.",
    ),
    Shortcut(
        "repeat_decision",
        (".",),
        "Same as my last decision…",
        "Decide the claim as your last decision (its verdict and template, the comment filled in for this claim).",
    ),
    Shortcut(
        "save_decision",
        ("Ctrl+Return", "Ctrl+Enter"),
        "Save decision…",
        "Save the decision as set in the decision panel.",
    ),
    Shortcut("next_evidence", ("E",), "Next evidence", "Show the next evidence item of the checks in the document."),
    Shortcut("find", ("/",), "Find in document", "Find text in the document shown (Ctrl+F inside the document too)."),
    Shortcut(
        "search_queue", ("Ctrl+Shift+F",), "Search the queue", "Search claims by id, partner, customer or workload."
    ),
    Shortcut(
        "focus_queue", ("Esc",), "Back to the queue", "Leave the comment or the queue search and return to the queue."
    ),
    Shortcut(
        "agree_qc",
        ("Q",),
        "Agree (QC)",
        "Second-level QC: agree with the decision under QC (another reviewer's); it goes out with the next export. "
        "To overturn it, decide otherwise and save: you are asked why.",
    ),
    Shortcut(
        "add_note",
        ("N",),
        "Note…",
        "Keep a note on the claim (or the page shown) with tags such as escalate or ask the PDM: the team's own, "
        "in the history and searchable (#escalate), never sent to the partner.",
    ),
    Shortcut(
        "compare_conflicts",
        ("C",),
        "Compare conflicts…",
        "Compare the claims of this claim's conflict group side by side and decide them as one.",
    ),
    Shortcut(
        "compare_revisions",
        ("V",),
        "Compare with the revision decided last…",
        "A returning claim: the revision decided last and this one side by side, new documents marked.",
    ),
    Shortcut(
        "undo_decision",
        ("Ctrl+Z",),
        "Undo last decision",
        "Take back your last decision that was not exported yet (the claim is as it was before).",
    ),
    Shortcut("export", ("Ctrl+E",), "Export decisions…", "Write the decisions not exported before to a file."),
    Shortcut("import_bundles", ("Ctrl+O",), "Import bundles…", "Import claim bundles (.zip files)."),
    Shortcut("import_folder", ("Ctrl+Shift+O",), "Import folder…", "Import a bundle folder or a queue folder."),
    Shortcut("reload", ("F5",), "Reload", "Read the queue and the claim again from the database."),
    Shortcut("settings", ("Ctrl+,",), "Settings…", "Reviewer, database, OCR and export folder."),
    Shortcut("help_shortcuts", ("?", "F1"), "Keyboard shortcuts", "Show this list."),
    Shortcut("quit", ("Ctrl+Q",), "Quit", "Close the workbench."),
)

BY_NAME = {s.name: s for s in SHORTCUTS}


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    return [QKeySequence(k) for k in shortcut.keys]


def native_text(shortcut: Shortcut) -> str:
    """The keys as the platform writes them (Ctrl on Linux/Windows, ⌘ on macOS)."""
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcut.keys)


class ShortcutsDialog(QDialog):
    """The list of every shortcut ("?")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        intro = QLabel(
            "Work the queue from the keyboard: J/K to move, E to walk the evidence, A, R or X to decide "
            "(Enter confirms). After a decision the next claim opens by itself."
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("How to work from the keyboard")
        intro.setToolTip("The shortcuts work anywhere in the window except while typing in a text field.")
        self.table = QTableWidget(len(SHORTCUTS), 3, self)
        self.table.setAccessibleName("Shortcut list")
        self.table.setToolTip("Every keyboard shortcut of the workbench")
        self.table.setHorizontalHeaderLabels(["Keys", "Command", "What it does"])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName("Shortcut columns")
        self.table.horizontalHeader().setToolTip("Keys, command, what it does")
        self.table.verticalHeader().setAccessibleName("Shortcut rows")
        self.table.verticalHeader().setToolTip("One row per shortcut")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, s in enumerate(SHORTCUTS):
            for col, text in enumerate((native_text(s), s.text.rstrip("…"), s.description)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.setToolTip("Close the list (Esc)")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
