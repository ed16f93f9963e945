"""Two flows of the workbench window: importing bundles (File ▸ Import, drag and drop) and exporting
decisions. Each runs its work on the writer thread and reports in the window's message bar.

The window keeps its public methods (``import_paths``, ``export_decisions`` ...) and hands them
to these; what a flow needs of the window is the :class:`Window` protocol, so this module does not
import the window.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from poe_reviewer.application.bundles import expand_bundle_paths
from poe_reviewer.application.queue import REUSE_EVERY, ExportResult, ImportResult, ReviewQueue
from poe_reviewer.application.sample_timeline import SampleClock, read_timeline
from poe_reviewer.application.samples import load_history
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.ui.errors import user_message
from poe_reviewer.ui.settings import Settings
from poe_reviewer.ui.tasks import Batch, DelayedProgress, Tasks


class Window(Protocol):
    """What the flows use of the workbench window."""

    store: ReviewQueue
    settings: Settings
    tasks: Tasks
    importFinished: SignalInstance
    exportFinished: SignalInstance

    def say(self, text: str, level: str = "info") -> None: ...

    def reload_queue(self, then: Callable[[], None] | None = None) -> None: ...

    def reuse_checked(self, found: Mapping[str, str]) -> None: ...

    def ask_export_path(self) -> str: ...

    def show_error(self, exc: object) -> None: ...


@dataclass(frozen=True)
class ImportReport:
    results: list[tuple[str, ImportResult | BaseException]]
    cancelled: bool
    total: int
    ignored: list[str]

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "revision": 0, "unchanged": 0, "bad": 0}
        for _p, r in self.results:
            out[r.outcome if isinstance(r, ImportResult) else "bad"] += 1
        return out

    def describe(self) -> str:
        c = self.counts()
        head = "Import cancelled" if self.cancelled else "Imported"
        text = (
            f"{head}: {len(self.results)} of {self.total} bundle(s) — {c['new']} new claim(s), "
            f"{c['revision']} new revision(s), {c['unchanged']} unchanged, {c['bad']} could not be read."
        )
        bad = [(p, r) for p, r in self.results if not isinstance(r, ImportResult)]
        for p, r in bad[:5]:
            why = (
                r.reason if isinstance(r, BundleError) else user_message(r).text if isinstance(r, BaseException) else r
            )
            text += f"\n• {Path(p).name}: {why}"
        if len(bad) > 5:
            text += f"\n• … and {len(bad) - 5} more"
        if self.ignored:
            text += f"\nNot bundles, skipped: {', '.join(Path(i).name for i in self.ignored[:5])}"
        return text


def import_one(store: ReviewQueue, path: str) -> ImportResult | BaseException:
    """One bundle of the window's import (a failure is recorded and returned, never raised); the
    queue-wide reuse check runs for the batch, as the command line's import runs it."""
    outcome = store.import_one(path)
    if len(store.pending_reuse()) >= REUSE_EVERY:
        store.catch_up_reuse()
    return outcome


