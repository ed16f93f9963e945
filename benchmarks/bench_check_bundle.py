"""Cost of checking a typical bundle, as a ratio to PyMuPDF's raw text extraction of the same pages.

A typical bundle: 5 documents, about 20 pages, one Outlook .msg with a PDF attachment
(a real one from ../shared/realworld). Both sides are measured in this run, on this
machine, so the ratio is comparable across machines. Aim: at most 2x, and well under a
second per bundle.

Run: ``make bench`` or ``.venv/bin/python benchmarks/bench_check_bundle.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from poe_reviewer.pipeline import check_claim, load_claim  # noqa: E402
from poe_reviewer.policy import load_policy  # noqa: E402
from tests.builders import CPOR_USAGE  # noqa: E402

SHARED = Path(os.environ.get("POE_SHARED", REPO.parent / "shared"))
MSG = SHARED / "realworld" / "msg" / "RtfSampleEmailWithAttachment.msg"

SCOPE = """Contoso is using an endpoint management solution but not leveraging MDM features.
All mobile devices are issued, but users can use them as personal devices. Approximately 1000 users:
~900 Windows 10 workstations. Prepare Phase (weeks 6-9): complete deployment and configuration of
Microsoft Intune, manage Hybrid Azure AD join and Group Policy for Windows 10 enrollment, manage any
required DNS or firewall changes, sign-off on Prepare phase completion. Transform Phase (weeks 10-13):
confirmation of pilot users and all end-user communications, configuration of endpoints, logging and
triage of issues, evaluation of the environment against the critical success factors."""


def make_pdf(pages: int, title: str) -> bytes:
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        y = 72.0
        page.insert_text((72, y), f"{title} - page {n + 1}", fontsize=14)
        for paragraph in range(4):
            y += 30
            tw = pymupdf.TextWriter(page.rect)
            tw.fill_textbox(pymupdf.Rect(72, y, 540, y + 150), SCOPE, fontsize=9)
            tw.write_text(page)
            y += 150
            if paragraph == 3:
                page.insert_text((72, 760), "Partner Company Name Fabrikam  Customer Company Name Contoso  "
                                 "E-Signed by: John Doe  Date Signed 6/5/2025", fontsize=8)
    data: bytes = doc.tobytes()
    return data


def make_bundle(root: Path) -> list[bytes]:
    """Write the typical bundle; return the PDF bytes the baseline must read (attachment included)."""
    pdfs = {
        "POE/Statement_of_Work.pdf": make_pdf(8, "Statement of Work"),
        "POE/Deployment_Report.pdf": make_pdf(6, "Deployment Report"),
        "POE/Signed_Acknowledgement.pdf": make_pdf(2, "Customer Acknowledgement"),
        "POE/Project_Plan.pdf": make_pdf(3, "Project Plan"),
    }
    claim = dict(CPOR_USAGE)
    claim["documents"] = [{"path": p, "role": "poe"} for p in [*pdfs, "POE/RE_ acknowledgement.msg"]]
    root.mkdir(parents=True)
    (root / "claim.json").write_text(json.dumps(claim))
    for rel, data in pdfs.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    shutil.copy(MSG, root / "POE" / "RE_ acknowledgement.msg")
    attachment = _msg_pdf_attachment(MSG)
    return [*pdfs.values(), *([attachment] if attachment else [])]


def _msg_pdf_attachment(path: Path) -> bytes | None:
    import extract_msg

    msg = extract_msg.openMsg(str(path))
    try:
        for att in msg.attachments:
            data = getattr(att, "data", None)
            if isinstance(data, bytes) and data[:5] == b"%PDF-":
                return data
    finally:
        msg.close()
    return None


def baseline(pdfs: list[bytes]) -> int:
    pages = 0
    for data in pdfs:
        with pymupdf.open(stream=io.BytesIO(data), filetype="pdf") as doc:
            for page in doc:
                page.get_text()
                pages += 1
    return pages


def checked(root: Path) -> str:
    loaded = load_claim(root)
    with loaded.bundle:
        report = check_claim(loaded, load_policy())
    return report.recommendation


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    if not MSG.exists():
        print(f"real-world .msg not found at {MSG}; set POE_SHARED", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bundle"
        pdfs = make_bundle(root)
        pages = baseline(pdfs)
        checked(root)  # warm-up: imports, policy, first-use caches
        base_times, check_times = [], []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            baseline(pdfs)
            t1 = time.perf_counter()
            checked(root)
            t2 = time.perf_counter()
            base_times.append(t1 - t0)
            check_times.append(t2 - t1)
    b, c = statistics.median(base_times), statistics.median(check_times)
    print(f"typical bundle: 5 documents ({len(pdfs)} PDFs incl. the .msg attachment), {pages} PDF pages")
    print(f"PyMuPDF raw get_text() of the same pages: {b * 1000:8.1f} ms (median of {args.rounds})")
    print(f"poe-reviewer load + extract + all checks: {c * 1000:8.1f} ms (median of {args.rounds})")
    print(f"ratio: {c / b:.2f}x  (aim: <= 2x; and well under 1 s per bundle)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
