"""Read a Word document (.docx, python-docx) into segments, form fields, images and children.

POE documents written in Word are mostly forms: tables of "label | value" rows, tick
boxes next to workloads and activities, a signature block, sometimes a text box or an
embedded email or PDF. The reader walks the document XML itself (python-docx's
paragraph text skips content controls, form fields and text boxes) and produces:

* ``"paragraph"`` segments: consecutive body paragraphs, one line each;
* ``"table"`` segments: one per table, one ``"cell | cell"`` line per row; tables nested
  in a cell follow as segments of their own;
* ``"textbox"``, ``"header"``, ``"footer"``, ``"footnote"``, ``"comment"`` segments;
* check boxes: content-control (``w14:checkbox``) and legacy form-field boxes are written
  as ☒/☐ in the text and listed as :class:`FormField` with the text next to them as
  label; ☒/☐ typed as characters (or Wingdings symbols) stay in the text;
* embedded pictures as :class:`ImageInfo` (size, hash, perceptual hash);
* embedded files (OLE packages, Acrobat objects, embedded Office files) as children;
* core properties, the writing application and company as metadata; an Office digital
  signature as a :class:`SignatureField` (present, not validated here).

Nothing embedded is ever run or rendered.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import warnings
import zipfile
from typing import Any

import olefile
from PIL import Image

from poe_reviewer.documents import imagehash
from poe_reviewer.documents.docx_body import (
    CHECKED_GLYPH,
    MAX_UNPACKED,
    RELS_NS,
    SENTINEL_BASE,
    UNCHECKED_GLYPH,
    BodyReader,
    Box,
    label_for,
    local_name,
    w_tag,
)
from poe_reviewer.documents.eml import ChildNames
from poe_reviewer.documents.filetypes import OLE_MAGIC
from poe_reviewer.documents.model import Document, FormField, ImageInfo, Segment, SignatureField
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError


# -- package-level readers ---------------------------------------------------------------------
def _open(doc: Document, data: bytes) -> Any:
    import docx  # python-docx; imported here so the import cost is paid only for Word files

    if data.startswith(OLE_MAGIC):
        raise ExtractionError(
            doc.path, "password-protected (encrypted) Word document; ask for an unprotected copy or a PDF"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(info.file_size for info in zf.infolist()) > MAX_UNPACKED:
                raise ExtractionError(doc.path, "the Word document unpacks to more than 512 MB; not read")
    except (zipfile.BadZipFile, NotImplementedError, UnicodeDecodeError, ValueError, OSError) as exc:
        raise ExtractionError(doc.path, f"damaged Word document: {exc}") from exc
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "not a Word file" not in str(exc):
            raise ExtractionError(doc.path, f"damaged Word document: {exc}") from exc
        # macro-enabled documents and templates: same body, another content type
        try:
            return docx.Document(io.BytesIO(_as_plain_document(data)))
        except Exception as inner:  # python-docx/lxml/zipfile raise many types
            raise ExtractionError(doc.path, f"damaged Word document: {inner}") from inner
    except Exception as exc:  # python-docx/lxml/zipfile raise many types
        text = str(exc).strip() or type(exc).__name__
        raise ExtractionError(doc.path, f"damaged Word document: {text}") from exc


def _as_plain_document(data: bytes) -> bytes:
    """The package with a .docm/.dotx/.dotm main part relabelled as a plain document part."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "[Content_Types].xml":
                blob = re.sub(
                    rb"application/vnd\.(?:ms-word\.(?:document|template)\.macroEnabled|"
                    rb"openxmlformats-officedocument\.wordprocessingml\.template)\.main\+xml",
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    blob,
                )
            dst.writestr(info, blob)
    return out.getvalue()


def _parse(blob: bytes) -> Any:
    from docx.oxml.parser import parse_xml  # the hardened parser (no entity resolution)

    return parse_xml(blob)


def _segments_from_blocks(blocks: list[tuple[str, str]], paragraph_label: str) -> list[Segment]:
    """Segments of a run of blocks: consecutive paragraphs are joined into one segment."""
    segments: list[Segment] = []
    para: list[str] = []

    def flush() -> None:
        text = "\n".join(line.rstrip() for line in para if line.strip())
        if text:
            segments.append(Segment(text=text, page=None, label=paragraph_label))
        para.clear()

    for kind, text in blocks:
        if kind == "paragraph":
            para.append(text)
            continue
        flush()
        if text.strip():
            label = kind if paragraph_label == "paragraph" else paragraph_label
            segments.append(Segment(text=text, page=None, label=label))
    flush()
    return segments


_PART_LABELS = {
    RELS_NS + "header": "header",
    RELS_NS + "footer": "footer",
    RELS_NS + "footnotes": "footnote",
    RELS_NS + "endnotes": "footnote",
    RELS_NS + "comments": "comment",
}


