"""The CS agent's review queue: which drafts wait for a human, one ticket's whole picture, and the agent's actions.

The bot's `Draft` row stays exactly what the bot produced (evaluation and Label Studio compare against it);
everything a human changes is a `Correction` row, and the ticket's reviewed state is the draft with its
corrections applied in order, the same rule training/dataset.py uses to build examples. When the intent or
the entities change, the tool calls are derived again by the contract's rules and the reply is written again
from their (preview) results, so what the agent sees is what would be sent.

Nothing reaches the customer or the commerce backend before the agent approves: previews run the tools with
their side effects rolled back, and approve replays the calls for real.

Saving is safe under concurrency: every action names the `Ticket.version` the agent saw and claims the
ticket with `UPDATE ticket SET version = seen + 1 ... WHERE id = ? AND version = seen`. The database lets only
one of two concurrent updates match (SQLite serialises writers, PostgreSQL re-checks the WHERE after the
row lock), so the loser gets a `StaleTicketError` saying who changed the ticket and when, and writes nothing.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, update
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, select

from db.contract import Contract, load_contract, span_holds, span_inside
from db.models import (
    APPROVAL_UNDONE,
    APPROVE,
    CORRECTED_FIELDS,
    ESCALATE,
    ORDER_STATUSES,
    REFUND_STATUSES,
    RETURN_STATUSES,
    AuditEvent,
    Correction,
    Customer,
    Draft,
    Order,
    OrderItem,
    Product,
    Refund,
    Return,
    Shipment,
    Ticket,
    UnsavedReply,
    User,
    aware_utc,
    latest_draft,
    utcnow,
)
from db.users import AGENT, record
from serving.drafting import (
    AUTO_RESOLVED,
    DRAFT_FAILED,
    DRAFTED,
    DRAFTING,
    PENDING,
    execute_calls,
    preview_calls,
)
from serving.extract import extract, fold_ascii, known_facts
from serving.grounding import ungrounded_facts
from serving.normalize import digits_only
from serving.output import Entity, locate
from serving.replies import compose_reply
from serving.routing import REASONS
from serving.toolcalls import ORDER_NUMBER_DIGITS, CallPlan, plan_tool_calls
from serving.tools import SIDE_EFFECT_TOOLS, TURKEY, format_try
from serving.vault import VAULT

APPROVED = "approved"
ESCALATED = "escalated"
SOURCE = "app"
TOP_ALTERNATIVES = 3
RECENT_ORDERS = 3
MAX_REASON_CHARS = 500
MAX_REPLY_CHARS = 4000
#: Route reasons a ticket in the human queue can carry (the auto ones never reach it).
#: A ticket's status as agents read it.
STATUS_LABELS = {
    PENDING: "taslak bekliyor (pending)",
    DRAFTING: "taslaklanıyor (drafting)",
    DRAFT_FAILED: "taslak başarısız (drafting failed)",
    DRAFTED: "inceleme bekliyor (awaiting review)",
    AUTO_RESOLVED: "otomatik yanıtlandı (auto-resolved)",
    APPROVED: "onaylandı (approved)",
    ESCALATED: "yükseltildi (escalated)",
}
HUMAN_REASONS: dict[str, str] = {key: text for key, text in REASONS.items() if key not in {"auto", "ask_customer"}}
_PLACEHOLDER = re.compile(r"\[[A-ZÇĞİÖŞÜ]+(?:_\d+)?\]")


class ReviewError(ValueError):
    """The agent's input cannot be saved (unknown intent, a span not in the text, bad tool arguments...);
    the message says why and is safe to show. Nothing was written."""


class StaleTicketError(Exception):
    """Someone saved the ticket after this agent opened it; nothing was written, the agent must reload."""

    def __init__(
        self,
        ticket_id: int,
        seen_version: int,
        current_version: int | None,
        changed_by: str | None,
        changed_at: datetime | None,
    ) -> None:
        self.ticket_id = ticket_id
        self.seen_version = seen_version
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at
        who = changed_by or "başka bir oturum (another session)"
        when = f" {_local(changed_at):%d.%m.%Y %H:%M:%S}" if changed_at else ""
        super().__init__(
            f"Talep #{ticket_id}, siz açtıktan sonra {who} tarafından{when} değiştirildi "
            f"(sürüm {seen_version} → {current_version}). Değişiklikleriniz kaydedilmedi; sayfayı yenileyip "
            f"tekrar deneyin. (Ticket #{ticket_id} was changed by {changed_by or 'another session'}"
            f"{' at' + when if when else ''} after you opened it; nothing was saved. Reload and try again.)"
        )


# ── Queue ─────────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class QueueFilters:
    """What the agent narrows the queue to; empty tuples and None mean "any"."""

    intents: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # route reason ids, keys of HUMAN_REASONS
    min_confidence: float = 0.0
    max_confidence: float = 1.0
    min_age_hours: float | None = None  # only tickets at least this old (SLA)
    max_age_hours: float | None = None
    #: Words of the ticket text, an order number (digits, however the customer grouped them) or a customer
    #: number ("#1241" or "1241"): a ticket matches when any of them does.
    search: str = ""


@dataclass(frozen=True)
class QueueItem:
    """One row of the queue table."""

    ticket_id: int
    version: int
    created_at: datetime
    age_hours: float
    draft_id: int
    intent: str | None
    intent_label: str
    confidence: float
    reason: str
    route_reason: str
    preview: str


@dataclass(frozen=True)
class QueueCounts:
    """Where every ticket stands, for the progress line."""

    pending: int = 0
    awaiting_review: int = 0
    auto_resolved: int = 0
    approved: int = 0
    escalated: int = 0
    #: Drafting failed (retried in the background; an agent can send one back at once).
    failed: int = 0

    @property
    def total(self) -> int:
        return self.pending + self.awaiting_review + self.auto_resolved + self.approved + self.escalated + self.failed

    @property
    def drafted(self) -> int:
        """Tickets the bot has drafted so far (everything but the pending and the failed ones)."""
        return self.total - self.pending - self.failed

    @property
    def reviewed(self) -> int:
        return self.approved + self.escalated


def queue_counts(session: Session) -> QueueCounts:
    """Tickets per status: pending (not drafted yet, or being drafted), awaiting review, auto-resolved,
    approved, escalated, drafting failed."""
    rows = dict(session.exec(select(Ticket.status, func.count()).group_by(Ticket.status)).all())
    return QueueCounts(
        pending=rows.get(PENDING, 0) + rows.get(DRAFTING, 0),
        failed=rows.get(DRAFT_FAILED, 0),
        awaiting_review=rows.get(DRAFTED, 0),
        auto_resolved=rows.get(AUTO_RESOLVED, 0),
        approved=rows.get(APPROVED, 0),
        escalated=rows.get(ESCALATED, 0),
    )


@dataclass(frozen=True)
class FailedDraft:
    """A ticket the bot could not draft: what an agent needs to decide to retry it or wait."""

    ticket_id: int
    error: str
    attempts: int
    age_hours: float
    preview: str


def failed_drafts(session: Session, *, now: datetime | None = None) -> list[FailedDraft]:
    """Tickets whose drafting failed, oldest first, with the error's type and the number of attempts."""
    now = now or datetime.now(UTC)
    tickets = session.exec(
        select(Ticket).where(Ticket.status == DRAFT_FAILED).order_by(col(Ticket.created_at), col(Ticket.id))
    ).all()
    return [
        FailedDraft(
            ticket_id=ticket.id,
            error=ticket.draft_error or "?",
            attempts=ticket.draft_attempts,
            age_hours=max(0.0, (now - aware_utc(ticket.created_at)).total_seconds() / 3600),
            preview=" ".join(ticket.text.split())[:120],
        )
        for ticket in tickets
        if ticket.id is not None
    ]


