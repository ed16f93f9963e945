"""The parties' columns of a sign-off table, for the ink reader.

Partners' sign-off pages are mostly tables whose rows are labelled at the left and whose columns
are the parties::

                 Contoso             Fabrikam
    Name         John Doe            Priya Kaur
    Title        CIO                 Project lead
    Signature    <ink>               <ink>
    Date         21/03/2026          21/3/26

The place to sign ("Signature") is one label for both parties, and the printed name sits rows
above it, out of reach of a search around the label. This module reads such a table from the
page's printed words: the columns (from the cells of its "Name" row), and per column the name,
the organisation (its header cell or "Company" row) and the date written under the signature.
Each column is then judged for ink on its own, so that the partner's signature is never taken
for the customer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol, TypeVar

from poe_reviewer.dates import find_dates
from poe_reviewer.documents.model import BBox, Word
from poe_reviewer.documents.ocr_engine import InkRules


class PageWord(Protocol):
    """A printed word on the raster (the ink reader's): its box in raster pixels, OCR confidence, line."""

    @property
    def text(self) -> str: ...
    @property
    def box(self) -> BBox: ...
    @property
    def conf(self) -> float: ...
    @property
    def line(self) -> int: ...


#: How far above the signature row the table's other rows are looked for, and how far below it
#: its date row, in text heights.
_ROWS_ABOVE = 30.0
_ROWS_BELOW = 5.0
#: A gap wider than this (text heights) between two words separates two cells of a row.
_CELL_GAP = 1.5
#: A line of more words than this is prose, not a row of the table: the table ends there.
_PROSE_WORDS = 14


@dataclass(frozen=True)
class TableColumn:
    """One party's column of a sign-off table: where it runs (raster x) and what is printed in it."""

    x0: float
    x1: float
    name: str | None
    company: str | None
    date: str | None


@dataclass(frozen=True)
class _Row:
    top: float
    bottom: float
    cells: list[list[PageWord]]

    def text(self, i: int) -> str:
        return " ".join(w.text for w in self.cells[i])


def _rows(words: Sequence[PageWord], height: float) -> list[_Row]:
    """The page's printed words in rows: words whose middles lie within a text height of each other
    (a table's label cell and value cell are often read as two lines a few pixels apart)."""
    good = sorted(
        (w for w in words if w.conf >= 45 and w.text.strip("|‘’'`_ ")), key=lambda w: (w.box[1] + w.box[3]) / 2
    )
    groups: list[list[PageWord]] = []
    for w in good:
        middle = (w.box[1] + w.box[3]) / 2
        if groups and middle - (groups[-1][0].box[1] + groups[-1][0].box[3]) / 2 <= 0.75 * height:
            groups[-1].append(w)
        else:
            groups.append([w])
    rows = []
    for line in groups:
        line.sort(key=lambda w: w.box[0])
        cells: list[list[PageWord]] = [[line[0]]]
        for w in line[1:]:
            if w.box[0] - cells[-1][-1].box[2] > _CELL_GAP * height:
                cells.append([w])
            else:
                cells[-1].append(w)
        rows.append(_Row(min(w.box[1] for w in line), max(w.box[3] for w in line), cells))
    return rows


def _labelled(rxs: Sequence[re.Pattern[str]], row: _Row) -> bool:
    """The row's first cell is a label and nothing else ("Name", not "Name: Stefan", which is a party's
    own cell in a layout of stacked cells)."""
    # (a bilingual label whose first half OCR lost: "/ Name" for "Nama / Name")
    first = row.text(0).strip(" |:/")
    return value_after(rxs, first) is None and any(rx.match(first) for rx in rxs)


def _split_first(row: _Row, rxs: Sequence[re.Pattern[str]]) -> _Row:
    """A row whose first cell OCR read with the first party's value in it ("Ad Soyad / Name Burak Aydin" |
    "Elif Demir"), its label and value cells apart; any other row as it is."""
    if len(row.cells) < 2 or _labelled(rxs, row) or not any(rx.match(row.text(0).strip(" |:/")) for rx in rxs):
        return row
    if any(rx.match(row.text(i).strip(" |:/")) for rx in rxs for i in range(1, len(row.cells))):
        return row  # each party's own labelled cell ("Name: John Doe" | "Name: Priya Kaur"), no table row
    value = value_after(rxs, row.text(0).strip(" |:/"))
    n = len(value.split()) if value else 0
    if not n or n >= len(row.cells[0]):
        return row
    return _Row(row.top, row.bottom, [row.cells[0][:-n], row.cells[0][-n:], *row.cells[1:]])


def _in_column(row: _Row, x0: float, x1: float, skip_label: bool) -> str | None:
    cells = row.cells[1:] if skip_label else row.cells
    picked = [" ".join(w.text for w in c) for c in cells if x0 <= (c[0].box[0] + c[-1].box[2]) / 2 < x1]
    text = " ".join(picked).strip(" |:")
    return text or None


def table_columns(
    label_box: BBox, label_line: int, words: Sequence[PageWord], height: float, rules_: InkRules
) -> list[TableColumn]:
    """The parties' columns of the sign-off table whose signature row ``label_box`` labels; [] if none."""
    rows = _rows(words, height)
    # the label's own row: of the rows at its height, the one whose text starts where the label does
    # (not a speck OCR read beside it as a row of its own)
    level = [r for r in rows if r.top - height <= label_box[1] <= r.bottom]
    own = min(level, key=lambda r: abs(r.cells[0][0].box[0] - label_box[0]), default=None)
    if own is None:
        return []
    # the label is the row's own label: in the row's first cell, at the left of the table
    first = own.cells[0]
    if not (first[0].box[0] - height <= label_box[0] and label_box[2] <= first[-1].box[2] + height):
        return []
    left, label_right = first[0].box[0], first[-1].box[2]
    above = [r for r in rows if label_box[1] - _ROWS_ABOVE * height <= r.top < own.top]
    below = [r for r in rows if own.bottom <= r.top <= label_box[3] + _ROWS_BELOW * height]
    # the rows of the table: a label cell at the table's left edge, nothing but the table in between
    table_above: list[_Row] = []
    for r in reversed(above):
        if len([w for c in r.cells for w in c]) > _PROSE_WORDS:
            break
        table_above.insert(0, r)

    def field_row(rxs: Sequence[re.Pattern[str]]) -> _Row | None:
        return next(
            (
                r
                for r in (_split_first(row, rxs) for row in reversed(table_above))
                # its label cell in the labels' column (starting right of it where OCR lost a first word)
                if left - 2 * height <= r.cells[0][0].box[0] <= max(left + 2 * height, label_right - height)
                and len(r.cells) >= 2 and _labelled(rxs, r)
            ),
            None,
        )

    name_row = field_row(rules_.name_labels)
    company_row = field_row(rules_.company_labels)
    # the columns: the cells of the Name row (or, where OCR lost it, of a Company row naming both parties)
    column_row = name_row or (company_row if company_row is not None and len(company_row.cells) >= 3 else None)
    if column_row is None:
        return []
    value_cells = [c for c in column_row.cells[1:] if c[0].box[0] > label_right - height]
    if not value_cells:
        return []
    starts = [c[0].box[0] - height for c in value_cells]
    if column_row is name_row and company_row is not None:
        # a name whose first word OCR lost starts right of its cell: the company row over it shows where
        companies = [c[0].box[0] - height for c in company_row.cells[1:] if c[0].box[0] > label_right - height]
        if len(companies) == len(starts):
            starts = [min(a, b) for a, b in zip(starts, companies, strict=True)]
    # the first party's column begins where the row labels end: a first name OCR lost ("Ivelisse
    # Santiago Colón" read as "Santiago Colén") does not narrow the cell the hand signs in
    starts[0] = min(starts[0], label_right + 0.3 * height)
    bounds = [(s, starts[i + 1] if i + 1 < len(starts) else float("inf")) for i, s in enumerate(starts)]
    # the header: the table's first line, its cells over the columns and none at the row labels
    header = next(
        (r for r in table_above if r.top < column_row.top and r.cells[0][0].box[0] > label_right - height), None
    )
    date_rows = [r for r in [own, *below] if len([w for c in r.cells for w in c]) <= _PROSE_WORDS]
    columns = []
    for x0, x1 in bounds:
        name = _in_column(name_row, x0, x1, skip_label=True) if name_row is not None else None
        company = None
        if company_row is not None:
            company = _in_column(company_row, x0, x1, skip_label=True)
        if company is None and header is not None:
            company = _in_column(header, x0, x1, skip_label=False)
        date = None
        for r in date_rows:
            text = _in_column(r, x0, x1, skip_label=_labelled(rules_.date_labels, r) or r is own)
            found = find_dates(ocr_date(text)) if text else []
            if found:
                date = found[0].raw
                break
        columns.append(TableColumn(x0, x1, name, company, date))
    return columns


#: A header cell naming the column where the parties sign.
_SIGNATURE_HEADER = re.compile(
    r"^\W{0,3}(?:signature|signed|sign\s+here|firma|unterschrift|assinatura|handtekening|podpis|tanda\s*tangan|underskrift"
    r"|allekirjoitus|[İi]mza)\b",
    re.IGNORECASE,
)
#: A header cell naming the column of the parties.
_PARTY_HEADER = re.compile(r"^\W{0,3}(?:party|parties|company|organi[sz]ation|entity|for|on\s+behalf\s+of)\b", re.I)


def _header_kind(text: str, rules_: InkRules) -> str | None:
    if _SIGNATURE_HEADER.match(text):
        return "signature"
    if any(rx.match(text) for rx in rules_.name_labels):
        return "name"
    if any(rx.match(text) for rx in rules_.date_labels):
        return "date"
    if _PARTY_HEADER.match(text) or any(rx.match(text) for rx in rules_.company_labels):
        return "company"
    return None


def party_row(label_box: BBox, words: Sequence[PageWord], height: float, rules_: InkRules) -> TableColumn | None:
    """The Signature cell of a sign-off table with a row per party under a header naming its columns
    ("Party | Name / position | Signature | Date"), and what that party's row prints under the Party,
    Name and Date headers; None where the place to sign ``label_box`` stands in no such table."""
    rows = _rows(words, height)
    middle = (label_box[1] + label_box[3]) / 2
    own = next((r for r in rows if r.top - 0.5 * height <= middle <= r.bottom + 0.5 * height), None)
    if own is None:
        return None
    header: tuple[_Row, list[str | None]] | None = None
    for r in reversed([r for r in rows if label_box[1] - _ROWS_ABOVE * height <= r.top < own.top]):
        if len([w for c in r.cells for w in c]) > _PROSE_WORDS:
            break
        kinds = [_header_kind(" ".join(w.text for w in c), rules_) for c in r.cells]
        if len(r.cells) >= 3 and "signature" in kinds and "name" in kinds and kinds.count(None) <= 1:
            header = (r, kinds)
            break
    if header is None:
        return None
    head, kinds = header
    starts = [c[0].box[0] - height for c in head.cells]
    bounds = [(s, starts[i + 1] if i + 1 < len(starts) else float("inf")) for i, s in enumerate(starts)]
    x0, x1 = bounds[kinds.index("signature")]
    if not x0 <= label_box[2] - 0.5 * height < x1:
        return None  # the place to sign is not under the Signature header
    fields: dict[str, str | None] = {"name": None, "company": None, "date": None}
    for kind, (c0, c1) in zip(kinds, bounds, strict=True):
        if kind in fields:
            text = _in_column(own, c0, c1, skip_label=False)
            if kind == "date" and text:
                found = find_dates(ocr_date(text))
                text = found[0].raw if found else None
            fields[kind] = text
    return TableColumn(x0, x1, fields["name"], fields["company"], fields["date"])


def rows_under_header(
    label_box: BBox, words: Sequence[PageWord], height: float, rules_: InkRules
) -> list[tuple[BBox, TableColumn]]:
    """The parties' rows of a sign-off table whose header row holds the place to sign ("  | Name |
    Title | Signature | Date" over a row per party): each row's cell under "Signature" is that
    party's place to sign, with what the row prints under the other headers and in its first,
    unheaded cell (the party: "Customer Bayfront Logistics Inc."). [] where the label heads no such
    table."""
    rows = _rows(words, height)
    middle = (label_box[1] + label_box[3]) / 2
    head = next((r for r in rows if r.top - 0.5 * height <= middle <= r.bottom + 0.5 * height), None)
    if head is None or len(head.cells) < 3:
        return []
    kinds = [_header_kind(" ".join(w.text for w in c), rules_) for c in head.cells]
    if "signature" not in kinds or "name" not in kinds:
        return []
    texts = [" ".join(w.text for w in c).strip(" |:") for c in head.cells]
    if any(value_after((*rules_.name_labels, *rules_.date_labels), t) for t in texts):
        return []  # "Name: Callum Reid" is a party's row of fields, not a header
    starts = [c[0].box[0] - height for c in head.cells]
    bounds = [(s, starts[i + 1] if i + 1 < len(starts) else float("inf")) for i, s in enumerate(starts)]
    sx0, sx1 = bounds[kinds.index("signature")]
    if not sx0 <= (label_box[0] + label_box[2]) / 2 < sx1:
        return []
    below: list[_Row] = []
    for r in rows:
        if r.top <= head.bottom:
            continue
        if (
            len([w for c in r.cells for w in c]) > _PROSE_WORDS
            or r.top - (below[-1].bottom if below else head.bottom) > 4 * height
        ):
            break  # prose, or a gap wider than a row: the table has ended
        below.append(r)
    nx0, nx1 = bounds[kinds.index("name")]
    firsts = [i for i, r in enumerate(below) if _words_in(r, nx0, nx1)]
    out: list[tuple[BBox, TableColumn]] = []
    for n, i in enumerate(firsts):
        last = firsts[n + 1] - 1 if n + 1 < len(firsts) else len(below) - 1
        lines = below[i : last + 1]
        top, bottom = lines[0].top - 0.5 * height, lines[-1].bottom + 0.5 * height
        if n + 1 < len(firsts):
            bottom = max(bottom, below[firsts[n + 1]].top - 0.3 * height)
        party = " ".join(t for r in lines if (t := _in_column(r, -float("inf"), starts[0] + height, skip_label=False)))
        date_text = None
        if "date" in kinds:
            dx0, dx1 = bounds[kinds.index("date")]
            date_text = " ".join(t for r in lines if (t := _in_column(r, dx0, dx1, skip_label=False))) or None
        found = find_dates(ocr_date(date_text)) if date_text else []
        name = _words_in(lines[0], nx0, nx1)
        column = TableColumn(sx0, sx1, name, party or None, found[0].raw if found else None)
        out.append(((sx0 + 0.3 * height, top, min(sx1, sx0 + 40 * height), bottom), column))
    return out


def _words_in(row: _Row, x0: float, x1: float) -> str | None:
    """The row's words whose middles lie in a column (cells OCR ran together across columns split)."""
    text = " ".join(w.text for c in row.cells for w in c if x0 <= (w.box[0] + w.box[2]) / 2 < x1).strip(" |:")
    return text or None


#: How far above a place to sign (text heights) its column's Name cell is looked for.
_COLUMN_ABOVE = 14.0
#: The header of a party's column: "For the customer", "Pour Lumiforte", "Für den Auftraggeber".
_COLUMN_HEADER = re.compile(
    r"^\W{0,3}(?:for|pour|für|fur|por|para|voor|namens|per|on\s+behalf\s+of)\s+\S", re.IGNORECASE
)


def column_above(
    label_box: BBox, area: BBox, words: Sequence[PageWord], height: float, rules_: InkRules
) -> tuple[str | None, str | None]:
    """(name, party header) printed above a place to sign in its own column ("For the customer" /
    "Name: Rebecca Lund" / "Title: ..." / "Customer signature:"), nearest first, up to a line of prose
    or another place to sign."""
    x0, _y0, x1, _y1 = area
    inside = [w for w in words if x0 <= (w.box[0] + w.box[2]) / 2 <= x1]
    name = header = None
    for row in reversed(_rows(inside, height)):
        if row.bottom > label_box[1] + 0.3 * height or row.top < label_box[1] - _COLUMN_ABOVE * height:
            continue
        text = " ".join(w.text for c in row.cells for w in c).strip(" |")
        if len(text.split()) > 12 or (name is None and any(rx.match(text) for rx in rules_.labels)):
            break  # prose, or another party's place to sign above this one
        value = value_after(rules_.name_labels, text)
        if name is None and value and not find_dates(value):
            name = value
        elif name is not None and _COLUMN_HEADER.match(text):
            header = text
            break
    return name, header


#: The next field of a line of fields ("Name: John Doe Signature: ... Date: ...") ends a value.
_NEXT_FIELD = re.compile(r"\s(?:Signature|Signed|Date|Datum|Title|Position|Role)\b\s*:")


def value_after(rxs: Sequence[re.Pattern[str]], text: str) -> str | None:
    """The value after a field label ("Name: John Doe" -> "John Doe"), up to the next field on its
    line; None without label or value."""
    for rx in rxs:
        m = rx.search(text)
        if m:
            value = text[m.end() :]
            cut = _NEXT_FIELD.search(value)
            if cut is not None and cut.start() > 0:
                value = value[: cut.start()]
            value = value.strip(" :-–|")
            if value:
                return value
    return None


#: Labels that say where to sign but not who signs: in a table, the columns say who.
_GENERIC_LABELS = frozenset(
    ["signature", "signatures", "sign", "signed", "assinatura", "firma", "unterschrift", "handtekening", "podpis",
     "underskrift", "tanda", "tangan", "tandatangan", "allekirjoitus", "imza", "i̇mza"]
)  # fmt: skip


def generic_label(label: str) -> bool:
    return all(w in _GENERIC_LABELS for w in re.findall(r"[^\W\d_]+", label.lower()))


def may_hold_label(lines: Sequence[Sequence[Word]], rules_: InkRules) -> bool:
    """Whether a page's text may print a place to sign (a page without one is not read line by line)."""
    text = "\n".join(" ".join(w.text for w in line) for line in lines)
    return any(rx.search(text) for rx in rules_.labels) or any(
        rules_.sign_line.match(w.text) for ln in lines for w in ln
    )


def ocr_date(text: str) -> str:
    """A date as OCR misreads it, mended: a speck after a comma read as a full stop ("June 5,.2025"),
    a gap read inside a handwritten number ("03/1 1/2025", "03/11/20 25")."""
    text = re.sub(r"([,.])[,.]+", r"\1", text)
    text = re.sub(r"(?<=[/.-]\d)\s(?=\d[/.-])", "", text)
    return re.sub(r"(?<=[/.-]\d\d)\s(?=\d\d\b)", "", text)


#: Header words of a sign-off table that are no party ("Title Signature" is two cells).
_FIELD_WORD = re.compile(r"(?i:name|title|date|position|role|function|company|organi[sz]ation|email|e-mail)")


def after_printed_name(text: str, m: re.Match[str], rules_: InkRules) -> int:
    """Where the label of ``m`` starts: a capitalised word before "Signature" is the party's
    ("Partner Signature"), unless a name field runs up to it ("Name: Callum Reid Signature:",
    where "Reid" ends the signatory's name)."""
    word = re.match(r"\S+\s+(?=\S)", m.group(0))
    if word is None:
        return m.start()
    if _FIELD_WORD.fullmatch(word.group(0).strip()):
        return m.start() + word.end()  # the cell before it in a header row ("Name  Title  Signature  Date")
    before = text[: m.start() + word.end()]
    for rx in rules_.name_fields:
        for name_m in rx.finditer(before):
            if _NAME_WORDS.fullmatch(before[name_m.end() :]):
                return m.start() + word.end()
    return m.start()


_NAME_WORDS = re.compile(r"\s*(?:[^\W\d_][\w'’.-]*\s+){1,4}")


class Label(Protocol):
    """A place to sign the ink reader found: its words, raster box and OCR line."""

    @property
    def text(self) -> str: ...
    @property
    def box(self) -> BBox: ...
    @property
    def line(self) -> int: ...


_L = TypeVar("_L", bound=Label)


def drop_row_header(found: list[_L], line: int) -> None:
    """A table's row header "Signature" with the cell's own "Signature:" right beside it is one
    place to sign: the cell's (the header's block would be the empty gap between them)."""
    row = [label for label in found if label.line == line]
    for left, right in pairwise(row):
        height = max(1.0, left.box[3] - left.box[1])
        if generic_label(left.text) and 0 <= right.box[0] - left.box[2] <= 2.5 * height:
            found.remove(left)


def name_beside(label_box: BBox, area: BBox, words: Sequence[PageWord], height: float, rules_: InkRules) -> str | None:
    """The signatory's name printed in a sign-off table beside the place to sign: a name field left
    of it on its row ("Greywell | Name: Callum Reid | Signature: ... | Date: ..."), or the cell
    above it in the row headed "Name" ("Name | Denise Okafor" / "Title | ..." / "Signature | ...")."""
    y0, y1 = label_box[1], label_box[3]
    beside = sorted((w for w in words if w.box[2] <= label_box[0] and y0 <= (w.box[1] + w.box[3]) / 2 <= y1),
                    key=lambda w: w.box[0])  # fmt: skip
    by_line: dict[int, list[PageWord]] = {}
    for w in beside:
        by_line.setdefault(w.line, []).append(w)
    for row in by_line.values():
        value = value_after(rules_.name_fields, " ".join(w.text for w in row))
        if value and not find_dates(value):
            return value
    above = [w for w in words if label_box[1] - 6 * height <= w.box[1] < label_box[1] - 0.5 * height]
    lines: dict[int, list[PageWord]] = {}
    for w in sorted(above, key=lambda w: w.box[0]):
        lines.setdefault(w.line, []).append(w)
    for row in sorted(lines.values(), key=lambda r: -r[0].box[1]):  # nearest row first
        header = " ".join(w.text for w in row if w.box[2] <= area[0]).strip(" |")
        cell = " ".join(w.text for w in row if w.box[0] >= area[0] and w.conf >= 45).strip(" |")
        if not header or not cell or find_dates(cell):
            continue
        m = next((m for rx in rules_.name_labels if (m := rx.match(header))), None)
        if m is not None and m.end() >= len(header):
            return cell
    return None


def cell_ends(line: Sequence[PageWord], end: int) -> bool:
    """The text at ``end`` ends a word followed by a column's gap, not by the next word of a
    sentence (a table's header row: "Name   Title   Signature   Date")."""
    pos = 0
    for i, w in enumerate(line):
        word_end = pos + len(w.text)
        if word_end == end:
            if i + 1 >= len(line):
                return True
            height = max(1.0, w.box[3] - w.box[1])
            return line[i + 1].box[0] - w.box[2] >= 1.5 * height
        if word_end > end:
            return False  # inside a word ("signatures)")
        pos = word_end + 1
    return False

