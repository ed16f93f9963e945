"""eSignature envelopes (DocuSign, Adobe Acrobat Sign, ...) and PDF digital signatures."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from poe_reviewer.dates import find_dates
from poe_reviewer.documents.model import (
    Document,
    SignatureField,
)
from poe_reviewer.findings.acknowledgements.located import DocText, where_in
from poe_reviewer.findings.acknowledgements.model import (
    EMAIL_RX,
    NAME_AFTER_LABEL,
    NAME_PARTICLES,
    NAME_THEN_EMAIL,
    NAME_WORD,
    Acknowledgement,
)
from poe_reviewer.findings.acknowledgements.rules import Platform, Rules
from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.parties import Parties, Side, domain_of, person_key, same_person
from poe_reviewer.names import tokens


# -- eSignatures -------------------------------------------------------------------------------------
@dataclass
class _Signer:
    name: str
    email: str | None
    start: int
    end: int
    side: Side = "unknown"


def _clean_name(raw: str, not_names: frozenset[str]) -> str | None:
    words: list[str] = []
    for w in raw.split():
        bare = w.strip(".’'-").lower()
        if bare in not_names or any(part in not_names for part in bare.split("-") if len(part) > 1):
            break
        words.append(w)
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < 2 and not any(w.lower() in NAME_PARTICLES for w in words):
        return None
    return " ".join(words).rstrip(".,;:")


def _signers_after(rx: re.Pattern[str], dt_: DocText, rules_: Rules) -> Iterator[_Signer]:
    text = dt_.text
    for m in rx.finditer(text):
        nm = NAME_AFTER_LABEL.match(text, m.end())
        if not nm:
            continue
        name = _clean_name(nm.group("name"), rules_.not_names)
        if not name:
            continue
        tail = text[nm.end("name") : nm.end("name") + 100]
        em = EMAIL_RX.search(tail)
        email_addr = em.group(0) if em and tail[: em.start()].count("\n") <= 1 else None
        yield _Signer(name, email_addr, nm.start("name"), nm.end("name"))


def _stamped_signers(platform: Platform, dt_: DocText, rules_: Rules) -> Iterator[_Signer]:
    """Signers named by the platform's signature stamp on the signed page."""
    for rx in platform.signer_stamps:
        for m in rx.finditer(dt_.text):
            name = _clean_name(m.group("name"), rules_.not_names)
            if name:
                yield _Signer(name, None, m.start("name"), m.start("name") + len(name))


def _section_signers(platform: Platform, dt_: DocText, rules_: Rules) -> Iterator[_Signer]:
    """Signers in a platform's audit section (DocuSign's "Signer Events", Adobe's audit report).

    Certificates are multi-column tables whose extracted lines mix columns: "Kara Lindholm
    DocuSigned by: Sent: 7/24/2025 | 09:02" over "klindholm@apexridgecloud.com Kara Lindholm AM".
    A signer's name opens a row; any e-mail address on that row or the next one is the signer's.
    """
    if platform.section_start is None:
        return
    text = dt_.text
    for start_m in platform.section_start.finditer(text):
        end_m = platform.section_end.search(text, start_m.end()) if platform.section_end else None
        stop = end_m.start() if end_m else min(len(text), start_m.end() + 4000)
        for m in NAME_THEN_EMAIL.finditer(text, start_m.end(), stop):
            name = _clean_name(m.group("name"), rules_.not_names)
            if name:
                yield _Signer(name, m.group("email"), m.start("name"), m.end("name"))
        for em in EMAIL_RX.finditer(text, start_m.end(), stop):
            row = text.rfind("\n", 0, em.start()) + 1
            above = text.rfind("\n", 0, max(row - 1, 0)) + 1 if row > start_m.end() else row
            for line_start in dict.fromkeys((row, above)):
                if line_start < start_m.end():
                    continue
                nm = _ROW_NAME.match(text, line_start)
                name = _clean_name(nm.group("name"), rules_.not_names) if nm else None
                if nm and name:
                    yield _Signer(name, em.group(0), nm.start("name"), nm.start("name") + len(name))
                    break


# A name opening a row of an audit table (the columns after it are cut off by _clean_name).
_ROW_NAME = re.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,5}})")


