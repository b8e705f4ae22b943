"""The support lead's operations figures: how much the bot answers, how fast customers hear back, what waits
for a human, who handles it, and what it costs with the bot against an all-human team.

The customer measures the project by these numbers, so they are computed in one place from the rows the app
already writes, and the operations page, `destek report` and the API's /metrics all show this module's result:

- a ticket's arrival is `Ticket.created_at`;
- the bot answers a ticket when it stores a draft routed "auto" (serving/drafting.py sets the ticket
  `auto_resolved` and the draft's `created_at` is the moment it was stored);
- a human handles a ticket when an agent approves or escalates its draft (serving/review.py writes one
  `Correction` with field "approve" or "escalate", who and when; the `AuditEvent` of the same action is the
  fallback for rows written before corrections carried a time);
- a ticket waits for a human from its first draft routed "human" until that decision.

Every day boundary is a day in Turkey's time (TRT, UTC+3, the zone the review app and the bot's tools use),
so "today" here is the agents' working day, not UTC's. The figures are computed in Python over the relevant
rows: exact, easy to check, and fast enough for the tens of thousands of tickets a day this app expects
(/metrics keeps the result for a few seconds so a scrape never repeats the work).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.models import AuditEvent, Correction, Draft, Ticket, User, aware_utc
from serving.drafting import AUTO_RESOLVED, DRAFTED
from serving.routing import ROUTE_AUTO, ROUTE_HUMAN
from serving.tools import TURKEY

#: The one time zone of every day boundary and every time shown, and how the UI names it.
TIME_ZONE = TURKEY
TIME_ZONE_LABEL = "TRT (UTC+3)"
#: Ticket statuses after a human decision (serving/review.py's APPROVED / ESCALATED; not imported from there,
#: which would pull the review actions into every reader of these figures).
APPROVED = "approved"
ESCALATED = "escalated"
#: The Correction fields that record a human decision on a ticket, and the audit actions that mirror them.
DECISIONS = {"approve": APPROVED, "escalate": ESCALATED}
DECISION_ACTIONS = {"review.approved": APPROVED, "review.escalated": ESCALATED}
#: Cost rates: the customer's reference, changed with these environment variables (US dollars per ticket).
COST_BOT_ENV = "DESTEK_COST_BOT_USD"
COST_HUMAN_ENV = "DESTEK_COST_HUMAN_USD"
DEFAULT_COST_BOT_USD = 0.08
DEFAULT_COST_HUMAN_USD = 1.50
#: Decisions without a user (the command line, a script) are shown under this name.
UNKNOWN_AGENT = "(bilinmeyen kullanıcı)"
MAX_DAYS = 366


class OperationsError(ValueError):
    """A figure cannot be computed as asked (a bad cost rate, a bad window); the message says what to fix."""


@dataclass(frozen=True)
class CostRates:
    """What one ticket costs when the bot answers it and when a human handles it (US dollars)."""

    bot_usd: float = DEFAULT_COST_BOT_USD
    human_usd: float = DEFAULT_COST_HUMAN_USD

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> CostRates:
        """The rates from DESTEK_COST_BOT_USD / DESTEK_COST_HUMAN_USD (defaults 0.08 and 1.50).

        A rate that is not a finite number of at least 0 raises OperationsError naming the variable: a typo in
        a deployment must not turn into silent, plausible-looking savings."""
        env = os.environ if env is None else env
        return cls(
            bot_usd=_rate(env, COST_BOT_ENV, DEFAULT_COST_BOT_USD),
            human_usd=_rate(env, COST_HUMAN_ENV, DEFAULT_COST_HUMAN_USD),
        )


def _rate(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise OperationsError(f"{name}={raw!r} is not a number: give US dollars per ticket, e.g. {default}") from None
    if not math.isfinite(value) or value < 0:
        raise OperationsError(f"{name}={raw!r} must be a finite amount of at least 0 US dollars per ticket")
    return value


@dataclass(frozen=True)
class DayFigures:
    """One working day (TRT) of the window."""

    day: date
    tickets_in: int
    auto_resolved: int
    human_handled: int
    #: Tickets waiting for a human at the end of the day (at `now` for today).
    backlog: int
    #: First-answer times of the tickets answered that day, P50 and P95 in seconds (None: none answered).
    first_answer_p50_s: float | None
    first_answer_p95_s: float | None


@dataclass(frozen=True)
class AgentDay:
    """How many tickets one agent approved or escalated on one day."""

    agent: str
    day: date
    handled: int
    #: The user's id (None: a decision made without a signed-in user); /metrics labels agents by it.
    agent_id: int | None = None


@dataclass(frozen=True)
class Costs:
    """The window's closed tickets priced with the bot and as if humans had handled every one."""

    rates: CostRates
    with_bot_usd: float
    all_human_usd: float

    @property
    def savings_usd(self) -> float:
        return self.all_human_usd - self.with_bot_usd


