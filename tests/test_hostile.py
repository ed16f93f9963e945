"""Every bundle is hostile until proven otherwise: a corpus of bad bundles built here, imported as one
queue from the command line. Each ends in one clear line (the bundle refused) or in an error on the one
document that is bad (the bundle imported); no traceback, and the good bundles next to them go through."""

from __future__ import annotations

import copy
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer.application.queue import ReviewQueue
from tests.builders import CPOR_USAGE
from tests.conftest import REPO

GOOD_PDF = (REPO / "sample_poe" / "3081102_Northwind_AlpineSkiHouse_Intune").resolve()


def claim(claim_id: str, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(CPOR_USAGE)
    data["claim_id"] = claim_id
    data["documents"] = [{"path": "POE/poe.pdf", "role": "poe"}]
    for key, value in changes.items():
        target = data
        *parents, last = key.split("__")
        for p in parents:
            target = target[p]
        target[last] = value
    return data


def pdf_bytes() -> bytes:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Proof of execution: Intune deployed for Contoso Ltd, signed by John Doe.")
    data: bytes = doc.tobytes()
    doc.close()
    return data


def directory(root: Path, data: dict[str, Any] | bytes, files: dict[str, bytes] | None = None) -> Path:
    root.mkdir(parents=True)
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    (root / "claim.json").write_bytes(raw)
    for rel, content in (files if files is not None else {"POE/poe.pdf": pdf_bytes()}).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(content)
    return root


def archive(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]], **kw: Any) -> Path:
    with zipfile.ZipFile(path, "w", **kw) as zf:
        for name, content in entries:
            zf.writestr(name, content)
    return path


def eml(headers: str, body: str) -> bytes:
    return (headers.replace("\n", "\r\n") + "\r\n\r\n" + body).encode("utf-8", "surrogateescape")


def _non_utf8_zip(path: Path) -> Path:
    archive(path, [("claim.json", json.dumps(claim("H-ZIPNAME")).encode()), ("POE/x.pdf", pdf_bytes())])
    raw = bytearray(path.read_bytes())
    # mark every name as UTF-8 (flag bit 11), then put a byte that is not UTF-8 in one name
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (i := raw.find(sig, start)) >= 0:
            flags = struct.unpack_from("<H", raw, i + flag_at)[0]
            struct.pack_into("<H", raw, i + flag_at, flags | 0x800)
            start = i + 4
    i = raw.find(b"POE/x.pdf")
    while i >= 0:
        raw[i + 4] = 0xFF
        i = raw.find(b"POE/x.pdf", i + 1)
    path.write_bytes(bytes(raw))
    return path


def _bz2_bomb(path: Path) -> Path:
    bomb = zipfile.ZipInfo("POE/bomb.pdf")
    bomb.compress_type = zipfile.ZIP_BZIP2
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("claim.json", json.dumps(claim("H-BZ2")))
        zf.writestr("POE/poe.pdf", pdf_bytes())
        zf.writestr(bomb, b"\0" * (60 * 1024 * 1024))
    return path


def _png_bomb() -> bytes:
    # a valid PNG header declaring 100,000 x 100,000 pixels, with a tiny compressed body
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    head = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    body = chunk(b"IDAT", zlib.compress(b"\0" * 1000))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + body + chunk(b"IEND", b"")


#: name -> (builder(tmp dir) -> bundle path, expected): "refused" (the bundle's one error line) or
#: "document" (imported; the named document carries an error) or "imported" (imported, nothing to say).
Case = tuple[Callable[[Path], Path], str, str]


