"""What one claim shares with others of the queue: text passages, files, invoices, signature images."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Document, Hit
from poe_reviewer.findings.context import CheckContext, Evidence
from poe_reviewer.findings.facts import SharedEvidenceFact
from poe_reviewer.findings.reuse.artefacts import (
    invoice_key,
    names_customer,
    page_names,
    page_sized,
    shows_claim_id,
    signature_images,
)
from poe_reviewer.findings.reuse.fingerprints import ClaimFingerprint
from poe_reviewer.findings.reuse.index import ClaimRef, ReuseIndex, TextRef, same_party
from poe_reviewer.findings.reuse.rules import PartyMasks, ReuseRules, Severity
from poe_reviewer.findings.reuse.specific import corroborated, describe
from poe_reviewer.findings.reuse.words import doc_words, located_words, names_partner, party_masks, shingles, shorten
from poe_reviewer.findings.workloads import claimed_entries, names_workload


# -- findings ----------------------------------------------------------------------------------------------
@dataclass
class Finding:
    severity: Severity
    sentence: str
    evidence: list[Evidence] = field(default_factory=list)
    other_claim: str = ""
    #: where the shared piece stands on both sides (for the side-by-side view)
    fact: SharedEvidenceFact | None = None
    #: the piece is not credible evidence (one signature picture for two customers' signatories)
    not_credible: bool = False


#: What a signature picture one partner put above two customers' signatories means.
FORGED = ": one signature picture stands for the signatories of two different customers, so it is nobody's signature"


@dataclass(frozen=True)
class PieceSide:
    """What one claim's copy of a shared piece says: whether it names the claim's own work, its
    partner and its customer, whether it states scope figures, and the claim's workloads (None or
    empty where not known: fingerprints stored before these were kept)."""

    names_work: bool | None
    names_partner: bool | None
    has_figures: bool
    workloads: Sequence[str]
    names_customer: bool | None = None
    #: its scope figures recur in the claim's other POE documents (None: not known; see specific.corroborated)
    corroborated: bool | None = None


def shared_piece_severity(
    severity: Severity,
    this: Claim | ClaimFingerprint,
    other: ClaimRef,
    mine: PieceSide,
    theirs: PieceSide | None,
    rules: ReuseRules,
) -> tuple[Severity, str]:
    """The severity of a piece this claim shares with ``other`` (as :func:`classify` gave it) once what
    each copy says is weighed, and what to add to its sentence. The one judgement of the in-memory
    queue and the stored fingerprints.

    Two claims of one partner and customer: one generic sign-off standing for both (it names the work
    of neither) acknowledges neither; one signed SOW naming each claim's own, different workloads is
    legitimate. Two partners: an e-mail addressed to this partner, or its own report, that turns up on
    the other partner's claim naming nothing of that partner is this claim's original and the other's
    copy (whose own check fails it); where each names its own partner nobody can tell. Two customers:
    the piece belongs to the claim whose customer it names (:func:`whose_page`).
    """
    if theirs is None:
        return severity, ""
    if is_same_pair(this, other):
        if mine.names_work is False and theirs.names_work is False and not mine.has_figures:
            return rules.same_pair_generic, (
                "; it names the work of neither claim and states no scope: one generic piece cannot "
                "acknowledge two claims"
            )
        here, there = set(mine.workloads), set(theirs.workloads)
        if mine.names_work and theirs.names_work and here and there and not here & there:
            return rules.same_pair_different_work, (
                f"; it names each claim's own work, and the claims are for different workloads "
                f"({', '.join(sorted(here))} here; {', '.join(sorted(there))} there)"
            )
        first, then = this.submitted_at, other.submitted_at
        if here and here == there and first and then and _days_apart(first, then) <= rules.duplicate_within_days:
            # one claim submitted twice: the first submission is the claim, the later one its duplicate
            when = f"{then:%Y-%m-%d}"
            if first < then:
                return rules.duplicate_first, (
                    f"; claim {other.claim_id}, for the same workloads, was submitted later ({when}): it repeats "
                    "this claim, which is the first submission"
                )
            return rules.duplicate_later, (
                f"; the claims are for the same workloads and claim {other.claim_id} was submitted first ({when}): "
                "this claim repeats it (a duplicate submission the partner should cancel)"
            )
        return severity, ""
    if not same_party(this.partner, other.partner) and mine.names_partner is True and theirs.names_partner is False:
        return rules.original_side, (
            f"; it names this claim's partner and not the partner of claim {other.claim_id}: this claim holds "
            "the original, the other claim a copy"
        )
    if not same_party(this.customer, other.customer):
        severity, note = whose_page(severity, mine.names_customer, theirs.names_customer, other, rules, "document")
        # the figures borne out on one side only (the other's papers state none, or others): it holds the original
        if note or bool(mine.corroborated) == bool(theirs.corroborated):
            return severity, note
        if mine.corroborated:
            return rules.original_side, (
                f"; its figures recur in this claim's other documents and not in those of claim {other.claim_id}: "
                "this claim holds the original, the other claim a copy"
            )
        return severity, f"; its figures recur in the other documents of claim {other.claim_id}, not in this claim's"
    return severity, ""


def _days_apart(a: dt.datetime, b: dt.datetime) -> float:
    """Days between two submissions; the very same moment is no second submission (infinitely apart)."""
    seconds = abs((b - a).total_seconds())
    return seconds / 86400 if seconds else float("inf")


def is_same_pair(this: Claim | ClaimFingerprint, other: ClaimRef) -> bool:
    return same_party(this.partner, other.partner) and same_party(this.customer, other.customer)


def classify(this: Claim | ClaimFingerprint, other: ClaimRef, rules: ReuseRules) -> tuple[Severity, str]:
    mine = this.related if isinstance(this, ClaimFingerprint) else rules.follow_up_of(this)
    if same_party(this.partner, other.partner) and (other.claim_id in mine or this.claim_id in other.related):
        # one engagement split by a partial approval: the follow-up carries on the earlier claim's work
        return "ignore", "the claim this one follows up, or its follow-up"
    if not same_party(this.partner, other.partner):
        return rules.other_partner, "another partner's claim"
    if not same_party(this.customer, other.customer):
        return rules.same_partner_other_customer, "this partner's claim for another customer"
    return rules.same_partner_same_customer, "this partner's claim for the same customer"


def image_severity(
    this: Claim | ClaimFingerprint, other: ClaimRef, rules: ReuseRules, page: bool
) -> tuple[Severity, str, bool]:
    """How a signature image two claims share weighs, whose claim the other one is, and whether the
    picture stands for two customers' signatories of one partner (``page``: a whole scanned page)."""
    if same_party(this.customer, other.customer):
        return rules.image_same_customer, "a claim for the same customer", False
    severity, whose = classify(this, other, rules)
    if not page and same_party(this.partner, other.partner):
        return rules.image_same_partner_other_customer, whose, True
    return severity, whose, False


