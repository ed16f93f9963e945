"""``stats``: the reviewer metrics of the queue (pace, time to decision, overridden suggestions per check, QC
overturn rates, due-date health), as text or JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from poe_reviewer.cli.common import EXIT_OK, open_store


def cmd_stats(args: argparse.Namespace) -> int:
    from poe_reviewer.application.metrics import compute_metrics

    since = dt.datetime.combine(args.since, dt.time(), dt.UTC) if args.since else None
    with open_store(args) as store:
        metrics = compute_metrics(store, since=since)
    if args.json:
        print(json.dumps(metrics.to_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    span = f"decisions since {args.since.isoformat()}" if args.since else "every decision"
    lines = [f"Reviewer metrics ({span}; the queue as of {metrics.today.isoformat()})"]
    hours = metrics.median_hours_to_decision
    lines.append(
        f"Decided: {metrics.decided}" + (f"; median time to decision {hours:.1f} h" if hours is not None else "")
    )
    lines.append(
        f"Suggestions followed {metrics.followed}, overridden {metrics.overridden} ({metrics.overridden_share:.0%}); "
        f"{metrics.asked_to_look} decided where the checks asked a person to look"
    )
    if metrics.reviewers:
        lines.append("Per reviewer:")
        for r in metrics.reviewers:
            took = r.median_hours_to_decision
            hours_to = f", median {took:.1f} h to decision" if took is not None else ""
            lines.append(
                f"  {r.reviewer}: {r.decided} decided, {r.per_day:.1f} a day, {r.per_hour:.1f} an hour, "
                f"{r.overridden} overridden{hours_to}"
            )
    disagreed = [c for c in metrics.by_check if c.approved_anyway]
    if disagreed:
        lines.append("Checks reviewers disagree with most (failed, approved all the same):")
        lines += [f"  {c.check_id}: {c.approved_anyway} of {c.failed} ({c.share:.0%})" for c in disagreed[:8]]
    qc = metrics.qc
    if qc.pending or qc.by_reviewer:
        rates = ", ".join(f"{who} {r.overturned} of {r.checked}" for who, r in qc.by_reviewer.items())
        lines.append(f"Second-level QC: {qc.pending} waiting" + (f"; overturned: {rates}" if rates else ""))
    d = metrics.due
    lines.append(
        f"To review: {d['overdue']} overdue, {d['today']} due today, {d['week']} this week, {d['later']} later, "
        f"{d['none']} with no deadline running"
    )
    print("\n".join(lines))
    return EXIT_OK
