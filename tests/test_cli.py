"""The command line as a user or a script meets it: help, text and JSON reports, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from poe_reviewer.checks import CHECK_IDS, recommend
from poe_reviewer.checks.base import CheckResult
from poe_reviewer.cli import main
from poe_reviewer.schemas import validation_errors
from tests.test_bundle import write_bundle


def test_help_lists_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "check" in out
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "--json" in out
    assert "--queue" in out


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().out


def test_json_report_has_every_check_and_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_bundle(tmp_path / "b")
    assert main(["check", str(root), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert validation_errors("poe-check-report/1", report) == []
    assert [c["id"] for c in report["checks"]] == list(CHECK_IDS)
    assert report["claim_id"] == "3079758"
    assert report["documents"][0]["path"] == "POE/Contoso_Intune_POE_signed.pdf"
    assert report["documents"][0]["error"], "a fake PDF is reported as unreadable"


def test_several_bundles_give_an_array_and_a_bad_one_does_not_stop_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_bundle(tmp_path / "good")
    bad = write_bundle(tmp_path / "bad")
    (bad / "claim.json").write_text("{}")
    code = main(["check", str(good), str(bad), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    reports = json.loads(captured.out)
    assert isinstance(reports, list)
    assert len(reports) == 1
    err_lines = captured.err.strip().splitlines()
    assert len(err_lines) == 1
    assert str(bad) in err_lines[0]
    assert "$.format" in err_lines[0]


def test_queue_directory_is_expanded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_bundle(tmp_path / "queue" / "a")
    write_bundle(tmp_path / "queue" / "b")
    assert main(["check", str(tmp_path / "queue"), "--json", "--queue"]) == 0
    reports = json.loads(capsys.readouterr().out)
    assert len(reports) == 2


def test_text_report_is_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_bundle(tmp_path / "b")
    assert main(["check", str(root)]) == 0
    out = capsys.readouterr().out
    assert "Claim 3079758" in out
    assert "Recommendation:" in out
    for check_id in CHECK_IDS:
        assert check_id in out


def test_check_path_imports_no_qt(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "b")
    code = (
        "import sys\n"
        "from poe_reviewer.cli import main\n"
        f"rc = main(['check', {str(root)!r}, '--json'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'poe_reviewer.ui')))\n"
        "assert not qt, qt\n"
        "raise SystemExit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr


def test_console_script_is_installed() -> None:
    exe = shutil.which("poe-reviewer", path=str(Path(sys.executable).parent))
    assert exe, "make test installs the package with its console script"
    proc = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0
    assert "check" in proc.stdout


def test_a_check_that_raises_becomes_error_and_others_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import poe_reviewer.checks as checks

    real = checks.check_module

    def broken(check_id: str):  # type: ignore[no-untyped-def]
        module = real(check_id)
        if check_id == "invoice":

            class Boom:
                CHECK_ID = "invoice"

                @staticmethod
                def run(ctx: object) -> CheckResult:
                    raise ValueError("boom")

            return Boom
        return module

    monkeypatch.setattr(checks, "check_module", broken)
    root = write_bundle(tmp_path / "b")
    assert main(["check", str(root), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    statuses = {c["id"]: c["status"] for c in report["checks"]}
    assert statuses["invoice"] == "error"
    assert "boom" in next(c["summary"] for c in report["checks"] if c["id"] == "invoice")
    assert len(statuses) == len(CHECK_IDS)


def _r(status: str, reject: bool = False) -> CheckResult:
    return CheckResult("x", status, "s", reject=reject)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([_r("pass"), _r("not_applicable")], "approve"),
        # a check that could not decide or could not run: a person must look (spec, recommendation review)
        ([_r("pass"), _r("warn")], "review"),
        ([_r("pass"), _r("error")], "review"),
        ([_r("pass"), _r("fail")], "action_required"),
        ([_r("warn"), _r("fail")], "action_required"),
        ([_r("fail"), _r("fail", reject=True)], "reject"),
    ],
)
def test_recommendation_rule(statuses: list[CheckResult], expected: str) -> None:
    assert recommend(statuses) == expected
