"""Start-up of a one-bundle check, against bare Python measured in the same run.

Three processes, each started fresh ``--rounds`` times (medians):

* ``python -c pass`` — the floor;
* ``python -c 'import pymupdf; <words of every page of the bundle's PDFs>'`` — the least any
  checker of these files must do;
* ``poe-reviewer check BUNDLE --json`` — ours, timed to the moment it opens the bundle's first file
  (an audit hook in a small wrapper records it) and to the end.

It prints the figures, the start-up overhead (first file opened, minus bare Python; aim < 0.3 s)
and the whole check as a ratio to the PyMuPDF baseline. ``--import-times`` adds the import cost of
each heavy module (``python -X importtime``, cumulative), the table in docs/performance.md.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--rounds N] [--import-times] [BUNDLE]``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = REPO / "sample_poe" / "3079758_Fabrikam_Contoso_Intune"

WRAPPER = """
import sys, time
t0 = float(sys.argv[1]); bundle = sys.argv[2]; opened = []
def hook(event, args):
    if event == "open" and not opened and bundle in str(args[0]):
        opened.append(time.time() - t0)
        sys.stderr.write(f"FIRST_OPEN {opened[0]:.6f}\\n")
sys.addaudithook(hook)
from poe_reviewer.cli import main
status = main(["check", bundle, "--json"])
sys.stdout.flush()
sys.exit(status)
"""

BASELINE = """
import sys, pathlib, pymupdf
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.pdf")):
    with pymupdf.open(p) as doc:
        for page in doc:
            page.get_text("words")
"""

MODULES = (
    "pymupdf",
    "numpy",
    "PIL.Image",
    "extract_msg",
    "pyhanko.sign.validation",
    "langdetect",
    "docx",
    "sqlalchemy",
    "alembic",
    "jinja2",
    "rapidfuzz",
    "PySide6.QtWidgets",
    "poe_reviewer.cli",
    "poe_reviewer.pipeline",
)


def _wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def _ours(bundle: Path) -> tuple[float, float]:
    start = time.time()
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, repr(start), str(bundle)],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    total = time.perf_counter() - t0
    first = re.search(r"FIRST_OPEN ([0-9.]+)", done.stderr)
    assert first, done.stderr
    return float(first.group(1)), total


def import_times() -> list[tuple[str, float]]:
    rows = []
    for module in MODULES:
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True, text=True, check=False, cwd=REPO,
        )  # fmt: skip
        cumulative = 0
        for line in done.stderr.splitlines():
            m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)$", line)
            if m and m.group(3) == module:
                cumulative = int(m.group(1))
        rows.append((module, cumulative / 1e6))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--import-times", action="store_true")
    args = parser.parse_args()

    bare, base, first, whole = [], [], [], []
    for _ in range(args.rounds):  # interleaved, so a busy moment costs every side alike
        bare.append(_wall([sys.executable, "-c", "pass"]))
        base.append(_wall([sys.executable, "-c", BASELINE, str(args.bundle)]))
        f, w = _ours(args.bundle)
        first.append(f)
        whole.append(w)
    med = statistics.median
    print(f"bundle: {args.bundle.name}, {args.rounds} rounds, medians (min-max)")
    for name, values in (
        ("python -c pass", bare),
        ("python + pymupdf words of the bundle's PDFs", base),
        ("check: first bundle file opened", first),
        ("check: whole process", whole),
    ):
        print(f"  {name:46s} {med(values):6.3f} s  ({min(values):.3f}-{max(values):.3f})")
    print(f"start-up overhead before the first file (aim < 0.300 s): {med(first) - med(bare):.3f} s")
    print(f"whole check / pymupdf baseline: {med(whole) / med(base):.2f}x")
    if args.import_times:
        print("\nimport time (cumulative, one process each, python -X importtime):")
        for module, seconds in import_times():
            print(f"  {module:28s} {seconds * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
