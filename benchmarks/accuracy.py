"""Measure how well the checks decide claim bundles they were not tuned on.

Runs every check on a directory of bundles as one queue (what ``poe-reviewer check DIR/*
--json --queue`` does, in process) and compares the recommendation, and the single-check
verdicts where the expectation names them, with ``DIR/expected.json`` (written by
``tools/make_holdout.py``). Prints a confusion matrix of the decisions, the overall
accuracy, the agreement per check, and every disagreement with the summaries of the checks
that failed or warned, so a reader can see which rule misjudged.

Reviewers work a queue, so the headline is measured both ways: every bundle checked on its own,
and the whole set checked as one queue (where evidence really shared with another claim makes a
claim Action Required, and shared boilerplate must not). For each mode it prints the share of
recommendations that are right, the false approvals (approve where the guide says otherwise: the
worst error), and how the reuse check did (flags where nothing claim-specific is shared, real reuse
found). ``review`` (a person must look) is counted apart: never an approval, never a right answer.

Sets: ``--set holdout-s`` and ``--set holdout-r`` (tools/make_holdout_s.py, tools/make_holdout_r.py: written
from the seed by someone who never saw the checks, partners' own report formats, mail threads in several
languages, scans, conflicts, returning claims;
held out: measured, not read or tuned on), ``--set holdout-q`` down to ``--set holdout-b`` and ``--set realistic``
(written the same way, each held out until the next one existed, tuned on since: docs/accuracy.md), ``--set classic``
(tools/make_holdout.py), ``--set tuning`` (tools/make_tuning_queue.py: what the checks are developed
against), or a DIR holding bundles and expected.json.

Run: ``.venv/bin/python benchmarks/accuracy.py [DIR | --set NAME] [--mode both|queue|lone]
[--json OUT.json]``. The exit status is 0 whenever the measurement ran (disagreements are results,
not errors), 2 when it could not run.
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
from poe_reviewer.conflicts.in_queue import settle  # noqa: E402
from poe_reviewer.errors import BundleError  # noqa: E402
from poe_reviewer.pipeline import check_paths  # noqa: E402
from poe_reviewer.report import Report  # noqa: E402

EXPECTED_FILE = "expected.json"
DECISIONS = ("approve", "action_required", "reject")
#: The recommendation for "a person must look" (spec section 3): counted apart, never as an approval.
REVIEW = "review"
#: Held-out and tuning sets the project can build: name -> (module in tools/, its builder function).
SETS = {
    "realistic": ("tools.make_holdout_realistic", "build"),
    "classic": ("tools.make_holdout", "build"),
    "tuning": ("tools.make_tuning_queue", "build"),
    # a second held-out set, written the same way, for the measurement after the first one is tuned on
    "holdout-b": ("tools.make_holdout_b", "build"),
    # a third, written the same way (and told to be new documents, not the earlier sets' scenarios)
    "holdout-c": ("tools.make_holdout_c", "build"),
    # a fourth, for the measurement after holdout-c is read and tuned on
    "holdout-d": ("tools.make_holdout_d", "build"),
    # a fifth, for the measurement after holdout-d is read and tuned on
    "holdout-e": ("tools.make_holdout_e", "build"),
    # a sixth, for the measurement after holdout-e is read and tuned on
    "holdout-f": ("tools.make_holdout_f", "build"),
    # a seventh, for the measurement after holdout-f is read and tuned on
    "holdout-g": ("tools.make_holdout_g", "build"),
    # an eighth (reusing the seventh's document machinery), for the measurement after holdout-g is read
    "holdout-h": ("tools.make_holdout_h", "build"),
    # a ninth (the seventh's machinery again), held out until holdout-h was read and tuned on
    "holdout-i": ("tools.make_holdout_i", "build"),
    # a tenth (the same machinery), held out until holdout-i was read and tuned on
    "holdout-j": ("tools.make_holdout_j", "build"),
    # an eleventh (the same machinery, new markets and situations), the held-out measurement after holdout-j
    "holdout-k": ("tools.make_holdout_k", "build"),
    # a twelfth (the same machinery, its own markets and partners' templates), the held-out measurement after holdout-k
    "holdout-l": ("tools.make_holdout_l", "build"),
    # a thirteenth (the same machinery, its own partners, transport headers and drafts), read after holdout-l
    "holdout-m": ("tools.make_holdout_m", "build"),
    # a fourteenth (the same machinery): first reading in the seventh session, read in the eighth
    "holdout-n": ("tools.make_holdout_n", "build"),
    # a fifteenth (the same machinery, returning claims and the quieter failures), first reading in the eighth
    "holdout-o": ("tools.make_holdout_o", "build"),
    # a sixteenth (the same machinery, the quieter failures): first reading in the eighth session, read in the ninth
    "holdout-p": ("tools.make_holdout_p", "build"),
    # a seventeenth (the same machinery, its own partners' templates, reuse pairs, conflicts, returning claims),
    # held out: written in the ninth session by a writer who saw only the guide, the spec and sets G and H
    "holdout-q": ("tools.make_holdout_q", "build"),
    # an eighteenth (the same machinery, six languages of mail, conflicts and returning claims), held out: written
    # in the tenth session by a writer who saw only the guide, the spec and sets G and H; first reading at 8fa2800
    "holdout-r": ("tools.make_holdout_r", "build"),
    # a nineteenth (the same machinery, new partners in thirteen countries, headerless drafts, PAdES certificates of
    # a managed-service provider), held out: written in the eleventh session by a writer who saw only the guide, the
    # spec and sets G and H
    "holdout-s": ("tools.make_holdout_s", "build"),
}
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
    for path, result in check_paths(bundle_paths(directory), as_queue=as_queue, settle=settle):
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
    columns = [*DECISIONS, REVIEW, LOAD_ERROR]
    matrix = {e: dict.fromkeys(columns, 0) for e in DECISIONS}
    for o in outcomes:
        matrix[o.expected][o.got if o.got in columns else LOAD_ERROR] += 1
    return matrix


def format_confusion(matrix: dict[str, dict[str, int]]) -> str:
    columns = [c for c in [*DECISIONS, REVIEW, LOAD_ERROR] if c in DECISIONS or any(r[c] for r in matrix.values())]
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


def headline(outcomes: Sequence[Outcome], *, as_queue: bool = True) -> dict[str, Any]:
    """What a reviewer would notice first: right recommendations, false approvals, reuse flags.

    A bundle on its own cannot show reuse: in lone mode the bundles whose expectation rests on evidence
    shared with another claim of the set are left out of the count (and said to be).
    """
    left_out = [] if as_queue else [o for o in outcomes if "fail" in o.expected_checks.get("reused_evidence", [])]
    outcomes = [o for o in outcomes if o not in left_out]
    right = sum(o.decision_ok for o in outcomes)
    false_approvals = [o.claim_id for o in outcomes if o.expected != "approve" and o.got == "approve"]
    clean = [o for o in outcomes if o.expected_checks.get("reused_evidence") == ["pass"]]
    reused = [o for o in outcomes if "fail" in o.expected_checks.get("reused_evidence", [])]
    return {
        "bundles": len(outcomes),
        "right": right,
        "accuracy": right / len(outcomes) if outcomes else 0.0,
        "false_approvals": false_approvals,
        "review": [o.claim_id for o in outcomes if o.got == REVIEW],
        "reuse_flagged_without_reuse": [o.claim_id for o in clean if o.status("reused_evidence") in ("fail", "warn")],
        "reuse_clean": len(clean),
        "reuse_found": [o.claim_id for o in reused if o.status("reused_evidence") in ("fail", "warn")],
        "reuse_real": len(reused),
        "left_out": [o.claim_id for o in left_out],
    }


def format_headline(mode: str, h: dict[str, Any]) -> str:
    line = (f"{mode:30} {h['right']:3}/{h['bundles']:<3} {h['accuracy']:6.1%}   false approvals "
            f"{len(h['false_approvals'])}")  # fmt: skip
    if h["review"]:
        line += f"   review {len(h['review'])}"
    if h["left_out"]:
        line += f"   ({len(h['left_out'])} whose decision rests on reuse left out)"
    if mode.startswith("queue"):
        line += (f"   reuse flagged where nothing was reused {len(h['reuse_flagged_without_reuse'])}/{h['reuse_clean']}"
                 f"   real reuse found {len(h['reuse_found'])}/{h['reuse_real']}")  # fmt: skip
    return line


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


def build_set(name: str, out: Path) -> None:
    """Write one of the project's sets into ``out`` (needs the dev dependencies: imported only here)."""
    import importlib

    module_name, function = SETS[name]
    getattr(importlib.import_module(module_name), function)(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, help="a set of bundles with expected.json")
    parser.add_argument("--set", choices=sorted(SETS), default="realistic",
                        help="build one of the project's sets into a temp dir (default: realistic) unless DIR is given")
    parser.add_argument("--mode", choices=("both", "queue", "lone"), default="both",
                        help="check the set as one queue, each bundle alone, or both (default)")
    parser.add_argument("--json", type=Path, help="also write the measurement as JSON to this file")
    parser.add_argument("--lone", action="store_true", help="same as --mode lone")
    args = parser.parse_args(argv)
    mode = "lone" if args.lone else args.mode
    with tempfile.TemporaryDirectory(prefix="poe-holdout-") as tmp:
        directory: Path = args.directory
        if directory is None:
            directory = Path(tmp) / args.set
            build_set(args.set, directory)
        if not directory.is_dir():
            print(f"{directory}: not a directory", file=sys.stderr)
            return 2
        modes = [("queue", True), ("lone", False)] if mode == "both" else [(mode, mode == "queue")]
        measured: dict[str, tuple[list[Outcome], float]] = {}
        for name, as_queue in modes:
            start = time.perf_counter()
            measured[name] = (measure(directory, as_queue=as_queue), time.perf_counter() - start)
        first = modes[0][0]
        outcomes, elapsed = measured[first]
        print_report(outcomes, elapsed, directory, as_queue=first == "queue")
        print()
        print(f"Recommendations right, by mode ({directory.name}):")
        for name, (found, _t) in measured.items():
            label = "queue (the whole set as one queue)" if name == "queue" else "lone (each bundle on its own)"
            print("  " + format_headline(label, headline(found, as_queue=name == "queue")))
        if args.json:
            data = {name: {**summary(found), "headline": headline(found, as_queue=name == "queue")}
                    for name, (found, _t) in measured.items()}  # fmt: skip
            args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
