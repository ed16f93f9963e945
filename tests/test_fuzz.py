"""Fuzzing: claim.json parsing, the bundle loader and every reader, fed generated input.

The properties: a hostile claim.json or archive ends in :class:`BundleError` (one clear line) or loads;
a reader never raises, whatever the bytes, and its document says what was wrong (``error``). `make test`
runs a short pass (the ``ci`` profile); `make fuzz` runs the same targets for as long as asked
(``tools/fuzz.py``). Every crasher found becomes a regression case in tests/test_hostile.py.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poe_reviewer.bundle import BundleLimits, load_bundle
from poe_reviewer.documents.registry import ExtractContext, extract_document
from poe_reviewer.errors import BundleError
from tests.builders import CPOR_USAGE

# generated archives may name an entry twice; that is a case to load, not a warning
pytestmark = pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")

settings.register_profile(
    "ci", max_examples=int(os.environ.get("POE_FUZZ_EXAMPLES", "40")), deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
settings.load_profile("ci")

LIMITS = BundleLimits(max_expanded_bytes=16 * 1024 * 1024, max_entries=200, max_claim_bytes=256 * 1024)

#: JSON values as a partner's system (or an attacker) might write them: any depth, any text.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)


def _claim_with(field: str, value: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(CPOR_USAGE))
    data[field] = value
    return data


def _load_dir(claim_bytes: bytes, files: dict[str, bytes] | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "b"
        root.mkdir()
        (root / "claim.json").write_bytes(claim_bytes)
        for rel, data in (files or {}).items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)
        try:
            with load_bundle(root, LIMITS):
                pass
        except BundleError:
            pass


@given(st.binary(max_size=4096))
def test_claim_json_of_any_bytes_is_a_bundle_or_one_error(raw: bytes) -> None:
    _load_dir(raw)


@given(st.sampled_from(sorted(CPOR_USAGE)), json_values)
def test_any_value_in_any_claim_field_is_a_bundle_or_one_error(field: str, value: Any) -> None:
    _load_dir(json.dumps(_claim_with(field, value)).encode())


@given(st.text(min_size=1, max_size=80))
def test_any_claim_id_is_taken_as_written_or_refused(claim_id: str) -> None:
    try:
        raw = json.dumps(_claim_with("claim_id", claim_id)).encode()
    except UnicodeEncodeError:
        return
    _load_dir(raw)


names = st.one_of(
    st.text(min_size=1, max_size=40),
    st.sampled_from(["../x", "/abs", "a/../../b", "POE/./x.pdf", "C:\\x", "POE/", "con", "a" * 300]),
)


@given(st.lists(st.tuples(names, st.binary(max_size=256)), max_size=8), st.booleans())
def test_any_archive_is_a_bundle_or_one_error(entries: list[tuple[str, bytes]], with_claim: bool) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        if with_claim:
            zf.writestr("claim.json", json.dumps(CPOR_USAGE))
        for name, data in entries:
            try:
                zf.writestr(name, data)
            except (ValueError, UnicodeEncodeError, IndexError):  # names zipfile itself cannot write
                continue
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.zip"
        path.write_bytes(buffer.getvalue())
        try:
            with load_bundle(path, LIMITS):
                pass
        except BundleError:
            pass


#: The first bytes each reader is chosen by; the rest of the file is generated.
HEADERS = {
    "pdf": b"%PDF-1.7\n",
    "png": b"\x89PNG\r\n\x1a\n",
    "jpeg": b"\xff\xd8\xff\xe0",
    "tiff": b"II*\x00",
    "msg": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "docx": b"PK\x03\x04",
    "eml": b"From: a@b.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n",
    "survey": b'{"format": "poe-attestation/1", ',
    "html": b"<!doctype html><html>",
    "text": b"",
}


@settings(max_examples=int(os.environ.get("POE_FUZZ_EXAMPLES", "40")) * 2)
@given(st.sampled_from(sorted(HEADERS)), st.binary(max_size=8192))
def test_every_reader_returns_a_document_whatever_the_bytes(kind: str, tail: bytes) -> None:
    names_of = {"survey": "s.json", "msg": "m.msg", "eml": "e.eml", "docx": "d.docx", "text": "t.txt"}
    name = names_of.get(kind, f"x.{kind}")
    doc = extract_document(HEADERS[kind] + tail, f"POE/{name}", "poe", ExtractContext(ocr=False))
    assert doc.path == f"POE/{name}"
    assert doc.error is None or doc.error.strip()
