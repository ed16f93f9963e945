"""``poe-reviewer gui``: start the workbench, or render it into a PNG (``--screenshot``).

* ``--db URL``: the review database (else POE_REVIEWER_DB, else the Settings' database, else
  the default SQLite file in the user's data folder).
* ``--sample-queue``: work on the project's sample queue (``sample_poe/``), imported into its
  own SQLite file in the user's data folder (importing again changes nothing), so trying the
  workbench never mixes samples into a real queue. ``make run`` starts this.
* ``--as-of YYYY-MM-DD``: with ``--sample-queue``, the day the sample's clocks count back from when it
  is first imported (default today: overdue claims, claims due today and this week, decided claims).
* ``--claim ID``: open this claim first.
* ``--screenshot FILE``: render the window offscreen with its queue loaded and a claim open,
  save it as PNG and exit (documentation and tests); needs no display. ``--size WxH`` sets the
  window's size (default 1600x1000).

Without a display (no DISPLAY/WAYLAND_DISPLAY, or an X display whose socket is missing), or
where Qt's X11 plugin lacks system libraries, the command says so in one line (naming the
Debian packages to install) and exits with status 1 instead of letting Qt abort or hang.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from poe_reviewer.application.database import default_url, open_queue
from poe_reviewer.application.queue import APP_NAME, display_url
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.resources import resources_dir
from poe_reviewer.third_party import KNOWN_QT_MESSAGES
from poe_reviewer.ui import errors
from poe_reviewer.ui.display import display_problem
from poe_reviewer.ui.main_window import MainWindow
from poe_reviewer.ui.settings import OCR, ORGANIZATION, Settings, apply_ocr, database_url

EXIT_OK = 0
EXIT_ERROR = 1
SAMPLE_DB_FILE = "sample-queue.sqlite3"
SCREENSHOT_SIZE = (1600, 1000)


def sample_queue_dir() -> Path:
    return resources_dir().parent / "sample_poe"


def sample_database_url() -> str:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / SAMPLE_DB_FILE
    return f"sqlite:///{path}"


def keep_caches_in_data_folder(environ: dict[str, str] | None = None) -> None:
    """Libraries under Qt (fontconfig above all) keep caches under ``~/.cache``; this program writes
    nowhere but its data folder and temporary work folder, so their cache lives in the data folder
    unless the user chose a cache folder (``XDG_CACHE_HOME``) themselves."""
    env = os.environ if environ is None else environ
    if not env.get("XDG_CACHE_HOME"):
        env["XDG_CACHE_HOME"] = str(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "cache")


#: How soon the GUI thread gets the interpreter back from a busy worker thread (Python's default is 5 ms).
SWITCH_INTERVAL_S = 0.0005


def settle_interpreter() -> None:
    """Set the interpreter up for a window that stays responsive while threads work; once the window is built.

    * The objects alive by now (~270,000: modules, Qt wrappers, policy) live as long as the workbench and are
      never garbage. Each full collection walked them all and froze the window for ~200 ms at a random moment,
      in the middle of a batch as anywhere else. Moved out of the collector's sight (garbage made so far is
      collected first), a full collection takes ~15 ms.
    * Every call from Qt into Python (a paint, a model's data) takes the interpreter back from a busy worker,
      waiting up to the switch interval each time; at 5 ms a paint beside a batch being saved stalled.

    Measured by ``benchmarks/bench_batch.py`` (the longest event-loop gap while 500 claims are decided)."""
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, less the known ones that say nothing to a reviewer."""
    if message in KNOWN_QT_MESSAGES:
        return
    sys.stderr.write(message + "\n")


def _application(offscreen: bool) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    keep_caches_in_data_folder()
    qInstallMessageHandler(_qt_message)
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication([sys.argv[0] if sys.argv else "poe-reviewer"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName("POE Reviewer")
    app.setApplicationDisplayName("POE Reviewer")
    QGuiApplication.setDesktopFileName("poe-reviewer")
    return app


def _wait(app: QApplication, done: list[bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not done[0] and time.monotonic() < deadline:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return done[0]


def _show_located_evidence(window: MainWindow) -> None:
    """Open the first evidence item that has a box, so the picture shows a highlight."""
    for n, (check_id, evidence) in enumerate(window.checks.evidence_items()):
        if evidence.page is not None and evidence.bbox is not None:
            index = [e for cid, e in window.checks.evidence_items()[: n + 1] if cid == check_id].index(evidence)
            item = window.checks.item_for(check_id, index)
            if item is not None:
                window.checks.tree.setCurrentItem(item)
                window.checks.tree.scrollToItem(item)
            window.show_evidence(evidence)
            if window.checks.changes is not None:
                window.checks.tree.scrollToTop()  # a returning claim: what changed stays in view
            return


def take_screenshot(window: MainWindow, out: Path, claim: str | None, *, timeout_s: float = 60.0) -> None:
    """Wait for the queue and a claim (``claim`` or the first) to be on screen, then save the window."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown = [False]
    window.claimShown.connect(lambda cid: shown.__setitem__(0, claim is None or cid == claim))
    loaded = [window._queue_loaded]
    window.queueLoaded.connect(lambda: loaded.__setitem__(0, True))
    if not _wait(app, loaded, timeout_s):
        raise PoeReviewerError("the queue did not load in time for the screenshot")
    if claim is not None and window.current_claim_id != claim and not window.select_claim(claim):
        raise PoeReviewerError(f"there is no claim {claim} in the queue to show")
    if window.current_claim_id is not None and (claim is None or window.current_claim_id == claim):
        shown[0] = True
    if window.model.rowCount() and not _wait(app, shown, timeout_s):
        raise PoeReviewerError("the claim did not open in time for the screenshot")
    _show_located_evidence(window)
    # let the viewer render and paint its first page
    settle = [False]
    QTimer.singleShot(1500, lambda: settle.__setitem__(0, True))
    _wait(app, settle, 5)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        raise PoeReviewerError(f"the screenshot could not be written to {out}")


def run_gui(
    db: str | None = None,
    *,
    screenshot: str | None = None,
    claim: str | None = None,
    sample_queue: bool = False,
    install_hooks: bool = True,
    create: bool = False,
    as_of: dt.date | None = None,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    """The ``gui`` command. Returns the exit status.

    The database is opened on purpose: the default one and the sample queue's are made on first
    run, another only with ``create`` (``--create``); one that is not there, is damaged or is no
    database URL is refused with its reason (a message box, one line on stderr) and status 1."""
    if screenshot is None:
        problem = display_problem()
        if problem:
            sys.stderr.write(f"poe-reviewer gui: {problem}\n")
            return EXIT_ERROR
    app = _application(offscreen=screenshot is not None)
    if install_hooks:
        errors.install_hooks()
    settings = Settings()
    apply_ocr(settings.get(OCR))
    url = db or (sample_database_url() if sample_queue else database_url(None, settings))
    create = create or (not db and (sample_queue or url == default_url()))
    try:
        store = open_queue(url, create=create, actor=settings.reviewer)
    except PoeReviewerError as exc:
        sys.stderr.write(f"poe-reviewer gui: {exc}\n")
        if screenshot is None:
            QMessageBox.critical(
                None, "POE Reviewer", f"The review database {display_url(url)} cannot be opened:\n{exc}"
            )
        return EXIT_ERROR
    window = MainWindow(store, settings)
    settle_interpreter()
    try:
        if sample_queue:
            samples = sample_queue_dir()
            if not samples.is_dir():
                window.say(f"The sample queue is not here: {samples}.", "error")
            else:
                finished = [False]
                window.importFinished.connect(lambda _r: finished.__setitem__(0, True))
                window.import_sample_queue(samples, as_of)
                if screenshot is not None:
                    _wait(app, finished, 120)
        if screenshot is not None:
            window.resize(*size)
            window.show()
            take_screenshot(window, Path(screenshot), claim)
            sys.stdout.write(f"Saved the screenshot to {screenshot}.\n")
            return EXIT_OK
        if claim is not None:
            first = [True]

            def open_first() -> None:
                # only once: later reloads must not pull the reviewer back to this claim
                if first[0] and window.model.row_of(claim) is not None:
                    first[0] = False
                    window.select_claim(claim)

            window.queueLoaded.connect(open_first)
        window.show()
        # first use: who is reviewing (every decision records it), asked once the window is up
        QTimer.singleShot(0, window.ask_identity)
        return app.exec()
    except PoeReviewerError as exc:
        sys.stderr.write(f"poe-reviewer gui: {exc}\n")
        return EXIT_ERROR
    finally:
        window.close()
        window.deleteLater()
        if install_hooks:
            errors.uninstall_hooks()
