"""Team mode: several reviewers on one queue in PostgreSQL (and the same rules on SQLite).

"Next claim" hands each reviewer a different claim (FOR UPDATE SKIP LOCKED and leases), two saves
on one claim give exactly one decision, and each reviewer sees the others' decisions as they land.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from poe_reviewer.application.queue import ReviewQueue, StaleDecisionError
from tests.test_bundle import write_bundle
from tests.test_storage import claim_data, confirmed, decide_all, pg_database

QUEUE_SIZE = 500


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg_database()


def write_queue(root: Path, count: int) -> list[Path]:
    return [write_bundle(root / f"b{i:04d}", claim_data(f"Q{i:04d}")) for i in range(count)]


def run_reviewers(url: str, reviewers: list[str], *, pace: Callable[[str], None] | None = None) -> dict[str, list[str]]:
    """Each reviewer in a thread of its own, with a store (and connections) of its own, started together."""
    stores = {r: ReviewQueue(url, actor=r) for r in reviewers}
    barrier = threading.Barrier(len(reviewers))
    done: dict[str, list[str]] = {}
    errors: list[BaseException] = []

    def work(reviewer: str) -> None:
        try:
            barrier.wait(timeout=30)
            done[reviewer] = decide_all(stores[reviewer], reviewer, pace)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread: a reviewer's failure fails it
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(r,)) for r in reviewers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for s in stores.values():
        s.close()
    assert not errors, errors
    assert all(not t.is_alive() for t in threads), "a reviewer thread hung"
    return done


def assert_each_claim_decided_once(url: str, expected: int, done: dict[str, list[str]]) -> None:
    decided = [cid for ids in done.values() for cid in ids]
    assert len(decided) == expected
    assert len(set(decided)) == expected, [c for c, n in Counter(decided).items() if n > 1][:5]
    with ReviewQueue(url) as store:
        with store.engine.connect() as conn:
            per_claim = conn.execute(
                text("SELECT claim_pk, count(*) FROM decisions GROUP BY claim_pk HAVING count(*) > 1")
            ).all()
            total = conn.execute(text("SELECT count(*) FROM decisions")).scalar()
        assert per_claim == [], "a claim was decided twice"
        assert total == expected
        assert store.list_claims(status="to_review") == []
        assert store.undelivered_count() == expected
        assert sum(1 for e in store.audit_trail() if e.action == "decision") == expected


@pytest.mark.slow
def test_two_reviewers_decide_a_500_claim_postgresql_queue_each_claim_once(pg_url: str, tmp_path: Path) -> None:
    with ReviewQueue(pg_url, actor="importer@example.com") as store:
        results = list(store.import_paths(write_queue(tmp_path / "queue", QUEUE_SIZE)))
        assert all(not isinstance(r, Exception) for _, r in results)
        assert store.count_claims() == QUEUE_SIZE
    done = run_reviewers(pg_url, ["alice@example.com", "bob@example.com"])
    assert_each_claim_decided_once(pg_url, QUEUE_SIZE, done)
    assert all(len(ids) > QUEUE_SIZE // 10 for ids in done.values()), {r: len(i) for r, i in done.items()}


def test_reviewers_share_an_sqlite_queue_too(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    with ReviewQueue(url, actor="importer@example.com") as store:
        for p in write_queue(tmp_path / "queue", 40):
            store.import_bundle(p)
    done = run_reviewers(url, ["alice@example.com", "bob@example.com", "carol@example.com"])
    assert_each_claim_decided_once(url, 40, done)


def test_simultaneous_saves_on_the_same_claims_one_wins_each_time(pg_url: str, tmp_path: Path) -> None:
    claims = 15
    with ReviewQueue(pg_url, actor="importer@example.com") as store:
        for p in write_queue(tmp_path / "queue", claims):
            store.import_bundle(p)
        versions = {c.claim_id: c.version for c in store.list_claims()}
        notes = {cid: confirmed(store, cid) for cid in versions}
    reviewers = ["alice@example.com", "bob@example.com"]
    stores = {r: ReviewQueue(pg_url, actor=r) for r in reviewers}
    outcomes: dict[str, list[str]] = {r: [] for r in reviewers}
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(reviewer: str) -> None:
        try:
            for cid in sorted(versions):
                barrier.wait(timeout=30)  # both save the same claim at the same moment
                try:
                    stores[reviewer].decide(cid, "approve", reviewer=reviewer, expected_version=versions[cid],
                                            resolutions=notes[cid])  # fmt: skip
                    outcomes[reviewer].append("saved")
                except StaleDecisionError as exc:
                    outcomes[reviewer].append("stale" if "changed after you opened it" in str(exc) else str(exc))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(r,)) for r in reviewers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for s in stores.values():
        s.close()
    assert not errors, errors
    for i in range(claims):
        assert sorted(outcomes[r][i] for r in reviewers) == ["saved", "stale"]
    with ReviewQueue(pg_url) as store, store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM decisions")).scalar() == claims


def test_a_reviewer_sees_decisions_as_they_land(pg_url: str, tmp_path: Path) -> None:
    with (
        ReviewQueue(pg_url, actor="alice@example.com") as alice,
        ReviewQueue(pg_url, actor="bob@example.com") as bob,
    ):
        for p in write_queue(tmp_path / "queue", 3):
            alice.import_bundle(p)
        assert {c.status for c in bob.list_claims()} == {"to_review"}
        taken = alice.next_claim()
        assert taken is not None
        seen = {c.claim_id: c for c in bob.list_claims()}
        assert seen[taken.claim_id].leased_by == "alice@example.com", "bob sees who has the claim open"
        alice.decide(taken.claim_id, "approve", resolutions=confirmed(alice, taken.claim_id))
        seen = {c.claim_id: c for c in bob.list_claims()}
        assert seen[taken.claim_id].status == "approved"
        assert seen[taken.claim_id].decided_by == "alice@example.com"
        assert seen[taken.claim_id].leased_by is None
        nxt = bob.next_claim()
        assert nxt is not None
        assert nxt.claim_id != taken.claim_id
