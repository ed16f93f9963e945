"""The queue table model and its filter proxy: Qt's model contract, sorting, filters, 10,000 claims."""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from poe_reviewer.application.queue import ClaimSummary
from poe_reviewer.ui.queue_model import (
    BADGES_ROLE,
    COLUMN,
    OVERDUE_COLOR,
    SUMMARY_ROLE,
    QueueFilter,
    QueueFilters,
    QueueModel,
    due_text,
)

pytestmark = pytest.mark.gui

TODAY = dt.date(2025, 10, 10)


def summary(claim_id: str, **changes: object) -> ClaimSummary:
    base = ClaimSummary(
        claim_id=claim_id,
        revision=1,
        status="to_review",
        program="cpor",
        partner="Fabrikam, Inc.",
        customer="Contoso Ltd",
        workloads="INTUNE",
        recommendation="approve",
        next_due=TODAY + dt.timedelta(days=3),
        next_clock="review",
        public_sector=False,
        reused=False,
        conflict=False,
        decided_by=None,
        version=1,
        leased_by=None,
    )
    return base._replace(**changes)  # type: ignore[arg-type]


def sample_rows() -> list[ClaimSummary]:
    return [
        summary("3079758"),
        summary("3081102", recommendation="action_required", next_due=TODAY - dt.timedelta(days=2), reused=True),
        summary("3092761", recommendation="reject", partner="Litware, Inc.", customer="Microsoft Corporation",
                next_due=TODAY, conflict=True),
        summary("3096120", program="partner_activities", public_sector=True, customer="City of Lakeshore",
                next_due=None, next_clock=None, workloads="Enable Frontline Workshop"),
        summary("3099204", status="approved", decided_by="dana@example.com", next_due=TODAY + dt.timedelta(days=9)),
        summary("3104870", status="to_review", leased_by="sam@example.com", customer="Northwind Traders",
                revision=2),
    ]  # fmt: skip


@pytest.fixture
def model() -> QueueModel:
    m = QueueModel(today=lambda: TODAY)
    m.set_claims(sample_rows())
    return m


@pytest.fixture
def proxy(model: QueueModel) -> QueueFilter:
    p = QueueFilter(me="dana@example.com")
    p.setSourceModel(model)
    return p


