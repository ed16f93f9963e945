"""Check ``partner_customer_names``: the claiming partner's and the customer's names are visible.

Seed, "What constitutes valid proof of execution", item 2: "The name of the claiming
partner and the corresponding customer clearly visible". The company names of the claim
are looked for in the POE evidence (POE, supporting documents, disclosures and their
attachments) with :func:`poe_reviewer.names.find_name`, which ignores case, punctuation,
legal suffixes and line breaks. A name that only shows inside an e-mail address, a web
address or a file name is not "clearly visible"; the summary says so, because that is
the first thing a reviewer asks. The contact person's name does not stand in for the
company name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim, Party
from poe_reviewer.documents.model import Document, Hit
from poe_reviewer.findings import readability
from poe_reviewer.names import CONNECTORS, LEGAL_SUFFIXES, find_name, mask_addresses, other_company, tokens
from poe_reviewer.policy import Policy

CHECK_ID = "partner_customer_names"

# Words that, on the line of a hit, show it is the field the template asks for.
_LABEL = re.compile(r"\b(?:partner|customer|client|company|organi[sz]ation|between|name)\b", re.IGNORECASE)
_SEED = "seed: What constitutes valid proof of execution, item 2"


@dataclass
class NameFinding:
    role: str  # "partner" or "customer"
    name: str
    hits: list[Hit]
    #: Where the name appears only inside e-mail addresses, URLs or file names.
    in_addresses: list[Hit] = field(default_factory=list)
    #: Only the first word(s) of a longer name, or its acronym, were found ("Contoso" for "Contoso
    #: Pharma Ltd", "CVUSD").
    short_form: Hit | None = None
    #: Why the short form is the company's own (it drops only descriptors, or the company's domain
    #: stands in the same document); None when a reviewer must confirm it.
    short_form_tied: str | None = None
    #: The short form goes on as another company's full name ("Westgate Medical Group Pty Ltd" for
    #: "Westgate Medical Supplies Pty Ltd"): a similarly named company, not this one.
    other_company: Hit | None = None


def _best_hit(hits: Sequence[Hit]) -> Hit:
    """The most telling occurrence: a labelled field, then running text, then e-mail headers."""

    def rank(h: Hit) -> tuple[int, int]:
        labelled = bool(_LABEL.search(h.line()))
        header = h.segment.label == "headers"
        return (0 if labelled and not header else 1 if not header else 2, h.page or 0)

    return min(hits, key=rank)


def address_hits(doc: Document, name: str) -> list[Hit]:
    """Occurrences of the name's words inside e-mail addresses, web addresses or file names."""
    toks = tokens(name)
    if not toks:
        return []
    squeezed = "".join(toks)
    hits: list[Hit] = []
    for seg in doc.segments:
        # Offsets must stay those of the segment (the hit quotes it), so no length-changing fold.
        text = seg.text.lower() if len(seg.text.lower()) == len(seg.text) else seg.text
        masked = mask_addresses(text)
        # The masked spans are where mask_addresses blanked out non-blank text.
        blanked = "".join(c if m == " " and c != " " else " " for c, m in zip(text, masked, strict=False))
        for span in re.finditer(r"\S+", blanked):
            if squeezed in re.sub(r"[\W_]", "", span.group(0)):
                hits.append(Hit.from_match(doc, seg, span.start(), span.end()))
    return hits


@dataclass(frozen=True)
class NameRules:
    """``names.toml``: the words that describe a business, and what ties a short form to a company."""

    descriptors: frozenset[str]
    domain_corroborates: bool
    min_acronym: int
    leading: frozenset[str] = frozenset()

    @classmethod
    def from_policy(cls, policy: Policy) -> NameRules:
        section = policy["names"]
        return cls(
            frozenset(str(w).lower() for w in policy.get_list("names", "descriptors")),
            bool(section.get("domain_corroborates", True)),
            int(section.get("min_acronym_letters", 3)),
            frozenset(str(w).lower() for w in section.get("leading_words", [])),
        )


def _short_form(doc: Document, name: str) -> tuple[Hit, list[str]] | None:
    """A hit of the leading words of a multi-word name, e.g. "Contoso" for "Contoso Pharmaceuticals",
    with the words it leaves out."""
    toks = tokens(name)
    for n in range(len(toks) - 1, 0, -1):
        if toks[n - 1] in CONNECTORS or toks[n - 1] in LEGAL_SUFFIXES:
            continue  # "Harlow County Department of" is no form of a name
        prefix = " ".join(toks[:n])
        if len(prefix) < 4:
            break
        hits = find_name(doc, prefix)
        if hits:
            return _best_hit(hits), toks[n:]
    return None


#: A clipped word keeps at least this many letters of the word it stands for ("Pharma").
_MIN_CLIPPED = 4


