"""Company and person names as they appear in real documents.

Tolerant of case, punctuation, legal suffixes (Inc., Ltd, GmbH, S.A., ...) and line
breaks: ``Contoso Ltd`` matches ``CONTOSO LIMITED`` and ``Contoso,\\nLtd.``. Legal-form words
are dropped only at the end of a name: inside one ("Department of Public Works",
"Co-operative") they are part of it. A name that
appears only inside an email address, a web address or a file name does not count as
visible (the seed's "clearly visible" rule), so those spans are masked before searching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from poe_reviewer.documents.model import Document, Hit

#: Legal-form words dropped at the end of organisation names (seed: names "clearly visible",
#: regardless of legal form); a document may also write them between a name's words.
LEGAL_SUFFIXES: frozenset[str] = frozenset(
    [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp",
        "plc", "gmbh", "ag", "kg", "kgaa", "ohg", "ug", "sa", "sas", "sarl", "sl", "srl", "spa", "bv", "nv",
        "oy", "oyj", "ab", "as", "asa", "aps", "a/s", "kk", "pte", "pty", "pvt", "private", "public", "sdn",
        "bhd", "tbk", "pt", "se", "sca", "scs", "eirl", "ltda", "cia", "cv", "sab", "de", "mbh", "sro", "spzoo",
        "sp", "z", "oo", "doo", "dd", "kft", "rt", "group", "holding", "holdings", "the", "and",
        # more legal forms partners' customers write: Portugal, Brazil, the Gulf, Germany, Belgium, ...
        "lda", "unipessoal", "eireli", "sgps", "fz", "fze", "fzco", "fzc", "wll", "pjsc", "psc", "sae", "ooo",
        "zao", "pao", "snc", "sprl", "bvba", "cvba", "vof", "ggmbh", "gbr", "pllc", "sac", "saa", "scarl",
    ]
)
#: Small words that join the words of a name ("Bank of the West"): no short form of a name ends
#: with one, and they are no company's distinctive word.
CONNECTORS: frozenset[str] = frozenset(
    [
        "of", "for", "the", "and", "de", "du", "des", "la", "le", "di", "da", "do", "van", "von", "der", "den",
        "y", "e", "et", "und", "at", "in", "on",
    ]
)  # fmt: skip
_DOTTED = re.compile(r"\b((?:[a-z]\.){2,})", re.IGNORECASE)
#: An e-mail address written in running text: the one pattern every part finds addresses with
#: (parsing one address into its domain is :func:`poe_reviewer.domains.email_address`).
#: Linear on any text: it starts only where a run of address characters starts, and its runs never
#: give back what they took (a 1 MB comment of "a.a.a…" took minutes with the plain pattern).
EMAIL_IN_TEXT = r"(?<![\w.+'-])[\w.+'-]++@[\w-]++(?:\.[\w-]++)+"
#: The last label of a host name, or the extension of a file name, that makes a dotted run an address.
_ADDRESS_ENDINGS = frozenset(
    [
        # top-level domains of host names
        "com", "net", "org", "io", "co", "biz", "info", "gov", "edu", "de", "uk",
        "fr", "in", "us", "au", "ca", "nl", "ch", "jp", "cn",
        # extensions of file names
        "pdf", "doc", "docx", "xls", "xlsx", "msg", "eml", "png", "jpg", "jpeg",
        "tif", "tiff", "zip", "txt", "ppt", "pptx",
    ]
)  # fmt: skip
# e-mail addresses, URLs, and dotted runs (host and file names, judged by _dotted_span)
_MASK = re.compile(
    EMAIL_IN_TEXT  # e-mail
    + r"|\b(?:https?://|www\.)\S+"  # URL
    r"|(?<![\w.-])[\w-]*+\.[\w.-]*+",  # a dotted run, taken whole once (a run with no dot is no address)
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Case-fold and strip accents (Müller -> muller): the one text fold of the program."""
    if text.isascii():
        return text.casefold()
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).casefold()


