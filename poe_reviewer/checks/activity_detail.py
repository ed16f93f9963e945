"""Check ``activity_detail``: the POE states the partner's activities in detail.

Seed, "What constitutes valid proof of execution", item 3. Acceptable: the number of users
or infrastructure impacted per workload, timelines, the customer's challenges, a detailed
explanation of the services and technology per product group. Insufficient: general
product benefits, lists of high-level tasks ("testing, ongoing support"), generic templates.

The check measures specificity over the POE text in four dimensions and adds them up
with the weights of ``resources/policy/activity.toml``:

* scope: counts of users, devices, seats ("Approximately 1000 users", "~900 Windows 10
  workstations"), also as a labelled count ("Users in scope | 1,350", "Devices: 900");
* timeline: phases, weeks, quarters, milestones, a range or schedule of dates;
* concrete tasks: a sentence or bullet with an action verb and a technology term or a
  workload name ("Manage Hybrid Azure AD join and Group Policy for Windows 10 enrollment"),
  or a deliverable named without a verb, tied to a technology or counted ("App connectors for
  Microsoft 365, Salesforce and Google Workspace", "9 activity and file policies");
* the customer's challenges or current situation.

Generic text does not count: product-benefit phrases, second-person promotional wording, comma lists of one- or
two-word tasks, whatever follows a boilerplate lead-in such as "Provides remote guidance for:", checkbox rows.
A partner-activity engagement the POE itself shows was not delivered fails (``findings/delivery.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.checks.workload_match import checklist_rows, on_checklist_row
from poe_reviewer.dates import dayfirst_for, find_dates
from poe_reviewer.documents.model import Document, Hit, Segment
from poe_reviewer.findings import readability
from poe_reviewer.findings.checkboxes import CHECKBOX_MARK
from poe_reviewer.findings.delivery import not_delivered
from poe_reviewer.findings.facts import ActivityFact
from poe_reviewer.findings.workloads import catalogue
from poe_reviewer.policy import Policy

CHECK_ID = "activity_detail"

_BULLET = re.compile(r"^\s*(?:[-•●▪◦·*‣–o]|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)])\s+", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:section|part|step|appendix|schedule)\s+[\dA-Z]", re.IGNORECASE)
# Numbers right after these words are product versions, not counts ("Office 365 users").
_PRODUCT_BEFORE = re.compile(
    r"\b(?:office|microsoft|dynamics|windows|server|exchange|sql|m|o|d|365|azure|ios|android|v|version)\s*$",
    re.IGNORECASE,
)
_MAX_BLOCK_LINES = 12
# A sentence ends at . ; ! ? followed by a space or the end: not inside "2.1 TB" or "v1.2".
_SENTENCE = re.compile(r"(?:[^.;!?]|[.;!?](?=\S))+(?:[.;!?]+|$)")
# A count: a number (not a product version or a year) before a word ("9 activity policies").
_COUNT = re.compile(
    r"(?<![\w.,/-])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\+?\s+(?=[^\W\d_])"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",  # a day of a date counts nothing
    re.IGNORECASE,
)


@dataclass
class Item:
    """A sentence or bullet of the POE text, located."""

    document: Document
    segment: Segment
    start: int
    end: int
    text: str
    boilerplate: bool = False

    def hit(self, start: int | None = None, end: int | None = None) -> Hit:
        return Hit.from_match(
            self.document,
            self.segment,
            self.start if start is None else start,
            self.end if end is None else end,
        )

    def quote(self, width: int = 140) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class Findings:
    scope: list[tuple[Item, int, int]] = field(default_factory=list)
    timeline: list[tuple[Item, int, int]] = field(default_factory=list)
    tasks: list[Item] = field(default_factory=list)
    challenges: list[tuple[Item, int, int]] = field(default_factory=list)
    generic: list[tuple[Item, int, int]] = field(default_factory=list)
    listed_tasks: list[Item] = field(default_factory=list)
    distinct_dates: list[tuple[Item, int, int]] = field(default_factory=list)
    #: The scan stopped early because the verdict was settled (counts are lower bounds).
    capped: bool = False


# -- policy ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    roles: frozenset[str]
    weights: Mapping[str, Any]
    units: tuple[str, ...]
    qualifiers: tuple[str, ...]
    label_words: tuple[str, ...]
    timeline_patterns: tuple[str, ...]
    min_distinct_dates: int
    min_words: int
    verbs: tuple[str, ...]
    terms: tuple[str, ...]
    deliverables: tuple[str, ...]
    benefit_words: tuple[str, ...]
    challenges: tuple[str, ...]
    generic: tuple[str, ...]
    lead_ins: tuple[str, ...]
    template_phrases: tuple[str, ...]
    max_words_per_listed_task: int
    max_chars: int
    seed: str
    #: the header row of a table of the work done per workload ("Workload | Activities delivered | Status")
    table_headers: tuple[str, ...] = ()

    @classmethod
    def from_policy(cls, policy: Mapping[str, Any]) -> Settings:
        def strings(section: str, key: str) -> tuple[str, ...]:
            value = policy.get(section, {}).get(key, []) if section else policy.get(key, [])
            return tuple(str(v) for v in value)

        return cls(
            roles=frozenset(strings("", "roles")) or frozenset({"poe", "supporting"}),
            weights=dict(policy.get("score", {})),
            units=strings("scope", "units"),
            qualifiers=strings("scope", "qualifiers"),
            label_words=strings("scope", "label_words"),
            timeline_patterns=strings("timeline", "patterns"),
            min_distinct_dates=int(policy.get("timeline", {}).get("min_distinct_dates", 2)),
            min_words=int(policy.get("tasks", {}).get("min_words", 3)),
            verbs=strings("tasks", "verbs"),
            terms=strings("tasks", "terms"),
            deliverables=strings("tasks", "deliverables"),
            benefit_words=strings("tasks", "benefit_words"),
            challenges=strings("challenges", "phrases"),
            generic=strings("generic", "phrases"),
            lead_ins=strings("generic", "lead_ins"),
            template_phrases=strings("generic", "template_phrases"),
            max_words_per_listed_task=int(policy.get("generic", {}).get("max_words_per_listed_task", 3)),
            max_chars=int(policy.get("max_chars", 150000)),
            seed=str(policy.get("seed", "What constitutes valid proof of execution, item 3")),
            table_headers=strings("tasks", "table_headers"),
        )

    def weight(self, key: str, default: int) -> int:
        return int(self.weights.get(key, default))


@lru_cache(maxsize=64)
def phrase_regex(phrases: tuple[str, ...], case_sensitive: bool = False) -> re.Pattern[str] | None:
    """One whole-word alternation of ``phrases`` (longest first), spacing and hyphens flexible."""
    if not phrases:
        return None
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s\-]+", p.strip()) if w]
        if words:
            parts.append(r"[\s\-]*".join(words))
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})(?![\w])", flags)


def _workload_phrases(policy: Policy) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Workload aliases and features from workloads.toml: (mixed-case phrases, acronyms)."""
    mixed: list[str] = []
    acronyms: list[str] = []
    for entry in catalogue(policy):
        for phrase in (*entry.aliases, *entry.features):
            (acronyms if phrase == phrase.upper() else mixed).append(phrase)
    return tuple(sorted(set(mixed))), tuple(sorted(set(acronyms)))