@dataclass(frozen=True)
class Operations:
    """Every figure for one window (the last `days` TRT days, today included), optionally for one intent."""

    days: int
    intent: str | None
    start: datetime
    now: datetime
    tickets_in: int
    auto_resolved: int
    human_handled: int
    approved: int
    escalated: int
    first_answer_p50_s: float | None
    first_answer_p95_s: float | None
    #: Tickets awaiting a human now ("drafted"), whatever day they arrived.
    backlog_now: int
    daily: list[DayFigures]
    agents: list[AgentDay]
    costs: Costs
    time_zone: str = TIME_ZONE_LABEL

    @property
    def closed(self) -> int:
        """Tickets the bot answered or a human decided in the window: the base of the shares and the costs."""
        return self.auto_resolved + self.human_handled

    @property
    def auto_share(self) -> float | None:
        return self.auto_resolved / self.closed if self.closed else None

    @property
    def human_share(self) -> float | None:
        return self.human_handled / self.closed if self.closed else None

    @property
    def cost_per_ticket_bot_usd(self) -> float | None:
        return self.costs.with_bot_usd / self.closed if self.closed else None

    @property
    def cost_per_ticket_human_usd(self) -> float | None:
        return self.costs.all_human_usd / self.closed if self.closed else None

    @property
    def empty(self) -> bool:
        """Nothing happened in the window and nothing waits: the UI explains what fills these figures."""
        return not (self.tickets_in or self.closed or self.backlog_now)

    def agent_totals(self) -> list[tuple[str, int]]:
        """(agent, tickets handled in the window), busiest first."""
        totals: Counter[str] = Counter()
        for row in self.agents:
            totals[row.agent] += row.handled
        return sorted(totals.items(), key=lambda item: (-item[1], item[0]))

    def agent_id_totals(self) -> list[tuple[int | None, int]]:
        """(user id, tickets handled in the window): the same as `agent_totals`, without names."""
        totals: Counter[int | None] = Counter()
        for row in self.agents:
            totals[row.agent_id] += row.handled
        return sorted(totals.items(), key=lambda item: (-item[1], item[0] or 0))


