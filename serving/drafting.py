"""Draft tickets from the database with a bot and store the drafts: `destek draft` and the demo use this."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import Draft, Ticket
from serving.bot import Bot
from serving.grounding import ungrounded_facts
from serving.replies import compose_reply
from serving.routing import ROUTE_AUTO, decide_route
from serving.tools import SIDE_EFFECT_TOOLS, ToolContext, call_tool
from serving.vault import VAULT

log = logging.getLogger(__name__)

PENDING = "pending"
DRAFTED = "drafted"
AUTO_RESOLVED = "auto_resolved"


@dataclass
class DraftingReport:
    drafted: int = 0
    auto: int = 0
    human: int = 0
    latencies: list[float] = field(default_factory=list)
    #: Tickets whose drafting raised: left pending (the next run retries them), with the error's type.
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
        reply = compose_reply(result.prediction.intent, result.tool_results, None)
        result.reply, result.reply_source = reply.text, reply.source
        # The real run can differ from the preview (the order shipped in between): route it again.
        result.route = decide_route(
            bot.contract.intent(result.prediction.intent),
            result.prediction.confidence,
            bot.threshold,
            problems=[],
            tool_results=result.tool_results,
            missing=None,
            grounded=not ungrounded_facts(reply.text, [*result.tool_results, ticket.text]),
        )
    draft = Draft(ticket_id=ticket.id, **result.as_row())
    ticket.status = AUTO_RESOLVED if result.route.route == ROUTE_AUTO else DRAFTED
    session.add(draft)
    session.add(ticket)
    session.flush()
    draft.latency_s = time.perf_counter() - started
    session.commit()
    session.refresh(draft)
    return draft


def draft_pending(
    engine: Engine,
    bot: Bot,
    *,
    limit: int | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> DraftingReport:
    """Draft pending tickets, oldest first, committing each so the review queue fills while this runs.

    A ticket whose drafting fails is rolled back, left pending for the next run and reported by id and
    error type (never the message, which could quote the ticket); the run goes on with the next one."""
    report = DraftingReport()
    with Session(engine) as session:
        query = select(Ticket.id).where(Ticket.status == PENDING).order_by(Ticket.created_at, Ticket.id)
        if limit is not None:
            query = query.limit(limit)
        ticket_ids = list(session.exec(query).all())
        for done, ticket_id in enumerate(ticket_ids, start=1):
            ticket = session.get(Ticket, ticket_id)
            if ticket is None or ticket.status != PENDING:
                continue
            try:
                draft = draft_ticket(session, bot, ticket)
            except Exception as exc:
                session.rollback()
                report.failed.append((ticket_id, type(exc).__name__))
                log.error("drafting ticket %s failed with %s; it stays pending", ticket_id, type(exc).__name__)
                progress(done, len(ticket_ids))
                continue
            report.drafted += 1
            report.latencies.append(draft.latency_s)
            if draft.route == ROUTE_AUTO:
                report.auto += 1
            else:
                report.human += 1
            progress(done, len(ticket_ids))
    return report
