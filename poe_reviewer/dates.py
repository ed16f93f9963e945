"""Find dates in the free text of claim documents.

POE documents carry dates in every notation the partner's and customer's tools
produce: ``6/5/2025``, ``05.06.2025``, ``5 June 2025``, ``June 5th, 2025``,
``2025-06-05``, ``5-Jun-25``, Outlook's ``Tue 6/10/2025 9:35 AM`` and ranges such as
``June 1 – September 10, 2025``. :func:`find_dates` locates each of them with its
character span so that checks can quote it and look at the words around it
(``Date Signed``, ``Sent:``, ``Start date``).

Spans are found with this module's own patterns rather than ``dateutil``'s fuzzy
parser, which happily reads a date out of a phone number or a version string. Numeric
dates written with slashes or hyphens are month-first unless ``dayfirst`` is set (use
:func:`dayfirst_for` with the customer's or partner's country); a component above 12
settles the order by itself. Dotted dates (``05.06.2025``) are day-first: nobody writes
month-first dates with dots.

:func:`parse_datetime_loose` reads the value of an e-mail ``Sent:``/``Date:`` header.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from dateutil import tz as dateutil_tz

if TYPE_CHECKING:
    from poe_reviewer.policy import Policy

__all__ = ["DateMatch", "dayfirst_for", "find_dates", "parse_datetime_loose", "parse_header_date"]


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text: its span ``text[start:end] == raw`` and its value."""

    start: int
    end: int
    raw: str
    date: dt.date
    #: The time of day written right after the date (``9:35 AM``), when there is one.
    time: dt.time | None = None
    #: How it was read, for a reviewer: "month written out", "year first", "read day-first", ...
    reading: str = ""
    #: The date it would be read the other way: a numeric date whose day and month could swap
    #: ("03/04/2026": 3 April day-first, 4 March month-first); None when only one reading exists.
    other: dt.date | None = None


# Month names: English in full and abbreviated, plus the full names of the languages
# partners most often upload in, so that a date in a French invoice is still a date.
_MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12,
    # German
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
    # Spanish / Portuguese / Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}  # fmt: skip


class _Trie(dict[str, "_Trie"]):
    """A prefix tree of words; the key "" marks the end of a word."""


def _trie_regex(words: list[str]) -> str:
    """An alternation of ``words`` as a prefix tree: far faster to scan than a flat list.

    Longer words win over their prefixes ("September" over "Sep") because the optional
    continuation is greedy.
    """
    trie = _Trie()
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()

    def build(node: _Trie) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_MONTH_ALT: Final = _trie_regex(list(_MONTHS))
_MONTH: Final = rf"(?:{_MONTH_ALT})\.?"
# A weekday in front of a date ("Tue 6/10/2025", "Tuesday, June 10, 2025") joins its span; it is
# looked for behind a match rather than inside the patterns, which keeps the scan fast.
_WEEKDAY_BEFORE: Final = re.compile(
    r"(?<![\w])(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+$", re.IGNORECASE
)
_ORD: Final = r"(?:st|nd|rd|th)?"
_DASH: Final = r"\s*(?:[-–—]|to|through|until|till)\s*"
# A time of day after the date: "9:35 AM", "09:35:12", "T09:35:12Z", "10:15 a.m. (UTC+01:00)".
_TIME: Final = (
    r"(?P<dend>)(?:(?:\s*,?\s*(?:at\s+)?|T)"
    r"(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![a-z]))?"
    r"(?:\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT|\(UTC[+-]\d{2}:\d{2}\))(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?"
)
# Digits or separators just before or after a numeric date mean it is part of a longer
# token: a phone number (1-425-555-0100), a version (10.0.19041), a claim id (CLM-2025-06-05).
_NUM_BEFORE: Final = r"(?<![\w#/\\.\-+])(?<!\d:)"
_NUM_AFTER: Final = r"(?!(?!T\d)[\w/\\\-]|[.,]\d)"

