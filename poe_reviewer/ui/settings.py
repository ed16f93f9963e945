"""The workbench's settings, declared once, and the dialog that edits them.

Every option is an :class:`Option` with its key, type and default; nothing else in the UI
reads QSettings directly. Settings are an INI file under the organisation/application name
(``POE Reviewer/workbench``); tests and the screenshot mode redirect them to a folder of their
own with :func:`configure` or the ``POE_REVIEWER_CONFIG_DIR`` environment variable, so a
developer's real settings never leak into a test and a test never writes into the home folder.

``SCHEMA_VERSION`` is stored with the settings so that a later release can upgrade them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer.application.queue import display_url, resolve_url
from poe_reviewer.documents.ocr_engine import ENV_SWITCH as OCR_SWITCH
from poe_reviewer.identity import NAME_VAR, email_problem, env_email

ORGANIZATION = "POE Reviewer"
APPLICATION = "workbench"
ENV_CONFIG_DIR = "POE_REVIEWER_CONFIG_DIR"
SCHEMA_VERSION = 1

T = TypeVar("T", str, bool, bytes)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    description: str


REVIEWER_NAME: Option[str] = Option("reviewer/name", "", "your name, signed under comments to partners")
REVIEWER_EMAIL: Option[str] = Option("reviewer/email", "", "your e-mail address, recorded with every decision")
DATABASE_URL: Option[str] = Option("database/url", "", "the review database (SQLite file or PostgreSQL URL)")
OCR: Option[bool] = Option("documents/ocr", True, "read scanned pages with OCR (where the engine is installed)")
EXPORT_FOLDER: Option[str] = Option("export/folder", "", "where decision exports are saved")
WINDOW_GEOMETRY: Option[bytes] = Option("window/geometry", b"", "size and position of the window")
WINDOW_STATE: Option[bytes] = Option("window/state", b"", "layout of the window's panels")
QUEUE_HEADER: Option[bytes] = Option("window/queue_header", b"", "column widths and order of the queue")
QUEUE_VIEWS: Option[str] = Option("queue/views", "", "saved views of the queue: filters, sort and columns (JSON)")
QUEUE_HIDDEN: Option[str] = Option("queue/hidden_columns", "", "the queue columns you hid (comma-separated keys)")
VIEWER_ZOOM: Option[str] = Option("viewer/zoom", "fit", "how documents open: fit width, or a zoom percentage (125)")
VERSION: Option[str] = Option("meta/schema_version", str(SCHEMA_VERSION), "settings format version")

ALL_OPTIONS: tuple[Option[Any], ...] = (
    REVIEWER_NAME,
    REVIEWER_EMAIL,
    DATABASE_URL,
    OCR,
    EXPORT_FOLDER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    QUEUE_HEADER,
    QUEUE_VIEWS,
    QUEUE_HIDDEN,
    VIEWER_ZOOM,
    VERSION,
)


@dataclass
class _Location:
    organization: str = ORGANIZATION
    application: str = APPLICATION
    directory: Path | None = None


_location = _Location()


def configure(
    organization: str | None = None, application: str | None = None, directory: str | Path | None = None
) -> None:
    """Redirect the settings (tests: a unique name and a temporary folder)."""
    _location.organization = organization or ORGANIZATION
    _location.application = application or APPLICATION
    _location.directory = Path(directory) if directory is not None else None


def settings_file() -> Path | None:
    """The INI file when redirected to a folder, None when Qt chooses the place."""
    directory = _location.directory
    if directory is None and os.environ.get(ENV_CONFIG_DIR):
        directory = Path(os.environ[ENV_CONFIG_DIR])
    if directory is None:
        return None
    return directory / _location.organization / f"{_location.application}.ini"


def _qsettings() -> QSettings:
    path = settings_file()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, _location.organization, _location.application
    )


class Settings:
    """Typed access to the declared options."""

    def __init__(self) -> None:
        self._qs = _qsettings()
        if self._qs.value(VERSION.key) is None:
            self._qs.setValue(VERSION.key, str(SCHEMA_VERSION))

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def get(self, option: Option[T]) -> T:
        raw = self._qs.value(option.key)
        if raw is None:
            return option.default
        default = option.default
        if isinstance(default, bool):
            # INI files store booleans as text
            value: Any = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes", "on")
        elif isinstance(default, bytes):
            value = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(str(raw), "latin-1")
        else:
            value = str(raw)
        return cast(T, value)

    def set(self, option: Option[T], value: T) -> None:
        if isinstance(value, bytes):
            self._qs.setValue(option.key, QByteArray(value))
        else:
            self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()

    # -- derived values ------------------------------------------------------------------------------
    @property
    def reviewer(self) -> str:
        """Who decides: the e-mail address of the settings, else POE_REVIEWER_EMAIL ("" when neither:
        never the login name)."""
        return self.get(REVIEWER_EMAIL).strip() or env_email() or ""

    @property
    def reviewer_name(self) -> str:
        return self.get(REVIEWER_NAME).strip() or " ".join(os.environ.get(NAME_VAR, "").split())

    @property
    def identified(self) -> bool:
        """A valid e-mail address and a name are set: decisions can be saved."""
        return bool(self.reviewer_name) and email_problem(self.reviewer) is None

    def export_folder(self) -> Path:
        chosen = self.get(EXPORT_FOLDER).strip()
        if chosen:
            return Path(chosen).expanduser()
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()


def apply_ocr(enabled: bool) -> None:
    """Switch OCR for the extraction this process does (imports, documents read again)."""
    # The core reads this switch each time it extracts; "on" leaves the choice to the engine
    # being installed, "off" turns OCR off (poe_reviewer.documents.ocr.default_enabled).
    os.environ[OCR_SWITCH] = "on" if enabled else "off"


def database_url(explicit: str | None, settings: Settings) -> str:
    """``--db``, else POE_REVIEWER_DB, else the settings' URL, else the default SQLite file."""
    if explicit:
        return explicit
    if os.environ.get("POE_REVIEWER_DB"):
        return os.environ["POE_REVIEWER_DB"]
    return resolve_url(settings.get(DATABASE_URL).strip() or None)


