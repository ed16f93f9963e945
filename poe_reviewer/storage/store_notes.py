"""Reviewers' notes and tags on claims: the review team's own, kept in the queue and its trail, never exported.

A note is a few words on a claim, or on a region of one of its pages ("the date on p. 2 looks altered"), with
tags ("escalate", "ask the PDM") that the queue searches (``#escalate``) and shows with the claim. Notes are
added and removed, never edited: each step is an event of the audit trail. Nothing of a note reaches the
decision export (``poe-decisions/1`` carries decisions only).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.storage import models as m
from poe_reviewer.storage.store_qc import QcStore

#: The longest note kept (a note, not a report).
MAX_NOTE_CHARS = 4000
#: A tag: letters, digits, spaces, dashes and underscores, up to 40 characters ("ask the pdm", "escalate").
_TAG = re.compile(r"^[^\W_][\w -]{0,39}$")


class NoteError(PoeReviewerError):
    """A note the queue refuses (nothing was saved)."""


def normalize_tag(text: str) -> str:
    """A tag as kept: without a leading ``#``, lower case, single spaces ("#Ask the  PDM" -> "ask the pdm")."""
    tag = " ".join(text.strip().lstrip("#").casefold().split())
    if not _TAG.match(tag):
        raise NoteError(f"{text!r} is not a tag: use letters, digits, spaces, '-' or '_' (at most 40 characters).")
    return tag


@dataclass(frozen=True)
class Note:
    id: int
    claim_id: str
    revision: int
    author: str
    at: dt.datetime
    text: str
    tags: tuple[str, ...]
    document: str | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def where(self) -> str:
        """Where the note points, for a reader ("POE/report.pdf p.2"), or "" for the whole claim."""
        if not self.document:
            return ""
        return self.document + (f" p.{self.page}" if self.page else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "claim_id": self.claim_id, "revision": self.revision, "author": self.author,
            "at": self.at.isoformat(), "text": self.text, "tags": list(self.tags), "document": self.document,
            "page": self.page, "bbox": list(self.bbox) if self.bbox else None,
        }  # fmt: skip


class NotesStore(QcStore):
    """Notes and tags on the queue's claims."""

    def add_note(
        self,
        claim_id: str,
        text: str,
        *,
        by: str,
        tags: Sequence[str] = (),
        document: str | None = None,
        page: int | None = None,
        bbox: Sequence[float] | None = None,
    ) -> Note:
        """Keep a note on the claim's current revision (on a page region with ``document``/``page``/``bbox``)."""
        words = text.strip()
        kept = tuple(dict.fromkeys(normalize_tag(t) for t in tags if t.strip()))
        if not words and not kept:
            raise NoteError(f"A note on claim {claim_id} needs some words or a tag.")
        if len(words) > MAX_NOTE_CHARS:
            raise NoteError(f"A note is at most {MAX_NOTE_CHARS} characters ({len(words)} given).")
        if (page is not None or bbox is not None) and not document:
            raise NoteError("A note on a page names the document the page is in.")
        box = tuple(float(v) for v in bbox) if bbox is not None else None
        if box is not None and len(box) != 4:
            raise NoteError("A page region is four numbers: x0, y0, x1, y1 (PDF points).")
        who = by.strip()
        with self._write() as s:
            row = self._claim_row(s, claim_id)
            now = self.now()
            note = m.ClaimNote(
                claim_pk=row.id, revision=row.current_revision, author=who, at=now, text=words, tags=list(kept),
                document=document, page=page, bbox=list(box) if box else None,
            )  # fmt: skip
            s.add(note)
            s.flush()
            self._retag(s, row)
            self._audit(
                s, "note", claim_id=claim_id, revision=row.current_revision, actor=who, at=now,
                details={"note_id": note.id, "text": words, "tags": list(kept), "document": document, "page": page},
            )  # fmt: skip
            return self._note(note, claim_id)

    def remove_note(self, note_id: int, *, by: str) -> Note:
        """Take a note back (its author only); the trail keeps that it was there."""
        who = by.strip()
        with self._write() as s:
            note = s.get(m.ClaimNote, note_id)
            if note is None or note.removed_at is not None:
                raise NoteError(f"There is no note {note_id} to remove.")
            if note.author.casefold() != who.casefold():
                raise NoteError(f"Note {note_id} is {note.author}'s: only its author removes it.")
            row = s.get(m.Claim, note.claim_pk)
            assert row is not None
            now = self.now()
            note.removed_at, note.removed_by = now, who
            self._retag(s, row)
            self._audit(s, "note", claim_id=row.claim_id, revision=note.revision, actor=who, at=now,
                        details={"note_id": note.id, "removed": True})  # fmt: skip
            return self._note(note, row.claim_id)

    def notes(self, claim_id: str) -> list[Note]:
        """The claim's notes, oldest first (removed ones left out)."""
        with self._read() as s:
            row = self._claim_row(s, claim_id)
            found = s.scalars(
                select(m.ClaimNote)
                .where(m.ClaimNote.claim_pk == row.id, m.ClaimNote.removed_at.is_(None))
                .order_by(m.ClaimNote.at, m.ClaimNote.id)
            )
            return [self._note(n, claim_id) for n in found]

    # -- plumbing ------------------------------------------------------------------------------------------
    @staticmethod
    def _retag(s: Session, row: m.Claim) -> None:
        tags = s.scalars(
            select(m.ClaimNote.tags).where(m.ClaimNote.claim_pk == row.id, m.ClaimNote.removed_at.is_(None))
        )
        row.tags = ",".join(sorted({str(t) for listed in tags for t in (listed or [])}))

    @staticmethod
    def _note(n: m.ClaimNote, claim_id: str) -> Note:
        box = tuple(float(v) for v in n.bbox) if n.bbox else None
        return Note(
            id=n.id, claim_id=claim_id, revision=n.revision, author=n.author, at=n.at, text=n.text,
            tags=tuple(str(t) for t in n.tags or ()), document=n.document, page=n.page,
            bbox=(box[0], box[1], box[2], box[3]) if box and len(box) == 4 else None,
        )  # fmt: skip