_PATTERNS: Final[list[tuple[str, re.Pattern[str]]]] = [
    # 2025-06-05, 2025/06/05, 2025.06.05, ISO with time
    (
        "iso",
        re.compile(
            rf"{_NUM_BEFORE}(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}){_NUM_AFTER}{_TIME}",
            re.IGNORECASE,
        ),
    ),
    # 6/5/2025, 06-05-2025, 05.06.2025, 6/5/25
    (
        "numeric",
        re.compile(
            rf"{_NUM_BEFORE}(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>\d{{4}}|\d{{2}}){_NUM_AFTER}{_TIME}",
            re.IGNORECASE,
        ),
    ),
    # 12. 2. 2026: the Czech, Slovak and German way, a space after each dot (always day first)
    (
        "numeric",
        re.compile(
            rf"{_NUM_BEFORE}(?P<a>\d{{1,2}})(?P<s>\.)[ \t](?P<b>\d{{1,2}})\.[ \t](?P<y>\d{{4}}){_NUM_AFTER}{_TIME}",
            re.IGNORECASE,
        ),
    ),
    # 5 June 2025, 5th of June, 2025, 5-Jun-2025, 5-Jun-25, 5 Jun '25, 05/Jun/2025
    (
        "day_month",
        re.compile(
            rf"(?<![\w.\-/])(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?(?P<s1>\.?\s+|[-/.])(?P<mon>{_MONTH})"
            rf"(?:(?P<s2>,?\s+|\s*[-/]\s*)(?P<y>\d{{4}})|(?P<s3>\s*[-/]\s*|\s+')(?P<y2>\d{{2}})){_NUM_AFTER}{_TIME}",
            re.IGNORECASE,
        ),
    ),
    # June 5, 2025; Jun 5th, 2025; June 5 2025; Jun-05-2025; Tuesday, June 10, 2025 9:35 AM
    (
        "month_day",
        re.compile(
            rf"(?<![\w.\-/])(?P<mon>{_MONTH})\s*[-/]?\s*(?P<d>\d{{1,2}}){_ORD}"
            rf"(?:,\s*|\s+|\s*[-/]\s*)(?P<y>\d{{4}}){_NUM_AFTER}{_TIME}",
            re.IGNORECASE,
        ),
    ),
]

# Ranges whose first end leaves out what the second end says:
# "June 1 – September 10, 2025", "June 1-15, 2025", "5–9 June 2025", "5 June – 9 July 2025".
_RANGES: Final[list[tuple[str, re.Pattern[str]]]] = [
    (
        "md_md",
        re.compile(
            rf"(?<![\w.\-/])(?P<mon1>{_MONTH})\s*(?P<d1>\d{{1,2}}){_ORD}(?P<dash>{_DASH})"
            rf"(?P<rest>(?:(?P<mon2>{_MONTH})\s*)?(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})){_NUM_AFTER}",
            re.IGNORECASE,
        ),
    ),
    (
        "dm_dm",
        re.compile(
            rf"(?<![\w.\-/])(?P<d1>\d{{1,2}}){_ORD}(?:\s+(?P<mon1>{_MONTH}))?(?P<dash>{_DASH})"
            rf"(?P<rest>(?P<d2>\d{{1,2}}){_ORD}\s+(?P<mon2>{_MONTH}),?\s+(?P<y>\d{{4}})){_NUM_AFTER}",
            re.IGNORECASE,
        ),
    ),
]

_VERSION_BEFORE: Final = re.compile(r"(?:\bv|\bver\.?|\bversion|\bbuild|\brelease)\s*$", re.IGNORECASE)
_COUNTER_BEFORE: Final = re.compile(
    r"\b(?:phase|week|weeks|step|stage|sprint|wave|part|section|page|pages|version|v|no\.?|#)\s*$",
    re.IGNORECASE,
)
_MIN_YEAR: Final = 1950
_MAX_YEAR: Final = 2100


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        # Two-digit years in claim documents are this century (a 1990s POE is not a thing).
        return 2000 + value
    return value


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _make_time(m: re.Match[str]) -> dt.time | None:
    hh = m.groupdict().get("hh")
    if hh is None:
        return None
    hour, minute = int(hh), int(m.group("mi"))
    second = int(m.group("ss") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second, tzinfo=_tzinfo(m.group("tz")))


