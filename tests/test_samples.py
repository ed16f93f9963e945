"""The sample claim queue (sample_poe/) and the script that writes it (tools/make_samples.py).

The bundles are read here with nothing but zipfile/json, independently of the project's bundle
loader, so these tests check the samples themselves: every claim.json is valid, the uploads are
where claim.json says (except the one deliberately missing file), the Outlook messages are real
.msg files that extract-msg reads, the README's expected-decision table covers every bundle, and
the generator is deterministic.
"""

from __future__ import annotations

import datetime as dt
import email
import io
import json
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from email import policy
from pathlib import Path

import extract_msg
import pymupdf
import pytest

from poe_reviewer.claim import Claim, parse_claim
from tests.conftest import REPO

SCRIPT = REPO / "tools" / "make_samples.py"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DECISIONS = {"approve", "reject", "action_required"}

#: The one upload listed in a claim.json but absent from its bundle, on purpose.
DELIBERATELY_MISSING = {("3096120", "PSD/Lakeshore_Fee_Disclosure.pdf")}
#: Uploads present in a bundle but not listed in its claim.json (they become `supporting`).
DELIBERATELY_UNLISTED = {("3088015", "Supporting/Field Service go-live checklist.docx")}


@dataclass
class SampleBundle:
    entry: Path
    claim_data: dict[str, object]
    claim: Claim
    files: dict[str, bytes]
    #: "dir", "zip" or "zip-folder"
    container: str

    @property
    def listed(self) -> dict[str, str]:
        docs = self.claim_data["documents"]
        assert isinstance(docs, list)
        return {d["path"]: d["role"] for d in docs}


def read_bundle(entry: Path) -> SampleBundle:
    """Read a bundle the way the spec defines it: claim.json at the root or in one top-level folder."""
    files: dict[str, bytes] = {}
    if entry.is_dir():
        container = "dir"
        for p in sorted(entry.rglob("*")):
            if p.is_file():
                files[p.relative_to(entry).as_posix()] = p.read_bytes()
    else:
        with zipfile.ZipFile(entry) as archive:
            raw = {i.filename: archive.read(i) for i in archive.infolist() if not i.is_dir()}
        if "claim.json" in raw:
            container, files = "zip", raw
        else:
            tops = {name.split("/", 1)[0] for name in raw}
            assert len(tops) == 1, f"{entry.name}: no claim.json at the root and {len(tops)} top-level entries"
            top = tops.pop()
            assert f"{top}/claim.json" in raw, f"{entry.name}: no claim.json in {top}/"
            container = "zip-folder"
            files = {name[len(top) + 1 :]: data for name, data in raw.items()}
    data = json.loads(files.pop("claim.json").decode("utf-8"))
    return SampleBundle(entry, data, parse_claim(data, entry.name), files, container)


def queue_entries(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() or p.suffix.lower() == ".zip")


@pytest.fixture(scope="module")
def bundles(samples: Path) -> list[SampleBundle]:
    if not samples.is_dir() or not queue_entries(samples):
        pytest.fail(f"no sample queue at {samples}: run .venv/bin/python tools/make_samples.py")
    return [read_bundle(e) for e in queue_entries(samples)]


def by_id(bundles: list[SampleBundle], claim_id: str) -> SampleBundle:
    found = [b for b in bundles if b.claim.claim_id == claim_id]
    assert len(found) == 1, claim_id
    return found[0]


def messages(bundles: list[SampleBundle]) -> list[tuple[SampleBundle, str, bytes]]:
    """Every Outlook message of the queue, found by content (one hides behind a .pdf name)."""
    return [(b, rel, data) for b in bundles for rel, data in b.files.items() if data.startswith(OLE_MAGIC)]


# ----------------------------------------------------------------------------------------------
# the queue as committed
# ----------------------------------------------------------------------------------------------
def test_queue_has_enough_bundles_of_every_container_kind(bundles: list[SampleBundle]) -> None:
    assert len(bundles) >= 14
    kinds = [b.container for b in bundles]
    assert kinds.count("zip") + kinds.count("zip-folder") >= 3
    assert "zip-folder" in kinds
    assert "dir" in kinds
    ids = [b.claim.claim_id for b in bundles]
    assert len(set(ids)) == len(ids), "claim ids must be unique in a queue"


