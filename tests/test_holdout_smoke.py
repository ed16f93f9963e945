"""The held-out claim bundles (tools/make_holdout.py) and the accuracy benchmark that reads them.

These tests keep the measurement usable: the generator writes the bundles it promises,
deterministically, with an expectation for each; every bundle loads; every report the
pipeline produces for them is a valid ``poe-check-report/1``; the benchmark runs over them.
Whether the recommendations match the expectations is the measurement
(``benchmarks/accuracy.py``), deliberately not a gate here.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.accuracy import DECISIONS, REVIEW, bundle_paths, measure, summary
from poe_reviewer.checks import CHECK_IDS
from poe_reviewer.errors import BundleError
from poe_reviewer.pipeline import check_paths, load_claim
from poe_reviewer.report import Report
from poe_reviewer.schemas import validation_errors
from tools.make_holdout import EXPECTED_FILE, build

# whole processes or the OCR engine: not in the fast lane (make test-fast)
pytestmark = pytest.mark.integration

STATUSES = {"pass", "fail", "warn", "not_applicable", "error"}


@pytest.fixture(scope="module")
def holdout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("holdout") / "set"
    build(out)
    return out


@pytest.fixture(scope="module")
def expected(holdout: Path) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads((holdout / EXPECTED_FILE).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def reports(holdout: Path) -> dict[str, Report]:
    out: dict[str, Report] = {}
    for path, outcome in check_paths(bundle_paths(holdout), as_queue=True):
        assert not isinstance(outcome, BundleError), f"{path}: {outcome}"
        out[Path(path).name] = outcome
    return out


def _digests(directory: Path) -> dict[str, str]:
    return {
        p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_expected_covers_every_bundle_with_a_reasoned_decision(holdout: Path, expected: dict[str, Any]) -> None:
    entries = {p.name for p in bundle_paths(holdout)}
    assert len(entries) >= 40
    assert {e["bundle"] for e in expected.values()} == entries
    for claim_id, e in expected.items():
        assert e["decision"] in DECISIONS, claim_id
        assert len(e["why"]) > 40, f"{claim_id}: the expectation must say why"
        for check_id, wanted in e.get("checks", {}).items():
            assert check_id in CHECK_IDS, f"{claim_id}: unknown check {check_id}"
            statuses = [wanted] if isinstance(wanted, str) else wanted
            assert set(statuses) <= STATUSES, f"{claim_id}: {check_id} {wanted}"
    mix = Counter(e["decision"] for e in expected.values())
    # about 40% approve, 40% action required, 20% reject
    assert mix["approve"] >= 0.3 * len(expected)
    assert mix["action_required"] >= 0.3 * len(expected)
    assert mix["reject"] >= 0.15 * len(expected)


def test_generator_is_deterministic(holdout: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(again)
    assert _digests(again) == _digests(holdout)


def test_generator_refuses_a_non_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "something").write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit):
        build(tmp_path)


def test_every_bundle_loads_and_its_documents_load_or_say_why(holdout: Path, expected: dict[str, Any]) -> None:
    by_bundle = {e["bundle"]: claim_id for claim_id, e in expected.items()}
    errors: list[str] = []
    for path in bundle_paths(holdout):
        loaded = load_claim(path)
        with loaded.bundle:
            assert loaded.bundle.claim.claim_id == by_bundle[path.name]
            assert loaded.documents, f"{path.name}: no documents"
            assert not loaded.bundle.missing, f"{path.name}: listed but missing {loaded.bundle.missing}"
            for doc in (d for top in loaded.documents for d in top.walk()):
                if doc.error:
                    errors.append(f"{path.name}/{doc.path}: {doc.error}")
    # exactly the one upload the set breaks on purpose (a Word file cut off half-way) is unreadable
    assert len(errors) == 1, errors
    assert "Deployment_Notes.docx" in errors[0]


def test_macos_zip_junk_is_not_evidence(holdout: Path) -> None:
    (zipped,) = [p for p in bundle_paths(holdout) if p.name.endswith("_MacZip.zip")]
    loaded = load_claim(zipped)
    with loaded.bundle:
        paths = [f.path for f in loaded.bundle.files]
    assert paths
    assert not any("__MACOSX" in p or p.endswith(".DS_Store") for p in paths), paths


def test_every_report_validates_against_the_schema(expected: dict[str, Any], reports: dict[str, Report]) -> None:
    assert len(reports) == len(expected)
    for name, report in reports.items():
        doc = report.to_json()
        assert validation_errors("poe-check-report/1", doc) == [], name
        assert [c["id"] for c in doc["checks"]] == list(CHECK_IDS), name
        assert doc["recommendation"] in (*DECISIONS, REVIEW)


def test_benchmark_measures_every_bundle(holdout: Path, expected: dict[str, Any]) -> None:
    outcomes = measure(holdout)
    assert sorted(o.claim_id for o in outcomes) == sorted(expected)
    result = summary(outcomes)
    matrix = result["confusion"]
    assert sum(sum(row.values()) for row in matrix.values()) == len(expected)
    assert 0.0 <= result["decision_accuracy"] <= 1.0
    json.dumps(result)  # the --json output is plain data