def retry_draft(session: Session, ticket_id: int, user_id: int | None) -> None:
    """Send a failed ticket back to drafting now (the background drafter or `destek draft` takes it), audited."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.status != DRAFT_FAILED:
        raise ReviewError(f"Talep #{ticket_id} başarısız taslak değil. (Ticket #{ticket_id} is not a failed draft.)")
    ticket.status, ticket.version = PENDING, ticket.version + 1
    session.add(ticket)
    record(session, user_id, "review.draft_retried", ticket_id=ticket_id, error=ticket.draft_error)
    session.commit()


def reason_id(route_reason: str) -> str:
    """The route reason id ("low_confidence") of a draft's stored reason text ("Düşük güven: 0.41 < 0.80")."""
    for key, text in REASONS.items():
        if route_reason == text or route_reason.startswith(f"{text}:"):
            return key
    return "other"


def intent_options(contract: Contract | None = None) -> list[tuple[str, str]]:
    """(id, "Turkish label · id") for every contract intent, in the contract's order, for a searchable list."""
    contract = contract or load_contract()
    return [(intent.id, f"{intent.label} · {intent.id}") for intent in contract.intents]


def list_queue(
    session: Session, filters: QueueFilters = QueueFilters(), *, now: datetime | None = None, limit: int | None = None
) -> list[QueueItem]:
    """Tickets drafted and routed to a human, oldest first, each with its latest draft, narrowed by `filters`."""
    contract = load_contract()
    now = now or datetime.now(UTC)
    latest = select(Draft.ticket_id, func.max(Draft.id).label("draft_id")).group_by(col(Draft.ticket_id)).subquery()
    query = (
        select(Ticket, Draft)
        .join(latest, latest.c.ticket_id == Ticket.id)
        .join(Draft, col(Draft.id) == latest.c.draft_id)
        .where(Ticket.status == DRAFTED)
        .where(Draft.confidence >= filters.min_confidence, Draft.confidence <= filters.max_confidence)
        .order_by(col(Ticket.created_at), col(Ticket.id))
    )
    if filters.min_age_hours is not None:
        query = query.where(Ticket.created_at <= now - timedelta(hours=filters.min_age_hours))
    if filters.max_age_hours is not None:
        query = query.where(Ticket.created_at >= now - timedelta(hours=filters.max_age_hours))
    rows = list(session.exec(query))
    intents = _corrected_intents(session, [draft.id for _, draft in rows])
    items = []
    for ticket, draft in rows:
        reason = reason_id(draft.route_reason)
        intent = intents.get(draft.id, draft.intent)
        if filters.reasons and reason not in filters.reasons:
            continue
        if filters.intents and intent not in filters.intents:
            continue
        if filters.search and not _matches(ticket, filters.search):
            continue
        created = aware_utc(ticket.created_at)
        items.append(
            QueueItem(
                ticket_id=ticket.id,
                version=ticket.version,
                created_at=created,
                age_hours=max(0.0, (now - created).total_seconds() / 3600),
                draft_id=draft.id,
                intent=intent,
                intent_label=_intent_label(contract, intent),
                confidence=draft.confidence,
                reason=reason,
                route_reason=draft.route_reason,
                preview=" ".join(ticket.text.split())[:120],
            )
        )
        if limit is not None and len(items) >= limit:
            break
    return items


# ── SLA age ───────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class SlaThresholds:
    """When a waiting ticket turns amber and red. The customer's agents answer in 4 to 8 hours today, so
    the defaults mark a ticket at 4 hours and a breach at 8; `DESTEK_SLA_WARN_HOURS` and
    `DESTEK_SLA_BREACH_HOURS` change them."""

    warn_hours: float = 4.0
    breach_hours: float = 8.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SlaThresholds:
        environ = os.environ if environ is None else environ
        values = {}
        for name, field_name in (("DESTEK_SLA_WARN_HOURS", "warn_hours"), ("DESTEK_SLA_BREACH_HOURS", "breach_hours")):
            raw = environ.get(name)
            if raw is None or not raw.strip():
                continue
            try:
                values[field_name] = float(raw)
            except ValueError:
                raise ValueError(f"{name} must be a number of hours, not {raw!r}") from None
            if not 0 < values[field_name] < 24 * 365:
                raise ValueError(f"{name} must be between 0 and a year in hours, not {raw!r}")
        thresholds = cls(**values)
        if thresholds.warn_hours >= thresholds.breach_hours:
            raise ValueError(
                f"DESTEK_SLA_WARN_HOURS ({thresholds.warn_hours:g}) must be below "
                f"DESTEK_SLA_BREACH_HOURS ({thresholds.breach_hours:g})"
            )
        return thresholds

    def level(self, age_hours: float) -> str:
        """The level (SLA_OK, SLA_WARN or SLA_BREACH) of a ticket that has waited `age_hours`."""
        if age_hours >= self.breach_hours:
            return SLA_BREACH
        return SLA_WARN if age_hours >= self.warn_hours else SLA_OK


SLA_OK, SLA_WARN, SLA_BREACH = "ok", "warn", "breach"
SLA_LABELS = {SLA_OK: "zamanında (on time)", SLA_WARN: "yaklaşıyor (due soon)", SLA_BREACH: "aşıldı (breached)"}


def format_age(age_hours: float) -> str:
    """A waiting time as an agent reads it: "12 dk", "3 sa 05 dk", "2 gün 4 sa" (a fraction of an hour such
    as "0.0 sa" says nothing about a ticket that came in minutes ago)."""
    minutes = max(0, round(age_hours * 60))
    if minutes < 60:
        return f"{minutes} dk"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} sa {minutes:02d} dk"
    days, hours = divmod(hours, 24)
    return f"{days} gün {hours} sa"


# ── Approving safely: warnings, undo, recently handled ───────────────────────────────────────────

#: How long an agent can take back an approval (the ticket returns to the queue as it was).
UNDO_WINDOW = timedelta(minutes=2)


def approval_warnings(view: TicketView) -> list[str]:
    """Why approving this draft as it stands needs a second look; empty when nothing is wrong.

    The page asks for a confirmation before approving a draft with any of these, so a wrong answer never
    leaves with one keystroke."""
    warnings = []
    if view.problems and not view.corrected:
        warnings.append("Modelin yanıtında sorun var (the model's answer had problems)")
    if view.reason == "low_confidence" and "intent" not in view.corrected:
        warnings.append(f"Düşük güven: {view.confidence:.0%} (low confidence)")
    if view.ungrounded:
        warnings.append("Yanıtta araç sonuçlarında olmayan bilgi var (the reply states facts the tools did not give)")
    failed = [
        call["name"]
        for call, result in zip(view.tool_calls, view.tool_results, strict=False)
        if not result.get("ok", True)
    ]
    if failed:
        warnings.append(f"Başarısız araç çağrısı (failed tool call): {', '.join(failed)}")
    return warnings


def undo_approval(session: Session, ticket_id: int, user_id: int | None, *, now: datetime | None = None) -> TicketView:
    """Take back this agent's own approval within UNDO_WINDOW: the ticket is back in the queue with the same
    draft and corrections (the edited reply included), and training no longer counts it as approved.

    An approval that ran a side effect (a cancellation, a return) cannot be undone here: the backend has
    acted, and a human has to reverse it there."""
    ticket, draft = _ticket_and_draft(session, ticket_id)
    if ticket.status != APPROVED:
        raise ReviewError(f"Talep #{ticket_id} onaylı değil. (Ticket #{ticket_id} is not approved.)")
    approval = session.exec(
        select(Correction)
        .where(Correction.draft_id == draft.id, Correction.field == APPROVE)
        .order_by(col(Correction.id).desc())
    ).first()
    if approval is None or approval.user_id != user_id:
        raise ReviewError("Yalnızca kendi onayınızı geri alabilirsiniz. (You can only undo your own approval.)")
    if (now or datetime.now(UTC)) - aware_utc(approval.created_at) > UNDO_WINDOW:
        raise ReviewError(f"Geri alma süresi ({UNDO_WINDOW.seconds // 60} dk) doldu. (The undo window has passed.)")
    executed = [
        call["name"] for call in (approval.after or {}).get("tool_calls", []) if call["name"] in SIDE_EFFECT_TOOLS
    ]
    if executed:
        raise ReviewError(
            f"Bu onay {', '.join(executed)} çalıştırdı; geri alınamaz. (It ran a side effect and cannot be undone.)"
        )
    with _saving(session):
        _claim(session, ticket, ticket.version, status=DRAFTED)
        _correct(session, ticket, draft, user_id, APPROVAL_UNDONE, None, None)
        record(session, user_id, "review.approval_undone", ticket_id=ticket.id, draft_id=draft.id)
    return load_ticket(session, ticket_id)