def whose_page(
    severity: Severity,
    mine: bool | None,
    theirs: bool | None,
    other: ClaimRef,
    rules: ReuseRules,
    what: str = "page",
) -> tuple[Severity, str]:
    """A signed page (a document: ``what``) on two claims belongs to the claim whose customer it names:
    ``mine`` and ``theirs`` say whether each copy names its own claim's customer (None: not known)."""
    if mine is True and theirs is False:
        return rules.original_side, (
            f"; the {what} names this claim's customer and not the customer of claim {other.claim_id}: this "
            "claim holds the original, the other claim a copy"
        )
    if mine is False and theirs is True:
        return severity, f"; the {what} names the customer of claim {other.claim_id}, not this claim's"
    return severity, ""


def decided_by_names(mine: bool | None, theirs: bool | None) -> bool:
    """Whether the customers each copy names tell whose piece it is: then one signature picture on two
    customers' claims is one customer's document copied, not a picture pasted for two signatories."""
    return mine is not None and theirs is not None and mine != theirs


def invoice_severity(
    severity: Severity, mine_shows_own: bool, theirs_shows_own: bool, rules: ReuseRules
) -> tuple[Severity, str]:
    """How one invoice file on two claims weighs on this one: the claim whose ID the invoice shows holds
    its original (noted there); the other claim's copy fails. One invoice is never good for two claims."""
    if mine_shows_own and not theirs_shows_own:
        return (
            rules.original_side,
            ": it shows this claim's ID, so it is this claim's invoice and the other claim's copy is flagged there",
        )
    if severity == "warn":
        return rules.same_partner_other_customer, ""
    return severity, ""


def claim_label(other: ClaimRef) -> str:
    return f"claim {other.claim_id} ({other.customer.name}, partner {other.partner.name})"


def _passage(
    index: ReuseIndex, this_doc: Document, this_masks: PartyMasks, other: TextRef
) -> tuple[Hit | None, str, int]:
    """The longest run of words this document shares with the other one, located in this one,
    and its length in words."""
    rules = index.rules
    mine = located_words(this_doc, this_masks, rules)
    theirs = doc_words(other.doc, index.masks_for(other.claim), rules)
    their_set = set(shingles(index.word_ids(theirs), rules.k))
    my_shingles = shingles(index.word_ids(mine.words), rules.k)
    best_start, best_len, run_start, run_len = 0, 0, 0, 0
    for i, h in enumerate(my_shingles):
        if h in their_set:
            if run_len == 0:
                run_start = i
            run_len += 1
            if run_len > best_len:
                best_start, best_len = run_start, run_len
        else:
            run_len = 0
    if best_len == 0:
        return None, "", 0
    first = mine.spans[best_start]
    last_index = min(best_start + best_len - 1 + rules.k - 1, len(mine.spans) - 1)
    last = mine.spans[last_index]
    seg = mine.segments[first[0]]
    end = last[2] if last[0] == first[0] else len(seg.text)
    hit = Hit.from_match(this_doc, seg, first[1], end)
    return hit, hit.quote, best_len + rules.k - 1