def cases() -> dict[str, Case]:
    c: dict[str, Case] = {}

    def bad_claim(name: str, raw: bytes | dict[str, Any], why: str) -> None:
        c[name] = (lambda d, raw=raw: directory(d / name, raw), "refused", why)

    bad_claim("deep", b"[" * 100_000 + b"]" * 100_000, "nested deeper than")
    bad_claim("bigint", b'{"claim_id": ' + b"9" * 5000 + b"}", "digits")
    bad_claim("surrogate", json.dumps(claim("H1", customer__name="\ud800")).encode(), "lone surrogate")
    bad_claim("nul", json.dumps(claim("H2\u0000")).encode(), "NUL")
    bad_claim("fullwidth", claim("\uff13\uff10\uff17\uff19"), "FULLWIDTH DIGIT")
    bad_claim("rtl", claim("3079\u202e758"), "RIGHT-TO-LEFT OVERRIDE")
    bad_claim("zwsp", claim("3079\u200b758"), "ZERO WIDTH SPACE")
    bad_claim("dotdot", claim("../../3079758"), "SOLIDUS")
    bad_claim("longid", claim("9" * 200), "characters long")
    bad_claim("longloc", claim("H3", partner__location_id="1" * 500), "at most 64")
    bad_claim("longworkload", claim("H4", workloads=[{"name": "W" * 500, "subscription_id": None}]), "at most 200")
    bad_claim("notutf8", b'{"claim_id": "\xff\xfe"}', "not UTF-8")
    bad_claim("notjson", b'{"claim_id": "H5",', "not valid JSON")
    bad_claim("array", b"[]", "JSON object")
    bad_claim("missing", {"format": "poe-claim-bundle/1"}, "10 problems")
    bad_claim("huge", b'{"x": "' + b"a" * (9 * 1024 * 1024) + b'"}', "the limit is")
    bad_claim("newer", claim("H6", format="poe-claim-bundle/9"), "unsupported major version")
    def zipped(name: str, entries: list[tuple[str, bytes]], why: str) -> None:
        def build(d: Path, name: str = name, entries: list[tuple[str, bytes]] = entries) -> Path:
            head = [("claim.json", json.dumps(claim(f"Z-{name}")).encode())]
            return archive(d / f"{name}.zip", head + entries)

        c[name] = (build, "refused", why)

    zipped("zipslip", [("../../evil.txt", b"x")], "outside the bundle")
    zipped("zipabs", [("/etc/evil", b"x")], "outside the bundle")
    zipped("zipdup", [("POE/a.pdf", b"1"), ("POE/A.pdf", b"2")], "twice")

    def not_zip(d: Path) -> Path:
        (d / "notzip.zip").write_bytes(b"PK\x03\x04 not a zip")
        return d / "notzip.zip"

    c["notzip"] = (not_zip, "refused", "not a claim bundle")
    c["zipname"] = (lambda d: _non_utf8_zip(d / "zipname.zip"), "refused", "marked UTF-8 but is not")
    # 60 MB of zeros in a few hundred bytes: within the limits, so imported; its "PDF" is that document's error
    c["bz2bomb"] = (lambda d: _bz2_bomb(d / "bz2bomb.zip"), "document", "POE/bomb.pdf|")
    c["noclaim"] = (lambda d: archive(d / "noclaim.zip", [("POE/a.pdf", b"1")]), "refused", "claim.json not found")

    def bad_entry(name: str, make: Callable[[Path], None], why: str, doc: str) -> None:
        def build(d: Path, name: str = name, make: Callable[[Path], None] = make) -> Path:
            root = directory(d / name, claim(f"E-{name}"))
            make(root)
            return root

        c[name] = (build, "document", f"{doc}|{why}")

    bad_entry("link_out", lambda r: os.symlink("/etc/passwd", r / "POE" / "passwd"), "symbolic link", "POE/passwd")
    bad_entry("link_root", lambda r: os.symlink("/", r / "POE" / "root"), "symbolic link to a folder", "POE/root")
    bad_entry("link_loop", lambda r: os.symlink(r / "POE" / "loop", r / "POE" / "loop"), "symbolic link", "POE/loop")
    bad_entry("fifo", lambda r: os.mkfifo(r / "POE" / "pipe"), "not a regular file", "POE/pipe")

    def sparse(r: Path) -> None:
        with open(r / "POE" / "big.pdf", "wb") as f:
            f.truncate(4 * 1024**3)

    bad_entry("sparse", sparse, "one file may hold at most", "POE/big.pdf")

    def undecodable(r: Path) -> None:
        with open(os.fsencode(str(r / "POE")) + b"/caf\xe9.pdf", "wb") as f:
            f.write(pdf_bytes())

    bad_entry("badname", undecodable, "not UTF-8", "POE/caf\\xe9.pdf")

    def bad_doc(name: str, filename: str, content: bytes, why: str) -> None:
        def build(d: Path, name: str = name) -> Path:
            return directory(d / name, claim(f"D-{name}"), {"POE/poe.pdf": pdf_bytes(), filename: content})

        c[name] = (build, "document", f"{filename}|{why}")

    bad_doc("survey_cut", "POE/survey.json", json.dumps({"format": "poe-attestation/1", "x": [1] * 50}).encode()[:60],
            "not valid JSON")  # fmt: skip
    bad_doc("pdf_broken", "POE/broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF garbage", "")
    bad_doc("pdf_empty", "POE/empty.pdf", b"", "")
    bad_doc("png_bomb", "POE/bomb.png", _png_bomb(), "")
    bad_doc("msg_garbage", "POE/mail.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "")
    bad_doc("docx_garbage", "POE/report.docx", b"PK\x03\x04" + b"\0" * 200, "")
    words = "From: =?utf-8?B?" + "QUJD" * 20000 + "\nSubject: " + "=?utf-8?q?=ZZ=?= " * 20000
    bad_doc("eml_words", "POE/words.eml", eml(words, "body"), "")
    nested = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(2000))
    bad_doc("eml_nested", "POE/nested.eml", eml("From: a@b.com\nMIME-Version: 1.0\n" + nested.rstrip(), "x"), "")
    bad_doc("eml_line", "POE/line.eml", eml("From: a@b.com\nContent-Type: text/plain", "x" * 200_000), "")
    base64_head = "From: a@b.com\nContent-Type: text/plain\nContent-Transfer-Encoding: base64"
    bad_doc("eml_base64", "POE/b64.eml", eml(base64_head, "!!!!" * 50_000), "")
    bad_doc("text_dots", "POE/notes.txt", b"a." * 40_000, "")
    bad_doc("xxe_docx", "POE/xxe.docx", _xxe_docx(), "")
    c["comment_1mb"] = (lambda d: directory(d / "comment_1mb", claim("D-comment", comments=[
        {"author": "partner", "at": "2025-09-15T17:01:00Z", "text": "a." * 500_000}])), "imported", "")  # fmt: skip
    c["good"] = (lambda d: directory(d / "good", claim("G-1")), "imported", "")
    return c