@dataclass(frozen=True)
class HandledTicket:
    """A ticket an agent approved or escalated lately, for the "recently handled" list."""

    ticket_id: int
    action: str  # APPROVED or ESCALATED, as the agent left it
    at: datetime
    intent_label: str
    status: str  # the ticket's status now (another agent may have acted since)
    can_undo: bool


def recently_handled(
    session: Session, user_id: int, *, limit: int = 10, now: datetime | None = None
) -> list[HandledTicket]:
    """This agent's latest approvals and escalations, newest first, one row per ticket, with whether the
    approval can still be undone (own, within UNDO_WINDOW, no side effect, still approved)."""
    contract = load_contract()
    now = now or datetime.now(UTC)
    actions = {"review.approved": APPROVED, "review.escalated": ESCALATED}
    events = session.exec(
        select(AuditEvent)
        .where(AuditEvent.user_id == user_id, col(AuditEvent.action).in_([*actions, "review.approval_undone"]))
        .order_by(col(AuditEvent.id).desc())
        .limit(limit * 4)
    ).all()
    handled: list[HandledTicket] = []
    seen: set[int] = set()
    for event in events:
        ticket_id = (event.details or {}).get("ticket_id")
        if not isinstance(ticket_id, int) or ticket_id in seen:
            continue
        seen.add(ticket_id)
        if event.action not in actions:
            continue  # the latest thing this agent did to it was an undo: it is back in the queue
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            continue
        at = aware_utc(event.created_at)
        intent = _state(session, draft).intent if (draft := latest_draft(session, ticket_id)) else None
        can_undo = (
            actions[event.action] == APPROVED
            and ticket.status == APPROVED
            and now - at <= UNDO_WINDOW
            and not (event.details or {}).get("executed")
        )
        handled.append(
            HandledTicket(
                ticket_id, actions[event.action], at, _intent_label(contract, intent), ticket.status, can_undo
            )
        )
        if len(handled) >= limit:
            break
    return handled


# ── Claims: one agent per ticket ──────────────────────────────────────────────────────────────────

#: How long a claim lasts without the agent doing anything on the ticket; every rerun of their screen renews
#: it, so only a tab left open and idle, or closed, lets it lapse.
CLAIM_TTL = timedelta(minutes=10)


@dataclass(frozen=True)
class TicketClaim:
    """Who is working on a ticket now (None: nobody), and whether that is the asking agent."""

    holder_id: int | None
    holder: str | None  # display name
    expires_at: datetime | None
    mine: bool


def claim_ticket(
    session: Session, ticket_id: int, user_id: int, *, take_over: bool = False, now: datetime | None = None
) -> TicketClaim:
    """Claim the ticket for this agent for CLAIM_TTL, or renew their claim; another agent's live claim wins
    unless `take_over` (audited). One conditional UPDATE, so two agents opening a ticket at once cannot both
    get it. A claim does not change the ticket's version: it guards who works on it, not what is saved."""
    now = now or datetime.now(UTC)
    free = or_(
        col(Ticket.claimed_by).is_(None),
        col(Ticket.claimed_by) == user_id,
        col(Ticket.claim_expires_at) < now,
    )
    statement = update(Ticket).where(col(Ticket.id) == ticket_id, col(Ticket.status) == DRAFTED)
    if not take_over:
        statement = statement.where(free)
    previous = session.exec(select(Ticket.claimed_by).where(Ticket.id == ticket_id)).first()
    matched = session.exec(
        statement.values(claimed_by=user_id, claim_expires_at=now + CLAIM_TTL).execution_options(
            synchronize_session=False
        )
    ).rowcount
    if matched and take_over and previous not in (None, user_id):
        record(session, user_id, "review.claim_taken_over", ticket_id=ticket_id, from_user=previous)
    session.commit()
    return ticket_claim(session, ticket_id, user_id, now=now)


def ticket_claim(session: Session, ticket_id: int, user_id: int, *, now: datetime | None = None) -> TicketClaim:
    """The ticket's live claim as this agent sees it (an expired claim is nobody's)."""
    now = now or datetime.now(UTC)
    row = session.exec(
        select(Ticket.claimed_by, Ticket.claim_expires_at, User.display_name)
        .join(User, col(User.id) == col(Ticket.claimed_by), isouter=True)
        .where(Ticket.id == ticket_id)
    ).first()
    if row is None or row[0] is None or row[1] is None or aware_utc(row[1]) <= now:
        return TicketClaim(None, None, None, False)
    holder_id, expires_at, name = row
    return TicketClaim(holder_id, name, aware_utc(expires_at), holder_id == user_id)


def release_ticket(session: Session, ticket_id: int, user_id: int) -> None:
    """Give up this agent's claim (they moved to another ticket); someone else's claim is left alone."""
    session.exec(
        update(Ticket)
        .where(col(Ticket.id) == ticket_id, col(Ticket.claimed_by) == user_id)
        .values(claimed_by=None, claim_expires_at=None)
        .execution_options(synchronize_session=False)
    )
    session.commit()


def claimed_by_others(session: Session, user_id: int, *, now: datetime | None = None) -> dict[int, str]:
    """Ticket id -> the display name of the other agent holding it, for the queue's tickets under a live claim."""
    now = now or datetime.now(UTC)
    rows = session.exec(
        select(Ticket.id, User.display_name)
        .join(User, col(User.id) == col(Ticket.claimed_by))
        .where(
            Ticket.status == DRAFTED,
            col(Ticket.claimed_by) != user_id,
            col(Ticket.claim_expires_at) > now,
        )
    )
    return {ticket_id: name for ticket_id, name in rows}


# ── Bulk actions on identical drafts ──────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class DraftGroup:
    """Tickets in the queue whose drafts say exactly the same thing (intent, tool calls, reply): one look at
    the preview decides them all. Typical: "kargom nerede?" without an order number, answered by asking."""

    intent: str | None
    intent_label: str
    tool_calls: list[dict[str, Any]]
    reply: str
    tickets: dict[int, int]  # ticket id -> the version the group was built from (optimistic locking, per ticket)
    previews: dict[int, str]
    side_effects: bool  # a call changes the backend: such groups are not approved in bulk


def identical_drafts(
    session: Session, user_id: int, filters: QueueFilters = QueueFilters(), *, min_size: int = 2
) -> list[DraftGroup]:
    """Groups of at least `min_size` queue tickets with identical drafts, largest first; tickets another
    agent has claimed are left out."""
    contract = load_contract()
    others = claimed_by_others(session, user_id)
    groups: dict[str, list[tuple[QueueItem, _State]]] = defaultdict(list)
    for item in list_queue(session, filters):
        if item.ticket_id in others:
            continue
        draft = session.get(Draft, item.draft_id)
        state = _state(session, draft)
        key = json.dumps([state.intent, state.tool_calls, state.reply.strip()], ensure_ascii=False, sort_keys=True)
        groups[key].append((item, state))
    found = []
    for members in groups.values():
        if len(members) < min_size:
            continue
        state = members[0][1]
        found.append(
            DraftGroup(
                intent=state.intent,
                intent_label=_intent_label(contract, state.intent),
                tool_calls=state.tool_calls,
                reply=state.reply,
                tickets={item.ticket_id: item.version for item, _ in members},
                previews={item.ticket_id: item.preview for item, _ in members},
                side_effects=any(call["name"] in SIDE_EFFECT_TOOLS for call in state.tool_calls),
            )
        )
    return sorted(found, key=lambda group: (-len(group.tickets), group.intent_label))