def column_values(p: QueueFilter, key: str) -> list[str]:
    return [p.index(r, COLUMN[key]).data() for r in range(p.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: Any, model: QueueModel) -> None:
    qtmodeltester.check(model)


def test_proxy_passes_qt_model_tester_while_filtering_and_sorting(qtmodeltester: Any, proxy: QueueFilter) -> None:
    qtmodeltester.check(proxy)
    proxy.set_filters(QueueFilters(status="to_review", search="fabrikam"))
    proxy.sort(COLUMN["partner"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_cells_show_what_a_reviewer_reads(model: QueueModel) -> None:
    row = model.row_of("3081102")
    assert row is not None
    assert model.index(row, COLUMN["due"]).data() == "2 d late"
    assert model.index(row, COLUMN["due"]).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert model.index(row, COLUMN["recommendation"]).data() == "Action required"
    assert model.index(row, COLUMN["badges"]).data(BADGES_ROLE) == ("reused", "overdue")
    assert model.index(row, COLUMN["badges"]).data() == "reused evidence, overdue"
    conflict = model.row_of("3092761")
    assert conflict is not None
    assert model.index(conflict, COLUMN["due"]).data() == "today"
    assert model.index(conflict, COLUMN["due"]).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "conflict" in model.index(conflict, COLUMN["badges"]).data(BADGES_ROLE)
    pa = model.row_of("3096120")
    assert pa is not None
    assert model.index(pa, COLUMN["program"]).data() == "Partner Activities"
    assert model.index(pa, COLUMN["due"]).data() == "—"
    assert model.index(pa, COLUMN["badges"]).data(BADGES_ROLE) == ("public_sector",)
    revised = model.row_of("3104870")
    assert revised is not None
    assert model.index(revised, COLUMN["claim_id"]).data() == "3104870 r2"
    assert "sam@example.com" in model.index(revised, COLUMN["claim_id"]).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(revised, 0).data(SUMMARY_ROLE).claim_id == "3104870"
    assert due_text(5) == "in 5 d"
    decided = model.row_of("3099204")
    assert decided is not None
    assert model.index(decided, COLUMN["claim_id"]).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Approved by dana@example.com" in model.index(decided, COLUMN["claim_id"]).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COLUMN["claim_id"]).data(Qt.ItemDataRole.DecorationRole) is None


def test_sorting_happens_in_the_model_and_keeps_persistent_indexes(model: QueueModel, proxy: QueueFilter) -> None:
    kept = QPersistentModelIndex(proxy.index(proxy.proxy_row_of("3092761") or 0, 0))
    proxy.sort(COLUMN["due"], Qt.SortOrder.AscendingOrder)
    assert [proxy.summary_at(r).claim_id for r in range(proxy.rowCount())] == [
        "3081102", "3092761", "3079758", "3104870", "3099204", "3096120",
    ]  # fmt: skip
    assert kept.isValid()
    assert kept.data() == "3092761"
    proxy.sort(COLUMN["recommendation"], Qt.SortOrder.AscendingOrder)
    recs = column_values(proxy, "recommendation")
    assert recs[0] == "Reject"
    assert recs[1] == "Action required"
    assert set(recs[2:]) == {"Approve"}
    assert kept.isValid()
    assert kept.data() == "3092761"
    proxy.sort(COLUMN["partner"], Qt.SortOrder.DescendingOrder)
    assert column_values(proxy, "partner")[0] == "Litware, Inc."
    # a reload keeps the reviewer's sort
    model.set_claims(sample_rows())
    assert column_values(proxy, "partner")[0] == "Litware, Inc."


def test_the_view_sorts_by_header_click(qtbot: Any, proxy: QueueFilter) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(COLUMN["customer"], Qt.SortOrder.AscendingOrder)
    customers = column_values(proxy, "customer")
    assert customers == sorted(customers, key=str.casefold)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (QueueFilters(status="to_review"), {"3079758", "3081102", "3092761", "3096120", "3104870"}),
        (QueueFilters(status="approved"), {"3099204"}),
        (QueueFilters(program="partner_activities"), {"3096120"}),
        (QueueFilters(recommendation="reject"), {"3092761"}),
        (QueueFilters(due="overdue"), {"3081102"}),
        (QueueFilters(due="today"), {"3081102", "3092761"}),
        (QueueFilters(due="week"), {"3081102", "3092761", "3079758", "3104870"}),
        (QueueFilters(reviewer="@me"), {"3099204"}),
        (QueueFilters(reviewer="sam@example.com"), {"3104870"}),
        (QueueFilters(reviewer="@nobody"), {"3079758", "3081102", "3092761", "3096120"}),
        (QueueFilters(search="microsoft"), {"3092761"}),
        (QueueFilters(search="frontline workshop"), {"3096120"}),
        (QueueFilters(search="30917"), set()),
        (QueueFilters(status="to_review", search="contoso"), {"3079758", "3081102"}),
    ],
)
def test_filters(proxy: QueueFilter, filters: QueueFilters, expected: set[str]) -> None:
    proxy.set_filters(filters)
    assert set(proxy.visible_ids()) == expected


def test_update_claim_changes_one_row_and_filters_follow(model: QueueModel, proxy: QueueFilter, qtbot: Any) -> None:
    proxy.set_filters(QueueFilters(status="to_review"))
    assert "3079758" in proxy.visible_ids()
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.update_claim(summary("3079758", status="approved", decided_by="dana@example.com", version=2))
    assert "3079758" not in proxy.visible_ids()
    model.update_claim(summary("4000001"))
    assert model.rowCount() == 7
    assert "4000001" in proxy.visible_ids()


def test_ten_thousand_claims_stay_smooth(qtbot: Any) -> None:
    rng = random.Random(5)
    rows = [
        summary(
            str(3_000_000 + i),
            status=rng.choice(["to_review"] * 4 + ["approved", "rejected", "action_required"]),
            program=rng.choice(["cpor", "partner_activities"]),
            recommendation=rng.choice(["approve", "reject", "action_required"]),
            partner=f"Partner {rng.randrange(800)}",
            customer=f"Customer {rng.randrange(5000)}",
            next_due=TODAY + dt.timedelta(days=rng.randrange(-20, 30)),
            conflict=rng.random() < 0.02,
            reused=rng.random() < 0.03,
        )
        for i in range(10_000)
    ]
    model = QueueModel(today=lambda: TODAY)
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)

    started = time.perf_counter()
    model.set_claims(rows)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    proxy.sort(COLUMN["customer"], Qt.SortOrder.AscendingOrder)
    sorted_in = time.perf_counter() - started
    started = time.perf_counter()
    proxy.set_filters(QueueFilters(status="to_review", search="partner 7"))
    filtered = time.perf_counter() - started
    started = time.perf_counter()
    view.scrollToBottom()
    view.viewport().repaint()
    painted = time.perf_counter() - started
    # generous budgets (a loaded 2-core CI machine): the point is "no query per row, no Python
    # comparison per pair of rows", which would take seconds at this size
    print(f"10,000 claims: load {loaded:.3f}s sort {sorted_in:.3f}s filter {filtered:.3f}s paint {painted:.3f}s")
    assert loaded < 0.5, loaded
    assert sorted_in < 0.5, sorted_in
    assert filtered < 0.5, filtered
    assert painted < 0.5, painted
    assert 0 < proxy.rowCount() < 10_000
    ids = proxy.visible_ids()
    hays = [model.search_text(model.row_of(i) or 0) for i in ids]
    # every word must match, anywhere
    assert all("partner" in h and "7" in h for h in hays)
    assert all(model.summary(model.row_of(i) or 0).status == "to_review" for i in ids)


