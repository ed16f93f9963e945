"""The sample queue's clocks count back from the day it is imported (sample_poe/.timeline.toml): a newcomer meets
overdue claims, claims due today and this week, an open conflict window and decided claims, whatever the date."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.application.sample_timeline import TIMELINE, SampleClock, read_timeline
from poe_reviewer.clocks import add_business_days
from poe_reviewer.errors import PoeReviewerError

SAMPLES = Path(__file__).resolve().parent.parent / "sample_poe"
#: overdue (9 business days under review), due today (5), this week (1), arrived today (0), decided (reject),
#: and the three claims of the conflict whose partners were notified
CHOSEN = ("3093377", "3091187", "3104870", "3110204", "3092761", "3105110", "3105342", "3105577")
AS_OF = dt.date(2026, 3, 4)  # a Wednesday


def sample_subset(tmp_path: Path) -> Path:
    queue = tmp_path / "samples"
    queue.mkdir()
    shutil.copy(SAMPLES / TIMELINE, queue / TIMELINE)  # written by tools/make_samples.py
    for entry in SAMPLES.iterdir():
        if entry.name.split("_", 1)[0].removesuffix(".zip") in CHOSEN:
            (shutil.copytree if entry.is_dir() else shutil.copy)(entry, queue / entry.name)
    return queue


def import_with_clock(store: ReviewQueue, queue: Path, as_of: dt.date) -> list[str]:
    clock = SampleClock(store, read_timeline(queue), as_of)
    for path in sorted(p for p in queue.iterdir() if not p.name.startswith(".")):
        outcome = clock.store_for(path).import_one(path)
        assert not isinstance(outcome, BaseException), outcome
    store.catch_up_reuse()
    return clock.settle()


def test_the_sample_clocks_count_back_from_the_import_day(tmp_path: Path) -> None:
    queue = sample_subset(tmp_path)
    with ReviewQueue(str(tmp_path / "q.sqlite3"), actor="newcomer@example.com") as store:
        settled = import_with_clock(store, queue, AS_OF)
        due = {c.claim_id: c for c in store.list_claims()}
        assert due["3093377"].overdue(AS_OF), "nine business days under review: overdue"
        assert due["3091187"].next_due == AS_OF, "five business days under review: due today"
        assert due["3104870"].next_due == add_business_days(AS_OF, 4)
        assert due["3110204"].next_due == add_business_days(AS_OF, 5), "arrived today: due in five business days"

        decided = store.get_claim("3092761")
        assert decided.summary.status == "rejected"
        d = decided.current_decision
        assert d is not None
        assert d.decision.decided_at.date() == add_business_days(AS_OF, -1)
        assert d.decision.reviewer == "dana@example.com"
        assert "Dear Partner" in d.decision.comment, "the comment is the template a reviewer would pick, filled in"

        group = store.conflict_group_of("3105110")
        assert group is not None
        assert group.notified_at is not None
        assert group.notified_at.date() == add_business_days(AS_OF, -2)
        assert group.window_end is not None
        assert group.window_end >= AS_OF, "the conflict window is open"
        assert set(settled) >= {"3092761", "3105110", "3105342", "3105577"}

        # importing again changes nothing: the claims are known, the decisions and the notice already made
        assert import_with_clock(store, queue, AS_OF + dt.timedelta(days=30)) == []
        assert store.get_claim("3093377").summary.next_due == due["3093377"].next_due
        assert store.verify_trail().ok


def test_a_damaged_timeline_is_named_with_its_problem(tmp_path: Path) -> None:
    (tmp_path / TIMELINE).write_text("written_as_of = 2025-10-03\n[under_review]\n3079758 = -2\n", encoding="utf-8")
    with pytest.raises(PoeReviewerError, match=r"\.timeline\.toml: under_review\.3079758 must be a whole number"):
        read_timeline(tmp_path)
    assert read_timeline(tmp_path / "nowhere") is None
