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
from dataclasses import dataclass, field
from typing import Any

import olefile
from PIL import Image

from poe_reviewer.documents import imagehash
from poe_reviewer.documents.eml import ChildNames
from poe_reviewer.documents.filetypes import OLE_MAGIC
from poe_reviewer.documents.model import Document, FormField, ImageInfo, Segment, SignatureField
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_T, _TAB, _PTAB, _BR, _CR = _w("t"), _w("tab"), _w("ptab"), _w("br"), _w("cr")
_P, _TBL, _TR, _TC, _SDT, _SDTPR, _SDTCONTENT = (
    _w("p"),
    _w("tbl"),
    _w("tr"),
    _w("tc"),
    _w("sdt"),
    _w("sdtPr"),
    _w("sdtContent"),
)
_SYM, _NOBREAKHYPHEN, _FLDCHAR, _FFDATA, _TXBX = (
    _w("sym"),
    _w("noBreakHyphen"),
    _w("fldChar"),
    _w("ffData"),
    _w("txbxContent"),
)
_CUSTOMXML = _w("customXml")
#: Elements whose content is not visible text (deleted revisions, field codes, properties).
_INVISIBLE = frozenset(
    {
        _w("del"),
        _w("moveFrom"),
        _w("instrText"),
        _w("delText"),
        _w("delInstrText"),
        _w("rPr"),
        _w("pPr"),
        _w("tblPr"),
        _w("trPr"),
        _w("tcPr"),
        _w("tblGrid"),
        _w("sectPr"),
        _SDTPR,
        _w("footnoteReference"),
        _w("endnoteReference"),
        _w("commentReference"),
        _w("annotationRef"),
        f"{{{_MC}}}Fallback",
    }
)
_ALTERNATE = f"{{{_MC}}}AlternateContent"
_CHOICE = f"{{{_MC}}}Choice"
_CHECKED_GLYPH, _UNCHECKED_GLYPH = "☒", "☐"
_BOX_GLYPHS = "☐☑☒"
#: Check-box characters of the Wingdings fonts (as w:sym codes or private-use characters).
_WINGDINGS = {
    0xA8: _UNCHECKED_GLYPH,
    0x6F: _UNCHECKED_GLYPH,
    0x71: _UNCHECKED_GLYPH,
    0xFE: "☑",
    0xFD: _CHECKED_GLYPH,
    0x78: _CHECKED_GLYPH,
}
_WINGDINGS2 = {
    0xA3: _UNCHECKED_GLYPH,
    0x2A: _UNCHECKED_GLYPH,
    0x52: "☑",
    0x53: _CHECKED_GLYPH,
    0x54: _CHECKED_GLYPH,
    0x4F: _CHECKED_GLYPH,
    0x50: "☑",
    0x51: _CHECKED_GLYPH,
}
_PUA_BOXES = {chr(0xF000 + code): glyph for code, glyph in _WINGDINGS.items()}
_MAX_UNPACKED = 512 * 1024 * 1024
_SENTINEL_BASE = 0xF0000  # supplementary private use: marks a form check box until labels are known


@dataclass
class _Box:
    name: str
    checked: bool


@dataclass
class _Field:
    name: str
    kind: str
    value: str | None
    label: str | None


