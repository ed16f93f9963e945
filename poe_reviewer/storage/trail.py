"""The audit trail's hash chain: each event's hash covers the one before it, so an edited, removed
or inserted event breaks every hash after it (tamper evidence, issue: "edited history must be
detected").

The hash is SHA-256 of the previous hash and the event's canonical JSON (sorted keys, no spaces,
the moment as ISO 8601 UTC with microseconds). The first event's previous hash is
:data:`GENESIS`. The exported chain head lets the claims system notice a history rewritten
from the start.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

#: The "previous hash" of the first event of a trail.
GENESIS = "0" * 64


def canonical_moment(at: dt.datetime) -> str:
    """``at`` as the chain hashes it (SQLite returns naive UTC; PostgreSQL an aware value)."""
    utc = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def event_hash(
    prev_hash: str,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    claim_id: str | None,
    revision: int | None,
    details: Mapping[str, Any],
) -> str:
    body = canonical_json(
        {
            "prev": prev_hash,
            "at": canonical_moment(at),
            "actor": actor,
            "action": action,
            "claim_id": claim_id,
            "revision": revision,
            "details": dict(details),
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def digest(value: Any) -> str:
    """SHA-256 of a value's canonical JSON: what an audit event records of the row it wrote."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
