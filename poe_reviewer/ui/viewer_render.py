"""Page rendering for the viewer: off the GUI thread, in a helper process, results by signal.

:class:`RenderService` queues page and thumbnail renders on its own single-thread
``QThreadPool``; each job gets the document's bytes (:mod:`poe_reviewer.ui.viewer_sources`),
has the page rasterised by the helper process (:mod:`poe_reviewer.ui.viewer_renderproc`),
wraps the pixels in a ``QImage`` and delivers it on the GUI thread through a signal. A job
whose page is no longer wanted when its turn comes is skipped; the receiver drops results
for a document or zoom no longer shown.

Why a process: PyMuPDF keeps the GIL while it renders, so a thread alone still freezes the
window for the length of a render, and a hostile page could hang or exhaust the program.
The helper is timed out and killed, runs with an address-space cap, and is restarted on the
next request. Where no Python can be started (a frozen build) pages render in the worker
thread instead, with the same pixel caps.

The same worker decodes the pictures of Word documents (Qt's image readers, size checked
before decoding), shown under the document's text.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import os
import posixpath
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QTransform

from poe_reviewer.documents.model import Document
from poe_reviewer.ui.viewer_renderproc import (
    MAX_IMAGE_PIXELS,
    PageRenderer,
    RenderedPage,
    RenderError,
    read_exact,
    read_message,
    write_message,
)
from poe_reviewer.ui.viewer_sources import DocumentSources, SourceError

log = logging.getLogger(__name__)

#: A render taking longer than this (seconds) is abandoned and the helper restarted.
RENDER_TIMEOUT = 30.0
#: Pictures of Word documents are shown at most this wide (pixels), and not read above this size.
PICTURE_WIDTH = 640
MAX_PICTURE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RenderTarget:
    """What to render: a page of a document, at a width in device pixels."""

    token: int  # which opening of a document the request belongs to
    path: str
    key: str  # the document's SHA-256: the helper keeps open documents by content
    filetype: str | None
    page: int  # 1-based
    width_px: int  # of the page as the file has it, before any turn
    thumbnail: bool = False
    #: Degrees clockwise (0, 90, 180, 270) the reviewer turned the page for viewing.
    rotation: int = 0


@dataclass(frozen=True)
class RenderResult:
    target: RenderTarget
    image: QImage | None
    error: str | None = None
    #: True when the document's bytes could not be had at all (the viewer then shows its text).
    no_source: bool = False
    capped: bool = False
    #: True when the page was no longer wanted when the worker came to it (nothing was rendered).
    skipped: bool = False


class RenderHelper:
    """The render helper process, started on demand, one request at a time.

    ``command`` and ``timeout`` are there for tests (a helper that hangs or dies).
    """

    def __init__(self, command: list[str] | None = None, timeout: float = RENDER_TIMEOUT) -> None:
        self.command = command or [sys.executable, "-m", "poe_reviewer.ui.viewer_renderproc"]
        self.timeout = timeout
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._fallback: PageRenderer | None = None
        self._timed_out = False

    def start(self) -> None:
        """Start the helper now, so the first page does not wait for Python to start.

        Never waits: when a render holds the helper, it is running already.
        """
        if self._lock.acquire(blocking=False):
            try:
                self._ensure()
            finally:
                self._lock.release()

    def _ensure(self) -> subprocess.Popen[bytes] | None:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._proc = None
        if getattr(sys, "frozen", False) or not sys.executable:
            return None
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            self._proc = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                creationflags=flags,
            )
        except OSError:
            log.warning("the page render helper cannot be started; rendering in-process", exc_info=True)
            return None
        return self._proc

    def render(self, target: RenderTarget, disk: Path | None, load: Callable[[], bytes]) -> RenderedPage:
        with self._lock:
            proc = self._ensure()
            if proc is None:
                return self._render_here(target, disk, load)
            self._timed_out = False

            def timeout() -> None:
                self._timed_out = True
                with contextlib.suppress(OSError):
                    proc.kill()

            watchdog = threading.Timer(self.timeout, timeout)
            watchdog.daemon = True
            watchdog.start()
            try:
                return self._ask(proc, target, disk, load)
            except (EOFError, OSError, ValueError) as exc:
                # the helper died (out of memory, killed on timeout, crashed on a hostile page)
                self._kill(proc)
                if self._timed_out:
                    raise RenderError(f"the page took more than {self.timeout:g} s to render; not shown") from exc
                raise RenderError("the page could not be rendered (the renderer ran out of memory or failed)") from exc
            finally:
                watchdog.cancel()

    @staticmethod
    def _ask(
        proc: subprocess.Popen[bytes], target: RenderTarget, disk: Path | None, load: Callable[[], bytes]
    ) -> RenderedPage:
        stdin, stdout = proc.stdin, proc.stdout
        assert stdin is not None
        assert stdout is not None
        header: dict[str, Any] = {
            "key": target.key,
            "filetype": target.filetype,
            "page": target.page - 1,
            "width": target.width_px,
            "path": str(disk) if disk is not None else None,
            "size": 0,
        }
        write_message(stdin, header)
        reply = read_message(stdout)
        if reply.get("need"):
            # the helper does not hold this document yet and has no file to read it from
            data = load()
            header["size"] = len(data)
            write_message(stdin, header, data)
            reply = read_message(stdout)
        if not reply.get("ok"):
            raise RenderError(str(reply.get("error") or "the page could not be rendered"))
        samples = read_exact(stdout, int(reply["nbytes"]))
        return RenderedPage(
            int(reply["width"]), int(reply["height"]), int(reply["stride"]), samples, bool(reply.get("capped"))
        )

    def _render_here(self, target: RenderTarget, disk: Path | None, load: Callable[[], bytes]) -> RenderedPage:
        if self._fallback is None:
            self._fallback = PageRenderer()
        renderer = self._fallback
        if not renderer.has(target.key):
            data = None if disk is not None else load()
            renderer.open(target.key, data, str(disk) if disk is not None else None, target.filetype)
        return renderer.render(target.key, target.page - 1, target.width_px)

    @staticmethod
    def _kill(proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(OSError):
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired, OSError):
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def stop(self) -> None:
        """End the helper (at exit). Does not wait for a render in progress: that one fails instead."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # the helper ends when its input closes
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._kill(proc)
        if proc.stdout is not None:
            with contextlib.suppress(OSError):
                proc.stdout.close()