def percentile(values: Iterable[float], p: float) -> float | None:
    """The nearest-rank percentile: the smallest value with at least p% of the values at or below it.

    Nearest rank always returns a time that a real ticket waited (no interpolation between two tickets), so a
    lead can find the ticket behind a P95; None for no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def local_day(moment: datetime) -> date:
    """The TRT day of a stored timestamp (SQLite hands them back naive; they were written as UTC)."""
    return aware_utc(moment).astimezone(TIME_ZONE).date()


@dataclass
class _TicketFacts:
    created_at: datetime
    status: str
    intent: str | None = None
    answered_at: datetime | None = None  # bot's auto draft stored, or the agent's approval
    queued_at: datetime | None = None  # first draft routed to a human
    decided_at: datetime | None = None  # approve / escalate
    decision: str | None = None
    decided_by: str | None = None
    decided_by_id: int | None = None
    auto_at: datetime | None = None
    first_answer_s: float | None = field(default=None)


def operations(
    session: Session,
    *,
    days: int = 7,
    intent: str | None = None,
    now: datetime | None = None,
    rates: CostRates | None = None,
) -> Operations:
    """The operations figures for the last `days` TRT days (today included), narrowed to tickets whose intent is
    `intent` when given.

    Definitions (each counted for the day, in TRT, on which it happened):

    - tickets in: tickets created in the window;
    - auto-resolved: tickets whose draft routed "auto" was stored in the window;
    - human-handled: tickets an agent approved or escalated in the window (approved and escalated are also
      given apart);
    - auto / human share: of the tickets closed in the window (auto-resolved + human-handled), so the two
      add up to 1 and the share does not depend on how much still waits;
    - time to first answer: for a ticket answered in the window, from its creation to the first answer the
      customer gets: the storing of the auto draft, or the agent's approval. Escalated tickets are handed on,
      not answered, and count in no time. P50/P95 are nearest-rank percentiles (see `percentile`);
    - backlog now: tickets that wait for a human now (status "drafted"); per day, the tickets whose first
      human-routed draft was stored by the end of the day and that no agent had decided by then;
    - throughput: approvals and escalations per agent (display name) per day;
    - costs: auto-resolved tickets at the bot rate plus human-handled ones at the human rate, against every
      closed ticket at the human rate; the savings are the difference.

    A ticket's intent is the one an agent last corrected it to, else its latest draft's; a ticket without a
    draft has no intent and is left out when filtering by intent.
    """
    if days < 1 or days > MAX_DAYS:
        raise OperationsError(f"days must be between 1 and {MAX_DAYS}, not {days}")
    rates = rates or CostRates.from_env()
    now = aware_utc(now or datetime.now(UTC))
    today = now.astimezone(TIME_ZONE).date()
    first_day = today - timedelta(days=days - 1)
    start = datetime.combine(first_day, datetime.min.time(), TIME_ZONE).astimezone(UTC)
    facts = _ticket_facts(session)
    if intent is not None:
        facts = {tid: f for tid, f in facts.items() if f.intent == intent}

    window = [first_day + timedelta(days=i) for i in range(days)]
    in_window = set(window)
    tickets_in: Counter[date] = Counter()
    auto: Counter[date] = Counter()
    human: Counter[date] = Counter()
    answer_times: dict[date, list[float]] = defaultdict(list)
    handled: Counter[tuple[str, int | None, date]] = Counter()
    approved = escalated = 0
    for fact in facts.values():
        if (day := local_day(fact.created_at)) in in_window and fact.created_at <= now:
            tickets_in[day] += 1
        if fact.auto_at is not None and (day := local_day(fact.auto_at)) in in_window:
            auto[day] += 1
        if fact.decided_at is not None and (day := local_day(fact.decided_at)) in in_window:
            human[day] += 1
            handled[(fact.decided_by or UNKNOWN_AGENT, fact.decided_by_id, day)] += 1
            approved += fact.decision == APPROVED
            escalated += fact.decision == ESCALATED
        if fact.answered_at is not None and (day := local_day(fact.answered_at)) in in_window:
            answer_times[day].append(max(0.0, (fact.answered_at - fact.created_at).total_seconds()))

    daily = []
    for day in window:
        end = min(now, datetime.combine(day + timedelta(days=1), datetime.min.time(), TIME_ZONE).astimezone(UTC))
        daily.append(
            DayFigures(
                day=day,
                tickets_in=tickets_in[day],
                auto_resolved=auto[day],
                human_handled=human[day],
                backlog=sum(1 for f in facts.values() if _waiting_at(f, end)),
                first_answer_p50_s=percentile(answer_times[day], 50),
                first_answer_p95_s=percentile(answer_times[day], 95),
            )
        )
    all_times = [t for times in answer_times.values() for t in times]
    n_auto, n_human = sum(auto.values()), sum(human.values())
    return Operations(
        days=days,
        intent=intent,
        start=start,
        now=now,
        tickets_in=sum(tickets_in.values()),
        auto_resolved=n_auto,
        human_handled=n_human,
        approved=approved,
        escalated=escalated,
        first_answer_p50_s=percentile(all_times, 50),
        first_answer_p95_s=percentile(all_times, 95),
        backlog_now=sum(1 for f in facts.values() if f.status == DRAFTED),
        daily=daily,
        agents=sorted(
            (AgentDay(agent, day, n, uid) for (agent, uid, day), n in handled.items()), key=lambda r: (r.day, r.agent)
        ),
        costs=Costs(
            rates=rates,
            with_bot_usd=n_auto * rates.bot_usd + n_human * rates.human_usd,
            all_human_usd=(n_auto + n_human) * rates.human_usd,
        ),
    )


def _waiting_at(fact: _TicketFacts, moment: datetime) -> bool:
    """Whether the ticket waited for a human at `moment`."""
    if fact.queued_at is None or fact.queued_at > moment:
        return False
    if fact.decided_at is not None:
        return fact.decided_at > moment
    return fact.status == DRAFTED  # an undecided ticket that left the queue otherwise (redrafted) no longer waits


def _ticket_facts(session: Session) -> dict[int, _TicketFacts]:
    """Per ticket: arrival, status, intent, first human queueing, the bot's answer and the human decision."""
    facts = {
        tid: _TicketFacts(created_at=aware_utc(created), status=status)
        for tid, created, status in session.exec(select(Ticket.id, Ticket.created_at, Ticket.status)).all()
        if tid is not None
    }
    drafts = session.exec(
        select(Draft.ticket_id, Draft.intent, Draft.route, Draft.created_at).order_by(col(Draft.id))
    ).all()
    for ticket_id, intent, route, created in drafts:
        fact = facts.get(ticket_id)
        if fact is None:
            continue
        fact.intent = intent  # the latest draft's wins (ordered by id)
        if route == ROUTE_HUMAN and fact.queued_at is None:
            fact.queued_at = aware_utc(created)
        if route == ROUTE_AUTO and fact.status == AUTO_RESOLVED:
            fact.auto_at = aware_utc(created)  # the latest auto draft is the one that resolved it
    names = dict(session.exec(select(User.id, User.display_name)).all())
    corrections = session.exec(
        select(Correction.ticket_id, Correction.field, Correction.after, Correction.user_id, Correction.created_at)
        .where(col(Correction.field).in_(["intent", *DECISIONS]))
        .order_by(col(Correction.id))
    ).all()
    for ticket_id, field_name, after, user_id, created in corrections:
        fact = facts.get(ticket_id)
        if fact is None:
            continue
        if field_name == "intent":
            if isinstance(after, str) and after:
                fact.intent = after
        elif fact.decided_at is None:
            _decide(fact, DECISIONS[field_name], aware_utc(created), user_id, names)
    undecided = {tid for tid, f in facts.items() if f.decided_at is None and f.status in (APPROVED, ESCALATED)}
    if undecided:
        events = session.exec(
            select(AuditEvent.action, AuditEvent.details, AuditEvent.user_id, AuditEvent.created_at)
            .where(col(AuditEvent.action).in_(list(DECISION_ACTIONS)))
            .order_by(col(AuditEvent.id))
        ).all()
        for action, details, user_id, created in events:
            ticket_id = (details or {}).get("ticket_id")
            if ticket_id in undecided and facts[ticket_id].decided_at is None:
                _decide(facts[ticket_id], DECISION_ACTIONS[action], aware_utc(created), user_id, names)
    for fact in facts.values():
        if fact.auto_at is not None:
            fact.answered_at = fact.auto_at
        elif fact.decision == APPROVED:
            fact.answered_at = fact.decided_at
    return facts