def _words(name: str) -> list[str]:
    text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), fold(name))  # S.A. -> sa
    return re.findall(r"[^\W_]+", text.replace("&", " and "))


#: Legal forms written two ways ("Limited" and "Ltd"): one legal form.
_SAME_FORM = {"limited": "ltd", "incorporated": "inc", "corporation": "corp", "company": "co"}
#: Legal-form words that say nothing of which legal entity a company is ("Group", "Holding", "The").
_NOT_A_FORM = frozenset({"the", "and", "de", "group", "holding", "holdings", "private", "public", "z", "oo", "sp"})


#: A word of a legal form as written after a name ("Pte.", "Ltd", "S.A.", "W.L.L."), for skipping past it.
_FORM_WORD = re.compile(r"[\s,]*((?:[A-Za-z]\.){2,}|[A-Za-z/]+\.?)")
#: Words of the suffix list that go on to say something else after a name ("... Group company", "the").
_NOT_A_FORM_AFTER = frozenset({"the", "and", "de", "group", "holding", "holdings", "private", "public", "company"})


def after_legal_form(text: str, start: int) -> int:
    """Where running text goes on after the legal form that may follow a company name ending at ``start``
    ("Merlion Freight| Pte. Ltd. (Lion City Group)" -> the offset of " (Lion City Group)"); ``start`` if none."""
    end = start
    while (form := _FORM_WORD.match(text, end)) is not None:
        word = form.group(1)
        if word.replace(".", "").casefold() not in LEGAL_SUFFIXES - _NOT_A_FORM_AFTER and word.count(".") < 2:
            break
        end = form.end()
    return end


def legal_form(text: str, *, leading: int = 0) -> str | None:
    """The legal form of a company name ("Tatra Cloud s.r.o." -> "sro", "Contoso Pty Limited" -> "ltd"), or
    of the words that follow a name in running text (``leading``: how many other words may come before
    the form, "Services Kft." -> "kft")."""
    words = _words(text)
    if leading:
        first = [i for i, w in enumerate(words[: leading + 1]) if w in LEGAL_SUFFIXES and w not in _NOT_A_FORM]
        if not first:
            return None
        end = first[0]
        while end < len(words) and words[end] in LEGAL_SUFFIXES:
            end += 1
        words = words[first[0] : end]
    for w in reversed(words):
        if w not in LEGAL_SUFFIXES:
            return None
        if w not in _NOT_A_FORM:
            return _SAME_FORM.get(w, w)
    return None


def tokens(name: str) -> list[str]:
    """Significant words of an organisation name: legal form and punctuation dropped.

    Legal-form words go only at the END of a name ("Contoso, Ltd." -> contoso, "Müller GmbH &
    Co. KG" -> muller) and "the" only at its start: inside a name they are part of it
    ("Harlow County Department of Public Works", "Kiwi Orchard Co-operative Ltd", "Bank of the
    West"). "and" (or "&") is a connector wherever it stands.
    """
    words = [w for w in _words(name) if w != "and"]
    significant = list(words)
    while significant and significant[-1] in LEGAL_SUFFIXES:
        significant.pop()
    while significant and significant[0] == "the":
        significant.pop(0)
    return significant or words or _words(name)


def normalize_name(name: str) -> str:
    """A comparable key: ``'Contoso, Ltd.'`` and ``'CONTOSO LIMITED'`` give ``'contoso'``."""
    return " ".join(tokens(name))


def _loose_key(name: str) -> str:
    """The name without any legal-form word, wherever it stands ("Contoso Ltd (UK)" = "Contoso (UK) Limited")."""
    words = [w for w in _words(name) if w not in LEGAL_SUFFIXES]
    return " ".join(words)


