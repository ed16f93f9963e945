"""Several bundles at once (``--jobs``): the same reports and the same queue as one at a time, in the
order given, with nothing left open or stored twice."""

from __future__ import annotations

import os
import pickle
import shutil
import threading
from pathlib import Path

import pytest

from poe_reviewer.application.queue import ImportResult, ReviewQueue
from poe_reviewer.cli import main
from poe_reviewer.errors import BundleError, ClaimValidationError, PoeReviewerError
from poe_reviewer.pipeline import check_paths, default_jobs, in_order, in_process
from tests.test_storage import make_bundle, table_counts

pytest_plugins = ("tests.test_storage",)


def _bundles(root: Path, count: int) -> list[Path]:
    return [make_bundle(root / f"b{i}", f"J{i}") for i in range(count)]


def test_work_comes_back_in_the_order_given_from_other_threads() -> None:
    seen: set[str] = set()

    def work(item: str) -> str:
        seen.add(threading.current_thread().name)
        return item.upper()

    items = [f"bundle{i}" for i in range(12)]
    assert list(in_order(items, work, jobs=2)) == [(i, i.upper()) for i in items]
    assert threading.current_thread().name not in seen  # read ahead on the pool's threads
    assert default_jobs() >= 1


def test_work_read_ahead_and_never_taken_is_handed_back_to_close() -> None:
    closed: list[int] = []
    results = in_order(range(10), lambda i: i, jobs=2, discard=closed.append)  # type: ignore[arg-type]
    assert [next(results)[1] for _ in range(3)] == [0, 1, 2]
    results.close()  # the reviewer cancelled
    assert closed  # the bundles read ahead were closed, not leaked
    assert set(closed) <= set(range(3, 10))


def test_two_jobs_check_every_bundle_as_one_job_does(tmp_path: Path) -> None:
    paths = _bundles(tmp_path, 5)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "claim.json").write_text("{not json")
    paths.insert(2, broken)
    for as_queue in (False, True):
        one = [(p, o) for p, o in check_paths(paths, as_queue=as_queue, jobs=1)]
        two = [(p, o) for p, o in check_paths(paths, as_queue=as_queue, jobs=2)]
        assert [p for p, _ in two] == [str(p) for p in paths]
        assert isinstance(two[2][1], BundleError)  # the broken bundle is its error, the rest go on
        assert [o.to_json() if not isinstance(o, BundleError) else str(o) for _, o in one] == [
            o.to_json() if not isinstance(o, BundleError) else str(o) for _, o in two
        ]


def test_an_import_with_two_jobs_stores_each_bundle_once_in_order(store: ReviewQueue, tmp_path: Path) -> None:
    paths = _bundles(tmp_path, 4)
    twin = tmp_path / "twin"
    shutil.copytree(paths[1], twin)  # the same bundle twice in one import: read ahead before either is stored
    results = list(store.import_paths([*paths, twin], jobs=2))
    assert [p for p, _ in results] == [str(p) for p in [*paths, twin]]
    outcomes = [o.outcome for _, o in results if isinstance(o, ImportResult)]
    assert outcomes == ["new", "new", "new", "new", "unchanged"]
    counts = table_counts(store)
    again = [o for _, o in store.import_paths(paths, jobs=2)]
    assert [o.outcome for o in again if isinstance(o, ImportResult)] == ["unchanged"] * 4
    assert table_counts(store) == counts


def test_the_command_line_refuses_a_number_of_jobs_that_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--jobs", "0", str(tmp_path)])
    assert "'0' is not a number of jobs" in capsys.readouterr().err


def _die(code: int) -> int:
    os._exit(code)


def test_a_checking_process_that_dies_costs_its_bundle_and_the_next_one_is_checked() -> None:
    with pytest.raises(RuntimeError, match="checking process stopped"):  # the bundle's error (UNFORESEEN)
        in_process(_die, 3)
    assert in_process(abs, -4) == 4  # a new process took the dead one's place


@pytest.mark.parametrize(
    "error",
    [
        BundleError("/queue/b1.zip", "claim.json is not JSON"),
        ClaimValidationError("/queue/b1", "claim_id", "is missing"),
        PoeReviewerError("the database is newer than this program"),
    ],
)
def test_every_error_of_a_bundle_comes_back_from_a_checking_process_as_it_was(error: PoeReviewerError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), again.__dict__) == (type(error), str(error), error.__dict__)
