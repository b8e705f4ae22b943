"""`destek select` and `destek labelstudio ...`: fill the annotation queue and sync it with Label Studio."""

from __future__ import annotations

import typer
from rich.console import Console

from labeling.active import DEFAULT_STRATEGY, STRATEGIES

labelstudio_app = typer.Typer(no_args_is_help=True)
STRATEGY_HELP = "Active-learning strategy: " + ", ".join(STRATEGIES) + "."


def _fill(strategy: str, k: int, console: Console) -> list:
    from db.engine import migrated_engine
    from labeling.queue import QueueError, fill_queue

    engine = migrated_engine()
    try:
        return fill_queue(engine, strategy, k, progress=console.print)
    except QueueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None


def select(
    strategy: str = typer.Option(DEFAULT_STRATEGY, help=STRATEGY_HELP),
    k: int = typer.Option(50, min=1, help="How many tickets to queue."),
) -> None:
    """Queue the k unlabeled tickets most worth labeling (used by Streamlit and Label Studio)."""
    console = Console()
    tasks = _fill(strategy, k, console)
    if not tasks:
        console.print("The pool is empty: every ticket is labeled or already queued.")
        return
    console.print(f"Queued {len(tasks)} tickets in batch {tasks[0].batch} ({strategy}).")


def _client(console: Console):
    from labeling.labelstudio import LabelStudioError, connect

    try:
        return connect()
    except LabelStudioError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None


@labelstudio_app.command("push")
def push(
    k: int = typer.Option(50, min=1, help="How many tickets to select and send."),
    strategy: str = typer.Option(DEFAULT_STRATEGY, help=STRATEGY_HELP),
) -> None:
    """Select k tickets and import them into Label Studio with the bot's drafts as predictions."""
    from db.engine import make_engine
    from labeling.labelstudio import LabelStudioError, push as push_tasks

    console = Console()
    client = _client(console)
    tasks = _fill(strategy, k, console)
    if not tasks:
        console.print("Nothing to send: the pool is empty.")
        return
    try:
        summary = push_tasks(
            make_engine(),
            client,
            [t.ticket_id for t in tasks],
            strategy=strategy,
            scores={t.ticket_id: t.score for t in tasks},
            batch=tasks[0].batch,
        )
    except LabelStudioError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    console.print(
        f"Project {summary.project_id}: {len(summary.pushed)} tasks imported, "
        f"{len(summary.already_there)} already there."
    )


@labelstudio_app.command("pull")
def pull() -> None:
    """Bring annotations back as corrections (safe to repeat; bad annotations are reported and skipped)."""
    from db.engine import migrated_engine
    from labeling.labelstudio import LabelStudioError, pull as pull_annotations

    console = Console()
    client = _client(console)
    engine = migrated_engine()
    try:
        summary = pull_annotations(engine, client)
    except LabelStudioError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    for task_id, reason in summary.skipped:
        console.print(f"[yellow]task {task_id} skipped:[/] {reason}")
    console.print(f"{summary.created} new, {summary.updated} updated, {summary.unchanged} unchanged annotations.")


@labelstudio_app.command("webhook")
def webhook(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8765, help="Port to listen on."),
    register: str | None = typer.Option(None, help="Also register this public URL of the receiver with Label Studio."),
) -> None:
    """Receive ANNOTATION_CREATED / ANNOTATION_UPDATED webhooks and store them as they happen."""
    import os

    from db.engine import migrated_engine
    from labeling.labelstudio import ensure_project, register_webhook, serve_webhook

    console = Console()
    engine = migrated_engine()
    secret = os.environ.get("DESTEK_WEBHOOK_SECRET")
    if register:
        client = _client(console)
        register_webhook(client, ensure_project(client), register, secret)
        console.print(f"Registered {register} with Label Studio.")
    console.print(f"Listening on http://{host}:{port} (Ctrl+C to stop).")
    serve_webhook(host, port, engine, secret)
