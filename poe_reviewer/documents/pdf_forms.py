"""Form fields and signature fields of a PDF, with the signatures' validation (offline)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from poe_reviewer.documents.model import BBox, Document, FormField, Segment, SignatureField, Word
from poe_reviewer.documents.pdf_common import (
    FIELD_ERRORS,
    MAX_FORM_NODES,
    PDF_ERRORS,
    REF,
    WIDGET_KINDS,
    PageReader,
    SignatureNode,
    failure_reason,
    pymupdf,
    to_page,
)
from poe_reviewer.documents.signatures import attach as attach_validations
from poe_reviewer.documents.signatures import validate_pdf as validate_pdf_signatures

# -- form fields and signatures ----------------------------------------------------------


def _refs(value: tuple[str, str]) -> list[int]:
    kind, text = value
    if kind not in ("array", "xref"):
        return []
    return [int(m) for m in REF.findall(text)]


def _pdf_string(value: tuple[str, str]) -> str | None:
    kind, text = value
    if kind == "string":
        return text
    if kind == "name":
        return text.lstrip("/")
    return None


def signature_fields(pdf: Any) -> dict[int, SignatureNode]:
    """Signature fields of the AcroForm tree by the xref of their terminal dictionary.

    Walked by hand with a visited set and a node budget: real files carry circular
    field trees, and signatures whose widget sits on no page's annotation list.
    """
    found: dict[int, SignatureNode] = {}
    try:
        root = _refs(pdf.xref_get_key(pdf.pdf_catalog(), "AcroForm/Fields"))
    except PDF_ERRORS:
        return found
    seen: set[int] = set()
    # (xref, inherited field type, inherited /V holder, parent name)
    stack: list[tuple[int, str | None, int | None, str]] = [(x, None, None, "") for x in reversed(root)]
    while stack and len(seen) < MAX_FORM_NODES:
        xref, ftype, holder, prefix = stack.pop()
        if xref in seen or xref <= 0:
            continue
        seen.add(xref)
        try:
            ft = pdf.xref_get_key(xref, "FT")
            title = _pdf_string(pdf.xref_get_key(xref, "T"))
            has_v = pdf.xref_get_key(xref, "V")[0] != "null"
            kids = _refs(pdf.xref_get_key(xref, "Kids"))
            page_ref = _refs(pdf.xref_get_key(xref, "P"))
        except PDF_ERRORS:
            continue
        ftype = ft[1].lstrip("/") if ft[0] == "name" else ftype
        holder = xref if has_v else holder
        name = f"{prefix}.{title}" if prefix and title else (title or prefix)
        if kids:
            stack.extend((k, ftype, holder, name) for k in reversed(kids))
        elif ftype == "Sig":
            found[xref] = SignatureNode(xref, name or f"signature {xref}", holder, page_ref[0] if page_ref else None)
    return found


def _orphan_signature(pdf: Any, xref: int, name: str) -> SignatureNode:
    """A signature widget missing from the AcroForm tree: find its /V on it or its parents."""
    holder: int | None = None
    seen: set[int] = set()
    current: int | None = xref
    while current is not None and current not in seen and len(seen) < 32:
        seen.add(current)
        try:
            if pdf.xref_get_key(current, "V")[0] != "null":
                holder = current
                break
            parents = _refs(pdf.xref_get_key(current, "Parent"))
        except PDF_ERRORS:
            break
        current = parents[0] if parents else None
    return SignatureNode(xref, name, holder, None)


def _signature(
    reader: PageReader, node: SignatureNode | None, name: str, page: int | None, bbox: BBox | None
) -> SignatureField:
    pdf = reader.pdf
    holder = node.holder if node is not None else None
    sub_filter = signer = None
    signing_time = None
    if holder is not None:
        try:
            sub_filter = _pdf_string(pdf.xref_get_key(holder, "V/SubFilter"))
            signer = _pdf_string(pdf.xref_get_key(holder, "V/Name"))
            stamp = _pdf_string(pdf.xref_get_key(holder, "V/M"))
        except PDF_ERRORS:
            stamp = None
        signing_time = _pdf_date(stamp) if stamp else None
    return SignatureField(
        name=name,
        signed=holder is not None,
        page=page,
        bbox=bbox,
        signer=signer or None,
        signing_time=signing_time,
        sub_filter=sub_filter,
    )


_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz+\-])?(\d{2})?'?(\d{2})?")


def _pdf_date(text: str) -> dt.datetime | None:
    """A PDF date (``D:20240131120000+01'00'``) as a datetime; no zone given is read as UTC."""
    m = _PDF_DATE.match(text.strip())
    if not m:
        return None
    defaults = (0, 1, 1, 0, 0, 0)
    year, month, day, hour, minute, second = (int(g) if g else d for g, d in zip(m.groups()[:6], defaults, strict=True))
    sign, tzh, tzm = m.group(7), m.group(8), m.group(9)
    try:
        tz: dt.tzinfo = dt.UTC  # "Z", or no zone
        if sign in ("+", "-") and tzh:
            offset = dt.timedelta(hours=int(tzh), minutes=int(tzm or 0))
            tz = dt.timezone(offset if sign == "+" else -offset)
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:  # month 13, zone +25'00', ...
        return None


def _widget_checked(widget: Any, value: object) -> bool:
    if value in (None, False, "", "Off", "False"):
        return False
    if widget.field_type == pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON:
        # every button of a radio group shares the field's value: ours is on if it matches
        try:
            on = widget.on_state()
        except PDF_ERRORS:
            on = None
        if on not in (None, True, False, ""):
            return str(value) == str(on)
    return True


def _field_value(value: object) -> str | None:
    if value is None or value is False:
        return None
    if isinstance(value, list | tuple):
        text = ", ".join(str(v) for v in value if str(v).strip())
    else:
        text = str(value)
    return text if text.strip() else None


def read_widgets(reader: PageReader, page: Any, number: int, matrix: tuple[float, ...] | None) -> None:
    doc = reader.doc
    try:
        xrefs = [a[0] for a in page.annot_xrefs() if a[1] == pymupdf.PDF_ANNOT_WIDGET]
    except PDF_ERRORS as exc:
        doc.warnings.append(f"the form fields of page {number} could not be read ({failure_reason(exc)})")
        return
    form_lines: list[list[Word]] = []
    for xref in xrefs:
        try:
            widget = page.load_widget(xref)
            kind = WIDGET_KINDS.get(widget.field_type, "text")
            name = str(widget.field_name or "") or f"field {xref}"
            label = str(widget.field_label).strip() if widget.field_label else None
            raw_value = widget.field_value
            rect = tuple(widget.rect)
        except FIELD_ERRORS as exc:
            doc.warnings.append(f"a form field on page {number} could not be read ({failure_reason(exc)})")
            continue
        box = to_page(rect, matrix)
        bbox = box if box[2] > box[0] and box[3] > box[1] else None
        shown = label or name

        if kind == "signature":
            node = reader.signatures.get(xref) or _orphan_signature(reader.pdf, xref, name)
            reader.seen_signatures.add(xref)
            sig = _signature(reader, node, node.name if node else name, number, bbox)
            doc.signatures.append(sig)
            doc.form_fields.append(
                FormField(
                    name=sig.name,
                    kind=kind,
                    value="signed" if sig.signed else None,
                    page=number,
                    bbox=bbox,
                    label=label,
                )
            )
            continue

        if kind == "checkbox":
            checked = _widget_checked(widget, raw_value)
            value = _field_value(raw_value)
            doc.form_fields.append(
                FormField(name=name, kind=kind, value=value, page=number, bbox=bbox, checked=checked, label=label)
            )
            text = f"{'☒' if checked else '☐'} {shown}"
            if widget.field_type == pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON:
                try:
                    on = widget.on_state()
                except PDF_ERRORS:
                    on = None
                if on not in (None, True, False, ""):
                    text += f": {on}"
            form_lines.append(_form_line(text, bbox))
            continue

        value = _field_value(raw_value) if kind != "button" else None
        doc.form_fields.append(FormField(name=name, kind=kind, value=value, page=number, bbox=bbox, label=label))
        if value is not None:
            form_lines.append(_form_line(f"{shown}: {value}", bbox))

    if form_lines:
        doc.segments.append(Segment.from_lines(form_lines, page=number, label="form"))


def _form_line(text: str, bbox: BBox | None) -> list[Word]:
    box = bbox if bbox is not None else (0.0, 0.0, 0.0, 0.0)
    return [Word(part, box) for part in text.split()]


def add_unplaced_signatures(reader: PageReader) -> None:
    """Signature fields whose widget is on no page's annotation list (invisible signatures)."""
    pdf, doc = reader.pdf, reader.doc
    page_of: dict[int, int] = {}
    for index in range(doc.page_count):
        try:
            page_of[pdf.page_xref(index)] = index + 1
        except PDF_ERRORS:
            continue
    for xref, node in reader.signatures.items():
        if xref in reader.seen_signatures:
            continue
        page = page_of.get(node.page_xref) if node.page_xref is not None else None
        sig = _signature(reader, node, node.name, page, None)
        doc.signatures.append(sig)
        doc.form_fields.append(
            FormField(name=sig.name, kind="signature", value="signed" if sig.signed else None, page=page)
        )


def validate_signatures(doc: Document, data: bytes) -> None:
    """Attach pyHanko's validation to the signed fields; skipped (it re-reads the file) without any."""
    if not any(s.signed for s in doc.signatures):
        return
    found = validate_pdf_signatures(data)
    if found.note is not None:
        doc.warnings.append(f"the digital signatures could not be validated: {found.note}")
    doc.signatures = attach_validations(doc.signatures, found)
