"""training.jobs: where job folders live, the detached runner (training/job_runner.py) running steps to success,
failure or cancellation, one job of a kind at a time, a vanished runner, and the retrain commands."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import AuditEvent
from training import jobs


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def wait_for(engine: Engine, job_id: str, timeout: float = 60) -> jobs.JobStatus:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = jobs.get_job(engine, job_id)
        if not job.running:
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} still running after {timeout} s")


@pytest.fixture
def jobs_root(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "jobs"
    monkeypatch.setenv("DESTEK_JOBS", str(folder))
    return folder


def test_jobs_dir_choice(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESTEK_JOBS", raising=False)
    monkeypatch.delenv("DESTEK_HOME", raising=False)
    assert jobs.jobs_dir(engine) == (tmp_path / "runs" / "jobs").resolve()  # beside the SQLite file
    monkeypatch.setenv("DESTEK_HOME", str(tmp_path / "home"))
    assert jobs.jobs_dir(engine) == tmp_path / "home" / "jobs"
    monkeypatch.setenv("DESTEK_JOBS", str(tmp_path / "j"))
    assert jobs.jobs_dir(engine) == tmp_path / "j"


def test_job_that_succeeds(engine: Engine, jobs_root: Path) -> None:
    code = "import os; print('hello from', os.environ['DATABASE_URL'].split('/')[-1])"
    started = jobs.start_job(engine, "dataset", [python(code), python("print('second')")], title="t", user_id=None)
    assert started.steps == 2
    job = wait_for(engine, started.id)
    assert job.state == jobs.SUCCEEDED and job.returncode == 0 and job.step == 2
    assert "hello from destek.db" in job.log_tail and "second" in job.log_tail  # the job sees our database
    assert job.finished_at is not None and job.elapsed_s >= 0
    assert (jobs_root / started.id / "output.log").is_file()
    assert [j.id for j in jobs.list_jobs(engine)] == [started.id]
    with Session(engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "job.started")).one()
    assert event.details["job"] == started.id and event.details["kind"] == "dataset"


def test_job_that_fails_stops_at_the_failing_step(engine: Engine, jobs_root: Path) -> None:
    steps = [python("import sys; print('boom'); sys.exit(3)"), python("print('never')")]
    job = wait_for(engine, jobs.start_job(engine, "dataset", steps, title="t", user_id=None).id)
    assert job.state == jobs.FAILED and job.returncode == 3 and job.step == 1
    assert "boom" in job.log_tail and "never" not in job.log_tail
    missing = wait_for(engine, jobs.start_job(engine, "dataset", [["/no/such/command"]], title="t", user_id=None).id)
    assert missing.state == jobs.FAILED and missing.returncode == 127


def test_second_retrain_is_refused_while_one_runs(engine: Engine, jobs_root: Path) -> None:
    first = jobs.start_job(engine, jobs.RETRAIN, [python("import time; time.sleep(30)")], title="t", user_id=None)
    try:
        assert jobs.running_job(engine, jobs.RETRAIN).id == first.id
        with pytest.raises(jobs.JobError, match="already running"):
            jobs.start_retrain(engine, user_id=None)
        other = jobs.start_job(engine, jobs.DATASET, [python("pass")], title="t", user_id=None)  # other kinds may run
        assert wait_for(engine, other.id).state == jobs.SUCCEEDED
    finally:
        cancelled = jobs.cancel_job(engine, first.id, user_id=None)
    assert cancelled.state == jobs.CANCELLED
    assert jobs.running_job(engine, jobs.RETRAIN) is None
    with pytest.raises(jobs.JobError, match="not running"):
        jobs.cancel_job(engine, first.id, user_id=None)


def test_a_job_whose_process_vanished_is_failed(engine: Engine, jobs_root: Path) -> None:
    job = wait_for(engine, jobs.start_job(engine, "dataset", [python("pass")], title="t", user_id=None).id)
    deadline = time.monotonic() + 30
    while jobs._is_locked(jobs_root / job.id / jobs.LOCK_FILE) and time.monotonic() < deadline:
        time.sleep(0.05)  # the runner wrote its result; let it exit
    (jobs_root / job.id / jobs.STATUS_FILE).write_text('{"state": "running", "step": 1}')  # as if killed mid-run
    lost = jobs.get_job(engine, job.id)
    assert lost.state == jobs.FAILED and "without recording a result" in lost.note
    assert jobs.running_job(engine, "dataset") is None


def test_retrain_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    local = jobs.retrain_steps("local", "cpu-small", 20)
    assert local == [[sys.executable, "-m", "app.cli", "retrain", "--config", "cpu-small", "--gate-limit", "20"]]
    modal = jobs.retrain_steps("modal")
    assert modal[0][-2:] == ["dataset", "build"]
    assert modal[1][3:] == ["train", "--config", "qwen2.5-7b-modal", "--remote", "modal", "--gate"]
    with pytest.raises(jobs.JobError):
        jobs.retrain_steps("mars")


def test_start_retrain_runs_the_cli_command(engine: Engine, jobs_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs, "cli_command", lambda *args: python(f"print({' '.join(args)!r})"))
    job = wait_for(engine, jobs.start_retrain(engine, where="local", user_id=None, username="z").id)
    assert job.state == jobs.SUCCEEDED and "retrain --config cpu-small" in job.log_tail
    assert job.details == {"where": "local", "config": "cpu-small", "gate_limit": None} and job.username == "z"