def _printed_signatories(dt_: DocText, rules_: Rules) -> list[str]:
    names: list[str] = []
    for rx in rules_.signatory_labels:
        for s in _signers_after(rx, dt_, rules_):
            names.append(s.name)
    return names


def _signer_side(
    s: _Signer, dt_: DocText, parties: Parties, signatories: list[str], stops: Sequence[re.Pattern[str]] = ()
) -> Side:
    """Whose signature: by the signer's e-mail domain, contact name, printed signatory, or the
    company and e-mail address written in the signer's block (the lines under the name up to a
    blank line or the next signature label: "Name … / Title … / Company: Contoso Ltd")."""
    by_domain = parties.domain_side(domain_of(s.email))
    if by_domain in ("customer", "partner"):
        return by_domain
    if _third_party(s, parties):
        # the signer's own address is another organisation's: a block naming the customer beside it
        # does not make the signer the customer (an outsourced IT provider signing for it)
        return "unknown"
    by_name = parties.name_side(s.name)
    if by_name:
        return by_name
    if any(same_person(s.name, n) for n in signatories):
        return "customer"
    # the signer's line and the next one ("John Doe / Contoso Ltd", "John Doe (Contoso)")
    text = dt_.text
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    by_org = parties.org_in(text[line_start : next_end if next_end >= 0 else len(text)])
    if by_org:
        return by_org
    block = _signer_block(text, line_start, s.end, stops)
    if s.email is None:
        em = EMAIL_RX.search(block)
        by_domain = parties.domain_side(domain_of(em.group(0))) if em else None
        if by_domain in ("customer", "partner"):
            return by_domain
    by_block = parties.org_in(block)
    if by_block:
        return by_block
    # a form's acknowledgement block names the organisation above the signature
    # ("Customer acknowledgement / Customer: Marin Valley Water District / Name … / Signature")
    above = [ln for ln in _lines_above(text, line_start) if _ORG_FIELD.match(ln)]
    sides = {side for ln in above if (side := parties.org_in(_ORG_FIELD.sub("", ln, count=1)))}
    return sides.pop() if len(sides) == 1 else "unknown"


def _third_party(s: _Signer, parties: Parties) -> str | None:
    """The domain of a signer whose e-mail address is neither the customer's, the partner's nor a personal
    mailbox, and does not look like the customer's: another organisation."""
    domain = domain_of(s.email)
    if domain is None or parties.domain_side(domain) != "unknown" or parties.is_personal(domain):
        return None
    # a domain with a word of the customer's name in it (tailwind.com for Tailwind Traders) may be
    # one of the customer's own: the signer's block decides as before
    label = re.sub(r"[^a-z0-9]", "", domain.lower())
    if any(len(t) >= 4 and t in label for t in tokens(parties.claim.customer.name)):
        return None
    return domain


_SIGNER_BLOCK_LINES = 6
#: A labelled line of an acknowledgement block that names the signer's organisation.
_ORG_FIELD = re.compile(
    r"^\s*(?:customer|client|company|organi[sz]ation|agency|entity|on\s+behalf\s+of)(?:\s+name)?\s*[:\-]?\s+",
    re.IGNORECASE,
)


def _lines_above(text: str, line_start: int) -> list[str]:
    """Up to six lines above a signer's line, to a blank line or a line of prose (the block's own lines)."""
    lines: list[str] = []
    end = line_start - 1
    while end > 0 and len(lines) < _SIGNER_BLOCK_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or len(line.split()) > 12:
            break
        lines.append(line)
        end = start - 1
    return lines


def _signer_block(text: str, line_start: int, name_end: int, stops: Sequence[re.Pattern[str]]) -> str:
    """The signer's line and up to six lines under it, to a blank line or the next signature label."""
    first_end = text.find("\n", name_end)
    if first_end < 0:
        return text[line_start:]
    lines = [text[line_start:first_end]]
    pos = first_end + 1
    while len(lines) <= _SIGNER_BLOCK_LINES and pos < len(text):
        end = text.find("\n", pos)
        line = text[pos : end if end >= 0 else len(text)]
        if not line.strip() or any(rx.match(line.strip()) for rx in stops):
            break
        lines.append(line)
        if end < 0:
            break
        pos = end + 1
    return "\n".join(lines)