#: One helper process for the whole program.
HELPER = RenderHelper()
atexit.register(HELPER.stop)


def to_qimage(page: RenderedPage) -> QImage:
    """A QImage owning a copy of the samples (the buffer goes away with ``page``)."""
    image = QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()


class _Emitter(QObject):
    """Carries results from the worker to the GUI thread (a queued signal)."""

    done = Signal(object)


class _RenderJob(QRunnable):
    def __init__(
        self,
        target: RenderTarget,
        sources: DocumentSources,
        emitter: _Emitter,
        wanted: Callable[[RenderTarget], bool],
    ) -> None:
        super().__init__()
        self.target = target
        self.sources = sources
        self.emitter = emitter  # a Python reference keeps the emitter alive while the job runs
        self.wanted = wanted

    def run(self) -> None:
        target = self.target
        if not self.wanted(target):
            # the page scrolled away or another document opened while this waited: say so, so
            # the view can ask again when the page comes back
            self.emitter.done.emit(RenderResult(target, None, skipped=True))
            return
        try:
            disk = self.sources.disk_path(target.path)
            if disk is not None and not disk.is_file():
                raise SourceError(f"the file {disk.name} is no longer on disk")
            page = HELPER.render(target, disk, lambda: self.sources.read_bytes(target.path))
            image = to_qimage(page)
            if target.rotation:
                # turned here, on the worker thread: the helper process, its protocol and its pixel cap
                # know nothing of turns (a turn does not change the pixel count), and the GUI thread
                # receives the page ready to draw
                image = image.transformed(QTransform().rotate(target.rotation))
            result = RenderResult(target, image, capped=page.capped)
        except SourceError as exc:
            result = RenderResult(target, None, str(exc), no_source=True)
        except RenderError as exc:
            result = RenderResult(target, None, str(exc))
        except Exception as exc:  # a worker must always answer; the page shows the failure
            log.exception("rendering %s page %d failed", target.path, target.page)
            result = RenderResult(target, None, f"the page could not be rendered ({type(exc).__name__})")
        self.emitter.done.emit(result)