def _tzinfo(raw: str | None) -> dt.tzinfo | None:
    if not raw:
        return None
    raw = raw.strip("()")
    if raw.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    offset = raw.upper().removeprefix("UTC")
    found = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", offset)
    if not found:
        return None
    minutes = int(found.group(2)) * 60 + int(found.group(3))
    if minutes >= 24 * 60:
        return None
    return dateutil_tz.tzoffset(None, (minutes if found.group(1) == "+" else -minutes) * 60)


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


Candidate = tuple[int, int, dt.date, dt.time | None, str, dt.date | None]


def _candidates(text: str, dayfirst: bool) -> Iterator[Candidate]:
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            read = _date_of(kind, m, text, dayfirst)
            if read is None:
                continue
            date, reading, other = read
            time = _make_time(m)
            # A time that is no time (25:70) leaves the span at the end of the date.
            end = m.end() if time is not None else m.start("dend")
            start = m.start()
            weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
            if weekday:
                start = weekday.start()
                # "Tue 6/10/2025": the weekday says which reading was meant
                named = _weekday(weekday.group(0))
                if other is not None and named is not None:
                    if other.weekday() == named and date.weekday() != named:
                        date, other, reading = other, None, "read by its weekday"
                    elif date.weekday() == named:
                        other, reading = None, "read by its weekday"
            yield start, end, date, time, reading, other


_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday(text: str) -> int | None:
    key = text.strip().lower()[:3]
    return _WEEKDAYS.index(key) if key in _WEEKDAYS else None


def _date_of(kind: str, m: re.Match[str], text: str, dayfirst: bool) -> tuple[dt.date, str, dt.date | None] | None:
    """The date of a match, how it was read, and the date the other reading would give."""
    if kind == "iso":
        iso = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return (iso, "written year first", None) if iso else None
    if kind == "numeric":
        a, b, sep = m.group("a"), m.group("b"), m.group("s")
        year_text = m.group("y")
        if sep in ".-" and len(year_text) == 2 and (len(a) < 2 or len(b) < 2):
            # 1.2.25 / 1-2-25 are versions and codes far more often than dates.
            return None
        if sep == "." and _VERSION_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            return None
        first, second = int(a), int(b)
        day_first = dayfirst or sep == "."
        reading = "read day-first" if day_first else "read month-first"
        if sep == ".":
            reading = "written with dots, read day-first"
        if first > 12 and second <= 12:
            day_first, reading = True, "day first (its first number is over 12)"
        elif second > 12 and first <= 12:
            day_first, reading = False, "month first (its second number is over 12)"
        day, month = (first, second) if day_first else (second, first)
        date = _make_date(_year(year_text), month, day)
        if date is None:
            return None
        other = None
        if first != second and first <= 12 and second <= 12 and sep != ".":
            other = _make_date(_year(year_text), day, month)
        return date, reading, other
    if kind == "day_month":
        year_text = m.group("y") or m.group("y2")
        named = _make_date(_year(year_text), _month(m.group("mon")), int(m.group("d")))
        return (named, "month written out", None) if named else None
    if kind == "month_day":
        named = _make_date(int(m.group("y")), _month(m.group("mon")), int(m.group("d")))
        return (named, "month written out", None) if named else None
    raise AssertionError(kind)