def _date_near(dt_: DocText, pos: int, rules_: Rules, dayfirst: bool) -> tuple[dt.date, int, int] | None:
    """The signing date of a signer named at ``pos``.

    A date right after a signing label a few lines below the name wins ("Sent: 6/1/2025 ...
    Signed: 6/5/2025" gives June 5), then the first date below the name, then the first date
    after a signing label anywhere in the document.
    """

    def labelled(start: int, end: int) -> tuple[dt.date, int, int] | None:
        best: tuple[dt.date, int, int] | None = None
        for rx in rules_.date_labels:
            for m in rx.finditer(dt_.text, start, end):
                got = find_dates(dt_.text[m.end() : m.end() + 60], dayfirst=dayfirst)
                if got and got[0].start < 20:
                    cand = (got[0].date, m.end() + got[0].start, m.end() + got[0].end)
                    if best is None or cand[1] < best[1]:
                        best = cand
                    break
        return best

    window_end = min(len(dt_.text), pos + 260)
    near = labelled(pos, window_end)
    if near:
        return near
    found = find_dates(dt_.text[pos:window_end], dayfirst=dayfirst)
    if found:
        return found[0].date, pos + found[0].start, pos + found[0].end
    return labelled(0, len(dt_.text))


#: How far under a signer's name (characters) its own date stands.
_OWN_DATE_CHARS = 260


#: The words of a name field's label in the customers' languages: where a printed name ends.
_NAME_LABEL_WORDS = frozenset(["name", "nombre", "nom", "nome", "naam", "navn", "namn", "nama", "title", "puesto"])


def _customer_block_signer(
    doc: Document, dt_: DocText, rules_: Rules, parties: Parties, stamps: Sequence[re.Pattern[str]]
) -> _Signer | None:
    """Where an envelope's page names no signer (the platform's "DocuSigned by:" over a picture and an id, no
    certificate), the name printed in the signature block the form gives the customer ("Por el cliente / For
    the customer" / "Nombre / Name: Luis Fernando Arriaga"), as far as the page's text has it; only where the
    platform's stamp stands in that block (an envelope the partner alone signed stamps the partner's block)."""
    hits = [h for rx in stamps for h in doc.search(rx) if h.bbox is not None]
    for block in doc.signature_blocks:
        company = block.company or ""
        if not block.name or block.source == "scan" or not (
            parties.org_in(company) == "customer" or any(rx.search(company) for rx in rules_.customer_roles)
        ):
            continue
        x0, y0, x1, y1 = block.bbox
        if not any(h.page == block.page and h.bbox and x0 <= (h.bbox[0] + h.bbox[2]) / 2 <= x1
                   and y0 <= (h.bbox[1] + h.bbox[3]) / 2 <= y1 for h in hits):  # fmt: skip
            continue
        words = block.name.split()
        # up to the next column's label, where the page runs two columns into one line ("... Arriaga Nombre")
        cut = next((i for i, w in enumerate(words) if w.lower().strip(":/") in _NAME_LABEL_WORDS), len(words))
        words = words[:cut]
        for n in range(len(words), 1, -1):  # the name as printed ("... Arriaga", not "... Arriaga Nombre")
            name = _clean_name(" ".join(words[:n]), rules_.not_names)
            at = dt_.text.find(name) if name else -1
            if name and at >= 0:
                return _Signer(name, None, at, at + len(name), "customer")
    return None


def _short_id(value: str) -> str:
    return value if len(value) <= 12 else value[:8] + "…"


