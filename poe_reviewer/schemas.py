"""JSON Schemas of the interchange formats (``resources/schemas``) and validation against them."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema

from poe_reviewer.resources import resource_path

SCHEMAS = {
    "poe-claim-bundle/1": "poe-claim-bundle-1.schema.json",
    "poe-attestation/1": "poe-attestation-1.schema.json",
    "poe-check-report/1": "poe-check-report-1.schema.json",
    "poe-decisions/1": "poe-decisions-1.schema.json",
}


@cache
def schema(fmt: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("schemas", SCHEMAS[fmt]).read_text(encoding="utf-8"))
    return data


def validation_errors(fmt: str, document: Any) -> list[str]:
    """Every way ``document`` breaks the schema of ``fmt``, as 'path: message' lines (empty when valid)."""
    validator = jsonschema.Draft202012Validator(schema(fmt))
    return [
        f"{err.json_path}: {err.message}"
        for err in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
    ]
