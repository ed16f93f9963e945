"""What a new user meets on a fresh machine: a lean start, a clean stderr, a lock that is honoured,
and a clear line (never Qt's "Aborted") where the window cannot open."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from poe_reviewer.ui.display import display_problem, missing_libraries, packages_for
from tests.conftest import REPO, SAMPLES

# whole processes or the OCR engine: not in the fast lane (make test-fast)
pytestmark = pytest.mark.integration

ONE_BUNDLE = SAMPLES / "3079758_Fabrikam_Contoso_Intune"
#: Never loaded by the check path: an ML runtime and PyMuPDF's layout add-ons (PyMuPDF 2.x pulls them).
ML_RUNTIME = ("onnxruntime", "pymupdf4llm", "pymupdf_layout", "pymupdf.layout")
#: Loaded only once a document needs them, after the first file of the bundle is opened.
HEAVY = ("pymupdf", "numpy", "PIL", "extract_msg", "pyhanko", "langdetect", "sqlalchemy", "docx", "PySide6")


def _run(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=180, cwd=REPO, env=env
    )


def test_checking_one_bundle_prints_the_report_and_nothing_on_stderr() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "poe_reviewer", "check", str(ONE_BUNDLE)],
        capture_output=True, text=True, timeout=180, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0
    assert "Recommendation:" in done.stdout
    assert done.stderr == ""


def test_a_digitally_signed_bundle_prints_no_library_warning() -> None:
    # pyHanko validates the signature: its import used to greet every run with cryptography's DSA warning
    signed = SAMPLES / "3111093_Riverbend_GraphicDesignInstitute_DigitalSignature"
    done = subprocess.run(
        [sys.executable, "-m", "poe_reviewer", "check", "--json", str(signed)],
        capture_output=True, text=True, timeout=180, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stderr == ""


def test_the_known_warning_is_silenced_by_name_and_every_other_warning_still_shows() -> None:
    code = textwrap.dedent(
        """
        import warnings
        from poe_reviewer.third_party import silence_known_warnings
        silence_known_warnings()
        class CryptographyDeprecationWarning(UserWarning):
            pass
        def emit(message, module):
            warnings.warn_explicit(message, CryptographyDeprecationWarning, module.replace('.', '/') + '.py', 20,
                                   module=module, registry={})
        emit('DSA is deprecated and support will be removed', 'pyhanko.sign.signers.pdf_cms')  # silenced
        emit('DSA is deprecated and support will be removed', 'poe_reviewer.documents.signatures')  # ours: shown
        emit('RSA with SHA-1 is deprecated', 'pyhanko.sign.signers.pdf_cms')  # another warning: shown
        """
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("CryptographyDeprecationWarning") == 2, done.stderr
    assert "poe_reviewer/documents/signatures.py" in done.stderr
    assert "SHA-1" in done.stderr


def test_the_check_path_loads_no_ml_runtime_and_opens_the_bundle_before_the_heavy_libraries() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        before = []
        def hook(event, args):
            if event == "open" and not before and {str(ONE_BUNDLE)!r} in str(args[0]):
                before.append(sorted(m for m in sys.modules))
        sys.addaudithook(hook)
        from poe_reviewer.cli import main
        status = main(["check", {str(ONE_BUNDLE)!r}, "--json"])
        heavy = sorted(m for m in before[0] if m.split(".")[0] in {HEAVY!r})
        # the checks themselves (and the policy's typed views, which load them) come after the first file
        checks = [m for m in before[0] if m.startswith("poe_reviewer.checks.") and m != "poe_reviewer.checks.base"]
        heavy += sorted(checks)
        ml = sorted(m for m in sys.modules if m.startswith({ML_RUNTIME!r}))
        print("HEAVY", heavy, "ML", ml, file=sys.stderr)
        assert status == 0 and not heavy and not ml
        """
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_lock_pins_every_package_with_hashes_and_keeps_pymupdf_lean() -> None:
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    pins = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", lock, re.MULTILINE)
    assert len(pins) > 40
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock):
        if re.match(r"[A-Za-z0-9]", block):
            assert "--hash=sha256:" in block, block.splitlines()[0]
    names = {name.lower() for name, _ in pins}
    assert not names & {"onnxruntime", "pymupdf-layout", "pymupdf4llm"}
    pymupdf = dict((n.lower(), v) for n, v in pins)["pymupdf"]
    assert int(pymupdf.split(".")[0]) < 2
    # what is installed is what the lock says (make installs from the lock, never from the ranges)
    from importlib.metadata import version

    for name in ("pymupdf", "cryptography", "pyhanko", "pyside6-essentials", "sqlalchemy"):
        assert version(name) in {v for n, v in pins if n.lower() == name}, name