def _xxe_docx() -> bytes:
    import io

    body = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        "<w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("word/document.xml", body)
    return buf.getvalue()


CASES = cases()


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path, float]:
    root = tmp_path_factory.mktemp("hostile")
    queue = root / "queue"
    queue.mkdir()
    for build, _expected, _why in CASES.values():
        build(queue)
    db = root / "queue.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(root / "home")}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "poe_reviewer", "--db", str(db), "--create", "import", "-q", str(queue)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    return done, db, time.monotonic() - started


def test_no_traceback_and_every_refused_bundle_is_one_clear_line(
    imported: tuple[subprocess.CompletedProcess[str], Path, float],
) -> None:
    done, _db, _took = imported
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 1, "bad bundles make the exit status 1"
    lines = done.stderr.splitlines()
    for name, (_build, expected, why) in CASES.items():
        if expected != "refused":
            continue
        mine = [line for line in lines if f"/queue/{name}" in line]
        assert len(mine) == 1, (name, mine)
        assert why in mine[0], (name, mine[0])
    refused = sum(1 for _b, e, _w in CASES.values() if e == "refused")
    assert f"{refused} bad bundle(s) skipped" in done.stderr


def test_a_bad_document_is_that_documents_error_and_the_rest_is_checked(
    imported: tuple[subprocess.CompletedProcess[str], Path, float],
) -> None:
    _done, db, _took = imported
    with ReviewQueue(str(db)) as store:
        claims = {c.claim_id for c in store.list_claims()}
        for name, (_build, expected, why) in CASES.items():
            if expected == "refused":
                continue
            named = {"comment_1mb": "D-comment", "good": "G-1", "bz2bomb": "H-BZ2"}
            claim_id = named.get(name) or next(c for c in claims if c in (f"D-{name}", f"E-{name}"))
            detail = store.get_claim(claim_id)
            assert detail.checks, name
            docs = {d.path: d for d in detail.documents}
            assert docs["POE/poe.pdf"].error is None, (name, "the good document is read")
            if expected == "document":
                path, _, reason = why.partition("|")
                assert path in docs, (name, sorted(docs))
                if reason:
                    assert reason in (docs[path].error or ""), (name, docs[path].error)
        assert {"G-1", "D-comment"} <= claims


def test_the_whole_hostile_queue_takes_seconds_not_minutes(
    imported: tuple[subprocess.CompletedProcess[str], Path, float],
) -> None:
    _done, _db, took = imported
    assert took < 240, f"the hostile queue took {took:.0f} s"