def _decide(fact: _TicketFacts, decision: str, at: datetime, user_id: int | None, names: dict[int, str]) -> None:
    fact.decision, fact.decided_at = decision, at
    fact.decided_by_id, fact.decided_by = user_id, names.get(user_id) if user_id is not None else None


# ── The same figures for Prometheus ──────────────────────────────────────────────────────────────


class OperationsCollector:
    """A Prometheus collector with the operations figures of the last `days` TRT days, read from the database
    at scrape time and kept for `ttl_s` seconds. Labels carry no ticket text and no person's name: agents
    appear by user id only."""

    def __init__(
        self, engine: Engine, *, days: int = 1, ttl_s: float = 15.0, clock: Callable[[], float] = time.monotonic
    ):
        self._engine, self._days, self._ttl, self._clock = engine, days, ttl_s, clock
        self._lock = threading.Lock()
        self._cached: tuple[float, list] | None = None

    def collect(self) -> list:
        with self._lock:
            if self._cached is None or self._clock() - self._cached[0] > self._ttl:
                self._cached = (self._clock(), self._families())
            return self._cached[1]

    def _families(self) -> list:
        from prometheus_client.core import GaugeMetricFamily

        try:
            rates = CostRates.from_env()
        except OperationsError:
            rates = CostRates()  # the page and the CLI report the bad rate; a scrape must not fail on it
        with Session(self._engine) as session:
            ops = operations(session, days=self._days, rates=rates)
        window = f"{self._days}d"

        def gauge(name: str, doc: str, value: float | None, **labels: str) -> GaugeMetricFamily:
            family = GaugeMetricFamily(name, doc, labels=["window", *labels])
            if value is not None:
                family.add_metric([window, *labels.values()], value)
            return family

        first_answer = GaugeMetricFamily(
            "destek_ops_first_answer_seconds", "Time to first answer (TRT days)", labels=["window", "quantile"]
        )
        for quantile, value in (("0.5", ops.first_answer_p50_s), ("0.95", ops.first_answer_p95_s)):
            if value is not None:
                first_answer.add_metric([window, quantile], value)
        handled = GaugeMetricFamily(
            "destek_ops_agent_handled",
            "Tickets approved or escalated per agent (user id)",
            labels=["window", "agent_id"],
        )
        for agent_id, count in ops.agent_id_totals():
            handled.add_metric([window, "unknown" if agent_id is None else str(agent_id)], count)
        cost = GaugeMetricFamily("destek_ops_cost_per_ticket_usd", "Cost per closed ticket", labels=["window", "mode"])
        for mode, value in (("with_bot", ops.cost_per_ticket_bot_usd), ("all_human", ops.cost_per_ticket_human_usd)):
            if value is not None:
                cost.add_metric([window, mode], value)
        return [
            gauge("destek_ops_tickets_in", "Tickets created", ops.tickets_in),
            gauge("destek_ops_auto_resolved", "Tickets the bot answered", ops.auto_resolved),
            gauge("destek_ops_human_handled", "Tickets an agent approved or escalated", ops.human_handled),
            gauge("destek_ops_auto_resolved_share", "Auto-resolved share of closed tickets", ops.auto_share),
            gauge("destek_ops_human_share", "Human-handled share of closed tickets", ops.human_share),
            first_answer,
            GaugeMetricFamily("destek_ops_backlog", "Tickets awaiting a human now", value=ops.backlog_now),
            handled,
            cost,
            gauge("destek_ops_savings_usd", "Savings against an all-human team", ops.costs.savings_usd),
        ]


