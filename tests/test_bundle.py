"""Loading bundles: directories and zips, strict claim.json, and archives that try to escape."""

from __future__ import annotations

import copy
import json
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer.bundle import BundleLimits, load_bundle
from poe_reviewer.errors import BundleError, ClaimValidationError, UnsafeBundleError
from poe_reviewer.pipeline import extract_bundle
from tests.builders import CPOR_USAGE, PARTNER_ACTIVITIES


def claim_data_of(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(CPOR_USAGE)
    data.update(changes)
    return data


def write_bundle(root: Path, claim: dict[str, Any] | None = None, files: dict[str, bytes] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "claim.json").write_text(json.dumps(claim or CPOR_USAGE), encoding="utf-8")
    default = {"POE/Contoso_Intune_POE_signed.pdf": b"%PDF-1.4 fake"}
    for rel, data in (files if files is not None else default).items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


def zip_dir(src: Path, dest: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(dest, "w") as zf:
        for p in sorted(src.rglob("*")):
            if p.is_file():
                zf.write(p, prefix + p.relative_to(src).as_posix())
    return dest


def test_directory_bundle_lists_files_with_roles_and_hashes(tmp_path: Path) -> None:
    root = write_bundle(
        tmp_path / "b",
        files={
            "POE/Contoso_Intune_POE_signed.pdf": b"%PDF-1.4 a",
            "extra/notes.txt": b"hello",
        },
    )
    with load_bundle(root) as bundle:
        assert bundle.claim.claim_id == "3079758"
        by_path = {f.path: f for f in bundle.files}
        assert by_path["POE/Contoso_Intune_POE_signed.pdf"].role == "poe"
        assert by_path["extra/notes.txt"].role == "supporting"
        assert not by_path["extra/notes.txt"].listed
        assert len(by_path["extra/notes.txt"].sha256) == 64
        assert bundle.missing == []
        assert len(bundle.digest) == 64


def test_missing_listed_file_is_reported_not_fatal(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "b", files={})
    with load_bundle(root) as bundle:
        assert bundle.missing == ["POE/Contoso_Intune_POE_signed.pdf"]


def test_digest_changes_with_content_and_not_with_location(tmp_path: Path) -> None:
    a = write_bundle(tmp_path / "a")
    b = write_bundle(tmp_path / "b")
    with load_bundle(a) as ba, load_bundle(b) as bb:
        assert ba.digest == bb.digest
    (b / "POE/Contoso_Intune_POE_signed.pdf").write_bytes(b"%PDF-1.4 changed")
    with load_bundle(a) as ba, load_bundle(b) as bb:
        assert ba.digest != bb.digest


@pytest.mark.parametrize("prefix", ["", "Claim 3079758/"])
def test_zip_bundle_root_or_single_folder(tmp_path: Path, prefix: str) -> None:
    src = write_bundle(tmp_path / "src")
    z = zip_dir(src, tmp_path / "bundle.zip", prefix)
    with load_bundle(z) as bundle:
        assert [f.path for f in bundle.files] == ["POE/Contoso_Intune_POE_signed.pdf"]
        assert bundle.files[0].read() == b"%PDF-1.4 fake"
        tmp = bundle.files[0].disk_path
        assert tmp.exists()
        # private: only the owner may enter the temporary directory
        top = next(p for p in tmp.parents if p.name.startswith("poe-bundle-"))
        assert stat.S_IMODE(top.stat().st_mode) == 0o700
    assert not tmp.exists(), "temporary files are removed when the bundle is closed"


def test_zip_and_directory_give_the_same_digest(tmp_path: Path) -> None:
    src = write_bundle(tmp_path / "src")
    z = zip_dir(src, tmp_path / "bundle.zip", "top/")
    with load_bundle(src) as a, load_bundle(z) as b:
        assert a.digest == b.digest


def test_zip_without_claim_json_is_refused(tmp_path: Path) -> None:
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a/claim.json", "{}")
        zf.writestr("b/other.pdf", "x")
    with pytest.raises(BundleError, match=r"claim\.json not found"):
        load_bundle(z)


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "a/../../evil", "C:/evil.txt"])
def test_zip_entries_escaping_are_refused(tmp_path: Path, name: str) -> None:
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("claim.json", json.dumps(CPOR_USAGE))
        zf.writestr(name, "x")
    with pytest.raises(UnsafeBundleError, match="outside the bundle"):
        load_bundle(z)
    assert not (tmp_path / "evil.txt").exists()