def test_every_claim_json_parses_and_covers_the_programs(bundles: list[SampleBundle]) -> None:
    programs = {(b.claim.program, b.claim.claim_kind) for b in bundles}
    assert ("cpor", "usage") in programs
    assert ("cpor", "pre_sales") in programs
    assert ("partner_activities", None) in programs
    payouts = {b.claim.engagement.payout_type for b in bundles if b.claim.engagement}
    assert payouts == {"fixed", "variable"}
    assert any(b.claim.customer.segment == "public_sector" for b in bundles)
    for b in bundles:
        if b.claim.claim_kind == "pre_sales":
            assert b.claim.transaction_date is not None
        if b.claim.solution_area == "Business Applications":
            assert all(w.subscription_id for w in b.claim.workloads), b.entry.name
        if b.claim.engagement and b.claim.engagement.payout_type == "variable":
            assert b.claim.engagement.proposed_payout_usd


def test_listed_files_exist_except_the_deliberately_missing_one(bundles: list[SampleBundle]) -> None:
    missing = {(b.claim.claim_id, p) for b in bundles for p in b.listed if p not in b.files}
    assert missing == DELIBERATELY_MISSING
    unlisted = {(b.claim.claim_id, p) for b in bundles for p in b.files if p not in b.listed}
    assert unlisted == DELIBERATELY_UNLISTED
    for b in bundles:
        assert b.listed, f"{b.entry.name} lists no document"


def test_survey_exports_are_attestations_of_their_claim(bundles: list[SampleBundle]) -> None:
    seen = 0
    for b in bundles:
        for rel, role in b.listed.items():
            if role not in ("customer_attestation", "partner_attestation"):
                continue
            survey = json.loads(b.files[rel])
            assert survey["format"] == "poe-attestation/1"
            assert survey["claim_id"] == b.claim.claim_id
            assert survey["respondent"] == role.split("_")[0]
            assert set(survey["signature"]) == {"full_name", "company", "job_title"}
            seen += 1
    assert seen >= 8
    frontline = by_id(bundles, "3097318")
    partner = json.loads(frontline.files["partner_attestation.json"])
    assert partner["signature"]["job_title"] == ""


def test_msg_files_are_real_outlook_messages(bundles: list[SampleBundle]) -> None:
    found = messages(bundles)
    assert len(found) >= 5
    with_attachment = 0
    for b, rel, data in found:
        msg = extract_msg.openMsg(data)
        try:
            sender = msg.sender or ""
            address = re.search(r"<([^<>@\s]+@([^<>\s]+))>", sender)
            assert address, f"{rel}: no SMTP address in sender {sender!r}"
            domains = {*b.claim.partner.domains, *b.claim.customer.domains}
            assert address.group(2).lower() in domains, f"{rel}: sender {sender} is neither partner nor customer"
            assert msg.subject
            assert isinstance(msg.date, dt.datetime)
            assert msg.date.tzinfo is not None
            assert msg.date.date() <= b.claim.submitted_on
            assert len((msg.body or "").strip()) > 40
            with_attachment += bool(msg.attachments)
        finally:
            msg.close()
    assert with_attachment >= 1
    # one message was uploaded with a .pdf extension: content decides, not the name
    assert any(not rel.lower().endswith(".msg") for _, rel, _ in found)


def test_the_seed_valid_example_reads_back(bundles: list[SampleBundle]) -> None:
    b = by_id(bundles, "3079758")
    (data,) = [d for d in b.files.values() if d.startswith(OLE_MAGIC)]
    msg = extract_msg.openMsg(data)
    try:
        assert "john.doe@contoso.com" in msg.sender
        assert msg.subject.startswith("RE:")
        assert msg.date == dt.datetime(2025, 9, 11, 18, 47, tzinfo=dt.UTC)
        body = msg.body
        reply = body.index("We confirm that Fabrikam has completed the Intune deployment phase")
        assert reply < body.index("From: Priya Kaur <pkaur@fabrikam.com>")  # the reply sits above the quote
        assert [a.longFilename for a in msg.attachments] == ["Contoso_Intune_Prepare_Phase_Signoff.pdf"]
    finally:
        msg.close()
    pdf = next(d for r, d in b.files.items() if r.endswith(".pdf"))
    text = "\n".join(page.get_text() for page in pymupdf.open("pdf", pdf))
    assert "☒ Microsoft Intune" in text
    assert "☐ Microsoft Defender for Endpoint (MDE)" in text
    assert "Approximately 1000 users" in text
    assert re.search(r"E-Signed by:\s*John Doe", text)
    assert re.search(r"Date Signed\s*6/5/2025", text)
    assert "098C7718-7874-542A-BA16-4484C281E773" in text