@dataclass(frozen=True)
class BulkResult:
    """What a bulk action did: the tickets it decided, and the ones it left with why (changed since, claimed)."""

    done: list[int]
    skipped: list[tuple[int, str]]


def bulk_approve(session: Session, group: DraftGroup, user_id: int) -> BulkResult:
    """Approve every ticket of the group as previewed. Each is its own approval (with its own audit row and
    training label); a ticket changed or claimed since the preview is skipped, never approved unseen."""
    if group.side_effects:
        raise ReviewError(
            "Bu taslaklar arka uçta değişiklik yapıyor (iptal, iade...); tek tek onaylayın. "
            "(Drafts with side effects are approved one by one.)"
        )
    return _bulk(session, group, lambda ticket_id, version: approve(session, ticket_id, version, user_id))


def bulk_escalate(session: Session, group: DraftGroup, user_id: int, reason: str) -> BulkResult:
    """Escalate every ticket of the group with one reason; changed or claimed tickets are skipped."""
    if not " ".join((reason or "").split()):
        raise ReviewError("Yükseltme için bir gerekçe yazın. (Give a reason to escalate.)")
    return _bulk(session, group, lambda ticket_id, version: escalate(session, ticket_id, version, user_id, reason))


def _bulk(session: Session, group: DraftGroup, act: Callable[[int, int], TicketView]) -> BulkResult:
    done, skipped = [], []
    for ticket_id, version in group.tickets.items():
        try:
            act(ticket_id, version)
        except (ReviewError, StaleTicketError) as error:
            skipped.append((ticket_id, str(error)))
        else:
            done.append(ticket_id)
    return BulkResult(done, skipped)


# ── The customer's earlier tickets ────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class EarlierTicket:
    """One of the customer's other tickets, beside the one on screen: what they asked before and how it went."""

    ticket_id: int
    created_at: datetime
    status: str
    intent_label: str
    preview: str


def earlier_tickets(
    session: Session, ticket_id: int, customer_id: int | None, *, limit: int = 5
) -> list[EarlierTicket]:
    """The customer's other tickets, newest first (none for a ticket without a known customer)."""
    if customer_id is None:
        return []
    contract = load_contract()
    tickets = session.exec(
        select(Ticket)
        .where(Ticket.customer_id == customer_id, Ticket.id != ticket_id)
        .order_by(col(Ticket.created_at).desc(), col(Ticket.id).desc())
        .limit(limit)
    ).all()
    earlier = []
    for ticket in tickets:
        draft = latest_draft(session, ticket.id)
        intent = _state(session, draft).intent if draft is not None else None
        earlier.append(
            EarlierTicket(
                ticket.id,
                aware_utc(ticket.created_at),
                ticket.status,
                _intent_label(contract, intent) if intent else "—",
                " ".join(ticket.text.split())[:100],
            )
        )
    return earlier


def next_ticket_id(session: Session, filters: QueueFilters = QueueFilters(), *, skip: Sequence[int] = ()) -> int | None:
    """The oldest ticket in the (filtered) queue that is not in `skip`, or None when the queue is done."""
    return next((item.ticket_id for item in list_queue(session, filters) if item.ticket_id not in skip), None)


def ticket_status(session: Session, ticket_id: int) -> str | None:
    """The ticket's status as it is now ("drafted" while it awaits review), or None if there is no such ticket."""
    return session.exec(select(Ticket.status).where(Ticket.id == ticket_id)).first()


# ── One ticket ────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class OrderFacts:
    """What the agent needs to know about one of the customer's orders, ready to show."""

    order_number: str
    status: str
    status_text: str
    created_on: str
    total_text: str
    payment_method: str
    seller: str
    items: list[str]
    estimated_delivery: str | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    delivered_on: str | None = None
    return_text: str | None = None
    refund_text: str | None = None

    def rows(self) -> list[tuple[str, str]]:
        """(Turkish label, value) pairs, empty values left out."""
        rows = [
            ("Durum (status)", self.status_text),
            ("Sipariş tarihi (ordered)", self.created_on),
            ("Tutar (total)", self.total_text),
            ("Ödeme (payment)", self.payment_method),
            ("Satıcı (seller)", self.seller),
            ("Ürünler (items)", ", ".join(self.items)),
            ("Tahmini teslimat (ETA)", self.estimated_delivery or ""),
            ("Kargo (carrier)", self.carrier or ""),
            ("Takip no (tracking)", self.tracking_number or ""),
            ("Teslim (delivered)", self.delivered_on or ""),
            ("İade (return)", self.return_text or ""),
            ("Para iadesi (refund)", self.refund_text or ""),
        ]
        return [(label, value) for label, value in rows if value]


@dataclass(frozen=True)
class CustomerFacts:
    """The ticket's customer and the orders the ticket is about (or their latest ones)."""

    customer_id: int | None
    city: str | None = None
    is_premium: bool = False
    order_count: int = 0
    orders: list[OrderFacts] = field(default_factory=list)
    matched: bool = False  # the orders are the ones the ticket names
    note: str = ""


@dataclass(frozen=True)
class ToolPreview:
    """Tool calls re-run without side effects, and the reply they would give."""

    calls: list[dict[str, Any]]
    results: list[dict[str, Any]]
    reply: str
    reply_source: str
    ungrounded: list[str]
    index: int | None = None

    @property
    def result(self) -> dict[str, Any] | None:
        """The edited call's result."""
        return self.results[self.index] if self.index is not None and self.index < len(self.results) else None


@dataclass(frozen=True)
class TicketView:
    """Everything the review screen shows for one ticket: the bot's draft with the humans' corrections applied."""

    ticket_id: int
    version: int
    status: str
    text: str
    created_at: datetime
    age_hours: float
    customer_id: int | None
    draft_id: int
    model: str
    bot_intent: str | None
    confidence: float
    alternatives: list[tuple[str, str, float]]  # (intent id, label, probability), bot's choice excluded
    route_reason: str
    reason: str
    problems: str | None
    intent: str | None
    intent_label: str
    entities: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]
    tool_results: list[dict[str, Any]]
    reply: str
    ungrounded: list[str]
    corrected: tuple[str, ...]
    facts: CustomerFacts
    last_change: tuple[str, datetime] | None

    @property
    def awaiting_review(self) -> bool:
        return self.status == DRAFTED


def load_ticket(session: Session, ticket_id: int, *, now: datetime | None = None) -> TicketView:
    """One ticket's review screen; raises ReviewError when the ticket or its draft does not exist."""
    contract = load_contract()
    ticket, draft = _ticket_and_draft(session, ticket_id)
    state = _state(session, draft)
    results = _results(session, ticket, draft, state)
    probs = sorted((draft.intent_probs or {}).items(), key=lambda item: item[1], reverse=True)
    alternatives = [
        (intent, _intent_label(contract, intent), prob)
        for intent, prob in probs
        if intent != draft.intent and contract.has_intent(intent)
    ][:TOP_ALTERNATIVES]
    created = aware_utc(ticket.created_at)
    return TicketView(
        ticket_id=ticket.id,
        version=ticket.version,
        status=ticket.status,
        text=ticket.text,
        created_at=created,
        age_hours=max(0.0, ((now or datetime.now(UTC)) - created).total_seconds() / 3600),
        customer_id=ticket.customer_id,
        draft_id=draft.id,
        model=draft.model + (f" + {draft.adapter}" if draft.adapter else ""),
        bot_intent=draft.intent,
        confidence=draft.confidence,
        alternatives=alternatives,
        route_reason=draft.route_reason,
        reason=reason_id(draft.route_reason),
        problems=draft.error,
        intent=state.intent,
        intent_label=_intent_label(contract, state.intent),
        entities=state.entities,
        tool_calls=state.tool_calls,
        tool_results=results,
        reply=state.reply,
        ungrounded=ungrounded_facts(state.reply, [*results, ticket.text]),
        corrected=tuple(sorted(state.corrected)),
        facts=customer_facts(session, ticket.customer_id, state.entities),
        last_change=_last_change(session, ticket.id),
    )