def test_zip_symlink_entry_is_refused(tmp_path: Path) -> None:
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("claim.json", json.dumps(CPOR_USAGE))
        info = zipfile.ZipInfo("POE/link.pdf")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(UnsafeBundleError, match="symbolic link"):
        load_bundle(z)


def test_zip_expanded_size_is_counted_while_reading(tmp_path: Path) -> None:
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("claim.json", json.dumps(CPOR_USAGE))
        zf.writestr("POE/big.bin", b"\0" * 5_000_000)
    assert z.stat().st_size < 100_000
    with pytest.raises(UnsafeBundleError, match="expands to more than"):
        load_bundle(z, BundleLimits(max_expanded_bytes=1_000_000))


def test_lying_zip_header_sizes_do_not_fool_the_limit(tmp_path: Path) -> None:
    z = tmp_path / "liar.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("claim.json", json.dumps(CPOR_USAGE))
        zf.writestr("POE/big.bin", b"A" * 3_000_000)
    raw = bytearray(z.read_bytes())
    # Rewrite the central directory's "uncompressed size" of big.bin to claim 10 bytes.
    idx = raw.rfind(b"PK\x01\x02")
    raw[idx + 24 : idx + 28] = (10).to_bytes(4, "little")
    z.write_bytes(bytes(raw))
    with pytest.raises(BundleError):
        load_bundle(z, BundleLimits(max_expanded_bytes=1_000_000))


def test_entry_count_limit(tmp_path: Path) -> None:
    z = tmp_path / "many.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("claim.json", json.dumps(CPOR_USAGE))
        for i in range(30):
            zf.writestr(f"f{i}.txt", "x")
    with pytest.raises(UnsafeBundleError, match="entries"):
        load_bundle(z, BundleLimits(max_entries=20))


@pytest.mark.parametrize("target", ["outside", "root", "loop", "inside"])
def test_a_link_in_a_directory_bundle_is_refused_on_its_own(tmp_path: Path, target: str) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    root = write_bundle(tmp_path / "b")
    link = root / "POE" / "link.txt"
    pointing = {
        "outside": outside,
        "root": Path("/"),
        "loop": link,
        "inside": root / "POE" / "Contoso_Intune_POE_signed.pdf",
    }[target]
    os.symlink(pointing, link)
    with load_bundle(root) as bundle:
        by_path = {f.path: f for f in bundle.files}
        what = "a symbolic link to a folder" if target == "root" else "a symbolic link"
        assert by_path["POE/link.txt"].refused == f"is {what}; links in a bundle are not followed"
        assert by_path["POE/Contoso_Intune_POE_signed.pdf"].refused is None, "the good documents load"
        with pytest.raises(OSError, match="not followed"):
            by_path["POE/link.txt"].read()
        documents = extract_bundle(bundle)
    (doc,) = [d for d in documents if d.path == "POE/link.txt"]
    assert doc.error == f"is {what}; links in a bundle are not followed"
    assert "secret" not in str(doc.segments)


def test_a_linked_folder_is_not_followed(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "b")
    os.symlink("/etc", root / "POE" / "etc")
    with load_bundle(root) as bundle:
        refused = {f.path: f.refused for f in bundle.files if f.refused}
    assert refused == {"POE/etc": "is a symbolic link to a folder; links in a bundle are not followed"}


