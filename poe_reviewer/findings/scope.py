"""Scope and negation: whether a mention of a workload puts it out of scope.

A workload named as out of scope, excluded, deferred to a later phase or not done is not evidenced
(seed, "What constitutes valid proof of execution", item 4: the POE must connect the claimed workloads
to the work done). Two places say so: the mention's own clause or table row, or a heading above it
("Out of scope", "Exclusions", "Phase 2") up to the next heading of work done. The cues and headings
are policy (``resources/policy/workloads.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poe_reviewer.documents.model import Document
from poe_reviewer.findings.checkboxes import CHECKBOX_MARK
from poe_reviewer.policy import Policy


@dataclass(frozen=True)
class ScopeRules:
    """``workloads.toml``: the words and headings that take a named workload out of scope."""

    cues: tuple[re.Pattern[str], ...]
    excluded: tuple[re.Pattern[str], ...]
    included: tuple[re.Pattern[str], ...]
    lines: int
    #: a form that asks to tick what was delivered ("Tick each service delivered and accepted")
    tick_forms: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def from_policy(cls, policy: Policy) -> ScopeRules:
        def rx(key: str, flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
            return tuple(re.compile(p, flags) for p in policy.get_list("workloads", key))

        section = policy["workloads"]
        return cls(rx("scope_cues"), rx("excluded_sections"), rx("included_sections"),
                   int(section.get("excluded_section_lines", 12)), rx("tick_form_cues"))  # fmt: skip

    def unread_ticks(self, doc: Document) -> bool:
        """Whether ``doc`` is a form that asks to tick what was delivered but shows no box the reader could
        see (a scan: OCR reads no ☐ or ☒), so whether a row is ticked cannot be told from its text."""
        if not self.tick_forms or any(f.kind == "checkbox" for f in doc.form_fields):
            return False
        text = "\n".join(seg.text for seg in doc.segments)
        return any(rx.search(text) for rx in self.tick_forms) and CHECKBOX_MARK.search(text) is None


_CLAUSE_END = re.compile(r"[.;!?](?=\s)|\n")  # a table row is one clause: its status cell speaks of it


_SENTENCE_END = re.compile(r"[.;!?](?=\s)")
#: A line of prose wrapped by the page (not a table row): at least this many characters.
_PROSE_LINE = 50
#: How many lines a wrapped sentence is followed over.
_WRAPPED_LINES = 2


def _wrapped_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the sentence around ``text[start:end]`` where the page wrapped it over the next lines ("Sensitivity
    labelling of client matter files with Microsoft" / "Purview Information Protection was moved to a
    second phase"); None where the name's line is no prose or its sentence ends on it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or line_end - line_start < _PROSE_LINE or _SENTENCE_END.search(text, end, line_end):
        return None
    stop = line_end
    for _ in range(_WRAPPED_LINES):
        nxt = text.find("\n", stop + 1)
        stop = nxt if nxt >= 0 else len(text)
        if _SENTENCE_END.search(text, line_end, stop) or nxt < 0:
            break
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, line_start, start)), default=line_start)
    ends = _SENTENCE_END.search(text, end, stop)
    return sentence_start, ends.start() if ends else stop


def out_of_scope(text: str, start: int, end: int, scope: ScopeRules) -> str | None:
    """Why the name at ``text[start:end]`` is out of scope: a cue in its own clause, or the heading
    of an excluded section above it (up to the next heading of work done). None when in scope."""
    # a clause never crosses a line: its start is found from the line's start, not the text's
    line_start = text.rfind("\n", 0, start) + 1
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, line_start, start)), default=line_start)
    after = _CLAUSE_END.search(text, end)
    clause = text[clause_start : after.start() if after else len(text)]
    if any(rx.search(clause) for rx in scope.cues):
        return f"'{' '.join(clause.split())[:120]}'"
    wrapped = _wrapped_sentence(text, start, end)
    if wrapped is not None:
        sentence = text[wrapped[0] : wrapped[1]]
        name = text[start:end].lower()
        for rx in scope.cues:
            m = rx.search(text, end, wrapped[1])
            # a cue after the name said again ("Teams ... Teams Phone not in scope") is the later name's
            if m and name not in text[end : m.start()].lower():
                return f"'{' '.join(sentence.split())[:120]}'"
    line_start = text.rfind("\n", 0, start)
    for _ in range(scope.lines):
        if line_start <= 0:
            break
        previous = text.rfind("\n", 0, line_start)
        line = text[previous + 1 : line_start].strip()
        line_start = previous
        if not line or len(line) > 80:
            continue
        if any(rx.search(line) for rx in scope.included):
            return None
        if any(rx.search(line) for rx in scope.excluded):
            return f"under the heading '{line[:80]}'"
    return None