def _where(doc: Document, page: int | None) -> str:
    return f"{doc.path} p.{page}" if page else doc.path


def text_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    masks = party_masks(claim)
    findings: list[Finding] = []
    seen_claims: set[tuple[str, str]] = set()
    for doc in docs:
        if doc.role not in rules.text_roles:
            continue
        ti = index.text_by_doc.get(id(doc))
        sampled = index.texts[ti].sampled if ti is not None else index.sample(doc, masks)
        if not sampled:
            continue
        figures = index.texts[ti].figures if ti is not None else index.figures(doc)
        for t, verdict, _effective in index.text_matches(claim.claim_id, sampled, figures):
            other_text = index.texts[t]
            other = index.claims[other_text.claim]
            key = (doc.path, other.claim_id)
            if key in seen_claims:
                continue
            seen_claims.add(key)
            severity, whose = classify(claim, other, rules)
            severity, added = shared_piece_severity(
                severity, claim, other, _side(ctx, doc, claim, figures, rules, _own_figures(ctx, index, doc)),
                _side(ctx, other_text.doc, other.claim, other_text.figures, rules,
                      index.claim_figures(other_text.claim, other_text.doc)) if other.claim else None,
                rules,
            )  # fmt: skip
            if severity == "ignore":
                continue
            hit, quote, run_words = _passage(index, doc, masks, other_text)
            if verdict.kind == "copy" and run_words < rules.min_passage_words:
                continue  # the same form filled in differently (an invoice layout), not copied text
            page = hit.page if hit else None
            sentence = (
                f"The POE text of {_where(doc, page)} shares claim-specific content with {claim_label(other)}, "
                f"{whose}: {describe(verdict)} of its {other_text.doc.path}: '{shorten(quote)}'{added}"
            )
            ev = (
                Evidence.from_hit(hit, shorten(quote, 240)) if hit is not None
                else Evidence.of_document(doc, f"text also in claim {other.claim_id}")
            )  # fmt: skip
            there = locate_passage(other_text.doc, quote) if quote else None
            fact = SharedEvidenceFact(
                other.claim_id, severity, doc.path, other_text.doc.path, ev.page, ev.bbox, shorten(quote, 240),
                there.page if there else None, there.bbox if there else None, there.quote if there else "",
            )  # fmt: skip
            findings.append(Finding(severity, sentence, [ev], other.claim_id, fact))
    return findings


#: Words of a passage that must stand together in the other document to mark it there.
_RUN = 6


