"""Word extraction: paragraphs, tables, headers, text boxes, check boxes, images, embedded files."""

from __future__ import annotations

import functools
import io
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from PIL import Image

from poe_reviewer.documents import docx as docx_reader
from poe_reviewer.documents import registry
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError
from tests.conftest import HANG_SECONDS, REALWORLD

DOCX_FILES = sorted(p.name for p in (REALWORLD / "docx").glob("*.docx"))
_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)


@functools.cache
def _extract(name: str) -> tuple[Document, float]:
    data = (REALWORLD / "docx" / name).read_bytes()
    start = time.perf_counter()
    doc = registry.extract_document(data, f"POE/{name}", "poe")
    return doc, time.perf_counter() - start


def _load(realworld: Path, name: str) -> Document:
    assert (realworld / "docx" / name).is_file()
    return _extract(name)[0]


@pytest.mark.realworld
@pytest.mark.parametrize("name", DOCX_FILES)
def test_every_word_file_loads_or_fails_clearly(realworld: Path, name: str) -> None:
    _load(realworld, name)
    doc, seconds = _extract(name)
    assert seconds < HANG_SECONDS, f"{name} took {seconds:.1f} s"
    for d in doc.walk():
        if d.error is not None:
            assert d.error.strip()
            assert "\n" not in d.error
            assert "Traceback" not in d.error
    if doc.error is None:
        assert doc.kind == "docx"
        assert doc.has_text or doc.images
        assert all(s.page is None and not s.words for s in doc.segments)
        assert doc.metadata.get("author")


@pytest.mark.realworld
def test_protected_and_truncated_files_are_clear_errors(realworld: Path) -> None:
    protected = _load(realworld, "testWORD_protected_passtika.docx")
    assert protected.error is not None
    assert "password" in protected.error.lower()
    truncated = _load(realworld, "testWORD_truncated.docx")
    assert truncated.error is not None
    assert "damaged" in truncated.error.lower()
    # whatever the sniffer decides, the Word reader itself refuses them with a reason
    for name, words in (
        ("testWORD_protected_passtika.docx", "password"),
        ("testWORD_truncated.docx", "damaged"),
    ):
        doc = Document(path=name, role="poe", kind="docx", sha256="x")
        with pytest.raises(ExtractionError) as err:
            docx_reader.extract(doc, (realworld / "docx" / name).read_bytes(), ExtractContext())
        assert words in err.value.reason.lower()


@pytest.mark.realworld
def test_text_boxes_headers_and_footers(realworld: Path) -> None:
    doc = _load(realworld, "testWORD_text_box.docx")
    by_label = {s.label: s.text for s in doc.segments}
    assert by_label["paragraph"] == "This text is directly in the body of the document."
    assert by_label["textbox"] == "This text is inside of a text box in the body of the document."
    assert by_label["header"] == "This text is inside of a text box in the header of the document."
    assert by_label["footer"] == "This text is inside of a text box in the footer of the document."
    # the text box is stored twice (DrawingML and a VML fallback) but read once
    assert doc.text.count("in the body of the document.") == 2


@pytest.mark.realworld
def test_various_parts_tables_and_scripts(realworld: Path) -> None:
    doc = _load(realworld, "testWORD_various.docx")
    labels = {s.label for s in doc.segments}
    assert {"paragraph", "table", "header", "footer", "footnote", "textbox"} <= labels
    table = next(s.text for s in doc.segments if s.label == "table")
    assert table.splitlines() == [
        "Row 1 Col 1 | Row 1 Col 2 | Row 1 Col 3",
        "Row 2 Col 1 | Row 2 Col 2 | Row 2 Col 3",
    ]
    assert doc.search("ゾルゲと尾崎")
    assert doc.metadata["subject"] == "Subject is here"
    assert doc.metadata["application"].startswith("LibreOffice")


@pytest.mark.realworld
def test_merged_and_nested_table_cells(realworld: Path) -> None:
    doc = _load(realworld, "tbl-cell-access.docx")
    tables = [s.text for s in doc.segments if s.label == "table"]
    assert tables[0].splitlines() == ["1 | 2 | 3", "4 | 5 | 6", "7 | 8 | 9"]
    assert "4 | 6" in tables[1].splitlines()  # a horizontally merged cell is one cell
    nested = _load(realworld, "testWORD_embedded_pics.docx")
    assert any("Deeply embedded" in s.text for s in nested.segments if s.label == "table")


@pytest.mark.realworld
def test_embedded_outlook_message_and_pdf_become_children(realworld: Path) -> None:
    outlook = _load(realworld, "EmbeddedOutlook.docx")
    assert [c.kind for c in outlook.children] == ["msg"]
    msg = outlook.children[0]
    assert msg.path == "POE/EmbeddedOutlook.docx!/licensedTestMsgwAtt.msg"
    assert msg.email is not None
    assert msg.email.subject == "This is a Test Message with a PDF Attachment"
    assert [c.kind for c in msg.children] == ["pdf"]
    pdf = _load(realworld, "testWORD_embedded_pdf.docx")
    # two OLE objects hold the same Acrobat document: one child
    assert [c.kind for c in pdf.children] == ["pdf"]
    assert pdf.children[0].path.endswith(".pdf")


