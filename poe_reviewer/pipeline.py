"""The one-way pipeline: bundle → documents → checks → report.

Used by the command line, and by storage/workbench in later layers. Nothing here
imports Qt; progress is reported through a plain callback and work stops when the
``cancelled`` callable says so.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeVar

from poe_reviewer.bundle import Bundle, BundleLimits, load_bundle
from poe_reviewer.checks import recommend, run_checks
from poe_reviewer.checks.base import CheckContext, QueueEntry, QueueView
from poe_reviewer.claim import Claim
from poe_reviewer.documents import isolation
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext, extract_document
from poe_reviewer.errors import BundleError, PoeReviewerError, PolicyError
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.report import DocumentEntry, Report
from poe_reviewer.third_party import silence_known_warnings

log = logging.getLogger(__name__)


def _typed_views() -> tuple[tuple[str, Callable[[Policy], object]], ...]:
    """Every policy file read through the typed view its users read it by (imported when needed)."""
    from poe_reviewer import clocks
    from poe_reviewer.checks import activity_detail, document_language
    from poe_reviewer.checks.partner_customer_names import NameRules
    from poe_reviewer.checks.workload_match import checklist_rows
    from poe_reviewer.documents import ocr_engine
    from poe_reviewer.domains import DomainRules
    from poe_reviewer.findings import document_kinds
    from poe_reviewer.findings.acknowledgements import rules
    from poe_reviewer.findings.acknowledgements.dates import date_labels
    from poe_reviewer.findings.claim_life import HistoryWords
    from poe_reviewer.findings.reuse.rules import policy_rules as reuse_rules
    from poe_reviewer.findings.scope import ScopeRules
    from poe_reviewer.findings.workloads import catalogue

    return (
        ("acknowledgement", lambda p: rules(p["acknowledgement"])),
        ("activity", lambda p: activity_detail.Settings.from_policy(p["activity"])),
        ("budgets", isolation.budget),
        ("dates", lambda p: (date_labels(p), p.get_list("dates", "month_first_countries"))),
        ("deadlines", lambda p: (clocks.holidays(p), clocks.dispute_days(p), clocks.conflict_days(p))),
        ("deadlines", HistoryWords.from_policy),
        ("domains", DomainRules.from_policy),
        ("language", lambda p: document_language.Settings.from_policy(p["language"])),
        ("names", NameRules.from_policy),
        (
            "ocr",
            lambda p: (
                ocr_engine.Settings.from_policy(p["ocr"].get("engine", {})),
                ocr_engine.compile_rules(p["ocr"].get("ink", {})),
            ),
        ),
        ("reuse", lambda p: reuse_rules(p["reuse"])),
        ("unacceptable", lambda p: document_kinds.policy_rules(p["unacceptable"])),
        ("workloads", lambda p: (catalogue(p), checklist_rows(p), ScopeRules.from_policy(p))),
    )


def validate_policy(policy: Policy) -> Policy:
    """Read every policy file through its typed view once, so that a malformed one stops the run at
    start with the file and the reason (never halfway through a queue as one check's ``error``)."""
    if getattr(policy, "validated", False):
        return policy
    where = policy.source or "the policy"
    for name, view in _typed_views():
        try:
            view(policy)
        except PolicyError:
            raise
        except KeyError as exc:
            raise PolicyError(f"{where}/{name}.toml: the key {exc} is missing") from exc
        except (TypeError, ValueError, AttributeError, re.error) as exc:
            raise PolicyError(f"{where}/{name}.toml: {exc}") from exc
    policy.validated = True
    return policy


def checked_policy() -> Policy:
    """The installed policy, validated (once per process)."""
    return validate_policy(load_policy())


Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
#: The queue's last word on its claims' reports: the reports it changes, by claim id.
Settle = Callable[[list[tuple[Claim, Report]]], Mapping[str, Report]]


@dataclass
class LoadedClaim:
    """A bundle with its documents extracted, ready for checking."""

    bundle: Bundle
    documents: list[Document]


def extract_bundle(bundle: Bundle, options: ExtractContext | None = None) -> list[Document]:
    """Extract every file of the bundle; a broken file becomes a document with an error. Each file is
    read within the policy's budget (time and memory, in a worker process: documents/isolation.py)."""
    ctx = options or ExtractContext()
    limits = isolation.budget()
    documents: list[Document] = []
    for f in bundle.files:
        if f.refused is not None:
            documents.append(Document(path=f.path, role=f.role, kind="unknown", sha256=f.sha256, size=f.size,
                                      error=f.refused))  # fmt: skip
            continue
        try:
            data = f.read()
        except OSError as exc:
            documents.append(
                Document(
                    path=f.path,
                    role=f.role,
                    kind="unknown",
                    sha256=f.sha256,
                    size=f.size,
                    error=f"cannot be read from the bundle ({exc.strerror or exc})",
                )
            )
            continue
        if limits is None:
            documents.append(extract_document(data, f.path, f.role, ctx))
        else:
            documents.append(isolation.extract_within_budget(data, f.path, f.role, ctx, limits))
    return documents


def load_claim(
    path: str | Path, limits: BundleLimits | None = None, options: ExtractContext | None = None
) -> LoadedClaim:
    """Load a bundle and extract its documents (raises BundleError when the bundle is unusable)."""
    bundle = load_bundle(path, limits)
    try:
        documents = extract_bundle(bundle, options)
    except BaseException:
        bundle.close()
        raise
    return LoadedClaim(bundle, documents)


def check_claim(loaded: LoadedClaim, policy: Policy | None = None, queue: QueueView | None = None) -> Report:
    """Run every check on a loaded claim and build its report."""
    policy = validate_policy(policy or load_policy())
    bundle = loaded.bundle
    ctx = CheckContext(
        claim=bundle.claim, documents=loaded.documents, policy=policy, queue=queue, missing=list(bundle.missing)
    )
    results = run_checks(ctx)
    entries = [DocumentEntry.of(d) for top in loaded.documents for d in top.walk()]
    entries += [
        DocumentEntry(p, _role_of(bundle, p), None, "unknown", 0, "listed in claim.json but missing from the bundle")
        for p in bundle.missing
    ]
    return Report(
        claim_id=bundle.claim.claim_id,
        recommendation=recommend(results),
        checks=results,
        documents=entries,
        bundle=str(bundle.source),
        bundle_sha256=bundle.digest,
    )


T = TypeVar("T")


def default_jobs() -> int:
    """How many bundles are read at once by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


_pools: dict[int, ThreadPoolExecutor] = {}
_pools_lock = threading.Lock()


def _pool(threads: int) -> ThreadPoolExecutor:
    """One pool of reading threads per size, kept for the life of the program: each thread keeps its own
    reading worker process (documents/isolation.py), so a new pool per queue would leave workers behind."""
    with _pools_lock:
        pool = _pools.get(threads)
        if pool is None:
            pool = _pools[threads] = ThreadPoolExecutor(threads, thread_name_prefix=f"poe-read{threads}")
        return pool


class CheckingStopped(RuntimeError):
    """A checking process ended while it held a bundle (out of memory, or it crashed): that bundle's error."""


def _serve_calls(conn: Connection) -> None:
    """A checking process: calls come in, results (or the exception raised) go back, until None comes."""
    silence_known_warnings()
    while True:
        try:
            call = conn.recv()
        except (EOFError, OSError):
            return
        if call is None:
            return
        fn, args = call
        try:
            outcome: tuple[bool, object] = (True, fn(*args))
        except _SENT_BACK as exc:  # raised in the caller; anything else ends the process (CheckingStopped there)
            outcome = (False, exc)
        conn.send(outcome)


class _Checker:
    """One checking process over a pipe (no semaphores or shared memory: nothing is written outside the work
    folder); not a daemon, since it starts reading workers of its own; stopped at exit."""

    def __init__(self) -> None:
        context = isolation.forkserver_context()
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve_calls, args=(child,), name="poe-check")
        self.process.start()
        child.close()

    def call(self, fn: Callable[..., T], args: tuple[object, ...]) -> T:
        try:
            self.conn.send((fn, args))
            ok, value = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise CheckingStopped("the checking process stopped on this bundle (out of memory, or it crashed)") from exc
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


