"""The acknowledgement rules of ``resources/policy/acknowledgement.toml``, loaded and typed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


# -- policy ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Platform:
    name: str
    id_label: str
    markers: tuple[re.Pattern[str], ...]
    ids: tuple[re.Pattern[str], ...]
    signer_labels: tuple[re.Pattern[str], ...]
    id_required: bool
    needs_validation: bool
    generic: bool
    section_start: re.Pattern[str] | None
    section_end: re.Pattern[str] | None
    #: The platform's signature stamp on the signed page, its group ``name`` the signer's
    #: (Adobe: "Sharon Pruitt (9/9/2026 07:52 CDT)").
    signer_stamps: tuple[re.Pattern[str], ...] = ()
    #: The certificate's status of an envelope nobody finished signing, its group ``status``.
    incomplete: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Rules:
    seed: str
    esign_seed: str
    esign_rule: str
    platforms: tuple[Platform, ...]
    signer_labels: tuple[re.Pattern[str], ...]
    date_labels: tuple[re.Pattern[str], ...]
    signatory_labels: tuple[re.Pattern[str], ...]
    #: The platform's record of who signed when (certificate of completion, audit trail, evidence report).
    certificates: tuple[re.Pattern[str], ...]
    not_names: frozenset[str]
    block_labels: tuple[re.Pattern[str], ...]
    #: A table column headed by a role: whose column it is.
    customer_roles: tuple[re.Pattern[str], ...]
    partner_roles: tuple[re.Pattern[str], ...]
    block_seed: str
    block_window: int
    block_before: int
    image_gap: float
    heading_reach: float
    heading_words: int
    sign_off_words: tuple[re.Pattern[str], ...]
    sign_off_max_words: int
    min_image_pixels: int
    page_aspect: tuple[float, float]
    page_min_pixels: int
    flat_seed: str
    flat_rule: str
    pasted_seed: str
    pasted_rule: str
    email_seed: str
    email_rule: str
    forward_rule: str
    forward_subject: re.Pattern[str]
    mail_classes: tuple[re.Pattern[str], ...]
    acknowledge: tuple[re.Pattern[str], ...]
    ambiguous: tuple[re.Pattern[str], ...]
    ambiguous_rule: str
    refusals: tuple[re.Pattern[str], ...]
    refusal_rule: str
    #: what a customer-signed document says when the engagement is over ("has no ongoing role")
    ended: tuple[re.Pattern[str], ...]
    negations: tuple[re.Pattern[str], ...]
    negation_window: int
    courtesy: tuple[re.Pattern[str], ...]
    courtesy_rule: str
    courtesy_max_words: int
    #: a reply in another language that only thanks or puts the reading off, and no word there that accepts
    courtesy_other_languages: tuple[re.Pattern[str], ...]
    acceptance_other_languages: tuple[re.Pattern[str], ...]
    engagement_claim_kinds: tuple[str, ...]
    engagement_activities: tuple[re.Pattern[str], ...]
    engagement_min_activities: int
    engagement_rule: str
    auto_headers: tuple[tuple[str, re.Pattern[str]], ...]
    auto_subjects: tuple[re.Pattern[str], ...]
    auto_texts: tuple[re.Pattern[str], ...]
    auto_rule: str
    work: tuple[re.Pattern[str], ...]
    licence: tuple[re.Pattern[str], ...]
    licence_min: int
    licence_rule: str
    partner_rule: str
    partner_seed: str
    english_min_share: float
    english_min_words: int
    english_words: frozenset[str]
    attestation_seed: str
    attestation_rule: str
    attestation_roles: frozenset[str]
    attestation_programs: frozenset[str]


def _rx_list(values: Iterable[Any], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(v), flags) for v in values)


def _opt_rx(value: Any) -> re.Pattern[str] | None:
    return re.compile(str(value), re.IGNORECASE) if value else None


_RULES_CACHE: dict[int, tuple[Mapping[str, Any], Rules]] = {}


def rules(section: Mapping[str, Any]) -> Rules:
    """The compiled acknowledgement policy (``resources/policy/acknowledgement.toml``)."""
    cached = _RULES_CACHE.get(id(section))
    if cached is not None and cached[0] is section:
        return cached[1]
    es = section["esignature"]
    platforms = tuple(
        Platform(
            name=str(p["name"]),
            id_label=str(p.get("id_label", "id")),
            markers=_rx_list(p.get("markers", [])),
            ids=_rx_list(p.get("id", []), 0),
            signer_labels=_rx_list(p.get("signer_labels", [])),
            id_required=bool(p.get("id_required", False)),
            needs_validation=bool(p.get("needs_validation", False)),
            generic=bool(p.get("generic", False)),
            section_start=_opt_rx(p.get("signer_section_start")),
            section_end=_opt_rx(p.get("signer_section_end")),
            signer_stamps=_rx_list(p.get("signer_stamps", [])),
            incomplete=_rx_list(p.get("incomplete", [])),
        )
        for p in es.get("platforms", [])
    )
    sb = section["signature_block"]
    em = section["email"]
    att = section.get("attestation", {})
    compiled = Rules(
        seed=str(section.get("seed", "")),
        esign_seed=str(es.get("seed", "")),
        esign_rule=str(es.get("rule", "")),
        platforms=platforms,
        signer_labels=_rx_list(es.get("signer_labels", [])),
        date_labels=_rx_list(es.get("date_labels", [])),
        signatory_labels=_rx_list(es.get("customer_signatory_labels", [])),
        certificates=_rx_list(es.get("certificates", [])),
        not_names=frozenset(str(w).lower() for w in es.get("not_names", [])),
        block_labels=_rx_list(sb.get("labels", [])),
        customer_roles=_rx_list(sb.get("customer_roles", [])),
        partner_roles=_rx_list(sb.get("partner_roles", [])),
        block_seed=str(sb.get("seed", "")),
        block_window=int(sb.get("block_window_chars", 250)),
        block_before=int(sb.get("block_before_chars", 120)),
        image_gap=float(sb.get("image_gap_points", 150)),
        heading_reach=float(sb.get("heading_reach_points", 160)),
        heading_words=int(sb.get("heading_words", 6)),
        sign_off_words=_rx_list(section.get("scanned_sign_off", {}).get("words", [])),
        sign_off_max_words=int(section.get("scanned_sign_off", {}).get("max_words", 200)),
        min_image_pixels=int(sb.get("min_image_pixels", 120)),
        page_aspect=(float(sb.get("page_aspect_min", 1.2)), float(sb.get("page_aspect_max", 1.55))),
        page_min_pixels=int(sb.get("page_min_pixels", 700)),
        flat_seed=str(section["flat_image"].get("seed", "")),
        flat_rule=str(section["flat_image"].get("rule", "")),
        pasted_seed=str(section["pasted_signature"].get("seed", "")),
        pasted_rule=str(section["pasted_signature"].get("rule", "")),
        email_seed=str(em.get("seed", "")),
        email_rule=str(em.get("rule", "")),
        forward_rule=str(em.get("forward_rule", "")),
        forward_subject=re.compile(str(em.get("forward_subject", r"^\s*(?:FW|FWD)\s*:")), re.IGNORECASE),
        mail_classes=_rx_list(em.get("mail_classes", [])),
        acknowledge=_rx_list(em.get("acknowledge", [])),
        ambiguous=_rx_list(em.get("ambiguous", [])),
        ambiguous_rule=str(em.get("ambiguous_rule", "")),
        refusals=_rx_list(em.get("refusals", [])),
        refusal_rule=str(em.get("refusal_rule", "")),
        ended=_rx_list(em.get("ended", [])),
        negations=_rx_list(em.get("negations", [])),
        negation_window=int(em.get("negation_window_chars", 40)),
        courtesy=_rx_list(em.get("courtesy", [])),
        courtesy_rule=str(em.get("courtesy_rule", "")),
        courtesy_max_words=int(em.get("courtesy_max_words", 80)),
        courtesy_other_languages=_rx_list(em.get("courtesy_other_languages", [])),
        acceptance_other_languages=_rx_list(em.get("acceptance_other_languages", [])),
        engagement_claim_kinds=tuple(str(k) for k in em.get("engagement_claim_kinds", [])),
        engagement_activities=_rx_list(em.get("engagement_activities", [])),
        engagement_min_activities=int(em.get("engagement_min_activities", 2)),
        engagement_rule=str(em.get("engagement_rule", "")),
        auto_headers=tuple(
            (str(n).lower(), re.compile(str(v), re.IGNORECASE)) for n, v in em.get("auto_reply_headers", [])
        ),
        auto_subjects=_rx_list(em.get("auto_reply_subjects", [])),
        auto_texts=_rx_list(em.get("auto_reply_texts", [])),
        auto_rule=str(em.get("auto_reply_rule", "")),
        work=_rx_list(em.get("work", [])),
        licence=_rx_list(em.get("licence", [])),
        licence_min=int(em.get("licence_min", 2)),
        licence_rule=str(em.get("licence_rule", "")),
        partner_rule=str(em.get("partner_rule", "")),
        partner_seed=str(em.get("partner_seed", "")),
        english_min_share=float(em.get("english_min_share", 0.08)),
        english_min_words=int(em.get("english_min_words", 8)),
        english_words=frozenset(str(w).lower() for w in em.get("english_words", [])),
        attestation_seed=str(att.get("seed", "")),
        attestation_rule=str(att.get("rule", "")),
        attestation_roles=frozenset(str(r) for r in att.get("roles", [])),
        attestation_programs=frozenset(str(p) for p in att.get("programs", [])),
    )
    _RULES_CACHE[id(section)] = (section, compiled)
    return compiled
