"""Reviewer comment templates: the index in ``resources/templates/templates.toml`` and its Jinja2 files.

Templates are written from the seed's reviewer comments and are filled from the claim and the
failing checks' summaries; the reviewer edits the text before saving the decision. They are
rendered in Jinja2's immutable sandbox with ``StrictUndefined`` and no autoescaping (comments are
plain text): a template can read the values it is given and nothing else, so templates edited by
next year's team stay inert, and a misspelt variable fails loudly instead of leaving a gap in a
comment sent to a partner. Claim data (partner and customer names) is passed as values, never
compiled as template source, so braces in a company name are printed as they are.

:func:`suggest_template` picks the template for the most important failing check: reject-class
failures first, then the order of the index.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from poe_reviewer import clocks
from poe_reviewer.claim import Claim
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.findings.results import CheckResult, final_round
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.resources import resource_path

INDEX_FILE = "templates.toml"
TEMPLATE_VERDICTS = ("approve", "reject", "action_required")
_PROGRAMS = ("cpor", "partner_activities")
_PROGRAM_NAMES = {"cpor": "CPOR", "partner_activities": "Partner Activities"}
# Check summaries cite the seed for reviewers ("(seed: Claim Expiration Timelines)"); partners
# do not know that document by that name.
_SEED_CITATION = re.compile(r"\s*\(seed:\s*(?:[^()]|\([^()]*\))*\)")


class TemplateError(PoeReviewerError):
    """The template index or a template is broken, or a template id is unknown."""


class TemplateSecurityError(TemplateError, SecurityError):
    """A template tried to reach past the values it was given (an unsafe attribute or call)."""


@dataclass(frozen=True)
class CommentTemplate:
    id: str
    title: str
    verdict: str
    seed: str
    body: str
    file: str = ""
    #: Check ids this template answers ("*": any check); empty: chosen by hand only.
    checks: tuple[str, ...] = ()
    #: A failing check's summary must match this (e.g. "forwarded"), when set.
    summary_pattern: str | None = None
    #: True: only reject-class failures; False: only fixable ones; None: both.
    reject_class: bool | None = None
    programs: tuple[str, ...] = _PROGRAMS

    def covers(self, result: CheckResult) -> bool:
        """Whether ``result`` is the kind of problem this template explains."""
        if "*" not in self.checks and result.id not in self.checks:
            return False
        if self.reject_class is not None and result.status == "fail" and result.reject != self.reject_class:
            return False
        return self.summary_pattern is None or re.search(self.summary_pattern, result.summary) is not None


def _as_str(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _as_str_list(entry: Mapping[str, Any], key: str, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = entry.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _withheld(index: Mapping[str, Any]) -> dict[str, str]:
    raw = index.get("withheld", {})
    if not isinstance(raw, Mapping) or not all(isinstance(v, str) and v.strip() for v in raw.values()):
        raise TemplateError(f"{INDEX_FILE}: [withheld] must map check ids to sentences")
    return {str(k): str(v).strip() for k, v in raw.items()}


def _signature_lines(index: Mapping[str, Any]) -> dict[str, str]:
    raw = index.get("signature", {})
    if not isinstance(raw, Mapping):
        raise TemplateError(f"{INDEX_FILE}: [signature] must be a table")
    return {p: str(raw.get(p, "POE Validation Team")) for p in _PROGRAMS}


class TemplateLibrary:
    """The templates of one directory (the project's ``resources/templates`` by default)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        index_path = directory / INDEX_FILE
        try:
            index = tomllib.loads(index_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise TemplateError(f"{index_path}: {exc}") from exc
        self.signatures = _signature_lines(index)
        self.withheld = _withheld(index)
        self.env = ImmutableSandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(directory), encoding="utf-8"),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.templates = self._read_index(index, index_path)
        self._by_id = {t.id: t for t in self.templates}

    def _read_index(self, index: Mapping[str, Any], index_path: Path) -> list[CommentTemplate]:
        entries = index.get("template", [])
        if not isinstance(entries, list) or not entries:
            raise TemplateError(f"{index_path}: no [[template]] entries")
        templates: list[CommentTemplate] = []
        seen: set[str] = set()
        for n, entry in enumerate(entries, 1):
            where = f"{index_path}: template #{n}"
            if not isinstance(entry, Mapping):
                raise TemplateError(f"{where} must be a table")
            tid = _as_str(entry, "id", where)
            where = f"{index_path}: template '{tid}'"
            if tid in seen:
                raise TemplateError(f"{where} is listed twice")
            seen.add(tid)
            verdict = _as_str(entry, "verdict", where)
            if verdict not in TEMPLATE_VERDICTS:
                raise TemplateError(f"{where}: verdict must be one of {', '.join(TEMPLATE_VERDICTS)}, not {verdict!r}")
            file = _as_str(entry, "file", where)
            path = (self.directory / file).resolve()
            if path.parent != self.directory.resolve() or not path.is_file():
                raise TemplateError(f"{where}: file {file!r} is not a file of {self.directory}")
            body = path.read_text(encoding="utf-8")
            try:
                self.env.parse(body)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(f"{where}: {file} line {exc.lineno}: {exc.message}") from exc
            pattern = entry.get("summary")
            if pattern is not None:
                try:
                    re.compile(str(pattern))
                except re.error as exc:
                    raise TemplateError(f"{where}: summary is not a regular expression: {exc}") from exc
            reject_class = entry.get("reject_class")
            if reject_class is not None and not isinstance(reject_class, bool):
                raise TemplateError(f"{where}: reject_class must be true or false")
            programs = _as_str_list(entry, "programs", where, _PROGRAMS)
            unknown = [p for p in programs if p not in _PROGRAMS]
            if unknown:
                raise TemplateError(f"{where}: unknown program {unknown[0]!r}")
            templates.append(
                CommentTemplate(
                    id=tid,
                    title=_as_str(entry, "title", where),
                    verdict=verdict,
                    seed=_as_str(entry, "seed", where),
                    body=body,
                    file=file,
                    checks=_as_str_list(entry, "checks", where, ()),
                    summary_pattern=None if pattern is None else str(pattern),
                    reject_class=reject_class,
                    programs=programs,
                )
            )
        return templates

    def get(self, template_id: str) -> CommentTemplate:
        try:
            return self._by_id[template_id]
        except KeyError:
            raise TemplateError(f"There is no comment template '{template_id}'.") from None

    def context(
        self,
        template: CommentTemplate,
        claim: Claim,
        results: Sequence[CheckResult],
        *,
        reviewer_name: str,
        extra: Mapping[str, str] | None,
        respond_by: dt.date | None,
        policy: Policy,
    ) -> dict[str, Any]:
        """The values a template sees: plain strings, numbers, lists and dicts only."""
        fails = sorted((r for r in results if r.status == "fail"), key=lambda r: not r.reject)
        findings = [r for r in fails if template.covers(r)]
        if not findings and "*" in template.checks:
            # A catch-all chosen by hand: every failure is a reason.
            findings = fails
        elif not findings:
            # Chosen by hand for a check that only warned: the warning is what the comment is about.
            findings = [r for r in results if r.status == "warn" and template.covers(r)]
        shown = {id(r) for r in findings}
        others = [r for r in fails if id(r) not in shown]
        if template.verdict == "action_required" and respond_by is None:
            respond_by = clocks.respond_by(claim, dt.datetime.now(dt.UTC), policy)
        return {
            "claim": claim_values(claim),
            "failures": [self._result_values(r) for r in fails],
            "findings": [self._result_values(r) for r in findings],
            "others": [self._result_values(r) for r in others],
            "respond_by": long_date(respond_by) if respond_by else None,
            "respond_days": clocks.respond_days(claim, policy),
            "dispute_days": clocks.dispute_days(policy),
            "conflict_days": clocks.conflict_days(policy),
            "reviewer_name": reviewer_name.strip(),
            "team": self.signatures[claim.program],
            "extra": {str(k): str(v) for k, v in (extra or {}).items()},
        }

    def _result_values(self, result: CheckResult) -> dict[str, Any]:
        summary = self.withheld.get(result.id) or _SEED_CITATION.sub("", result.summary).strip()
        return {"id": result.id, "summary": summary, "reject": result.reject}

    def render(
        self,
        template_id: str,
        claim: Claim,
        results: Sequence[CheckResult],
        *,
        reviewer_name: str = "",
        extra: Mapping[str, str] | None = None,
        respond_by: dt.date | None = None,
        policy: Policy | None = None,
    ) -> str:
        template = self.get(template_id)
        values = self.context(
            template,
            claim,
            results,
            reviewer_name=reviewer_name,
            extra=extra,
            respond_by=respond_by,
            policy=policy or load_policy(),
        )
        try:
            text = self.env.get_template(template.file).render(values)
        except SecurityError as exc:
            raise TemplateSecurityError(f"Comment template '{template_id}' is not allowed to do that: {exc}") from exc
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"Comment template '{template_id}' uses a value it is not given: {exc}") from exc
        except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError, RecursionError) as exc:
            # Sandbox limits (huge ranges) and type slips in a template: a message, never a traceback.
            raise TemplateError(f"Comment template '{template_id}' cannot be filled in: {exc}") from exc
        return tidy(text)

    def suggest(self, results: Sequence[CheckResult], claim: Claim) -> str | None:
        fails = [r for r in results if r.status == "fail"]
        if not fails:
            # Approve only when every check had its say; a warning or an error needs the reviewer.
            if results and all(r.status in ("pass", "not_applicable") for r in results):
                return "approve"
            return None
        rejects = [r for r in fails if r.reject]
        if not rejects and final_round(results) and _FINAL_ROUND_TEMPLATE in self._by_id:
            # a dispute that still fails: no Action Required is left to ask for
            return _FINAL_ROUND_TEMPLATE
        group, verdict = (rejects, "reject") if rejects else (fails, "action_required")
        for template in self.templates:
            if template.verdict != verdict or claim.program not in template.programs:
                continue
            if any(template.covers(r) for r in group):
                return template.id
        return None


