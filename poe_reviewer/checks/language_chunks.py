"""The pieces of a document whose language :mod:`poe_reviewer.checks.document_language` judges.

A document's text (e-mail headers aside) is cut into runs of whole lines of a few hundred
characters. What says nothing about a language is left out of each: numbers, addresses, file names,
lines of names and titles (a signature block, a letterhead) and the little words inside product and
company names ("Defender for Endpoint" is a name in a German text too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from poe_reviewer.documents.model import Document, Segment

#: Words that say nothing about the language: e-mail addresses, URLs, file names, and anything with a
#: digit (numbers, dates, amounts, ids). Judged one whitespace-separated token at a time, so the cost
#: is linear on any text.
_TOKEN = re.compile(r"\S+")
_NOISE_TOKEN = re.compile(
    r"\d|@|^\W*(?:https?://|www\.)|[\w-]\.(?:pdf|docx?|xlsx?|msg|eml|png|jpe?g|zip)\b", re.IGNORECASE
)
NAME_LINE = 5  # words of a line of names at most
_NAME_JOINER = re.compile(r"\b([A-Z][\w-]*)\s+(?:for|of|and|&)\s+(?=[A-Z\d])")
WORD_RX = re.compile(r"[^\W\d_]+")


@dataclass
class Chunk:
    segment: Segment
    start: int
    end: int
    text: str
    letters: int


def without_noise(text: str) -> str:
    return _TOKEN.sub(lambda m: " " if _NOISE_TOKEN.search(m.group(0)) else m.group(0), text)


def letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def chunks(doc: Document, chunk_chars: int, max_chars: int) -> Iterator[Chunk]:
    """Runs of whole lines of about ``chunk_chars`` characters, e-mail headers left out."""
    for seg, start, end in spans(doc, chunk_chars, max_chars):
        yield chunk(seg, start, end)


def spans(doc: Document, chunk_chars: int, max_chars: int) -> Iterator[tuple[Segment, int, int]]:
    budget = max_chars
    for seg in doc.segments:
        if seg.label in ("headers", "filename") or not seg.text.strip():
            continue
        yield from segment_spans(seg, chunk_chars, budget)
        budget -= len(seg.text)
        if budget <= 0:
            return


def segment_spans(seg: Segment, chunk_chars: int, budget: int | None = None) -> Iterator[tuple[Segment, int, int]]:
    """Runs of whole lines of one segment of about ``chunk_chars`` characters."""
    if seg.label in ("headers", "filename") or not seg.text.strip():
        return
    text = seg.text[:budget] if budget is not None else seg.text
    start = 0
    pos = 0
    for line in re.finditer(r"[^\n]*(?:\n|$)", text):
        pos = line.end()
        if pos - start >= chunk_chars:
            yield seg, start, pos
            start = pos
        if not line.group(0):
            break
    if pos > start:
        yield seg, start, pos


def chunk(seg: Segment, start: int, end: int) -> Chunk:
    lines = without_noise(seg.text[start:end]).splitlines()
    cleaned = " ".join(" ".join(line for line in lines if not _names_only(line)).split())
    cleaned = _NAME_JOINER.sub(r"\1 ", cleaned)
    return Chunk(seg, start, end, cleaned, letters(cleaned))


def _names_only(line: str) -> bool:
    """A short line of capitalised words ("Cristina Ionescu", "Gerente de Proyectos", "Banat Auto Parts SRL");
    not a bilingual label ("Auftraggeber / Customer"), which shows both languages."""
    if " / " in line:
        return False
    words = WORD_RX.findall(line)
    return 0 < len(words) <= NAME_LINE and all(w[0].isupper() or (len(w) <= 3 and w.islower()) for w in words)


def text_chunks(text: str, size: int) -> Iterator[str]:
    """Runs of whole lines of ``text`` of about ``size`` characters."""
    piece: list[str] = []
    for line in text.split("\n"):
        piece.append(line)
        if sum(len(x) for x in piece) >= size:
            yield "\n".join(piece)
            piece = []
    if piece:
        yield "\n".join(piece)
