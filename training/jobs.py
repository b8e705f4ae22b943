"""Background jobs of the ML lead's cockpit: building a dataset, retraining and running an eval.

They take minutes to hours, so they never run inside the Streamlit script: each is a detached runner process
(training/job_runner.py, standard library only) that runs the `destek` commands (`python -m app.cli ...`)
one after the other with their output in a log file. Where jobs live (first that applies):

    $DESTEK_JOBS  >  $DESTEK_HOME/jobs  >  <folder of the SQLite database>/runs/jobs  >  ./runs/jobs

One folder per job: `job.json` (what, who, when, the commands), `output.log` (stdout and stderr of every
step), `status.json` (the step running, then the result). While the job runs it holds an flock on
`running.lock`, so "is it still running?" has a reliable answer after page reloads, browser refreshes,
a restarted Streamlit server or a killed job (no pid guessing). Only one job of a kind runs at a time:
a second retrain is refused while one runs.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.users import record
from training import job_runner
from training.job_runner import (  # the files and states the runner writes; CANCELLED, SUCCEEDED are for callers
    CANCELLED,  # noqa: F401
    FAILED,
    JOB_FILE,
    LOG_FILE,
    RUNNING,
    STATUS_FILE,
    SUCCEEDED,  # noqa: F401
)

DATASET, RETRAIN = "dataset", "retrain"
WHERE_LOCAL, WHERE_MODAL = "local", "modal"
DEFAULT_CONFIGS = {WHERE_LOCAL: "cpu-small", WHERE_MODAL: "qwen2.5-7b-modal"}
LOCK_FILE, START_LOCK = "running.lock", ".start.lock"
#: The runner program (training/job_runner.py), started by start_job by its file path.
RUNNER_PATH = Path(job_runner.__file__)

#: Job runner processes started by this server process, kept so finished ones are reaped (no zombies).
_CHILDREN: dict[str, subprocess.Popen] = {}


class JobError(RuntimeError):
    """A job cannot be started or changed (one of its kind already runs, unknown job); safe to show."""


@dataclass(frozen=True)
class JobStatus:
    """A job as the page shows it, re-read from its folder on every call."""

    id: str
    kind: str
    title: str
    state: str
    started_at: datetime
    finished_at: datetime | None
    step: int
    steps: int
    returncode: int | None
    commands: list[str]
    username: str | None
    log_path: Path
    log_tail: str = ""
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    @property
    def elapsed_s(self) -> float:
        end = self.finished_at or datetime.now(UTC)
        return max(0.0, (end - self.started_at).total_seconds())


def jobs_dir(engine: Engine) -> Path:
    """Where job folders live: $DESTEK_JOBS, $DESTEK_HOME/jobs, beside a SQLite database, or ./runs/jobs."""
    if os.environ.get("DESTEK_JOBS"):
        return Path(os.environ["DESTEK_JOBS"])
    if os.environ.get("DESTEK_HOME"):
        return Path(os.environ["DESTEK_HOME"]) / "jobs"
    database = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if database and database != ":memory:":
        return Path(database).resolve().parent / "runs" / "jobs"
    return Path("runs/jobs").resolve()


def cli_command(*args: str) -> list[str]:
    """A `destek` command line run by this interpreter (tests replace it with something fast)."""
    return [sys.executable, "-m", "app.cli", *args]


def dataset_steps() -> list[list[str]]:
    return [cli_command("dataset", "build")]


def retrain_steps(
    where: str = WHERE_LOCAL, config: str | None = None, gate_limit: int | None = None
) -> list[list[str]]:
    """The commands of a retrain: locally `destek retrain` (build, train, gate, promote); on Modal a dataset
    build, then `destek train --remote modal --gate` (the gate scores the returned adapter here)."""
    if where not in DEFAULT_CONFIGS:
        raise JobError(f"unknown place to train {where!r}: choose {WHERE_LOCAL} or {WHERE_MODAL}")
    config = config or DEFAULT_CONFIGS[where]
    limit = ["--gate-limit", str(gate_limit)] if gate_limit else []
    if where == WHERE_LOCAL:
        return [cli_command("retrain", "--config", config, *limit)]
    return [
        cli_command("dataset", "build"),
        cli_command("train", "--config", config, "--remote", "modal", "--gate", *limit),
    ]


def modal_available() -> bool:
    """Whether the optional `modal` client is installed (a Modal retrain needs it and a `modal token`)."""
    import importlib.util

    return importlib.util.find_spec("modal") is not None


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write atomically (temp file + rename), so a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)


def _is_locked(path: Path) -> bool:
    """True while some process holds the job's run lock, i.e. the job's runner is alive."""
    try:
        handle = path.open("a")
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def _tail(path: Path, lines: int, max_bytes: int = 64_000) -> str:
    if lines <= 0:
        return ""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - max_bytes))
            data = handle.read()
    except OSError:
        return ""
    # a progress bar redraws its line with carriage returns: keep only what it shows last
    shown = [line.rstrip("\r").rsplit("\r", 1)[-1] for line in data.decode("utf-8", errors="replace").split("\n")]
    while shown and not shown[-1]:
        shown.pop()
    return "\n".join(shown[-lines:])


def _parse_time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def read_job(folder: Path, *, log_lines: int = 30) -> JobStatus | None:
    """The job in `folder` with its current state, or None when the folder is not a job."""
    job = _read_json(folder / JOB_FILE)
    if not job:
        return None
    if job.get("id") in _CHILDREN and _CHILDREN[job["id"]].poll() is not None:  # reap the finished runner
        _CHILDREN.pop(job["id"])
    status = _read_json(folder / STATUS_FILE)
    state = status.get("state", RUNNING)
    note = ""
    if state == RUNNING and not _is_locked(folder / LOCK_FILE):
        state, note = FAILED, "the job's process ended without recording a result (killed or machine restarted)"
    return JobStatus(
        id=job["id"],
        kind=job.get("kind", "?"),
        title=job.get("title", job["id"]),
        state=state,
        started_at=_parse_time(job.get("started_at")) or datetime.now(UTC),
        finished_at=_parse_time(status.get("finished_at")),
        step=int(status.get("step", 0)),
        steps=len(job.get("steps") or []),
        returncode=status.get("returncode"),
        commands=[" ".join(step) for step in job.get("steps") or []],
        username=job.get("username"),
        log_path=folder / LOG_FILE,
        log_tail=_tail(folder / LOG_FILE, log_lines),
        note=note,
        details=job.get("details") or {},
    )


def list_jobs(engine: Engine, *, kind: str | None = None, limit: int = 20, log_lines: int = 30) -> list[JobStatus]:
    """Recent jobs, newest first (optionally of one kind)."""
    root = jobs_dir(engine)
    if not root.is_dir():
        return []
    jobs = [read_job(folder, log_lines=log_lines) for folder in root.iterdir() if folder.is_dir()]
    found = [j for j in jobs if j is not None and (kind is None or j.kind == kind)]
    return sorted(found, key=lambda j: (j.started_at, j.id), reverse=True)[:limit]


def get_job(engine: Engine, job_id: str, *, log_lines: int = 30) -> JobStatus:
    job = read_job(jobs_dir(engine) / job_id, log_lines=log_lines) if "/" not in job_id else None
    if job is None:
        raise JobError(f"no job {job_id!r}")
    return job


def running_job(engine: Engine, kind: str) -> JobStatus | None:
    """The job of this kind that runs now, if any."""
    return next((j for j in list_jobs(engine, kind=kind, limit=1000, log_lines=0) if j.running), None)


@contextmanager
def _start_lock(root: Path):
    """Serialises check-then-start across server threads and processes (two clicks, two browsers)."""
    with (root / START_LOCK).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def start_job(
    engine: Engine,
    kind: str,
    steps: list[list[str]],
    *,
    title: str,
    user_id: int | None,
    username: str | None = None,
    details: dict[str, Any] | None = None,
    cwd: Path | None = None,
) -> JobStatus:
    """Run `steps` (argv lists) one after the other in a detached background process; returns at once.

    The steps see this process's environment plus DATABASE_URL pointing at `engine`'s database (never
    written to disk). Refuses (JobError) while a job of the same kind runs. Audited as "job.started".
    """
    if not steps:
        raise JobError("a job needs at least one command")
    root = jobs_dir(engine)
    root.mkdir(parents=True, exist_ok=True)
    with _start_lock(root):
        busy = running_job(engine, kind)
        if busy is not None:
            raise JobError(
                f"a {kind} job is already running ({busy.id}, started by {busy.username or 'someone'} "
                f"{busy.elapsed_s / 60:.0f} min ago); wait for it or cancel it"
            )
        now = datetime.now(UTC)
        job_id = f"{kind}-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"
        folder = root / job_id
        folder.mkdir()
        job = {
            "id": job_id,
            "kind": kind,
            "title": title,
            "steps": steps,
            "cwd": str(cwd or Path.cwd()),
            "user_id": user_id,
            "username": username,
            "details": details or {},
            "started_at": now.isoformat(),
        }
        _write_json(folder / JOB_FILE, job)
        _write_json(folder / STATUS_FILE, {"state": RUNNING, "step": 0})
        env = {
            **os.environ,
            "DATABASE_URL": engine.url.render_as_string(hide_password=False),
            "PYTHONUNBUFFERED": "1",
            "COLUMNS": "160",
        }
        # The runner inherits an flock'ed descriptor of running.lock and keeps it until it exits: the lock is
        # held from before this function returns, so no reader ever sees a "running" job without its lock.
        with (folder / LOCK_FILE).open("a") as lock, (folder / "runner.err").open("ab") as runner_err:
            fcntl.flock(lock, fcntl.LOCK_EX)
            runner = subprocess.Popen(
                [sys.executable, "-P", str(RUNNER_PATH), str(folder), str(lock.fileno())],
                cwd=job["cwd"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=runner_err,
                pass_fds=(lock.fileno(),),
                start_new_session=True,  # survives a Streamlit rerun and is cancellable as one process group
            )
        _CHILDREN[job_id] = runner
        job["pid"] = runner.pid
        _write_json(folder / JOB_FILE, job)
    with Session(engine) as session:
        record(session, user_id, "job.started", job=job_id, kind=kind, title=title, **(details or {}))
        session.commit()
    return read_job(folder)


def start_dataset_build(engine: Engine, *, user_id: int | None, username: str | None = None) -> JobStatus:
    """`destek dataset build` in the background."""
    return start_job(
        engine, DATASET, dataset_steps(), title="Veri seti oluştur (build dataset)", user_id=user_id, username=username
    )


def start_retrain(
    engine: Engine,
    *,
    where: str = WHERE_LOCAL,
    config: str | None = None,
    gate_limit: int | None = None,
    user_id: int | None,
    username: str | None = None,
) -> JobStatus:
    """A retrain in the background, locally or on Modal; refused while another retrain runs."""
    config = config or DEFAULT_CONFIGS.get(where, "")
    steps = retrain_steps(where, config, gate_limit)
    title = f"Yeniden eğit (retrain) · {where} · {config}"
    details = {"where": where, "config": config, "gate_limit": gate_limit}
    return start_job(engine, RETRAIN, steps, title=title, user_id=user_id, username=username, details=details)


#: The held-out set the cockpit's "run an eval" button scores: generated once beside the jobs folder and kept,
#: so every later report of the button is on the same tickets and the quality chart compares like with like.
EVAL = "eval"
EVAL_FILE = "heldout.jsonl"
EVAL_TICKETS = 200
EVAL_SEED = 7


def eval_data_path(engine: Engine) -> Path:
    """Where the cockpit's held-out file lives: `runs/heldout.jsonl` beside the database (next to `runs/jobs`)."""
    return jobs_dir(engine).parent / EVAL_FILE


