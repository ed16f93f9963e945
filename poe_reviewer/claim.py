"""The claim described by ``claim.json`` (spec section 1, ``poe-claim-bundle/1``).

:func:`parse_claim` validates strictly: an unknown major format version, a missing or
mistyped field, a bad date or an unknown enum value raises
:class:`~poe_reviewer.errors.ClaimValidationError` naming the field path. Unknown extra
fields are kept in :attr:`Claim.extra` and otherwise ignored.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from poe_reviewer.errors import ClaimValidationError

FORMAT_NAME: Final = "poe-claim-bundle"
FORMAT_MAJOR: Final = 1

PROGRAMS: Final = ("cpor", "partner_activities")
CLAIM_KINDS: Final = ("usage", "pre_sales", "revenue", "managed_security_services")
SOLUTION_AREAS: Final = ("Modern Work", "Security", "Business Applications", "Azure")
STATUSES: Final = ("submitted", "under_review", "action_required", "disputed")
SEGMENTS: Final = ("commercial", "public_sector")
ROLES: Final = (
    "poe",
    "invoice",
    "customer_attestation",
    "partner_attestation",
    "public_sector_disclosure",
    "supporting",
)
ACTIVITY_TYPES: Final = ("assessment", "standard", "xs_small", "medium", "large")
PAYOUT_TYPES: Final = ("fixed", "variable")

_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    title: str | None = None


@dataclass(frozen=True)
class Party:
    """The claiming partner or the customer."""

    name: str
    country: str
    contact: Contact | None
    domains: tuple[str, ...] = ()
    location_id: str | None = None
    tenant_id: str | None = None
    segment: str | None = None

    @property
    def domain(self) -> str | None:
        return self.domains[0] if self.domains else None


@dataclass(frozen=True)
class Workload:
    name: str
    subscription_id: str | None = None


@dataclass(frozen=True)
class Engagement:
    id: str
    name: str
    activity_type: str
    payout_type: str
    proposed_payout_usd: float | None


@dataclass(frozen=True)
class DocumentSlot:
    """An upload slot of claim.json: a path in the bundle and its role."""

    path: str
    role: str


@dataclass(frozen=True)
class Comment:
    author: str
    at: dt.datetime
    text: str


@dataclass(frozen=True)
class HistoryEntry:
    action: str
    at: dt.datetime
    by: str | None


@dataclass(frozen=True)
class Claim:
    claim_id: str
    program: str
    claim_kind: str | None
    solution_area: str
    status: str
    submitted_at: dt.datetime
    incentive_opt_out: bool
    partner: Party
    customer: Party
    workloads: tuple[Workload, ...]
    engagement: Engagement | None
    transaction_date: dt.date | None
    consent_date: dt.date | None
    documents: tuple[DocumentSlot, ...]
    comments: tuple[Comment, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_cpor(self) -> bool:
        return self.program == "cpor"

    @property
    def is_partner_activities(self) -> bool:
        return self.program == "partner_activities"

    @property
    def submitted_on(self) -> dt.date:
        return self.submitted_at.date()


#: A claim id as the claims system writes them (digits in practice): ASCII letters, digits, ".", "_", "-".
#: Anything else — full-width digits, a right-to-left override, a zero-width space, "../" — is a
#: look-alike of another claim's id, or a path, and is refused.
CLAIM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
#: The longest value the queue's columns hold for these fields (longer is no real value).
_MAX_LENGTH = {"location_id": 64, "subscription_id": 200, "tenant_id": 200, "domain": 253, "email": 320}
_MAX_WORKLOAD_NAME = 200


def _workload_name(r: _Reader, value: str, path: str) -> str:
    if len(value) > _MAX_WORKLOAD_NAME:
        raise r.fail(f"{path}.name", f"is {len(value)} characters long; at most {_MAX_WORKLOAD_NAME}")
    return value


def _claim_id(r: _Reader, value: str) -> str:
    if CLAIM_ID.match(value) and ".." not in value:
        return value
    odd = next((ch for ch in value if not (ch.isascii() and (ch.isalnum() or ch in "._-"))), None)
    if odd is not None:
        name = unicodedata.name(odd, f"U+{ord(odd):04X}")
        why = f"contains {name} (U+{ord(odd):04X})"
    elif len(value) > 64:
        why = f"is {len(value)} characters long"
    else:
        why = "is not an id"
    raise r.fail(
        "$.claim_id",
        f"{value!a} {why}; a claim id is at most 64 ASCII letters, digits, '.', '_' or '-' (no '..'), so that "
        "no claim can pass for another",
    )


class _Reader:
    """Walks claim.json and raises one clear error per problem, naming the field path."""

    def __init__(self, bundle: str) -> None:
        self.bundle = bundle

    def fail(self, path: str, reason: str) -> ClaimValidationError:
        return ClaimValidationError(self.bundle, path, reason)

    def obj(self, data: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any]:
        value = self.required(data, key, path)
        if not isinstance(value, Mapping):
            raise self.fail(f"{path}.{key}", f"must be an object, not {_type_name(value)}")
        return value

    def required(self, data: Mapping[str, Any], key: str, path: str) -> Any:
        if key not in data:
            raise self.fail(f"{path}.{key}", "is missing")
        return data[key]

    def string(self, data: Mapping[str, Any], key: str, path: str, *, nullable: bool = False) -> str | None:
        value = self.required(data, key, path) if not nullable else data.get(key)
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", f"must be a string, not {_type_name(value)}")
        if not value.strip():
            raise self.fail(f"{path}.{key}", "must not be empty")
        limit = _MAX_LENGTH.get(key)
        if limit is not None and len(value) > limit:
            raise self.fail(f"{path}.{key}", f"is {len(value)} characters long; at most {limit}")
        return value

    def req_string(self, data: Mapping[str, Any], key: str, path: str) -> str:
        value = self.string(data, key, path)
        assert value is not None  # required strings are never None
        return value

    def enum(
        self, data: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...], *, nullable: bool = False
    ) -> str | None:
        value = self.string(data, key, path, nullable=nullable)
        if value is None:
            return None
        if value not in allowed:
            raise self.fail(f"{path}.{key}", f"unknown value {value!r}; expected one of {', '.join(allowed)}")
        return value

    def datetime(self, data: Mapping[str, Any], key: str, path: str) -> dt.datetime:
        value = self.req_string(data, key, path)
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{path}.{key}", f"{value!r} is not an ISO 8601 date and time") from None
        if parsed.tzinfo is None:
            raise self.fail(f"{path}.{key}", f"{value!r} has no UTC offset (e.g. 'Z' or '+02:00')")
        return parsed

    def date(self, data: Mapping[str, Any], key: str, path: str) -> dt.date | None:
        value = self.string(data, key, path, nullable=True)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value[:10]) if "T" in value else dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{path}.{key}", f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None

    def boolean(self, data: Mapping[str, Any], key: str, path: str, default: bool | None = None) -> bool:
        if key not in data and default is not None:
            return default
        value = self.required(data, key, path)
        if not isinstance(value, bool):
            raise self.fail(f"{path}.{key}", f"must be true or false, not {_type_name(value)}")
        return value

    def array(self, data: Mapping[str, Any], key: str, path: str, *, default: list[Any] | None = None) -> list[Any]:
        if key not in data and default is not None:
            return default
        value = self.required(data, key, path)
        if not isinstance(value, list):
            raise self.fail(f"{path}.{key}", f"must be an array, not {_type_name(value)}")
        return value

    def country(self, data: Mapping[str, Any], key: str, path: str) -> str:
        value = self.req_string(data, key, path)
        if not _COUNTRY.match(value):
            raise self.fail(f"{path}.{key}", f"{value!r} is not an ISO 3166-1 alpha-2 country code")
        return value

    def contact(self, data: Mapping[str, Any], path: str, *, required: bool) -> Contact | None:
        if data.get("contact") is None:
            if required:
                raise self.fail(f"{path}.contact", "is missing")
            return None
        raw = self.obj(data, "contact", path)
        p = f"{path}.contact"
        return Contact(
            name=self.req_string(raw, "name", p),
            email=self.req_string(raw, "email", p),
            title=self.string(raw, "title", p, nullable=True),
        )


def _type_name(value: object) -> str:
    return {
        type(None): "null",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def check_format(bundle: str, data: Mapping[str, Any], name: str = FORMAT_NAME, major: int = FORMAT_MAJOR) -> None:
    """Refuse anything that is not ``name/major[.minor]``."""
    value = data.get("format")
    if not isinstance(value, str):
        raise ClaimValidationError(bundle, "$.format", f"is missing; expected '{name}/{major}'")
    fmt_name, _, version = value.partition("/")
    if fmt_name != name:
        raise ClaimValidationError(bundle, "$.format", f"{value!r} is not a {name} document")
    version_major = version.split(".")[0]
    if not version_major.isdigit():
        raise ClaimValidationError(bundle, "$.format", f"{value!r} has no version number")
    if int(version_major) != major:
        raise ClaimValidationError(
            bundle, "$.format", f"unsupported major version {version_major} (this reader knows {name}/{major})"
        )


_KNOWN_TOP = {
    "format", "claim_id", "program", "claim_kind", "solution_area", "status", "submitted_at",
    "incentive_opt_out", "partner", "customer", "workloads", "engagement", "transaction_date",
    "consent_date", "documents", "comments", "history",
}  # fmt: skip


def parse_claim(data: Any, bundle: str = "claim.json") -> Claim:
    """Validate and convert a parsed claim.json; raise ClaimValidationError on the first problem."""
    r = _Reader(bundle)
    if not isinstance(data, Mapping):
        raise r.fail("$", f"claim.json must hold a JSON object, not {_type_name(data)}")
    check_format(bundle, data)
    root = "$"

    claim_id = _claim_id(r, r.req_string(data, "claim_id", root).strip())

    program = r.enum(data, "program", root, PROGRAMS)
    assert program is not None
    claim_kind = r.enum(data, "claim_kind", root, CLAIM_KINDS, nullable=True)
    if program == "cpor" and claim_kind is None:
        raise r.fail("$.claim_kind", "is required for CPOR claims")
    if program == "partner_activities" and claim_kind is not None:
        raise r.fail("$.claim_kind", "must be null for partner activities")
    solution_area = r.enum(data, "solution_area", root, SOLUTION_AREAS)
    status = r.enum(data, "status", root, STATUSES)
    assert solution_area is not None
    assert status is not None
    submitted_at = r.datetime(data, "submitted_at", root)
    opt_out = r.boolean(data, "incentive_opt_out", root, default=False)

    p = r.obj(data, "partner", root)
    domains_raw = r.array(p, "domains", "$.partner", default=[])
    domains: list[str] = []
    for i, d in enumerate(domains_raw):
        if not isinstance(d, str) or not d.strip():
            raise r.fail(f"$.partner.domains[{i}]", "must be a non-empty string")
        domains.append(d.strip().lower())
    loc = r.req_string(p, "location_id", "$.partner").strip()
    partner = Party(
        name=r.req_string(p, "name", "$.partner"),
        country=r.country(p, "country", "$.partner"),
        contact=r.contact(p, "$.partner", required=False),
        domains=tuple(domains),
        location_id=loc,
    )

    c = r.obj(data, "customer", root)
    cdomain = r.string(c, "domain", "$.customer", nullable=True)
    segment = r.enum(c, "segment", "$.customer", SEGMENTS)
    customer = Party(
        name=r.req_string(c, "name", "$.customer"),
        country=r.country(c, "country", "$.customer"),
        contact=r.contact(c, "$.customer", required=False),
        domains=(cdomain.strip().lower(),) if cdomain else (),
        tenant_id=r.string(c, "tenant_id", "$.customer", nullable=True),
        segment=segment,
    )

    workloads: list[Workload] = []
    for i, w in enumerate(r.array(data, "workloads", root)):
        wp = f"$.workloads[{i}]"
        if not isinstance(w, Mapping):
            raise r.fail(wp, f"must be an object, not {_type_name(w)}")
        workloads.append(
            Workload(
                name=_workload_name(r, r.req_string(w, "name", wp).strip(), wp),
                subscription_id=r.string(w, "subscription_id", wp, nullable=True),
            )
        )

    engagement: Engagement | None = None
    if data.get("engagement") is not None:
        e = r.obj(data, "engagement", root)
        ep = "$.engagement"
        eid = r.req_string(e, "id", ep)
        payout_type = r.enum(e, "payout_type", ep, PAYOUT_TYPES)
        payout = e.get("proposed_payout_usd")
        if payout is not None and (isinstance(payout, bool) or not isinstance(payout, (int, float))):
            raise r.fail(f"{ep}.proposed_payout_usd", f"must be a number, not {_type_name(payout)}")
        if payout_type == "variable" and payout is None:
            raise r.fail(f"{ep}.proposed_payout_usd", "is required for variable payout")
        activity = r.enum(e, "activity_type", ep, ACTIVITY_TYPES)
        assert payout_type is not None
        assert activity is not None
        engagement = Engagement(
            id=eid,
            name=r.req_string(e, "name", ep),
            activity_type=activity,
            payout_type=payout_type,
            proposed_payout_usd=float(payout) if payout is not None else None,
        )
    elif program == "partner_activities":
        raise r.fail("$.engagement", "is required for partner activities")

    transaction_date = r.date(data, "transaction_date", root)
    consent_date = r.date(data, "consent_date", root)

    slots: list[DocumentSlot] = []
    for i, d in enumerate(r.array(data, "documents", root)):
        dp = f"$.documents[{i}]"
        if not isinstance(d, Mapping):
            raise r.fail(dp, f"must be an object, not {_type_name(d)}")
        role = r.enum(d, "role", dp, ROLES)
        assert role is not None
        slots.append(DocumentSlot(path=r.req_string(d, "path", dp), role=role))

    comments: list[Comment] = []
    for i, cm in enumerate(r.array(data, "comments", root, default=[])):
        cp = f"$.comments[{i}]"
        if not isinstance(cm, Mapping):
            raise r.fail(cp, f"must be an object, not {_type_name(cm)}")
        comments.append(
            Comment(author=r.req_string(cm, "author", cp), at=r.datetime(cm, "at", cp), text=str(cm.get("text", "")))
        )
    history: list[HistoryEntry] = []
    for i, h in enumerate(r.array(data, "history", root, default=[])):
        hp = f"$.history[{i}]"
        if not isinstance(h, Mapping):
            raise r.fail(hp, f"must be an object, not {_type_name(h)}")
        history.append(
            HistoryEntry(
                action=r.req_string(h, "action", hp),
                at=r.datetime(h, "at", hp),
                by=r.string(h, "by", hp, nullable=True),
            )
        )

    return Claim(
        claim_id=claim_id,
        program=program,
        claim_kind=claim_kind,
        solution_area=solution_area,
        status=status,
        submitted_at=submitted_at,
        incentive_opt_out=opt_out,
        partner=partner,
        customer=customer,
        workloads=tuple(workloads),
        engagement=engagement,
        transaction_date=transaction_date,
        consent_date=consent_date,
        documents=tuple(slots),
        comments=tuple(comments),
        history=tuple(history),
        extra={k: v for k, v in data.items() if k not in _KNOWN_TOP},
    )