def locate_passage(doc: Document, quote: str) -> Hit | None:
    """Where a passage shared with another document stands in ``doc``: its longest run of words found
    there (names may differ: the comparison masked them), or None."""
    words = [w for w in re.findall(r"\w+", quote) if w]
    if len(words) < 2:
        return None
    best: Hit | None = None
    for size in (len(words), *range(min(len(words) - 1, 24), _RUN - 1, -1)):
        for start in range(0, len(words) - size + 1, max(1, size // 2)):
            run = words[start : start + size]
            rx = re.compile(r"\W+".join(re.escape(w) for w in run), re.IGNORECASE)
            hits = doc.search(rx)
            if hits:
                best = hits[0]
                break
        if best is not None:
            break
    return best


def _own_figures(ctx: CheckContext, index: ReuseIndex, doc: Document) -> list[frozenset[str]]:
    """The scope figures of this claim's other POE texts (not ``doc``, nor another copy of its file)."""
    return [index.figures(d) for d in all_docs(ctx.documents)
            if d is not doc and d.role in index.rules.text_roles and d.sha256 != doc.sha256]  # fmt: skip


def _side(
    ctx: CheckContext, doc: Document, claim: Claim, figures: frozenset[str], rules: ReuseRules,
    others: Iterable[frozenset[str]] = (),
) -> PieceSide:  # fmt: skip
    """What ``claim``'s copy ``doc`` of a shared piece says (``others``: the figures of the claim's other POE)."""
    work = claimed_entries([w.name for w in claim.workloads], ctx.policy)
    return PieceSide(
        names_workload(doc, work),
        names_partner(doc, claim.partner.name, claim.partner.domains),
        bool(figures),
        [e.name for e in work],
        names_customer(doc, claim, rules),
        corroborated(figures, others),
    )


def file_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    findings: list[Finding] = []
    tops = {id(d) for d in ctx.documents}
    limit = index.common_threshold()
    for doc in docs:
        if id(doc) not in tops and doc.kind == "image":
            continue
        holders = index.files.get(doc.sha256, [])
        others = [(ci, d) for ci, d in holders if index.claims[ci].claim_id != claim.claim_id]
        if not others:
            continue
        if len({index.claims[ci].partner_key for ci, _ in holders}) >= limit:
            continue  # a file everyone uploads (a blank template)
        ci, other_doc = others[0]
        other = index.claims[ci]
        severity, whose = classify(claim, other, rules)
        added = ""
        if doc.role in rules.invoice_roles:
            severity, added = invoice_severity(
                severity, shows_claim_id(doc, claim.claim_id), shows_claim_id(other_doc, other.claim_id), rules
            )
        elif doc.role in rules.text_roles:
            severity, added = shared_piece_severity(
                severity, claim, other,
                _side(ctx, doc, claim, index.figures(doc), rules, _own_figures(ctx, index, doc)),
                _side(ctx, other_doc, other.claim, index.figures(other_doc), rules, index.claim_figures(ci, other_doc))
                if other.claim else None,
                rules,
            )  # fmt: skip
        if severity == "ignore":
            continue
        what = "invoice" if doc.role in rules.invoice_roles else "file"
        sentence = f"The {what} {doc.path} is the same file as {other_doc.path} of {claim_label(other)}, {whose}{added}"
        ev = Evidence.of_document(doc, f"same file as claim {other.claim_id}")
        fact = SharedEvidenceFact(other.claim_id, severity, doc.path, other_doc.path, quote="the same file")
        findings.append(Finding(severity, sentence, [ev], other.claim_id, fact))
    return findings


def invoice_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    findings: list[Finding] = []
    for doc in docs:
        if doc.role not in rules.invoice_roles:
            continue
        ref = index.invoice_by_doc.get(id(doc))
        key_info = (ref.number, ref.total, ref.evidence) if ref else invoice_key(doc, rules)
        if key_info is None:
            continue
        number, total, ev = key_info
        for other_ref in index.invoices.get((number, total), []):
            other = index.claims[other_ref.claim]
            if other.claim_id == claim.claim_id or other_ref.doc.sha256 == doc.sha256:
                continue  # the same file is reported as such
            if not same_party(claim.partner, other.partner):
                continue  # invoice numbers and fixed amounts coincide between partners
            sentence = (
                f"Invoice {number} (total {total}) in {doc.path} is also filed on {claim_label(other)} "
                f"({other_ref.doc.path})"
            )
            findings.append(Finding(rules.same_partner_other_customer, sentence, [ev], other.claim_id))
            break
    return findings


def image_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for doc in docs:
        if doc.role not in rules.text_roles:
            continue
        known = index.images_by_doc.get(id(doc))
        images = [index.images[i].image for i in known] if known is not None else signature_images(doc, rules)
        for img in images:
            for ii in index.image_matches(claim.claim_id, img):
                ref = index.images[ii]
                if ref.image.sha256 != img.sha256 and (page_sized(doc, img) or page_sized(ref.doc, ref.image)):
                    # Two scans of the same printed template look alike page for page: only the
                    # very same file counts for whole pages; near copies count for signature pictures.
                    continue
                other = index.claims[ref.claim]
                if (doc.path, other.claim_id) in seen:
                    continue
                page = page_sized(doc, img) or page_sized(ref.doc, ref.image)
                severity, whose, forged = image_severity(claim, other, rules, page)
                added = ""
                if other.claim is not None:
                    mine = page_names(doc, img.page, claim.customer.name, rules.generic_first_words)
                    theirs = page_names(ref.doc, ref.image.page, other.claim.customer.name, rules.generic_first_words)
                    if forged and decided_by_names(mine, theirs):
                        forged, severity = False, rules.same_partner_other_customer
                    if not forged:
                        severity, added = whose_page(severity, mine, theirs, other, rules)
                if severity == "ignore":
                    continue
                seen.add((doc.path, other.claim_id))
                same = "the same picture" if ref.image.sha256 == img.sha256 else "a near copy of the picture"
                sentence = (
                    f"The signature image in {_where(doc, img.page)} is {same} in "
                    f"{_where(ref.doc, ref.image.page)} of {claim_label(other)}, {whose}"
                    + (FORGED if forged else added)
                )
                ev = Evidence(doc.path, f"image also in claim {other.claim_id}", page=img.page, bbox=img.bbox)
                fact = SharedEvidenceFact(
                    other.claim_id, severity, doc.path, ref.doc.path, img.page, img.bbox, "signature image",
                    ref.image.page, ref.image.bbox, "signature image",
                )  # fmt: skip
                findings.append(Finding(severity, sentence, [ev], other.claim_id, fact, not_credible=forged))
    return findings


def all_docs(documents: Iterable[Document]) -> list[Document]:
    return [d for top in documents for d in top.walk()]