# -- the window on a bare Linux ------------------------------------------------------------------------

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_missing_x11_libraries_are_named_with_their_debian_packages() -> None:
    missing = missing_libraries(ldd_output=LDD_MISSING)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    assert packages_for(missing) == ["libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0"]
    assert packages_for(["libunheard.so.3"]) == ["libunheard.so.3"]


def test_display_problem_speaks_only_where_qt_would_load_its_x11_plugin(tmp_path: Path) -> None:
    missing = "\tlibxcb-cursor.so.0 => not found\n"
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, ldd_output=missing) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, ldd_output=missing) is None
    problem = display_problem({"QT_QPA_PLATFORM": "xcb"}, ldd_output=missing)
    assert problem is not None
    assert "apt-get install libxcb-cursor0" in problem
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, ldd_output="") is None


def test_gui_without_the_x11_libraries_says_which_packages_to_install_in_one_line(tmp_path: Path) -> None:
    # a stand-in ldd that reports the libraries of a bare machine as missing; a real X socket path
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "ldd").write_text("#!/bin/sh\nprintf '\\tlibxcb-cursor.so.0 => not found\\n'\n")
    (bin_dir / "ldd").chmod(0o755)
    display = 731
    socket_dir = Path("/tmp/.X11-unix")
    socket_dir.mkdir(exist_ok=True)
    fake_socket = socket_dir / f"X{display}"
    fake_socket.touch()
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(
            PATH=f"{bin_dir}:{env.get('PATH', '/usr/bin:/bin')}",
            DISPLAY=f":{display}",
            HOME=str(tmp_path),
            POE_REVIEWER_CONFIG_DIR=str(tmp_path / "config"),
        )
        done = subprocess.run(
            [sys.executable, "-m", "poe_reviewer", "--db", str(tmp_path / "q.sqlite3"), "gui"],
            env=env, capture_output=True, text=True, timeout=60, cwd=REPO,
        )  # fmt: skip
    finally:
        fake_socket.unlink()
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libxcb-cursor.so.0" in lines[0]
    assert "apt-get install libxcb-cursor0" in lines[0]
    assert "Aborted" not in done.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="Debian packages")
def test_the_make_recipe_can_ask_which_window_packages_are_missing() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "poe_reviewer.ui.display", "--missing-packages"],
        capture_output=True, text=True, timeout=60, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+\-]+", line) for line in done.stdout.split())


# -- a malformed policy file stops the run at start -------------------------------------------------------
@pytest.mark.parametrize(
    ("file", "edit", "named"),
    [
        ("acknowledgement.toml", ("licence_min = 2", 'licence_min = "two"'), "invalid literal for int()"),
        ("deadlines.toml", ("dispute_days_after_rejection = 30", "dispute_days_after_rejection = -3"), "-3"),
        ("workloads.toml", (None, "this is not = = toml"), "workloads.toml"),
    ],
)
def test_a_malformed_policy_file_stops_the_check_at_start_naming_the_file(
    tmp_path: Path, file: str, edit: tuple[str | None, str], named: str
) -> None:
    import shutil

    resources = tmp_path / "resources"
    shutil.copytree(REPO / "resources", resources)
    path = resources / "policy" / file
    old, new = edit
    text = path.read_text(encoding="utf-8")
    if old is None:
        text += "\n" + new + "\n"
    else:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "POE_REVIEWER_RESOURCES": str(resources)}
    for mode in ([], ["--queue"]):
        done = subprocess.run(
            [sys.executable, "-m", "poe_reviewer", "check", *mode, str(ONE_BUNDLE), str(ONE_BUNDLE)],
            capture_output=True, text=True, timeout=120, cwd=REPO, env=env,
        )  # fmt: skip
        assert done.returncode != 0, mode
        assert done.stdout == "", "no bundle is checked under a broken policy"
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert file in lines[0]
        assert named in lines[0]
        assert "Traceback" not in done.stderr
