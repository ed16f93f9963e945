"""Which documents a rule could read, and which it could not (so a verdict of absence says so).

One place for what "readable" means, because it depends on what a rule reads: its words (names,
activities, invoices), its words or its form fields (the workload check boxes of a template), or
anything that can date an acknowledgement (words, an e-mail's envelope, a signature field).
A document that failed to open is never readable; a scan without OCR has no words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from poe_reviewer.documents.model import Document


@dataclass(frozen=True)
class Readability:
    #: documents the rule can read
    readable: list[Document]
    #: documents the rule cannot see into (broken, encrypted, a scan without OCR): the reviewer must
    blind: list[Document]


def _split(docs: Iterable[Document], can_read: Callable[[Document], bool]) -> Readability:
    listed = list(docs)
    readable = [d for d in listed if d.error is None and can_read(d)]
    seen = {id(d) for d in readable}  # by identity: comparing documents field by field is costly
    return Readability(readable, [d for d in listed if id(d) not in seen])


def for_words(docs: Iterable[Document]) -> Readability:
    """Rules that read the words of a document (names, activities, invoice lines)."""
    return _split(docs, lambda d: d.has_text)


def for_words_or_fields(docs: Iterable[Document]) -> Readability:
    """Rules that read words or form fields (a template's workload check boxes are widgets)."""
    return _split(docs, lambda d: d.has_text or bool(d.form_fields))


def for_dates(docs: Iterable[Document]) -> Readability:
    """Rules that date an acknowledgement: words, an e-mail's envelope or a signature field can.

    Blind here means no words and no envelope: a signature field alone dates a signature but
    cannot show whether the text of the page held a later one.
    """
    listed = list(docs)
    readable = [d for d in listed if d.error is None and (d.has_text or d.email is not None or bool(d.signatures))]
    blind = [d for d in listed if d.error is not None or not (d.has_text or d.email is not None)]
    return Readability(readable, blind)


def broken(docs: Iterable[Document]) -> list[Document]:
    """Documents that could not be opened at all (each carries its error)."""
    return [d for d in docs if d.error]
