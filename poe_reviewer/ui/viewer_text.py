"""Text views of the document viewer: e-mails, Word documents, survey exports, plain text.

Everything is shown in :class:`DocumentBrowser`, a ``QTextBrowser`` that never fetches a
resource: remote images of an HTML e-mail, ``cid:`` pictures, local files, style sheets.
Note that returning an *empty* value from ``loadResource`` is not enough: ``QTextDocument``
then falls back to reading the name as a local file (a ``file://server/share`` name would
even reach the network on Windows), so the browser answers every request with a harmless
blank placeholder, which stops the lookup there. Links are never followed; a click only says
where the link points. Scripts do not exist in Qt's rich text engine.

The HTML for each kind of document is built here from the Document model (segments, e-mail
envelope, survey data), always escaped: nothing of a document becomes markup except an
e-mail's own HTML body, and that only inside the blocking browser.

Find and evidence quotes work on the text shown, with whitespace (and the ``|`` a table row
of a Word segment carries between cells) matched loosely, so a quote taken from a segment
is found in its rendered form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from poe_reviewer.documents.model import Address, Document, Segment
from poe_reviewer.ui.viewer_render import Picture

#: HTML bodies longer than this are shown as text (Qt lays out rich text on the GUI thread).
MAX_HTML_CHARS = 1_500_000
#: Text longer than this is cut for display, with a note.
MAX_TEXT_CHARS = 2_000_000

_EVIDENCE_FILL = QColor(255, 222, 0, 150)
_FIND_FILL = QColor(120, 180, 255, 110)
_CURRENT_FILL = QColor(255, 150, 0, 170)

_FRAME_CHARS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\ufffc": " "})
_LABEL_PREFIX = re.compile(r"^[A-Za-z][\w /-]{0,30}:\s+")


def quote_pattern(text: str) -> re.Pattern[str] | None:
    """A case-insensitive pattern for ``text`` matching any run of whitespace (and table bars) between words."""
    words = [w for w in text.split() if w != "|"]
    if not words:
        return None
    return re.compile(r"[\s|\u00a0]+".join(re.escape(w) for w in words), re.IGNORECASE)


def quote_variants(quote: str) -> list[str]:
    """The quote, then looser forms of it to try when the exact words are not found.

    Checks quote a line with its label ("Sent: 2025-06-01 ..."), a long passage or a whole
    line of a segment; the text shown may label or wrap it differently.
    """
    quote = " ".join(quote.split())
    variants = [quote]
    without_label = _LABEL_PREFIX.sub("", quote)
    if without_label and without_label != quote:
        variants.append(without_label)
    words = without_label.split()
    if len(words) > 8:
        variants.append(" ".join(words[:8]))
    if len(words) > 3:
        variants.append(" ".join(words[:3]))
    return list(dict.fromkeys(v for v in variants if v))


def _utf16_positions(text: str) -> list[int] | None:
    """Qt positions (UTF-16 code units) of each character of ``text``, or None when they are the same."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return None
    positions = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        positions[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    positions[len(text)] = pos
    return positions


@dataclass(frozen=True)
class TextSpan:
    """A range of the shown document, in Qt positions."""

    start: int
    end: int


class DocumentBrowser(QTextBrowser):
    """A read-only rich text view that loads nothing, with find and evidence highlighting."""

    #: A link was clicked; it is not followed (the URL, for the status line).
    linkBlocked = Signal(str)
    #: A link of our own markup (``poe-open:<path>``) was clicked: open that document.
    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._clicked)
        #: Every resource the document asked for (all refused), for the status line and tests.
        self.blocked_resources: list[str] = []
        self.find_hits: list[TextSpan] = []
        self.current_hit = -1
        self.evidence: list[TextSpan] = []
        self._placeholder = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._placeholder.fill(0)

    # -- safety ----------------------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Refuse every resource (see the module docstring for why the answer is not empty)."""
        url = name.toString() if isinstance(name, QUrl) else str(name)
        if url not in self.blocked_resources:
            self.blocked_resources.append(url)
        if type == QTextDocument.ResourceType.ImageResource.value:
            return self._placeholder
        return ""

    def setSource(
        self, name: QUrl | str, type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource
    ) -> None:
        """Never navigate: the browser only shows what the viewer put in it."""
        self.linkBlocked.emit(name.toString() if isinstance(name, QUrl) else str(name))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "poe-open":
            self.openRequested.emit(QUrl.fromPercentEncoding(url.path().encode()))
        else:
            self.linkBlocked.emit(url.toString())

    # -- content ---------------------------------------------------------------------------------
    def show_html(self, markup: str) -> None:
        self.blocked_resources.clear()
        self._reset_marks()
        self.setHtml(markup)

    def append_html(self, markup: str) -> None:
        """Add HTML (an e-mail's own body) at the end of what is shown."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # a fresh block: otherwise the first paragraph of the body joins the last block shown
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(markup)

    def append_pictures(self, pictures: Sequence[Picture]) -> None:
        """Show decoded pictures at the end (handed to the document, so nothing is loaded)."""
        if not pictures:
            return
        parts = ['<p class="caption">Pictures in the document</p>']
        for index, picture in enumerate(pictures):
            caption = _esc(picture.name)
            if picture.image is None:
                parts.append(f'<p class="note">{caption}: {_esc(picture.note)}</p>')
                continue
            url = QUrl(f"poe-picture:{index}")
            self.document().addResource(QTextDocument.ResourceType.ImageResource.value, url, picture.image)
            parts.append(f'<p><img src="{url.toString()}"/><br/><span style="color: #777;">{caption}</span></p>')
        self.append_html(_STYLE + "".join(parts))

    def show_plain(self, text: str) -> None:
        self.blocked_resources.clear()
        self._reset_marks()
        self.setPlainText(text)

    def _reset_marks(self) -> None:
        self.find_hits = []
        self.current_hit = -1
        self.evidence = []
        self.setExtraSelections([])

    # -- searching ---------------------------------------------------------------------------------
    def shown_text(self) -> str:
        """The document's text with Qt's block and frame markers as newlines (positions unchanged)."""
        return self.document().toRawText().translate(_FRAME_CHARS)

    def spans(self, pattern: re.Pattern[str]) -> list[TextSpan]:
        text = self.shown_text()
        positions = _utf16_positions(text)
        out: list[TextSpan] = []
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if positions is None:
                out.append(TextSpan(m.start(), m.end()))
            else:
                out.append(TextSpan(positions[m.start()], positions[m.end()]))
        return out

    def find_all(self, text: str) -> int:
        """Highlight every occurrence of ``text``, go to the first; the number found."""
        pattern = quote_pattern(text)
        self.find_hits = self.spans(pattern) if pattern is not None else []
        self.current_hit = 0 if self.find_hits else -1
        self._refresh()
        if self.find_hits:
            self.scroll_to(self.find_hits[0])
        return len(self.find_hits)

    def step_hit(self, forward: bool = True) -> int:
        """Go to the next (or previous) occurrence; its index, or -1."""
        if not self.find_hits:
            return -1
        self.current_hit = (self.current_hit + (1 if forward else -1)) % len(self.find_hits)
        self._refresh()
        self.scroll_to(self.find_hits[self.current_hit])
        return self.current_hit

    def clear_find(self) -> None:
        self.find_hits = []
        self.current_hit = -1
        self._refresh()

    def highlight_quote(self, quote: str) -> bool:
        """Mark the first place the quote (or a looser form of it) is shown and scroll there."""
        self.evidence = []
        for variant in quote_variants(quote):
            pattern = quote_pattern(variant)
            found = self.spans(pattern) if pattern is not None else []
            if found:
                self.evidence = [found[0]]
                break
        self._refresh()
        if self.evidence:
            self.scroll_to(self.evidence[0])
            return True
        return False

    def clear_evidence(self) -> None:
        self.evidence = []
        self._refresh()

    def span_rect(self, span: TextSpan) -> QRect:
        """Where a span is drawn, in viewport coordinates."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        first = self.cursorRect(cursor)
        cursor.setPosition(span.end)
        last = self.cursorRect(cursor)
        return first.united(last)

    def scroll_to(self, span: TextSpan) -> None:
        """Scroll so the span sits in the upper third of the view (not at its very edge)."""
        rect = self.span_rect(span)
        bar = self.verticalScrollBar()
        target = bar.value() + rect.top() - self.viewport().height() // 3
        bar.setValue(max(bar.minimum(), min(bar.maximum(), target)))
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        self.setTextCursor(cursor)  # keyboard selection starts from the hit
        self.ensureCursorVisible()

    def _selection(self, span: TextSpan, color: QColor, outline: bool = False) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        if outline:
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(QColor(200, 110, 0))
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _refresh(self) -> None:
        selections = [self._selection(s, _EVIDENCE_FILL, outline=True) for s in self.evidence]
        for i, span in enumerate(self.find_hits):
            selections.append(self._selection(span, _CURRENT_FILL if i == self.current_hit else _FIND_FILL))
        self.setExtraSelections(selections)