class ImportFlow:
    """Bundles dropped on the window or chosen in a dialog, imported one per task with a cancellable
    progress dialog; new claims appear in the queue while a long import runs."""

    def __init__(self, window: Window, parent: QWidget) -> None:
        self.window = window
        self.parent = parent
        self.progress: DelayedProgress | None = None

    def drag_enter(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def choose_bundles(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.parent, "Import claim bundles", "", "Claim bundles (*.zip)")
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.parent, "Import a bundle folder or a queue folder")
        if folder:
            self.import_paths([folder])

    def import_sample_queue(self, folder: Path, as_of: dt.date | None = None) -> None:
        """The sample queue: its earlier revisions and their decisions first (its returning claims), then
        its bundles, each gone Under Review when its timeline says (counted back from ``as_of``, today by
        default), then the timeline's conflict notices and decisions."""
        window = self.window
        store = window.store

        def then(_recorded: int) -> None:
            try:
                clock = SampleClock(store, read_timeline(folder), as_of)
            except PoeReviewerError as exc:
                window.show_error(exc)  # without its timeline the queue still comes in, its clocks from now
                clock = SampleClock(store, None, as_of)
            self.import_paths([folder], store_for=clock.store_for, settle=clock.settle)

        def failed(exc: BaseException) -> None:
            window.show_error(exc)  # the queue itself still comes in
            then(0)

        window.tasks.run(
            lambda _c: load_history(store, folder, as_of=as_of), done=then, failed=failed,
            writes=True, label="Loading the sample queue's earlier revisions",
        )  # fmt: skip

    def import_paths(
        self,
        paths: Sequence[str | Path],
        *,
        store_for: Callable[[str], ReviewQueue] | None = None,
        settle: Callable[[], Sequence[str]] | None = None,
    ) -> Batch[str, ImportResult | BaseException] | None:
        """Import ``paths`` on the writer thread; ``store_for`` picks the store each bundle is imported with
        (the sample queue's clocks), ``settle`` runs once everything is in (its decisions and notices)."""
        window = self.window
        bundles, ignored = expand_bundle_paths(paths)
        if not bundles:
            window.say(
                "Nothing to import: drop claim bundles (.zip files or folders with claim.json) or a queue folder.",
                "warning",
            )
            return None
        store = window.store

        def done(results: list[tuple[str, ImportResult | BaseException]], cancelled: bool) -> None:
            flat: list[tuple[str, ImportResult | BaseException]] = [(p, r) for p, r in results]
            report = ImportReport(flat, cancelled, len(bundles), ignored)
            bad = report.counts()["bad"]

            def finished(found: dict[str, str]) -> None:
                window.say(report.describe(), "warning" if bad or cancelled else "info")
                window.reuse_checked(found)
                window.importFinished.emit(report)

            # the queue-wide reused-evidence check of what came in (the command line's import runs it too)
            def after_import(_c: object) -> dict[str, str]:
                found = store.catch_up_reuse()
                if settle is not None and not cancelled:
                    # the claims it decided or notified are shown again, as those the reuse check judged
                    found = {**found, **{claim_id: "settled" for claim_id in settle()}}
                return found

            window.tasks.run(
                after_import, done=finished, failed=window.show_error, writes=True,
                label="Looking for evidence reused across the queue",
            )  # fmt: skip

        last_reload = [time.monotonic()]

        def item_done(_path: str, outcome: ImportResult | BaseException) -> None:
            # new claims show up while a long import runs (a reload is one query; at most every 2 s)
            if isinstance(outcome, ImportResult) and time.monotonic() - last_reload[0] > 2.0:
                last_reload[0] = time.monotonic()
                window.reload_queue()

        batch: Batch[str, ImportResult | BaseException] = Batch(
            window.tasks,
            bundles,
            lambda path, _c: import_one(store_for(path) if store_for else store, path),
            describe=lambda p: f"Importing {Path(p).name}",
            writes=True,
            done=done,
            item_done=item_done,
            label="Importing bundles",
        )
        self.progress = DelayedProgress(batch, self.parent, "Importing bundles")
        return batch.start()


class ExportFlow:
    """The decisions not yet exported, written as ``poe-decisions/1`` to a file the reviewer chooses."""

    def __init__(self, window: Window, parent: QWidget) -> None:
        self.window = window
        self.parent = parent

    def ask_path(self) -> str:
        folder = self.window.settings.export_folder()
        name = f"poe-decisions-{dt.datetime.now():%Y%m%d-%H%M}.json"
        chosen, _ = QFileDialog.getSaveFileName(self.parent, "Export decisions", str(folder / name), "JSON (*.json)")
        return chosen

    def export_decisions(self) -> None:
        window = self.window
        path = window.ask_export_path()
        if not path:
            return
        store = window.store
        reviewer = window.settings.reviewer

        def done(result: ExportResult) -> None:
            waiting = f" Also waiting for acknowledgement: {', '.join(result.pending)}." if result.pending else ""
            if result.resumed:
                where = "written to" if result.file_written else "already in"
                window.say(
                    f"No new decisions: resumed export {result.export_uid} ({result.count} decision(s), not yet "
                    f"acknowledged by the claims system), {where} {result.path}.{waiting}"
                )
            elif result.written:
                window.say(
                    f"Exported {result.count} decision(s) to {result.path} as export {result.export_uid}, "
                    f"pending until the claims system acknowledges it.{waiting}"
                )
            else:
                window.say("No decisions waiting for export: nothing was written.")
            window.exportFinished.emit(result)

        window.tasks.run(
            lambda _c: store.export(Path(path), "undelivered", exported_by=reviewer),
            done=done,
            writes=True,
            label="Exporting decisions",
        )
