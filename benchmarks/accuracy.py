"""Measure how well the checks decide claim bundles they were not tuned on.

Runs every check on a directory of bundles as one queue (what ``poe-reviewer check DIR/*
--json --queue`` does, in process) and compares the recommendation, and the single-check
verdicts where the expectation names them, with ``DIR/expected.json`` (written by
``tools/make_holdout.py``). Prints a confusion matrix of the decisions, the overall
accuracy, the agreement per check, and every disagreement with the summaries of the checks
that failed or warned, so a reader can see which rule misjudged.

Run: ``.venv/bin/python benchmarks/accuracy.py [DIR] [--json OUT.json]``. Without DIR the
held-out set is built into a temporary directory first. The exit status is 0 whenever the
measurement ran (disagreements are results, not errors), 2 when it could not run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `poe_reviewer` and `tools` importable from the checkout
    sys.path.insert(0, str(REPO))

from poe_reviewer.checks.base import CheckResult  # noqa: E402 - needs the path set above
from poe_reviewer.errors import BundleError  # noqa: E402
from poe_reviewer.pipeline import check_paths  # noqa: E402
from poe_reviewer.report import Report  # noqa: E402

EXPECTED_FILE = "expected.json"
DECISIONS = ("approve", "action_required", "reject")
#: What a bundle that could not be loaded counts as in the confusion matrix.
LOAD_ERROR = "load_error"


@dataclass
class Outcome:
    """One bundle: what was expected, what the tool said."""

    claim_id: str
    bundle: str
    expected: str
    why: str
    got: str
    expected_checks: dict[str, list[str]]
    report: Report | None = None
    load_error: str | None = None
    #: check id -> (expected statuses, got status) where they differ
    check_misses: dict[str, tuple[list[str], str]] = field(default_factory=dict)

    @property
    def decision_ok(self) -> bool:
        return self.expected == self.got

    def status(self, check_id: str) -> str:
        if self.report is None:
            return LOAD_ERROR
        return self.report.status_of(check_id)


def bundle_paths(directory: Path) -> list[Path]:
    """The bundles of a held-out directory: sub-directories with claim.json and .zip files."""
    out = []
    for entry in sorted(directory.iterdir()):
        if entry.name.startswith("."):
            continue
        if (entry.is_dir() and (entry / "claim.json").is_file()) or (entry.is_file() and entry.suffix == ".zip"):
            out.append(entry)
    return out


def load_expected(directory: Path) -> dict[str, dict[str, Any]]:
    path = directory / EXPECTED_FILE
    if not path.is_file():
        raise SystemExit(f"no {EXPECTED_FILE} in {directory}: build the set with tools/make_holdout.py")
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _statuses(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def measure(directory: Path, *, as_queue: bool = True) -> list[Outcome]:
    """Check every bundle of ``directory`` (as one queue by default) and compare with its expected.json."""
    expected = load_expected(directory)
    by_bundle = {entry["bundle"]: (claim_id, entry) for claim_id, entry in expected.items()}
    outcomes: list[Outcome] = []
    seen: set[str] = set()
    for path, result in check_paths(bundle_paths(directory), as_queue=as_queue):
        name = Path(path).name
        if name not in by_bundle:
            raise SystemExit(f"{name} is not in {EXPECTED_FILE}")
        claim_id, entry = by_bundle[name]
        seen.add(claim_id)
        checks = {k: _statuses(v) for k, v in entry.get("checks", {}).items()}
        outcome = Outcome(claim_id, name, entry["decision"], entry.get("why", ""), LOAD_ERROR, checks)
        if isinstance(result, BundleError):
            outcome.load_error = str(result)
        else:
            outcome.report = result
            outcome.got = result.recommendation
            if result.claim_id != claim_id:
                raise SystemExit(f"{name}: report is for claim {result.claim_id}, expected.json says {claim_id}")
        for check_id, wanted in checks.items():
            got = outcome.status(check_id)
            if got not in wanted:
                outcome.check_misses[check_id] = (wanted, got)
        outcomes.append(outcome)
    missing = sorted(set(expected) - seen)
    if missing:
        raise SystemExit(f"bundles of {EXPECTED_FILE} not found in {directory}: {', '.join(missing)}")
    return outcomes


# ----------------------------------------------------------------------------------------------
# Printing
# ----------------------------------------------------------------------------------------------
def confusion(outcomes: Sequence[Outcome]) -> dict[str, dict[str, int]]:
    columns = [*DECISIONS, LOAD_ERROR]
    matrix = {e: dict.fromkeys(columns, 0) for e in DECISIONS}
    for o in outcomes:
        matrix[o.expected][o.got if o.got in columns else LOAD_ERROR] += 1
    return matrix


def format_confusion(matrix: dict[str, dict[str, int]]) -> str:
    columns = [c for c in [*DECISIONS, LOAD_ERROR] if c != LOAD_ERROR or any(r[LOAD_ERROR] for r in matrix.values())]
    width = max(len(c) for c in [*columns, "expected \\ got"]) + 2
    lines = ["expected \\ got".ljust(width) + "".join(c.rjust(width) for c in columns) + "total".rjust(8)]
    for row, counts in matrix.items():
        lines.append(row.ljust(width) + "".join(str(counts[c]).rjust(width) for c in columns)
                     + str(sum(counts.values())).rjust(8))
    return "\n".join(lines)


def per_class(outcomes: Sequence[Outcome]) -> list[str]:
    lines = []
    for d in DECISIONS:
        tp = sum(1 for o in outcomes if o.expected == d and o.got == d)
        predicted = sum(1 for o in outcomes if o.got == d)
        actual = sum(1 for o in outcomes if o.expected == d)
        precision = f"{tp / predicted:.0%}" if predicted else "n/a"
        recall = f"{tp / actual:.0%}" if actual else "n/a"
        lines.append(f"  {d:16} precision {precision:>5} ({tp}/{predicted})   recall {recall:>5} ({tp}/{actual})")
    return lines


def check_agreement(outcomes: Sequence[Outcome]) -> list[str]:
    totals: dict[str, list[int]] = {}
    for o in outcomes:
        for check_id in o.expected_checks:
            agree, total = totals.setdefault(check_id, [0, 0])
            totals[check_id] = [agree + (check_id not in o.check_misses), total + 1]
    return [f"  {c:26} {a:3}/{t:<3} {a / t:5.0%}" for c, (a, t) in sorted(totals.items())]


def _result_lines(result: CheckResult, indent: str) -> list[str]:
    lines = textwrap.wrap(f"[{result.status}] {result.id}: {result.summary}", 110, initial_indent=indent,
                          subsequent_indent=indent + "    ")
    for ev in result.evidence[:2]:
        where = ev.document + (f" p.{ev.page}" if ev.page else "")
        lines.append(f'{indent}    - {where}: "{textwrap.shorten(ev.quote, 90)}"')
    return lines


def format_disagreement(o: Outcome) -> str:
    head = f"{o.claim_id}  {o.bundle}"
    lines = [head, "-" * len(head)]
    if not o.decision_ok:
        lines.append(f"  decision: expected {o.expected}, got {o.got}")
    for check_id, (wanted, got) in sorted(o.check_misses.items()):
        lines.append(f"  check {check_id}: expected {'/'.join(wanted)}, got {got}")
    lines += textwrap.wrap("why: " + o.why, 110, initial_indent="  ", subsequent_indent="       ")
    if o.load_error:
        lines.append(f"  load error: {o.load_error}")
    if o.report is not None:
        shown = [r for r in o.report.checks if r.status in ("fail", "error", "warn") or r.id in o.check_misses]
        if shown:
            lines.append("  checks that failed, warned or disagree:")
        for r in shown:
            lines += _result_lines(r, "    ")
    return "\n".join(lines)


def summary(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    right = sum(o.decision_ok for o in outcomes)
    check_total = sum(len(o.expected_checks) for o in outcomes)
    check_right = check_total - sum(len(o.check_misses) for o in outcomes)
    return {
        "bundles": len(outcomes),
        "decision_accuracy": right / len(outcomes) if outcomes else 0.0,
        "decisions_right": right,
        "check_expectations": check_total,
        "check_expectations_met": check_right,
        "confusion": confusion(outcomes),
        "outcomes": [
            {"claim_id": o.claim_id, "bundle": o.bundle, "expected": o.expected, "got": o.got,
             "check_misses": {k: {"expected": w, "got": g} for k, (w, g) in o.check_misses.items()},
             "load_error": o.load_error,
             "checks": {r.id: {"status": r.status, "summary": r.summary} for r in o.report.checks} if o.report else {}}
            for o in outcomes
        ],
    }


def print_report(outcomes: Sequence[Outcome], elapsed: float, directory: Path, *, as_queue: bool = True) -> None:
    s = summary(outcomes)
    mode = "checked as one queue" if as_queue else "each bundle checked alone"
    print(f"Held-out accuracy: {len(outcomes)} bundles from {directory}, {mode} ({elapsed:.1f} s)")
    print()
    print(format_confusion(s["confusion"]))
    print()
    print(f"Decision accuracy: {s['decisions_right']}/{s['bundles']} = {s['decision_accuracy']:.1%}")
    for line in per_class(outcomes):
        print(line)
    severe = [o for o in outcomes if o.expected != "approve" and o.got == "approve"]
    harsh = [o for o in outcomes if o.expected == "approve" and o.got == "reject"]
    print(f"  approved although they should not be: {len(severe)};  rejected although approvable: {len(harsh)}")
    print()
    if s["check_expectations"]:
        print(f"Single-check expectations met: {s['check_expectations_met']}/{s['check_expectations']} = "
              f"{s['check_expectations_met'] / s['check_expectations']:.1%}")
        for line in check_agreement(outcomes):
            print(line)
        print()
    wrong = [o for o in outcomes if not o.decision_ok or o.check_misses]
    print(f"Disagreements: {len(wrong)} bundles "
          f"({sum(not o.decision_ok for o in outcomes)} decisions, {sum(len(o.check_misses) for o in outcomes)} "
          "single-check expectations)")
    for o in wrong:
        print()
        print(format_disagreement(o))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path,
                        help="a held-out set (bundles + expected.json); default: build one in a temp dir")
    parser.add_argument("--json", type=Path, help="also write the measurement as JSON to this file")
    parser.add_argument("--lone", action="store_true",
                        help="check each bundle on its own instead of as one queue (no cross-claim reuse check)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="poe-holdout-") as tmp:
        directory: Path = args.directory
        if directory is None:
            from tools.make_holdout import build  # the generator needs the dev dependencies; import only here

            directory = Path(tmp) / "holdout"
            build(directory)
        if not directory.is_dir():
            print(f"{directory}: not a directory", file=sys.stderr)
            return 2
        start = time.perf_counter()
        outcomes = measure(directory, as_queue=not args.lone)
        elapsed = time.perf_counter() - start
        print_report(outcomes, elapsed, directory, as_queue=not args.lone)
        if args.json:
            args.json.write_text(json.dumps(summary(outcomes), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
