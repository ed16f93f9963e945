"""Checkboxes written as text: the state of the box in front of (or closing the row of) a name.

The seed's POE template lists workloads as a checklist ("☒ Microsoft Intune ☐ Implementation"),
and partners' own forms tick a "Delivered" column; only a ticked row evidences what it names.
"""

from __future__ import annotations

import re
from typing import Literal

BoxState = Literal["checked", "unchecked"]


# Checkbox glyphs as PDFs, Word and the claims system's HTML render them. The private-use
# characters are the Wingdings boxes (þ ý = checked, o ¨ = empty) that Word exports keep.
_CHECKED_MARKS = "☒☑✓✔✅⊠▣■◼\uf0fe\uf0fd\uf078\uf0fc"
_UNCHECKED_MARKS = "☐□▢◻❑❒\uf06f\uf0a8\uf071"
# Without a ToUnicode map, Wingdings boxes come out as the Latin-1 letters of their codes:
# "þ"/"ý" (checked) and "¨" (empty); only a standalone one is a box.
_MARK = re.compile(
    rf"(?P<checked>[{_CHECKED_MARKS}]|\[\s*[xX✓✔]\s*\]|\(\s*[xX]\s*\)|<input[^>]*\bchecked\b[^>]*>"
    r"|(?<!\S)[þý](?=\s))"
    rf"|(?P<unchecked>[{_UNCHECKED_MARKS}]|\[\s*\]|\(\s\)|<input(?![^>]*\bchecked\b)[^>]*>|(?<!\S)¨(?=\s))"
)
#: A checkbox, checked or not, as text (other checks skip template rows with it).
CHECKBOX_MARK = _MARK
_MAX_WORDS_AFTER_BOX = 6
#: Words on a checklist table row whose last cell is its box (workload, reference, activity).
_MAX_WORDS_IN_ROW = 16


def text_box_state(text: str, start: int, end: int) -> BoxState | None:
    """The state of the checkbox written in front of ``text[start:end]`` on its line, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    marks = list(_MARK.finditer(before))
    if marks:
        last = marks[-1]
        between = before[last.end() :]
        if len(between.split()) <= _MAX_WORDS_AFTER_BOX and not re.search(r"[.;!?]\s", between):
            return "checked" if last.group("checked") else "unchecked"
    # A box written after the label and closing the line ("Microsoft Intune  ☒").
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    m = re.match(r"\s*[:\-]?\s*(?:" + _MARK.pattern + r")\s*$", after)
    if m:
        return "checked" if m.group("checked") else "unchecked"
    # A table row whose only box is its last cell ("Teams Rooms | R2 | Device deployment | ☐"):
    # the "Delivered" column states the whole row; a sentence with a box at its end is not a row.
    closing = re.search(r"(?:" + _MARK.pattern + r")\s*$", after)
    if closing and not list(_MARK.finditer(before)) and len(_MARK.findall(after)) == 1:
        row = before + text[start:end] + after[: closing.start()]
        if len(row.split()) <= _MAX_WORDS_IN_ROW and not re.search(r"[.;!?](?:\s|$)", row.strip()):
            return "checked" if closing.group("checked") else "unchecked"
    return None