# -- HTML for the kinds of documents -----------------------------------------------------------------
_STYLE = """
<style>
body { font-size: 10.5pt; }
table.headers td { padding: 1px 8px 1px 0; vertical-align: top; }
td.label { color: #777; font-weight: bold; white-space: nowrap; }
table.grid { border-collapse: collapse; margin: 4px 0 10px 0; }
table.grid td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
p.caption { color: #666; font-size: 9pt; margin: 10px 0 2px 0; font-weight: bold; }
p.q { font-weight: bold; margin: 10px 0 2px 0; }
p.a { margin: 0 0 4px 16px; }
table.signature { margin-top: 14px; border-collapse: collapse; }
table.signature td { border: 1px solid #999; padding: 6px 10px; }
p.page { color: #666; font-weight: bold; border-bottom: 1px solid #bbb; margin: 14px 0 4px 0; }
p.note { color: #8a5a00; font-style: italic; }
</style>
"""

_CAPTIONS = {
    "textbox": "Text box",
    "header": "Page header",
    "footer": "Page footer",
    "footnote": "Footnote",
    "endnote": "Endnote",
    "comment": "Comment",
    "form": "Form fields",
    "ocr": "Text read by OCR",
}


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _lines_html(text: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return "".join(f"<p{cls}>{_esc(line) or '&nbsp;'}</p>" for line in text.split("\n"))


def _pre(text: str) -> str:
    return f'<pre style="white-space: pre-wrap; font-family: inherit;">{_esc(text)}</pre>'


def _cut(text: str) -> tuple[str, str]:
    if len(text) <= MAX_TEXT_CHARS:
        return text, ""
    return text[:MAX_TEXT_CHARS], f'<p class="note">Only the first {MAX_TEXT_CHARS:,} characters are shown.</p>'


def table_html(text: str) -> str:
    """A table segment ("cell | cell" per row) as an HTML table."""
    rows = []
    for line in text.split("\n"):
        cells = line.split(" | ")
        rows.append("<tr>" + "".join(f"<td>{_esc(c.strip()) or '&nbsp;'}</td>" for c in cells) + "</tr>")
    return f'<table class="grid" cellspacing="0" cellpadding="4">{"".join(rows)}</table>'


def segments_html(segments: Iterable[Segment]) -> str:
    """Word-like segments (paragraphs, tables, text boxes, headers, ...) in reading order."""
    parts: list[str] = []
    for seg in segments:
        if not seg.text.strip():
            continue
        caption = _CAPTIONS.get(seg.label)
        if caption:
            parts.append(f'<p class="caption">{_esc(caption)}</p>')
        if seg.label == "table":
            parts.append(table_html(seg.text))
        else:
            parts.append(_lines_html(seg.text))
    return "".join(parts)


def docx_html(doc: Document) -> str:
    body = segments_html(doc.segments)
    if not body:
        body = '<p class="note">The document has no text.</p>'
    return _STYLE + body


def survey_html(doc: Document) -> str:
    """A survey export as a readable list of questions and answers, then the signature."""
    parts: list[str] = []
    for seg in doc.segments:
        if seg.label == "survey":
            lines = seg.text.split("\n")
            parts.append(f"<h3>{_esc(lines[0])}</h3>")
            parts.append(_lines_html("\n".join(lines[1:])))
        elif seg.label == "answer":
            question, _, answer = seg.text.partition("\nA: ")
            question = question.removeprefix("Q: ")
            parts.append(f'<p class="q">{_esc(question) or "(no question)"}</p>')
            parts.append(f'<p class="a">{_esc(answer) or "<i>(no answer)</i>"}</p>')
        elif seg.label == "signature":
            signature = _esc(seg.text.removeprefix("Signature: "))
            parts.append(
                '<table class="signature" cellspacing="0" cellpadding="6"><tr><td>'
                f"<b>Electronic signature</b><br/>{signature}</td></tr></table>"
            )
        elif seg.text.strip():
            parts.append(_lines_html(seg.text))
    if not any(seg.label == "signature" for seg in doc.segments):
        parts.append('<p class="note">The survey has no electronic signature.</p>')
    return _STYLE + "".join(parts)


def plain_html(doc: Document) -> str:
    text, note = _cut(doc.text)
    if not text.strip():
        return _STYLE + '<p class="note">No text was read from this document.</p>'
    return _STYLE + note + _pre(text)


def pages_text_html(doc: Document, reason: str = "") -> str:
    """A paged document shown as its extracted text, page by page (when it cannot be rendered)."""
    parts = [_STYLE]
    if reason:
        parts.append(
            f'<p class="note">The pages cannot be displayed ({_esc(reason)}); showing the text read from them.</p>'
        )
    by_page: dict[int | None, list[Segment]] = {}
    for seg in doc.segments:
        by_page.setdefault(seg.page, []).append(seg)
    for page in sorted(by_page, key=lambda p: (p is None, p or 0)):
        segs = by_page[page]
        parts.append(f'<p class="page">{"Page " + str(page) if page is not None else "Other text"}</p>')
        shown = "".join(
            (f'<p class="caption">{_esc(_CAPTIONS[s.label])}</p>' if s.label in _CAPTIONS else "") + _pre(s.text)
            for s in segs
            if s.text.strip()
        )
        parts.append(shown or '<p class="note">No text on this page.</p>')
    return "".join(parts)


def _address(addr: Address | None) -> str:
    if addr is None:
        return "<i>(none)</i>"
    name = _esc(addr.name or "")
    email = _esc(addr.email or "")
    if name and email:
        return f"{name} &lt;{email}&gt;"
    if email:
        return email
    return f"{name} <i>(no address)</i>"


def _addresses(addrs: list[Address]) -> str:
    return "; ".join(_address(a) for a in addrs)


def email_header_html(doc: Document) -> str:
    """The envelope of an e-mail (From with address, To, Cc, Date, Subject), escaped."""
    info = doc.email
    rows: list[tuple[str, str]] = []
    if info is not None:
        rows.append(("From", _address(info.sender)))
        rows.append(("To", _addresses(info.to) or "<i>(none)</i>"))
        if info.cc:
            rows.append(("Cc", _addresses(info.cc)))
        if info.date is not None:
            rows.append(("Date", _esc(info.date.strftime("%Y-%m-%d %H:%M %Z").strip())))
        else:
            rows.append(("Date", "<i>(no date)</i>"))
        rows.append(("Subject", _esc(info.subject) or "<i>(no subject)</i>"))
        if info.forwarded:
            rows.append(("", "<i>This message forwards an earlier one.</i>"))
        if info.message_class and not info.message_class.lower().startswith(("ipm.note", "multipart", "text/")):
            rows.append(("Type", _esc(info.message_class)))
    signature = doc.metadata.get("email_signature")
    if signature:
        rows.append(("Signed", _esc(f"{signature} (not verified here)")))
    body = "".join(f'<tr><td class="label">{label}</td><td>{value}</td></tr>' for label, value in rows)
    return _STYLE + f'<table class="headers" cellspacing="0">{body}</table><hr/>'


def email_body_parts(doc: Document, as_html: bool) -> tuple[str, bool]:
    """The body to append under the header: (markup, is_html). HTML only when asked and sane in size."""
    info = doc.email
    if as_html and info is not None and info.html and len(info.html) <= MAX_HTML_CHARS:
        return info.html, True
    body = next((s.text for s in doc.segments if s.label == "body"), "")
    text, note = _cut(body)
    if not text.strip():
        return '<p class="note">The message has no text body.</p>', False
    return note + _pre(text), False