def esignature_acknowledgements(
    doc: Document, dt_: DocText, rules_: Rules, parties: Parties, dayfirst: bool, flat: bool
) -> list[Acknowledgement]:
    found: list[Acknowledgement] = []
    signatories = _printed_signatories(dt_, rules_)
    for platform in rules_.platforms:
        if platform.needs_validation and doc.signatures:
            continue  # the signature fields themselves are judged below
        if platform.generic and found:
            continue  # a named platform already explains this signature
        marker = next((m for rx in platform.markers for m in [rx.search(dt_.text)] if m), None)
        if marker is None:
            continue
        env_id: str | None = None
        id_span: tuple[int, int] | None = None
        for rx in platform.ids:
            im = rx.search(dt_.text)
            if im:
                env_id, id_span = im.group(1), (im.start(1), im.end(1))
                break
        signers: list[_Signer] = []
        for rx in platform.signer_labels + rules_.signer_labels:
            signers.extend(_signers_after(rx, dt_, rules_))
        signers.extend(_section_signers(platform, dt_, rules_))
        signers.extend(_stamped_signers(platform, dt_, rules_))
        unique: dict[str, _Signer] = {}
        for s in signers:
            key = " ".join(person_key(s.name))
            if key not in unique or (s.email and not unique[key].email):
                unique[key] = s
        # a signer's block ends where the next signature label starts
        stops = platform.signer_labels + rules_.signer_labels + rules_.block_labels
        for s in unique.values():
            s.side = _signer_side(s, dt_, parties, signatories, stops)
        rank = {"customer": 0, "unknown": 1, "partner": 2}
        ordered = sorted(unique.values(), key=lambda s: (rank[s.side], s.start))
        if not ordered and env_id:
            ordered = [s for s in [_customer_block_signer(doc, dt_, rules_, parties, platform.signer_labels)] if s]
        best = ordered[0] if ordered else None

        anchor = best.start if best else marker.start()
        page = dt_.page_of(anchor)
        label = platform.name if platform.name != "eSignature" else "eSignature"
        what = f"{label} {platform.id_label} {_short_id(env_id)}" if env_id else f"{label}"
        if platform.needs_validation:
            what = "digitally signed PDF (signature appearance)"
        evidence = []
        if best is None or dt_.line_at(marker.start()) != dt_.line_at(best.start):
            evidence.append(dt_.evidence(marker.start(), marker.end(), dt_.line_at(marker.start())))
        if id_span:
            evidence.append(dt_.evidence(*id_span))
        date_info = _date_near(dt_, best.end if best else marker.end(), rules_, dayfirst)
        if best:
            evidence.append(dt_.evidence(best.start, best.end, dt_.line_at(best.start)))
        date_ev = dt_.evidence(date_info[1], date_info[2], dt_.line_at(date_info[1])) if date_info else None
        if date_ev is not None:
            evidence.append(date_ev)
        # the signer's own date: on the signer's page, just under the name (not a date found further on)
        anchor_end = best.end if best else marker.end()
        own_date = (
            date_info is not None
            and dt_.page_of(date_info[1]) == dt_.page_of(anchor_end)
            and 0 <= date_info[1] - anchor_end <= _OWN_DATE_CHARS
        )
        date_text = f" on {date_info[0].isoformat()}" if date_info else ""
        where = where_in(doc, page)
        ack = Acknowledgement(
            document=doc.path,
            kind="esignature",
            verdict="undecidable",
            description="",
            evidence=evidence,
            signer=best.name if best else None,
            side=best.side if best else None,
            date=date_info[0] if date_info else None,
            seed=rules_.esign_seed,
            platform=None if platform.needs_validation else platform.name,
            # a signature appearance on the page is a digital signature to validate, not a platform's envelope
            fact_kind="digital_signature" if platform.needs_validation else None,
            date_text=dt_.text[date_info[1] : date_info[2]] if date_info and own_date else None,
            date_evidence=date_ev if own_date else None,
        )
        unfinished = next((m for rx in platform.incomplete for m in [rx.search(dt_.text)] if m), None)
        if unfinished is not None:
            ack.description = f"{what} in {where}"
            ack.verdict = "invalid"
            ack.reason = (
                f"was never completed: its certificate says 'Status: {unfinished.group('status')}', so not "
                "everyone signed; ask for the completed envelope."
            )
            ack.evidence.append(dt_.evidence(unfinished.start("status"), unfinished.end("status")))
        elif best is None and platform.id_required and not env_id:
            ack.description = f"{what} in {where}"
            ack.verdict = "invalid"
            ack.reason = "is empty: the signature fields were not signed."
        elif best is None:
            ack.description = f"{what} in {where}"
            ack.reason = "names no signer that could be read: check who signed."
        else:
            org = (
                parties.claim.customer.name
                if best.side == "customer"
                else parties.claim.partner.name
                if best.side == "partner"
                else "company not shown"
            )
            ack.description = f"{what} signed by {best.name} ({org}){date_text} in {where}"
            if best.side == "partner":
                ack.verdict = "invalid"
                ack.reason = "is signed only by the partner, not by the customer."
            elif flat:
                ack.verdict = "invalid"
                ack.reason = f'is only a picture of an eSignature (flat image; seed: "{rules_.flat_rule}").'
                ack.seed = rules_.flat_seed
            elif platform.needs_validation:
                # the appearance text of a digital signature, but no signature in the file to validate
                ack.reason = (
                    "shows a digital signature's appearance, but the file carries no signature that can be "
                    "validated (a printed or flattened copy): ask for the signed original."
                )
            elif platform.id_required and not env_id:
                ack.reason = "has no envelope or transaction id: the eSignature cannot be verified."
            elif (other_org := _third_party(best, parties)) is not None:
                ack.verdict = "invalid"
                ack.reason = (
                    f"is signed by {best.name} <{best.email}>, of another organisation ({other_org}), not by the "
                    f"customer (its domain: {', '.join(parties.customer_domains) or 'not on the claim'}); a third "
                    "party's signature is not the customer's acknowledgement."
                )
            elif best.side != "customer":
                # nothing ties the signer to the customer: an envelope anyone may have signed
                ack.reason = (
                    f"names no e-mail address, company or contact that ties {best.name} to the customer "
                    f"{parties.claim.customer.name}: check who signed."
                )
            else:
                ack.verdict = "valid"
                ack.strength = 5
        found.append(ack)
    return found


