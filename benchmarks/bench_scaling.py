"""Is checking linear? The cost of one check at growing sizes, each as a ratio to a baseline read of the
same input measured in the same run; a ratio that grows with the size is a quadratic path.

- ``pages``: one PDF of 1 … 500 pages; baseline PyMuPDF's words of every page.
- ``mail``: one .eml of 0.1 … 10 MB in three shapes (a plain-text thread of short lines, a body on one
  line, an HTML body); baseline Python's ``email`` parser reading the message and decoding its body.
- ``queue``: N one-page claims (each its own customer and numbers, the template's wording shared by all)
  checked as one queue; baseline PyMuPDF's words of the same pages. Per claim, the check's cost should
  not grow with the queue.

Run: ``.venv/bin/python benchmarks/bench_scaling.py [--part pages|mail|queue|all] [--pages 1,25,100,200,500]
[--mail-mb 0.1,1,10] [--claims 100,1000]``. ``make bench`` runs the defaults.
"""

from __future__ import annotations

import argparse
import copy
import email
import email.policy
import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pymupdf

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bench_check_bundle import make_pdf  # noqa: E402
from poe_reviewer.pipeline import check_claim, check_paths, load_claim  # noqa: E402
from poe_reviewer.policy import load_policy  # noqa: E402
from tests.builders import CPOR_USAGE  # noqa: E402

SENTENCE = (
    "Hi Priya, thanks for the update on the Intune roll-out at Contoso; we have reviewed the deployment "
    "report for the 96 laptops and the compliance policies look right to us. "
)


def write_bundle(root: Path, files: dict[str, bytes], claim_id: str = "3079758", customer: str = "") -> Path:
    claim = copy.deepcopy(CPOR_USAGE)
    claim["claim_id"] = claim_id
    if customer:
        claim["customer"]["name"] = customer
        claim["customer"]["domain"] = customer.split()[0].lower() + ".com"
        claim["customer"]["tenant_id"] = f"tenant-{claim_id}"
    claim["documents"] = [{"path": p, "role": "poe"} for p in files]
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / "claim.json").write_text(json.dumps(claim))
    return root


def timed(fn: Callable[[], object], rounds: int) -> float:
    """The fastest of ``rounds`` runs (the first one, which warms the caches and the reader, not counted)."""
    fn()
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def check_one(root: Path) -> Callable[[], object]:
    policy = load_policy()

    def run() -> str:
        loaded = load_claim(root)
        with loaded.bundle:
            return check_claim(loaded, policy).recommendation

    return run


def table(title: str, unit: str, rows: list[tuple[str, float, float, float]]) -> None:
    """Rows of (size, amount, check seconds, baseline seconds): per-unit costs and the ratio's growth."""
    print(f"\n{title}")
    print(f"{'size':>10} {'check s':>9} {'baseline s':>11} {'check/' + unit:>14} {'ratio':>8} {'growth':>8}")
    first = None
    for size, amount, check, base in rows:
        ratio = check / base
        first = first or ratio
        per = 1000 * check / amount
        print(f"{size:>10} {check:9.3f} {base:11.4f} {per:11.2f} ms {ratio:7.1f}x {ratio / first:7.2f}x")
    print("growth: the ratio at this size over the ratio at the smallest; linear keeps it near 1.")


def bench_pages(sizes: list[int], rounds: int, tmp: Path) -> None:
    rows = []
    for n in sizes:
        data = make_pdf(n, "Deployment Report")
        root = write_bundle(tmp / f"pages{n}", {"POE/Deployment_Report.pdf": data})

        def raw(data: bytes = data) -> None:
            with pymupdf.open(stream=io.BytesIO(data), filetype="pdf") as doc:
                for page in doc:
                    page.get_text("words")

        rows.append((f"{n} p", n, timed(check_one(root), rounds), timed(raw, max(rounds, 5))))
    table("One PDF of N pages: load + extract + every check, against PyMuPDF's words", "page", rows)


def _eml(body: str, html: bool) -> bytes:
    kind = "text/html" if html else "text/plain"
    head = (
        "From: John Doe <john.doe@contoso.com>\nTo: Priya Kaur <pkaur@fabrikam.com>\nSubject: RE: Intune close-out\n"
        f"Date: Mon, 2 Jun 2025 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: {kind}; charset=utf-8\n\n"
    )
    return (head + body).encode()


def mail_bodies(megabytes: float) -> dict[str, bytes]:
    count = max(1, int(megabytes * 1_000_000 / len(SENTENCE)))
    lines = "".join(SENTENCE[:100] + "\n" + SENTENCE[100:] + "\n" for _ in range(count))
    return {
        "lines": _eml(lines, html=False),
        "one line": _eml(SENTENCE * count + "\n", html=False),
        "html": _eml("<html><body>" + "".join(f"<p>{SENTENCE}</p>" for _ in range(count)) + "</body></html>", True),
    }


