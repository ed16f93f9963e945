"""A document's text joined into one string, with every offset mapped back to its page and box."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from poe_reviewer.documents.model import (
    Document,
    Hit,
    Segment,
)
from poe_reviewer.findings.context import Evidence


# -- located text ----------------------------------------------------------------------------------
class DocText:
    """A document's segments joined into one text, with offsets mapped back to segments."""

    def __init__(self, doc: Document, *, skip_labels: Sequence[str] = ("filename", "headers")) -> None:
        self.doc = doc
        self.segments: list[Segment] = [s for s in doc.segments if s.text and s.label not in skip_labels]
        parts: list[str] = []
        self.starts: list[int] = []
        pos = 0
        for seg in self.segments:
            self.starts.append(pos)
            parts.append(seg.text)
            pos += len(seg.text) + 2
        self.text = "\n\n".join(parts)

    def hit(self, start: int, end: int) -> Hit | None:
        if not self.segments:
            return None
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        seg = self.segments[i]
        base = self.starts[i]
        s = max(0, start - base)
        e = min(len(seg.text), max(s + 1, end - base))
        return Hit.from_match(self.doc, seg, s, e)

    def evidence(self, start: int, end: int, quote: str | None = None) -> Evidence:
        h = self.hit(start, end)
        if h is None:
            return Evidence.of_document(self.doc, quote or self.text[start:end])
        return Evidence.from_hit(h, shorten(quote or h.quote, 240))

    def page_of(self, pos: int) -> int | None:
        if not self.segments:
            return None
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return self.segments[i].page

    def line_at(self, pos: int) -> str:
        ls = self.text.rfind("\n", 0, pos) + 1
        le = self.text.find("\n", pos)
        return self.text[ls : le if le >= 0 else len(self.text)]


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def locate(doc: Document, phrase: str) -> Evidence:
    """Evidence for ``phrase`` found again in ``doc`` (whitespace-tolerant), else the document."""
    words = phrase.split()
    if words:
        rx = re.compile(r"\s+".join(re.escape(w) for w in words[:40]), re.IGNORECASE)
        hits = doc.search(rx)
        if hits:
            return Evidence.from_hit(hits[0], shorten(phrase, 240))
    return Evidence.of_document(doc, shorten(phrase, 240))


def where_in(doc: Document, page: int | None) -> str:
    return f"{doc.path} p.{page}" if page else doc.path