@pytest.mark.realworld
def test_images_signatures_and_properties(realworld: Path) -> None:
    doc = _load(realworld, "having-images.docx")
    assert len(doc.images) == 3
    assert {(i.width, i.height) for i in doc.images} == {(211, 71), (150, 214), (140, 56)}
    assert all(i.phash and len(i.sha256) == 64 for i in doc.images)
    assert doc.metadata["company"] == "Cisco Systems, Inc."
    signed = _load(realworld, "hello-world-signed.docx")
    assert len(signed.signatures) == 1
    assert signed.signatures[0].signed
    assert signed.signatures[0].signing_time is not None
    assert any("not validated" in w for w in signed.warnings)


# -- documents built in the test ---------------------------------------------------------------
def _checkbox(checked: bool, tag: str) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt {_NS}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        f"</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def _png(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), color).save(buf, format="PNG")
    return buf.getvalue()


def _poe_form() -> bytes:
    d = docx.Document()
    d.core_properties.author = "Priya Kaur"
    d.sections[0].header.paragraphs[0].text = "Fabrikam, Inc. - Proof of Execution"
    d.sections[0].footer.paragraphs[0].text = "Confidential"
    d.add_paragraph("Section 1: Select workloads")
    p = d.add_paragraph()
    p._p.append(parse_xml(_checkbox(True, "intune")))
    p.add_run(" Microsoft Intune ")
    p._p.append(parse_xml(_checkbox(False, "intune-adoption")))
    p.add_run(" Adoption/Change Mgmt.")
    d.add_paragraph("☒ Deployment ☐ Implementation")
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Customer Company Name"
    table.cell(0, 1).text = "Contoso Ltd"
    table.cell(1, 0).text = "Date Signed"
    table.cell(1, 1).text = "6/5/2025"
    cell = table.cell(2, 0)
    cell.paragraphs[0]._p.append(parse_xml(_checkbox(True, "mde")))
    table.cell(2, 1).text = "Microsoft Defender for Endpoint"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Signer"
    inner.cell(0, 1).text = "John Doe"
    legacy = (
        f'<w:p {_NS}><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:checkBox>'
        '<w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> I accept</w:t></w:r></w:p>'
    )
    d.element.body.insert(len(d.element.body) - 1, parse_xml(legacy))
    d.add_picture(io.BytesIO(_png((200, 30, 30))))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_built_form_with_table_header_and_check_boxes() -> None:
    doc = registry.extract_document(_poe_form(), "POE/form.docx", "poe")
    assert doc.error is None, doc.error
    assert doc.kind == "docx"
    by_label: dict[str, list[str]] = {}
    for seg in doc.segments:
        by_label.setdefault(seg.label, []).append(seg.text)
    assert by_label["header"] == ["Fabrikam, Inc. - Proof of Execution"]
    assert by_label["footer"] == ["Confidential"]
    body = "\n".join(by_label["paragraph"])
    assert "☒ Microsoft Intune ☐ Adoption/Change Mgmt." in body
    assert "☒ Deployment ☐ Implementation" in body  # typed glyphs stay as they are
    assert "☒ I accept" in body
    table = by_label["table"][0].splitlines()
    assert table[0] == "Customer Company Name | Contoso Ltd"
    assert table[1] == "Date Signed | 6/5/2025"
    assert table[2] == "☒ | Microsoft Defender for Endpoint"
    assert by_label["table"][1] == "Signer | John Doe"  # the nested table follows its parent
    fields = {(f.name, f.checked, f.label) for f in doc.form_fields}
    assert fields == {
        ("intune", True, "Microsoft Intune"),
        ("intune-adoption", False, "Adoption/Change Mgmt."),
        ("mde", True, "Microsoft Defender for Endpoint"),
        ("Check1", True, "I accept"),
    }
    assert all(f.kind == "checkbox" and f.value in ("checked", "unchecked") for f in doc.form_fields)
    hits = doc.search(r"☒\s*Microsoft Intune")
    assert hits
    assert hits[0].segment.label == "paragraph"
    assert hits[0].bbox is None
    assert doc.search(r"Customer Company Name \| Contoso Ltd")
    assert len(doc.images) == 1
    assert (doc.images[0].width, doc.images[0].height) == (40, 20)
    assert doc.images[0].phash is not None
    assert doc.metadata["author"] == "Priya Kaur"


def test_macro_enabled_document_is_read_like_a_docx() -> None:
    src = zipfile.ZipFile(io.BytesIO(_poe_form()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            dst.writestr(info, blob)
    assert b"macroEnabled" in zipfile.ZipFile(io.BytesIO(out.getvalue())).read("[Content_Types].xml")
    doc = registry.extract_document(out.getvalue(), "POE/form.docm", "poe")
    assert doc.error is None, doc.error
    assert doc.search("Microsoft Defender for Endpoint")


def test_empty_and_garbage_zip_are_errors_not_crashes() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<not-xml")
    doc = Document(path="x.docx", role="poe", kind="docx", sha256="x")
    with pytest.raises(ExtractionError) as err:
        docx_reader.extract(doc, buf.getvalue(), ExtractContext())
    assert err.value.reason.startswith("damaged Word document")