def customer_facts(session: Session, customer_id: int | None, entities: list[dict[str, Any]]) -> CustomerFacts:
    """The customer's orders named in `entities` (only their own), else their most recent orders."""
    if customer_id is None:
        return CustomerFacts(None, note="Bu talep giriş yapmış bir müşteriye bağlı değil. (No signed-in customer.)")
    customer = session.get(Customer, customer_id)
    if customer is None:
        return CustomerFacts(customer_id, note="Müşteri bulunamadı. (Customer not found.)")
    order_count = session.exec(select(func.count()).select_from(Order).where(Order.customer_id == customer_id)).one()
    numbers = [digits_only(str(e.get("value", ""))) for e in entities if e.get("type") == "order_number"]
    named = []
    if numbers:
        named = list(
            session.exec(
                select(Order).where(col(Order.order_number).in_(numbers), Order.customer_id == customer_id)
            ).all()
        )
    note = ""
    if numbers and not named:
        note = "Talepteki sipariş numarası bu müşteriye ait değil. (The order number is not this customer's.)"
    orders = named or list(
        session.exec(
            select(Order)
            .where(Order.customer_id == customer_id)
            .order_by(col(Order.created_at).desc(), col(Order.id).desc())
            .limit(RECENT_ORDERS)
        ).all()
    )
    return CustomerFacts(
        customer_id=customer_id,
        city=customer.city,
        is_premium=customer.is_premium,
        order_count=order_count,
        orders=[_order_facts(session, order) for order in orders],
        matched=bool(named),
        note=note,
    )


def highlight_html(text: str, entities: list[dict[str, Any]], labels: dict[str, str] | None = None) -> str:
    """The ticket text as HTML, entity spans in <mark> with their type as a tooltip; everything escaped.

    Overlapping spans cannot nest in <mark>, so a span that starts inside the previous one is left out.
    """
    if labels is None:
        labels = {entity_type.id: entity_type.label for entity_type in load_contract().entity_types}
    parts, position = [], 0
    for entity in sorted(entities, key=lambda e: (e.get("start", 0), e.get("end", 0))):
        start, end, kind = entity.get("start"), entity.get("end"), str(entity.get("type", ""))
        if not span_inside(text, start, end) or start < position:
            continue
        tooltip = html.escape(f"{labels.get(kind, kind)} ({kind})", quote=True)
        parts.append(html.escape(text[position:start]))
        parts.append(
            f'<mark title="{tooltip}" data-entity="{html.escape(kind, quote=True)}">{html.escape(text[start:end])}'
            f'<sub style="font-size:0.7em;opacity:0.7"> {html.escape(kind)}</sub></mark>'
        )
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")


# ── Actions ───────────────────────────────────────────────────────────────────────────────────────


def approve(
    session: Session, ticket_id: int, seen_version: int, user_id: int | None, *, reply: str | None = None
) -> TicketView:
    """Approve the reviewed draft (optionally with the agent's edited reply): its side-effect tool calls run
    for real, the ticket becomes "approved", and an "approve" correction marks the draft for training."""
    contract = load_contract()
    ticket, draft = _open(session, ticket_id, seen_version, user_id)
    state = _state(session, draft)
    if not state.intent or not contract.has_intent(state.intent):
        raise ReviewError("Taslağın geçerli bir niyeti yok; önce niyeti düzeltin. (Correct the intent first.)")
    edited = reply is not None and reply.strip() != state.reply.strip()
    if reply is not None and not reply.strip():
        raise ReviewError("Yanıt boş olamaz. (The reply cannot be empty.)")
    if reply is not None and len(reply) > MAX_REPLY_CHARS:
        raise ReviewError(f"Yanıt en fazla {MAX_REPLY_CHARS} karakter olabilir. (The reply is too long.)")
    final_reply = reply.strip() if edited and reply is not None else state.reply
    preview = _results(session, ticket, draft, state)
    executes = any(call["name"] in SIDE_EFFECT_TOOLS for call in state.tool_calls)
    with _saving(session):
        _claim(session, ticket, seen_version, status=APPROVED, claimed_by=None, claim_expires_at=None)
        _drop_unsaved_replies(session, ticket_id)
        if edited:
            _correct(session, ticket, draft, user_id, "reply", state.reply, final_reply)
        results = preview
        if executes:
            # Commits the claim with the side effects: a crash afterwards cannot run them a second time.
            results = execute_calls(session, ticket.customer_id, state.tool_calls, VAULT.get(ticket.id))
            was_template = state.reply == compose_reply(state.intent, preview, None).text
            real = compose_reply(state.intent, results, None).text
            if not edited and was_template and real != final_reply:
                _correct(session, ticket, draft, user_id, "reply", final_reply, real)
                final_reply = real
        final = {"intent": state.intent, "entities": state.entities, "tool_calls": state.tool_calls}
        _correct(session, ticket, draft, user_id, APPROVE, None, {**final, "reply": final_reply})
        record(
            session,
            user_id,
            "review.approved",
            ticket_id=ticket.id,
            draft_id=draft.id,
            version=seen_version + 1,
            edited_reply=edited,
            executed=[call["name"] for call in state.tool_calls] if executes else [],
        )
    if executes:
        VAULT.forget(ticket.id)  # the clear values were only needed for this one run
    return load_ticket(session, ticket_id)


