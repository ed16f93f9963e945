"""``import``, ``queue``, ``decide``, ``export``: the review queue from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from poe_reviewer.bundle import BundleLimits
from poe_reviewer.errors import BundleError
from poe_reviewer.identity import reviewer_from

if TYPE_CHECKING:
    from poe_reviewer.application.queue import ClaimSummary, ExportMode, ReviewQueue

from poe_reviewer.cli.check import expand
from poe_reviewer.cli.common import EXIT_BUNDLE_ERROR, EXIT_OK, EXIT_USAGE, open_store, progress_bar


def cmd_import(args: argparse.Namespace) -> int:
    from poe_reviewer.pipeline import default_jobs

    limits = BundleLimits(max_expanded_bytes=args.max_bundle_bytes, max_entries=args.max_entries)
    paths = expand(args.bundles)
    counts = {"new": 0, "revision": 0, "unchanged": 0, "bad": 0}
    with open_store(args, limits=limits) as store:
        for path, outcome in store.import_paths(
            paths, progress=progress_bar(sys.stderr), jobs=args.jobs or default_jobs()
        ):
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


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _queue_row(c: ClaimSummary, today: dt.date) -> list[str]:
    due = c.next_due.isoformat() if c.next_due else "-"
    if c.next_due:
        due += f" {c.next_clock}"
        if c.expired(today):
            due = "EXPIRED " + due
        elif c.overdue(today):
            due = "OVERDUE " + due
    flags = [
        name for name, on in (("public-sector", c.public_sector), ("reused", c.reused), ("conflict", c.conflict)) if on
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
        c.suggestion(today),
        ",".join(flags),
    ]


def _returning(store: ReviewQueue, claims: list[ClaimSummary]) -> dict[str, dict[str, object]]:
    """What changed on each returning claim (one decided on an earlier revision), by claim id."""
    from poe_reviewer.application.returning import compare_with_last_decision

    found: dict[str, dict[str, object]] = {}
    for c in claims:
        if c.revision > 1:
            changed = compare_with_last_decision(store, c.claim_id)
            if changed is not None:
                found[c.claim_id] = changed.to_json()
    return found


def cmd_queue(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with open_store(args) as store:
        claims = store.list_claims(status=args.status, due=args.due, today=today, limit=args.limit)
        if args.status and "to_review" in args.status and "action_required" not in args.status:
            # an Action Required left unanswered past its days is the reviewer's again (suggest reject)
            expired = [c for c in store.list_claims(status="action_required", due="overdue", today=today)
                       if c.expired(today)]  # fmt: skip
            claims = sorted([*claims, *expired], key=lambda c: (c.next_due or dt.date.max, c.claim_id))
            claims = claims[: args.limit] if args.limit else claims
        returning = _returning(store, claims) if args.json else {}
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
                # an Action Required left unanswered past its days: suggest the rejection
                "expired": c.expired(today),
                "suggestion": c.suggestion(today),
                "next_due": c.next_due.isoformat() if c.next_due else None,
                "next_clock": c.next_clock,
                "overdue": c.overdue(today),
                "public_sector": c.public_sector,
                "reused": c.reused,
                "conflict": c.conflict,
                "decided_by": c.decided_by,
                "leased_by": c.leased_by,
                "version": c.version,
                # a claim back after a decision: its revision, the previous decision, the changed documents
                **({"returning": returning[c.claim_id]} if c.claim_id in returning else {}),
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


def workload_arg(text: str) -> tuple[str, str]:
    name, sep, decision = text.rpartition("=")
    if not sep or not name.strip() or not decision.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected NAME=approved|rejected|action_required")
    return name.strip(), decision.strip()


def cmd_export(args: argparse.Namespace) -> int:
    if args.ack or args.receipt:
        if args.all or args.since or args.undelivered:
            print("poe-reviewer: export: --ack and --receipt take no --undelivered, --since or --all", file=sys.stderr)
            return EXIT_USAGE
        return _acknowledge(args)
    mode: ExportMode = "all" if args.all else "since" if args.since else "undelivered"
    with open_store(args) as store:
        result = store.export(Path(args.out), mode, since=args.since, exported_by=reviewer_from(args.reviewer).email)
    uid = result.export_uid
    ack = f"poe-reviewer export --ack {uid}"
    if not result.written:
        print(f"No undelivered decisions and no export waiting for acknowledgement; {args.out} was not written.")
    elif result.resumed:
        where = f"written to {args.out}" if result.file_written else f"{args.out} already holds it"
        print(
            f"Resumed export {uid} ({result.count} decision(s), not yet acknowledged): {where}, the same file "
            f"as before; no decision is waiting for a new export. Once the claims system has it: {ack}."
        )
    elif result.state == "copy":
        print(
            f"Exported {result.count} decision(s) to {args.out} (export {uid}, {mode}: a copy; "
            "no decision's delivery changed)."
        )
    else:
        print(
            f"Exported {result.count} decision(s) to {args.out} (export {uid}, {mode}; delivered pending until "
            f"the claims system acknowledges it: {ack})."
        )
    if result.pending:
        print(f"Still waiting for acknowledgement: {', '.join(result.pending)}.")
    return EXIT_OK


def _acknowledge(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.receipt:
            done = store.acknowledge_receipt(Path(args.receipt), by=reviewer_from(args.reviewer).email)
        else:
            done = store.acknowledge_export(args.ack, by=reviewer_from(args.reviewer).email)
        pending = [p.export_uid for p in store.pending_exports()]
    if done.state == "copy":
        print(f"Export {done.export_uid} is a copy (a re-delivery): there is nothing to acknowledge.")
    elif done.already:
        when = done.acknowledged_at.isoformat() if done.acknowledged_at else "before"
        who = f" by {done.acknowledged_by}" if done.acknowledged_by else ""
        print(f"Export {done.export_uid} was already acknowledged ({when}{who}); nothing changed.")
    else:
        print(f"Export {done.export_uid} acknowledged ({done.count} decision(s)) by {done.acknowledged_by}.")
    print(f"Still waiting for acknowledgement: {', '.join(pending)}." if pending else "No export is waiting.")
    return EXIT_OK
