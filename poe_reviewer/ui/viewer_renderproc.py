"""Rasterise PDF and image pages with PyMuPDF, bounded, in a helper process of the viewer.

PyMuPDF holds the GIL for the whole of a render and is not thread-safe, so a page rendered
on a worker thread still freezes the window for as long as it takes, and a hostile page
(a decompression bomb, pathological vector art) can freeze or exhaust the whole program.
The viewer therefore renders in a child process (``python -m poe_reviewer.ui.viewer_renderproc``)
that it can time out and kill, whose address space is capped, and whose output is capped
in pixels. This module never imports Qt: the child starts quickly and the same
:class:`PageRenderer` serves the in-process fallback (frozen builds without a Python to start).

Protocol over the child's stdin/stdout, one request at a time: a 4-byte big-endian length and
a JSON header, then ``header["size"]`` bytes of document data; the reply is a length-prefixed
JSON header, then ``reply["nbytes"]`` bytes of RGB samples.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import struct
import sys
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

#: Rendered pages never exceed this many pixels (about 48 MB of RGB); beyond, the viewer scales up.
MAX_RENDER_PIXELS = 16_000_000
#: An image on a page declaring more pixels than this is a possible decompression bomb: not rendered.
MAX_IMAGE_PIXELS = 80_000_000
#: Address-space cap of the helper process, so a bomb MuPDF does not refuse fails there, not here.
MEMORY_LIMIT = 3 * 1024**3
#: Open documents kept by the renderer (the current document, its thumbnails, a neighbour).
_OPEN_DOCUMENTS = 4

_LENGTH = struct.Struct(">I")


class RenderError(Exception):
    """A page that could not be rendered; the message is a sentence for the reviewer."""


@dataclass(frozen=True)
class RenderedPage:
    """RGB samples of a rendered page (``stride`` bytes per row)."""

    width: int
    height: int
    stride: int
    samples: bytes
    #: True when the pixel cap made the page smaller than asked.
    capped: bool = False


def filetype_for(path: str, kind: str) -> str | None:
    """The PyMuPDF file type for a document of ``kind`` at bundle path ``path``."""
    if kind == "pdf":
        return "pdf"
    suffix = Path(path.rsplit("!/", 1)[-1]).suffix.lower().lstrip(".")
    return suffix or None


def _pymupdf() -> Any:
    import pymupdf

    fitz: Any = pymupdf  # PyMuPDF's inline types are partial
    # MuPDF prints its complaints about damaged files; the viewer reports its own errors.
    fitz.TOOLS.mupdf_display_errors(False)
    fitz.TOOLS.mupdf_display_warnings(False)
    return fitz


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    if text.startswith("code="):
        text = text.split(":", 1)[-1].strip()
    return text or type(exc).__name__


class PageRenderer:
    """Opens documents (kept by key, least recently used dropped) and renders their pages, capped."""

    def __init__(self, max_pixels: int = MAX_RENDER_PIXELS, max_image_pixels: int = MAX_IMAGE_PIXELS) -> None:
        self.max_pixels = max_pixels
        self.max_image_pixels = max_image_pixels
        self._open: OrderedDict[str, Any] = OrderedDict()
        self._bomb_pages: dict[tuple[str, int], str | None] = {}
        self._fitz: Any = None

    def warm_up(self) -> None:
        """Import PyMuPDF now (it takes a few hundred milliseconds), not on the first page asked for."""
        if self._fitz is None:
            self._fitz = _pymupdf()

    def has(self, key: str) -> bool:
        return key in self._open

    def open(self, key: str, data: bytes | None, path: str | None, filetype: str | None) -> None:
        """Open a document from bytes or a file on disk and keep it under ``key``."""
        if key in self._open:
            self._open.move_to_end(key)
            return
        if self._fitz is None:
            self._fitz = _pymupdf()
        fitz = self._fitz
        try:
            if data is None:
                if path is None:
                    raise RenderError("the document's file is not available")
                data = Path(path).read_bytes()
            try:
                doc = fitz.open(stream=data, filetype=filetype) if filetype else fitz.open(stream=data)
            except (ValueError, RuntimeError):
                doc = fitz.open(stream=data)  # the extension lied; let MuPDF recognise the content
        except OSError as exc:
            raise RenderError(f"the file cannot be read ({exc.strerror or exc})") from exc
        except Exception as exc:  # MuPDF raises several unrelated types on damaged files
            raise RenderError(f"the file cannot be opened for display ({_reason(exc)})") from exc
        if getattr(doc, "needs_pass", False):
            doc.close()
            raise RenderError("the file is password-protected and cannot be displayed")
        self._open[key] = doc
        while len(self._open) > _OPEN_DOCUMENTS:
            old_key, old = self._open.popitem(last=False)
            self._bomb_pages = {k: v for k, v in self._bomb_pages.items() if k[0] != old_key}
            with contextlib.suppress(Exception):
                old.close()

    def _bomb(self, key: str, page: Any, index: int) -> str | None:
        """Why the page must not be rasterised (an image too large to decode safely), or None."""
        cached = self._bomb_pages.get((key, index), "")
        if cached != "":
            return cached
        reason: str | None = None
        try:
            infos = page.get_image_info()
        except Exception:  # noqa: BLE001 - a page whose images cannot even be listed is left to the render
            infos = []
        for info in infos:
            width, height = int(info.get("width") or 0), int(info.get("height") or 0)
            if width * height > self.max_image_pixels:
                reason = (
                    f"the page holds an image of {width:,} x {height:,} pixels (a possible decompression bomb); "
                    "it is not displayed"
                )
                break
        self._bomb_pages[(key, index)] = reason
        return reason

    def render(self, key: str, index: int, width_px: int) -> RenderedPage:
        """Render page ``index`` (0-based) of the open document ``key`` about ``width_px`` pixels wide."""
        doc = self._open.get(key)
        if doc is None:
            raise RenderError("the document is not open")
        self._open.move_to_end(key)
        fitz = self._fitz
        try:
            if not 0 <= index < doc.page_count:
                raise RenderError(f"the file has no page {index + 1}")
            page = doc.load_page(index)
            rect = page.rect
            bomb = self._bomb(key, page, index)
            if bomb:
                raise RenderError(bomb)
            page_w, page_h = max(float(rect.width), 1.0), max(float(rect.height), 1.0)
            scale = max(width_px, 1) / page_w
            capped = False
            if scale * scale * page_w * page_h > self.max_pixels:
                # a little under the cap: MuPDF rounds the pixmap's edges outwards
                scale = math.sqrt(self.max_pixels / (page_w * page_h)) * 0.995
                capped = True
            pix = page.get_pixmap(matrix=fitz.Matrix(scale, scale), alpha=False, colorspace=fitz.csRGB)
            return RenderedPage(pix.width, pix.height, pix.stride, bytes(pix.samples), capped)
        except RenderError:
            raise
        except MemoryError as exc:
            raise RenderError("the page is too large to display") from exc
        except Exception as exc:  # MuPDF raises several unrelated types on damaged pages
            raise RenderError(f"the page cannot be displayed ({_reason(exc)})") from exc
        finally:
            with contextlib.suppress(Exception):
                fitz.TOOLS.mupdf_warnings(reset=True)  # MuPDF keeps every message; drain them


# -- the wire format ---------------------------------------------------------------------------
def write_message(stream: IO[bytes], header: dict[str, Any], payload: bytes = b"") -> None:
    raw = json.dumps(header).encode()
    stream.write(_LENGTH.pack(len(raw)) + raw)
    if payload:
        stream.write(payload)
    stream.flush()


def read_exact(stream: IO[bytes], size: int) -> bytes:
    """Exactly ``size`` bytes, or EOFError when the other side went away."""
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError("the pipe closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_message(stream: IO[bytes]) -> dict[str, Any]:
    (length,) = _LENGTH.unpack(read_exact(stream, _LENGTH.size))
    header = json.loads(read_exact(stream, length))
    if not isinstance(header, dict):
        raise ValueError("malformed message")
    return cast(dict[str, Any], header)


def serve(requests: IO[bytes], replies: IO[bytes], renderer: PageRenderer | None = None) -> None:
    """Answer render requests until the input closes (the child process's main loop)."""
    renderer = renderer or PageRenderer()
    renderer.warm_up()
    while True:
        try:
            request = read_message(requests)
        except EOFError:
            return
        size = int(request.get("size") or 0)
        data = read_exact(requests, size) if size else None
        key = str(request["key"])
        try:
            if not renderer.has(key):
                path = request.get("path")
                if data is None and not path:
                    write_message(replies, {"ok": False, "need": True})
                    continue
                renderer.open(key, data, path, request.get("filetype"))
            page = renderer.render(key, int(request["page"]), int(request["width"]))
        except RenderError as exc:
            write_message(replies, {"ok": False, "error": str(exc)})
            continue
        header = {
            "ok": True,
            "width": page.width,
            "height": page.height,
            "stride": page.stride,
            "capped": page.capped,
            "nbytes": len(page.samples),
        }
        write_message(replies, header, page.samples)


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the pixel caps still apply
        return
    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main() -> None:
    """Entry point of the helper process: the protocol runs on a private copy of stdout."""
    _limit_memory()
    replies = open(os.dup(sys.stdout.fileno()), "wb")  # noqa: SIM115 - closed by the with below
    # anything a library prints goes to stderr, never into the protocol
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    requests = open(os.dup(sys.stdin.fileno()), "rb")  # noqa: SIM115 - closed by the with below
    with replies, requests:
        serve(cast(IO[bytes], requests), cast(IO[bytes], replies))


if __name__ == "__main__":
    main()
