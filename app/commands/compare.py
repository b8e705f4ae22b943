"""`destek compare`: the same evaluation with several base models, side by side (training/compare.py)."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from app.commands.bot import _progress

BASES_HELP = (
    "Comma-separated bases: vLLM registry names (qwen2.5-7b-awq, llama3.1-8b-awq, gemma3-270m-cpu) or embedded "
    "models run in-process (gemma3-270m, smollm2-135m)."
)


def compare(
    bases: str = typer.Option(..., "--bases", help=BASES_HELP),
    data: Path = typer.Option(..., "--data", help="Labelled JSONL in the corpus format (the held-out set)."),
    out: Path = typer.Option(Path("comparison"), help="Folder for comparison.json/.md/.png and per-base reports."),
    limit: int | None = typer.Option(None, min=1, help="Score only the first N tickets."),
    backend: str | None = typer.Option(
        None, help="local or vllm for every base; default vllm for registry bases, local for embedded models."
    ),
    url_for: list[str] | None = typer.Option(
        None, "--url-for", help="NAME=URL: the vLLM server of a base; repeat per base ($DESTEK_VLLM_URL if only one)."
    ),
    adapter_for: list[str] | None = typer.Option(
        None, "--adapter-for", help="NAME=PATH_OR_SERVED_NAME: the LoRA adapter of a base (default: the base alone)."
    ),
    seed: int = typer.Option(7, help="Demo backend seed, when the database has no commerce data of its own."),
) -> None:
    """Evaluate each base (and its adapter) on the same file and write a side-by-side table with a chart."""
    from db.engine import migrated_engine
    from serving.factory import BotSettings
    from training.compare import CompareInputError, compare as run_compare, plan_runs, summary_line, write_comparison
    from training.evaluate import EvalDataError, backend_engine_for, read_gold

    console = Console()

    def fail(message: str) -> NoReturn:
        typer.echo(f"error: {message}", err=True)
        raise typer.Exit(2)

    try:
        runs = plan_runs(
            bases,
            backend=backend,
            url_for=url_for or [],
            adapter_for=adapter_for or [],
            default_url=BotSettings.from_env().vllm_url,
        )
    except CompareInputError as exc:
        fail(str(exc))
    if not data.is_file():
        fail(f"data file {data} does not exist")
    try:
        tickets = read_gold(data)[:limit]
    except EvalDataError as exc:
        fail(str(exc))
    engine = migrated_engine()
    tools_engine = backend_engine_for(engine, seed=seed, progress=console.print)
    with _progress() as progress:
        tasks = {run.name: progress.add_task(escape(f"{run.name}: waiting"), total=len(tickets)) for run in runs}
        report = run_compare(
            tools_engine,
            runs,
            tickets,
            data_name=data.name,
            on_start=lambda run: progress.update(tasks[run.name], description=escape(f"{run.name}: loading")),
            progress=lambda name, done, total: progress.update(tasks[name], completed=done, description=escape(name)),
            on_result=lambda result: progress.update(
                tasks[result.run.name], description=escape(summary_line(result)[:100]), refresh=True
            ),
        )
    write_comparison(report, out)
    typer.echo((out / "comparison.md").read_text(encoding="utf-8"))  # unwrapped: the table stays a table
    console.print(f"Written to {out}/: comparison.json, comparison.md, comparison.png and a folder per completed base.")
    failed = [r.run.name for r in report.results if r.status != "ok"]
    if len(failed) == len(runs):
        console.print("[red]Every base failed: nothing was compared.[/]")
        raise typer.Exit(1)
    if failed:
        console.print(
            f"[yellow]{len(failed)} of {len(runs)} bases failed: {escape(', '.join(failed))} (see the table).[/]"
        )
