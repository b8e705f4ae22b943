"""`destek app` and `destek demo`: the Streamlit review app on an existing database, or on a fresh demo."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import typer
from rich.console import Console

APP_FILE = Path(__file__).resolve().parents[1] / "review_app.py"
DEMO_PASSWORD = "destek-demo"
# username, role, display name: one account per role so every page of the demo can be tried.
DEMO_USERS: tuple[tuple[str, str, str], ...] = (
    ("ajan", "agent", "Ayşe Yılmaz"),
    ("etiketci", "annotator", "Mehmet Kaya"),
    ("mllead", "ml_lead", "Zeynep Demir"),
    ("admin", "admin", "Yönetici"),
)


def streamlit_command(host: str, port: int) -> list[str]:
    """The `streamlit run` command line for the review app: loopback by default, no telemetry, no browser."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_FILE),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
        "--server.fileWatcherType",
        "none",
    ]


def _run_streamlit(console: Console, host: str, port: int, background: subprocess.Popen | None = None) -> None:
    """Run the app until Ctrl+C or SIGTERM; either way the app and the background drafter stop with us."""
    console.print(f"Review app on [bold]http://{host}:{port}[/] (Ctrl+C stops it).")
    app = subprocess.Popen(streamlit_command(host, port))
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # `kill` runs the cleanup below too
    try:
        app.wait()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        for child in (app, background):
            if child is not None and child.poll() is None:
                child.terminate()
                child.wait()


def app(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; loopback unless behind a proxy."),
    port: int = typer.Option(8501, help="Port of the review app."),
) -> None:
    """Open the review app on the configured database (DATABASE_URL or DESTEK_DB)."""
    from db.engine import database_url, init_db, make_engine

    console = Console()
    init_db(make_engine())
    console.print(f"Database: {database_url()}")
    _run_streamlit(console, host, port)


def ensure_demo_users(engine) -> list[tuple[str, str]]:
    """Create the demo accounts that are missing; returns (username, role) of every demo account."""
    from sqlmodel import Session, select

    from db.models import User
    from db.users import add_user

    with Session(engine) as session:
        for username, role, name in DEMO_USERS:
            if session.exec(select(User).where(User.username == username)).first() is None:
                add_user(session, username, DEMO_PASSWORD, role, display_name=name)
        session.commit()
    return [(username, role) for username, role, _ in DEMO_USERS]


def fill_demo_annotation_queue(engine, console: Console) -> int:
    """Queue a first batch for the annotator, as `destek select` would, unless the queue has tasks already;
    returns how many tickets were queued."""
    from sqlmodel import Session, func, select

    from db.models import AnnotationTask
    from labeling.queue import fill_first_batch

    with Session(engine) as session:
        if session.exec(select(func.count()).select_from(AnnotationTask)).one() > 0:
            return 0
    tasks = fill_first_batch(engine, progress=console.print)
    if tasks:
        console.print(f"Queued {len(tasks)} tickets for the annotator in batch {tasks[0].batch} ({tasks[0].strategy}).")
    return len(tasks)


def demo(
    tickets: int = typer.Option(300, min=1, help="How many demo tickets to import and draft."),
    seed: int = typer.Option(7, help="Seed of the demo backend and tickets."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8501, help="Port of the review app."),
    draft: bool = typer.Option(True, "--draft/--no-draft", help="Draft the pending tickets in the background."),
) -> None:
    """Seed a demo database, draft its tickets in the background and open the review app right away."""
    from sqlmodel import Session, func, select

    from app.commands.database import install_default_adapter
    from db.engine import database_url, migrated_engine
    from db.models import Ticket
    from serving.demo import seed_demo_database

    console = Console()
    started = time.perf_counter()
    engine = migrated_engine()
    install_default_adapter(engine, console)
    with Session(engine) as session:
        has_tickets = session.exec(select(func.count()).select_from(Ticket)).one() > 0
    if has_tickets:
        console.print(f"Using the existing demo data in {database_url()}.")
    else:
        seed_demo_database(engine, seed=seed, n_tickets=tickets, progress=console.print)
    ensure_demo_users(engine)
    fill_demo_annotation_queue(engine, console)
    ready = time.perf_counter() - started
    console.print(f"Demo ready in {ready:.1f} s. Sign in with the password [bold]{DEMO_PASSWORD}[/] as:")
    for username, role, name in DEMO_USERS:
        console.print(f"  [bold]{username:<9}[/] {role:<9} {name}")
    drafter = None
    if draft:
        log = Path(os.environ.get("DESTEK_DEMO_LOG", "runs/demo-drafting.log"))
        log.parent.mkdir(parents=True, exist_ok=True)
        console.print(f"Drafting the pending tickets in the background (progress in the app; log: {log}).")
        with log.open("w") as handle:
            drafter = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "draft", "--watch"], stdout=handle, stderr=subprocess.STDOUT
            )
    _run_streamlit(console, host, port, background=drafter)
