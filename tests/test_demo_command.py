"""`destek demo` and `destek app`: the demo database, its accounts, and the app it opens."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, func, select
from typer.testing import CliRunner

from app.cli import cli
from app.commands import review
from db.engine import make_engine
from db.models import AnnotationTask, Draft, Ticket, User
from db.users import authenticate
from tests.integration.servers import answers, free_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_streamlit(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Record the app launches instead of starting Streamlit."""
    launches: list[tuple[str, int]] = []
    monkeypatch.setattr(
        review, "_run_streamlit", lambda console, host, port, background=None: launches.append((host, port))
    )
    return launches


def test_demo_seeds_once_creates_one_account_per_role_and_opens_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_streamlit: list[tuple[str, int]]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'demo.db'}")
    runner = CliRunner()
    first = runner.invoke(cli, ["demo", "--tickets", "12", "--no-draft", "--port", "8600"])
    assert first.exit_code == 0, first.output
    assert "destek-demo" in first.output and "ajan" in first.output
    again = runner.invoke(cli, ["demo", "--no-draft"])
    assert again.exit_code == 0 and "existing demo data" in again.output
    assert no_streamlit == [("127.0.0.1", 8600), ("127.0.0.1", 8501)]
    engine = make_engine()
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Ticket)).one() == 12
        roles = {user.role for user in session.exec(select(User))}
        assert roles == {"agent", "annotator", "ml_lead", "admin"}
        for username, role, _ in review.DEMO_USERS:
            signed_in = authenticate(session, username, review.DEMO_PASSWORD)
            assert signed_in is not None and signed_in.role == role
        # The annotator's queue is filled once, by the same selection `destek select` runs (nothing is drafted
        # yet, so with the baseline strategy); running the demo again adds no second batch.
        tasks = session.exec(select(AnnotationTask)).all()
        assert len(tasks) == 12 and {t.strategy for t in tasks} == {"random"} and len({t.batch for t in tasks}) == 1
    assert "Queued 12 tickets for the annotator" in first.output


def test_streamlit_command_runs_the_review_app_on_loopback_without_telemetry() -> None:
    command = review.streamlit_command("127.0.0.1", 8765)
    assert command[:4] == [sys.executable, "-m", "streamlit", "run"]
    assert Path(command[4]) == ROOT / "app" / "review_app.py" and Path(command[4]).is_file()
    options = dict(zip(command[5::2], command[6::2], strict=True))
    assert options["--server.address"] == "127.0.0.1" and options["--server.port"] == "8765"
    assert options["--browser.gatherUsageStats"] == "false"


@pytest.mark.slow
def test_demo_from_an_empty_database_serves_the_app_then_fills_the_queue(tmp_path: Path) -> None:
    """The README's first command, for real: the app answers within seconds, real drafts arrive after."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}",
        "DESTEK_DEMO_LOG": str(tmp_path / "d.log"),
    }
    started = time.perf_counter()
    demo = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "demo", "--tickets", "5", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        app_ready = None
        deadline = time.perf_counter() + 600
        engine = make_engine(env["DATABASE_URL"])
        while time.perf_counter() < deadline:
            assert demo.poll() is None, demo.stdout.read() if demo.stdout else ""
            if app_ready is None and answers(f"http://127.0.0.1:{port}/_stcore/health"):
                app_ready = time.perf_counter() - started
            try:
                with Session(engine) as session:
                    drafted = session.exec(select(func.count()).select_from(Draft)).one()
            except OperationalError:  # the demo has not created the schema yet
                drafted = 0
            if app_ready is not None and drafted >= 1:
                break
            time.sleep(1)
        else:
            pytest.fail(f"no app or no draft within 10 minutes; drafting log: {(tmp_path / 'd.log').read_text()}")
        first_draft = time.perf_counter() - started
        print(f"app answered after {app_ready:.1f} s, first real draft after {first_draft:.1f} s")
        assert app_ready < 120
    finally:
        demo.terminate()
        demo.wait(timeout=30)
    # SIGTERM to `destek demo` stops the app and the background drafter with it.
    stopped = time.perf_counter() + 15
    while answers(f"http://127.0.0.1:{port}/_stcore/health") and time.perf_counter() < stopped:
        time.sleep(0.5)
    assert not answers(f"http://127.0.0.1:{port}/_stcore/health")
    log = (tmp_path / "d.log").read_text()
    assert "Traceback" not in log, log