_checkers = threading.local()
_every_checker: list[_Checker] = []


def in_process(fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)`` in this thread's checking process (forked from the fork server, which has the readers
    loaded; it reads its documents in its own worker within the budgets), so that the reading threads of
    :func:`in_order` check their bundles on as many cores. A process that ended is replaced at the next
    call, and the call it held raises :class:`CheckingStopped` (a RuntimeError: the bundle's error)."""
    checker: _Checker | None = getattr(_checkers, "checker", None)
    if checker is None or not checker.process.is_alive():
        if checker is not None:
            checker.stop()
        checker = _checkers.checker = _Checker()
        with _pools_lock:
            _every_checker.append(checker)
    try:
        return checker.call(fn, args)
    except CheckingStopped:
        checker.stop()
        _checkers.checker = None
        raise


@atexit.register
def stop_checking_processes() -> None:
    """Stop every checking process (at exit: before multiprocessing waits for its processes)."""
    with _pools_lock:
        checkers = list(_every_checker)
        _every_checker.clear()
    for checker in checkers:
        checker.stop()


def check_bundle(
    path: str, limits: BundleLimits | None, options: ExtractContext, policy: Policy | None
) -> Report | BundleError:
    """Load and check one bundle alone; its error, never an exception (also run in a checking process)."""
    try:
        loaded = load_claim(path, limits, options)
        with loaded.bundle:
            return check_claim(loaded, policy)
    except BundleError as exc:
        return exc
    except UNFORESEEN as exc:
        return unforeseen(path, exc)


def in_order(
    items: Iterable[str],
    work: Callable[[str], T],
    jobs: int = 1,
    *,
    discard: Callable[[T], None] | None = None,
) -> Iterator[tuple[str, T]]:
    """``(item, work(item))`` for each item, in order. With ``jobs`` > 1 the next items are worked on by
    ``jobs`` threads while the caller uses this one: each thread reads its documents in its own worker
    process, so the reading runs on every core while the checks run. ``work`` must not raise (return the
    error instead). Work done ahead and never taken (the caller stopped early) is handed to ``discard``."""
    if jobs <= 1:
        for item in items:
            yield item, work(item)
        return
    pool = _pool(jobs)
    pending: deque[tuple[str, Future[T]]] = deque()
    source = iter(items)
    try:
        for item in source:
            pending.append((item, pool.submit(work, item)))
            if len(pending) >= 2 * jobs:
                break
        while pending:
            item, future = pending.popleft()
            following = next(source, None)
            if following is not None:
                pending.append((following, pool.submit(work, following)))
            yield item, future.result()
    finally:
        for _item, future in pending:
            if not future.cancel():
                done = future.result()
                if discard is not None:
                    discard(done)


def _role_of(bundle: Bundle, path: str) -> str:
    for slot in bundle.claim.documents:
        if slot.path == path or slot.path.replace("\\", "/").lstrip("./") == path:
            return slot.role
    return "supporting"


#: What a hostile bundle can make a reader or a check raise beyond its own errors: caught per bundle, so
#: one bundle costs its one error line and the queue goes on (a programming error in a check is one too).
UNFORESEEN: tuple[type[BaseException], ...] = (
    OSError, ValueError, LookupError, TypeError, AttributeError, RecursionError, MemoryError, UnicodeError,
    ArithmeticError, RuntimeError, AssertionError,
)  # fmt: skip


#: What a call in a checking process raises that goes back to the caller as it was.
_SENT_BACK: tuple[type[BaseException], ...] = (PoeReviewerError, *UNFORESEEN)


def unforeseen(path: str, exc: BaseException) -> BundleError:
    """The one error of a bundle that broke something unforeseen (logged with its traceback)."""
    log.debug("bundle %s failed", path, exc_info=exc)
    return BundleError(path, f"could not be checked ({type(exc).__name__}: {str(exc)[:300]})")


def check_paths(
    paths: Iterable[str | Path],
    *,
    as_queue: bool = False,
    policy: Policy | None = None,
    limits: BundleLimits | None = None,
    options: ExtractContext | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    settle: Settle | None = None,
    jobs: int = 1,
) -> Iterator[tuple[str, Report | BundleError]]:
    """Check bundles one by one (or as one queue); yield ``(path, report or error)`` in order. With ``jobs``
    > 1, that many bundles are read (and, one by one, checked) at once (:func:`in_order`).

    In a queue, ``settle`` (handed in from above: conflicts/in_queue.py) sees every claim's report once all are
    checked and returns the reports it changes, by claim id (conflicting claims: only one partner wins).

    A bundle that cannot be loaded yields its :class:`BundleError` and the others go on. The policy
    is validated once the first bundle is open (reading it through every typed view costs as much as
    loading the checks, which would otherwise delay the first file) and before any bundle is checked.
    """
    policy = policy or load_policy()
    items = [str(p) for p in paths]
    total = len(items)
    jobs = max(1, min(jobs, total))  # one bundle is read here: a checking process would only cost its start
    options = options or ExtractContext()
    base = options

    def load(p: str) -> LoadedClaim | BundleError:
        try:
            return load_claim(p, limits, base)
        except BundleError as exc:
            return exc
        except UNFORESEEN as exc:
            return unforeseen(p, exc)

    def close(item: object) -> None:
        if isinstance(item, LoadedClaim):
            item.bundle.close()

    if not as_queue:

        def checked(p: str) -> Report | BundleError:
            # a bundle alone shares no document with the next: its own cache, dropped with it
            options = replace(base, cache={})
            if jobs <= 1:
                return check_bundle(p, limits, options, policy)
            try:
                # a process loads the program's own policy itself; only another one is sent
                sent = None if policy is load_policy() else policy
                return in_process(check_bundle, p, limits, options, sent)
            except UNFORESEEN as exc:
                return unforeseen(p, exc)

        for i, (p, report) in enumerate(in_order(items, checked, jobs)):
            if cancelled and cancelled():
                return
            if progress:
                progress(i, total, p)
            yield p, report
        if progress:
            progress(total, total, "")
        return

    # A queue: every bundle is loaded first, so each check sees the others (reused evidence).
    loaded_by_path: dict[str, LoadedClaim | BundleError] = {}
    outcomes: list[tuple[str, Report | BundleError]] = []
    view = QueueView()
    try:
        for i, (p, lc) in enumerate(in_order(items, load, jobs, discard=close)):
            loaded_by_path[p] = lc
            if cancelled and cancelled():
                return
            if progress:
                progress(i, 2 * total, p)
            if isinstance(lc, BundleError):
                continue
            view.entries.append(QueueEntry(lc.bundle.claim, lc.documents, p))
            validate_policy(policy)
        for i, p in enumerate(items):
            if cancelled and cancelled():
                return
            if progress:
                progress(total + i, 2 * total, p)
            item = loaded_by_path[p]
            if isinstance(item, BundleError):
                outcomes.append((p, item))
            else:
                try:
                    outcomes.append((p, check_claim(item, policy, view)))
                except UNFORESEEN as exc:
                    outcomes.append((p, unforeseen(p, exc)))
            if settle is None:
                yield outcomes.pop()
        if settle is not None:
            claims = [
                (item.bundle.claim, report)
                for p, report in outcomes
                if isinstance(report, Report) and isinstance(item := loaded_by_path[p], LoadedClaim)
            ]
            settled = settle(claims)
            for p, outcome in outcomes:
                yield p, settled.get(outcome.claim_id, outcome) if isinstance(outcome, Report) else outcome
        if progress:
            progress(2 * total, 2 * total, "")
    finally:
        for item in loaded_by_path.values():
            if isinstance(item, LoadedClaim):
                item.bundle.close()