@dataclass
class _Reader:
    """Walks WordprocessingML, collecting text, check boxes and text boxes."""

    boxes: list[_Box] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)
    pending_boxes: list[str] = field(default_factory=list)  # text box text found in the last paragraph
    nested_tables: list[str] = field(default_factory=list)

    # -- inline content ------------------------------------------------------------------------
    def _box(self, name: str, checked: bool, out: list[str]) -> None:
        out.append(chr(_SENTINEL_BASE + len(self.boxes)))
        self.boxes.append(_Box(name=name, checked=checked))

    def _sdt_inline(self, sdt: Any, out: list[str]) -> None:
        props = sdt.find(_SDTPR)
        content = sdt.find(_SDTCONTENT)
        name = _sdt_name(props)
        checkbox = props.find(f"{{{_W14}}}checkbox") if props is not None else None
        if checkbox is not None:
            state = checkbox.find(f"{{{_W14}}}checked")
            value = state.get(f"{{{_W14}}}val") if state is not None else "0"
            self._box(name or f"checkbox {len(self.boxes) + 1}", _truthy(value), out)
            return
        placeholder = props is not None and props.find(_w("showingPlcHdr")) is not None
        start = len(out)
        if content is not None and not placeholder:
            self.inline(content, out)
        if props is not None:
            kind = None
            if props.find(_w("dropDownList")) is not None or props.find(_w("comboBox")) is not None:
                kind = "choice"
            elif props.find(_w("date")) is not None or props.find(_w("text")) is not None:
                kind = "text"
            if kind is not None:
                value = "".join(out[start:]).strip() or None
                alias = props.find(_w("alias"))
                label = alias.get(_w("val")) if alias is not None else None
                self.fields.append(_Field(name=name or label or kind, kind=kind, value=value, label=label))

    def inline(self, el: Any, out: list[str]) -> None:
        """Visible text of the runs under ``el`` (a paragraph or part of one)."""
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _INVISIBLE:
                continue
            if tag == _T:
                out.append((child.text or "").translate(_PUA_TABLE))
            elif tag in (_TAB, _PTAB):
                out.append("\t")
            elif tag in (_BR, _CR):
                out.append("\n")
            elif tag == _NOBREAKHYPHEN:
                out.append("-")
            elif tag == _SYM:
                out.append(_symbol(child))
            elif tag == _SDT:
                self._sdt_inline(child, out)
            elif tag == _FLDCHAR:
                box = child.find(f"{_FFDATA}/{_w('checkBox')}")
                if box is not None and child.get(_w("fldCharType")) == "begin":
                    ff_name = child.find(f"{_FFDATA}/{_w('name')}")
                    name = ff_name.get(_w("val")) if ff_name is not None else ""
                    state = box.find(_w("checked"))
                    if state is None:
                        state = box.find(_w("default"))
                        checked = state is not None and _truthy(state.get(_w("val"), "1"))
                    else:
                        checked = _truthy(state.get(_w("val"), "1"))
                    self._box(name or f"checkbox {len(self.boxes) + 1}", checked, out)
            elif tag == _TXBX:
                text = self.container_text(child)
                if text.strip():
                    self.pending_boxes.append(text)
            elif tag == _ALTERNATE:
                choice = child.find(_CHOICE)
                if choice is not None:
                    self.inline(choice, out)
            elif tag in (_P, _TBL):
                # block content inside inline content (rare, e.g. in math or odd generators)
                out.append(" " + self.container_text(child) + " ")
            else:
                self.inline(child, out)  # runs, hyperlinks, insertions, smart tags, drawings, fields

    def paragraph(self, p: Any) -> str:
        out: list[str] = []
        self.inline(p, out)
        return "".join(out)

    # -- tables ----------------------------------------------------------------------------------
    def _rows(self, tbl: Any) -> list[Any]:
        rows: list[Any] = []
        for child in tbl:
            if child.tag == _TR:
                rows.append(child)
            elif child.tag in (_SDT, _CUSTOMXML):
                content = child.find(_SDTCONTENT) if child.tag == _SDT else child
                if content is not None:
                    rows.extend(self._rows(content))
        return rows

    def _cells(self, tr: Any) -> list[Any]:
        cells: list[Any] = []
        for child in tr:
            if child.tag == _TC:
                cells.append(child)
            elif child.tag in (_SDT, _CUSTOMXML):
                content = child.find(_SDTCONTENT) if child.tag == _SDT else child
                if content is not None:
                    cells.extend(self._cells(content))
        return cells

    def table(self, tbl: Any) -> str:
        lines: list[str] = []
        for tr in self._rows(tbl):
            cells: list[str] = []
            for tc in self._cells(tr):
                parts: list[str] = []
                for kind, text in self.blocks(tc, nested=True):
                    if kind == "table":
                        self.nested_tables.append(text)
                    elif text.strip():
                        parts.append(" ".join(text.split()))
                cells.append(" ".join(parts))
            line = " | ".join(cells).rstrip()
            if line.strip(" |"):
                lines.append(line)
        return "\n".join(lines)

    # -- block content -----------------------------------------------------------------------------
    def blocks(self, container: Any, *, nested: bool = False) -> list[tuple[str, str]]:
        """(label, text) of the paragraphs, tables and text boxes of a body, cell, header..."""
        result: list[tuple[str, str]] = []
        for child in container:
            tag = child.tag
            if tag == _P:
                result.append(("paragraph", self.paragraph(child)))
                boxes, self.pending_boxes = self.pending_boxes, []
                result.extend(("textbox", text) for text in boxes)
            elif tag == _TBL:
                text = self.table(child)
                if nested:
                    result.append(("table", text))
                else:
                    result.append(("table", text))
                    inner, self.nested_tables = self.nested_tables, []
                    result.extend(("table", t) for t in inner if t.strip())
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None:
                    result.extend(self.blocks(content, nested=nested))
            elif tag in (_CUSTOMXML, _w("ins"), _w("moveTo")):
                result.extend(self.blocks(child, nested=nested))
            elif tag == _ALTERNATE:
                choice = child.find(_CHOICE)
                if choice is not None:
                    result.extend(self.blocks(choice, nested=nested))
        return result

    def container_text(self, el: Any) -> str:
        parts: list[str] = []
        for _kind, text in self.blocks(el, nested=True):
            if text.strip():
                parts.append(text.strip())
        return "\n".join(parts)