def claim_values(claim: Claim) -> dict[str, Any]:
    """What a template may know about the claim."""
    workloads = [w.name for w in claim.workloads]
    engagement = claim.engagement.name if claim.engagement else None
    if claim.is_partner_activities and engagement:
        subject = engagement
    else:
        subject = ", ".join(dict.fromkeys(workloads)) or claim.solution_area
    return {
        "id": claim.claim_id,
        "partner": claim.partner.name,
        "customer": claim.customer.name,
        "customer_domain": claim.customer.domain,
        "workloads": workloads,
        "subject": subject,
        "engagement": engagement,
        "program": claim.program,
        "program_name": _PROGRAM_NAMES.get(claim.program, claim.program),
        "is_cpor": claim.is_cpor,
        "claim_kind": claim.claim_kind,
        "solution_area": claim.solution_area,
        "submitted": long_date(claim.submitted_on),
        "transaction_date": long_date(claim.transaction_date) if claim.transaction_date else None,
    }


def long_date(day: dt.date) -> str:
    """'October 3, 2025': unambiguous for partners in every country."""
    return f"{day:%B} {day.day}, {day.year}"


def tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, no blank lines at the ends."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


#: The template of a dispute that still fails (its decision is final, templates.toml).
_FINAL_ROUND_TEMPLATE = "dispute_not_resolved"