def test_invalid_indexes_are_harmless(model: QueueModel) -> None:
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.headerData(COLUMN["due"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_an_expired_action_required_is_to_review_again_with_reject_suggested() -> None:
    """Issue 16: the partner's fourteen days ran out with no answer; the queue lists it to review."""
    from poe_reviewer.ui.overview import compute_overview

    expired = summary("3113342", status="action_required", recommendation="action_required",
                      next_due=TODAY - dt.timedelta(days=3), next_clock="respond", decided_by="dana@example.com",
                      decided_at=dt.datetime(2025, 9, 18, 10, tzinfo=dt.UTC))  # fmt: skip
    waiting = expired._replace(claim_id="3113343", next_due=TODAY + dt.timedelta(days=3))
    model = QueueModel(today=lambda: TODAY)
    model.set_claims([summary("3079758"), expired, waiting])
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(QueueFilters(status="to_review"))
    assert set(proxy.visible_ids()) == {"3079758", "3113342"}, "still waiting for the partner: not listed"
    row = model.row_of("3113342")
    assert row is not None
    assert "expired" in model.index(row, COLUMN["badges"]).data(BADGES_ROLE)
    assert model.index(row, COLUMN["recommendation"]).data() == "Reject (no response)"
    proxy.set_filters(QueueFilters(status="to_review", recommendation="reject"))
    assert proxy.visible_ids() == ["3113342"]
    overview = compute_overview(model.claims(), TODAY)
    assert overview.by_status["to_review"] == 2
    assert overview.by_recommendation["reject"] == 1


def test_every_segment_of_the_overview_bar_has_room_for_its_number() -> None:
    from poe_reviewer.ui.overview import segment_widths

    def least(n: int) -> float:
        return 8.0 * len(str(n)) + 6

    counts = {"to_review": 380, "approved": 1, "rejected": 2, "action_required": 0, "partially_approved": 1}
    widths = segment_widths(counts, 200.0, least)
    assert set(widths) == {"to_review", "approved", "rejected", "partially_approved"}, "empty segments are not drawn"
    assert sum(widths.values()) == pytest.approx(200.0)
    assert all(widths[k] >= least(counts[k]) for k in widths), widths
    assert widths["to_review"] > 150, "the big segment keeps the rest, in proportion"
    # in proportion where every segment has room anyway
    even = segment_widths({"a": 50, "b": 50}, 100.0, least)
    assert even == {"a": 50.0, "b": 50.0}
    # a bar too narrow for every number falls back to the plain proportion
    narrow = segment_widths({"a": 1000, "b": 1, "c": 1}, 30.0, least)
    assert sum(narrow.values()) == pytest.approx(30.0)