def test_eml_files_parse_with_sender_and_date(bundles: list[SampleBundle]) -> None:
    emls = [(b, r, d) for b in bundles for r, d in b.files.items() if r.lower().endswith(".eml")]
    assert len(emls) >= 2
    for b, rel, data in emls:
        message = email.message_from_bytes(data, policy=policy.default)
        assert not message.defects, rel
        assert message["From"].addresses[0].domain in b.claim.customer.domains
        assert message["Date"].datetime.date() <= b.claim.submitted_on
        assert message.get_body(("plain",)).get_content().strip()


def test_documents_are_what_their_content_says(bundles: list[SampleBundle]) -> None:
    kinds: set[str] = set()
    for b in bundles:
        for rel, data in b.files.items():
            low = rel.lower()
            if data.startswith(b"%PDF-"):
                doc = pymupdf.open("pdf", data)
                assert doc.page_count >= 1, rel
                assert doc[0].get_text().strip(), rel
                kinds.add("pdf")
            elif low.endswith(".docx"):
                assert zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                kinds.add("docx")
            elif low.endswith(".png"):
                assert data.startswith(b"\x89PNG")
                kinds.add("png")
    assert kinds == {"pdf", "docx", "png"}


def test_readme_table_gives_a_decision_for_every_bundle(bundles: list[SampleBundle], samples: Path) -> None:
    readme = (samples.parent / "tools" / "samples.md").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == 8 and cells[1].isdigit():
            entry = cells[2].strip("`").rstrip("/")
            table[entry] = cells[5].strip("*")
    assert set(table) == {b.entry.name for b in bundles}
    assert set(table.values()) == DECISIONS
    assert table["3079758_Fabrikam_Contoso_Intune"] == "approve"


def test_sample_queue_stays_small(samples: Path) -> None:
    total = sum(p.stat().st_size for p in samples.rglob("*") if p.is_file())
    assert total < 5 * 1024 * 1024


# ----------------------------------------------------------------------------------------------
# the generator
# ----------------------------------------------------------------------------------------------
def run_generator(out: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(out)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of a queue, zips opened, by path (``bundle.zip!inner/path`` inside archives)."""
    out: dict[str, bytes] = {}
    for p in sorted(root.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(root).as_posix()
        if p.suffix == ".zip":
            with zipfile.ZipFile(p) as archive:
                for info in archive.infolist():
                    out[f"{rel}!{info.filename}"] = archive.read(info)
        else:
            out[rel] = p.read_bytes()
    return out


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first = tmp_path_factory.mktemp("queue1")
    second = tmp_path_factory.mktemp("queue2")
    run_generator(first)
    run_generator(second)
    return first, second


def test_generator_is_deterministic(two_runs: tuple[Path, Path]) -> None:
    first, second = (snapshot(p) for p in two_runs)
    assert sorted(first) == sorted(second)
    assert two_runs[0].with_suffix(".md").read_bytes() == two_runs[1].with_suffix(".md").read_bytes()
    for name, data in first.items():
        if name.endswith("claim.json"):
            assert data == second[name], name
    differing = [n for n in first if first[n] != second[n]]
    assert not differing, f"bytes differ between two runs: {differing[:5]}"


def test_committed_queue_is_current(two_runs: tuple[Path, Path], samples: Path) -> None:
    """sample_poe/ is what the script writes now (claim.json and README compared byte for byte)."""
    fresh, committed = snapshot(two_runs[0]), snapshot(samples)
    assert sorted(fresh) == sorted(committed), "sample_poe/ is stale: run .venv/bin/python tools/make_samples.py"
    for name, data in fresh.items():
        if name.endswith("claim.json"):
            assert committed[name] == data, f"{name} is stale: run tools/make_samples.py"
    readme = (samples.parent / "tools" / "samples.md").read_bytes()
    assert readme == two_runs[0].with_suffix(".md").read_bytes(), "tools/samples.md is stale"


def test_generator_refuses_to_empty_a_foreign_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode != 0
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / ".sample-queue").exists()
