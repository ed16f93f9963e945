"""Dates in claim documents: every common notation found with its span, and nothing that only looks like one."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from pathlib import Path

import pytest

from poe_reviewer.dates import DateMatch, dayfirst_for, find_dates, parse_datetime_loose
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.policy import Policy, load_policy

JUNE_5 = dt.date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        ("signed 6/5/2025 by", "6/5/2025", JUNE_5),
        ("on 06-05-2025.", "06-05-2025", JUNE_5),
        ("5 June 2025", "5 June 2025", JUNE_5),
        ("June 5, 2025", "June 5, 2025", JUNE_5),
        ("Jun 5th, 2025", "Jun 5th, 2025", JUNE_5),
        ("2025-06-05", "2025-06-05", JUNE_5),
        ("2025/06/05", "2025/06/05", JUNE_5),
        ("5-Jun-2025", "5-Jun-2025", JUNE_5),
        ("5-Jun-25", "5-Jun-25", JUNE_5),
        ("5 Jun '25", "5 Jun '25", JUNE_5),
        ("05.06.2025", "05.06.2025", JUNE_5),
        ("Datum / Date | 5. 6. 2025 |", "5. 6. 2025", JUNE_5),  # Czech, Slovak, German: a space after each dot
        ("the 5th of June, 2025", "5th of June, 2025", JUNE_5),
        ("Thursday, June 5, 2025", "Thursday, June 5, 2025", JUNE_5),
        ("Sept 5, 2025", "Sept 5, 2025", dt.date(2025, 9, 5)),
        ("5 September 2025", "5 September 2025", dt.date(2025, 9, 5)),
        ("Date Signed:6/5/25", "6/5/25", JUNE_5),
        ("27 mars 2018", "27 mars 2018", dt.date(2018, 3, 27)),
        ("12. März 2020", "12. März 2020", dt.date(2020, 3, 12)),
        ("(2025-06-05)", "2025-06-05", JUNE_5),
    ],
)
def test_common_notations(text: str, raw: str, expected: dt.date) -> None:
    found = find_dates(text)
    assert [(m.raw, m.date) for m in found] == [(raw, expected)]
    m = found[0]
    assert text[m.start : m.end] == m.raw


def test_outlook_sent_line_keeps_weekday_and_time() -> None:
    text = "Sent: Tue 6/10/2025 9:35 AM\nTo: Priya"
    [m] = find_dates(text)
    assert m.raw == "Tue 6/10/2025 9:35 AM"
    assert m.date == dt.date(2025, 6, 10)
    assert m.time == dt.time(9, 35)


def test_iso_datetime_with_offset() -> None:
    [m] = find_dates("at 2025-06-05T09:35:00Z by")
    assert m.date == JUNE_5
    assert m.time is not None
    assert m.time.utcoffset() == dt.timedelta(0)


def test_range_of_two_full_dates() -> None:
    found = find_dates("Engagement Start and End Date June 1, 2025 – September 10, 2025")
    assert [(m.raw, m.date) for m in found] == [
        ("June 1, 2025", dt.date(2025, 6, 1)),
        ("September 10, 2025", dt.date(2025, 9, 10)),
    ]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("June 1 – September 10, 2025", [dt.date(2025, 6, 1), dt.date(2025, 9, 10)]),
        ("June 1-15, 2025", [dt.date(2025, 6, 1), dt.date(2025, 6, 15)]),
        ("5–9 June 2025", [dt.date(2025, 6, 5), dt.date(2025, 6, 9)]),
        ("5 June - 9 July 2025", [dt.date(2025, 6, 5), dt.date(2025, 7, 9)]),
        ("December 15 – January 10, 2026", [dt.date(2025, 12, 15), dt.date(2026, 1, 10)]),
        # "Phase 2" counts phases; it does not start a range.
        ("Phase 2 – 15 June 2025", [dt.date(2025, 6, 15)]),
    ],
)
def test_ranges_whose_first_end_is_short(text: str, dates: list[dt.date]) -> None:
    assert [m.date for m in find_dates(text)] == dates


def test_slashes_are_month_first_unless_dayfirst() -> None:
    assert find_dates("6/5/2025")[0].date == JUNE_5
    assert find_dates("6/5/2025", dayfirst=True)[0].date == dt.date(2025, 5, 6)
    # A component above 12 settles the order whatever the convention.
    assert find_dates("25/06/2025")[0].date == dt.date(2025, 6, 25)
    assert find_dates("06/25/2025", dayfirst=True)[0].date == dt.date(2025, 6, 25)
    # Dots are day-first everywhere.
    assert find_dates("05.06.2025")[0].date == JUNE_5


@pytest.mark.parametrize(
    "text",
    [
        "Call 425-555-0100 or +1 (425) 555-0100, fax 06 12 34 56 78",
        "Total $1,250.00 and 12.50 EUR, 3.5 hours",
        "Windows 10.0.19041, version 1.2.25, v2.1.2024, build 6.1.7601",
        "Claim CLM-2025-06-05, ref 2025-06-05-001, ticket #06/05/2025",
        "31/02/2025 and 13/13/2025 and 2025-02-30 and 00/00/2025",
        "Invoice 20250605 order 1234567",
        "Section 3.1 (Required), item 2.3.4",
        "Kapitel 3. 4. Absatz, Schritte 1. 2. 3.",
        "Phase 2 of June",
        "since 1899-01-01 and until 2525-01-01",
    ],
)
def test_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_spans_are_in_reading_order_and_do_not_overlap() -> None:
    text = "From 5 June 2025 to 2025-07-01; signed 7/2/2025 and June 30, 2025."
    found = find_dates(text)
    assert [m.date for m in found] == [JUNE_5, dt.date(2025, 7, 1), dt.date(2025, 7, 2), dt.date(2025, 6, 30)]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert all(text[m.start : m.end] == m.raw for m in found)


def test_date_match_is_frozen() -> None:
    m = DateMatch(0, 8, "6/5/2025", JUNE_5)
    with pytest.raises(AttributeError):
        m.start = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue 6/10/2025 9:35 AM", dt.datetime(2025, 6, 10, 9, 35)),
        ("Tuesday, June 10, 2025 9:35 PM", dt.datetime(2025, 6, 10, 21, 35)),
        ("Sent: 10 June 2025 09:35", dt.datetime(2025, 6, 10, 9, 35)),
        ("June 10, 2025", dt.datetime(2025, 6, 10)),
        ("Tuesday, June 10, 2025 12:05 AM", dt.datetime(2025, 6, 10, 0, 5)),
    ],
)
def test_parse_datetime_loose_naive(value: str, expected: dt.datetime) -> None:
    assert parse_datetime_loose(value) == expected


def test_parse_datetime_loose_with_offsets() -> None:
    rfc = parse_datetime_loose("Tue, 10 Jun 2025 09:35:12 +0200")
    assert rfc is not None
    assert rfc.utcoffset() == dt.timedelta(hours=2)
    assert rfc.hour == 9
    iso = parse_datetime_loose("2025-06-10T09:35:00+00:00")
    assert iso == dt.datetime(2025, 6, 10, 9, 35, tzinfo=dt.UTC)
    utc = parse_datetime_loose("Date: 10 June 2025 09:35 UTC")
    assert utc == dt.datetime(2025, 6, 10, 9, 35, tzinfo=dt.UTC)


@pytest.mark.parametrize("value", ["", "   ", "no date here", "Tue 25:99", "13/13/2025 10:00"])
def test_parse_datetime_loose_gives_none(value: str) -> None:
    assert parse_datetime_loose(value) is None


def test_parse_datetime_loose_dayfirst() -> None:
    assert parse_datetime_loose("Sent: 06/05/2025 10:00", dayfirst=True) == dt.datetime(2025, 5, 6, 10, 0)


def test_dayfirst_for_countries_from_policy() -> None:
    policy = load_policy()
    assert dayfirst_for("US", policy) is False
    assert dayfirst_for("pr", policy) is False
    assert dayfirst_for("DE", policy) is True
    assert dayfirst_for("IN", policy) is True
    assert dayfirst_for("GB", policy) is True
    assert dayfirst_for(None, policy) is False


def test_dayfirst_for_reads_the_policy_it_is_given_not_the_installed_files() -> None:
    base = load_policy()
    edited = Policy({**{k: base[k] for k in base}, "dates": {**base["dates"], "month_first_countries": ["GB"]}})
    assert dayfirst_for("GB", edited) is False
    assert dayfirst_for("US", edited) is True


@pytest.mark.realworld
def test_realworld_files_scan_quickly_without_errors(realworld: Path) -> None:
    """Raw bytes of every real-world file (binary noise included) scan fast and give consistent spans."""
    started = time.perf_counter()
    for path in sorted(realworld.rglob("*")):
        if not path.is_file() or path.suffix == ".md" or path.stat().st_size > 400_000:
            continue
        text = path.read_bytes().decode("latin-1")
        for m in find_dates(text):
            assert text[m.start : m.end] == m.raw
            assert 1950 <= m.date.year <= 2100
    assert time.perf_counter() - started < 10


@pytest.mark.realworld
def test_realworld_invoice_dates(realworld: Path) -> None:
    """A real French invoice: its dates are found in the extracted text (day-first)."""
    doc = extract_document((realworld / "invoices/Facture_F20180027.pdf").read_bytes(), "Facture.pdf", "invoice")
    assert doc.error is None
    found = find_dates(doc.text, dayfirst=True)
    assert found, doc.text[:500]
    assert dt.date(2018, 12, 31) in {m.date for m in found}  # "Date : 31/12/2018"
    assert {m.date.year for m in found} <= {2018, 2019}


def test_one_reader_of_mail_header_dates() -> None:
    from poe_reviewer.dates import parse_header_date

    tz = parse_header_date("Tue, 10 Jun 2025 09:35:12 +0200")
    assert tz == dt.datetime(2025, 6, 10, 7, 35, 12, tzinfo=dt.UTC)
    # a header without a zone is read as UTC (never a naive time that compares wrongly)
    naive = parse_header_date("Tue, 10 Jun 2025 09:35:12")
    assert naive is not None
    assert naive.tzinfo is not None
    for bad in (None, "", "   ", "yesterday", "Tue, 10 Jun 1066 09:35:12 +0000", "Tue, 99 Foo 2025 99:99:99"):
        assert parse_header_date(bad) is None, bad
    assert parse_datetime_loose("Date: Tue, 10 Jun 2025 09:35:12 +0200") == tz