# -- splitting the text into items -----------------------------------------------------------


def items_of(doc: Document, settings: Settings) -> Iterator[Item]:
    """Sentences and bullets of the document's text, PDF line wraps joined, boilerplate marked."""
    lead_in = phrase_regex(settings.lead_ins)
    budget = settings.max_chars
    for seg in doc.segments:
        if seg.label in ("headers", "filename") or not seg.text.strip():
            continue
        if budget <= 0:
            return
        text = seg.text
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[:budget])]
        budget -= len(text)
        # Join wrapped lines: a line that starts in lower case continues the previous one.
        blocks: list[list[int]] = []
        for s, e in lines:
            line = text[s:e]
            starts_new = (
                not blocks
                or _BULLET.match(line) is not None
                or not line.lstrip()[:1].islower()
                or text[blocks[-1][1] - 1 : blocks[-1][1]] in ".:;!?"
            )
            if starts_new:
                blocks.append([s, e])
            else:
                blocks[-1][1] = e
        boiler_left = 0
        previous_end = 0
        for s, e in blocks:
            line = text[s:e]
            if boiler_left and (text[previous_end:s].count("\n") > 1 or _HEADING.match(line)):
                boiler_left = 0
            previous_end = e
            in_boilerplate = boiler_left > 0
            if boiler_left:
                boiler_left -= 1
            # Sentences within the line.
            pieces = [(m.start() + s, m.end() + s) for m in _SENTENCE.finditer(line)]
            for ps, pe in pieces or [(s, e)]:
                piece = text[ps:pe]
                if not piece.strip():
                    continue
                # Skip leading spaces and the bullet so the quote and the box start at the words.
                bullet = _BULLET.match(piece)
                lead = bullet.end() if bullet else len(piece) - len(piece.lstrip())
                if not piece[lead:].strip():
                    continue
                yield Item(doc, seg, ps + lead, pe, piece[lead:].strip(), boilerplate=in_boilerplate)
            if lead_in is not None and lead_in.search(line) and line.rstrip().endswith(":"):
                boiler_left = _MAX_BLOCK_LINES