def test_a_fifo_an_oversized_file_and_an_undecodable_name_are_refused_on_their_own(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "b")
    os.mkfifo(root / "POE" / "pipe")
    with open(root / "POE" / "huge.pdf", "wb") as f:  # sparse: 4 GiB on paper, nothing on disk
        f.truncate(4 * 1024**3)
    bad = os.fsencode(str(root / "POE")) + b"/caf\xe9.pdf"
    with open(bad, "wb") as f:
        f.write(b"%PDF-1.4")
    with load_bundle(root) as bundle:
        refused = {f.path: f.refused for f in bundle.files if f.refused}
        good = [f.path for f in bundle.files if not f.refused]
    assert refused["POE/pipe"] == "is not a regular file (a device, pipe or socket); not read"
    assert refused["POE/huge.pdf"].startswith("is 4294967296 bytes; one file may hold at most")
    assert refused["POE/caf\\xe9.pdf"] == "its file name is not UTF-8 text; rename the file"
    assert "POE/Contoso_Intune_POE_signed.pdf" in good


def test_not_a_bundle(tmp_path: Path) -> None:
    f = tmp_path / "README.md"
    f.write_text("hello")
    with pytest.raises(BundleError, match="not a claim bundle"):
        load_bundle(f)
    with pytest.raises(BundleError, match="no such file"):
        load_bundle(tmp_path / "nope")


def _claim_with(change: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(CPOR_USAGE)
    target: Any = data
    parts = change.split(".")
    for p in parts[:-1]:
        target = target[int(p)] if p.isdigit() else target[p]
    last = parts[-1]
    if value is _DELETE:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    ("change", "value", "field", "reason"),
    [
        ("format", "poe-claim-bundle/2", "$.format", "unsupported major version 2"),
        ("format", "something-else/1", "$.format", "not a poe-claim-bundle"),
        ("claim_id", _DELETE, "$.claim_id", "is missing"),
        ("claim_id", 3079758, "$.claim_id", "must be a string"),
        ("program", "mci", "$.program", "unknown value 'mci'"),
        ("submitted_at", "15/09/2025", "$.submitted_at", "not an ISO 8601"),
        ("submitted_at", "2025-09-15T17:02:00", "$.submitted_at", "no UTC offset"),
        ("customer.segment", "government", "$.customer.segment", "unknown value"),
        ("customer.country", "USA", "$.customer.country", "ISO 3166-1"),
        ("partner.name", _DELETE, "$.partner.name", "is missing"),
        ("workloads", "INTUNE", "$.workloads", "must be an array"),
        ("workloads.0.name", 5, "$.workloads[0].name", "must be a string"),
        ("documents.0.role", "evidence", "$.documents[0].role", "unknown value 'evidence'"),
        ("documents.0.path", "../../etc/passwd", "$.documents[0].path", "outside the bundle"),
        ("transaction_date", "2025-13-01", "$.transaction_date", "not an ISO 8601 date"),
        ("incentive_opt_out", "no", "$.incentive_opt_out", "true or false"),
    ],
)
def test_claim_json_errors_name_the_field(tmp_path: Path, change: str, value: Any, field: str, reason: str) -> None:
    root = write_bundle(tmp_path / "b", _claim_with(change, value))
    with pytest.raises(ClaimValidationError) as info:
        load_bundle(root)
    assert info.value.field == field
    assert reason in str(info.value)
    assert str(root) in str(info.value)


def test_bad_json_is_a_clear_error(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "b")
    (root / "claim.json").write_text('{"format": "poe-claim-bundle/1",', encoding="utf-8")
    with pytest.raises(ClaimValidationError, match="not valid JSON"):
        load_bundle(root)


def test_partner_activities_need_engagement(tmp_path: Path) -> None:
    data = copy.deepcopy(PARTNER_ACTIVITIES)
    data["engagement"] = None
    root = write_bundle(tmp_path / "b", data, files={})
    with pytest.raises(ClaimValidationError, match=r"\$\.engagement"):
        load_bundle(root)