# Digital signatures: pyHanko's validation (poe_reviewer.documents.signatures, run by the PDF extractor) says
# whether the signed bytes are intact and cover the document; the certificate says who signed.
_TRUST_WORDS = {
    "trusted": "a trusted certificate",
    "self-signed": "a self-signed certificate, not verified by any certification authority",
    "untrusted": "an untrusted certificate, not verified by a trusted certification authority",
}


def _signer_text(sig: SignatureField) -> str | None:
    """``John Doe <john.doe@contoso.com>, Contoso Ltd`` from the certificate, else the field's /Name."""
    v = sig.validation
    if v is None or not (v.signer_name or v.signer_email):
        return sig.signer
    name = v.signer_name if v.signer_name and v.signer_name.lower() != (v.signer_email or "") else None
    who = f"{name} <{v.signer_email}>" if name and v.signer_email else name or v.signer_email or ""
    return f"{who}, {v.signer_org}" if v.signer_org and v.signer_org != name else who


def _signing_time_text(sig: SignatureField) -> str:
    v = sig.validation
    when = v.signing_time if v is not None and v.signing_time else sig.signing_time
    if when is None:
        return ""
    source = " (timestamp authority)" if v is not None and v.time_source == "timestamp" else " (signer's clock)"
    stamp = when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if when.tzinfo else when.isoformat()
    return stamp + source


def _certificate_side(sig: SignatureField, parties: Parties) -> tuple[Side | None, str]:
    """Whose signature: the customer's or the partner's, by the certificate's name, organisation or
    e-mail domain (the field's /Name where nothing was validated), and what matched."""
    v = sig.validation
    names = [n for n in ((v.signer_name, v.signer_org) if v else ()) if n] or ([sig.signer] if sig.signer else [])
    email = v.signer_email if v else None
    if email is None and sig.signer and "@" in sig.signer:
        email = sig.signer
    votes: list[tuple[Side, str]] = []
    for name in names:
        contact = parties.name_side(name)
        if contact in ("customer", "partner"):
            votes.append((contact, f"{name} is the {contact}'s contact"))
            continue
        org = parties.org_in(name)
        if org in ("customer", "partner"):
            votes.append((org, f"{name} names the {org}"))
    domain = domain_of(email)
    by_domain = parties.domain_side(domain)
    if by_domain in ("customer", "partner"):
        votes.append((by_domain, f"the e-mail domain {domain} is the {by_domain}'s"))
    sides = {side for side, _ in votes}
    if len(sides) == 1:
        return votes[0][0], "; ".join(why for _, why in votes)
    if len(sides) > 1:
        return "unknown", "the certificate names both the customer and the partner"
    return None, ""