def escalate(session: Session, ticket_id: int, seen_version: int, user_id: int | None, reason: str) -> TicketView:
    """Hand the ticket on (to a senior agent or another team) with a reason; nothing is sent to the customer."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ReviewError("Yükseltme için bir gerekçe yazın. (Give a reason to escalate.)")
    if len(reason) > MAX_REASON_CHARS:
        raise ReviewError(f"Gerekçe en fazla {MAX_REASON_CHARS} karakter olabilir. (The reason is too long.)")
    ticket, draft = _open(session, ticket_id, seen_version, user_id)
    with _saving(session):
        _claim(session, ticket, seen_version, status=ESCALATED, claimed_by=None, claim_expires_at=None)
        _drop_unsaved_replies(session, ticket_id)
        _correct(session, ticket, draft, user_id, ESCALATE, None, {"reason": reason})
        record(session, user_id, "review.escalated", ticket_id=ticket.id, draft_id=draft.id, reason=reason)
    return load_ticket(session, ticket_id)


def unsaved_reply(session: Session, ticket_id: int, user_id: int) -> str | None:
    """The reply this agent was writing for the ticket and has not sent (kept by `keep_unsaved_reply`), or None."""
    row = session.exec(
        select(UnsavedReply).where(UnsavedReply.ticket_id == ticket_id, UnsavedReply.user_id == user_id)
    ).first()
    return None if row is None else row.text


def keep_unsaved_reply(session: Session, ticket_id: int, user_id: int, text: str, *, draft_reply: str) -> None:
    """Keep an agent's edited reply until they approve or escalate, so a reload or a closed tab loses nothing.

    One row per agent and ticket; text equal to the draft's reply removes it (nothing is unsaved then). The
    text is the agent's own and stays in the database like an approved reply; it never reaches a log.
    """
    if len(text) > MAX_REPLY_CHARS:
        raise ReviewError(f"Yanıt en fazla {MAX_REPLY_CHARS} karakter olabilir. (The reply is too long.)")
    if session.get(Ticket, ticket_id) is None:
        raise ReviewError(f"Talep #{ticket_id} bulunamadı. (Ticket #{ticket_id} not found.)")
    row = session.exec(
        select(UnsavedReply).where(UnsavedReply.ticket_id == ticket_id, UnsavedReply.user_id == user_id)
    ).first()
    if text.strip() == draft_reply.strip():
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(UnsavedReply(ticket_id=ticket_id, user_id=user_id, text=text))
    else:
        row.text, row.updated_at = text, utcnow()
        session.add(row)
    session.commit()


def _drop_unsaved_replies(session: Session, ticket_id: int) -> None:
    """A handled ticket has no unsaved replies left (anyone's): the answer that counts is the one sent."""
    for row in session.exec(select(UnsavedReply).where(UnsavedReply.ticket_id == ticket_id)).all():
        session.delete(row)


def correct_intent(session: Session, ticket_id: int, seen_version: int, user_id: int | None, intent: str) -> TicketView:
    """Set the intent (one of the contract's); the tool calls are derived again and the reply re-composed.

    When the new intent needs something the draft's entities lack (an order number the bot took for something
    else, say) and the rule extractor finds it in the text, it is added as an entity correction too: the
    re-planned reply must not ask the customer for a number that is in their message."""
    contract = load_contract()
    if not contract.has_intent(intent):
        raise ReviewError(
            f"Bilinmeyen niyet {intent!r}; sözleşmedeki {len(contract.intents)} niyetten birini seçin. "
            f"(Unknown intent {intent!r}.)"
        )
    ticket, draft = _open(session, ticket_id, seen_version, user_id)
    state = _state(session, draft)
    if intent == state.intent:
        return load_ticket(session, ticket_id)
    entities = state.entities
    if _plan(intent, entities, ticket.text, contract).missing:
        found = _with_text_entities(session, ticket, entities)
        if not _plan(intent, found, ticket.text, contract).missing:
            entities = found
    derived = _derive(session, ticket, intent, entities, contract)
    with _saving(session):
        _claim(session, ticket, seen_version)
        _correct(session, ticket, draft, user_id, "intent", state.intent, intent)
        if entities is not state.entities:
            _correct(session, ticket, draft, user_id, "entities", state.entities, entities)
        _save_derived(session, ticket, draft, user_id, state, derived)
        record(
            session,
            user_id,
            "review.intent_corrected",
            ticket_id=ticket.id,
            draft_id=draft.id,
            before=state.intent,
            after=intent,
        )
    return load_ticket(session, ticket_id)


def set_entities(
    session: Session, ticket_id: int, seen_version: int, user_id: int | None, entities: list[dict[str, Any]]
) -> TicketView:
    """Replace the entity spans. Each needs a contract type and a value that occurs in the ticket text (a
    value without offsets marks every occurrence, as the bot does). Calls that followed from the old labels
    are derived again; calls an agent fixed by hand are kept."""
    contract = load_contract()
    ticket, draft = _open(session, ticket_id, seen_version, user_id)
    spans = resolve_spans(ticket.text, entities, contract)
    state = _state(session, draft)
    if _span_keys(spans) == _span_keys(state.entities):
        return load_ticket(session, ticket_id)
    derived = None
    if state.intent and contract.has_intent(state.intent):
        followed = _plan(state.intent, state.entities, ticket.text, contract).calls == state.tool_calls
        if followed:
            derived = _derive(session, ticket, state.intent, spans, contract)
    with _saving(session):
        _claim(session, ticket, seen_version)
        _correct(session, ticket, draft, user_id, "entities", state.entities, spans)
        if derived is not None:
            _save_derived(session, ticket, draft, user_id, state, derived)
        record(
            session,
            user_id,
            "review.entities_corrected",
            ticket_id=ticket.id,
            draft_id=draft.id,
            types=sorted({span["type"] for span in spans}),
        )
    return load_ticket(session, ticket_id)


def add_entity(
    session: Session,
    ticket_id: int,
    seen_version: int,
    user_id: int | None,
    entity_type: str,
    value: str,
    start: int | None = None,
    end: int | None = None,
) -> TicketView:
    """Add one span (every occurrence of `value` when no offsets are given)."""
    current = _current_entities(session, ticket_id)
    new = {"type": entity_type, "value": value, "start": start, "end": end}
    return set_entities(session, ticket_id, seen_version, user_id, [*current, new])


def remove_entity(session: Session, ticket_id: int, seen_version: int, user_id: int | None, index: int) -> TicketView:
    """Remove the span at `index` of the current entity list."""
    current = _current_entities(session, ticket_id, index)
    return set_entities(session, ticket_id, seen_version, user_id, current[:index] + current[index + 1 :])


def fix_entity(
    session: Session,
    ticket_id: int,
    seen_version: int,
    user_id: int | None,
    index: int,
    entity_type: str,
    value: str,
    start: int | None = None,
    end: int | None = None,
) -> TicketView:
    """Change the type and/or value of the span at `index`."""
    current = _current_entities(session, ticket_id, index)
    current[index] = {"type": entity_type, "value": value, "start": start, "end": end}
    return set_entities(session, ticket_id, seen_version, user_id, current)


def preview_tool_call(
    session: Session, ticket_id: int, index: int | None, name: str, arguments: dict[str, Any] | str
) -> ToolPreview:
    """Re-run the ticket's calls with call `index` replaced (None: appended) as a preview: nothing is saved and
    side effects are rolled back. Invalid tool names or arguments raise ReviewError."""
    ticket, draft = _ticket_and_draft(session, ticket_id)
    state = _state(session, draft)
    calls = list(state.tool_calls)
    call = _parse_call(name, arguments)
    if index is None or index == len(calls):
        index = len(calls)
        calls.append(call)
    elif 0 <= index < len(calls):
        calls[index] = call
    else:
        raise ReviewError(f"Araç çağrısı {index + 1} yok. (No tool call #{index + 1}.)")
    return _preview(session, ticket, state, calls, index)


def fix_tool_call(
    session: Session,
    ticket_id: int,
    seen_version: int,
    user_id: int | None,
    index: int | None,
    name: str,
    arguments: dict[str, Any] | str,
) -> ToolPreview:
    """Save a fixed (or added, `index` None) tool call after previewing it; the reply is re-composed from the
    preview results. Side effects still wait for approve. Returns the preview that was saved."""
    _open(session, ticket_id, seen_version, user_id)
    preview = preview_tool_call(session, ticket_id, index, name, arguments)
    _save_calls(session, ticket_id, seen_version, user_id, preview)
    return preview


def remove_tool_call(
    session: Session, ticket_id: int, seen_version: int, user_id: int | None, index: int
) -> ToolPreview:
    """Drop the tool call at `index` (e.g. a call the ticket does not need); the reply is re-composed."""
    ticket, draft = _open(session, ticket_id, seen_version, user_id)
    state = _state(session, draft)
    if not 0 <= index < len(state.tool_calls):
        raise ReviewError(f"Araç çağrısı {index + 1} yok. (No tool call #{index + 1}.)")
    calls = state.tool_calls[:index] + state.tool_calls[index + 1 :]
    preview = _preview(session, ticket, state, calls, None)
    _save_calls(session, ticket_id, seen_version, user_id, preview)
    return preview


def resolve_spans(text: str, entities: list[dict[str, Any]], contract: Contract | None = None) -> list[dict[str, Any]]:
    """Validated spans `{type, value, start, end}` for `text`, sorted and without duplicates (ReviewError)."""
    contract = contract or load_contract()
    known = contract.entity_type_ids
    spans: dict[tuple[str, int, int], dict[str, Any]] = {}
    for number, entity in enumerate(entities, start=1):
        kind = entity.get("type") if isinstance(entity.get("type"), str) else None
        value = entity.get("value")
        value = value.strip() if isinstance(value, str) else ""
        if not kind and not value:
            continue  # a blank row of an edited table
        if not kind:
            raise ReviewError(f"Varlık {number} ({value!r}): tür seçin. (Choose a type for the new row.)")
        if kind not in known:
            raise ReviewError(
                f"Varlık {number}: bilinmeyen tür {kind!r}; şunlardan biri olmalı: {', '.join(known)}. "
                f"(Unknown entity type.)"
            )
        if not value:
            raise ReviewError(f"Varlık {number} ({kind}): değer boş. (Empty value.)")
        if _PLACEHOLDER.fullmatch(value):
            raise ReviewError(f"Varlık {number} ({kind}): maskelenmiş kişisel veri varlık olamaz. (PII is no entity.)")
        if kind == "order_number" and len(digits_only(value)) not in ORDER_NUMBER_DIGITS:
            raise ReviewError(
                f"Varlık {number}: sipariş numarası 8-11 rakam olmalı, {value!r} değil. "
                f"(An order number has 8 to 11 digits.)"
            )
        start, end = _offset(entity.get("start")), _offset(entity.get("end"))
        found = [(start, end)] if span_holds(text, start, end, value) else locate(value, text)
        if not found:
            raise ReviewError(
                f"Varlık {number} ({kind}): {value!r} talep metninde geçmiyor. (The value is not in the ticket text.)"
            )
        for start, end in found:
            spans[(kind, start, end)] = {"type": kind, "value": text[start:end], "start": start, "end": end}
    return sorted(spans.values(), key=lambda span: (span["start"], span["end"], span["type"]))


# ── Internals ─────────────────────────────────────────────────────────────────────────────────────


@dataclass
class _State:
    """The reviewed state of a draft: the bot's fields with the corrections applied in order."""

    intent: str | None
    entities: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]
    reply: str
    corrected: set[str]