def same_name(a: str, b: str) -> bool:
    """True when two organisation names are the same after normalisation."""
    na, nb = normalize_name(a), normalize_name(b)
    if na and na == nb:
        return True
    # a legal form written in the middle by one side only ("Contoso Ltd (UK)" / "Contoso (UK) Ltd")
    la = _loose_key(a)
    return bool(la) and la == _loose_key(b)


def _token_rx(token: str) -> str:
    """A folded token as a regex: initials may carry dots ("a.b.c." for "abc"), "ss" may be "ß"."""
    if 2 <= len(token) <= 4 and token.isalpha() and token.isascii():
        return r"\.?".join(re.escape(c) for c in token)
    return re.escape(token).replace("ss", "(?:ss|ß)")


# Between the words of a name: punctuation, spaces, line breaks, "and"/"&".
_SEP = r"(?:[\s\-_.,&'’/()]|\band\b)*"


#: Legal-form words a document may write between the words of a name ("Müller GmbH & Co.
#: Maschinenbau", "Contoso Ltd (UK)"): the common ones only, because every one of them is
#: compiled into the pattern between every two words of every name.
INTERIOR_LEGAL: tuple[str, ...] = (
    "gmbh", "co", "kg", "ltd", "limited", "inc", "llc", "ag", "sa", "the", "group", "corp", "plc", "company",
    "bv", "nv", "pvt", "pty",
)  # fmt: skip


@lru_cache(maxsize=1)
def _legal_gap() -> str:
    """Between two words of a name: separators, and legal-form words a document may add there."""
    alt = "|".join(_token_rx(w) for w in sorted(INTERIOR_LEGAL, key=len, reverse=True))
    return rf"{_SEP}(?:(?<![^\W_])(?:{alt})(?![^\W_]){_SEP})*"


@lru_cache(maxsize=1)
def _glued_legal() -> str:
    legal = sorted((w for w in INTERIOR_LEGAL if len(w) >= 3 and w != "the"), key=len, reverse=True)
    return "|".join(re.escape(w) for w in legal)


@lru_cache(maxsize=512)
def name_pattern(name: str) -> re.Pattern[str] | None:
    """A regex finding ``name`` in text across case, punctuation, spacing, line breaks and legal forms.

    It always matches ``name`` itself (folded as :func:`find_name` folds text).
    """
    toks = tokens(name)
    if not toks:
        return None
    # Accents are folded in the text too (see find_name), so tokens are plain.
    body = _legal_gap().join(_token_rx(t) for t in toks)
    # OCR and PDF text often lose the space before the legal form ("PräzisionstechnikGmbH").
    end = rf"(?=(?:{_glued_legal()})?(?![^\W_]))" if len(toks[-1]) >= 4 else r"(?![^\W_])"
    return re.compile(rf"(?<![^\W_]){body}{end}", re.IGNORECASE)


def _dotted_span(run: str) -> int:
    """How much of a run of word characters, dots and hyphens is a host or file name: up to its last
    label that is a known top-level domain or file extension (``contoso.com``, ``POE_signed.pdf``,
    ``it.contoso.com.evil`` -> ``it.contoso.com``); 0 when none is."""
    labels = run.split(".")
    end = 0
    for i in range(1, len(labels)):
        if labels[i].lower() in _ADDRESS_ENDINGS and labels[i - 1]:
            end = sum(len(label) + 1 for label in labels[: i + 1]) - 1
    return end


def _masked(m: re.Match[str]) -> str:
    text = m.group(0)
    if "@" in text or text.lower().startswith(("http", "www.")):
        return " " * len(text)
    span = _dotted_span(text)
    return " " * span + text[span:]


def mask_addresses(text: str) -> str:
    """Replace e-mail addresses, URLs, host and file names by spaces, keeping offsets; linear in the text."""
    return _MASK.sub(_masked, text)


def _fold_keep_length(text: str) -> str:
    if text.isascii():
        return text.lower()
    # fold() may change the length (ß -> ss); keep offsets by folding per character
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f if len(f) == 1 else ch.lower())
    return "".join(out)