def digital_signature_acknowledgements(doc: Document, rules_: Rules, parties: Parties) -> list[Acknowledgement]:
    found: list[Acknowledgement] = []
    for sig in doc.signatures:
        v = sig.validation
        if not sig.signed or (v is not None and v.kind == "timestamp"):
            continue  # an empty field, or a document timestamp (a service's clock, not a person)
        where = where_in(doc, sig.page)
        who = _signer_text(sig)
        when = _signing_time_text(sig)
        side, why = _certificate_side(sig, parties)
        when_date = v.signing_time if v is not None and v.signing_time else sig.signing_time
        facts = [f"Signature {sig.name!r}: {who or 'signer not named'}"]
        if when:
            facts.append(f"signed {when}")
        if v is not None:
            facts.append(f"{v.state}: {v.problem}" if v.problem else f"{v.state}, {_coverage_words(v.coverage)}")
            if v.trust:
                facts.append(f"{v.trust} certificate" + (f" issued by {v.issuer}" if v.trust == "untrusted" else ""))
        ev = Evidence(document=doc.path, quote="; ".join(facts), page=sig.page, bbox=sig.bbox)
        by = f" by {who}" if who else ""
        on = f", signed {when}" if when else ""
        ack = Acknowledgement(
            document=doc.path,
            kind="digital_signature",
            verdict="undecidable",
            description=f"digital signature {sig.name!r} in {where}{by}{on}",
            evidence=[ev],
            signer=v.signer_name if v is not None and v.signer_name else sig.signer,
            side=side,
            date=when_date.date() if when_date else None,
            seed=rules_.esign_seed,
        )
        if v is None:
            noun = "PDF" if doc.kind == "pdf" else "document"
            ack.description = f"digitally signed {noun} {where} (field {sig.name!r}{by}{on})"
            ack.reason = "signature present but not cryptographically validated (check the certificate)."
        elif v.state == "broken":
            ack.verdict = "invalid"
            ack.description = f"Signature {sig.name!r} in {doc.path}"
            signed = f"Signed{by}" + (f" on {when}" if when else "")
            signed += f", with {_TRUST_WORDS[v.trust]}" if v.trust else ""
            ack.reason = f"is broken: {v.problem}. {signed}."
        elif v.state == "unverifiable":
            ack.reason = f"could not be validated: {v.problem}."
        elif v.state == "changed":
            ack.reason = f"is intact, but {v.problem}: check what was added after signing."
        if side == "partner":
            ack.verdict = "invalid"
            if v is None or v.state != "broken":
                ack.reason = "is signed only by the partner, not by the customer."
        elif v is not None and v.state == "intact":
            sound = f"intact ({_coverage_words(v.coverage)}), with {_TRUST_WORDS[v.trust or 'untrusted']}"
            if side == "customer":
                ack.verdict = "valid"
                ack.strength = 6 if v.trust == "trusted" else 4
                ack.description += f", {sound}"
                if v.trust != "trusted":
                    ack.description += f" (accepted because the signer is the customer: {why})"
            elif side == "unknown":
                ack.reason = f"is {sound}, but {why}: check who signed."
            else:
                customer = parties.claim.customer.name
                ack.reason = (
                    f"is {sound}, but its certificate does not name the customer {customer} "
                    "(by name, organisation or e-mail domain): check who signed."
                )
        found.append(ack)
    return found


def _coverage_words(coverage: str | None) -> str:
    if coverage == "ENTIRE_FILE":
        return "covers the whole document"
    return "covers the document as signed; later additions are only form filling or further signatures"


def distrust_changed_documents(found: list[Acknowledgement], docs: Sequence[Document]) -> list[Acknowledgement]:
    """A document changed after a signature cannot vouch for anything written in it: its text-level
    pieces (eSignature text, signature blocks, printed e-mails) are not accepted on their own."""
    broken = {
        d.path: s
        for d in docs
        for s in d.signatures
        if s.validation is not None and s.validation.kind == "signature" and s.validation.state == "broken"
    }
    for ack in found:
        sig = broken.get(ack.document)
        if sig is not None and ack.verdict == "valid" and ack.kind != "digital_signature":
            ack.verdict = "undecidable"
            ack.reason = (
                f"is in a document whose signature {sig.name!r} is broken "
                f"({sig.validation.problem if sig.validation else 'changed after signing'}): check the original."
            )
    return found
