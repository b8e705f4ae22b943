"""`destek data ...`: the synthetic Turkish ticket corpus and ticket import."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console

app = typer.Typer(no_args_is_help=True)


@app.command("generate")
def generate(
    split: str = typer.Option(..., help="mini (1,000 labelled), heldout (5,000 for evaluation) or pool (50,000)."),
    n: int = typer.Option(..., min=1, help="How many tickets."),
    seed: int = typer.Option(7, help="Seed of the demo backend and of the generator."),
    out: Path = typer.Option(..., help="Output JSONL file."),
) -> None:
    """Write synthetic, labelled Turkish tickets (corpus format) that reference the demo backend."""
    from db.corpus import SPLITS, generate as generate_corpus, write_jsonl

    if split not in SPLITS:
        raise typer.BadParameter(f"split must be one of {', '.join(SPLITS)}", param_hint="--split")
    started = time.perf_counter()
    records = generate_corpus(split, n, seed)  # type: ignore[arg-type]
    write_jsonl(records, out)
    Console().print(f"Wrote {len(records)} {split} tickets to {out} in {time.perf_counter() - started:.1f} s.")


@app.command("import")
def import_file(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .jsonl (corpus format) or .csv file."),
) -> None:
    """Import tickets, masking personal data; bad rows are reported by line and the rest imported."""
    from db.engine import init_db, make_engine
    from serving.ingest import import_tickets

    console = Console()
    engine = make_engine()
    init_db(engine)
    try:
        report = import_tickets(engine, path)
    except ValueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    for line, message in report.errors:
        console.print(f"[yellow]line {line}:[/] {message}")
    console.print(
        f"Imported {report.imported} tickets, {report.duplicates} already present, {len(report.errors)} bad rows."
    )
    if any("customer" in message and "does not exist" in message for _, message in report.errors):
        console.print(
            "Generated tickets belong to the demo shop's customers: seed it first with `destek init --demo` "
            "(same seed as the tickets)."
        )
    if report.errors and not report.imported and not report.duplicates:
        raise typer.Exit(1)