def _range_candidates(text: str) -> Iterator[Candidate]:
    for kind, pattern in _RANGES:
        for m in pattern.finditer(text):
            year = int(m.group("y"))
            mon2 = _month(m.group("mon2")) if m.group("mon2") else None
            mon1 = _month(m.group("mon1")) if m.group("mon1") else mon2
            if kind == "md_md" and mon2 is None:
                mon2 = mon1
            if mon1 is None or mon2 is None:
                continue
            if not m.group("mon1") and _COUNTER_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
                # "Phase 2 – 15 June 2025": the 2 counts phases, it does not start a range.
                continue
            end_date = _make_date(year, mon2, int(m.group("d2")))
            # A range crossing New Year ("December 15 – January 10, 2026") starts the year before.
            start_year = year - 1 if mon1 > mon2 else year
            start_date = _make_date(start_year, mon1, int(m.group("d1")))
            if start_date is None or end_date is None or start_date > end_date:
                continue
            yield m.start(), m.start("dash"), start_date, None, "month written out", None
            yield m.start("rest"), m.end(), end_date, None, "month written out", None


def find_dates(text: str, *, dayfirst: bool = False) -> list[DateMatch]:
    """Every date in ``text``, in reading order, without overlaps.

    ``dayfirst`` decides ``6/5/2025`` (6 May when true, June 5 when false); dotted
    dates are always day-first. Impossible dates (31/02/2025), years outside
    1950-2100 and numbers that are part of a longer token are not dates.
    """
    found = list(_candidates(text, dayfirst))
    # Whole dates first, so that a range's second end is only used where no full date is.
    ranged = list(_range_candidates(text))
    chosen: list[Candidate] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < c[1] and c[0] < end for c in chosen)

    # Longest match wins at each place; earlier start breaks ties.
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not overlaps(cand[0], cand[1]):
            chosen.append(cand)
    for cand in ranged:
        if not overlaps(cand[0], cand[1]):
            chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return [DateMatch(s, e, text[s:e], d, t, reading, other) for s, e, d, t, reading, other in chosen]


def parse_header_date(raw: str | None) -> dt.datetime | None:
    """A transport ``Date:`` header (RFC 2822), timezone-aware (UTC where it names no zone), or None.

    The one reader of mail header dates: the ``.eml`` and ``.msg`` extractors and
    :func:`parse_datetime_loose` all read them here.
    """
    if not raw or not raw.strip():
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def parse_datetime_loose(s: str, *, dayfirst: bool = False) -> dt.datetime | None:
    """The date and time of an e-mail header value (``Sent:``/``Date:``), or None.

    Accepts RFC 2822 (``Tue, 10 Jun 2025 09:35:12 +0200``), Outlook's
    ``Tuesday, June 10, 2025 9:35 AM`` and ``Tue 6/10/2025 9:35 AM``, ISO 8601 and
    anything :func:`find_dates` reads. A date without a time gives midnight. The result
    is timezone-aware only when the text names an offset.
    """
    value = s.strip()
    if not value:
        return None
    value = re.sub(r"^(?:sent|date|datum|envoyé|enviado|gesendet)\s*:\s*", "", value, flags=re.IGNORECASE)
    if re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}", value):
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is not None and _MIN_YEAR <= parsed.year <= _MAX_YEAR:
            return parsed
    try:
        iso = dt.datetime.fromisoformat(value)
    except ValueError:
        iso = None
    if iso is not None:
        return iso
    matches = find_dates(value, dayfirst=dayfirst)
    if not matches:
        return None
    first = matches[0]
    time = first.time or dt.time(0, 0)
    return dt.datetime.combine(first.date, time.replace(tzinfo=None), tzinfo=time.tzinfo)


def dayfirst_for(country: str | None, policy: Policy) -> bool:
    """Whether numeric dates written in ``country`` (ISO 3166-1 alpha-2) put the day first.

    Month-first countries are listed in ``resources/policy/dates.toml``
    (``month_first_countries``); every other country writes day-first. An unknown
    country reads month-first, the claims system's own (US) convention. The policy is the
    run's own, passed in: never the installed files read behind the caller's back.
    """
    if not country:
        return False
    month_first = {str(c).upper() for c in policy.get_list("dates", "month_first_countries")}
    return country.strip().upper() not in month_first


def utc_date(moment: dt.datetime) -> dt.date:
    """The UTC calendar date of ``moment`` (naive values are taken as UTC, as SQLite returns them)."""
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(dt.UTC).date()