def test_unknown_fields_are_kept_and_ignored(tmp_path: Path) -> None:
    data = copy.deepcopy(CPOR_USAGE)
    data["x_internal_score"] = 7
    data["customer"]["x_region"] = "EMEA"
    root = write_bundle(tmp_path / "b", data)
    with load_bundle(root) as bundle:
        assert bundle.claim.extra == {"x_internal_score": 7}


# -- hostile claim.json: one clear error, never a traceback ------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper than"),
        (b'{"claim_id": ' + b"9" * 5000 + b"}", "a number with 5000 digits"),
        (b'{"format": "poe-claim-bundle/1", "claim_id": "\\ud800"}', "$.claim_id: holds a lone surrogate"),
        (b'{"format": "poe-claim-bundle/1", "claim_id": "30\\u0000"}', "$.claim_id: holds a NUL character"),
        (b'{"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": {"j": {"k": {"l": {"m": {"n": {"o": {"p": {"q": '
         b'{"r": {"s": {"t": {"u": {"v": {"w": {"x": {"y": {"z": {"A": {"B": {"C": {"D": {"E": {"F": {"G": {}'
         + b"}" * 33, "nested deeper than 32 levels"),
    ],
)
def test_a_hostile_claim_json_is_one_clear_error(tmp_path: Path, raw: bytes, message: str) -> None:
    root = write_bundle(tmp_path / "b")
    (root / "claim.json").write_bytes(raw)
    with pytest.raises(ClaimValidationError) as caught:
        load_bundle(root)
    assert message in str(caught.value)
    assert str(root) in str(caught.value)


def test_every_string_problem_is_listed_at_once(tmp_path: Path) -> None:
    data = claim_data_of(comments=[{"author": "partner", "at": "2025-09-15T17:01:00Z", "text": "a\u0000b"}])
    data["customer"]["name"] = "\ud800"
    root = write_bundle(tmp_path / "b", data)
    with pytest.raises(ClaimValidationError) as caught:
        load_bundle(root)
    text = str(caught.value)
    assert "$.customer.name: holds a lone surrogate" in text
    assert "$.comments[0].text: holds a NUL character" in text


@pytest.mark.parametrize(
    ("claim_id", "shown"),
    [
        ("\uff13\uff10\uff17\uff19\uff17\uff15\uff18", "FULLWIDTH DIGIT THREE"),
        ("3079\u202e758", "RIGHT-TO-LEFT OVERRIDE"),
        ("3079\u200b758", "ZERO WIDTH SPACE"),
        ("../../3079758", "contains SOLIDUS"),
        ("3" * 65, "is 65 characters long"),
    ],
)
def test_a_look_alike_claim_id_is_refused(tmp_path: Path, claim_id: str, shown: str) -> None:
    root = write_bundle(tmp_path / "b", claim_data_of(claim_id=claim_id))
    with pytest.raises(ClaimValidationError, match=r"\$\.claim_id") as caught:
        load_bundle(root)
    assert shown in str(caught.value)


def test_a_field_longer_than_its_column_is_refused(tmp_path: Path) -> None:
    data = claim_data_of()
    data["partner"]["location_id"] = "1" * 65
    with pytest.raises(ClaimValidationError, match=r"\$\.partner\.location_id: is 65 characters long; at most 64"):
        load_bundle(write_bundle(tmp_path / "b", data))


def test_every_wrong_field_is_listed_at_once(tmp_path: Path) -> None:
    data = claim_data_of(program="cporx", submitted_at="yesterday")
    del data["status"]
    data["customer"]["country"] = 5
    with pytest.raises(ClaimValidationError) as caught:
        load_bundle(write_bundle(tmp_path / "b", data))
    text = str(caught.value)
    assert "4 problems" in text
    for part in ("'status' is a required property", "$.customer.country", "$.program", "$.submitted_at"):
        assert part in text
