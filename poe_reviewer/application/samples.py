"""The sample queue's past: earlier revisions of its returning claims and the decisions made on them.

``sample_poe/.earlier/`` (hidden, so a queue import skips it) holds the bundles of earlier revisions
and ``decisions.json``, a ``poe-decisions/1`` export of the decisions a reviewer made on them. Before
the sample queue is imported, each earlier revision is imported and its decision recorded as it was
made, at its own time: the queue then holds claims that come back (a resubmission, a dispute) and an
Action Required whose fourteen days ran out, as a reviewer meets them (issue 16).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from poe_reviewer.application.bundles import named_paths
from poe_reviewer.application.queue import AlreadyDecidedError, ReviewQueue
from poe_reviewer.application.sample_timeline import clocked_store, read_timeline
from poe_reviewer.bundle import load_bundle
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Decision, Verdict, checks_to_resolve

EARLIER = ".earlier"
DECISIONS = "decisions.json"
#: The note an earlier approval carries for the checks it had to resolve (guarded approval).
SAMPLE_NOTE = "Confirmed by the reviewer of the earlier revision (sample history)."
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass(frozen=True)
class EarlierRevision:
    bundle: Path
    decision: Decision


def earlier_revisions(queue: Path) -> list[EarlierRevision]:
    """The earlier revisions of ``queue`` and their decisions, oldest decision first (none without a past)."""
    folder = queue / EARLIER
    listed = folder / DECISIONS
    if not listed.is_file():
        return []
    try:
        export = json.loads(listed.read_text(encoding="utf-8"))
        decisions = [Decision.from_export_json(d) for d in export["decisions"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PoeReviewerError(f"{listed}: the sample queue's decisions cannot be read ({exc})") from exc
    by_digest: dict[str, Path] = {}
    for entry in named_paths([folder]):
        if entry.bundle:
            with load_bundle(entry.path) as bundle:
                by_digest[bundle.digest] = Path(entry.path)
    found: list[EarlierRevision] = []
    for d in sorted(decisions, key=lambda d: d.decided_at):
        path = by_digest.get(d.bundle_sha256)
        if path is None:
            raise PoeReviewerError(
                f"{listed}: no bundle in {folder} is the evidence of the decision on claim {d.claim_id}"
            )
        found.append(EarlierRevision(path, d))
    return found


#: The verdict a reviewer chooses for each kind of decision (a partial approval: approve, per workload).
_VERDICTS: dict[str, Verdict] = {
    "approved": "approve",
    "partially_approved": "approve",
    "rejected": "reject",
    "action_required": "action_required",
}


def _shifted_dates(text: str, by: dt.timedelta) -> str:
    """``text`` with its ISO dates moved by ``by`` (the deadline an earlier comment names moves with it)."""

    def move(m: re.Match[str]) -> str:
        try:
            return (dt.date.fromisoformat(m.group(0)) + by).isoformat()
        except ValueError:
            return m.group(0)

    return _ISO_DATE.sub(move, text) if by else text


def load_history(
    store: ReviewQueue, queue: Path, progress: Callable[[str], None] | None = None, *, as_of: dt.date | None = None
) -> int:
    """Import ``queue``'s earlier revisions and record their decisions at the time they were made; a
    revision already there is left as it is (loading twice changes nothing). Returns how many decisions
    were recorded.

    Where the queue has a timeline (``.timeline.toml``), every decision moves with the import day
    (``as_of``, today by default): made as long before it as it was before the day it was written for."""
    timeline = read_timeline(queue)
    by = timeline.offset(as_of or store.now().date()) if timeline else dt.timedelta(0)
    recorded = 0
    for earlier in earlier_revisions(queue):
        d = earlier.decision
        if progress is not None:
            progress(f"Earlier revision of claim {d.claim_id}")
        # the same database, its clock at the decision's time (never closed: it shares the engine)
        then = clocked_store(store, d.decided_at + by, d.reviewer)
        result = then.import_bundle(earlier.bundle)
        if result.revision != 1 and result.outcome != "unchanged":
            continue
        detail = then.get_claim(d.claim_id)
        if detail.revision.bundle_sha256 != d.bundle_sha256:
            continue  # the claim has moved on: its later revision is already in the queue
        if not then.reviewer_name(d.reviewer):
            then.register_reviewer(d.reviewer, d.reviewer.split("@")[0].replace(".", " ").title())
        resolutions = {c: SAMPLE_NOTE for c in checks_to_resolve(detail.check_statuses, d.decision)}
        verdict: Verdict = _VERDICTS[d.decision]
        per_workload = {w.name: w.decision for w in d.workloads} if d.decision == "partially_approved" else None
        try:
            then.decide(
                d.claim_id, verdict, reviewer=d.reviewer, comment=_shifted_dates(d.comment, by),
                template_id=d.template_id, workload_verdicts=per_workload, resolutions=resolutions or None,
            )  # fmt: skip
            recorded += 1
        except AlreadyDecidedError:
            pass
    return recorded
