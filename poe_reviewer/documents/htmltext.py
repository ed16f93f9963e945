"""Turn an HTML email body (or an uploaded .html file) into plain text, fetching nothing.

Reviewers read email bodies as text and the checks search that text, so the conversion
keeps what a reader sees and drops what they do not: scripts, styles and the document
head go, images become their alt text (or nothing), links become their visible text.
Quoting must survive because the thread splitter (:mod:`poe_reviewer.documents.thread`)
separates the customer's own words from the history below them: every line inside a
``<blockquote>`` is written with one ``"> "`` per nesting level, the way mail clients
quote plain text. Table cells are joined with ``" | "`` so a form row stays on one line.

Only the standard library parser is used: it never resolves external entities, never
loads a URL and copes with the broken markup mail clients produce.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never shown to a reader.
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "xml", "svg", "object"})
#: Elements that start and end a line of their own.
_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "pre",
        "address",
        "section",
        "article",
        "header",
        "footer",
        "form",
        "fieldset",
        "center",
        "figure",
        "figcaption",
        "main",
        "nav",
        "aside",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "caption",
        "hr",
        "legend",
        "details",
        "summary",
        "body",
        "html",
    }
)
#: Elements followed by a blank line, as a browser leaves a margin after them.
_PARAGRAPH_BREAK = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"})
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "wbr"}
)
#: Invisible characters mail clients sprinkle into HTML.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2007\u202f]+")
_RUNS_OF_SPACES = re.compile(r" {2,}")


class _TextBuilder(HTMLParser):
    """Collects lines, each tagged with the blockquote depth it was written at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._line: list[str] = []
        self._line_depth = 0
        self._quote_depth = 0
        self._skip: list[str] = []
        self._pre = 0
        self._lists: list[list[int]] = []  # one counter per open list; -1 marks <ul>
        self._cells_in_row = 0

    # -- output ---------------------------------------------------------------------------
    def _write(self, text: str) -> None:
        if not text:
            return
        if not self._line:
            self._line_depth = self._quote_depth
        self._line.append(text)

    def _newline(self, *, force: bool = False) -> None:
        """End the current line; ``force`` also writes an empty line (a ``<br>`` on its own)."""
        text = "".join(self._line)
        if not self._pre:
            text = _RUNS_OF_SPACES.sub(" ", text.strip(" "))  # spaces from adjacent text chunks
        if text or force:
            depth = self._line_depth if self._line else self._quote_depth
            self.lines.append((depth, text))
        self._line = []

    def _blank(self) -> None:
        self._newline()
        if self.lines and self.lines[-1][1]:
            self.lines.append((self._quote_depth, ""))

    # -- parser callbacks -------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._skip.clear()  # a <head> that was never closed ends where the body starts
        if self._skip:
            if tag == self._skip[-1] and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            self._skip.append(tag)
            return
        if tag == "br":
            # a <br> ends the line even when it is empty: "<br><br>" is a blank line
            self._newline(force=not self._line)
            return
        if tag == "img":
            alt = dict(attrs).get("alt") or ""
            alt = _SPACES.sub(" ", alt).strip()
            if alt and not alt.lower().startswith("cid:"):
                if self._line and not self._line[-1].endswith(" "):
                    alt = " " + alt
                self._write(alt)
            return
        if tag == "blockquote":
            self._blank()
            self._quote_depth += 1
            return
        if tag in ("ul", "ol"):
            self._newline()
            self._lists.append([0 if tag == "ol" else -1])
            return
        if tag == "li":
            self._newline()
            marker = "- "
            if self._lists and self._lists[-1][0] >= 0:
                self._lists[-1][0] += 1
                marker = f"{self._lists[-1][0]}. "
            self._write("  " * max(0, len(self._lists) - 1) + marker)
            return
        if tag == "tr":
            self._newline()
            self._cells_in_row = 0
            return
        if tag in ("td", "th"):
            if self._cells_in_row and self._line:
                self._write(" | ")
            self._cells_in_row += 1
            return
        if tag == "pre":
            self._newline()
            self._pre += 1
            return
        if tag in _BLOCK:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            elif tag == "head":
                self._skip.clear()
            return
        if tag == "blockquote":
            self._newline()
            self._quote_depth = max(0, self._quote_depth - 1)
            self._blank()
            return
        if tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self._blank()
            return
        if tag in ("li", "tr"):
            self._newline()
            return
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
            self._newline()
            return
        if tag in _PARAGRAPH_BREAK:
            self._blank()
            return
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        data = data.translate(_INVISIBLE)
        if self._pre:
            parts = data.replace("\r\n", "\n").split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._newline(force=True)
                self._write(part.replace("\u00a0", " "))
            return
        text = _SPACES.sub(" ", data)
        if text == " " and not self._line:
            return  # whitespace between tags at the start of a line is layout, not text
        if not self._line:
            text = text.lstrip(" ")
        self._write(text)

    def close(self) -> None:
        super().close()
        self._newline()


def html_to_text(html: str) -> str:
    """Readable plain text of ``html``; blockquoted lines start with ``"> "`` per level."""
    builder = _TextBuilder()
    try:
        builder.feed(html)
        builder.close()
    except (AssertionError, ValueError):  # pragma: no cover - the parser is lenient; keep what we have
        builder._newline()
    out: list[str] = []
    for depth, text in builder.lines:
        line = (("> " * depth) + text).rstrip() if depth else text.rstrip()
        # collapse runs of blank lines (at the same quote depth) into one
        if not text and out and not out[-1].strip("> ") and len(out[-1].rstrip()) == len(line):
            continue
        out.append(line)
    while out and not out[0].strip("> "):
        out.pop(0)
    while out and not out[-1].strip("> "):
        out.pop()
    return "\n".join(out)
