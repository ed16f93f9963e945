"""Read a customer or partner attestation survey export (``poe-attestation/1``).

The claims system exports each survey as JSON (spec section 1, "Survey exports"). The
parsed object is kept as ``doc.data`` for the attestations check; the answers become
``"answer"`` segments (``Q: …`` / ``A: …``) and the electronic signature a
``"signature"`` segment, so evidence can quote them like any other document.

A survey with missing signature parts still loads: judging the signature is the
attestations check's job. A file that is not a JSON object, has a major version this
reader does not know, or has fields of the wrong type is refused with the field named.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from poe_reviewer.documents.model import Document, Segment
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError

FORMAT_PREFIX = "poe-attestation/"
SUPPORTED_MAJOR = 1
_VERSION = re.compile(r"^poe-attestation/(\d+)(?:\.\d+)*$")
_RESPONDENTS = ("customer", "partner")
_SIGNATURE_PARTS = ("full_name", "company", "job_title")


def _fail(doc: Document, reason: str) -> ExtractionError:
    return ExtractionError(doc.path, f"survey export: {reason}")


def _answer_text(doc: Document, value: object, field: str) -> str:
    """An answer as text; multiple-choice answers are lists of strings."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str | int | float):
        return str(value).strip()
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "; ".join(str(v).strip() for v in value)
    raise _fail(doc, f"{field} must be text (or a list of texts), not {type(value).__name__}")


def _optional_str(doc: Document, obj: dict[str, object], key: str, field: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(doc, f"{field} must be a string, not {type(value).__name__}")
    return value


def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Fill ``doc`` from a ``poe-attestation/1`` survey export."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _fail(doc, f"not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise _fail(doc, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise _fail(doc, "JSON nested too deeply") from exc
    except ValueError as exc:  # a number past Python's digit limit
        raise _fail(doc, f"not a survey export ({exc})") from exc
    if not isinstance(obj, dict):
        raise _fail(doc, f"the file must hold a JSON object, not {type(obj).__name__}")

    fmt = obj.get("format")
    if not isinstance(fmt, str):
        raise _fail(doc, "format must be a string such as 'poe-attestation/1'")
    version = _VERSION.match(fmt.strip())
    if version is None:
        raise _fail(doc, f"format {fmt!r} is not a poe-attestation survey export")
    if int(version.group(1)) != SUPPORTED_MAJOR:
        raise _fail(doc, f"format {fmt!r} has a major version this reader does not know (it reads poe-attestation/1)")

    claim_id = obj.get("claim_id")
    if claim_id is not None and not isinstance(claim_id, str | int):
        raise _fail(doc, f"claim_id must be a string, not {type(claim_id).__name__}")
    respondent = _optional_str(doc, obj, "respondent", "respondent")
    completed_at = _optional_str(doc, obj, "completed_at", "completed_at")
    answers = obj.get("answers")
    if answers is None:
        answers = []
        doc.warnings.append("the survey export has no answers")
    if not isinstance(answers, list):
        raise _fail(doc, f"answers must be a list, not {type(answers).__name__}")
    signature = obj.get("signature")
    if signature is not None and not isinstance(signature, dict):
        raise _fail(doc, f"signature must be an object, not {type(signature).__name__}")

    if claim_id is not None:
        doc.metadata["claim_id"] = str(claim_id)
    if respondent is not None:
        doc.metadata["respondent"] = respondent
        if respondent not in _RESPONDENTS:
            doc.warnings.append(f"unknown respondent {respondent!r} (expected customer or partner)")
    if completed_at is not None:
        doc.metadata["completed_at"] = completed_at
        try:
            dt.datetime.fromisoformat(completed_at.strip())
        except ValueError:
            doc.warnings.append(f"completed_at {completed_at!r} is not an ISO 8601 date")

    header = ["Survey: " + (f"{respondent} attestation" if respondent else "attestation")]
    if claim_id is not None:
        header.append(f"Claim ID: {claim_id}")
    if completed_at:
        header.append(f"Completed: {completed_at}")
    doc.segments.append(Segment(text="\n".join(header), page=None, label="survey"))

    for i, item in enumerate(answers):
        field = f"answers[{i}]"
        if not isinstance(item, dict):
            raise _fail(doc, f"{field} must be an object with question and answer, not {type(item).__name__}")
        question = item.get("question")
        if question is not None and not isinstance(question, str):
            raise _fail(doc, f"{field}.question must be a string, not {type(question).__name__}")
        answer = _answer_text(doc, item.get("answer"), f"{field}.answer")
        text = f"Q: {(question or '').strip()}\nA: {answer}"
        doc.segments.append(Segment(text=text, page=None, label="answer"))

    if signature is not None:
        parts: list[str] = []
        for key in _SIGNATURE_PARTS:
            value = _optional_str(doc, signature, key, f"signature.{key}")
            if value is not None and value.strip():
                parts.append(" ".join(value.split()))
        if parts:
            doc.segments.append(Segment(text="Signature: " + ", ".join(parts), page=None, label="signature"))
    doc.data = obj