@lru_cache(maxsize=4096)
def _searchable(text: str) -> str:
    """Folded text with addresses masked; cached because every name is searched in the same segments."""
    return mask_addresses(_fold_keep_length(text))


@lru_cache(maxsize=512)
def ocr_name_pattern(name: str) -> re.Pattern[str] | None:
    """``name`` as OCR may read it from a scan: each accented letter of a longer word may come out as
    any letter or two ("Żuławy Agro" read "Zutawy Agro", "Kühlhaus" read "Kiihlhaus"). None when the name
    has no accented letter, so a similar name spelled differently ("Contosso" for "Contoso") never matches
    this way."""
    significant = set(tokens(name))
    parts: list[str] = []
    wild = False
    for word in re.findall(r"[^\W_]+", name):
        folded = fold(word)
        if folded not in significant:
            continue
        if len(word) >= 5 and len(folded) == len(word) and not word.isascii():
            # one letter or two ("Kühlhaus" read "Kiihlhaus")
            letters = [r"[^\W\d_]{1,2}" if not ch.isascii() and ch.isalpha() else re.escape(fold(ch)) for ch in word]
            wild = wild or r"[^\W\d_]{1,2}" in letters
            parts.append("".join(letters))
        else:
            parts.append(_token_rx(folded))
    if not wild or not parts:
        return None
    return re.compile(rf"(?<![^\W_]){_legal_gap().join(parts)}(?![^\W_])", re.IGNORECASE)


def find_name(doc: Document, name: str) -> list[Hit]:
    """Visible occurrences of an organisation name in ``doc`` (not inside addresses or file names); in text
    OCR read from a scan, also as OCR misreads its accented letters."""
    rx = name_pattern(name)
    if rx is None:
        return []
    # A company named like a web address ("Booking.com B.V.") is visible where it is written out.
    own_address = mask_addresses(name) != name
    hits: list[Hit] = []
    for seg in doc.segments:
        if seg.label in ("filename",):
            continue
        searchable = _fold_keep_length(seg.text) if own_address else _searchable(seg.text)
        for m in rx.finditer(searchable):
            hits.append(Hit.from_match(doc, seg, m.start(), m.end()))
    ocr_rx = None if hits else ocr_name_pattern(name)
    if ocr_rx is not None:
        for seg in (s for s in doc.segments if s.label == "ocr"):
            hits.extend(Hit.from_match(doc, seg, m.start(), m.end()) for m in ocr_rx.finditer(_searchable(seg.text)))
    return hits


#: Words that end a company's full name as its legal form ("Group" or "Holdings" may be a name's own).
_NOT_LEGAL_FORM = frozenset(["group", "holding", "holdings", "the", "and", "de", "company", "co", "public", "private"])


def other_company(hit: Hit, name: str) -> Hit | None:
    """The short form written on as a different full company name: its next capitalised words
    end in a legal form and bring a word the claimed name does not have ("Westgate Medical Group
    Pty Ltd" for "Westgate Medical Supplies Pty Ltd")."""
    m = re.match(r"(?:[ \t]+(?:[A-Z][\w&'.-]*|&)){1,5}", hit.segment.text[hit.end :])
    if m is None:
        return None
    run = re.findall(r"[^\W_]+", m.group(0).lower())
    legal = [i for i, w in enumerate(run) if w in LEGAL_SUFFIXES and w not in _NOT_LEGAL_FORM]
    if not legal:
        return None
    own = re.findall(r"[^\W_]+", name.lower())
    written = run[: legal[-1] + 1]
    extra = [w for w in written if w not in own and w not in LEGAL_SUFFIXES - _NOT_LEGAL_FORM]
    if not extra or any(a.startswith(b) or b.startswith(a) for a in extra for b in own if min(len(a), len(b)) >= 4):
        return None
    end = hit.end + len(m.group(0).rstrip(" .,'"))
    return Hit.from_match(hit.document, hit.segment, hit.start, end)
