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
import itertools
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
from PIL import Image

from poe_reviewer.claim import Claim, parse_claim
from tests.conftest import REPO

# whole processes or the OCR engine: not in the fast lane (make test-fast)
pytestmark = pytest.mark.integration

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
    """The queue's bundles; hidden entries are not (``.earlier/`` holds the returning claims' past)."""
    return sorted(
        p for p in root.iterdir() if (p.is_dir() or p.suffix.lower() == ".zip") and not p.name.startswith(".")
    )


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
                if doc[0].get_text().strip():
                    kinds.add("pdf")
                else:  # a scan: every page is one picture and nothing else
                    assert all(len(page.get_images()) == 1 and not page.get_text().strip() for page in doc), rel
                    kinds.add("scanned pdf")
            elif low.endswith((".jpg", ".jpeg")):
                assert data.startswith(b"\xff\xd8\xff"), rel
                kinds.add("jpeg")
            elif low.endswith(".docx"):
                assert zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
                kinds.add("docx")
            elif low.endswith(".png"):
                assert data.startswith(b"\x89PNG")
                kinds.add("png")
    assert kinds == {"pdf", "scanned pdf", "docx", "png", "jpeg"}


# ----------------------------------------------------------------------------------------------
# scanned, digitally signed and e-mail-only bundles (issue 3)
# ----------------------------------------------------------------------------------------------
def _signature_cell_ink(page: Image.Image) -> int:
    """Dark pixels inside the tall "Signature" cell of the template's section 3.1 on a scanned page.

    The cell is found from the table's horizontal borders along a vertical line through the value
    column: the one row about 30 pt (80-100 px at 200 dpi) high; the skew moves borders by a few pixels.
    """
    gray = page.convert("L")
    column = [sum(gray.getpixel((x, y)) for x in range(1000, 1006)) / 6 for y in range(gray.height)]
    lines: list[int] = []
    for y, v in enumerate(column):
        if v < 170 and (not lines or y - lines[-1] > 3):
            lines.append(y)
    tall = [(a, b) for a, b in itertools.pairwise(lines) if 70 <= b - a <= 110]
    assert tall, f"no signature cell found (borders at {lines})"
    top, bottom = tall[-1]
    crop = gray.crop((890, top + 14, 1400, bottom - 14))
    return sum(1 for v in crop.get_flattened_data() if v < 110)


def _scan_images(b: SampleBundle) -> list[Image.Image]:
    pages: list[Image.Image] = []
    for rel, data in sorted(b.files.items()):
        if data.startswith(b"%PDF-"):
            for page in pymupdf.open("pdf", data):
                ((xref, *_),) = page.get_images()
                pages.append(Image.open(io.BytesIO(page.parent.extract_image(xref)["image"])))
        elif rel.lower().endswith(".jpg"):
            pages.append(Image.open(io.BytesIO(data)))
    return pages


@pytest.mark.parametrize(("claim_id", "inked"), [("3110204", True), ("3110561", False)])
def test_scanned_poe_is_signed_in_ink_only_when_valid(bundles: list[SampleBundle], claim_id: str, inked: bool) -> None:
    b = by_id(bundles, claim_id)
    pages = _scan_images(b)
    assert len(pages) >= 2
    for image in pages:
        assert image.format == "JPEG"
        assert image.mode == "L"
        assert image.size == (1700, 2200)  # US letter at 200 dpi
        assert round(image.info["dpi"][0]) == 200
    # where the signature goes: right of the "Signature" label of section 3.1 on the last page,
    # found on the rendered template (the scan is skewed: allow a generous box)
    last = pages[-1]
    ink = _signature_cell_ink(last)
    assert (ink > 300) is inked, ink
    # every page is a little crooked: the top border of the paper is not level
    gray = last.convert("L")
    corners = gray.getpixel((5, 5)), gray.getpixel((1694, 5))
    assert min(corners) >= 230  # grey scanner background, not black


def test_scanned_letter_is_one_jpeg_photo_of_paper(bundles: list[SampleBundle]) -> None:
    b = by_id(bundles, "3112366")
    assert list(b.listed) == ["POE/IMG_20250926_1412.jpg"]
    (image,) = _scan_images(b)
    assert image.format == "JPEG"
    assert image.size == (1700, 2200)
    # no text layer anywhere: the printed words exist only as pixels, read by OCR or not at all
    assert not any(d.startswith(b"%PDF-") for d in b.files.values())


def test_digitally_signed_poe_names_the_customer_and_only_the_tampered_one_is_broken(
    bundles: list[SampleBundle],
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    for claim_id, intact, fee in (("3111093", True, "38,400.00"), ("3111420", False, "86,750.00")):
        b = by_id(bundles, claim_id)
        (data,) = b.files.values()
        (sig,) = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[]))  # self-signed: no trust
        assert status.intact is intact, claim_id
        subject = status.signing_cert.subject.native
        contact = b.claim_data["customer"]["contact"]  # type: ignore[index]
        assert subject["common_name"] == contact["name"]
        assert subject["email_address"] == contact["email"]
        assert subject["organization_name"] == b.claim.customer.name
        assert status.signer_reported_dt.date() <= b.claim.submitted_on
        assert sig.field_name == "CustomerSignature"
        text = pymupdf.open("pdf", data)[0].get_text()
        assert f"USD {fee}" in text, claim_id


def test_email_only_bundles_acknowledge_or_do_not(bundles: list[SampleBundle]) -> None:
    valid = by_id(bundles, "3111788")
    invalid = by_id(bundles, "3112034")
    assert valid.container == "zip"
    for b, from_customer in ((valid, True), (invalid, False)):
        assert list(b.listed.values()) == ["poe"]
        (data,) = b.files.values()
        assert data.startswith(OLE_MAGIC)
        msg = extract_msg.openMsg(data)
        try:
            domain = re.search(r"@([\w.-]+)>", msg.sender).group(1)  # type: ignore[union-attr]
            assert (domain in b.claim.customer.domains) is from_customer
            assert (domain in b.claim.partner.domains) is not from_customer
            body = msg.body
        finally:
            msg.close()
        if from_customer:
            # the customer's own words come first, the partner's detailed summary is quoted below
            own = body.index("Yes, I confirm that Evergreen Cloud Partners delivered the Intune deployment")
            quoted = body.index("From: Owen Fitzgerald <owen.fitzgerald@evergreencloud.com>")
            assert own < quoted
            assert "340 staff" in body[quoted:]
            assert "June 23 – September 5, 2025" in body[quoted:]
        else:
            assert "From:" not in body
            assert "860 Windows devices" in body


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
