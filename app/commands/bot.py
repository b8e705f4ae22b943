"""`destek draft` and `destek eval`: the bot on the pending queue, and the bot on a labelled file."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=False
    )


def _bot_options(backend: str | None, model: str | None, adapter: str | None):
    from dataclasses import replace

    from serving.factory import BotSettings

    settings = BotSettings.from_env()
    return replace(
        settings,
        backend=backend or settings.backend,
        model=model or settings.model,
        adapter=adapter or settings.adapter,
    )


def draft(
    limit: int | None = typer.Option(None, min=1, help="Draft at most this many pending tickets."),
    backend: str | None = typer.Option(None, help="local (embedded model) or vllm; default $DESTEK_BACKEND."),
    model: str | None = typer.Option(None, help="Model name or folder; default the embedded model."),
    adapter: str | None = typer.Option(None, help="LoRA adapter folder or served name; default the active one."),
    watch: bool = typer.Option(
        False, "--watch", help="Keep running: draft new, failed (after their delay) and agent-retried tickets."
    ),
) -> None:
    """Draft every pending ticket (oldest first) and every failed one, and store the drafts for review."""
    from app.commands.database import install_default_adapter
    from db.engine import init_db, make_engine
    from serving.drafting import BackgroundDrafter, DraftingPolicy, draft_pending
    from serving.factory import make_bot
    from training.metrics import latency_percentiles

    console = Console()
    engine = make_engine()
    init_db(engine)
    install_default_adapter(engine, console)
    with console.status("Loading the model ..."):
        bot = make_bot(_bot_options(backend, model, adapter), engine)
    started = time.perf_counter()
    with _progress() as progress:
        task = progress.add_task("Drafting", total=None)
        report = draft_pending(
            engine, bot, limit=limit, progress=lambda done, total: progress.update(task, completed=done, total=total)
        )
    for ticket_id, error in report.failed:
        console.print(
            f"[yellow]Ticket {ticket_id} could not be drafted ({error}); it is marked failed in the agent queue "
            "and retried by the next run, `destek draft --watch` or the API server.[/]"
        )
    if not report.drafted:
        console.print("No pending tickets." if not report.failed else "No ticket was drafted.")
    else:
        latency = latency_percentiles(report.latencies)
        console.print(
            f"Drafted {report.drafted} tickets in {time.perf_counter() - started:.0f} s: {report.auto} "
            f"auto-resolved, {report.human} to the human queue; latency P50 {latency['p50']:.2f} s, "
            f"P95 {latency['p95']:.2f} s."
        )
    if watch:
        policy = DraftingPolicy.from_env()
        console.print("Watching for new and failed tickets (Ctrl+C stops) ...")
        drafter = BackgroundDrafter(lambda: draft_pending(engine, bot, policy=policy)).start()
        try:
            while drafter.running:
                time.sleep(1)
        except KeyboardInterrupt:
            drafter.stop()


def evaluate(
    data: Path = typer.Option(..., exists=True, dir_okay=False, help="Labelled JSONL in the corpus format."),
    out: Path = typer.Option(..., help="Folder for report.json, report.md, predictions.jsonl and plots."),
    limit: int | None = typer.Option(None, min=1, help="Score only the first N tickets."),
    backend: str | None = typer.Option(None, help="local (embedded model) or vllm; default $DESTEK_BACKEND."),
    model: str | None = typer.Option(None, help="Model name or folder; default the embedded model."),
    adapter: str | None = typer.Option(None, help="LoRA adapter folder or served name; default the active one."),
    base: bool = typer.Option(False, "--base", help="Evaluate the base model even if an adapter is active."),
    seed: int = typer.Option(7, help="Demo backend seed, when the database has no commerce data of its own."),
) -> None:
    """Score the bot end to end on a labelled file and write the report, predictions and plots."""
    from app.commands.database import install_default_adapter
    from db.engine import init_db, make_engine
    from serving.factory import make_bot
    from training.evaluate import (
        EvalDataError,
        backend_engine_for,
        evaluate as run_eval,
        read_gold,
        store_report,
        write_outputs,
    )

    console = Console()
    try:
        tickets = read_gold(data)[:limit]
    except EvalDataError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    engine = make_engine()
    init_db(engine)
    install_default_adapter(engine, console)
    tools_engine = backend_engine_for(engine, seed=seed, progress=console.print)
    with console.status("Loading the model ..."):
        bot = make_bot(_bot_options(backend, model, adapter), None if base else engine)
    with _progress() as progress:
        task = progress.add_task(f"Evaluating {data.name}", total=len(tickets))
        report, predictions = run_eval(
            bot, tickets, tools_engine, progress=lambda done, total: progress.update(task, completed=done)
        )
    write_outputs(report, predictions, out)
    store_report(engine, report, data.name, out)
    console.print((out / "report.md").read_text(encoding="utf-8"))