def test_nothing_was_written_outside_the_work_folders(
    imported: tuple[subprocess.CompletedProcess[str], Path, float], tmp_path: Path
) -> None:
    assert not Path("/tmp/evil.txt").exists()
    assert not Path("/etc/evil").exists()
    assert not (REPO / "evil.txt").exists()


@pytest.mark.parametrize("case", ["zipname", "zipslip", "deep"])
def test_the_window_shows_the_error_and_stays_usable(
    qtbot: Any, tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poe_reviewer.ui import errors, settings
    from poe_reviewer.ui.main_window import MainWindow

    errors.set_error_windows(False)
    settings.configure("POE Reviewer Tests", f"hostile-{case}", tmp_path / "config")
    try:
        queue = tmp_path / "queue"
        queue.mkdir()
        build, _expected, _why = CASES[case]
        build(queue)
        CASES["good"][0](queue)
        store = ReviewQueue(str(tmp_path / "q.sqlite3"), actor="dana@example.com")
        window = MainWindow(store, settings.Settings())
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.importFinished, timeout=240_000) as finished:
            window.import_paths([queue])
        report = finished.args[0]
        assert report.counts()["bad"] == 1
        # what the window says (opening the next claim may replace the message a moment later)
        assert case in report.describe()
        assert not errors.unexpected, [m.text for m in errors.unexpected]
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30_000)
        window.close()
    finally:
        errors.set_error_windows(True)
        settings.configure()


def test_a_bomb_that_exhausts_memory_in_one_block_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bzip2 expands a whole block in one call: past memory, that bundle is refused, nothing else."""
    from poe_reviewer.bundle import load_bundle
    from poe_reviewer.errors import UnsafeBundleError

    path = archive(tmp_path / "b.zip", [("claim.json", json.dumps(claim("M-1")).encode()), ("POE/a.pdf", b"x" * 10)])
    real_open = zipfile.ZipFile.open

    def exhausting(self: zipfile.ZipFile, name: Any, *args: Any, **kw: Any) -> Any:
        handle = real_open(self, name, *args, **kw)
        if str(getattr(name, "filename", name)).endswith(".pdf"):
            handle.read = lambda *_a: (_ for _ in ()).throw(MemoryError())  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(zipfile.ZipFile, "open", exhausting)
    with pytest.raises(UnsafeBundleError, match="expands beyond memory"):
        load_bundle(path)


# -- budgets: one document past its budget is that document's error ---------------------------------------------
def _long_pdf(pages: int) -> bytes:
    import pymupdf

    # one page of text, copied: building it costs little, reading it costs every page
    one = pymupdf.open()
    page = one.new_page()
    text = "\n".join(f"Line {n}: Intune deployment for Contoso Ltd, activity and timeline " * 2 for n in range(50))
    page.insert_textbox(pymupdf.Rect(36, 36, page.rect.width - 36, page.rect.height - 36), text, fontsize=7)
    doc = pymupdf.open()
    for _ in range(pages):
        doc.insert_pdf(one)
    data: bytes = doc.tobytes()
    doc.close()
    one.close()
    return data


def test_a_document_past_its_time_budget_is_stopped_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poe_reviewer.documents import isolation
    from poe_reviewer.pipeline import load_claim

    root = directory(tmp_path / "b", claim("T-1"), {"POE/poe.pdf": pdf_bytes(), "POE/long.pdf": _long_pdf(600)})
    monkeypatch.setenv(isolation.SECONDS_VAR, "1")
    started = time.monotonic()
    loaded = load_claim(root)
    took = time.monotonic() - started
    with loaded.bundle:
        docs = {d.path: d for d in loaded.documents}
    assert docs["POE/long.pdf"].error == "reading it took longer than 1 s; stopped"
    assert docs["POE/poe.pdf"].error is None
    assert "Intune deployed" in " ".join(s.text for s in docs["POE/poe.pdf"].segments)
    assert took < 20, "the reader was stopped, not waited for"
    # the next document gets a fresh reader
    monkeypatch.delenv(isolation.SECONDS_VAR)
    again = load_claim(directory(tmp_path / "c", claim("T-2")))
    with again.bundle:
        assert [d.error for d in again.documents] == [None]


def test_documents_are_read_in_a_worker_process_by_default() -> None:
    from poe_reviewer.documents import isolation

    limits = isolation.budget()
    assert limits is not None
    assert limits.seconds == 120
    assert limits.memory_mb == 4096
