"""`destek report`: the support lead's operations figures (serving/operations.py) as a table or as JSON."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.console import Console
from rich.table import Table


def _seconds(value: float | None) -> str:
    """A duration the way a lead reads it: 45 s, 12.5 min, 3.2 h."""
    if value is None:
        return "–"
    if value < 60:
        return f"{value:.0f} s"
    if value < 3600:
        return f"{value / 60:.1f} min"
    return f"{value / 3600:.1f} h"


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _usd(value: float | None) -> str:
    return "–" if value is None else f"${value:,.2f}"


def as_json(ops: Any) -> dict[str, Any]:
    """Every figure, JSON-ready (dates as ISO strings, times in seconds, money in US dollars)."""
    return {
        "days": ops.days,
        "intent": ops.intent,
        "time_zone": ops.time_zone,
        "start": ops.start.isoformat(),
        "now": ops.now.isoformat(),
        "tickets_in": ops.tickets_in,
        "auto_resolved": ops.auto_resolved,
        "human_handled": ops.human_handled,
        "approved": ops.approved,
        "escalated": ops.escalated,
        "closed": ops.closed,
        "auto_share": ops.auto_share,
        "human_share": ops.human_share,
        "first_answer_p50_s": ops.first_answer_p50_s,
        "first_answer_p95_s": ops.first_answer_p95_s,
        "backlog_now": ops.backlog_now,
        "cost": {
            "bot_rate_usd": ops.costs.rates.bot_usd,
            "human_rate_usd": ops.costs.rates.human_usd,
            "with_bot_usd": round(ops.costs.with_bot_usd, 4),
            "all_human_usd": round(ops.costs.all_human_usd, 4),
            "savings_usd": round(ops.costs.savings_usd, 4),
            "per_ticket_with_bot_usd": ops.cost_per_ticket_bot_usd,
            "per_ticket_all_human_usd": ops.cost_per_ticket_human_usd,
        },
        "daily": [
            {
                "day": d.day.isoformat(),
                "tickets_in": d.tickets_in,
                "auto_resolved": d.auto_resolved,
                "human_handled": d.human_handled,
                "backlog": d.backlog,
                "first_answer_p50_s": d.first_answer_p50_s,
                "first_answer_p95_s": d.first_answer_p95_s,
            }
            for d in ops.daily
        ],
        "agents": [{"agent": name, "handled": n} for name, n in ops.agent_totals()],
        "agents_daily": [{"agent": r.agent, "day": r.day.isoformat(), "handled": r.handled} for r in ops.agents],
    }


def report(
    days: int = typer.Option(7, "--days", min=1, max=366, help="The last N days (Turkey's time), today included."),
    intent: str | None = typer.Option(
        None, "--intent", help="Only tickets of this intent id (see `destek contract show`)."
    ),
    as_json_flag: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """Operations figures for the support lead: auto-resolved and human shares, time to first answer,
    backlog, agent throughput and cost per ticket with the bot against an all-human team."""
    from sqlmodel import Session

    from db.contract import load_contract
    from db.engine import migrated_engine
    from serving.operations import OperationsError, operations

    console = Console()
    contract = load_contract()
    if intent is not None and not contract.has_intent(intent):
        console.print(f"[red]error:[/] unknown intent {intent!r}; `destek contract show` lists the intent ids")
        raise typer.Exit(2)
    engine = migrated_engine()
    try:
        with Session(engine) as session:
            ops = operations(session, days=days, intent=intent)
    except OperationsError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if as_json_flag:
        typer.echo(json.dumps(as_json(ops), ensure_ascii=False, indent=2))
        return
    scope = f"intent {intent} ({contract.intent(intent).label})" if intent else "all intents"
    console.print(
        f"[bold]Operations[/], last {days} day(s) from {ops.start.astimezone(ops.now.tzinfo):%Y-%m-%d} "
        f"({ops.time_zone} days), {scope}"
    )
    if ops.empty:
        console.print(
            "No tickets in this window. Tickets arrive through `destek data import`, the API (`destek serve`) or "
            "`destek demo`; `destek draft` drafts them and agents approve or escalate them in the review queue."
        )
    summary = Table(show_header=True, header_style="bold")
    summary.add_column("figure")
    summary.add_column("value", justify="right")
    rates = ops.costs.rates
    for name, value in (
        ("tickets in", str(ops.tickets_in)),
        ("closed (auto + human)", str(ops.closed)),
        ("auto-resolved", f"{ops.auto_resolved} ({_share(ops.auto_share)})"),
        (
            "human-handled",
            f"{ops.human_handled} ({_share(ops.human_share)}): {ops.approved} approved, {ops.escalated} escalated",
        ),
        ("first answer P50", _seconds(ops.first_answer_p50_s)),
        ("first answer P95", _seconds(ops.first_answer_p95_s)),
        ("backlog now (awaiting a human)", str(ops.backlog_now)),
        (
            f"cost per ticket with the bot (${rates.bot_usd:g} bot, ${rates.human_usd:g} human)",
            _usd(ops.cost_per_ticket_bot_usd),
        ),
        ("cost per ticket all-human", _usd(ops.cost_per_ticket_human_usd)),
        ("cost with the bot / all-human", f"{_usd(ops.costs.with_bot_usd)} / {_usd(ops.costs.all_human_usd)}"),
        ("savings", _usd(ops.costs.savings_usd)),
    ):
        summary.add_row(name, value)
    console.print(summary)
    daily = Table(title=f"Per day ({ops.time_zone})", header_style="bold")
    for column in ("day", "in", "auto", "human", "backlog (end of day)", "first answer P50", "P95"):
        daily.add_column(column, justify="left" if column == "day" else "right")
    for d in ops.daily:
        daily.add_row(
            d.day.isoformat(), str(d.tickets_in), str(d.auto_resolved), str(d.human_handled), str(d.backlog),
            _seconds(d.first_answer_p50_s), _seconds(d.first_answer_p95_s),
        )  # fmt: skip
    console.print(daily)
    if ops.agents:
        agents = Table(title="Agents (approved + escalated)", header_style="bold")
        agents.add_column("agent")
        agents.add_column("handled", justify="right")
        agents.add_column("per day", justify="right")
        for name, n in ops.agent_totals():
            agents.add_row(name, str(n), f"{n / ops.days:.1f}")
        console.print(agents)
