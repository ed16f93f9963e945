"""The original bytes of a claim's documents, for the viewer to render them.

Top-level documents are files of the bundle on disk. Attachments (a PDF inside an .msg, a
picture inside an .eml, a file embedded in a .docx or PDF) have no file of their own, and the
document model deliberately keeps no attachment bytes. They are recovered by reading the
parent again with the project's own extractor, whose :meth:`ExtractContext.child` hook is
replaced by one that captures the attachment named like the child and stops there: the child
path is computed by exactly the code that named it at import, so names cleaned or
de-duplicated by the extractor still match. The bytes found must have the SHA-256 the
document was extracted from, so the viewer never shows something other than what was checked.

Thread-safe (the viewer calls it from its render worker); no Qt.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext, extract_document

#: Bytes of re-read attachments kept in memory, in total.
_CACHE_BYTES = 256 * 1024 * 1024
_SEPARATOR = "!/"


class SourceError(Exception):
    """The bytes of a document cannot be had; the message says why, for the reviewer."""


class _Found(Exception):
    """Raised from the capturing hook to stop reading the parent once the attachment is found."""


@dataclass
class _CaptureContext(ExtractContext):
    """An extraction context whose children are captured as bytes instead of being extracted."""

    wanted: str = ""
    found: bytes | None = field(default=None, repr=False)

    def child(self, data: bytes, name: str, parent: Document) -> Document:
        path = f"{parent.path}{_SEPARATOR}{name}"
        if path == self.wanted:
            self.found = data
            raise _Found(path)
        # a placeholder: the extractor only appends it and may set its metadata
        return Document(path=path, role=parent.role, kind="unknown", sha256="", size=len(data))


def parent_path(path: str) -> str | None:
    """The bundle path of the document a child path belongs to, or None for a top-level path."""
    if _SEPARATOR not in path:
        return None
    return path.rsplit(_SEPARATOR, 1)[0]


class DocumentSources:
    """Where to get the bytes of each document of one claim."""

    def __init__(self, documents: Iterable[Document], files: Mapping[str, Path]) -> None:
        self.files = dict(files)
        self.documents: dict[str, Document] = {}
        for top in documents:
            for doc in top.walk():
                self.documents.setdefault(doc.path, doc)
        self._cache: OrderedDict[str, bytes] = OrderedDict()
        self._cached_bytes = 0
        self._lock = threading.Lock()

    def disk_path(self, path: str) -> Path | None:
        """The file on disk of a top-level document, or None (children, unknown paths)."""
        found = self.files.get(path)
        return Path(found) if found is not None else None

    def read_bytes(self, path: str) -> bytes:
        """The original bytes of the document at ``path`` (raises :class:`SourceError`)."""
        doc = self.documents.get(path)
        if doc is None:
            raise SourceError(f"{path} is not a document of this claim")
        with self._lock:
            cached = self._cache.get(path)
            if cached is not None:
                self._cache.move_to_end(path)
                return cached
        disk = self.disk_path(path)
        if disk is not None:
            try:
                data = disk.read_bytes()
            except OSError as exc:
                raise SourceError(f"the file {disk.name} cannot be read ({exc.strerror or exc})") from exc
            self._check(doc, data, "the file on disk has changed since it was checked")
            return data  # files are re-read from disk (cheap), not kept in memory
        parent = parent_path(path)
        if parent is None:
            raise SourceError("the bundle's file is not available")
        parent_doc = self.documents.get(parent)
        if parent_doc is None:
            raise SourceError("the document it is attached to is not part of this claim")
        data = self._attachment(parent_doc, self.read_bytes(parent), path)
        self._check(doc, data, "the attachment read again differs from the one that was checked")
        self._remember(path, data)
        return data

    @staticmethod
    def _check(doc: Document, data: bytes, problem: str) -> None:
        if doc.sha256 and hashlib.sha256(data).hexdigest() != doc.sha256:
            raise SourceError(problem)

    @staticmethod
    def _attachment(parent: Document, parent_bytes: bytes, path: str) -> bytes:
        ctx = _CaptureContext(wanted=path, max_pages=0)  # a PDF parent: skip its pages, keep its attachments
        extract_document(parent_bytes, parent.path, parent.role, ctx)  # never raises; _Found stops it
        if ctx.found is None:
            raise SourceError(f"the attachment cannot be found again in {parent.path.rsplit('/', 1)[-1]}")
        return ctx.found

    def _remember(self, path: str, data: bytes) -> None:
        if len(data) > _CACHE_BYTES // 2:
            return
        with self._lock:
            if path in self._cache:
                return
            self._cache[path] = data
            self._cached_bytes += len(data)
            while self._cached_bytes > _CACHE_BYTES and self._cache:
                _old, dropped = self._cache.popitem(last=False)
                self._cached_bytes -= len(dropped)