@dataclass(frozen=True)
class _Derived:
    calls: list[dict[str, Any]]
    results: list[dict[str, Any]]
    reply: str


def _state(session: Session, draft: Draft) -> _State:
    state = _State(draft.intent, list(draft.entities or []), list(draft.tool_calls or []), draft.reply, set())
    corrections = session.exec(
        select(Correction).where(Correction.draft_id == draft.id).order_by(col(Correction.id))
    ).all()
    for correction in corrections:
        if correction.field in CORRECTED_FIELDS:
            setattr(state, correction.field, correction.after)
            state.corrected.add(correction.field)
    state.entities = list(state.entities or [])
    state.tool_calls = list(state.tool_calls or [])
    state.reply = state.reply or ""
    return state


def _current_entities(session: Session, ticket_id: int, index: int | None = None) -> list[dict[str, Any]]:
    """A copy of the ticket's entities as corrected so far; with `index`, refuses one that does not exist."""
    _, draft = _ticket_and_draft(session, ticket_id)
    current = list(_state(session, draft).entities)
    if index is not None and not 0 <= index < len(current):
        raise ReviewError(f"Varlık {index + 1} yok. (No entity #{index + 1}.)")
    return current


def _with_text_entities(session: Session, ticket: Ticket, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`entities` plus the rule extractor's finds in the ticket text that overlap none of them (the agent's
    and the bot's spans win), sorted by position."""
    added = [
        found.to_dict()
        for found in extract(ticket.text, known_facts(session, ticket.customer_id))
        if not any(found.start < e["end"] and e["start"] < found.end for e in entities)
    ]
    return sorted([*entities, *added], key=lambda span: (span["start"], span["end"], span["type"]))


def _corrected_intents(session: Session, draft_ids: list[int]) -> dict[int, str]:
    """Draft id -> the intent an agent last corrected it to, for drafts with an intent correction: the queue
    table shows what the screen shows, not the bot's first guess."""
    if not draft_ids:
        return {}
    statement = (
        select(Correction.draft_id, Correction.after)
        .where(col(Correction.draft_id).in_(draft_ids), Correction.field == "intent")
        .order_by(col(Correction.id))
    )
    return {draft_id: after for draft_id, after in session.exec(statement) if isinstance(after, str)}


def _matches(ticket: Ticket, search: str) -> bool:
    """Whether a queue search (see QueueFilters.search) finds this ticket."""
    query = search.strip()
    if not query:
        return True
    digits = digits_only(query)
    if digits and len(digits) == len(query.lstrip("#").replace(" ", "").replace("-", "")):
        if ticket.customer_id is not None and digits == str(ticket.customer_id):
            return True
        if len(digits) >= 4 and digits in digits_only(ticket.text):
            return True
    folded = " ".join(fold_ascii(query).split())
    return bool(folded) and folded in " ".join(fold_ascii(ticket.text).split())


def _ticket_and_draft(session: Session, ticket_id: int) -> tuple[Ticket, Draft]:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise ReviewError(f"Talep #{ticket_id} yok. (No ticket #{ticket_id}.)")
    draft = latest_draft(session, ticket_id)
    if draft is None:
        raise ReviewError(f"Talep #{ticket_id} için henüz taslak yok. (Ticket #{ticket_id} has no draft yet.)")
    return ticket, draft


def _open(session: Session, ticket_id: int, seen_version: int, user_id: int | None) -> tuple[Ticket, Draft]:
    """The ticket and its draft, if still at `seen_version`, awaiting review and not claimed by another agent."""
    session.rollback()  # end any open transaction: read the row as it is now, not as this session last saw it
    ticket, draft = _ticket_and_draft(session, ticket_id)
    if ticket.version != seen_version:
        raise _stale(session, ticket_id, seen_version)
    if ticket.status != DRAFTED:
        raise ReviewError(
            f"Talep #{ticket_id} inceleme beklemiyor (durum: {ticket.status}). (Ticket is not awaiting review.)"
        )
    holder = ticket_claim(session, ticket_id, user_id) if user_id is not None else None
    if holder is not None and holder.holder_id is not None and not holder.mine:
        raise ReviewError(
            f"Talep #{ticket_id} üzerinde {holder.holder} çalışıyor ({clock(holder.expires_at)} saatine kadar). "
            f"(Another agent is working on this ticket.)"
        )
    return ticket, draft


def _claim(session: Session, ticket: Ticket, seen_version: int, **values: Any) -> None:
    """Bump the version if it is still `seen_version` (one conditional UPDATE: only one writer can match)."""
    statement = (
        update(Ticket)
        .where(col(Ticket.id) == ticket.id, col(Ticket.version) == seen_version)
        .values(version=seen_version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    ticket_id = ticket.id
    try:
        matched = session.exec(statement).rowcount
    except OperationalError:  # SQLite's "database is locked" when the other writer held on for too long
        session.rollback()
        stale = _stale(session, ticket_id, seen_version)
        if stale.current_version != seen_version:
            raise stale from None
        raise
    if matched != 1:
        session.rollback()
        raise _stale(session, ticket_id, seen_version)
    session.expire(ticket)


def _stale(session: Session, ticket_id: int, seen_version: int) -> StaleTicketError:
    session.expire_all()
    ticket = session.get(Ticket, ticket_id)
    change = _last_change(session, ticket_id)
    return StaleTicketError(
        ticket_id,
        seen_version,
        ticket.version if ticket else None,
        change[0] if change else None,
        change[1] if change else None,
    )


def _last_change(session: Session, ticket_id: int) -> tuple[str, datetime] | None:
    """Who made the ticket's latest correction and when."""
    row = session.exec(
        select(Correction, User)
        .join(User, col(User.id) == Correction.user_id, isouter=True)
        .where(Correction.ticket_id == ticket_id)
        .order_by(col(Correction.id).desc())
    ).first()
    if row is None:
        return None
    correction, user = row
    who = f"{user.display_name} ({user.username})" if user is not None else correction.role
    return who, aware_utc(correction.created_at)


@contextmanager
def _saving(session: Session) -> Iterator[None]:
    """One action's writes: committed together on success, rolled back on any error.

    Any transaction still open from reading or previewing is ended first, so the claim's UPDATE starts a
    fresh one and sees the latest committed version (SQLite would otherwise refuse the write outright).
    """
    session.rollback()
    try:
        yield
        session.commit()
    except BaseException:
        session.rollback()
        raise


def _correct(
    session: Session, ticket: Ticket, draft: Draft, user_id: int | None, field_name: str, before: Any, after: Any
) -> None:
    session.add(
        Correction(
            ticket_id=ticket.id,
            draft_id=draft.id,
            field=field_name,
            before=before,
            after=after,
            user_id=user_id,
            role=AGENT,
            source=SOURCE,
        )
    )


def _entity_objects(entities: list[dict[str, Any]]) -> list[Entity]:
    return [Entity(str(e["type"]), str(e["value"]), int(e["start"]), int(e["end"])) for e in entities]


def _plan(intent: str, entities: list[dict[str, Any]], text: str, contract: Contract) -> CallPlan:
    return plan_tool_calls(intent, _entity_objects(entities), text, contract)


def _derive(
    session: Session, ticket: Ticket, intent: str, entities: list[dict[str, Any]], contract: Contract
) -> _Derived:
    """Calls by the contract's rules, their preview results and the reply, as the bot drafts them."""
    plan = _plan(intent, entities, ticket.text, contract)
    results = preview_calls(session, ticket.customer_id, plan.calls, VAULT.get(ticket.id)) if plan.calls else []
    return _Derived(plan.calls, results, compose_reply(intent, results, plan.missing).text)


def _save_derived(
    session: Session, ticket: Ticket, draft: Draft, user_id: int | None, state: _State, derived: _Derived
) -> None:
    if derived.calls != state.tool_calls:
        _correct(session, ticket, draft, user_id, "tool_calls", state.tool_calls, derived.calls)
    if derived.reply != state.reply:
        _correct(session, ticket, draft, user_id, "reply", state.reply, derived.reply)


def _missing(state: _State, text: str) -> str | None:
    """What the bot would ask the customer for when there are no calls (the order number, a product...)."""
    if state.tool_calls or not state.intent or not load_contract().has_intent(state.intent):
        return None
    return _plan(state.intent, state.entities, text, load_contract()).missing


def _results(session: Session, ticket: Ticket, draft: Draft, state: _State) -> list[dict[str, Any]]:
    """The current calls' results: the draft's own when the calls are the bot's, else a fresh preview."""
    stored = draft.tool_results or []
    if state.tool_calls == (draft.tool_calls or []) and len(stored) == len(state.tool_calls):
        return list(stored)
    if not state.tool_calls:
        return []
    return preview_calls(session, ticket.customer_id, state.tool_calls, VAULT.get(ticket.id))


def _parse_call(name: str, arguments: dict[str, Any] | str) -> dict[str, Any]:
    contract = load_contract()
    if not contract.has_tool(name):
        raise ReviewError(f"Bilinmeyen araç {name!r}. (Unknown tool {name!r}.)")
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments) if arguments.strip() else {}
        except json.JSONDecodeError as exc:
            raise ReviewError(f"Argümanlar geçerli JSON değil: {exc.msg}. (Arguments are not valid JSON.)") from None
    if not isinstance(arguments, dict):
        raise ReviewError('Argümanlar bir JSON nesnesi olmalı, ör. {"order_number": "..."}. (Must be an object.)')
    return {"name": name, "arguments": arguments}


def _preview(
    session: Session, ticket: Ticket, state: _State, calls: list[dict[str, Any]], index: int | None
) -> ToolPreview:
    results = preview_calls(session, ticket.customer_id, calls, VAULT.get(ticket.id)) if calls else []
    session.rollback()  # a preview leaves nothing behind, not even an open transaction
    bad = next((result for result in results if not result.get("ok")), None)
    if bad is not None:
        raise ReviewError(f"Geçersiz araç çağrısı: {bad.get('error')}. (Invalid tool call.)")
    # Store the arguments as the tool read them (an order number "4815 162-342" becomes "4815162342").
    calls = [{"name": result["name"], "arguments": result["arguments"]} for result in results]
    missing = None if calls else _missing(_State(state.intent, state.entities, [], state.reply, set()), ticket.text)
    reply = compose_reply(state.intent, results, missing)
    return ToolPreview(
        calls=calls,
        results=results,
        reply=reply.text,
        reply_source=reply.source,
        ungrounded=ungrounded_facts(reply.text, [*results, ticket.text]),
        index=index,
    )


def _save_calls(session: Session, ticket_id: int, seen_version: int, user_id: int | None, preview: ToolPreview) -> None:
    ticket, draft = _open(session, ticket_id, seen_version, user_id)
    state = _state(session, draft)
    if preview.calls == state.tool_calls and preview.reply == state.reply:
        return
    with _saving(session):
        _claim(session, ticket, seen_version)
        if preview.calls != state.tool_calls:
            _correct(session, ticket, draft, user_id, "tool_calls", state.tool_calls, preview.calls)
        if preview.reply != state.reply:
            _correct(session, ticket, draft, user_id, "reply", state.reply, preview.reply)
        record(
            session,
            user_id,
            "review.tool_calls_corrected",
            ticket_id=ticket.id,
            draft_id=draft.id,
            tools=[call["name"] for call in preview.calls],
        )


def _order_facts(session: Session, order: Order) -> OrderFacts:
    items = session.exec(
        select(OrderItem, Product)
        .join(Product, col(Product.id) == OrderItem.product_id)
        .where(OrderItem.order_id == order.id)
        .order_by(col(OrderItem.id))
    ).all()
    shipment = session.exec(select(Shipment).where(Shipment.order_id == order.id)).first()
    ret = session.exec(select(Return).where(Return.order_id == order.id).order_by(col(Return.id).desc())).first()
    refund = session.exec(select(Refund).where(Refund.order_id == order.id).order_by(col(Refund.id).desc())).first()
    return OrderFacts(
        order_number=order.order_number,
        status=order.status,
        status_text=ORDER_STATUSES.get(order.status, order.status),
        created_on=_day(order.created_at),
        total_text=format_try(order.total_kurus),
        payment_method=order.payment_method,
        seller=order.seller,
        items=[
            f"{item.quantity} × {product.name}" + (f" ({item.size})" if item.size else "") for item, product in items
        ],
        estimated_delivery=_day(shipment.estimated_delivery if shipment else order.estimated_delivery),
        carrier=shipment.carrier if shipment else None,
        tracking_number=shipment.tracking_number if shipment else None,
        delivered_on=_day(order.delivered_at),
        return_text=(
            f"{ret.return_number}: {RETURN_STATUSES.get(ret.status, ret.status)}, kod {ret.return_code}, "
            f"son gün {_day(ret.deadline)}"
            if ret
            else None
        ),
        refund_text=(
            f"{format_try(refund.amount_kurus)}: {REFUND_STATUSES.get(refund.status, refund.status)}, "
            f"beklenen {_day(refund.expected_date)}"
            if refund
            else None
        ),
    )


def _intent_label(contract: Contract, intent: str | None) -> str:
    if intent is None:
        return "(niyet yok)"
    return contract.intent(intent).label if contract.has_intent(intent) else intent


def _offset(value: Any) -> int | None:
    """An offset as an int; an edited table hands them over as floats, and NaN for a new row."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    return int(value) if float(value).is_integer() else None


def _span_keys(entities: list[dict[str, Any]]) -> set[tuple[Any, Any, Any]]:
    return {(e.get("type"), e.get("start"), e.get("end")) for e in entities}


def _local(moment: datetime) -> datetime:
    return aware_utc(moment).astimezone(TURKEY)


def clock(moment: datetime) -> str:
    """A moment as the agents' one time zone shows it: "14:05 TRT" (Turkey, UTC+3 all year)."""
    return f"{_local(moment):%H:%M} {TURKEY.tzname(None)}"


def local_day(moment: datetime) -> str:
    """A date and time in the agents' time zone: "05.12.2026 14:05 TRT"."""
    return f"{_local(moment):%d.%m.%Y} {clock(moment)}"


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = _local(value).date()
    return f"{value:%d.%m.%Y}"
