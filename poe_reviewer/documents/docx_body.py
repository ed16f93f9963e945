"""The body of a Word document read from its XML: paragraphs and tables in order, check boxes,
content controls and legacy form fields, text boxes, symbols, with what each field is labelled."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def w_tag(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_T, _TAB, _PTAB, _BR, _CR = w_tag("t"), w_tag("tab"), w_tag("ptab"), w_tag("br"), w_tag("cr")
_P, _TBL, _TR, _TC, _SDT, _SDTPR, _SDTCONTENT = (
    w_tag("p"),
    w_tag("tbl"),
    w_tag("tr"),
    w_tag("tc"),
    w_tag("sdt"),
    w_tag("sdtPr"),
    w_tag("sdtContent"),
)
_SYM, _NOBREAKHYPHEN, _FLDCHAR, _FFDATA, _TXBX = (
    w_tag("sym"),
    w_tag("noBreakHyphen"),
    w_tag("fldChar"),
    w_tag("ffData"),
    w_tag("txbxContent"),
)
_CUSTOMXML = w_tag("customXml")
#: Elements whose content is not visible text (deleted revisions, field codes, properties).
_INVISIBLE = frozenset(
    {
        w_tag("del"),
        w_tag("moveFrom"),
        w_tag("instrText"),
        w_tag("delText"),
        w_tag("delInstrText"),
        w_tag("rPr"),
        w_tag("pPr"),
        w_tag("tblPr"),
        w_tag("trPr"),
        w_tag("tcPr"),
        w_tag("tblGrid"),
        w_tag("sectPr"),
        _SDTPR,
        w_tag("footnoteReference"),
        w_tag("endnoteReference"),
        w_tag("commentReference"),
        w_tag("annotationRef"),
        f"{{{_MC}}}Fallback",
    }
)
_ALTERNATE = f"{{{_MC}}}AlternateContent"
_CHOICE = f"{{{_MC}}}Choice"
CHECKED_GLYPH, UNCHECKED_GLYPH = "☒", "☐"
_BOX_GLYPHS = "☐☑☒"
#: Check-box characters of the Wingdings fonts (as w:sym codes or private-use characters).
_WINGDINGS = {
    0xA8: UNCHECKED_GLYPH,
    0x6F: UNCHECKED_GLYPH,
    0x71: UNCHECKED_GLYPH,
    0xFE: "☑",
    0xFD: CHECKED_GLYPH,
    0x78: CHECKED_GLYPH,
}
_WINGDINGS2 = {
    0xA3: UNCHECKED_GLYPH,
    0x2A: UNCHECKED_GLYPH,
    0x52: "☑",
    0x53: CHECKED_GLYPH,
    0x54: CHECKED_GLYPH,
    0x4F: CHECKED_GLYPH,
    0x50: "☑",
    0x51: CHECKED_GLYPH,
}
_PUA_BOXES = {chr(0xF000 + code): glyph for code, glyph in _WINGDINGS.items()}
MAX_UNPACKED = 512 * 1024 * 1024
SENTINEL_BASE = 0xF0000  # supplementary private use: marks a form check box until labels are known


@dataclass
class Box:
    name: str
    checked: bool


@dataclass
class _Field:
    name: str
    kind: str
    value: str | None
    label: str | None


@dataclass
class BodyReader:
    """Walks WordprocessingML, collecting text, check boxes and text boxes."""

    boxes: list[Box] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)
    pending_boxes: list[str] = field(default_factory=list)  # text box text found in the last paragraph
    nested_tables: list[str] = field(default_factory=list)

    # -- inline content ------------------------------------------------------------------------
    def _box(self, name: str, checked: bool, out: list[str]) -> None:
        out.append(chr(SENTINEL_BASE + len(self.boxes)))
        self.boxes.append(Box(name=name, checked=checked))

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
        placeholder = props is not None and props.find(w_tag("showingPlcHdr")) is not None
        start = len(out)
        if content is not None and not placeholder:
            self.inline(content, out)
        if props is not None:
            kind = None
            if props.find(w_tag("dropDownList")) is not None or props.find(w_tag("comboBox")) is not None:
                kind = "choice"
            elif props.find(w_tag("date")) is not None or props.find(w_tag("text")) is not None:
                kind = "text"
            if kind is not None:
                value = "".join(out[start:]).strip() or None
                alias = props.find(w_tag("alias"))
                label = alias.get(w_tag("val")) if alias is not None else None
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
                box = child.find(f"{_FFDATA}/{w_tag('checkBox')}")
                if box is not None and child.get(w_tag("fldCharType")) == "begin":
                    ff_name = child.find(f"{_FFDATA}/{w_tag('name')}")
                    name = ff_name.get(w_tag("val")) if ff_name is not None else ""
                    state = box.find(w_tag("checked"))
                    if state is None:
                        state = box.find(w_tag("default"))
                        checked = state is not None and _truthy(state.get(w_tag("val"), "1"))
                    else:
                        checked = _truthy(state.get(w_tag("val"), "1"))
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
            elif tag in (_CUSTOMXML, w_tag("ins"), w_tag("moveTo")):
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


def local_name(el: Any) -> str:
    """The tag name of an XML element without its namespace."""
    return str(el.tag).rsplit("}", 1)[-1]


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "on")


def _sdt_name(props: Any) -> str:
    if props is None:
        return ""
    for tag in ("tag", "alias"):
        el = props.find(w_tag(tag))
        if el is not None and el.get(w_tag("val")):
            return str(el.get(w_tag("val")))
    return ""


def _symbol(sym: Any) -> str:
    """A w:sym character: Wingdings check boxes become ☐/☒, other symbol-font glyphs are dropped."""
    font = (sym.get(w_tag("font")) or "").lower()
    try:
        code = int(sym.get(w_tag("char")) or "", 16)
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


def label_for(text: str, pos: int) -> str | None:
    """The text next to a check box at ``pos``: after it up to the next box or cell, else before it."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end

    def is_stop(ch: str) -> bool:
        return ch in _BOX_GLYPHS or ord(ch) >= SENTINEL_BASE

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
