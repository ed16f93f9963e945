"""Check ``workload_match``: every claimed workload is connected to what the POE describes.

Seed, "What constitutes valid proof of execution", item 4: "Connection between workloads
mentioned in the POE and what is being claimed." The claim names workloads as the claims
system spells them (``MICROSOFT DEFENDER ENDPOINT``); the POE names products as people
write them (``Microsoft Defender for Endpoint (MDE)``, ``Defender ATP``). The catalogue in
``resources/policy/workloads.toml`` joins the two.

For each claimed workload the check looks for its aliases and features in the POE
documents, as whole words. A hit that is part of a longer name of another workload does
not count ("Teams" inside "Teams Rooms"). The seed's POE template lists every workload
with a checkbox: a name on a line whose box is unchecked (☐, an unchecked form field) is
not evidence, a checked one (☒ ☑ ✓, a checked form field) is the strongest evidence. Where
the boxes cannot be seen (the template's PDF lost its glyphs; a scanned form that asks to tick
each service delivered, read by OCR), whether a row is ticked cannot be told, and the check warns.
A claimed name missing from the catalogue is matched on its own words, and the summary
says so. A workload found only by a family name it shares with another workload ("Teams" for
TEAMS ROOMS) is missing when that other workload is evidenced by its own names in the same POE
(Direct Routing, Teams Phone): the POE is about the other one.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.dates import find_dates
from poe_reviewer.documents.model import Document, FormField, Hit, Segment
from poe_reviewer.findings import readability
from poe_reviewer.findings.checkboxes import BoxState, text_box_state
from poe_reviewer.findings.facts import WorkloadFact
from poe_reviewer.findings.scope import ScopeRules, out_of_scope
from poe_reviewer.findings.workloads import (
    CatalogueEntry,
    PhraseKind,
    catalogue,
    lookup,
    phrase_pattern,
    unknown_entry,
)
from poe_reviewer.policy import Policy

CHECK_ID = "workload_match"


def _token_key(phrase: str) -> str:
    return " " + " ".join(re.split(r"[\s\-‐]+", phrase.strip().casefold())) + " "


def _field_box_state(hit: Hit, fields: Sequence[FormField]) -> FormField | None:
    """The checkbox form field left of a hit on the same line (PDF forms keep boxes as widgets)."""
    if hit.bbox is None or hit.page is None:
        return None
    x0, y0, _x1, y1 = hit.bbox
    best: tuple[float, FormField] | None = None
    for f in fields:
        if f.kind != "checkbox" or f.page != hit.page or f.bbox is None or f.checked is None:
            continue
        _fx0, fy0, fx1, fy1 = f.bbox
        middle = (fy0 + fy1) / 2
        if not (y0 - 4 <= middle <= y1 + 4):
            continue
        gap = x0 - fx1
        if -2 <= gap <= 200 and (best is None or gap < best[0]):
            best = (gap, f)
    return best[1] if best else None


@dataclass
class Mention:
    """One located mention of a workload."""

    hit: Hit
    phrase: str
    kind: PhraseKind
    box: BoxState | None = None
    box_quote: str | None = None
    #: On a row of the template's workload checklist whose box state could not be read.
    in_checklist: bool = False
    #: Why the mention puts the workload out of scope ("out of scope", "deferred to phase 2", under
    #: an "Exclusions" heading), quoting the words; None for a mention of work in scope.
    out_of_scope: str | None = None


@dataclass
class WorkloadFinding:
    claimed: str
    entry: CatalogueEntry
    mentions: list[Mention] = field(default_factory=list)
    #: Checkbox form fields whose own label names the workload.
    field_mentions: list[tuple[Document, FormField]] = field(default_factory=list)

    @property
    def in_scope(self) -> list[Mention]:
        return [m for m in self.mentions if m.out_of_scope is None]

    @property
    def excluded(self) -> list[Mention]:
        return [m for m in self.mentions if m.out_of_scope is not None and m.kind != "weak"]

    @property
    def checked(self) -> list[Mention]:
        return [m for m in self.in_scope if m.box == "checked" and m.kind != "weak"]

    @property
    def plain(self) -> list[Mention]:
        return [m for m in self.in_scope if m.box is None and m.kind != "weak" and not m.in_checklist]

    @property
    def unreadable_boxes(self) -> list[Mention]:
        return [m for m in self.in_scope if m.box is None and m.kind != "weak" and m.in_checklist]

    @property
    def unchecked(self) -> list[Mention]:
        return [m for m in self.mentions if m.box == "unchecked"]

    @property
    def weak(self) -> list[Mention]:
        return [m for m in self.in_scope if m.kind == "weak" and m.box != "unchecked"]

    @property
    def checked_fields(self) -> list[tuple[Document, FormField]]:
        return [(d, f) for d, f in self.field_mentions if f.checked]

    @property
    def unchecked_fields(self) -> list[tuple[Document, FormField]]:
        return [(d, f) for d, f in self.field_mentions if f.checked is False]


def _blockers(entry: CatalogueEntry, entries: Sequence[CatalogueEntry]) -> tuple[str, ...]:
    return _blockers_among(entry, tuple(entries))


@lru_cache(maxsize=256)
def _blockers_among(entry: CatalogueEntry, entries: tuple[CatalogueEntry, ...]) -> tuple[str, ...]:
    """Longer names of other workloads that contain one of ``entry``'s names (the same for every claim of
    a workload: found once)."""
    own = {_token_key(p) for p, _ in entry.phrases()}
    found: list[str] = []
    for other in entries:
        if other.name == entry.name:
            continue
        for phrase, _ in other.phrases():
            key = _token_key(phrase)
            if key in own:
                continue
            if any(k != key and k in key for k in own):
                found.append(phrase)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=256)
def _lower(text: str) -> str:
    return text.lower()


def _matches(doc: Document, phrase: str) -> list[Hit]:
    rx = phrase_pattern(phrase)
    # A plain substring test on the phrase's first word skips most segments before the regex runs.
    first = re.split(r"[\s\-‐]+", phrase.strip(), maxsplit=1)[0]
    case_sensitive = not rx.flags & re.IGNORECASE
    needle = first if case_sensitive else first.lower()
    # a Word comment is a remark on the document ("We have not started Viva Insights - take it out"),
    # not what the document says was done
    segments = [
        seg
        for seg in doc.segments
        if seg.label not in ("filename", "comment") and needle in (seg.text if case_sensitive else _lower(seg.text))
    ]
    hits = [Hit.from_match(doc, seg, m.start(), m.end()) for seg in segments for m in rx.finditer(seg.text)]
    for seg in segments:
        hits.extend(_wrapped_cell_hits(doc, seg, phrase))
        hits.extend(_coordinated_hits(doc, seg, phrase))
    return hits


#: A product name between a shared brand and the conjunction ("Sales" in "Dynamics 365 Sales and
#: Customer Service"): capitalised words.
_OTHER_PRODUCT = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}"


def _coordinated_hits(doc: Document, seg: Segment, phrase: str) -> list[Hit]:
    """A name whose brand two products share: "Dynamics 365 Sales and Customer Service" names
    Dynamics 365 Customer Service, "Defender for Endpoint & Identity" Defender for Identity. The
    brand is at least two words of the name; the hit is the name's own words after the conjunction."""
    words = [w for w in re.split(r"[\s\-‐]+", phrase.strip()) if w]
    hits: list[Hit] = []
    for rx in _coordination_patterns(phrase):
        for m in rx.finditer(seg.text):
            hit = Hit.from_match(doc, seg, m.start(1), m.end(1))
            hits.append(replace(hit, quote=" ".join(words)))
    return hits