def _clipped(hit: Hit, dropped: Sequence[str], rules: NameRules) -> tuple[Hit, str] | None:
    """The short form with its next word a clipped form of the first word it leaves out ("Contoso
    Pharma" for "Contoso Pharmaceuticals Ltd"), the rest of what it leaves out only legal form or
    business words; with why it is the company's name."""
    if not dropped:
        return None
    text = hit.segment.text
    m = re.match(r"[ \t]+([^\W\d_]+)\.?", text[hit.end :])
    if m is None:
        return None
    word = m.group(1)
    whole = dropped[0]
    if len(word) < _MIN_CLIPPED or len(word) >= len(whole) or not whole.startswith(word.casefold()):
        return None
    if not all(w in rules.descriptors or w in LEGAL_SUFFIXES for w in dropped[1:]):
        return None
    extended = Hit.from_match(hit.document, hit.segment, hit.start, hit.end + m.end(1))
    full = whole.capitalize() if word[0].isupper() else whole
    return extended, f"it writes '{word}' for '{full}'"


#: Small words an acronym may leave out or keep ("CMADS" for "Compañía Minera Andina del Sur").
_ACRONYM_SMALL_WORDS = ("of", "the", "for", "and", "de", "la", "del", "di", "da", "do", "dos", "das", "y", "e", "und")
#: A dotted legal form ("S.A.", "N.V.", "S.p.A.", "K.K."): no initials of the name.
_DOTTED_FORM = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,2}\.){2,}(?:[^\W\d_]\b\.?)?")


def acronym_of(name: str, *, small_words: bool = False) -> str:
    """The initials of a name's words ("Cedar Valley Unified School District" -> "CVUSD", "Harcourt &
    Byrne" -> "H&B"); with ``small_words``, "del" and "de" count too ("CMADS")."""
    out = ""
    for word in re.findall(r"[^\W\d_]+|&", _DOTTED_FORM.sub(" ", name)):
        low = word.lower()
        if word == "&":
            out += "&"
        elif low in LEGAL_SUFFIXES or (low in _ACRONYM_SMALL_WORDS and not small_words):
            continue
        else:
            out += word[0].upper()
    return out


def _acronym(doc: Document, name: str, rules: NameRules) -> Hit | None:
    for acronym in dict.fromkeys((acronym_of(name), acronym_of(name, small_words=True))):
        if len(acronym.replace("&", "")) < rules.min_acronym and "&" not in acronym:
            continue
        rx = re.compile(rf"(?<![\w&]){re.escape(acronym)}(?![\w&])")
        for seg in doc.segments:
            m = rx.search(seg.text)
            if m:
                return Hit.from_match(doc, seg, m.start(), m.end())
    return None


def _without_leading_words(name: str, rules: NameRules) -> str | None:
    """The name without the words that open its registered form only ("Koninklijke", "Gebr.")."""
    words = name.split()
    n = 0
    while n < len(words) - 1 and words[n].lower().strip(".,") in rules.leading:
        n += 1
    rest = " ".join(words[n:])
    return rest if n and len(tokens(rest)) >= 1 and len(rest) >= 4 else None


def _domain_in(doc: Document, party: Party) -> str | None:
    """The party's own domain, where it stands in the document (an address, a signature, a header)."""
    return next((d for s in doc.segments if (d := _domain_of(s.text, party))), None)


def _domain_of(text: str, party: Party) -> str | None:
    """The party's own domain (its domains, its contact's), where it stands in ``text``."""
    domains = [d.lower() for d in party.domains]
    if party.contact and party.contact.email and "@" in party.contact.email:
        domains.append(party.contact.email.rsplit("@", 1)[1].lower())
    for domain in dict.fromkeys(d for d in domains if d):
        if re.search(rf"(?:^|[@./\s<(]){re.escape(domain)}(?![\w-])", text, re.IGNORECASE):
            return domain
    return None


def find_party(party: Party, role: str, docs: Sequence[Document], rules: NameRules | None = None) -> NameFinding:
    hits: list[Hit] = []
    for doc in docs:
        hits.extend(find_name(doc, party.name))
    finding = NameFinding(role=role, name=party.name, hits=hits)
    if hits:
        return finding
    finding.in_addresses = [h for d in docs for h in address_hits(d, party.name)]
    trimmed = _without_leading_words(party.name, rules) if rules else None
    for doc in docs:
        if trimmed and (whole := find_name(doc, trimmed)):
            # the name as the company writes it, without the words that open only its registered form
            finding.short_form = _best_hit(whole)
            finding.short_form_tied = "it leaves out only words of its registered form"
            break
        short = _short_form(doc, trimmed or party.name)
        hit = short[0] if short else (_acronym(doc, party.name, rules) if rules else None)
        if hit is None:
            continue
        if finding.short_form is None:
            finding.short_form = hit
        if rules is None:
            break
        dropped = short[1] if short else []
        if dropped and all(w in rules.descriptors or w in LEGAL_SUFFIXES for w in dropped):
            finding.short_form, finding.short_form_tied = hit, "it leaves out only words describing the business"
            break
        clipped = _clipped(hit, dropped, rules)
        if clipped is not None:
            finding.short_form, finding.short_form_tied = clipped
            break
        if short and (other := other_company(hit, party.name)) is not None:
            finding.other_company = other
            break
        domain = _domain_in(doc, party) if rules.domain_corroborates else None
        if domain:
            finding.short_form, finding.short_form_tied = hit, f"its domain {domain} stands in the same document"
            break
    return finding


