"""Company and person names as they appear in real documents.

Tolerant of case, punctuation, legal suffixes (Inc., Ltd, GmbH, S.A., ...) and line
breaks: ``Contoso Ltd`` matches ``CONTOSO LIMITED`` and ``Contoso,\\nLtd.``. A name that
appears only inside an email address, a web address or a file name does not count as
visible (the seed's "clearly visible" rule), so those spans are masked before searching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from poe_reviewer.documents.model import Document, Hit

#: Legal-form words dropped when comparing organisation names (seed: names "clearly visible",
#: regardless of legal form).
LEGAL_SUFFIXES: frozenset[str] = frozenset(
    [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp",
        "plc", "gmbh", "ag", "kg", "kgaa", "ohg", "ug", "sa", "sas", "sarl", "sl", "srl", "spa", "bv", "nv",
        "oy", "oyj", "ab", "as", "asa", "aps", "a/s", "kk", "pte", "pty", "pvt", "private", "public", "sdn",
        "bhd", "tbk", "pt", "se", "sca", "scs", "eirl", "ltda", "cia", "cv", "sab", "de", "mbh", "sro", "spzoo",
        "zoo", "doo", "dd", "kft", "rt", "group", "holding", "holdings", "the", "and",
    ]
)
_DOTTED = re.compile(r"\b((?:[a-z]\.){2,})", re.IGNORECASE)
# e-mail addresses, URLs, host names and file names: a name inside them is not "visible"
_MASK = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|\b(?:https?://|www\.)\S+"  # URL
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|biz|info|gov|edu|de|uk|fr|in|us|au|ca|nl|ch|jp|cn)\b"  # host
    r"|\b[\w\-.]+\.(?:pdf|docx?|xlsx?|msg|eml|png|jpe?g|tiff?|zip|txt|pptx?)\b",  # file name
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Case-fold and strip accents (Müller -> muller)."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).casefold()


def tokens(name: str) -> list[str]:
    """Significant words of an organisation name, without legal suffixes and punctuation."""
    text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), fold(name))  # S.A. -> sa
    text = text.replace("&", " and ")
    words = re.findall(r"[^\W_]+", text)
    significant = [w for w in words if w not in LEGAL_SUFFIXES]
    return significant or words


def normalize_name(name: str) -> str:
    """A comparable key: ``'Contoso, Ltd.'`` and ``'CONTOSO LIMITED'`` give ``'contoso'``."""
    return " ".join(tokens(name))


def same_name(a: str, b: str) -> bool:
    """True when two organisation names are the same after normalisation."""
    na, nb = normalize_name(a), normalize_name(b)
    return bool(na) and na == nb


@lru_cache(maxsize=512)
def name_pattern(name: str) -> re.Pattern[str] | None:
    """A regex finding ``name`` in text across case, punctuation, spacing and line breaks."""
    toks = tokens(name)
    if not toks:
        return None
    # Accents are folded in the text too (see find_name), so tokens are plain.
    sep = r"(?:[\s\-_.,&'’]|\band\b)*"
    body = sep.join(re.escape(t) for t in toks)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def mask_addresses(text: str) -> str:
    """Replace e-mail addresses, URLs, host and file names by spaces, keeping offsets."""
    return _MASK.sub(lambda m: " " * len(m.group(0)), text)


def _fold_keep_length(text: str) -> str:
    if text.isascii():
        return text.lower()
    # fold() may change the length (ß -> ss); keep offsets by folding per character
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f if len(f) == 1 else ch.lower())
    return "".join(out)


@lru_cache(maxsize=64)
def _searchable(text: str) -> str:
    """Folded text with addresses masked; cached because every name is searched in the same segments."""
    return mask_addresses(_fold_keep_length(text))


def find_name(doc: Document, name: str) -> list[Hit]:
    """Visible occurrences of an organisation name in ``doc`` (not inside addresses or file names)."""
    rx = name_pattern(name)
    if rx is None:
        return []
    hits: list[Hit] = []
    for seg in doc.segments:
        if seg.label in ("filename",):
            continue
        searchable = _searchable(seg.text)
        for m in rx.finditer(searchable):
            hits.append(Hit.from_match(doc, seg, m.start(), m.end()))
    return hits