@lru_cache(maxsize=4096)
def _coordination_patterns(phrase: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per place the brand may end (compiled once: the catalogue's phrases are few)."""
    words = [w for w in re.split(r"[\s\-‐]+", phrase.strip()) if w]
    others = rf"{_OTHER_PRODUCT}(?:\s*,\s*{_OTHER_PRODUCT})*"
    patterns = []
    for cut in range(2, len(words)):
        head = r"\s+".join(re.escape(w) for w in words[:cut])
        tail = r"\s+".join(re.escape(w) for w in words[cut:])
        # case as the catalogue writes it: "customer service" in prose is no product name
        patterns.append(re.compile(rf"(?<![\w&]){head}\s+{others}\s*(?:,|&|/|\band\b|\bor\b)\s*({tail})(?![\w&])"))
    return tuple(patterns)


def _wrapped_cell_hits(doc: Document, seg: Segment, phrase: str) -> list[Hit]:
    """A name that a table cell wrapped onto the row's next line.

    PDF tables come out row by row: a narrow first cell reading "Microsoft 365 / Copilot" puts
    "Microsoft 365" at the start of the row's line and "Copilot" at the start of the next one
    ("Microsoft 365 C1 Data-oversharing assessment ☒" / "Copilot reports)"). The hit is the
    part on the row's own line, where its other cells (and its box) are.
    """
    words = [w for w in re.split(r"[\s\-‐]+", phrase.strip()) if w]
    if len(words) < 2:
        return []
    hits: list[Hit] = []
    flags = phrase_pattern(phrase).flags & re.IGNORECASE
    # "Microsoft" alone opens many a line ("Microsoft 365 Copilot In scope" over "Teams Phone Out of scope"):
    # no wrapped cell (a cell "Microsoft / Teams Phone" is found by its own words on the next line anyway)
    first = 2 if words[0].casefold() == "microsoft" else 1
    for cut in range(first, len(words)):
        head = r"[ \t\-‐]+".join(re.escape(w) for w in words[:cut])
        tail = r"[ \t\-‐]+".join(re.escape(w) for w in words[cut:])
        rx = re.compile(rf"(?m)^[ \t]*({head})(?![\w&])[^\n]*\n[ \t]*{tail}(?![\w&])", flags)
        for m in rx.finditer(seg.text):
            hit = Hit.from_match(doc, seg, m.start(1), m.end(1))
            hits.append(replace(hit, quote=" ".join(words)))
    return hits


def checklist_rows(policy: Policy) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in policy.get_list("workloads", "checklist_row_patterns")]


def on_checklist_row(text: str, start: int, rows: Sequence[re.Pattern[str]], end: int | None = None) -> bool:
    """Whether position ``start`` is on a line that is a row of the template's workload checklist; a name
    ``text[start:end]`` alone on its line is on the row that OCR wrapped onto the line after it or before it
    ("Microsoft Defender for Identity" over "0 Deployment 0 Implementation 0 Adoption/")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = line_end if line_end >= 0 else len(text)
    if any(rx.search(text[line_start:line_end]) for rx in rows):
        return True
    if end is None or re.search(r"[^\W\d_]{2,}", text[line_start:start] + text[end:line_end]):
        return False
    before = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    after_end = text.find("\n", line_end + 1)
    after = text[line_end + 1 : after_end if after_end >= 0 else len(text)]
    return any(rx.search(before) or rx.search(after) for rx in rows)


#: A line of a form's list ("Microsoft Intune enrollment of 96 laptops."), not its narrative: this many words at most.
_ROW_WORDS = 10


def _row_like(hit: Hit) -> bool:
    """Whether a mention is on a line of a tick-box list (a short line that is no sentence), not in the narrative
    below it ("... in Intune between 2 February and 27 March 2026, created 9 compliance")."""
    line = hit.line()
    return len(line.split()) <= _ROW_WORDS and not re.search(r"[.;!?]\s", line.strip())


class _Spans:
    """Spans of text found so far, by segment; asks whether one of them covers a hit in time that grows with
    the spans near the hit, not with all of them (a long document names a workload thousands of times)."""

    def __init__(self) -> None:
        self._by_segment: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}

    def add(self, hit: Hit) -> None:
        spans, widest = self._by_segment.setdefault(id(hit.segment), ([], [0]))
        bisect.insort(spans, (hit.start, hit.end))
        widest[0] = max(widest[0], hit.end - hit.start)

    def covers(self, hit: Hit, longer: bool = False) -> bool:
        """Whether a span holds ``hit`` (and, with ``longer``, is longer than it)."""
        found = self._by_segment.get(id(hit.segment))
        if found is None:
            return False
        spans, widest = found
        width = hit.end - hit.start
        i = bisect.bisect_right(spans, (hit.start, sys.maxsize))
        while i > 0:
            i -= 1
            start, end = spans[i]
            if start < hit.end - widest[0]:
                break
            if end >= hit.end and (not longer or end - start > width):
                return True
        return False


def find_workload(
    claimed: str,
    entry: CatalogueEntry,
    entries: Sequence[CatalogueEntry],
    docs: Sequence[Document],
    rows: Sequence[re.Pattern[str]] = (),
    scope: ScopeRules | None = None,
) -> WorkloadFinding:
    """Every mention of one workload in ``docs``, with the state of its checkbox where it has one and
    whether it puts the workload out of scope."""
    finding = WorkloadFinding(claimed=claimed, entry=entry)
    blockers = _blockers(entry, entries)
    phrases = entry.phrases()
    for doc in docs:
        unread_ticks = scope is not None and scope.unread_ticks(doc)
        blocked = _Spans()
        for phrase in blockers:
            for h in _matches(doc, phrase):
                blocked.add(h)
        seen = _Spans()
        # Longest names first so that "Microsoft Defender for Endpoint" is the quote, not "MDE".
        for phrase, kind in sorted(phrases, key=lambda p: -len(p[0])):
            for h in _matches(doc, phrase):
                if blocked.covers(h, longer=True) or seen.covers(h):
                    continue
                seen.add(h)
                mention = Mention(hit=h, phrase=phrase, kind=kind)
                if scope is not None:
                    mention.out_of_scope = out_of_scope(h.segment.text, h.start, h.end, scope)
                state = text_box_state(h.segment.text, h.start, h.end)
                if state is not None:
                    mention.box = state
                else:
                    box_field = _field_box_state(h, doc.form_fields)
                    if box_field is not None:
                        mention.box = "checked" if box_field.checked else "unchecked"
                        mention.box_quote = f"checkbox '{box_field.label or box_field.name}'"
                    elif (unread_ticks and _row_like(h)) or (
                        rows and on_checklist_row(h.segment.text, h.start, rows, h.end)
                    ):
                        mention.in_checklist = True
                finding.mentions.append(mention)
        for f in doc.form_fields:
            if f.kind != "checkbox" or f.checked is None:
                continue
            label = " ".join(x for x in (f.label, f.name) if x)
            if any(phrase_pattern(p).search(label) for p, kind in phrases if kind != "weak"):
                finding.field_mentions.append((doc, f))
    return finding


# -- reporting -------------------------------------------------------------------------------


def quote_of(hit: Hit, width: int = 120) -> str:
    """The hit's line, cut to ``width`` characters around the hit."""
    line = hit.line()
    if len(line) <= width:
        return " ".join(line.split())
    text = hit.segment.text
    ls = text.rfind("\n", 0, hit.start) + 1
    at = hit.start - ls
    start = max(0, at - width // 3)
    piece = line[start : start + width]
    return ("…" if start else "") + " ".join(piece.split()) + "…"


def where(hit: Hit) -> str:
    if hit.page is not None:
        return f"on page {hit.page} of {hit.document.path}"
    return f"in {hit.document.path}"


def _field_evidence(doc: Document, f: FormField) -> Evidence:
    state = "checked" if f.checked else "unchecked"
    return Evidence(document=doc.path, quote=f"{f.label or f.name} (checkbox {state})", page=f.page, bbox=f.bbox)


@dataclass
class Verdict:
    status: Literal["evidenced", "weak", "unchecked", "conflict", "missing", "unreadable_box", "out_of_scope"]
    text: str
    evidence: list[Evidence]


def _explained_by(
    finding: WorkloadFinding, rivals: Sequence[WorkloadFinding]
) -> tuple[WorkloadFinding, Mention] | None:
    """The other workload that accounts for every weak mention of ``finding`` (with its own mention), or None.

    "Teams" is a family name of TEAMS ROOMS and of TEAMS PHONE alike: when the POE evidences
    Teams Phone by its own names (Direct Routing, Teams Phone) and TEAMS ROOMS only by the shared
    "Teams", the POE is about the other workload, not this one.
    """
    own = {_token_key(p) for p, _ in finding.entry.phrases()}
    weak_keys = {_token_key(m.phrase) for m in finding.weak}
    if not weak_keys:
        return None
    for rival in rivals:
        if rival.entry.name == finding.entry.name:
            continue
        shared = {_token_key(p) for p, _ in rival.entry.phrases()} & weak_keys
        if shared != weak_keys:
            continue
        # evidenced by a name of its own, not by one this workload also answers to
        strong = [m for m in (*rival.checked, *rival.plain) if _token_key(m.phrase) not in own]
        if strong:
            return rival, strong[0]
    return None


def _bare(hit: Hit) -> bool:
    """A mention whose line says nothing but the name (and dates): no work, no figure."""
    line = hit.line().replace(hit.quote, " ")
    for d in reversed(find_dates(line)):
        line = line[: d.start] + " " + line[d.end :]
    return not re.search(r"\d", line) and len(re.findall(r"[^\W\d_]{2,}", line)) <= 1


def judge(finding: WorkloadFinding, rivals: Sequence[WorkloadFinding] = ()) -> Verdict:
    """What one workload's mentions amount to.

    ``rivals`` are the findings of other catalogue workloads sharing its family names: a workload
    named only by such a name while a rival is evidenced by its own names is missing.
    """
    name = finding.claimed
    own = " (not in the workload catalogue; matched on its own words)" if finding.entry.unknown else ""
    if finding.checked:
        m = finding.checked[0]
        return Verdict(
            "evidenced",
            f"{name}: checked {where(m.hit)} ('{quote_of(m.hit)}'){own}",
            [Evidence.from_hit(m.hit, quote_of(m.hit))],
        )
    if finding.checked_fields:
        doc, f = finding.checked_fields[0]
        page = f" on page {f.page}" if f.page else ""
        return Verdict(
            "evidenced",
            f"{name}: checkbox '{f.label or f.name}' is checked{page} of {doc.path}{own}",
            [_field_evidence(doc, f)],
        )
    unchecked = finding.unchecked
    unchecked_ev = [Evidence.from_hit(m.hit, quote_of(m.hit)) for m in unchecked[:1]]
    unchecked_ev += [_field_evidence(d, f) for d, f in finding.unchecked_fields[:1]]
    plain = finding.plain
    if finding.excluded:
        # A workload the POE takes out of scope is not brought back by its bare name on a line of its own
        # (a milestone row "Teams Rooms 12-Mar-2026" under the deck's "DESCOPED - SteerCo 12-Mar-2026").
        plain = [m for m in plain if not _bare(m.hit)]
    if plain:
        # Prefer a mention in running text over one in a list of names.
        m = max(plain, key=lambda x: (x.kind != "feature", len(x.hit.line())))
        ev = [Evidence.from_hit(m.hit, quote_of(m.hit))]
        what = "mentioned" if m.kind != "feature" else f"its feature '{m.phrase}' is mentioned"
        if unchecked_ev:
            return Verdict(
                "conflict",
                f"{name}: {what} {where(m.hit)} ('{quote_of(m.hit)}'), but its box in the workload list "
                f"is unchecked{own}",
                ev + unchecked_ev,
            )
        return Verdict("evidenced", f"{name}: {what} {where(m.hit)} ('{quote_of(m.hit)}'){own}", ev)
    if unchecked_ev:
        q = unchecked_ev[0].quote
        return Verdict("unchecked", f"{name}: only listed with an unchecked box ('{q}'){own}", unchecked_ev)
    if finding.excluded:
        m = finding.excluded[0]
        return Verdict(
            "out_of_scope",
            f"{name}: named only as out of scope {where(m.hit)} ({m.out_of_scope}){own}",
            [Evidence.from_hit(m.hit, quote_of(m.hit))],
        )
    if finding.unreadable_boxes:
        m = finding.unreadable_boxes[0]
        return Verdict(
            "unreadable_box",
            f"{name}: only listed on a tick-box checklist {where(m.hit)} ('{quote_of(m.hit)}'), "
            f"and whether its box is ticked cannot be read{own}",
            [Evidence.from_hit(m.hit, quote_of(m.hit))],
        )
    if finding.weak:
        m = finding.weak[0]
        explained = _explained_by(finding, rivals)
        if explained is not None:
            rival, r = explained
            return Verdict(
                "missing",
                f"{name}: only the name '{m.hit.quote}' appears {where(m.hit)} ('{quote_of(m.hit)}'), which it "
                f"shares with {rival.entry.name}; the POE describes {rival.entry.name} ('{r.hit.quote}' "
                f"{where(r.hit)}: '{quote_of(r.hit)}'), not this workload{own}",
                [Evidence.from_hit(m.hit, quote_of(m.hit)), Evidence.from_hit(r.hit, quote_of(r.hit))],
            )
        return Verdict(
            "weak",
            f"{name}: only the related name '{m.hit.quote}' appears {where(m.hit)} ('{quote_of(m.hit)}'), "
            f"which does not by itself show this workload{own}",
            [Evidence.from_hit(m.hit, quote_of(m.hit))],
        )
    return Verdict("missing", f"{name}: not mentioned in the POE{own}", [])


def _rivals(
    finding: WorkloadFinding,
    entries: Sequence[CatalogueEntry],
    docs: Sequence[Document],
    rows: Sequence[re.Pattern[str]],
) -> list[WorkloadFinding]:
    """Findings of the other workloads answering to the family names ``finding`` was found by alone."""
    if finding.checked or finding.plain or finding.unchecked or finding.unreadable_boxes or not finding.weak:
        return []
    keys = {_token_key(m.phrase) for m in finding.weak}
    out: list[WorkloadFinding] = []
    for other in entries:
        if other.name != finding.entry.name and keys & {_token_key(p) for p, _ in other.phrases()}:
            out.append(find_workload(other.name, other, entries, docs, rows))
    return out


def _disqualified(name: str, entry: CatalogueEntry, verdict: Verdict, docs: Sequence[Document]) -> Verdict | None:
    """The workload named, but the POE says the service is not that workload as the guide defines it."""
    if verdict.status != "evidenced" or not entry.disqualified_by:
        return None
    for doc in docs:
        for rx in entry.disqualified_by:
            hits = doc.search(rx)
            if hits:
                said = quote_of(hits[0])
                text = f"{name}: named, but the POE says '{said}' ({where(hits[0])}): {entry.disqualified_rule}"
                return Verdict("missing", text, [Evidence.from_hit(hits[0], said)])
    if entry.requires_any and not any(doc.search(rx) for doc in docs for rx in entry.requires_any):
        return Verdict(
            "missing", f"{name}: named, but the POE names none of the tools it needs: {entry.requires_rule}", []
        )
    return None


def run(ctx: CheckContext) -> CheckResult:
    claimed = [w.name for w in ctx.claim.workloads]
    if not claimed:
        return result(CHECK_ID, "not_applicable", "The claim names no workload.")
    docs = ctx.evidence_documents()
    if not docs:
        return result(CHECK_ID, "warn", "No POE document in the bundle to compare the claimed workloads with.")
    seen = readability.for_words_or_fields(docs)
    readable, blind = seen.readable, seen.blind
    if not readable:
        names = ", ".join(d.path for d in blind)
        return result(
            CHECK_ID,
            "warn",
            f"No readable text in the POE documents ({names}): the claimed workloads cannot be compared "
            "(a scan without OCR or an unreadable file).",
        )
    entries = catalogue(ctx.policy)
    generic = ctx.policy.get_list("workloads", "generic_words")
    rows = checklist_rows(ctx.policy)
    scope = ScopeRules.from_policy(ctx.policy)
    verdicts: list[Verdict] = []
    facts: list[WorkloadFact] = []
    for name in dict.fromkeys(claimed):
        entry = lookup(name, entries) or unknown_entry(name, generic)
        finding = find_workload(name, entry, entries, readable, rows, scope)
        verdict = judge(finding, _rivals(finding, entries, readable, rows))
        verdict = _disqualified(name, entry, verdict, readable) or verdict
        verdicts.append(verdict)
        facts.append(WorkloadFact(name, verdict.status, verdict.text, tuple(e.quote for e in verdict.evidence)))

    evidence = [e for v in verdicts for e in v.evidence]
    details = "; ".join(v.text for v in verdicts) + "."
    bad = [v for v in verdicts if v.status in ("missing", "unchecked", "out_of_scope")]
    unsure = [v for v in verdicts if v.status in ("weak", "conflict", "unreadable_box")]
    seed = "(seed: What constitutes valid proof of execution, item 4)"
    if bad:
        names = ", ".join(v.text.split(":", 1)[0] for v in bad)
        if blind and all(v.status == "missing" for v in bad):
            unread = ", ".join(d.path for d in blind)
            return result(
                CHECK_ID,
                "warn",
                f"Not found in the readable POE text: {names}; {unread} could not be read and may show them. {details}",
                evidence,
                facts=facts,
            )
        count = f"{len(bad)} of {len(verdicts)} claimed workloads" if len(verdicts) > 1 else "The claimed workload"
        verb = "is" if len(bad) == 1 else "are"
        return result(
            CHECK_ID,
            "fail",
            f"{count} {verb} not evidenced in the POE ({names}) {seed}. {details}",
            evidence,
            facts=facts,
        )
    if unsure:
        return result(CHECK_ID, "warn", f"Workloads to confirm by eye: {details}", evidence, facts=facts)
    return result(CHECK_ID, "pass", f"Every claimed workload is evidenced in the POE. {details}", evidence, facts=facts)
