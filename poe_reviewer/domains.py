"""E-mail addresses and domains as the reviewer judges them.

The seed asks that a customer's e-mail acknowledgement come from the customer's domain, and
forbids claims where the customer is the partner itself. Both need the same small toolkit:

* :func:`email_address` / :func:`email_domain` pull an address out of a header value
  (``"John Doe <john.doe@contoso.com>"``) and refuse Exchange-internal senders that have no SMTP
  address (``/O=EXCHANGELABS/OU=.../CN=JDOE``);
* :meth:`DomainRules.registrable` reduces ``it.emea.contoso.co.uk`` to ``contoso.co.uk`` (the
  organisation's domain) using the endings listed in ``resources/policy/domains.toml``;
* :meth:`DomainRules.is_consumer` spots personal mail (gmail.com, hotmail.fr, ...);
* :meth:`DomainRules.lookalike` tells whether a domain imitates another one: ``c0ntoso.com``
  (look-alike characters, also Cyrillic/Greek letters and ``rn``/``m``), ``contosso.com`` (one
  edit), ``contoso-corp.com`` (the name plus other words), ``contoso.co`` (a typo of the ending),
  ``contoso.com.evil.net`` (the name in front of another domain).

All lists come from the policy (``ctx.policy["domains"]``), never from this module.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein

from poe_reviewer.errors import PolicyError

# Starts only where a run of address characters starts, and takes the run whole (possessive): linear
# on any text (the plain pattern took 70 s on 160 KB of "a.a.a.").
_ADDRESS = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]++@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_][\w-]*[^\W_]",
    re.UNICODE,
)
_HOST = re.compile(r"^(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_][\w-]*[^\W_]$", re.UNICODE)


def email_address(value: str | None) -> str | None:
    """The first e-mail address in a header value, lower-cased; None for Exchange-internal senders.

    ``"Doe, John" <John.Doe@Contoso.com>`` gives ``john.doe@contoso.com``; an X.500 address
    (``/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JDOE``) or a bare display
    name gives None, because there is no domain to judge.
    """
    if not value:
        return None
    text = value.strip()
    if text.lower().startswith(("/o=", "o=")):
        return None
    text = re.sub(r"^mailto:", "", text, flags=re.IGNORECASE)
    m = _ADDRESS.search(text)
    if m is None:
        return None
    return m.group(0).strip(".").lower()


def normalize_domain(value: str | None) -> str | None:
    """A host name in comparable form: lower case, no scheme, path, ``www.`` or trailing dot.

    Punycode labels (``xn--...``) are decoded so that look-alike characters show.
    """
    if not value:
        return None
    text = value.strip().lower()
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    text = text.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]
    text = text.strip(" .<>\"'()[]")
    if text.startswith("www."):
        text = text[4:]
    labels = []
    for label in text.split("."):
        if label.startswith("xn--"):
            # an undecodable punycode label is kept raw: it still compares as text
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    text = ".".join(labels)
    if not text or not _HOST.match(text):
        return None
    return text


def email_domain(value: str | None) -> str | None:
    """The domain of the e-mail address in ``value`` (see :func:`email_address`)."""
    address = email_address(value)
    return normalize_domain(address) if address else None


def is_within(domain: str, parent: str) -> bool:
    """True when ``domain`` is ``parent`` or one of its subdomains (``it.contoso.com`` in ``contoso.com``)."""
    return domain == parent or domain.endswith("." + parent)


def within_any(domain: str | None, parents: Iterable[str]) -> bool:
    """True when ``domain`` is one of ``parents`` (as written in a claim: any case) or a subdomain of one."""
    if not domain:
        return False
    return any(is_within(domain, p.strip().lower()) for p in parents if p and p.strip())


@dataclass(frozen=True)
class Lookalike:
    """Why one domain imitates another.

    ``strong`` look-alikes (changed characters, the name padded with other words, a typo of the
    ending) are red flags; a weak one (the same name under another country ending, ``contoso.de``
    for ``contoso.com``) may be the customer's own regional domain and needs a human look.
    """

    domain: str
    target: str
    reason: str
    strong: bool = True


@dataclass(frozen=True)
class DomainRules:
    """The domain lists of ``resources/policy/domains.toml``."""

    consumer_domains: frozenset[str]
    consumer_brands: frozenset[str]
    multi_label_suffixes: frozenset[str]
    homoglyphs: tuple[tuple[str, str], ...]
    min_name_length: int = 5
    max_edits: int = 1
    long_name_length: int = 10
    max_edits_long: int = 2
    min_contained_length: int = 4
    #: A sender's words saying its company belongs to the customer's group ([group_sender] cues).
    group_cues: tuple[str, ...] = ()

    @classmethod
    def from_policy(cls, policy: Mapping[str, Mapping[str, Any]]) -> DomainRules:
        section = policy["domains"]
        consumer = _table(section, "consumer")
        suffixes = _table(section, "public_suffixes")
        look = _table(section, "lookalike")
        glyphs = look.get("homoglyphs", {})
        if not isinstance(glyphs, Mapping):
            raise PolicyError("domains.toml: lookalike.homoglyphs must be a table")
        # longest first, so that "rn" is replaced before single characters
        pairs = sorted(((str(k).lower(), str(v).lower()) for k, v in glyphs.items()), key=lambda p: -len(p[0]))
        return cls(
            consumer_domains=frozenset(_strings(consumer, "domains")),
            consumer_brands=frozenset(_strings(consumer, "brands")),
            multi_label_suffixes=frozenset(_strings(suffixes, "multi_label")),
            homoglyphs=tuple(pairs),
            min_name_length=int(look.get("min_name_length", 5)),
            max_edits=int(look.get("max_edits", 1)),
            long_name_length=int(look.get("long_name_length", 10)),
            max_edits_long=int(look.get("max_edits_long", 2)),
            min_contained_length=int(look.get("min_contained_length", 4)),
            group_cues=tuple(_strings(section.get("group_sender", {}), "cues")),
        )

    @cached_property
    def _suffix_depth(self) -> int:
        return max((s.count(".") + 1 for s in self.multi_label_suffixes), default=1)

    # -- structure ------------------------------------------------------------------------
    def suffix(self, domain: str) -> str:
        """The public ending of ``domain``: ``co.uk`` for ``it.contoso.co.uk``, ``com`` for ``a.com``."""
        labels = domain.split(".")
        for n in range(min(self._suffix_depth, len(labels) - 1), 1, -1):
            candidate = ".".join(labels[-n:])
            if candidate in self.multi_label_suffixes:
                return candidate
        return labels[-1]

    def registrable(self, domain: str) -> str:
        """The organisation's domain: the public ending plus one label (``contoso.co.uk``)."""
        suffix = self.suffix(domain)
        head = domain[: -len(suffix)].rstrip(".")
        if not head:
            return domain
        return f"{head.rsplit('.', 1)[-1]}.{suffix}"

    def name_part(self, domain: str) -> str:
        """The label an organisation chose: ``contoso`` for ``it.contoso.co.uk``."""
        return self.registrable(domain).split(".", 1)[0]

    def same_organisation(self, domain: str, other: str) -> bool:
        """Same registrable domain: ``it.contoso.com`` and ``contoso.com`` belong together."""
        return self.registrable(domain) == self.registrable(other)

    def belongs_to(self, domain: str, parents: Iterable[str]) -> str | None:
        """The first of ``parents`` that ``domain`` belongs to (same organisation), or None."""
        for parent in parents:
            if self.same_organisation(domain, parent) or is_within(domain, parent):
                return parent
        return None

    # -- consumer mail --------------------------------------------------------------------
    def is_consumer(self, domain: str) -> bool:
        """True for personal mail services (gmail.com, hotmail.fr, yahoo.co.uk, ...)."""
        reg = self.registrable(domain)
        return (
            domain in self.consumer_domains
            or reg in self.consumer_domains
            or reg.split(".", 1)[0] in self.consumer_brands
        )

    # -- look-alikes ----------------------------------------------------------------------
    def skeleton(self, text: str) -> str:
        """``text`` with accents dropped and look-alike characters reduced to one form."""
        folded = unicodedata.normalize("NFKC", text).casefold()
        # drop accents (contöso) but keep letters that have no decomposition (Cyrillic о stays
        # and is mapped by the homoglyph table)
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
        for src, dst in self.homoglyphs:
            folded = folded.replace(src, dst)
        return folded

    def lookalike(self, domain: str, target: str) -> Lookalike | None:
        """Why ``domain`` imitates ``target``, or None when it is the same organisation or unrelated."""
        if self.same_organisation(domain, target) or is_within(domain, target):
            return None
        t_reg = self.registrable(target)
        c_reg = self.registrable(domain)
        if "." not in t_reg or "." not in c_reg:
            return None
        t_name, t_suffix = t_reg.split(".", 1)
        c_name, c_suffix = c_reg.split(".", 1)

        # contoso.com.evil.net: the real domain used as a prefix of another one
        if domain.startswith(t_reg + ".") or domain.startswith(t_reg + "-"):
            return Lookalike(domain, target, f"puts {t_reg} in front of another domain ({c_reg})")

        if c_name == t_name:
            if Levenshtein.distance(c_suffix, t_suffix) <= 1 or c_suffix.split(".")[0] == t_suffix:
                return Lookalike(domain, target, f"uses the ending .{c_suffix} instead of .{t_suffix}")
            return Lookalike(
                domain,
                target,
                f"has the same name under another ending (.{c_suffix} instead of .{t_suffix})",
                strong=False,
            )

        t_skel, c_skel = self.skeleton(t_name), self.skeleton(c_name)
        if t_skel == c_skel:
            return Lookalike(domain, target, f"imitates {t_reg} with look-alike characters ({c_name} for {t_name})")
        if not c_name.isascii() and _ascii_fold(c_name) == t_name:
            return Lookalike(domain, target, f"imitates {t_reg} with accented or foreign letters")

        if len(t_name) >= self.min_name_length:
            allowed = self.max_edits_long if len(t_name) >= self.long_name_length else self.max_edits
            if OSA.distance(c_skel, t_skel) <= allowed:
                return Lookalike(domain, target, f"differs from {t_reg} by a typo ({c_name} for {t_name})")

        if len(t_name) >= self.min_contained_length and _contains_name(c_skel, t_skel):
            return Lookalike(domain, target, f"adds other words to the name {t_name} ({c_name})")
        return None


def _contains_name(candidate: str, name: str) -> bool:
    """``name`` inside ``candidate`` as a whole word, or glued to a prefix/suffix (contosocorp)."""
    if name not in candidate or candidate == name:
        return False
    return bool(re.search(rf"(^|[^a-z]){re.escape(name)}|{re.escape(name)}([^a-z]|$)", candidate)) or (
        candidate.startswith(name) or candidate.endswith(name)
    )


def _ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _table(section: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = section.get(key, {})
    if not isinstance(value, Mapping):
        raise PolicyError(f"domains.toml: [{key}] must be a table")
    return value


def _strings(section: Mapping[str, Any], key: str) -> list[str]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"domains.toml: {key} must be a list of strings")
    return [v.strip().lower() for v in value]
