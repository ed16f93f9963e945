"""Check ``invoice``: the Partner Activities invoice shows the claim ID, the partner and the right USD amount.

Seed, "Invoice Requirements": each claim needs its own invoice with at least the engagement
claim ID, the partner company name, and the invoice amount (incentive rate) in US dollars. "Invoice
amount must match payout amount for Partner Market + engagement combination as shown in MCI
Program Guide and must be shown in USD. VAT is not required." The template's amount column is
"PRE-TAX FEE AMOUNT", so a pre-tax figure (subtotal, net amount) wins over a total with tax.

The expected amount is the engagement's rate for the partner's market (``markets.toml``:
Market A/B country lists, every other country Market C, rates per engagement) or, for variable
payout engagements, the claim's proposed payout. An engagement or market without a rate on file
cannot be verified: that warns and says so. Every failure is fixable (the partner uploads a
corrected invoice).

Amounts are read from the invoice text in the formats invoices use: ``$1,000.00 USD``,
``USD 1,000``, ``1.000,00 €``, ``15000 USD``, ``Rs. 1,00,000.00``; each amount is labelled by the
words before it on its line or by its column header (pre-tax / subtotal, tax, total).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Document, Hit, Segment
from poe_reviewer.findings import readability
from poe_reviewer.names import find_name, legal_form, normalize_name
from poe_reviewer.policy import Policy

CHECK_ID = "invoice"

# -- reading amounts -------------------------------------------------------------------------------
# Currency spellings -> ISO code; "$" alone stays "$" (US dollar or another dollar, see _dollar_is_usd).
_CURRENCIES: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "usd": "USD", "us dollars": "USD", "us dollar": "USD",
    "u.s. dollars": "USD", "dollars us": "USD",
    "$": "$",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP",
    "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "chf": "CHF",
    "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD", "hk$": "HKD", "hkd": "HKD",
    "r$": "BRL", "brl": "BRL", "mxn": "MXN", "zar": "ZAR", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "pln": "PLN", "zł": "PLN", "aed": "AED", "₪": "ILS", "krw": "KRW", "₩": "KRW",
    "₺": "TRY", "₽": "RUB", "czk": "CZK", "huf": "HUF",
}  # fmt: skip
_CUR_WORDS = sorted(_CURRENCIES, key=len, reverse=True)
_CUR_RX = "|".join(re.escape(c) + (r"(?![A-Za-z])" if c[-1].isalpha() else "") for c in _CUR_WORDS)
# Only a written-out code may follow an amount that already has a symbol ("$1,000.00 USD").
_CUR_CODE_RX = "|".join(re.escape(c) + r"(?![A-Za-z])" for c in _CUR_WORDS if c[0].isalpha() and c[-1].isalpha())
_NUM = (
    r"(?:\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"  # Indian grouping 1,00,000.00
    r"|\d{1,3}(?:[,.'’]\d{3})+(?:[.,]\d{1,2})?"  # 1,000.00  1.000,00  15'000.00
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?"  # 1 000,00
    r"|\d+(?:[.,]\d{1,2})?)"  # 15000  15000.00  1000,00
)
_MONEY = re.compile(
    rf"(?:(?<![A-Za-z])(?P<pre>{_CUR_RX})[ \u00a0]?(?P<num1>-?{_NUM})(?![\d%]|[.,]\d)"
    rf"(?:[ \u00a0]?(?P<post1>{_CUR_CODE_RX})(?![ \u00a0]?-?\d))?"
    rf"|(?<![\w.,])(?P<num2>-?{_NUM})(?![\d%]|[.,]\d)[ \u00a0]?(?P<post2>{_CUR_RX})(?![ \u00a0]?-?\d)"
    rf"|(?<![\w.,/:-])(?P<num3>(?:\d{{1,3}}(?:[,.'’]\d{{3}})+|\d+)[.,]\d{{2}})(?![\d%]|[.,]\d|\s?%))",
    re.IGNORECASE,
)
_DECLARED_CURRENCY = re.compile(
    r"\b(?:currency|invoice\s+currency|w[äa]hrung|rechnungsw[äa]hrung|devise|moneda|valuta|divisa)\s*[:=]?\s*"
    r"((?-i:[A-Z]{3}))\b",
    re.IGNORECASE,
)
_CURRENCY_MENTION = re.compile(rf"(?<![A-Za-z])(?:{_CUR_RX})", re.IGNORECASE)

# Labels, checked in this order on the words before an amount (or its column header).
_PRETAX = re.compile(
    r"pre[-\s]?tax|before\s+tax|sub[-\s]?tota|net\s+(?:amount|total|value|price)|total\s+net|"
    r"(?:excl\.?|exkl\.?|excluding|exclusive(?:\s+of)?|exclusief|without|w/o|ohne|hors|sans|sin|senza|net\s+of)"
    r"\s+(?:vat|tax|taxes|gst|btw|mwst|ust|tva|iva)|fee\s+amount|\bHT\b|hors\s+taxes?|"
    r"\bnetto|nettobetrag|zwischensumme|taxable\s+(?:value|amount)|amount\s+excl|total\s+ex\b",
    re.IGNORECASE,
)
_INCL = re.compile(
    r"incl\.?\s|including|inclusive|\bTTC\b|brutto|\bgross\b|grand\s+total|amount\s+due|balance\s+due|"
    r"total\s+due|amount\s+payable|to\s+pay|[àa]\s+payer|gesamtbetrag|rechnungsbetrag",
    re.IGNORECASE,
)
_TAX = re.compile(
    r"\b(?:vat|tax|taxes|gst|igst|cgst|sgst|mwst|ust|tva|iva|btw|moms)\b|steuer|\bimpuesto|\bimp[oô]t",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"\btotal\b|\btotaal\b|\btotale\b|summe\b|\bmontant\b|invoice\s+amount|betrag\b|\bimporte\s+total",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\b(?:amounts?|price|rate|fees?|costs?|charges?|prix|preis|bedrag|importe|betrag)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Amount:
    value: float
    #: ISO code, "$" for a bare dollar sign, or None when no currency is written next to it
    currency: str | None
    #: pretax, total, tax, amount or unlabelled
    label: str
    hit: Hit

    @property
    def shown(self) -> str:
        return self.hit.quote


def parse_number(text: str) -> float | None:
    """``1,000.00``, ``1.000,00``, ``1 000,00``, ``15'000``, ``1,00,000.00`` -> float."""
    s = re.sub(r"[ \u00a0\u202f'’]", "", text.strip())
    negative = s.startswith("-")
    s = s.lstrip("-")
    if not s:
        return None
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        s = s.replace(thousands, "").replace(decimal, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, _, tail = s.rpartition(sep)
        if s.count(sep) == 1 and len(tail) in (1, 2):
            s = f"{head}.{tail}"
        else:
            s = s.replace(sep, "")
    try:
        value = float(s)
    except ValueError:
        return None
    return -value if negative else value


def _classify_label(text: str) -> str:
    if _PRETAX.search(text):
        return "pretax"
    if _INCL.search(text):
        return "total"
    if _TAX.search(text):
        return "tax"
    if _TOTAL.search(text):
        return "total"
    if _AMOUNT.search(text):
        return "amount"
    return "unlabelled"


def _column_header(seg: Segment, hit: Hit) -> str:
    """The header words right above an amount's column (needs word boxes), nearest header line first."""
    if hit.bbox is None or not seg.words:
        return ""
    x0, y0, x1, _ = hit.bbox
    lines: dict[float, list[tuple[float, float, str]]] = {}
    for w in seg.words:
        wx0, wy0, wx1, wy1 = w.bbox
        if wy1 > y0 + 1 or y0 - wy1 > 160:
            continue
        lines.setdefault(round(wy0, 0), []).append((wx0, wx1, w.text))
    for y in sorted(lines, reverse=True):  # nearest line first
        words = sorted(lines[y])
        if any(c.isdigit() for _, _, t in words for c in t):
            continue  # a row of figures (or a key-value line), not a column header
        over = [t for a, b, t in words if b >= x0 - 12 and a <= x1 + 12]
        if not over:
            centre = (x0 + x1) / 2
            near = min(words, key=lambda w: abs((w[0] + w[1]) / 2 - centre))
            over = [near[2]] if abs((near[0] + near[1]) / 2 - centre) < 80 else []
        text = " ".join(over)
        if text and _classify_label(text) != "unlabelled":
            return text
    return ""


def _label_for(seg: Segment, start: int, prev_end: int, hit: Hit) -> str:
    line_start = seg.text.rfind("\n", 0, start) + 1
    before = seg.text[max(line_start, prev_end) : start]
    label = _classify_label(before[-60:])
    if label != "unlabelled":
        return label
    header = _column_header(seg, hit)
    if header:
        return _classify_label(header)
    if not seg.words:
        # no geometry (e-mail, Word): the line above may be a table header
        prev_line_end = line_start - 1
        if prev_line_end > 0:
            prev_start = seg.text.rfind("\n", 0, prev_line_end) + 1
            return _classify_label(seg.text[prev_start:prev_line_end])
    return "unlabelled"


def find_amounts(doc: Document) -> list[Amount]:
    """Every money amount in ``doc`` with its currency (as written) and label."""
    out: list[Amount] = []
    for seg in doc.segments:
        prev_end = 0
        for m in _MONEY.finditer(seg.text):
            num = m.group("num1") or m.group("num2") or m.group("num3")
            value = parse_number(num) if num else None
            if value is None:
                continue
            cur_text = m.group("pre") or m.group("post1") or m.group("post2")
            currency = _CURRENCIES.get(cur_text.lower().strip()) if cur_text else None
            post = m.group("post1")
            if currency == "$" and post and _CURRENCIES.get(post.lower()) not in (None, "$"):
                currency = _CURRENCIES[post.lower()]  # "$1,000.00 USD"
            hit = Hit.from_match(doc, seg, m.start(), m.end())
            label = _label_for(seg, m.start(), prev_end, hit)
            prev_end = m.end()
            out.append(Amount(value, currency, label, hit))
    return out


def _fmt_usd(value: float) -> str:
    return f"${value:,.2f}"


# -- what the invoice should say -------------------------------------------------------------------
@dataclass(frozen=True)
class Expected:
    value: float | None
    #: "the Market A rate for AMMP ... (FY23)" / "the proposed variable payout"
    description: str
    seed: str


def market_of(country: str, policy: Policy) -> str:
    markets = policy["markets"].get("markets", {})
    if isinstance(markets, Mapping):
        for name, countries in markets.items():
            if isinstance(countries, list) and country in countries:
                return str(name)
        return str(markets.get("default", "C"))
    return "C"


def _matches(entry: Mapping[str, Any], engagement_id: str, engagement_name: str) -> bool:
    if engagement_id in {str(i) for i in entry.get("ids", [])}:
        return True
    names = [str(entry.get("engagement", "")), *(str(a) for a in entry.get("aliases", []))]
    key = normalize_name(engagement_name)
    return bool(key) and any(normalize_name(n) == key for n in names)


def expected_amount(claim: Claim, policy: Policy) -> Expected:
    engagement = claim.engagement
    assert engagement is not None
    seed = str(policy["markets"].get("seed", "Invoice Requirements"))
    if engagement.payout_type == "variable":
        return Expected(
            engagement.proposed_payout_usd,
            f"the proposed variable payout on the claim for {engagement.name}",
            "Invoice Requirements",
        )
    market = market_of(claim.partner.country, policy)
    rates = policy["markets"].get("rates", [])
    for entry in rates if isinstance(rates, list) else []:
        if isinstance(entry, Mapping) and _matches(entry, engagement.id, engagement.name):
            fy = f" ({entry['fiscal_year']})" if entry.get("fiscal_year") else ""
            rate = entry.get(market)
            desc = f"the Market {market} rate for {entry.get('engagement', engagement.name)}{fy}"
            if not isinstance(rate, (int, float)):
                return Expected(None, f"no Market {market} rate on file for engagement {engagement.name}", seed)
            return Expected(float(rate), desc, str(entry.get("seed", seed)))
    return Expected(None, f"no rate on file for engagement {engagement.name}", seed)


def _dollar_is_usd(doc: Document, claim: Claim, policy: Policy) -> bool:
    """A bare "$" means USD when the invoice says USD somewhere or the partner's country uses USD."""
    if re.search(r"\bUSD\b|US\s?\$|U\.S\.\s?\$|US\s+dollars?", doc.text, re.IGNORECASE):
        return True
    currency = policy["markets"].get("currency", {})
    usd = currency.get("usd_countries", []) if isinstance(currency, Mapping) else []
    return claim.partner.country in usd


def _doc_currency(doc: Document) -> str | None:
    """The invoice currency for bare amounts: a "Currency: GBP" declaration, else the one it mentions."""
    for declared in _DECLARED_CURRENCY.finditer(doc.text):
        code = _CURRENCIES.get(declared.group(1).lower())
        if code is not None:
            return code
    found = {_CURRENCIES.get(m.group(0).lower().strip()) for m in _CURRENCY_MENTION.finditer(doc.text)}
    found.discard(None)
    if "USD" in found:
        found.discard("$")  # "$1,000.00 USD": the dollar sign is the same currency
    return found.pop() if len(found) == 1 else None


@dataclass
class Finding:
    doc: Document
    problems: list[str]
    warnings: list[str]
    passes: list[str]
    evidence: list[Evidence]

    @property
    def score(self) -> tuple[int, int]:
        return (-len(self.problems), len(self.passes))


def _judge_amount(doc: Document, claim: Claim, policy: Policy, expected: Expected, f: Finding) -> None:
    amounts = find_amounts(doc)
    doc_cur = _doc_currency(doc)
    dollar_usd = _dollar_is_usd(doc, claim, policy)

    def currency_of(a: Amount) -> str | None:
        cur = a.currency or doc_cur
        if cur == "$" and dollar_usd:
            return "USD"
        return cur

    money = [a for a in amounts if a.label != "tax" and a.value > 0]
    if not money:
        f.problems.append("no amount found on the invoice")
        return
    pretax = [a for a in money if a.label == "pretax"]
    pool = pretax or money
    taxes = [a for a in amounts if a.label == "tax" and a.value > 0]

    if expected.value is None:
        shown = max(pool, key=lambda a: a.value)
        cur = currency_of(shown)
        f.evidence.append(Evidence.from_hit(shown.hit))
        if cur not in ("USD", None, "$"):
            f.problems.append(f"the invoice shows {shown.shown} ({cur}), not USD")
        else:
            f.warnings.append(f"{expected.description}; amount {shown.shown} not verified")
        return

    target = round(expected.value, 2)
    matches = [a for a in pool if abs(a.value - target) < 0.005]
    usd_matches = [a for a in matches if currency_of(a) == "USD"]
    if usd_matches:
        a = usd_matches[0]
        f.evidence.append(Evidence.from_hit(a.hit, a.hit.line()[:200] or a.shown))
        if not pretax and a.label == "total" and taxes:
            f.warnings.append(
                f"{a.shown} matches {expected.description} but appears to be a total including tax "
                f"({', '.join(t.shown for t in taxes)}); the pre-tax amount must match"
            )
        else:
            f.passes.append(f"amount {a.shown} equals {expected.description} ({_fmt_usd(target)})")
        return
    if matches:
        a = matches[0]
        cur = currency_of(a)
        f.evidence.append(Evidence.from_hit(a.hit, a.hit.line()[:200] or a.shown))
        if cur == "$":
            f.warnings.append(
                f"amount {a.shown} equals {expected.description} but is written with a bare '$' and the "
                f"partner is in {claim.partner.country}, where '$' may not be the US dollar; the invoice "
                "must state USD"
            )
        elif cur is None:
            f.problems.append(
                f"amount {a.shown} is shown without a currency; the invoice must show it in USD "
                f"({_fmt_usd(target)} USD)"
            )
        else:
            f.problems.append(
                f"the invoice shows {a.shown} ({cur}), not USD; the amount must be shown in USD "
                f"({_fmt_usd(target)}, {expected.description})"
            )
        return
    # the amount the invoice asks for: the pre-tax figure, else its total, else its largest amount
    totals = [a for a in pool if a.label == "total"]
    shown = max(pretax or totals or pool, key=lambda a: a.value)
    cur = currency_of(shown)
    f.evidence.append(Evidence.from_hit(shown.hit, shown.hit.line()[:200] or shown.shown))
    if cur not in ("USD", "$", None):
        f.problems.append(
            f"the invoice shows {shown.shown} ({cur}), not USD; {expected.description} is {_fmt_usd(target)}"
        )
    else:
        f.problems.append(f"the invoice shows {shown.shown}; {expected.description} is {_fmt_usd(target)}")


_CLAIM_LABEL = re.compile(r"\bclaim\s*(?:id|no\.?|number|#)?\s*[:#]?\s*(\d{6,9})\b", re.IGNORECASE)


def _other_claim_ids(doc: Document, claim_id: str) -> list[Hit]:
    """Other claims an invoice bills: numbers labelled as claim IDs, or numbers shaped like this claim's
    ID (as many digits, the same first three) standing on their own."""
    hits = [h for h in doc.search(_CLAIM_LABEL) if claim_id not in h.quote]
    if claim_id.isdigit() and len(claim_id) >= 6:
        shaped = re.compile(rf"(?<![\w.,/-]){re.escape(claim_id[:3])}\d{{{len(claim_id) - 3}}}(?![\w.,/-])")
        hits += [h for h in doc.search(shaped) if h.quote != claim_id]
    return hits


_AFTER_NAME = 3  # words between a name and its legal form ("Tatra Cloud Services Kft.")
_HOST_REST = re.compile(r"\.[a-z]{2,}\b")


def _issuers(names: list[Hit], partner: str) -> tuple[list[Hit], list[tuple[Hit, str]]]:
    """The partner's name as the partner itself, and as part of another company's name: the same words
    followed by another legal form ("Tatra Cloud Services Kft." for the partner "Tatra Cloud s.r.o."). A web
    address written with the name ("tatracloud.hu") stands for the partner only when no other company does."""
    form = legal_form(partner)
    own: list[Hit] = []
    hosts: list[Hit] = []
    others: list[tuple[Hit, str]] = []
    for hit in names:
        after = hit.segment.text[hit.end : hit.end + 60].split("\n")[0]
        if _HOST_REST.match(after):
            hosts.append(hit)
            continue
        theirs = legal_form(after, leading=_AFTER_NAME) if form else None
        if theirs is not None and theirs != form:
            words = after.split()
            cut = next((i for i, w in enumerate(words) if legal_form(w) == theirs), len(words) - 1)
            others.append((hit, " ".join([hit.quote, *words[: cut + 1]]).rstrip(",;")))
        else:
            own.append(hit)
    return (own or ([] if others else hosts)), others


def _judge(doc: Document, claim: Claim, policy: Policy, expected: Expected) -> Finding:
    f = Finding(doc, [], [], [], [])
    rx = re.compile(rf"(?<![\w]){re.escape(claim.claim_id)}(?![\w])")
    ids = doc.search(rx)
    if ids:
        f.passes.append(f"claim ID {claim.claim_id}")
        f.evidence.append(Evidence.from_hit(ids[0], ids[0].line()[:200] or ids[0].quote))
    else:
        f.problems.append(f"claim ID {claim.claim_id} not found")
    others = _other_claim_ids(doc, claim.claim_id) if ids else []
    if others:
        # seed, Invoice Requirements: "Each claim must have a separate, unique invoice"
        shown = ", ".join(sorted({o.quote for o in others})[:4])
        f.problems.append(
            f"the invoice also bills other claims ({shown}): each claim must have a separate, unique invoice"
        )
        f.evidence.append(Evidence.from_hit(others[0], others[0].line()[:200] or others[0].quote))
    names = find_name(doc, claim.partner.name)
    own, sisters = _issuers(names, claim.partner.name)
    if own:
        f.passes.append(f"partner name {claim.partner.name}")
        f.evidence.append(Evidence.from_hit(own[0], own[0].line()[:200] or own[0].quote))
    elif sisters:
        # seed, Invoice Requirements: the partner company name; a sister company's invoice is another's
        hit, company = sisters[0]
        f.problems.append(f"the invoice is issued by {company}, another legal entity than the claiming partner "
                          f"{claim.partner.name}")  # fmt: skip
        f.evidence.append(Evidence.from_hit(hit, hit.line()[:200] or hit.quote))
    else:
        f.problems.append(f"partner name {claim.partner.name} not found")
    _judge_amount(doc, claim, policy, expected, f)
    return f


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    if not claim.is_partner_activities or claim.engagement is None:
        return result(CHECK_ID, "not_applicable", "Only Partner Activities claims carry an invoice.")
    docs = [d for top in ctx.by_role("invoice") for d in top.walk()]
    if not docs:
        return result(
            CHECK_ID,
            "warn",
            "No invoice in the bundle to check (required_documents reports the missing component).",
        )
    readable = readability.for_words(docs).readable
    if not readable:
        reasons = "; ".join(f"{d.path}: {d.error or 'no text layer (scanned image?)'}" for d in docs)
        return result(
            CHECK_ID,
            "warn",
            f"The invoice could not be read, so claim ID, partner name and amount are not verified ({reasons}).",
            [Evidence.of_document(d, d.error or "no text layer") for d in docs],
        )

    expected = expected_amount(claim, ctx.policy)
    findings = sorted((_judge(d, claim, ctx.policy, expected) for d in readable), key=lambda f: f.score, reverse=True)
    best = findings[0]
    seed = expected.seed
    others = [d.path for d in ctx.by_role("invoice") if d is not best.doc]
    other_note = f" Other invoice files not used: {', '.join(others)}." if others else ""
    if best.problems:
        summary = f"Invoice {best.doc.path}: " + "; ".join(best.problems)
        if best.warnings:
            summary += "; also " + "; ".join(best.warnings)
        summary += (
            f" (seed: {seed}; the invoice must show the claim ID, the partner's name and the pre-tax amount in USD)."
        )
        return result(CHECK_ID, "fail", summary + other_note, best.evidence)
    if best.warnings:
        summary = f"Invoice {best.doc.path}: " + "; ".join(best.warnings)
        if best.passes:
            summary += ". Found: " + ", ".join(best.passes)
        return result(CHECK_ID, "warn", summary + "." + other_note, best.evidence)
    return result(
        CHECK_ID,
        "pass",
        f"Invoice {best.doc.path} shows " + ", ".join(best.passes) + "." + other_note,
        best.evidence,
    )