@dataclass(frozen=True)
class Picture:
    """A picture embedded in a document, decoded for display (or why it cannot be shown)."""

    name: str
    image: QImage | None
    note: str = ""


@dataclass(frozen=True)
class PicturesResult:
    token: int
    path: str
    pictures: tuple[Picture, ...]
    error: str | None = None


def _decode_picture(name: str, blob: bytes) -> Picture:
    """A picture scaled for reading, decoded only after its declared size was checked."""
    buffer = QBuffer()
    buffer.setData(QByteArray(blob))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid():
        kind = posixpath.splitext(name)[1].lstrip(".").upper()
        return Picture(name, None, f"a picture in {kind or 'a'} format, which cannot be shown here")
    if size.width() * size.height() > MAX_IMAGE_PIXELS:
        return Picture(name, None, f"too large to show ({size.width():,} x {size.height():,} pixels)")
    if size.width() > PICTURE_WIDTH:
        reader.setScaledSize(size.scaled(PICTURE_WIDTH, PICTURE_WIDTH * 8, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return Picture(name, None, f"the picture cannot be decoded ({reader.errorString()})")
    return Picture(name, image)


def docx_pictures(data: bytes, names: list[str]) -> tuple[Picture, ...]:
    """The pictures of a Word file listed by the extractor (``ImageInfo.name``), from its package."""
    out: list[Picture] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = {posixpath.basename(i.filename): i for i in package.infolist() if i.filename.startswith("word/")}
            for name in names:
                info = entries.get(name)
                if info is None:
                    out.append(Picture(name, None, "not found in the file"))
                elif info.file_size > MAX_PICTURE_BYTES:
                    out.append(Picture(name, None, f"too large to show ({info.file_size:,} bytes)"))
                else:
                    out.append(_decode_picture(name, package.read(info)))
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as exc:
        raise SourceError(f"the pictures cannot be read from the file ({exc})") from exc
    return tuple(out)


class _PicturesEmitter(QObject):
    done = Signal(object)


class _PicturesJob(QRunnable):
    def __init__(self, token: int, doc: Document, sources: DocumentSources, emitter: _PicturesEmitter) -> None:
        super().__init__()
        self.token, self.doc, self.sources, self.emitter = token, doc, sources, emitter

    def run(self) -> None:
        names = [i.name for i in self.doc.images if i.name]
        try:
            pictures = docx_pictures(self.sources.read_bytes(self.doc.path), names)
            result = PicturesResult(self.token, self.doc.path, pictures)
        except SourceError as exc:
            result = PicturesResult(self.token, self.doc.path, (), str(exc))
        except Exception as exc:  # a worker must always answer; the viewer says the pictures are missing
            log.exception("reading the pictures of %s failed", self.doc.path)
            result = PicturesResult(self.token, self.doc.path, (), f"the pictures cannot be shown ({exc})")
        self.emitter.done.emit(result)


class RenderService(QObject):
    """Queues renders on one worker thread; ``rendered`` delivers :class:`RenderResult` on the GUI thread."""

    rendered = Signal(object)
    #: :class:`PicturesResult` of :meth:`request_pictures`, on the GUI thread.
    pictures = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # the helper renders one page at a time anyway
        self._emitter = _Emitter()
        self._emitter.done.connect(self.rendered)
        self._pictures_emitter = _PicturesEmitter()
        self._pictures_emitter.done.connect(self.pictures)
        HELPER.start()

    def request_pictures(self, token: int, doc: Document, sources: DocumentSources) -> None:
        """Decode the pictures of a Word document (off the GUI thread); ``pictures`` delivers them."""
        self.pool.start(_PicturesJob(token, doc, sources, self._pictures_emitter), 0)

    def request(self, target: RenderTarget, sources: DocumentSources, wanted: Callable[[RenderTarget], bool]) -> None:
        # pages before thumbnails; among pages, first asked first served
        self.pool.start(_RenderJob(target, sources, self._emitter, wanted), 0 if target.thumbnail else 1)

    def cancel_pending(self) -> None:
        """Drop queued jobs (a running one finishes and its result is ignored)."""
        self.pool.clear()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self.pool.clear()
        self.pool.waitForDone(timeout_ms)