def _named(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


class SettingsDialog(QDialog):
    """Reviewer, database, OCR and export folder; the database change applies when saved."""

    def __init__(self, settings: Settings, current_db: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.settings = settings
        form = QFormLayout()

        self.name = QLineEdit(settings.get(REVIEWER_NAME))
        self.name.setPlaceholderText("e.g. Dana Reviewer")
        _named(self.name, "Reviewer name", "Your name, as signed under comments sent to partners.")
        form.addRow("Your &name:", self.name)

        self.email = QLineEdit(settings.get(REVIEWER_EMAIL) or settings.reviewer)
        self.email.setPlaceholderText("name@company.com")
        _named(self.email, "Reviewer e-mail", "Your e-mail address, recorded with every decision you save.")
        form.addRow("Your &e-mail:", self.email)

        self.database = QLineEdit(settings.get(DATABASE_URL))
        self.database.setPlaceholderText(display_url(current_db))
        _named(
            self.database,
            "Database",
            "An SQLite file path, or a PostgreSQL URL such as postgresql+psycopg://user@host/reviews. "
            "Empty: the default file in your data folder.",
        )
        form.addRow("&Database:", self.database)

        self.ocr = QCheckBox("Read scanned pages and pictures with OCR when importing")
        self.ocr.setChecked(settings.get(OCR))
        _named(
            self.ocr,
            "OCR",
            "Read the text of scans and screenshots with OCR (needs the Tesseract engine; without it, scans "
            "are listed as not read). Slower imports when on.",
        )
        form.addRow("", self.ocr)

        folder_row = QHBoxLayout()
        self.export_folder = QLineEdit(settings.get(EXPORT_FOLDER))
        self.export_folder.setPlaceholderText(str(settings.export_folder()))
        _named(self.export_folder, "Export folder", "Where Ctrl+E offers to save decision exports.")
        browse = QPushButton("Browse…")
        _named(browse, "Browse for export folder", "Choose the export folder.")
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)
        form.addRow("E&xport folder:", folder_row)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        _named(self.problem, "Settings problem", "What must be corrected before the settings can be saved")
        self.problem.hide()
        if not settings.identified:
            self.problem.setText("Who are you? Every decision records your name and e-mail address.")
            self.problem.show()
        if not self.name.text():
            self.name.setText(settings.reviewer_name)
        note = QLabel("The theme follows your system. The window remembers its layout when you close it.")
        note.setWordWrap(True)
        note.setAccessibleName("Settings note")
        note.setToolTip("Appearance is taken from the operating system.")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for b in buttons.buttons():
            _named(b, b.text().replace("&", ""), f"{b.text().replace('&', '')} the settings")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Export folder", str(self.settings.export_folder()))
        if chosen:
            self.export_folder.setText(chosen)

    def accept(self) -> None:
        # the reviewer's identity is validated here: a typo would sign every decision
        problem = email_problem(self.email.text())
        if not self.name.text().strip():
            problem = "give your name: it signs the comments sent to partners"
        if problem:
            self.problem.setText(f"Cannot save: {problem}.")
            self.problem.show()
            return
        super().accept()

    def save(self) -> bool:
        """Write the values; True when the database URL changed."""
        before = self.settings.get(DATABASE_URL)
        self.settings.set(REVIEWER_NAME, self.name.text().strip())
        self.settings.set(REVIEWER_EMAIL, self.email.text().strip())
        self.settings.set(DATABASE_URL, self.database.text().strip())
        self.settings.set(OCR, self.ocr.isChecked())
        self.settings.set(EXPORT_FOLDER, self.export_folder.text().strip())
        self.settings.sync()
        return before != self.database.text().strip()
