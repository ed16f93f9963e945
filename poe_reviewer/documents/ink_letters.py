"""The sign-off of a letter: a hand signs above the printed name, with no "Signature" label.

A customer's confirmation letter ends like a letter: a closing sentence, room for the pen, the
signatory's printed name and title ("Kevin Otieno", "Head of ICT"). The ink detector looks for
handwriting in that room; the company is read from the lines under the name and the letterhead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from poe_reviewer.dates import find_dates
from poe_reviewer.documents.ink_tables import PageWord, ocr_date
from poe_reviewer.documents.model import BBox

#: A person's printed name: two to four capitalised words (an initial, a particle), no digits.
_NAME = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Ing)\.?\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+)?[A-ZÀ-Ý][\w'’.-]*){1,3}$"
)
#: Words that make a line an organisation or a heading, not a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:ltd|limited|inc|llc|gmbh|plc|corp|company|group|s\.?a\.?|b\.?v\.?|pty|sdn|bhd|services|solutions|"
    r"report|record|certificate|acceptance|confirmation|page|summary|microsoft|customer|partner|project)\b",
    re.IGNORECASE,
)
#: At most this many lines (title, company, a footer) stand under the printed name.
_AFTER = 4
#: A gap this many text heights wide between two words of a row separates two parties' columns.
_GAP = 3.0
#: The room above the name to sign in, in text heights (more than the gap between two lines).
_ROOM = 1.8
#: A one-word line that closes a letter ("Sincerely,"), or a sign-off heading alone on its line ("Signed",
#: "Signatures"): the room to sign follows it.
_CLOSING = re.compile(
    r"^\W*(?:(?:sincerely|regards|respectfully|cordially|faithfully|truly|yours|thanks|atentamente|cordialement|"
    r"saludos|met\s+vriendelijke\s+groet|hochachtungsvoll|distinti\s+saluti|pozdrawiam)\W*"
    # a heading, not a field to sign in ("Signature:")
    r"|(?:signed|signatures|sign[\s-]?off|firmas|unterschriften|podpisy|handtekeningen)\s*)$",
    re.IGNORECASE,
)
#: A line under the name that dates the signature: a date alone or after a date label.
#: A date line under a printed name: "Date: 14/02/2025", "27.02.2025", "Date: Feb 27, 2025" (a month by name after
#: the label only: a title under the name is no date).
_DATE_LINE = re.compile(
    r"^\W*(?:(?:date|dated|datum|fecha|data|dato)\b\W*(?=\d|[^\W\d_]{3,9}\.?\s+\d)|(?=\d))", re.IGNORECASE
)
#: Mean OCR confidence under which a line is taken for handwriting read as words.
_READ_AS_WORDS = 70.0


def closes_a_letter(line: str) -> bool:
    """Whether a printed line is a letter's closing or a sign-off heading alone on its line."""
    return _CLOSING.match(line) is not None


@dataclass(frozen=True)
class SignOff:
    """Where a letter's signatory signs: the room above the printed name (raster pixels)."""

    name: str
    name_box: BBox
    line: int
    area: BBox
    #: the lines under the name and the letterhead, where the signatory's company is printed
    company: str
    #: the date printed or written under the name in its column ("Date: 5/20/2026"), as written
    date: str | None = None


def _rows(words: Sequence[PageWord]) -> list[list[PageWord]]:
    by_line: dict[int, list[PageWord]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    merged: list[list[PageWord]] = []
    for row in sorted(by_line.values(), key=_top):
        last = merged[-1] if merged else None
        # the reader may take two parties' columns for two lines: one row where they stand side by side
        if last and min(_bottom(last), _bottom(row)) - max(_top(last), _top(row)) > 0.5 * min(
            _bottom(last) - _top(last), _bottom(row) - _top(row)
        ):
            last.extend(row)
        else:
            merged.append(list(row))
    return [sorted(r, key=lambda w: w.box[0]) for r in merged]


def _text(row: Sequence[PageWord]) -> str:
    return " ".join(w.text for w in row).strip(" |,")


def _top(row: Sequence[PageWord]) -> float:
    return min(w.box[1] for w in row)


def _bottom(row: Sequence[PageWord]) -> float:
    return max(w.box[3] for w in row)


def _columns(row: Sequence[PageWord], height: float) -> list[list[PageWord]]:
    """A row's words split where a wide gap separates two parties' columns ("Brenda Kuhlman    Kelsey Lindgren")."""
    columns = [[row[0]]]
    for w in row[1:]:
        if w.box[0] - columns[-1][-1].box[2] > _GAP * height:
            columns.append([w])
        else:
            columns[-1].append(w)
    return columns


def _in(row: Sequence[PageWord], x0: float, x1: float) -> list[PageWord]:
    return [w for w in row if x0 <= (w.box[0] + w.box[2]) / 2 < x1]


def letter_sign_offs(words: Sequence[PageWord], height: float, page_width: float) -> list[SignOff]:
    """The sign-offs of a page that ends like a letter, or []: the last printed name under prose (or a
    closing such as "Kind regards") with room above it for the signature; one per party where the parties'
    names stand side by side."""
    rows = [r for r in _rows(words) if _text(r)]
    for i in range(len(rows) - 1, 0, -1):
        if len(rows) - 1 - i > _AFTER:
            return []
        columns = _columns(rows[i], height)
        names = [_text(c) for c in columns]
        if not all(_NAME.match(n) and not _NOT_A_PERSON.search(n) and len(n) <= 40 for n in names):
            continue
        # the line above the room: printed words (handwriting read as words has a low confidence)
        above = next((r for r in reversed(rows[:i]) if sum(w.conf for w in r) / len(r) >= _READ_AS_WORDS), None)
        closing = above is not None and _CLOSING.match(_text(above)) is not None
        if (
            above is None
            or (len(_text(above).split()) < 2 and not closing)
            or _top(rows[i]) - _bottom(above) < _ROOM * height
        ):
            continue  # a title under the name ("Head of ICT"), or no room to sign
        starts = [min(w.box[0] for w in c) for c in columns]
        found = []
        for k, (name, column) in enumerate(zip(names, columns, strict=True)):
            x0 = starts[k]
            x1 = starts[k + 1] - height if k + 1 < len(starts) else page_width
            area = (max(0.0, x0 - height), _bottom(above) + 0.2 * height, min(x1, x0 + 25 * height), _top(rows[i]))
            name_box = (x0, _top(column), max(w.box[2] for w in column), _bottom(column))
            under = [_text(_in(r, x0 - height, x1)) for r in rows[i + 1 :]]
            company = " | ".join([*(u for u in under if u), *(_text(r) for r in rows[:2])])
            dated = [d for u in under if _DATE_LINE.match(u) for d in find_dates(ocr_date(u))]
            found.append(SignOff(name, name_box, rows[i][0].line, area, company, dated[0].raw if dated else None))
        return found
    return []
