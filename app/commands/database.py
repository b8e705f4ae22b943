"""`destek init`: create or upgrade the schema, and optionally seed the demo backend and demo tickets."""

from __future__ import annotations

import time

import typer
from rich.console import Console

from db.engine import database_url, init_db, make_engine

DEMO_TICKETS = 300


def install_default_adapter(engine, console: Console) -> None:
    """Serve the adapter shipped in training/shipped/ unless another adapter is already active; a damaged
    shipped folder is reported by name and the bot drafts with the base model."""
    from training.bootstrap import register_shipped

    try:
        adapter = register_shipped(engine)
    except ValueError as exc:
        console.print(f"[yellow]Warning: the shipped adapter cannot be used ({exc}); drafting with the base model.[/]")
        return
    if adapter is not None:
        console.print(f"Active adapter: [bold]{adapter.name}[/] (shipped, {adapter.path}/manifest.json).")


def init(
    demo: bool = typer.Option(False, "--demo", help="Seed the demo commerce backend and import demo tickets."),
    seed: int = typer.Option(7, help="Seed of the demo backend and tickets (same seed, same data)."),
    tickets: int = typer.Option(DEMO_TICKETS, help="How many demo tickets to import as pending."),
) -> None:
    """Create or upgrade the schema (idempotent); with --demo also seed data into an empty database."""
    console = Console()
    engine = make_engine()
    started = time.perf_counter()
    init_db(engine)
    console.print(f"Schema is up to date at [bold]{engine.url.render_as_string(hide_password=True)}[/].")
    install_default_adapter(engine, console)
    if not demo:
        return
    from serving.demo import seed_demo_database

    summary = seed_demo_database(engine, seed=seed, n_tickets=tickets, progress=console.print)
    for table, count in summary.items():
        console.print(f"  {table:<18} {count:>7}")
    console.print(f"Demo data ready in {time.perf_counter() - started:.1f} s ({database_url()}).")