def _mail_exchange(docs: Sequence[Document], claim: Claim) -> tuple[Document, str] | None:
    """An e-mail of the POE (a .msg/.eml or one printed to PDF) whose address lines hold the customer's
    and the partner's own domains."""
    for doc in docs:
        lines = [m.group(0) for seg in doc.segments for m in _ADDRESS_LINE.finditer(seg.text)]
        if not lines:
            continue
        header = "\n".join(lines)
        partner = _domain_of(header, claim.partner)
        if partner and _domain_of(header, claim.customer):
            return doc, partner
    return None


#: The address lines of an e-mail, as a .msg/.eml header or printed in a PDF.
_ADDRESS_LINE = re.compile(r"(?im)^[ \t]*(?:from|to|cc|von|an|de|para|à|van|aan)[ \t]*:[^\n]*@[^\n]*$")


def _where(hit: Hit) -> str:
    return f"on page {hit.page} of {hit.document.path}" if hit.page is not None else f"in {hit.document.path}"


def _quote(hit: Hit) -> str:
    line = " ".join(hit.line().split())
    if len(line) <= 120:
        return line
    return hit.quote


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _label(role: str) -> str:
    return "partner's" if role == "partner" else "customer's"


def run(ctx: CheckContext) -> CheckResult:
    docs = ctx.evidence_documents()
    if not docs:
        return result(
            CHECK_ID, "warn", "No POE document in the bundle to look for the partner's and customer's names."
        )
    seen = readability.for_words(docs)
    readable, blind = seen.readable, seen.blind
    if not readable:
        names = ", ".join(d.path for d in blind)
        return result(
            CHECK_ID,
            "warn",
            f"The POE documents have no readable text ({names}: a scan without OCR or an unreadable file); "
            "check by eye that the partner's and the customer's names are visible.",
        )

    claim = ctx.claim
    rules = NameRules.from_policy(ctx.policy)
    findings = [
        find_party(claim.partner, "partner", readable, rules),
        find_party(claim.customer, "customer", readable, rules),
    ]
    evidence: list[Evidence] = []
    found_text: list[str] = []
    problems: list[str] = []
    short_forms: list[str] = []
    for f in findings:
        if f.hits:
            best = _best_hit(f.hits)
            evidence.append(Evidence.from_hit(best, _quote(best)))
            found_text.append(
                f"the {_label(f.role)} name '{f.name}' appears {_where(best)} ('{_quote(best)}')"
            )
        elif f.other_company is not None:
            h = f.other_company
            evidence.append(Evidence.from_hit(h, _quote(h)))
            problems.append(
                f"The {_label(f.role)} name '{f.name}' does not appear in the POE documents: "
                f"'{h.quote}' {_where(h)} ('{_quote(h)}') is a similarly named, different company"
            )
        elif f.short_form is not None and f.short_form_tied:
            h = f.short_form
            evidence.append(Evidence.from_hit(h, _quote(h)))
            found_text.append(
                f"the {_label(f.role)} name '{f.name}' appears as '{h.quote}' {_where(h)} ('{_quote(h)}'; "
                f"{f.short_form_tied})"
            )
        elif f.short_form is not None:
            h = f.short_form
            evidence.append(Evidence.from_hit(h, _quote(h)))
            short_forms.append(
                f"only the short form '{h.quote}' of the {_label(f.role)} name '{f.name}' appears "
                f"{_where(h)} ('{_quote(h)}')"
            )
        elif f.role == "partner" and (exchange := _mail_exchange(readable, claim)) is not None:
            # the customer's e-mail to (or from) the partner's own domain names the partner as well as
            # its name would: the POE is tied to this partner
            doc, domain = exchange
            evidence.append(Evidence(doc.path, domain))
            found_text.append(
                f"the {_label(f.role)} name '{f.name}' does not appear, but {doc.path} is an e-mail between the "
                f"customer and the partner's domain {domain}"
            )
        elif f.in_addresses:
            h = f.in_addresses[0]
            evidence.append(Evidence.from_hit(h))
            problems.append(
                f"The {_label(f.role)} name '{f.name}' does not appear in the POE documents; "
                f"only in e-mail addresses, web addresses or file names ('{h.quote}')"
            )
        else:
            problems.append(f"The {_label(f.role)} name '{f.name}' does not appear in the POE documents")

    if problems:
        summary = ". ".join(problems) + f" ({_SEED})."
        if found_text:
            summary += " " + _cap("; ".join(found_text)) + "."
        if short_forms:
            summary += " Also: " + "; ".join(short_forms) + "."
        if blind:
            unread = ", ".join(d.path for d in blind)
            return result(
                CHECK_ID, "warn", f"{summary} {unread} could not be read and may show the name.", evidence
            )
        return result(CHECK_ID, "fail", summary, evidence)
    if short_forms:
        summary = _cap("; ".join(short_forms)) + "; confirm it is the same company."
        if found_text:
            summary += " " + _cap("; ".join(found_text)) + "."
        return result(CHECK_ID, "warn", summary, evidence)
    return result(CHECK_ID, "pass", _cap("; ".join(found_text)) + ".", evidence)