def bench_mail(sizes: list[float], rounds: int, tmp: Path) -> None:
    by_shape: dict[str, list[tuple[str, float, float, float]]] = {}
    for mb in sizes:
        for shape, data in mail_bodies(mb).items():
            root = write_bundle(tmp / f"mail{mb}-{shape.replace(' ', '')}", {"POE/RE_ close-out.eml": data})

            def raw(data: bytes = data) -> None:
                msg = email.message_from_bytes(data, policy=email.policy.default)
                body = msg.get_body(("html", "plain"))
                assert body is not None
                body.get_content()

            by_shape.setdefault(shape, []).append(
                (f"{mb:g} MB", len(data) / 1e6, timed(check_one(root), rounds), timed(raw, max(rounds, 5)))
            )
    for shape, rows in by_shape.items():
        table(f"One e-mail ({shape}): load + extract + every check, against Python's e-mail parser", "MB", rows)


def write_queue(root: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        doc = pymupdf.open()
        page = doc.new_page()
        page.insert_text(
            (72, 72),
            f"Intune deployment report for Customer{i} Holdings Ltd (project P-{i:05d})\n"
            "Fabrikam, Inc. deployed Microsoft Intune: enrolment, compliance and configuration policies.\n"
            f"Devices enrolled: {100 + i % 900}. Pilot users: {10 + i % 40}. Weeks 1-{4 + i % 8}.\n"
            f"Accepted by: Person {i}, IT Manager, Customer{i} Holdings Ltd, 2025-0{1 + i % 8}-1{i % 10}",
            fontsize=10,
        )
        data = doc.tobytes()
        doc.close()
        paths.append(
            write_bundle(root / f"b{i:05d}", {"POE/Intune_Report.pdf": data}, f"Q{i:06d}", f"Customer{i} Holdings Ltd")
        )
    return paths


def bench_queue(sizes: list[int], tmp: Path) -> None:
    rows = []
    for n in sizes:
        paths = write_queue(tmp / f"queue{n}", n)
        pdfs = [(p / "POE" / "Intune_Report.pdf").read_bytes() for p in paths]
        t0 = time.perf_counter()
        for data in pdfs:
            with pymupdf.open(stream=io.BytesIO(data), filetype="pdf") as doc:
                for page in doc:
                    page.get_text("words")
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _path, outcome in check_paths(paths, as_queue=True):
            if isinstance(outcome, Exception):
                raise outcome
        rows.append((f"{n} claims", n, time.perf_counter() - t0, base))
    table("A queue of N one-page claims checked as one queue, against PyMuPDF's words", "claim", rows)


def bench_jobs(count: int, jobs: int, tmp: Path) -> None:
    """The same claims checked alone, as one queue, and imported, with one job and with ``jobs``."""
    from poe_reviewer.application.queue import ReviewQueue

    paths = write_queue(tmp / "jobs", count)
    list(check_paths(paths[:2], jobs=jobs))  # the checking processes started and warm, as in a long run

    def check(n: int, as_queue: bool) -> float:
        t0 = time.perf_counter()
        for _path, outcome in check_paths(paths, as_queue=as_queue, jobs=n):
            if isinstance(outcome, Exception):
                raise outcome
        return time.perf_counter() - t0

    def imported(n: int) -> float:
        store = ReviewQueue(f"sqlite:///{tmp}/jobs-{n}-{time.monotonic_ns()}.sqlite")
        try:
            t0 = time.perf_counter()
            for _path, outcome in store.import_paths(paths, jobs=n):
                if isinstance(outcome, Exception):
                    raise outcome
            return time.perf_counter() - t0
        finally:
            store.close()

    print(f"\n{count} one-page claims with 1 job and with {jobs} (best of 2 each, interleaved)")
    print(f"{'what':>22} {'1 job s':>9} {f'{jobs} jobs s':>10} {'speed-up':>9} {'claims/s':>9}")
    for what, run in (
        ("check, one by one", lambda n: check(n, False)),
        ("check --queue", lambda n: check(n, True)),
        ("import (SQLite)", imported),
    ):
        one = min(run(1), run(1))
        many = min(run(jobs), run(jobs))
        print(f"{what:>22} {one:9.2f} {many:10.2f} {one / many:8.2f}x {count / many:9.0f}")


def floats(text: str) -> list[float]:
    return [float(x) for x in text.split(",") if x]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("pages", "mail", "queue", "jobs", "all"), default="all")
    parser.add_argument("--jobs", type=int, default=2, help="the jobs to compare with one (part 'jobs')")
    parser.add_argument("--jobs-claims", type=int, default=300)
    parser.add_argument("--pages", default="1,25,100,200,500")
    parser.add_argument("--mail-mb", default="0.1,1,10")
    parser.add_argument("--claims", default="100,1000")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.part in ("pages", "all"):
            bench_pages([int(x) for x in floats(args.pages)], args.rounds, tmp)
        if args.part in ("mail", "all"):
            bench_mail(floats(args.mail_mb), 1, tmp)
        if args.part in ("queue", "all"):
            bench_queue([int(x) for x in floats(args.claims)], tmp)
        if args.part in ("jobs", "all"):
            bench_jobs(args.jobs_claims, args.jobs, tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