def eval_steps(engine: Engine, n: int = EVAL_TICKETS) -> list[list[str]]:
    """Generate the held-out set when it does not exist yet (a fresh clone has none), then `destek eval` on
    its first `n` tickets into a new folder of `runs/eval/`; the report lands in the database."""
    if n < 1:
        raise JobError("an eval needs at least one ticket")
    data = eval_data_path(engine)
    steps = []
    if not data.exists():
        steps.append(
            cli_command(
                "data", "generate", "--split", "heldout", "--n", str(max(n, EVAL_TICKETS)), "--seed",
                str(EVAL_SEED), "--out", str(data),
            )
        )  # fmt: skip
    out = data.parent / "eval" / datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    steps.append(cli_command("eval", "--data", str(data), "--out", str(out), "--limit", str(n)))
    return steps


def start_eval(engine: Engine, *, n: int = EVAL_TICKETS, user_id: int | None, username: str | None = None) -> JobStatus:
    """Score the active adapter on the cockpit's held-out set in the background; refused while one runs."""
    steps = eval_steps(engine, n)
    title = f"Değerlendir (eval) · {EVAL_FILE} · {n} bilet"
    return start_job(engine, EVAL, steps, title=title, user_id=user_id, username=username, details={"n": n})


def cancel_job(engine: Engine, job_id: str, *, user_id: int | None) -> JobStatus:
    """Stop a running job (SIGTERM to its process group: the runner and the step it runs)."""
    job = get_job(engine, job_id)
    if not job.running:
        raise JobError(f"job {job_id} is not running ({job.state})")
    pid = _read_json(jobs_dir(engine) / job_id / JOB_FILE).get("pid")
    if not isinstance(pid, int):
        raise JobError(f"job {job_id} has no process id yet; try again in a moment")
    with suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    with Session(engine) as session:
        record(session, user_id, "job.cancelled", job=job_id, kind=job.kind)
        session.commit()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and get_job(engine, job_id, log_lines=0).running:
        time.sleep(0.1)
    return get_job(engine, job_id)
