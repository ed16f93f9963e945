"""``conflicts`` and ``decide-group``: conflicting CPOR claims from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from poe_reviewer.conflicts import Comparison, GroupState

from poe_reviewer.cli.common import EXIT_OK, open_store
from poe_reviewer.cli.decide import reviewer_of


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
    clock = f"partners NOT notified yet (`poe-reviewer notify {g.group_id} --how ...` starts the window)"
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


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.refresh_conflicts()  # records any group not recorded yet (notifying its partners is a person's act)
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


def winner_arg(text: str) -> tuple[str, str]:
    name, sep, claim_id = text.rpartition("=")
    if not sep or not name.strip() or not claim_id.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected NAME=CLAIM_ID")
    return name.strip(), claim_id.strip()


def uncontested_arg(text: str) -> tuple[str, str, str]:
    head, sep, decision = text.rpartition("=")
    claim_id, colon, name = head.partition(":")
    if not sep or not colon or not claim_id.strip() or not name.strip() or not decision.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected CLAIM_ID:NAME=approved|rejected|action_required")
    return claim_id.strip(), name.strip(), decision.strip()


def cmd_decide_group(args: argparse.Namespace) -> int:
    uncontested: dict[str, dict[str, str]] = {}
    for claim_id, name, decision in args.uncontested or []:
        uncontested.setdefault(claim_id, {})[name] = decision
    resolutions: dict[str, dict[str, str]] = {}
    for claim_id, check, note in args.resolve or []:
        resolutions.setdefault(claim_id, {})[check] = note
    options: dict[str, Any] = {
        "winner": args.winner,
        "reason": args.reason,
        "workload_winners": dict(args.workload or []) or None,
        "others": args.others,
        "uncontested": uncontested or None,
        "early_reason": args.early_reason,
        "resolutions": resolutions or None,
    }
    with open_store(args) as store:
        who = reviewer_of(args, store)
        options["reviewer_name"] = who.name
        if args.dry_run:
            decisions = store.preview_group_decision(args.group_id, reviewer=who.email, **options)
        else:
            saved = store.decide_group(args.group_id, reviewer=who.email, replace=args.replace, **options)
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