_PUA_TABLE = str.maketrans(_PUA_BOXES)


def _local(el: Any) -> str:
    """The tag name of an XML element without its namespace."""
    return str(el.tag).rsplit("}", 1)[-1]


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "on")


def _sdt_name(props: Any) -> str:
    if props is None:
        return ""
    for tag in ("tag", "alias"):
        el = props.find(_w(tag))
        if el is not None and el.get(_w("val")):
            return str(el.get(_w("val")))
    return ""


def _symbol(sym: Any) -> str:
    """A w:sym character: Wingdings check boxes become ☐/☒, other symbol-font glyphs are dropped."""
    font = (sym.get(_w("font")) or "").lower()
    try:
        code = int(sym.get(_w("char")) or "", 16)
    except ValueError:
        return ""
    low = code & 0xFF if code >= 0xF000 else code
    if font.startswith("wingdings 2"):
        return _WINGDINGS2.get(low, "")
    if font.startswith("wingdings"):
        return _WINGDINGS.get(low, "")
    if font in ("symbol", "webdings", "marlett") or 0xE000 <= code <= 0xF8FF:
        return ""
    return chr(code)


def _label_for(text: str, pos: int) -> str | None:
    """The text next to a check box at ``pos``: after it up to the next box or cell, else before it."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end

    def is_stop(ch: str) -> bool:
        return ch in _BOX_GLYPHS or ord(ch) >= _SENTINEL_BASE

    after = text[pos + 1 : line_end]
    after = after.lstrip(" \t|")
    cut = len(after)
    for i, ch in enumerate(after):
        if is_stop(ch):
            cut = i
            break
    label = after[:cut].split(" | ")[0].strip(" \t|:")
    if label:
        return " ".join(label.split())
    before = text[line_start:pos].rstrip(" \t|")
    start = 0
    for i in range(len(before) - 1, -1, -1):
        if is_stop(before[i]):
            start = i + 1
            break
    label = before[start:].split(" | ")[-1].strip(" \t|:")
    return " ".join(label.split()) or None


# -- package-level readers ---------------------------------------------------------------------
def _open(doc: Document, data: bytes) -> Any:
    import docx  # python-docx; imported here so the import cost is paid only for Word files

    if data.startswith(OLE_MAGIC):
        raise ExtractionError(
            doc.path, "password-protected (encrypted) Word document; ask for an unprotected copy or a PDF"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(info.file_size for info in zf.infolist()) > _MAX_UNPACKED:
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
    _RELS + "header": "header",
    _RELS + "footer": "footer",
    _RELS + "footnotes": "footnote",
    _RELS + "endnotes": "footnote",
    _RELS + "comments": "comment",
}


def _part_segments(document: Any, reader: _Reader, doc: Document) -> list[Segment]:
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
                if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                blocks.extend(reader.blocks(note))
        elif label == "comment":
            blocks = []
            for comment in element:
                author = comment.get(_w("author"))
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
                name = _local(el)
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
        local = _local(el)
        if local == "X509SubjectName" and el.text and signer is None:
            cn = re.search(r"CN=([^,]+)", el.text)
            signer = (cn.group(1) if cn else el.text).strip()
        elif local in ("SigningTime", "Value") and el.text and when is None:
            parent = el.getparent()
            in_time = parent is not None and _local(parent) == "SignatureTime"
            if local == "SigningTime" or in_time:
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
    reader = _Reader()
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


def _finish_boxes(segments: list[Segment], reader: _Reader, doc: Document) -> None:
    """Replace check-box markers by ☒/☐ and list the boxes as form fields with their labels."""
    for seg in segments:
        text = seg.text
        if not any(ord(ch) >= _SENTINEL_BASE for ch in text):
            continue
        chars = list(text)
        found: list[tuple[int, _Box]] = []
        for pos, ch in enumerate(text):
            idx = ord(ch) - _SENTINEL_BASE
            if 0 <= idx < len(reader.boxes):
                found.append((pos, reader.boxes[idx]))
        for pos, box in found:
            chars[pos] = _CHECKED_GLYPH if box.checked else _UNCHECKED_GLYPH
        for pos, box in found:
            doc.form_fields.append(
                FormField(
                    name=box.name,
                    kind="checkbox",
                    value="checked" if box.checked else "unchecked",
                    checked=box.checked,
                    label=_label_for(text, pos),
                )
            )
        seg.text = "".join(chars)
    for fld in reader.fields:
        doc.form_fields.append(FormField(name=fld.name, kind=fld.kind, value=fld.value, label=fld.label))