def _part_segments(document: Any, reader: BodyReader, doc: Document) -> list[Segment]:
    segments: list[Segment] = []
    seen: set[str] = set()
    for rel in document.part.rels.values():
        label = _PART_LABELS.get(rel.reltype)
        if label is None or rel.is_external:
            continue
        part = rel.target_part
        if str(part.partname) in seen:
            continue
        seen.add(str(part.partname))
        try:
            element = part.element if hasattr(part, "element") else _parse(part.blob)
        except (SyntaxError, ValueError) as exc:
            doc.warnings.append(f"the {label} part {part.partname} cannot be read: {exc}")
            continue
        if label == "footnote":
            # skip the separator pseudo-notes Word writes into every footnotes part
            blocks: list[tuple[str, str]] = []
            for note in element:
                if note.get(w_tag("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                blocks.extend(reader.blocks(note))
        elif label == "comment":
            blocks = []
            for comment in element:
                author = comment.get(w_tag("author"))
                text = reader.container_text(comment)
                if text.strip():
                    blocks.append(("paragraph", f"{author}: {text}" if author else text))
        else:
            blocks = reader.blocks(element)
        for seg in _segments_from_blocks(blocks, label):
            if seg.text not in {s.text for s in segments if s.label == label}:
                segments.append(seg)
    return segments


def _metadata(document: Any, doc: Document) -> None:
    try:
        props = document.core_properties
        values = {
            "title": props.title,
            "subject": props.subject,
            "author": props.author,
            "last_modified_by": props.last_modified_by,
            "created": props.created,
            "modified": props.modified,
            "last_printed": props.last_printed,
            "revision": props.revision,
            "keywords": props.keywords,
            "category": props.category,
            "comments": props.comments,
            "language": props.language,
        }
    except (ValueError, KeyError, SyntaxError) as exc:
        doc.warnings.append(f"the document properties cannot be read: {exc}")
        values = {}
    for key, value in values.items():
        if value is None or value == "" or (key == "revision" and value == 0):
            continue
        doc.metadata[key] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            try:
                root = _parse(part.blob)
            except (SyntaxError, ValueError):
                break
            for el in root:
                name = local_name(el)
                if name in ("Application", "Company", "Manager", "AppVersion") and (el.text or "").strip():
                    key = "application_version" if name == "AppVersion" else name.lower()
                    doc.metadata[key] = el.text.strip()
            break


def _image_info(blob: bytes, name: str, max_pixels: int) -> ImageInfo:
    width = height = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(blob)) as img:
                width, height = img.size
    except Exception:  # noqa: BLE001 - Pillow raises many types on odd or unsupported images
        pass  # size unknown (0 x 0); the hash below has its own guard
    return ImageInfo(
        sha256=hashlib.sha256(blob).hexdigest(),
        width=int(width),
        height=int(height),
        name=name,
        phash=imagehash.dhash_bytes(blob, max_pixels),
    )


def _ole10native(raw: bytes) -> tuple[str | None, bytes] | None:
    """(file name, file bytes) of an OLE "Package" object's ``\\x01Ole10Native`` stream."""
    if len(raw) < 8:
        return None
    total = int.from_bytes(raw[0:4], "little")
    try:
        pos = 6  # total size, then a 2-byte flag
        label_end = raw.index(b"\x00", pos)
        label = raw[pos:label_end].decode("cp1252", errors="replace")
        path_end = raw.index(b"\x00", label_end + 1)
        path = raw[label_end + 1 : path_end].decode("cp1252", errors="replace")
        pos = path_end + 1 + 4  # reserved (0x00030000)
        temp_len = int.from_bytes(raw[pos : pos + 4], "little")
        pos += 4
        temp = raw[pos : pos + temp_len].rstrip(b"\x00").decode("cp1252", errors="replace")
        pos += temp_len
        size = int.from_bytes(raw[pos : pos + 4], "little")
        pos += 4
        payload = raw[pos : pos + size]
        if size and len(payload) == size:
            name = next((n for n in (label, temp, path) if n.strip()), "")
            return (posixpath.basename(name.replace("\\", "/")) or None), payload
    except ValueError:
        pass
    # an Ole10Native without the file header: the payload follows the size
    payload = raw[4 : 4 + total]
    return (None, payload) if payload else None


def _unpack_ole(blob: bytes) -> tuple[str | None, bytes | None, str]:
    """(name, payload, what) of an embedded OLE object; payload None when it holds no file."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(blob))
    except Exception as exc:  # noqa: BLE001 - olefile raises many types on damaged containers
        return None, None, f"damaged OLE container ({exc})"
    try:
        streams = {"/".join(s).lower(): s for s in ole.listdir(streams=True, storages=False)}
        if "\x01ole10native" in streams:
            found = _ole10native(ole.openstream(streams["\x01ole10native"]).read())
            if found is not None:
                return found[0], found[1], "package"
        for key in ("contents", "package", "contents/contents"):
            if key in streams:
                return None, ole.openstream(streams[key]).read(), key
        if "__properties_version1.0" in streams or "worddocument" in streams or "workbook" in streams:
            return None, blob, "compound document"
        return None, None, "OLE object without an embedded file (" + ", ".join(sorted(streams)[:5]) + ")"
    finally:
        ole.close()


def _extension(payload: bytes) -> str:
    if payload.startswith(b"%PDF"):
        return ".pdf"
    if payload.startswith(OLE_MAGIC):
        return ".msg"
    if payload.startswith(b"PK\x03\x04"):
        return ".docx" if b"word/" in payload[:65536] else ".zip"
    return ".bin"


def _package_contents(document: Any, doc: Document, ctx: ExtractContext) -> None:
    """Images, embedded files and signatures of the package."""
    names = ChildNames()
    seen_images: set[str] = set()
    seen_payloads: set[str] = set()
    for part in document.part.package.iter_parts():
        partname = str(part.partname)
        ctype = str(part.content_type or "")
        base = posixpath.basename(partname)
        if partname.startswith("/_xmlsignatures/sig"):
            doc.signatures.append(_office_signature(part.blob, base))
            continue
        if not partname.startswith("/word/"):
            continue  # thumbnails, custom XML, glossary documents
        if ctype.startswith("image/"):
            blob = part.blob
            digest = hashlib.sha256(blob).hexdigest()
            if digest in seen_images:
                continue
            seen_images.add(digest)
            doc.images.append(_image_info(blob, base, ctx.max_image_pixels))
            continue
        if "/embeddings/" not in partname and "oleObject" not in ctype and "package" not in ctype:
            continue
        blob = part.blob
        if not blob:
            continue
        name: str | None = None
        payload = blob
        if blob.startswith(OLE_MAGIC):
            name, unpacked, what = _unpack_ole(blob)
            if unpacked is None:
                doc.warnings.append(f"embedded object {base}: {what}; not read")
                continue
            payload = unpacked
        digest = hashlib.sha256(payload).hexdigest()
        if digest in seen_payloads:
            continue
        seen_payloads.add(digest)
        stem, ext = posixpath.splitext(base)
        fallback = stem + (_extension(payload) if ext in ("", ".bin") else ext)
        doc.children.append(ctx.child(payload, names(name, fallback), doc))
    if doc.signatures:
        doc.warnings.append("the Word document carries a digital signature; it was not validated")


def _office_signature(blob: bytes, name: str) -> SignatureField:
    signer: str | None = None
    when = None
    try:
        root = _parse(blob)
    except (SyntaxError, ValueError):
        return SignatureField(name=name, signed=True, sub_filter="office-xmldsig")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = local_name(el)
        if tag == "X509SubjectName" and el.text and signer is None:
            cn = re.search(r"CN=([^,]+)", el.text)
            signer = (cn.group(1) if cn else el.text).strip()
        elif tag in ("SigningTime", "Value") and el.text and when is None:
            parent = el.getparent()
            in_time = parent is not None and local_name(parent) == "SignatureTime"
            if tag == "SigningTime" or in_time:
                when = _iso(el.text.strip())
    return SignatureField(name=name, signed=True, signer=signer, signing_time=when, sub_filter="office-xmldsig")


def _iso(text: str) -> Any:
    import datetime as dt

    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


# -- entry point ---------------------------------------------------------------------------------
def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Read a .docx into ``doc`` (see the module docstring)."""
    document = _open(doc, data)
    reader = BodyReader()
    try:
        body = document.element.body
    except (AttributeError, ValueError) as exc:
        raise ExtractionError(doc.path, f"damaged Word document: no document body ({exc})") from exc
    segments = _segments_from_blocks(reader.blocks(body), "paragraph")
    segments += _part_segments(document, reader, doc)
    _finish_boxes(segments, reader, doc)
    doc.segments.extend(segments)
    _metadata(document, doc)
    _package_contents(document, doc, ctx)
    if not doc.has_text:
        doc.warnings.append("the Word document has no text")


def _finish_boxes(segments: list[Segment], reader: BodyReader, doc: Document) -> None:
    """Replace check-box markers by ☒/☐ and list the boxes as form fields with their labels."""
    for seg in segments:
        text = seg.text
        if not any(ord(ch) >= SENTINEL_BASE for ch in text):
            continue
        chars = list(text)
        found: list[tuple[int, Box]] = []
        for pos, ch in enumerate(text):
            idx = ord(ch) - SENTINEL_BASE
            if 0 <= idx < len(reader.boxes):
                found.append((pos, reader.boxes[idx]))
        for pos, box in found:
            chars[pos] = CHECKED_GLYPH if box.checked else UNCHECKED_GLYPH
        for pos, box in found:
            doc.form_fields.append(
                FormField(
                    name=box.name,
                    kind="checkbox",
                    value="checked" if box.checked else "unchecked",
                    checked=box.checked,
                    label=label_for(text, pos),
                )
            )
        seg.text = "".join(chars)
    for fld in reader.fields:
        doc.form_fields.append(FormField(name=fld.name, kind=fld.kind, value=fld.value, label=fld.label))