# -- measuring -------------------------------------------------------------------------------


def _scope_regex(settings: Settings) -> re.Pattern[str]:
    return _scope_regex_cached(settings.units, settings.qualifiers)


@lru_cache(maxsize=8)
def _scope_regex_cached(units: tuple[str, ...], qualifiers: tuple[str, ...]) -> re.Pattern[str]:
    unit_alt = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(units, key=len, reverse=True))
    qual_alt = "|".join(re.escape(q) for q in sorted(qualifiers, key=len, reverse=True))
    number = r"\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?[kK]?"
    return re.compile(
        # "1,350 users", "240 field technicians", and the compound "a 12-person customs team"
        rf"(?:(?:{qual_alt})\s*)?(?<![\w.,/-])(?P<n>{number})(?:\s*\+?\s+(?:[\w\-/]+\s+){{0,3}}?|-)(?:{unit_alt})(?![\w])",
        re.IGNORECASE,
    )


def _labelled_scope_regex(settings: Settings) -> re.Pattern[str] | None:
    return _labelled_scope_cached(settings.units, settings.label_words, settings.qualifiers)


@lru_cache(maxsize=8)
def _labelled_scope_cached(
    units: tuple[str, ...], label_words: tuple[str, ...], qualifiers: tuple[str, ...]
) -> re.Pattern[str] | None:
    """ "Users in scope | 1,350", "Devices: 900": a unit as a label, then its count on the same line."""
    if not units:
        return None

    def alt(words: Sequence[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    after = rf"(?:[ \t]+(?:{alt(label_words)}))?" if label_words else ""
    qual = rf"(?:(?:{alt(qualifiers)})[ \t]*)?" if qualifiers else ""
    number = r"\d{1,3}(?:,\d{3})+|\d+"
    return re.compile(
        rf"(?<![\w])(?P<unit>{alt(units)}){after}[ \t]*[:|–\-]?[ \t]*{qual}(?P<n>{number})"
        r"(?![\w.,/]|\s*[-–/]\s*\d|\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b|\s*%)",
        re.IGNORECASE,
    )


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


def _counted(span: str) -> bool:
    """Whether the text counts something ("9 activity policies"), product versions and years aside."""
    for m in _COUNT.finditer(span):
        if m.group("n") in ("0",) or _is_year(m.group("n")) or _PRODUCT_BEFORE.search(span[: m.start("n")]):
            continue
        return True
    return False


def measure(docs: Sequence[Document], settings: Settings, policy: Policy, dayfirst: bool) -> Findings:
    found = Findings()
    scope_rx = _scope_regex(settings)
    labelled_rx = _labelled_scope_regex(settings)
    deliverable_rx = phrase_regex(settings.deliverables)
    benefit_rx = phrase_regex(settings.benefit_words)
    timeline_rx = [re.compile(p, re.IGNORECASE) for p in settings.timeline_patterns]
    verbs = phrase_regex(settings.verbs)
    terms = phrase_regex(settings.terms)
    mixed, acronyms = _workload_phrases(policy)
    products = phrase_regex(mixed)
    product_acronyms = phrase_regex(acronyms, case_sensitive=True)
    challenges = phrase_regex(settings.challenges)
    generic = phrase_regex(settings.generic)
    template = phrase_regex(settings.template_phrases)
    rows = checklist_rows(policy)
    headers = [re.compile(p, re.IGNORECASE) for p in settings.table_headers]
    units = frozenset(u.casefold() for u in settings.units)
    dates_seen: dict[object, tuple[Item, int, int]] = {}

    for doc in docs:
        for item in items_of(doc, settings):
            text = item.segment.text
            span = text[item.start : item.end]
            generic_hit = generic.search(span) if generic else None
            if generic_hit:
                found.generic.append((item, item.start + generic_hit.start(), item.start + generic_hit.end()))
            second_person = re.search(r"\byour?\b", span, re.IGNORECASE) is not None
            if item.boilerplate:
                found.generic.append((item, item.start, item.end))
                continue
            # The template's own sentences and its workload checklist rows say nothing specific.
            if (
                CHECKBOX_MARK.search(span) is not None
                or (template is not None and template.search(span) is not None)
                or on_checklist_row(text, item.start, rows)
            ):
                continue
            scoped: list[tuple[int, int]] = []
            for m in scope_rx.finditer(span):
                if m.group("n") in ("0",) or _PRODUCT_BEFORE.search(span[: m.start("n")]):
                    continue
                scoped.append((m.start(), m.end()))
            for m in labelled_rx.finditer(span) if labelled_rx is not None else ():
                if m.group("n") in ("0",) or _is_year(m.group("n")):
                    continue
                if not any(s <= m.start("n") < e for s, e in scoped):  # "Users: 140 technicians" once
                    scoped.append((m.start(), m.end()))
            found.scope.extend((item, item.start + s, item.start + e) for s, e in sorted(scoped))
            for rx in timeline_rx:
                for m in rx.finditer(span):
                    found.timeline.append((item, item.start + m.start(), item.start + m.end()))
            for d in find_dates(span, dayfirst=dayfirst):
                if d.time is None:
                    dates_seen.setdefault(d.date, (item, item.start + d.start, item.start + d.end))
            if challenges:
                challenge = challenges.search(span)
                if challenge and not second_person:
                    found.challenges.append((item, item.start + challenge.start(), item.start + challenge.end()))
            if generic_hit or second_person:
                continue
            words = span.split()
            if len(words) < settings.min_words:
                continue
            has_verb = verbs is not None and verbs.search(span) is not None
            has_term = any(rx is not None and rx.search(span) is not None for rx in (terms, products, product_acronyms))
            if _is_task_list(span, settings) and not has_term:
                found.listed_tasks.append(item)
                continue
            technology = (terms, products, product_acronyms)
            named = (products, product_acronyms)
            if (
                (has_verb and (has_term or bool(scoped)))  # "Pilot with the Wales team (12 users)"
                or _is_deliverable(span, deliverable_rx, benefit_rx, technology, named)
                or _configured_features(span, deliverable_rx, benefit_rx, technology, units)
                or (
                    (has_term or _counted(span) or _names_product(span, named))
                    and _in_work_table(text, item.start, headers)
                )
            ):
                found.tasks.append(item)
            if _enough(found, settings):
                # Every part of the verdict is settled: a long POE need not be read to the end.
                found.capped = True
                return found
    if len(dates_seen) >= settings.min_distinct_dates:
        found.distinct_dates = list(dates_seen.values())
    return found


def _is_deliverable(
    span: str,
    deliverable_rx: re.Pattern[str] | None,
    benefit_rx: re.Pattern[str] | None,
    technology: Sequence[re.Pattern[str] | None],
    products: Sequence[re.Pattern[str] | None] = (),
) -> bool:
    """A deliverable named without an action verb ("9 activity and file policies", "App connectors
    for Salesforce"), tied to a technology or counted, and not a product's promise."""
    if deliverable_rx is None or (benefit_rx is not None and benefit_rx.search(span)):
        return False
    tech = [(m.start(), m.end()) for rx in technology if rx is not None for m in rx.finditer(span)]
    names = [(m.start(), m.end()) for rx in products if rx is not None for m in rx.finditer(span)]
    # a deliverable of its own, not a word of a product's name ("Apps" in "Defender for Cloud Apps")
    own = [
        d
        for d in deliverable_rx.finditer(span)
        if not any(s <= d.start() and d.end() <= e and (e - s) > (d.end() - d.start()) for s, e in names)
    ]
    if not own:
        return False
    if _counted(span):
        return True
    # a technology named besides the deliverable itself ("connectors" alone ties nothing)
    return any(e <= d.start() or s >= d.end() for d in own for s, e in tech)


def _configured_features(
    span: str,
    deliverable_rx: re.Pattern[str] | None,
    benefit_rx: re.Pattern[str] | None,
    technology: Sequence[re.Pattern[str] | None],
    units: frozenset[str],
) -> bool:
    """Features of a workload set up for something counted or built ("Defender for Endpoint: 470
    devices, ASR rules in block mode", "DLP policies for Exchange, SharePoint and Teams"): two
    technologies or more besides what is counted ("~900 Windows 10 workstations" is scope), with a
    count or a deliverable (a word of a product's name too), and no promise."""
    if benefit_rx is not None and benefit_rx.search(span):
        return False
    named = {m.group().casefold() for rx in technology if rx is not None for m in rx.finditer(span)} - units
    if len(named) < 2:
        return False
    return _counted(span) or (deliverable_rx is not None and deliverable_rx.search(span) is not None)


def _names_product(span: str, products: Sequence[re.Pattern[str] | None]) -> bool:
    return any(rx is not None and rx.search(span) is not None for rx in products)


#: How many lines above a row its table's header may stand.
_TABLE_REACH = 14


def _in_work_table(text: str, start: int, headers: Sequence[re.Pattern[str]]) -> bool:
    """Whether ``start`` is in a row of a table of the work done per workload: its header row
    ("Workload | Activities delivered | Status") stands above, with no heading between. Such a row
    is the seed's "detailed explanation of the services and technology per product group"."""
    if not headers:
        return False
    end = text.rfind("\n", 0, start)
    for _ in range(_TABLE_REACH):
        if end < 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if any(rx.search(line) for rx in headers):
            return True
        if _TABLE_END.match(line):
            return False
        end = begin - 1
    return False


#: A heading that ends a table: a short line of words without figures ("Key figures", "3. Milestones").
_TABLE_END = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^\d|;,:()]{0,30}$")


def _enough(found: Findings, settings: Settings) -> bool:
    """True when more text cannot change the verdict or the quotes shown (a clear pass)."""
    return (
        len(found.scope) >= 3
        and len(found.timeline) >= 3
        and len(found.challenges) >= 1
        and len(found.tasks) >= max(settings.weight("max_tasks", 4), settings.weight("min_tasks", 2), 3)
    )


def _is_task_list(span: str, settings: Settings) -> bool:
    """ "testing, ongoing support, training": comma-separated items of a few words each."""
    parts = [p for p in re.split(r",|\band\b", span) if p.strip()]
    if len(parts) < 3:
        return False
    return all(len(p.split()) <= settings.max_words_per_listed_task for p in parts)


# -- the verdict -----------------------------------------------------------------------------


def _ev(item: Item, start: int | None = None, end: int | None = None) -> Evidence:
    hit = item.hit(start, end)
    return Evidence.from_hit(hit, item.quote())


def run(ctx: CheckContext) -> CheckResult:
    policy_section = ctx.policy["activity"]
    settings = Settings.from_policy(policy_section)
    docs = [d for top in ctx.documents if top.role in settings.roles for d in top.walk()]
    if not docs:
        return result(CHECK_ID, "warn", "No POE document in the bundle describing the activities.")
    seen = readability.for_words(docs)
    readable, blind = seen.readable, seen.blind
    if not readable:
        names = ", ".join(d.path for d in blind)
        return result(
            CHECK_ID,
            "warn",
            f"No readable text in the POE documents ({names}: a scan without OCR or an unreadable file); "
            "judge the detail of the activities by eye.",
        )

    if (gone := not_delivered(ctx.claim, ctx.documents, ctx.policy)) is not None:  # the partner's own upload says so
        return result(CHECK_ID, "fail", gone.summary, [Evidence.from_hit(gone.hit)], reject=gone.stopped)
    dayfirst = dayfirst_for(ctx.claim.customer.country, ctx.policy)
    found = measure(readable, settings, ctx.policy, dayfirst)
    has_scope = bool(found.scope)
    has_timeline = bool(found.timeline) or bool(found.distinct_dates)
    has_challenges = bool(found.challenges)
    task_count = len(found.tasks)
    score = (
        min(task_count, settings.weight("max_tasks", 4)) * settings.weight("task", 1)
        + (settings.weight("scope", 2) if has_scope else 0)
        + (settings.weight("timeline", 2) if has_timeline else 0)
        + (settings.weight("challenge", 1) if has_challenges else 0)
    )

    present: list[str] = []
    missing: list[str] = []
    evidence: list[Evidence] = []
    users: list[str] = []
    timeline: list[str] = []
    if has_scope:
        quotes = list(dict.fromkeys(" ".join(i.segment.text[s:e].split()) for i, s, e in found.scope))
        users = quotes[:3]
        present.append("users/devices in scope (" + ", ".join(f"'{q}'" for q in users) + ")")
        evidence += [_ev(i, s, e) for i, s, e in found.scope[:2]]
    else:
        missing.append("no users or devices in scope")
    if has_timeline:
        marks = found.timeline or found.distinct_dates
        by_key = {
            " ".join(i.segment.text[s:e].split()).casefold(): " ".join(i.segment.text[s:e].split())
            for i, s, e in reversed(marks)
        }
        quotes = list(dict.fromkeys(by_key[" ".join(i.segment.text[s:e].split()).casefold()] for i, s, e in marks))
        timeline = quotes[:3]
        present.append("a timeline (" + ", ".join(f"'{q}'" for q in timeline) + ")")
        evidence += [_ev(i, s, e) for i, s, e in marks[:1]]
    else:
        missing.append("no timeline")
    if task_count:
        present.append(
            f"{'at least ' if found.capped else ''}{task_count} concrete task{'s' if task_count > 1 else ''} "
            "tied to a technology "
            f"(e.g. '{found.tasks[0].quote(100)}')"
        )
        evidence += [_ev(i) for i in found.tasks[:3]]
    if task_count < settings.weight("min_tasks", 2):
        generic_quotes = list(dict.fromkeys(i.quote(100) for i, _, _ in found.generic))
        listed = [i.quote(100) for i in found.listed_tasks]
        if generic_quotes or listed:
            missing.append("tasks are generic (" + ", ".join(f"'{q}'" for q in (generic_quotes + listed)[:2]) + ")")
            evidence += [_ev(i) for i, _, _ in found.generic[:2]] + [_ev(i) for i in found.listed_tasks[:1]]
        else:
            missing.append("no concrete tasks tied to a workload" if not task_count else "few concrete tasks")
    if has_challenges:
        i, s, e = found.challenges[0]
        present.append(f"the customer's situation ('{i.quote(100)}')")
        evidence.append(_ev(i, s, e))
    else:
        missing.append("no customer challenges")

    facts = [ActivityFact(tuple(users), tuple(timeline), task_count, found.capped, has_challenges)]
    seed = f"seed: {settings.seed}"
    found_text = "; ".join(present)
    missing_text = ", ".join(missing)
    pass_score, warn_score = settings.weight("pass_score", 4), settings.weight("warn_score", 3)
    one_task = task_count == 1 and score >= settings.weight("one_task_pass_score", 5)
    if (score >= pass_score and task_count >= settings.weight("min_tasks", 2)) or one_task:
        summary = f"The POE states the activities in detail: {found_text}."
        if missing:
            summary += f" Not stated: {missing_text}."
        return result(CHECK_ID, "pass", summary, evidence, facts=facts)
    if score < warn_score:
        summary = f"The POE does not state the activities in detail ({seed}): {missing_text}."
        if present:
            summary += f" Found only: {found_text}."
        if blind:
            unread = ", ".join(d.path for d in blind)
            return result(
                CHECK_ID,
                "warn",
                f"{summary} {unread} could not be read and may hold the details.",
                evidence,
                facts=facts,
            )
        return result(CHECK_ID, "fail", summary, evidence, facts=facts)
    summary = f"The activities are only partly detailed ({seed}): {found_text or 'little'}; {missing_text}."
    return result(CHECK_ID, "warn", summary, evidence, facts=facts)
