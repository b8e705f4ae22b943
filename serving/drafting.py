"""Draft tickets from the database with a bot and store the drafts: the API, `destek draft` and the demo use this.

Why the ticket carries its drafting state: a ticket is stored before it is drafted (a draft takes seconds and
must not hold the database's write lock), so a crash, a killed server or a failing model can leave it without a
draft. Every drafter therefore *claims* a ticket first, with one conditional UPDATE on its `version`, so two
drafters (a client's resend and the background sweep, or two servers) never draft it twice. An attempt that
raises is recorded as ``draft_failed`` with the error's type (never its message, which could quote the ticket)
and retried after a growing delay; an attempt whose process died stays ``drafting`` until its lease runs out,
then it is taken again. Agents see failed tickets in their queue and can send one back at once.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.models import Draft, Ticket, aware_utc, utcnow
from serving.bot import Bot
from serving.routing import ROUTE_AUTO
from serving.tools import SIDE_EFFECT_TOOLS, ToolContext, call_tool
from serving.vault import VAULT

log = logging.getLogger(__name__)

PENDING = "pending"
DRAFTING = "drafting"
DRAFT_FAILED = "draft_failed"
DRAFTED = "drafted"
AUTO_RESOLVED = "auto_resolved"
UNDRAFTED = (PENDING, DRAFTING, DRAFT_FAILED)
"""The statuses of a ticket without a draft: the ones a drafter may take."""


@dataclass(frozen=True)
class DraftingPolicy:
    """When a ticket without a draft is due for (another) attempt.

    `grace_s`: a pending ticket younger than this belongs to the request that stored it and is about to draft
    it; the sweep leaves it alone so the client gets its draft in the response. `lease_s`: an attempt running
    longer than this was orphaned by a crash (a draft takes seconds). Failed attempts are retried after
    `retry_base_s`, then 4x longer each time, up to `max_attempts` (None: no limit); after that only an agent's
    "retry" or a client's resend tries again.
    """

    grace_s: float = 10.0
    lease_s: float = 120.0
    retry_base_s: float = 30.0
    max_attempts: int | None = 3

    @classmethod
    def from_env(cls) -> DraftingPolicy:
        """$DESTEK_DRAFT_GRACE_S and $DESTEK_DRAFT_LEASE_S override the defaults (tests shorten them)."""
        return cls(
            grace_s=float(os.environ.get("DESTEK_DRAFT_GRACE_S", cls.grace_s)),
            lease_s=float(os.environ.get("DESTEK_DRAFT_LEASE_S", cls.lease_s)),
        )

    def due(self, ticket: Ticket, now: datetime) -> bool:
        """Whether a drafter should take `ticket` now."""
        if ticket.status == PENDING:
            return now - aware_utc(ticket.created_at) >= timedelta(seconds=self.grace_s)
        started = aware_utc(ticket.draft_started_at) if ticket.draft_started_at else aware_utc(ticket.created_at)
        if ticket.status == DRAFTING:
            return now - started >= timedelta(seconds=self.lease_s)
        if ticket.status == DRAFT_FAILED and (self.max_attempts is None or ticket.draft_attempts < self.max_attempts):
            delay = self.retry_base_s * 4 ** max(ticket.draft_attempts - 1, 0)
            return now - started >= timedelta(seconds=delay)
        return False


IMMEDIATE = DraftingPolicy(grace_s=0.0, retry_base_s=0.0, max_attempts=None)
"""`destek draft`: run by hand, it takes every pending and failed ticket at once (not one a live drafter holds)."""


class DraftFailed(Exception):
    """A drafting attempt raised; the ticket is recorded as failed with `error` (the exception's type)."""

    def __init__(self, ticket_id: int, error: str) -> None:
        super().__init__(f"drafting ticket {ticket_id} failed with {error}")
        self.ticket_id = ticket_id
        self.error = error


@dataclass
class DraftingReport:
    drafted: int = 0
    auto: int = 0
    human: int = 0
    latencies: list[float] = field(default_factory=list)
    #: Tickets whose drafting raised: recorded as failed (retried after a delay), with the error's type.
    failed: list[tuple[int, str]] = field(default_factory=list)


def run_calls(
    session: Session,
    customer_id: int | None,
    calls: list[dict[str, Any]],
    pii_values: dict[str, str],
    *,
    commit: bool,
) -> list[dict[str, Any]]:
    """Run tool calls as the ticket's customer, now; side effects are kept only when `commit` is true."""
    context = ToolContext(
        session=session, customer_id=customer_id, now=datetime.now(UTC), pii_values=pii_values, commit=commit
    )
    return [call_tool(context, call["name"], call["arguments"]).to_dict() for call in calls]


def execute_calls(
    session: Session, customer_id: int | None, calls: list[dict[str, Any]], pii_values: dict[str, str]
) -> list[dict[str, Any]]:
    """Run tool calls for real (committed): when a ticket is auto-resolved or an agent approves its draft."""
    return run_calls(session, customer_id, calls, pii_values, commit=True)


def preview_calls(
    session: Session, customer_id: int | None, calls: list[dict[str, Any]], pii_values: dict[str, str]
) -> list[dict[str, Any]]:
    """Run tool calls as a preview (side effects rolled back): what an agent sees before approving a fix."""
    return run_calls(session, customer_id, calls, pii_values, commit=False)


def draft_ticket(session: Session, bot: Bot, ticket: Ticket) -> Draft:
    """Draft one ticket and store the draft; the latency runs from the start to the row being written.

    Drafts run tools as a preview; an auto-resolved draft then runs its calls for real, and its reply is
    written from the committed results (a new case or return id is the one the customer can use).
    """
    started = time.perf_counter()
    pii_values = VAULT.get(ticket.id)
    result = bot.draft(session, ticket.text, ticket.customer_id, pii_values=pii_values)
    if result.route.route == ROUTE_AUTO and any(c["name"] in SIDE_EFFECT_TOOLS for c in result.tool_calls):
        result.tool_results = execute_calls(session, ticket.customer_id, result.tool_calls, pii_values)
        # The real run can differ from the preview (the order shipped in between): reply and route again.
        reply, result.route = bot.reply_and_route(
            result.prediction.intent,
            result.prediction.confidence,
            result.tool_results,
            ticket.text,
            problems=[],
            missing=None,
        )
        result.reply, result.reply_source = reply.text, reply.source
    draft = Draft(ticket_id=ticket.id, **result.as_row())
    ticket.status = AUTO_RESOLVED if result.route.route == ROUTE_AUTO else DRAFTED
    session.add(draft)
    session.add(ticket)
    session.flush()
    draft.latency_s = time.perf_counter() - started
    session.commit()
    session.refresh(draft)
    return draft


def claim(session: Session, ticket: Ticket, now: datetime | None = None) -> bool:
    """Take `ticket` for one drafting attempt, as read (status and version); False if another drafter has it.

    One conditional UPDATE, committed at once: of two drafters that read the same version only one matches,
    so a ticket is never drafted twice even across processes.
    """
    statement = (
        update(Ticket)
        .where(
            col(Ticket.id) == ticket.id,
            col(Ticket.version) == ticket.version,
            col(Ticket.status).in_(UNDRAFTED),
        )
        .values(
            status=DRAFTING,
            draft_started_at=now or utcnow(),
            draft_attempts=col(Ticket.draft_attempts) + 1,
            version=col(Ticket.version) + 1,
        )
    )
    claimed = session.connection().execute(statement).rowcount
    session.commit()
    session.refresh(ticket)
    return claimed == 1


def record_failure(session: Session, ticket_id: int, error: str) -> None:
    """Mark the ticket's current attempt as failed with the error's type, in a transaction of its own."""
    session.rollback()
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.status != DRAFTING:
        return
    ticket.status, ticket.draft_error, ticket.version = DRAFT_FAILED, error, ticket.version + 1
    session.add(ticket)
    session.commit()
    log.error("drafting ticket %s failed with %s (attempt %s)", ticket_id, error, ticket.draft_attempts)


def draft_claimed(session: Session, bot: Bot, ticket: Ticket) -> Draft | None:
    """Claim `ticket` and draft it; None if another drafter holds it. Raises `DraftFailed` after recording it."""
    if not claim(session, ticket):
        return None
    ticket_id = ticket.id
    assert ticket_id is not None
    try:
        draft = draft_ticket(session, bot, ticket)
    except Exception as exc:  # any failure, from the model, a tool or the database, is recorded the same way
        record_failure(session, ticket_id, type(exc).__name__)
        raise DraftFailed(ticket_id, type(exc).__name__) from None
    if ticket.draft_error is not None:
        ticket.draft_error = None
        session.add(ticket)
        session.commit()
    return draft


def due_ticket_ids(session: Session, policy: DraftingPolicy, now: datetime | None = None) -> list[int]:
    """Tickets without a draft that a drafter should take now, oldest first."""
    now = now or datetime.now(UTC)
    rows = session.exec(
        select(Ticket).where(col(Ticket.status).in_(UNDRAFTED)).order_by(col(Ticket.created_at), col(Ticket.id))
    ).all()
    return [ticket.id for ticket in rows if ticket.id is not None and policy.due(ticket, now)]


def draft_pending(
    engine: Engine,
    bot: Bot,
    *,
    limit: int | None = None,
    policy: DraftingPolicy = IMMEDIATE,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> DraftingReport:
    """Draft the tickets that are due (pending, failed and due for a retry, or orphaned by a crash), oldest
    first, committing each so the review queue fills while this runs.

    A ticket whose drafting fails is recorded as failed, reported by id and error type and retried by a later
    run after its delay; the run goes on with the next one."""
    report = DraftingReport()
    with Session(engine) as session:
        ticket_ids = due_ticket_ids(session, policy)[:limit]
        for done, ticket_id in enumerate(ticket_ids, start=1):
            ticket = session.get(Ticket, ticket_id)
            try:
                draft = draft_claimed(session, bot, ticket) if ticket is not None else None
            except DraftFailed as failed:
                report.failed.append((ticket_id, failed.error))
                progress(done, len(ticket_ids))
                continue
            if draft is not None:
                report.drafted += 1
                report.latencies.append(draft.latency_s)
                if draft.route == ROUTE_AUTO:
                    report.auto += 1
                else:
                    report.human += 1
            progress(done, len(ticket_ids))
    return report


class BackgroundDrafter:
    """A thread that runs `sweep` (usually `draft_pending` with a `DraftingPolicy`) every `interval_s` seconds:
    the API server and `destek draft --watch` run one, so tickets left by a crash, a failed model or an agent's
    "retry" get their draft without anyone running a command."""

    def __init__(self, sweep: Callable[[], DraftingReport], interval_s: float = 5.0) -> None:
        self.sweep = sweep
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="destek-drafter", daemon=True)

    def start(self) -> BackgroundDrafter:
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the thread to stop after its current ticket and wait for it."""
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                report = self.sweep()
                if report.drafted or report.failed:
                    log.info("background drafting: %s drafted, %s failed", report.drafted, len(report.failed))
            except Exception as exc:  # e.g. the database was away: try again next interval; by type only
                log.error("background drafting sweep failed with %s", type(exc).__name__)
            self._stop.wait(self.interval_s)
