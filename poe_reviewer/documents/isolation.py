"""Each document read in a worker process, within a time and a memory budget.

A file built to hang a parser (a MIME structure that never closes, a pattern that backtracks) or to
exhaust memory (a decompression bomb) costs that one document: past its budget the worker is
stopped, the document carries the reason as its error, and the rest of the bundle and the queue are
read as usual. The budgets are policy (``resources/policy/budgets.toml``), overridable by
``POE_REVIEWER_DOCUMENT_SECONDS`` and ``POE_REVIEWER_DOCUMENT_MEMORY_MB``.

The workers are forked from a fork server that has already imported the readers (so a new worker
starts in a few milliseconds, and no worker is forked from a process that runs other threads, such
as the workbench's). Each thread that reads documents has its own worker; a worker that was stopped
is replaced at the next document. Nothing but the file's bytes and the reading options go to the
worker, and the extracted document comes back.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import multiprocessing
import os
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext, extract_document
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.third_party import silence_known_warnings

log = logging.getLogger(__name__)

ISOLATE_VAR = "POE_REVIEWER_ISOLATE"
SECONDS_VAR = "POE_REVIEWER_DOCUMENT_SECONDS"
MEMORY_VAR = "POE_REVIEWER_DOCUMENT_MEMORY_MB"
#: What the fork server imports once, so that every worker starts with the readers loaded.
_PRELOAD = [
    "poe_reviewer.documents.worker_boot",
    "poe_reviewer.documents.registry",
    "poe_reviewer.documents.pdf",
    "poe_reviewer.documents.msg",
]


@dataclass(frozen=True)
class Budget:
    """What one document may cost to read."""

    seconds: float
    memory_mb: int


def budget(policy: Policy | None = None) -> Budget | None:
    """The reading budget of the policy and the environment; None when documents are read in-process."""
    section = (policy or load_policy())["budgets"].get("extraction", {})
    isolate = os.environ.get(ISOLATE_VAR, "").strip().lower()
    if isolate in ("0", "false", "no", "off") or (not isolate and section.get("isolate") is False):
        return None
    try:
        seconds = float(os.environ.get(SECONDS_VAR) or section.get("seconds_per_document", 120))
        memory = int(os.environ.get(MEMORY_VAR) or section.get("memory_mb", 4096))
    except (TypeError, ValueError) as exc:
        raise PolicyError(f"budgets.toml [extraction]: {exc}") from None
    if seconds <= 0 or memory <= 0:
        raise PolicyError("budgets.toml [extraction]: seconds_per_document and memory_mb must be positive")
    return Budget(seconds, memory)


def _serve(conn: Connection, memory_mb: int) -> None:
    """The worker: read documents until told to stop (None), within the memory budget."""
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform: the time budget still holds
        pass
    silence_known_warnings()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        data, path, role, options = message
        try:
            doc = extract_document(data, path, role, ExtractContext(**options))
        except MemoryError:
            doc = _failed(data, path, role, f"reading it needed more than {memory_mb} MiB of memory; stopped")
        try:
            conn.send(doc)
        except MemoryError:
            conn.send(_failed(data, path, role, f"what was read of it needed more than {memory_mb} MiB; stopped"))


def _failed(data: bytes, path: str, role: str, reason: str) -> Document:
    return Document(
        path=path, role=role, kind="unknown", sha256=hashlib.sha256(data).hexdigest(), size=len(data), error=reason
    )


def forkserver_context() -> Any:
    """The multiprocessing context whose processes fork from the fork server with the readers loaded."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


class _Worker:
    def __init__(self, limits: Budget) -> None:
        self.limits = limits
        context = forkserver_context()
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, limits.memory_mb), daemon=True)
        self.process.start()
        child.close()

    def read(self, data: bytes, path: str, role: str, options: dict[str, Any]) -> tuple[Document, bool]:
        """The document, and whether the worker is still usable."""
        try:
            self.conn.send((data, path, role, options))
            if not self.conn.poll(self.limits.seconds):
                why = f"reading it took longer than {self.limits.seconds:g} s; stopped"
                return _failed(data, path, role, why), False
            doc = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            return _failed(data, path, role, "the reader stopped on this file (out of memory, or it crashed)"), False
        if not isinstance(doc, Document):
            return _failed(data, path, role, "the reader returned nothing usable"), False
        return doc, True

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


_local = threading.local()
_all: list[_Worker] = []
_lock = threading.Lock()


def _worker_for(limits: Budget) -> _Worker:
    worker: _Worker | None = getattr(_local, "worker", None)
    if worker is not None and (worker.limits != limits or not worker.process.is_alive()):
        _retire(worker)
        worker = None
    if worker is None:
        worker = _Worker(limits)
        _local.worker = worker
        with _lock:
            _all.append(worker)
    return worker


def _retire(worker: _Worker) -> None:
    worker.process.kill()
    worker.process.join(timeout=5)
    worker.conn.close()
    with _lock:
        if worker in _all:
            _all.remove(worker)
    if getattr(_local, "worker", None) is worker:
        _local.worker = None


@atexit.register
def shutdown() -> None:
    """Stop every worker (at exit, and by tests)."""
    with _lock:
        workers = list(_all)
    for worker in workers:
        worker.stop()
    with _lock:
        _all.clear()
    _local.worker = None


def extract_within_budget(data: bytes, path: str, role: str, ctx: ExtractContext, limits: Budget) -> Document:
    """:func:`extract_document` in a worker process, within ``limits``; past them the document's error says so."""
    key = (hashlib.sha256(data).hexdigest(), path, role)
    cached = ctx.cache.get(key)
    if cached is not None:
        return cached
    options = {"depth": ctx.depth, "max_depth": ctx.max_depth, "max_pages": ctx.max_pages,
               "max_image_pixels": ctx.max_image_pixels, "ocr": ctx.ocr}  # fmt: skip
    worker = _worker_for(limits)
    doc, usable = worker.read(data, path, role, options)
    if not usable:
        log.info("%s: %s", path, doc.error)
        _retire(worker)
    ctx.cache[key] = doc
    return doc