# ── Live draft quality, before any eval ──────────────────────────────────────────────────────────


@dataclass(frozen=True)
class RouteCount:
    """How many stored drafts took one route for one reason (serving/routing.py's reason ids)."""

    route: str
    reason: str
    label: str
    count: int


@dataclass(frozen=True)
class DraftDay:
    day: date
    valid: int
    invalid: int


@dataclass(frozen=True)
class DraftQuality:
    """What the bot's stored drafts say about its quality, with no labelled eval set: how many parsed into a
    valid contract answer (`Draft.valid`, set by serving/output.py's checks), and where and why they were routed.

    The ML lead sees these from the first drafted ticket on, long before anyone builds a held-out file."""

    days: int | None
    drafts: int
    valid: int
    routes: list[RouteCount]
    daily: list[DraftDay]

    @property
    def invalid(self) -> int:
        return self.drafts - self.valid

    @property
    def valid_share(self) -> float | None:
        return self.valid / self.drafts if self.drafts else None

    @property
    def auto_share(self) -> float | None:
        auto = sum(r.count for r in self.routes if r.route == ROUTE_AUTO)
        return auto / self.drafts if self.drafts else None


def draft_quality(session: Session, *, days: int | None = None, now: datetime | None = None) -> DraftQuality:
    """Every draft stored in the last `days` TRT days (all drafts when None): valid or not, per day, and the
    route decisions by reason, most frequent first. A redrafted ticket counts each draft: each is one answer
    the model gave."""
    from serving.review import reason_id
    from serving.routing import REASONS

    now = aware_utc(now or datetime.now(UTC))
    statement = select(Draft.valid, Draft.route, Draft.route_reason, Draft.created_at)
    if days is not None:
        first_day = now.astimezone(TIME_ZONE).date() - timedelta(days=days - 1)
        start = datetime.combine(first_day, datetime.min.time(), TIME_ZONE).astimezone(UTC)
        statement = statement.where(col(Draft.created_at) >= start)
    rows = session.exec(statement).all()
    routes: Counter[tuple[str, str]] = Counter()
    per_day: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for valid, route, reason, created in rows:
        routes[(route, reason_id(reason or ""))] += 1
        per_day[local_day(created)][0 if valid else 1] += 1
    return DraftQuality(
        days=days,
        drafts=len(rows),
        valid=sum(1 for valid, *_ in rows if valid),
        routes=[
            RouteCount(route, reason, REASONS.get(reason, "Diğer (other)"), n)
            for (route, reason), n in sorted(routes.items(), key=lambda item: (-item[1], item[0]))
        ],
        daily=[DraftDay(day, valid, invalid) for day, (valid, invalid) in sorted(per_day.items())],
    )
