"""OCR accuracy and speed on scans of the sample POE, on one core.

Every page of a few sample POE PDFs is scanned here (rendered at 150-300 dpi, blurred, grey
paper, noise, specks, skew, a quarter or half turn; see ``tests/test_ocr.py``) and read back
by the extractor's OCR (:func:`poe_reviewer.documents.ocr.read_raster`: layout, straightening,
Tesseract, ink detection not included). For each scan setting it prints

* the character error rate (CER) against the source page's text layer, independent of reading
  order (edit distance between the sorted words of both texts over the reference's characters;
  check boxes and bullets are left out of both);
* word recall: the share of the reference's words found, spelled exactly;
* seconds per page on one core: the CPU time of this process and of the engine's process
  (Tesseract with OMP_THREAD_LIMIT=1, numpy/BLAS with 1 thread), which other work on the
  machine does not inflate, the wall time beside it, and the ratio to rendering the same page
  in the same run, so the figure compares across machines. The issue's limit: at most 3 s per
  page.

It also reads the real-world scans of ``../shared/realworld`` and prints their time per page.

Run: ``make bench-ocr`` or ``.venv/bin/python benchmarks/bench_ocr.py [--rounds N] [--json]``.
"""

from __future__ import annotations

import os

# one core: set before numpy and the engine start their thread pools
for _var in ("OMP_NUM_THREADS", "OMP_THREAD_LIMIT", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pymupdf  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from poe_reviewer.documents import ocr  # noqa: E402
from poe_reviewer.documents.registry import ExtractContext, extract_document  # noqa: E402
from tests.conftest import REALWORLD, SAMPLES  # noqa: E402
from tests.test_ocr import cer, scan_image  # noqa: E402

SOURCES = [
    SAMPLES / "3079758_Fabrikam_Contoso_Intune" / "POE" / "Contoso_Intune_POE_signed.pdf",
    SAMPLES / "3084590_Bluepeak_TailspinToys_EntraP2" / "POE" / "Tailspin_Identity_SOW_signed.pdf",
    SAMPLES
    / "3096120_Harborview_CityOfLakeshore_PublicSector"
    / "POE"
    / "HV-2025-044_Completion_Certificate_signed.pdf",
    SAMPLES / "3091187_Ironclad_VanArsdel_MDE" / "POE" / "VanArsdel_MDE_POE_signed.pdf",
]
SETTINGS: list[dict[str, Any]] = [
    {"dpi": 300, "skew": 0.0, "noise": 6.0},
    {"dpi": 300, "skew": -3.0},
    {"dpi": 200, "skew": 2.0},
    {"dpi": 200, "turn": 90},
    {"dpi": 200, "turn": 180, "skew": 1.0},
    {"dpi": 150, "skew": -1.5},
]
REAL = ["images/phototest.tif", "images/eurotext.tif", "images/testRotated_plus10.png", "images/bill.png"]


def _label(setting: dict[str, Any]) -> str:
    parts = [f"{setting['dpi']} dpi"]
    if setting.get("skew"):
        parts.append(f"skew {setting['skew']:+g}°")
    if setting.get("turn"):
        parts.append(f"turned {setting['turn']}°")
    parts.append(f"noise {setting.get('noise', 12.0):g}")
    return ", ".join(parts)


def _recall(reference: str, read: str) -> float:
    ref, got = collections.Counter(reference.split()), collections.Counter(read.split())
    return sum((ref & got).values()) / max(1, sum(ref.values()))


def _references() -> list[tuple[Any, str]]:
    """(PyMuPDF page, the text the extractor reads from its text layer) for every source page."""
    pages = []
    for path in SOURCES:
        data = path.read_bytes()
        doc = extract_document(data, path.name, "poe", ExtractContext(ocr=False))
        pdf = pymupdf.open(stream=data, filetype="pdf")
        for number, page in enumerate(pdf, start=1):
            text = "\n".join(s.text for s in doc.segments if s.label == "page" and s.page == number)
            if len(text.split()) >= 20:  # a near-empty page says nothing about accuracy
                pages.append((page, text))
    return pages


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of the child processes it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _render_seconds(page: Any, dpi: int) -> float:
    start = cpu_seconds()
    page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return cpu_seconds() - start


def run(rounds: int) -> dict[str, Any]:
    if not ocr.engine_available():
        raise SystemExit("Tesseract is not installed: `make test` (or apt-get install tesseract-ocr) sets it up")
    pages = _references()
    results: dict[str, Any] = {"engine": ocr.engine_version(), "pages": len(pages), "settings": []}
    for setting in SETTINGS:
        errors, recalls, seconds, walls, renders = [], [], [], [], []
        for index, (page, reference) in enumerate(pages):
            img = scan_image(page, seed=index, **setting)
            size = (float(page.rect.width), float(page.rect.height))
            if setting.get("turn") in (90, 270):
                size = (size[1], size[0])
            best = wall = float("inf")
            read = ""
            for _ in range(rounds):
                start, start_wall = cpu_seconds(), time.perf_counter()
                result = ocr.read_raster(img, size, dpi=setting["dpi"])
                best = min(best, cpu_seconds() - start)
                wall = min(wall, time.perf_counter() - start_wall)
                read = "\n".join(" ".join(w.text for w in line) for line in result.lines)
            renders.append(min(_render_seconds(page, setting["dpi"]) for _ in range(rounds)))
            seconds.append(best)
            walls.append(wall)
            errors.append(cer(reference, read))
            recalls.append(_recall(reference, read))
        results["settings"].append(
            {
                "scan": _label(setting),
                "cer": statistics.mean(errors),
                "cer_worst": max(errors),
                "word_recall": statistics.mean(recalls),
                "seconds_per_page": statistics.mean(seconds),
                "seconds_worst": max(seconds),
                "wall_seconds_per_page": statistics.mean(walls),
                "render_seconds": statistics.mean(renders),
            }
        )
    real = []
    for rel in REAL:
        data = (REALWORLD / rel).read_bytes()
        start = cpu_seconds()
        doc = extract_document(data, rel, "poe", ExtractContext(ocr=True))
        real.append({"file": rel, "pages": doc.page_count, "seconds": cpu_seconds() - start})
    results["realworld"] = real
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="reads per page; the fastest counts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = run(max(1, args.rounds))
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"OCR engine: {results['engine']}; {results['pages']} sample pages per scan setting; one core")
    print(f"{'scan':<40} {'CER':>6} {'worst':>6} {'recall':>7} {'cpu s':>6} {'worst':>6} {'wall s':>6} {'x render':>9}")
    for row in results["settings"]:
        ratio = row["seconds_per_page"] / max(1e-9, row["render_seconds"])
        print(
            f"{row['scan']:<40} {row['cer']:>6.1%} {row['cer_worst']:>6.1%} {row['word_recall']:>7.1%} "
            f"{row['seconds_per_page']:>6.2f} {row['seconds_worst']:>6.2f} {row['wall_seconds_per_page']:>6.2f} "
            f"{ratio:>8.0f}x"
        )
    print("real-world scans (whole extraction):")
    for row in results["realworld"]:
        print(f"  {row['file']:<36} {row['pages']} page(s) {row['seconds'] / max(1, row['pages']):>6.2f} cpu s/page")
    worst = max(row["seconds_worst"] for row in results["settings"])
    verdict = "ok" if worst <= 3.0 else "TOO SLOW"
    print(f"slowest page: {worst:.2f} cpu s (limit: 3 s per page on one core): {verdict}")


if __name__ == "__main__":
    main()
