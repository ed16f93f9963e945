"""``qc``: second-level quality control from the command line — what waits for a second reviewer, agreeing
with a decision, overturning it, and the overturn rates."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from poe_reviewer.cli.common import EXIT_OK, open_store
from poe_reviewer.cli.decide import reviewer_of

if TYPE_CHECKING:
    from poe_reviewer.application.queue import QcItem


def cmd_qc(args: argparse.Namespace) -> int:
    from poe_reviewer.application.qc import describe_reasons

    with open_store(args) as store:
        action = args.qc_action
        if action == "list":
            mine = None if args.all else reviewer_of(args, store).email
            items = store.qc_queue(for_reviewer=mine)
            if args.json:
                print(json.dumps([_item_json(i) for i in items], indent=2, ensure_ascii=False))
                return EXIT_OK
            if not items:
                print("No decision waits for QC" + ("." if args.all else " that you may check (not your own)."))
            for i in items:
                d = i.decision
                print(
                    f"{i.claim_id} (revision {i.revision}): {d.decision.replace('_', ' ')} by {d.reviewer} on "
                    f"{d.decided_at:%Y-%m-%d %H:%M} UTC — {describe_reasons(i.reasons, store.qc.settings)}"
                )
            return EXIT_OK
        if action == "stats":
            stats = store.qc_stats()
            if args.json:
                print(json.dumps(stats.to_json(), indent=2, ensure_ascii=False))
                return EXIT_OK
            print(f"Waiting for QC: {stats.pending}")
            print("Overturned, by the reviewer who decided:")
            for decider, r in stats.by_reviewer.items():
                print(
                    f"  {decider}: {r.overturned} of {r.checked}" + (f" ({r.rate:.0%})" if r.rate is not None else "")
                )
            print("Overturned where a check raised something (fail, warn or error):")
            for check, r in stats.by_check.items():
                print(f"  {check}: {r.overturned} of {r.checked}" + (f" ({r.rate:.0%})" if r.rate is not None else ""))
            return EXIT_OK
        who = reviewer_of(args, store)
        if action == "agree":
            item = store.qc_agree(args.claim_id, by=who.email, note=args.note or "")
            d = item.decision
            print(
                f"Agreed: claim {item.claim_id} {d.decision.replace('_', ' ')} by {d.reviewer}, checked by "
                f"{who.email}; it goes out with the next export."
            )
            return EXIT_OK
        saved = store.overturn(
            args.claim_id,
            args.verdict,
            reason=args.reason,
            reviewer=who.email,
            comment=args.comment or "",
            template_id=args.template,
            resolutions=dict(args.resolve or []),
        )
        print(
            f"Overturned: claim {saved.decision.claim_id} is now {saved.decision.decision.replace('_', ' ')} by "
            f"{who.email} (reason recorded); this decision goes out with the next export."
        )
    return EXIT_OK


def _item_json(item: QcItem) -> dict[str, Any]:
    d = item.decision
    return {
        "claim_id": item.claim_id,
        "revision": item.revision,
        "decision": d.decision,
        "reviewer": d.reviewer,
        "decided_at": d.decided_at.isoformat(),
        "template_id": d.template_id,
        "reasons": list(item.reasons),
        "state": item.state,
    }
