"""Conflicting CPOR claims: find the groups, compare their claims side by side, plan one decision for a group.

The rule (seed, "Conflicting Claims - CPOR", its FAQ and the CPOR note): only one partner can be
the Claiming Partner of Record for a specific workload or subscription. When another partner
claims it, both partners are notified; the associated partner has fourteen calendar days to
provide an up-to-date POE; without one, the latest POE decides. The POE team compares the
partners' proof of execution to determine which partner drove the most influence ("Microsoft
assesses partner of record adjudications based on the quality of POE").

This module is the Qt-free core, pure functions over claims and their check results; the review
store (:mod:`poe_reviewer.storage.store`) feeds it from the database, records when a group was
first found (the partners' notification, which starts the window) and saves a group's decision
atomically.

* **Finding** (:func:`find_groups`): CPOR claims of different partners (location ids) on the same
  customer (tenant id, else domain: the store's ``customer_key``), the same association type
  (usage, pre-sales, ...) and the same workload — for Business Applications the same workload
  *and subscription*, since the association is per subscription there. Claims connected by
  shared workloads form one group; a partial overlap is a group too, but only its shared
  workloads are contested. Group ids are stable: a hash of the sorted claim ids and workload keys.
* **Comparing** (:func:`compare`): one row per criterion — kind and date of the customer
  acknowledgement, most recent POE date, activity detail (users/devices in scope, timeline,
  concrete tasks), workloads claimed and evidenced, names, domains, every check result — each
  cell quoting the evidence (document, page, box) the claim's own checks found.
* **Suggesting** (:func:`suggest`): per contested workload, the claim whose POE is valid for it and
  most detailed while the window is open; after the window, the latest valid POE ("the latest POE
  will get reviewed to make the final decision").
* **Deciding** (:func:`plan_group_decision`): the winning claim per workload is approved for it;
  the others are rejected (template ``conflicting_claim``) or, while the window is open, asked for
  an up-to-date POE (``conflicting_claim_update_poe``). The reason is written once and carried
  into every claim's comment — so it must not name the partners (:func:`check_reason`).
"""

from __future__ import annotations

from poe_reviewer.conflicts.compare import Cell, Column, Comparison, Row, compare
from poe_reviewer.conflicts.decide import PlannedDecision, check_reason, plan_group_decision, render_group_comment
from poe_reviewer.conflicts.facts import Fact, PoeFacts, poe_facts
from poe_reviewer.conflicts.groups import (
    OTHERS,
    SEED,
    ClaimedWorkload,
    ConflictGroup,
    Contender,
    ContestedWorkload,
    GroupState,
    Others,
    WorkloadKeys,
    find_groups,
    group_id,
    window_days_left,
)
from poe_reviewer.conflicts.records import ClaimRecord, Notice
from poe_reviewer.conflicts.suggest import Standing, Suggestion, incumbents, suggest

__all__ = [
    "OTHERS",
    "SEED",
    "Cell",
    "ClaimRecord",
    "ClaimedWorkload",
    "Column",
    "Comparison",
    "ConflictGroup",
    "Contender",
    "ContestedWorkload",
    "Fact",
    "GroupState",
    "Notice",
    "Others",
    "PlannedDecision",
    "PoeFacts",
    "Row",
    "Standing",
    "Suggestion",
    "WorkloadKeys",
    "check_reason",
    "compare",
    "find_groups",
    "group_id",
    "incumbents",
    "plan_group_decision",
    "poe_facts",
    "render_group_comment",
    "suggest",
    "window_days_left",
]
