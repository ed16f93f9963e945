"""Pick the extractor for a file by its content and run it, never letting one file break a bundle.

The contract every extractor module follows (``pdf``, ``msg``, ``eml``, ``docx``,
``image``, ``survey``, ``text``)::

    def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None

It fills in ``doc`` (segments, images, fields, email envelope, children, metadata,
warnings) and raises :class:`~poe_reviewer.errors.ExtractionError` with a reason a
reviewer understands when the file cannot be read. Whatever it filled in before failing
is kept. It never writes files, never fetches anything, never runs embedded content.
Attachments become children through :meth:`ExtractContext.child`.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from poe_reviewer.documents.filetypes import sniff
from poe_reviewer.documents.model import Document, Kind
from poe_reviewer.errors import ExtractionError

log = logging.getLogger(__name__)

Extractor = Callable[[Document, bytes, "ExtractContext"], None]

#: kind -> module under poe_reviewer.documents implementing ``extract``.
_MODULES: dict[str, str] = {
    "pdf": "pdf",
    "msg": "msg",
    "eml": "eml",
    "docx": "docx",
    "image": "image",
    "survey": "survey",
    "text": "text",
    "html": "text",
    "json": "text",
}


@dataclass
class ExtractContext:
    """Limits and options shared by the extractors of one bundle."""

    #: Nesting depth of the document being extracted (0 for files of the bundle).
    depth: int = 0
    #: Attachments inside attachments deeper than this are listed with an error, not read.
    max_depth: int = 4
    #: PDF pages beyond this are not read (the document carries a warning).
    max_pages: int = 2000
    #: Images with more pixels than this are refused (decompression bombs).
    max_image_pixels: int = 80_000_000
    #: Read scanned pages and pictures with OCR: on when the engine is installed (``ocr=False`` turns it off).
    ocr: bool = field(default_factory=lambda: _ocr_default())
    #: Cache of extracted documents by (sha256, path, role), shared across a queue.
    cache: dict[tuple[str, str, str], Document] = field(default_factory=dict)

    def child(self, data: bytes, name: str, parent: Document) -> Document:
        """Extract an attachment or embedded document of ``parent``."""
        path = f"{parent.path}!/{name}"
        if self.depth + 1 > self.max_depth:
            sha = hashlib.sha256(data).hexdigest()
            kind, _ = sniff(data, name)
            return Document(
                path=path,
                role=parent.role,
                kind=kind,
                sha256=sha,
                size=len(data),
                error=f"nested more than {self.max_depth} levels deep; not read",
            )
        sub = ExtractContext(
            depth=self.depth + 1,
            max_depth=self.max_depth,
            max_pages=self.max_pages,
            max_image_pixels=self.max_image_pixels,
            ocr=self.ocr,
            cache=self.cache,
        )
        return extract_document(data, path, parent.role, sub)


def _ocr_default() -> bool:
    """OCR is on by default where its engine is installed (probed once per process)."""
    from poe_reviewer.documents.ocr_engine import default_enabled

    return default_enabled()


def _extractor(kind: str) -> Extractor | None:
    module = _MODULES.get(kind)
    if module is None:
        return None
    mod = importlib.import_module(f"poe_reviewer.documents.{module}")
    fn: Extractor = mod.extract
    return fn


def describe_exception(exc: BaseException) -> str:
    """The one place that turns a library failure into a sentence for the reviewer."""
    if isinstance(exc, ExtractionError):
        return exc.reason
    if isinstance(exc, MemoryError):
        return "the file is too large to read"
    if isinstance(exc, RecursionError):
        return "the file is nested too deeply to read"
    text = str(exc).strip() or type(exc).__name__
    return f"could not be read ({type(exc).__name__}: {text})"


def extract_document(data: bytes, path: str, role: str, ctx: ExtractContext | None = None) -> Document:
    """Extract one file; a failure is recorded on the document, never raised."""
    ctx = ctx or ExtractContext()
    sha = hashlib.sha256(data).hexdigest()
    key = (sha, path, role)
    cached = ctx.cache.get(key)
    if cached is not None:
        return cached
    kind: Kind
    try:
        kind, note = sniff(data, path)
    except Exception as exc:  # noqa: BLE001 - a file that defeats sniffing is still only one document
        kind, note = "unknown", describe_exception(exc)
    doc = Document(path=path, role=role, kind=kind, sha256=sha, size=len(data))
    if not data:
        doc.error = "the file is empty"
        return doc
    if kind not in _MODULES:
        doc.error = f"unsupported file type: {note or kind}"
        return doc
    try:
        extractor = _extractor(kind)
        assert extractor is not None
        extractor(doc, data, ctx)
    except Exception as exc:
        log.debug("extraction of %s failed", path, exc_info=True)
        doc.error = describe_exception(exc)
    ctx.cache[key] = doc
    return doc
