"""The ``poe-reviewer`` command line.

``poe-reviewer check BUNDLE... [--json] [--queue]`` prints check reports. The ``check``
path imports no Qt at all (the workbench is imported only by ``gui``). Errors a user
can cause are printed as one line on stderr naming the bundle and the reason; exit
status 0 means every report was produced (failing checks included), 1 that at least
one bundle could not be loaded, 2 a usage error.

The review queue lives in a database (``--db URL``, else ``POE_REVIEWER_DB``, else an
SQLite file in the user's data directory), the same one the workbench opens:

* ``import QUEUE_DIR|BUNDLE...`` imports and checks bundles (a progress bar on stderr);
  a bad bundle is reported and skipped, exit 1 when there was one;
* ``queue [--status S] [--due overdue|today|week]`` lists the queue, soonest deadline first;
* ``decide CLAIM_ID --approve|--reject|--action-required ...`` records a decision;
* ``export --out FILE [--undelivered|--since DATE|--all]`` writes the decision export;
* ``conflicts [--group ID] [--all] [--json]`` lists the groups of conflicting CPOR claims, with
  their window and suggested winner; ``decide-group GROUP_ID --winner CLAIM_ID --reason TEXT ...``
  decides a group as one;
* ``gui [--sample-queue] [--claim ID] [--screenshot FILE]`` opens the workbench (the only
  command that imports Qt).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from poe_reviewer import __version__
from poe_reviewer.application.bundles import named_paths
from poe_reviewer.bundle import BundleLimits
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.third_party import silence_known_warnings

if TYPE_CHECKING:
    from poe_reviewer.conflicts import Comparison, GroupState
    from poe_reviewer.storage.store import ClaimSummary, ExportMode, ReviewStore

EXIT_OK = 0
EXIT_BUNDLE_ERROR = 1
EXIT_USAGE = 2


def _expand(paths: Sequence[str]) -> list[str]:
    """Every bundle named (a queue folder stands for its entries); what is no bundle is left for the
    loader to explain, by name."""
    return [n.path for n in named_paths(paths)]


def _cmd_check(args: argparse.Namespace) -> int:
    from poe_reviewer.pipeline import check_paths

    limits = BundleLimits(max_expanded_bytes=args.max_bundle_bytes, max_entries=args.max_entries)
    paths = _expand(args.bundles)
    reports: list[dict[str, object]] = []
    status = EXIT_OK
    first = True
    for _path, outcome in check_paths(paths, as_queue=args.queue, limits=limits):
        if isinstance(outcome, BundleError):
            print(f"poe-reviewer: {outcome}", file=sys.stderr)
            status = EXIT_BUNDLE_ERROR
            continue
        if args.json:
            reports.append(outcome.to_json())
        else:
            if not first:
                print("\n" + "-" * 100 + "\n")
            print(outcome.to_text())
            first = False
    if args.json:
        doc: object = reports[0] if len(args.bundles) == 1 and len(paths) == 1 and len(reports) == 1 else reports
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    return status


def _open_store(args: argparse.Namespace, **kwargs: Any) -> ReviewStore:
    from poe_reviewer.storage.store import ReviewStore

    return ReviewStore(args.db, **kwargs)


def progress_bar(stream: TextIO, width: int = 30) -> Callable[[int, int, str], None]:
    """A one-line text progress bar, redrawn in place; silent when ``stream`` is not a terminal."""
    if not stream.isatty():
        return lambda done, total, name: None

    def draw(done: int, total: int, name: str) -> None:
        filled = width * done // total if total else width
        columns = shutil.get_terminal_size((100, 20)).columns
        label = name if len(name) <= 40 else "…" + name[-39:]
        line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label}"
        stream.write("\r" + line[: columns - 1].ljust(columns - 1))
        if done >= total:
            stream.write("\n")
        stream.flush()

    return draw


def _cmd_import(args: argparse.Namespace) -> int:
    limits = BundleLimits(max_expanded_bytes=args.max_bundle_bytes, max_entries=args.max_entries)
    paths = _expand(args.bundles)
    counts = {"new": 0, "revision": 0, "unchanged": 0, "bad": 0}
    with _open_store(args, limits=limits) as store:
        for path, outcome in store.import_paths(paths, progress=progress_bar(sys.stderr)):
            if isinstance(outcome, BundleError):
                print(f"poe-reviewer: {outcome}", file=sys.stderr)
                counts["bad"] += 1
                continue
            counts[outcome.outcome] += 1
            if not args.quiet:
                what = {"new": "new claim", "revision": "new revision", "unchanged": "unchanged"}[outcome.outcome]
                print(f"{outcome.claim_id}\tr{outcome.revision}\t{what}\t{outcome.recommendation}\t{path}")
    print(
        f"Imported {len(paths)} bundle(s): {counts['new']} new claim(s), {counts['revision']} new revision(s), "
        f"{counts['unchanged']} unchanged, {counts['bad']} bad bundle(s) skipped.",
        file=sys.stderr,
    )
    return EXIT_BUNDLE_ERROR if counts["bad"] else EXIT_OK


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _queue_row(c: ClaimSummary, today: dt.date) -> list[str]:
    due = c.next_due.isoformat() if c.next_due else "-"
    if c.next_due:
        due += f" {c.next_clock}"
        if c.overdue(today):
            due = "OVERDUE " + due
    flags = [
        name
        for name, on in (("public-sector", c.public_sector), ("reused", c.reused), ("conflict", c.conflict))
        if on
    ]
    if c.leased_by:
        flags.append(f"open:{c.leased_by}")
    return [
        c.claim_id,
        str(c.revision),
        c.status,
        due,
        c.program,
        c.partner,
        c.customer,
        c.recommendation,
        ",".join(flags),
    ]


def _cmd_queue(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with _open_store(args) as store:
        claims = store.list_claims(status=args.status, due=args.due, today=today, limit=args.limit)
    if args.json:
        out = [
            {
                "claim_id": c.claim_id,
                "revision": c.revision,
                "status": c.status,
                "program": c.program,
                "partner": c.partner,
                "customer": c.customer,
                "workloads": c.workloads,
                "recommendation": c.recommendation,
                "next_due": c.next_due.isoformat() if c.next_due else None,
                "next_clock": c.next_clock,
                "overdue": c.overdue(today),
                "public_sector": c.public_sector,
                "reused": c.reused,
                "conflict": c.conflict,
                "decided_by": c.decided_by,
                "leased_by": c.leased_by,
                "version": c.version,
            }
            for c in claims
        ]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not claims:
        print("The queue is empty." if not (args.status or args.due) else "No claim matches.")
        return EXIT_OK
    header = ["CLAIM", "REV", "STATUS", "NEXT DUE", "PROGRAM", "PARTNER", "CUSTOMER", "SUGGESTED", "FLAGS"]
    rows = [_queue_row(c, today) for c in claims]
    limits = [12, 3, 18, 28, 18, 28, 28, 15, 40]
    widths = [min(max(len(r[i]) for r in [header, *rows]), limits[i]) for i in range(len(header))]

    def fit(text: str, w: int) -> str:
        return text if len(text) <= w else text[: w - 1] + "…"

    for r in [header, *rows]:
        print("  ".join(fit(v, w).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    overdue = sum(1 for c in claims if c.overdue(today))
    print(f"\n{len(claims)} claim(s), {overdue} overdue.")
    return EXIT_OK


def _workload_arg(text: str) -> tuple[str, str]:
    name, sep, decision = text.rpartition("=")
    if not sep or not name.strip() or not decision.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected NAME=approved|rejected|action_required")
    return name.strip(), decision.strip()


def _cmd_decide(args: argparse.Namespace) -> int:
    from poe_reviewer.templates import render_comment

    verdict = args.verdict
    workloads: dict[str, Any] = dict(args.workload or [])
    with _open_store(args) as store:
        reviewer = args.reviewer or store.actor
        comment = args.comment
        if comment is None and args.template:
            detail = store.get_claim(args.claim_id)
            comment = render_comment(args.template, detail.claim, detail.checks, policy=store.policy)
        saved = store.decide(
            args.claim_id,
            verdict,
            reviewer=reviewer,
            comment=comment or "",
            template_id=args.template,
            workload_verdicts=workloads or None,
            expected_version=args.expect_version,
            replace=args.replace,
        )
    d = saved.decision
    line = f"Saved: claim {d.claim_id} (revision {saved.revision}) {d.decision.replace('_', ' ')} by {d.reviewer}"
    if d.respond_by:
        line += f"; the partner must respond by {d.respond_by.isoformat()}"
    print(line + ".")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    mode: ExportMode = "all" if args.all else "since" if args.since else "undelivered"
    with _open_store(args) as store:
        result = store.export(Path(args.out), mode, since=args.since, exported_by=args.reviewer)
    if not result.written:
        print(f"No undelivered decisions; {args.out} was not written.")
    else:
        print(f"Exported {result.count} decision(s) to {args.out} (export #{result.export_id}, {mode}).")
    return EXIT_OK


def _conflict_json(state: GroupState, comparison: Comparison, today: dt.date, *, rows: bool) -> dict[str, Any]:
    out = comparison.to_json(today)
    if not rows:
        out.pop("rows", None)
    out["status"] = state.status
    out["live"] = state.live
    out["decisions"] = dict(state.decisions)
    return out


def _print_conflict(state: GroupState, comparison: Comparison, today: dt.date) -> None:
    g = state.group
    kind = (g.claim_kind or "").replace("_", " ")
    print(f"{g.group_id}  {g.customer_name}  ({g.customer_key}, {kind})")
    print("  contested: " + "; ".join(f"{w.label} [{', '.join(w.claim_ids)}]" for w in g.workloads))
    clock = "not recorded yet"
    if state.decided and state.notified_at is not None:
        clock = f"partners notified {state.notified_at:%Y-%m-%d %H:%M} UTC"
    elif state.notified_at is not None and state.window_end is not None:
        left = state.days_left(today)
        when = f"{left} day(s) left" if left is not None and left >= 0 else "ended: the latest POE decides"
        clock = (
            f"partners notified {state.notified_at:%Y-%m-%d %H:%M} UTC; window ends {state.window_end.isoformat()} "
            f"({when})"
        )
    print(f"  status: {state.status}{'' if state.live else ' (closed)'}; {clock}")
    for col in comparison.columns:
        decided = state.decisions.get(col.claim_id)
        extra = f"; decided here: {decided.replace('_', ' ')}" if decided else ""
        if col.associated:
            extra += f"; associated partner of record for {', '.join(col.associated)}"
        print(
            f"  {col.claim_id:<10} {col.partner_name} ({col.location_id}); {col.status.replace('_', ' ')}; "
            f"submitted {col.submitted_at:%Y-%m-%d}; checks suggest {col.recommendation.replace('_', ' ')}{extra}"
        )
    s = comparison.suggestion
    if not state.decided:
        print(f"  Suggested winner: {s.winner_claim_id}; the others: {s.others.replace('_', ' ')}")
        for line in s.explanation.splitlines():
            print(f"    {line}")


def _print_comparison(comparison: Comparison) -> None:
    print("\nComparison (each cell: what the claim's checks found; evidence as document p.page: quote)")
    for row in comparison.rows:
        print(f"\n{row.label}")
        for cell in row.cells:
            status = f"[{cell.status}] " if cell.status else ""
            print(f"  {cell.claim_id}: {status}{cell.text}")
            for e in cell.evidence[:3]:
                page = f" p.{e.page}" if e.page else ""
                print(f"      {e.document}{page}: {e.quote[:110]}")


def _cmd_conflicts(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        store.refresh_conflicts()  # records (and notifies) any group not recorded yet
        today = store.now().date()
        states = store.conflict_groups(include_decided=args.all)
        if args.group:
            states = [store.conflict_group(args.group)]
        shown = [(st, store.compare_conflict(st.group_id, today=today)) for st in states]
    if args.json:
        print(json.dumps([_conflict_json(st, c, today, rows=bool(args.group)) for st, c in shown], indent=2))
        return EXIT_OK
    if not shown:
        print("No conflicting claims.")
        return EXIT_OK
    for i, (st, comparison) in enumerate(shown):
        if i:
            print()
        _print_conflict(st, comparison, today)
        if args.group:
            _print_comparison(comparison)
    if not args.group:
        print(f"\n{len(shown)} conflict group(s). `poe-reviewer conflicts --group ID` compares a group's claims.")
    return EXIT_OK


def _winner_arg(text: str) -> tuple[str, str]:
    name, sep, claim_id = text.rpartition("=")
    if not sep or not name.strip() or not claim_id.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected NAME=CLAIM_ID")
    return name.strip(), claim_id.strip()


def _uncontested_arg(text: str) -> tuple[str, str, str]:
    head, sep, decision = text.rpartition("=")
    claim_id, colon, name = head.partition(":")
    if not sep or not colon or not claim_id.strip() or not name.strip() or not decision.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected CLAIM_ID:NAME=approved|rejected|action_required")
    return claim_id.strip(), name.strip(), decision.strip()


def _cmd_decide_group(args: argparse.Namespace) -> int:
    uncontested: dict[str, dict[str, str]] = {}
    for claim_id, name, decision in args.uncontested or []:
        uncontested.setdefault(claim_id, {})[name] = decision
    options: dict[str, Any] = {
        "winner": args.winner,
        "reason": args.reason,
        "workload_winners": dict(args.workload or []) or None,
        "others": args.others,
        "uncontested": uncontested or None,
    }
    with _open_store(args) as store:
        reviewer = args.reviewer or store.actor
        if args.dry_run:
            decisions = store.preview_group_decision(args.group_id, reviewer=reviewer, **options)
        else:
            saved = store.decide_group(args.group_id, reviewer=reviewer, replace=args.replace, **options)
            decisions = [d.decision for d in saved]
    verb = "Would save" if args.dry_run else "Saved"
    print(f"{verb} the decision of conflict group {args.group_id} (winner {args.winner}):")
    for d in decisions:
        workloads = ", ".join(f"{w.name} {w.decision.replace('_', ' ')}" for w in d.workloads)
        line = f"  {d.claim_id}: {d.decision.replace('_', ' ')} ({workloads}); template {d.template_id}"
        if d.respond_by:
            line += f"; the partner must provide an up-to-date POE by {d.respond_by.isoformat()}"
        print(line)
        if args.dry_run:
            print("    " + d.comment.replace("\n", "\n    "))
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    # Imported here, and only here: every other command runs without Qt.
    from poe_reviewer.ui.app import run_gui

    return run_gui(args.db, screenshot=args.screenshot, claim=args.claim, sample_queue=args.sample_queue)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="poe-reviewer",
        description="Review Proof of Execution (POE) of Microsoft partner incentive claims.",
    )
    parser.add_argument("--version", action="version", version=f"poe-reviewer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="review database: an SQLite file path or a URL such as postgresql+psycopg://user@host/db "
        "(default: $POE_REVIEWER_DB, else an SQLite file in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="check claim bundles and print their reports",
        description=(
            "Check claim bundles (directories or .zip files; a directory without claim.json is a queue of "
            "bundles) and print one report per bundle. Exit 0 when every report was produced, failing checks "
            "included; 1 when a bundle could not be loaded."
        ),
    )
    check.add_argument("bundles", nargs="+", metavar="BUNDLE", help="bundle directory, .zip file or queue directory")
    check.add_argument("--json", action="store_true", help="print the poe-check-report/1 JSON (an array for several)")
    check.add_argument(
        "--queue", action="store_true", help="check the bundles as one queue (finds evidence reused across claims)"
    )
    check.add_argument(
        "--max-bundle-bytes",
        type=int,
        default=BundleLimits().max_expanded_bytes,
        metavar="N",
        help="refuse a bundle that expands to more than N bytes (default: 2 GiB)",
    )
    check.add_argument(
        "--max-entries",
        type=int,
        default=BundleLimits().max_entries,
        metavar="N",
        help="refuse a bundle with more than N files (default: 20000)",
    )
    check.set_defaults(func=_cmd_check)

    imp = sub.add_parser(
        "import",
        help="import and check bundles into the review queue",
        description=(
            "Import claim bundles (directories, .zip files, or a queue directory of them) into the review "
            "database and check them. The same bundle again changes nothing; the same claim with new evidence "
            "becomes a new revision. A bad bundle is reported and skipped; exit 1 when there was one."
        ),
    )
    imp.add_argument("bundles", nargs="+", metavar="BUNDLE", help="bundle directory, .zip file or queue directory")
    imp.add_argument("-q", "--quiet", action="store_true", help="print only the summary and errors")
    imp.add_argument(
        "--max-bundle-bytes", type=int, default=BundleLimits().max_expanded_bytes, metavar="N", help=argparse.SUPPRESS
    )
    imp.add_argument("--max-entries", type=int, default=BundleLimits().max_entries, metavar="N", help=argparse.SUPPRESS)
    imp.set_defaults(func=_cmd_import)

    queue = sub.add_parser(
        "queue", help="list the review queue", description="List the claims, the soonest deadline first."
    )
    queue.add_argument(
        "--status",
        action="append",
        choices=("to_review", "approved", "rejected", "action_required", "partially_approved"),
        help="only claims in this review state (repeatable)",
    )
    queue.add_argument(
        "--due",
        choices=("overdue", "today", "week"),
        help="only claims whose next deadline is past, today or within a week",
    )
    queue.add_argument("--limit", type=int, metavar="N", help="at most N claims")
    queue.add_argument("--json", action="store_true", help="print JSON instead of a table")
    queue.set_defaults(func=_cmd_queue)

    decide = sub.add_parser(
        "decide",
        help="record a decision on a claim",
        description=(
            "Record a decision on the current revision of a claim. Reject and Action Required need a comment "
            "(--comment, or --template to fill one in from the claim and its failing checks)."
        ),
    )
    decide.add_argument("claim_id", metavar="CLAIM_ID")
    verdict = decide.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", dest="verdict", action="store_const", const="approve")
    verdict.add_argument("--reject", dest="verdict", action="store_const", const="reject")
    verdict.add_argument("--action-required", dest="verdict", action="store_const", const="action_required")
    decide.add_argument("--template", metavar="ID", help="comment template id (resources/templates)")
    decide.add_argument("--comment", metavar="TEXT", help="comment for the partner (overrides the template's text)")
    decide.add_argument(
        "--workload",
        action="append",
        type=_workload_arg,
        metavar="NAME=DECISION",
        help="per-workload decision for CPOR claims: approved, rejected or action_required (repeatable)",
    )
    decide.add_argument("--reviewer", metavar="EMAIL", help="who decides (default: $POE_REVIEWER_EMAIL or login)")
    decide.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="refuse to save if the claim changed since version N (the queue's --json shows it)",
    )
    decide.add_argument("--replace", action="store_true", help="replace the claim's existing decision")
    decide.set_defaults(func=_cmd_decide)

    export = sub.add_parser(
        "export",
        help="write the decision export (poe-decisions/1) for the claims system",
        description=(
            "Write decisions as poe-decisions/1 JSON, atomically. By default every decision not exported "
            "before; what was exported is recorded, so exporting again never duplicates or drops one."
        ),
    )
    export.add_argument("--out", required=True, metavar="FILE")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--undelivered", action="store_true", help="decisions not exported before (default)")
    which.add_argument("--since", type=_date_arg, metavar="DATE", help="decisions made on or after DATE (UTC)")
    which.add_argument("--all", action="store_true", help="every decision")
    export.add_argument("--reviewer", metavar="EMAIL", help="who exports (default: $POE_REVIEWER_EMAIL or login)")
    export.set_defaults(func=_cmd_export)

    conflicts_ = sub.add_parser(
        "conflicts",
        help="list conflicting CPOR claims (the same customer and workload claimed by several partners)",
        description=(
            "List the groups of conflicting CPOR claims: different partners claiming the same customer (tenant, "
            "else domain) and workload (and subscription, for Business Applications), also against associations "
            "already approved. Shows who was notified when, the fourteen-day window, and the suggested winner "
            "(seed: Conflicting Claims - CPOR). A group found for the first time is recorded now."
        ),
    )
    conflicts_.add_argument("--group", metavar="GROUP_ID", help="compare this group's claims criterion by criterion")
    conflicts_.add_argument("--all", action="store_true", help="also decided groups whose losing claims have left")
    conflicts_.add_argument("--json", action="store_true", help="print JSON instead of text")
    conflicts_.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS, help="review database (also accepted before the command)"
    )
    conflicts_.set_defaults(func=_cmd_conflicts)

    group = sub.add_parser(
        "decide-group",
        help="decide a group of conflicting CPOR claims as one",
        description=(
            "Decide a conflict group as one: the winning claim is approved for the contested workloads it "
            "claimed (--workload names another winner for one workload); the other claims' contested workloads "
            "are rejected, or put in Action Required until the end of the fourteen-day window. The reason goes "
            "into every claim's comment (it must not name the partners) and every decision's conflict block. "
            "All decisions are saved, or none."
        ),
    )
    group.add_argument("group_id", metavar="GROUP_ID")
    group.add_argument(
        "--winner", required=True, metavar="CLAIM_ID", help="the claim whose partner drove the most influence"
    )
    group.add_argument(
        "--workload",
        action="append",
        type=_winner_arg,
        metavar="NAME=CLAIM_ID",
        help="the winner of one contested workload, if not --winner (NAME@SUBSCRIPTION_ID for one subscription)",
    )
    group.add_argument(
        "--others",
        choices=("reject", "action_required"),
        default="reject",
        help="what happens to the other claims' contested workloads (default: reject; action_required only while "
        "the window is open)",
    )
    group.add_argument("--reason", required=True, metavar="TEXT", help="why the winner was chosen (no partner names)")
    group.add_argument(
        "--uncontested",
        action="append",
        type=_uncontested_arg,
        metavar="CLAIM_ID:NAME=DECISION",
        help="decision for a workload of a group claim that no other partner claims (default: approved when the "
        "claim's checks recommend approval)",
    )
    group.add_argument("--reviewer", metavar="EMAIL", help="who decides (default: $POE_REVIEWER_EMAIL or login)")
    group.add_argument("--replace", action="store_true", help="replace the group's earlier decision")
    group.add_argument("--dry-run", action="store_true", help="print the decisions and comments without saving")
    group.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS, help="review database (also accepted before the command)"
    )
    group.set_defaults(func=_cmd_decide_group)

    gui = sub.add_parser(
        "gui",
        help="open the workbench window",
        description=(
            "Open the workbench on the review database: the queue, the documents with the evidence "
            "highlighted, the checks and the decision on one screen, driven from the keyboard ('?' lists the keys)."
        ),
    )
    gui.add_argument(
        "--sample-queue",
        action="store_true",
        help="work on the sample queue (sample_poe/), imported into its own SQLite file in your data folder",
    )
    gui.add_argument("--claim", metavar="ID", help="open this claim first")
    gui.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the window offscreen (queue loaded, a claim open) into a PNG file and exit",
    )
    gui.set_defaults(func=_cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    silence_known_warnings()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.CRITICAL, format="%(levelname)s %(name)s: %(message)s"
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.func(args)
    except PoeReviewerError as exc:
        print(f"poe-reviewer: {exc}", file=sys.stderr)
        return EXIT_BUNDLE_ERROR
    except KeyboardInterrupt:
        print("poe-reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code