@lru_cache(maxsize=4)
def _library(directory: str) -> TemplateLibrary:
    return TemplateLibrary(Path(directory))


def library(directory: Path | None = None) -> TemplateLibrary:
    """The template library of ``directory`` (default: ``resources/templates``), loaded once."""
    return _library(str(directory or resource_path("templates")))


def comment_templates() -> list[CommentTemplate]:
    """Every template of ``resources/templates``, in index order."""
    return list(library().templates)


def template_ids() -> list[str]:
    return [t.id for t in library().templates]


def render_comment(
    template_id: str,
    claim: Claim,
    results: Sequence[CheckResult],
    *,
    reviewer_name: str = "",
    extra: Mapping[str, str] | None = None,
    respond_by: dt.date | None = None,
    policy: Policy | None = None,
) -> str:
    """The comment of ``template_id`` filled in for ``claim`` (respond_by defaults to the clock's date
    for a decision made now)."""
    return library().render(
        template_id, claim, results, reviewer_name=reviewer_name, extra=extra, respond_by=respond_by, policy=policy
    )


#: The template of an Action Required whose fourteen days ran out without an answer (templates.toml).
EXPIRED_TEMPLATE = "no_response_expired"


def suggest_template(results: Sequence[CheckResult], claim: Claim, *, expired: bool = False) -> str | None:
    """The template for the most important failing check (reject-class first), "approve" when every
    check passed or did not apply, None when warnings or errors leave the verdict to the reviewer;
    for an Action Required that expired unanswered (``expired``), its rejection."""
    if expired and EXPIRED_TEMPLATE in template_ids():
        return EXPIRED_TEMPLATE
    return library().suggest(results, claim)


#: The catch-all template of each verdict, used when nothing more specific is suggested.
FALLBACK_TEMPLATE = {"approve": "approve", "reject": "other_reject", "action_required": "other"}


def default_template(
    verdict: str, results: Sequence[CheckResult], claim: Claim, *, expired: bool = False
) -> str | None:
    """The template a decision of ``verdict`` starts from, the same in the workbench and on the command
    line: the suggested one when it is of this verdict, else the verdict's catch-all."""
    ids = [t.id for t in library().templates if t.verdict == verdict and claim.program in t.programs]
    suggested = suggest_template(results, claim, expired=expired)
    preferred = suggested if suggested in ids else FALLBACK_TEMPLATE.get(verdict)
    if preferred in ids:
        return preferred
    return ids[0] if ids else None
