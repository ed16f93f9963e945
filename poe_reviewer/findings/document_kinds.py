"""What kind of document never counts as POE, recognised by its content: purchase orders, pricing quotes,
licensing contracts, master services agreements, ECIF papers (seed: "These documents will not be accepted as
proof of execution").

The phrases of each kind in ``resources/policy/unacceptable.toml`` are scored, with more weight in the title
area; a kind's title test (and its veto) reads only the real title, an e-mail's subject or a document's
heading; a document describing work (a statement of work that quotes its purchase order number) is not
mistaken for the order. A finding of its own: the unacceptable_documents check reports it, and the language
check asks no translation of a document that never counts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from poe_reviewer.documents.model import Document
from poe_reviewer.findings.acknowledgements import DocText
from poe_reviewer.findings.context import Evidence


@dataclass(frozen=True)
class _Phrase:
    rx: re.Pattern[str]
    weight: int


@dataclass(frozen=True)
class _Kind:
    id: str
    label: str
    plural: str
    seed: str
    rule: str
    titles: tuple[re.Pattern[str], ...]
    not_titles: tuple[re.Pattern[str], ...]
    title_required: bool
    work_override: bool
    exempt_if_acknowledged: bool
    phrases: tuple[_Phrase, ...]


@dataclass(frozen=True)
class _Rules:
    seed: str
    threshold: int
    title_chars: int
    title_lines: int
    title_line_chars: int
    title_bonus: int
    title_weight: int
    min_words_other: int
    work: tuple[_Phrase, ...]
    kinds: tuple[_Kind, ...]


def _phrases(items: Sequence[Mapping[str, Any]]) -> tuple[_Phrase, ...]:
    return tuple(_Phrase(re.compile(str(p["pattern"]), re.IGNORECASE), int(p.get("weight", 1))) for p in items)


_CACHE: dict[int, tuple[Mapping[str, Any], _Rules]] = {}


def policy_rules(section: Mapping[str, Any]) -> _Rules:
    cached = _CACHE.get(id(section))
    if cached is not None and cached[0] is section:
        return cached[1]
    kinds = tuple(
        _Kind(
            id=str(k["id"]),
            label=str(k["label"]),
            plural=str(k.get("plural", k["label"])),
            seed=str(k.get("seed", section.get("seed", ""))),
            rule=str(k.get("rule", "")),
            titles=tuple(re.compile(str(t), re.IGNORECASE) for t in k.get("title", [])),
            not_titles=tuple(re.compile(str(t), re.IGNORECASE) for t in k.get("not_title", [])),
            title_required=bool(k.get("title_required", False)),
            work_override=bool(k.get("work_override", True)),
            exempt_if_acknowledged=bool(k.get("exempt_if_acknowledged", False)),
            phrases=_phrases(k.get("phrases", [])),
        )
        for k in section.get("kinds", [])
    )
    compiled = _Rules(
        seed=str(section.get("seed", "")),
        threshold=int(section.get("threshold", 5)),
        title_chars=int(section.get("title_chars", 600)),
        title_lines=int(section.get("title_lines", 3)),
        title_line_chars=int(section.get("title_line_chars", 100)),
        title_bonus=int(section.get("title_bonus", 2)),
        title_weight=int(section.get("title_weight", 0)),
        min_words_other=int(section.get("min_words_other", 30)),
        work=_phrases(section.get("work", {}).get("phrases", [])),
        kinds=kinds,
    )
    _CACHE[id(section)] = (section, compiled)
    return compiled


@dataclass
class Classified:
    """A document recognised as one of the kinds that never count as POE."""

    doc: Document
    kind: _Kind
    score: int
    work_score: int
    evidence: list[Evidence] = field(default_factory=list)


def text_of(doc: Document) -> DocText:
    """The text a document's kind is read from (its own words, with their places for the evidence)."""
    return DocText(doc)


def _score(phrases: Sequence[_Phrase], dt_: DocText, title_end: int, bonus: int) -> tuple[int, list[tuple[int, int]]]:
    total = 0
    spans: list[tuple[int, int]] = []
    for p in phrases:
        m = p.rx.search(dt_.text)
        if m is None:
            continue
        total += p.weight + (bonus if m.start() < title_end else 0)
        spans.append((m.start(), m.end()))
    return total, spans


_SUBJECT_LINE = re.compile(r"^\s*Subject\s*:\s*(?P<subject>.+)$", re.IGNORECASE | re.MULTILINE)


# words in capitals opening a line, before a word that is not ("PURCHASE ORDER" in "PURCHASE ORDER No. 4500")
_CAPS_HEAD = re.compile(r"^((?:[A-ZÀ-Ý]{2,}[ \t]+)*[A-ZÀ-Ý]{2,}(?:[ \t]+[A-ZÀ-Ý]{2,})+)(?=[ \t]+\S*[a-zà-ÿ])")


def title_of(doc: Document, text: str, rules: _Rules) -> str:
    """The document's real title: an e-mail's subject, else its first short lines and the headings
    set in capitals near its top.

    Only the title says what a document is: a body sentence ("please send the invoice to ap@...")
    says nothing about the kind of the e-mail or page it stands in.
    """
    if doc.email is not None:
        return doc.email.subject or ""
    lines: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            if lines:
                break  # the heading ends at the first blank line after it
            continue
        if len(line) > rules.title_line_chars:
            break  # running text: the heading is over
        lines.append(line)
        if len(lines) >= rules.title_lines:
            break
    # a heading set in capitals under a letterhead ("PURCHASE ORDER" below the buyer's address)
    for raw in text[: rules.title_chars].splitlines():
        line = " ".join(raw.split())
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 6 and line.upper() == line and len(line) <= rules.title_line_chars and "@" not in line:
            lines.append(line)
        elif m := _CAPS_HEAD.match(line):  # "PURCHASE ORDER No. 45001822": the heading, then its number
            lines.append(m.group(1))
    # an e-mail printed to PDF: its subject line is its title
    head = "\n".join(text.splitlines()[:12])
    printed = _SUBJECT_LINE.search(head)
    if printed:
        lines.append(printed.group("subject").strip())
    return "\n".join(dict.fromkeys(lines))


def classify(doc: Document, rules: _Rules) -> Classified | None:
    """The best-scoring never-counting kind of ``doc``, or None when it is none of them."""
    dt_ = text_of(doc)
    if not dt_.text.strip():
        return None
    title_area = title_of(doc, dt_.text, rules)
    work: int | None = None  # scored only when a kind needs the comparison
    best: Classified | None = None
    for kind in rules.kinds:
        # the title tests are cheap (a few hundred characters): they go first
        if kind.title_required and not any(t.search(title_area) for t in kind.titles):
            continue
        if any(t.search(title_area) for t in kind.not_titles):
            continue
        score, spans = _score(kind.phrases, dt_, rules.title_chars, rules.title_bonus)
        if any(t.search(title_area) for t in kind.titles):
            score += rules.title_weight
        if score < rules.threshold:
            continue
        if kind.work_override:
            if work is None:
                work = _score(rules.work, dt_, rules.title_chars, rules.title_bonus)[0]
            if work >= score:
                continue
        if best is None or score > best.score:
            evidence = [dt_.evidence(s, e, _quote(dt_, s, e)) for s, e in sorted(spans)[:4]]
            best = Classified(doc, kind, score, work or 0, evidence)
    return best


def _quote(dt_: DocText, start: int, end: int) -> str:
    """The line of a phrase when it is a short label line, else the phrase itself."""
    line = " ".join(dt_.line_at(start).split())
    return line if len(line) <= 60 else " ".join(dt_.text[start:end].split())
