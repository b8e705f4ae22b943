"""The ML lead's cockpit, as a service: what the quality numbers say, and the jobs that change them.

Two halves, both free of any UI code so the Streamlit page (app/pages/cockpit.py) stays a short script:

Reading. Plain DataFrames and dataclasses from the tables: stored evaluation reports over time against the
SLA lines, the latest report's confusion matrix and per-intent scores, human corrections per intent, the
active-learning queue, dataset versions, training runs, adapters with their gate results and the
promotion/rollback history.

Acting. Building a dataset and retraining take minutes to hours, so they never run inside the Streamlit
script: each is a background job, a detached runner process (`RUNNER`, standard library only) that runs the
`destek` commands (`python -m app.cli ...`) one after the other with their output in a log file. Where jobs
live (first that applies):

    $DESTEK_JOBS  >  $DESTEK_HOME/jobs  >  <folder of the SQLite database>/runs/jobs  >  ./runs/jobs

One folder per job: `job.json` (what, who, when, the commands), `output.log` (stdout and stderr of every
step), `status.json` (the step running, then the result). While the job runs it holds an flock on
`running.lock`, so "is it still running?" has a reliable answer after page reloads, browser refreshes,
a restarted Streamlit server or a killed job (no pid guessing). Only one job of a kind runs at a time:
a second retrain is refused while one runs. Promote and roll back are quick and run in-process through
training.registry, which records who did them.
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
from collections import Counter
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.contract import load_contract
from db.models import (
    CORRECTED_FIELDS,
    AnnotationTask,
    Correction,
    DatasetVersion,
    Draft,
    EvalReport,
    TrainingRun,
    User,
)
from db.users import record
from training import registry
from training.metrics import NONE_COLUMN
from training.promotion import Promotion, promote_everywhere, rollback_everywhere

# ── Quality against the SLA ──────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Sla:
    """One service-level target on a metric of training.evaluate's report."""

    key: str
    label: str
    target: float
    higher_is_better: bool
    unit: str = ""

    def met(self, value: float | None) -> bool | None:
        if value is None:
            return None
        return value > self.target if self.higher_is_better else value < self.target


SLAS: tuple[Sla, ...] = (
    Sla("intent_accuracy", "Niyet doğruluğu (intent accuracy)", 0.92, True),
    Sla("entity_f1", "Varlık F1 (entity F1)", 0.96, True),
    Sla("tool_call_accuracy", "Araç çağrısı doğruluğu (tool-call accuracy)", 0.98, True),
    Sla("hallucination_rate", "Halüsinasyon oranı (hallucination)", 0.01, False),
    Sla("latency_p95_s", "P95 gecikme (P95 latency, s)", 3.0, False, "s"),
)
SLA_BY_KEY = {sla.key: sla for sla in SLAS}
#: Further report numbers shown beside the SLA metrics (no target).
EXTRA_METRICS = ("intent_macro_f1", "order_number_exact", "latency_p50_s", "auto_resolve_rate")


@dataclass(frozen=True)
class MetricStatus:
    """The latest value of an SLA metric: `margin` is value minus target (positive = above the line)."""

    sla: Sla
    value: float | None

    @property
    def met(self) -> bool | None:
        return self.sla.met(self.value)

    @property
    def margin(self) -> float | None:
        return None if self.value is None else self.value - self.sla.target


@dataclass(frozen=True)
class ReportView:
    """One stored evaluation report, flattened for display."""

    id: int
    created_at: datetime
    data_name: str
    n: int
    model: str
    adapter: str | None
    metrics: dict[str, Any]
    out_dir: str | None

    @property
    def scorecard(self) -> list[MetricStatus]:
        return [MetricStatus(sla, _number(self.metrics.get(sla.key))) for sla in SLAS]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back naive; they were stored as UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _view(row: EvalReport) -> ReportView:
    return ReportView(
        id=row.id,
        created_at=_aware(row.created_at),
        data_name=row.data_name,
        n=row.n,
        model=row.model,
        adapter=row.adapter,
        metrics=row.metrics or {},
        out_dir=row.out_dir,
    )


def eval_data_names(engine: Engine) -> list[str]:
    """The evaluation files that have stored reports, the most recently scored first."""
    with Session(engine) as session:
        newest = (col(EvalReport.created_at).desc(), col(EvalReport.id).desc())
        rows = session.exec(select(EvalReport.data_name).order_by(*newest)).all()
    return list(dict.fromkeys(rows))


def quality_history(engine: Engine, data_name: str | None = None) -> pd.DataFrame:
    """One row per stored report, oldest first: the SLA metrics and a few more (NaN where not scored)."""
    statement = select(EvalReport).order_by(col(EvalReport.created_at), col(EvalReport.id))
    if data_name is not None:
        statement = statement.where(EvalReport.data_name == data_name)
    with Session(engine) as session:
        reports = [_view(row) for row in session.exec(statement)]
    keys = [sla.key for sla in SLAS] + list(EXTRA_METRICS)
    columns = ["report_id", "created_at", "data_name", "model", "adapter", "n", *keys]
    rows = [
        {
            "report_id": r.id,
            "created_at": r.created_at,
            "data_name": r.data_name,
            "model": r.model,
            "adapter": r.adapter or "(temel model)",
            "n": r.n,
            **{key: _number(r.metrics.get(key)) for key in keys},
        }
        for r in reports
    ]
    return pd.DataFrame(rows, columns=columns).astype({key: "float64" for key in keys})


def quality_long(history: pd.DataFrame) -> pd.DataFrame:
    """`quality_history` in long form for charting: one row per (report, SLA metric) that was scored."""
    keys = [sla.key for sla in SLAS]
    ids = ["report_id", "created_at", "data_name", "model", "adapter", "n"]
    long = history.melt(id_vars=ids, value_vars=keys, var_name="metric", value_name="value").dropna(subset=["value"])
    long["label"] = long["metric"].map(lambda key: SLA_BY_KEY[key].label)
    long["target"] = long["metric"].map(lambda key: SLA_BY_KEY[key].target)
    return long.reset_index(drop=True)


def latest_report(engine: Engine, data_name: str | None = None) -> ReportView | None:
    """The newest stored report (of one evaluation file, if named), or None."""
    statement = select(EvalReport).order_by(col(EvalReport.created_at).desc(), col(EvalReport.id).desc())
    if data_name is not None:
        statement = statement.where(EvalReport.data_name == data_name)
    with Session(engine) as session:
        row = session.exec(statement).first()
        return _view(row) if row is not None else None


def intent_labels() -> dict[str, str]:
    """Intent id -> Turkish label, from the contract."""
    return {intent.id: intent.label for intent in load_contract().intents}


def confusion_frame(report: ReportView, *, trim: bool = True) -> pd.DataFrame:
    """The report's confusion matrix in long form (gold, predicted, count); tickets with no valid prediction are
    in the predicted column `NONE_COLUMN`. With `trim`, only intents that occur as gold or prediction are kept,
    so 44 mostly empty rows do not drown the few that matter."""
    labels = list(report.metrics.get("confusion_labels") or [])
    matrix = report.metrics.get("confusion") or []
    predicted_labels = [*labels, NONE_COLUMN] if matrix and len(matrix[0]) == len(labels) + 1 else labels
    rows = [
        {"gold": gold, "predicted": predicted, "count": int(count)}
        for gold, counts in zip(labels, matrix, strict=False)
        for predicted, count in zip(predicted_labels, counts, strict=False)
    ]
    frame = pd.DataFrame(rows, columns=["gold", "predicted", "count"])
    if trim and not frame.empty:
        used = set(frame.loc[frame["count"] > 0, "gold"]) | set(frame.loc[frame["count"] > 0, "predicted"])
        frame = frame[frame["gold"].isin(used) & frame["predicted"].isin(used)]
    return frame.reset_index(drop=True)


def per_intent_frame(report: ReportView) -> pd.DataFrame:
    """Per-intent precision / recall / F1 / support of the report, weakest F1 first, with Turkish labels."""
    labels = intent_labels()
    rows = [
        {
            "intent": intent,
            "etiket": labels.get(intent, intent),
            "precision": scores.get("precision"),
            "recall": scores.get("recall"),
            "f1": scores.get("f1"),
            "support": scores.get("support"),
        }
        for intent, scores in (report.metrics.get("per_intent") or {}).items()
    ]
    frame = pd.DataFrame(rows, columns=["intent", "etiket", "precision", "recall", "f1", "support"])
    return frame.sort_values(["f1", "support"], ascending=[True, False]).reset_index(drop=True)


# ── Corrections and the annotation queue ─────────────────────────────────────────────────────────

UNKNOWN_INTENT = "(bilinmiyor)"


def corrections_by_intent(engine: Engine, *, days: int | None = None) -> pd.DataFrame:
    """How many human corrections each intent drew, by corrected field: (intent, etiket, field, count).

    An intent correction counts for the intent it was corrected to (`after`: the true intent); any other
    field counts for the intent of the draft it corrected.
    """
    statement = (
        select(Correction.field, Correction.after, Draft.intent)
        .join(Draft, col(Draft.id) == col(Correction.draft_id), isouter=True)
        .where(col(Correction.field).in_(CORRECTED_FIELDS))
    )
    if days is not None:
        statement = statement.where(col(Correction.created_at) >= datetime.now(UTC) - timedelta(days=days))
    with Session(engine) as session:
        rows = session.exec(statement).all()
    counts: Counter[tuple[str, str]] = Counter()
    for field_name, after, draft_intent in rows:
        intent = after if field_name == "intent" and isinstance(after, str) else draft_intent
        counts[(intent or UNKNOWN_INTENT, field_name)] += 1
    labels = intent_labels()
    frame = pd.DataFrame(
        [
            {"intent": intent, "etiket": labels.get(intent, intent), "field": name, "count": n}
            for (intent, name), n in counts.items()
        ],
        columns=["intent", "etiket", "field", "count"],
    )
    if frame.empty:
        return frame
    totals = frame.groupby("intent")["count"].transform("sum")
    return (
        frame.assign(_total=totals)
        .sort_values(["_total", "intent"], ascending=[False, True])
        .drop(columns="_total")
        .reset_index(drop=True)
    )


def annotation_queue(engine: Engine) -> pd.DataFrame:
    """The active-learning queue per batch, newest first: strategy, created, total, open, and the rest."""
    with Session(engine) as session:
        tasks = session.exec(select(AnnotationTask)).all()
        rows = [(t.batch, t.strategy, t.status, _aware(t.created_at)) for t in tasks]
    columns = ["batch", "strategy", "created_at", "total", "open", "done"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows, columns=["batch", "strategy", "status", "created_at"])
    table = (
        frame.groupby(["batch", "strategy"])
        .agg(created_at=("created_at", "min"), total=("status", "size"), open=("status", lambda s: (s == "open").sum()))
        .reset_index()
    )
    table["done"] = table["total"] - table["open"]
    return table[columns].sort_values("created_at", ascending=False).reset_index(drop=True)


@dataclass(frozen=True)
class QueueSummary:
    open: int
    total: int
    batches: int
    latest_strategy: str | None
    latest_batch: str | None


def queue_summary(queue: pd.DataFrame) -> QueueSummary:
    """Headline numbers of `annotation_queue`'s table."""
    if queue.empty:
        return QueueSummary(0, 0, 0, None, None)
    newest = queue.iloc[0]
    return QueueSummary(
        int(queue["open"].sum()), int(queue["total"].sum()), len(queue), str(newest["strategy"]), str(newest["batch"])
    )


# ── Datasets, training runs, adapters ────────────────────────────────────────────────────────────


def datasets_frame(engine: Engine) -> pd.DataFrame:
    """Dataset versions, newest first, with where their examples came from."""
    with Session(engine) as session:
        versions = session.exec(select(DatasetVersion).order_by(col(DatasetVersion.id).desc())).all()
        rows = [
            {
                "version": v.version,
                "created_at": _aware(v.created_at),
                "n_train": v.n_train,
                "n_validation": v.n_validation,
                "sources": ", ".join(f"{k}: {n}" for k, n in ((v.stats or {}).get("sources") or {}).items()),
                "path": v.path,
            }
            for v in versions
        ]
    return pd.DataFrame(rows, columns=["version", "created_at", "n_train", "n_validation", "sources", "path"])


def training_runs_frame(engine: Engine) -> pd.DataFrame:
    """Training runs, newest first, with their losses, the adapter they produced and the adapter they
    continued (`started_from`; empty for a fresh LoRA)."""
    columns = ["id", "status", "where", "config_name", "dataset_version", "adapter_name", "started_from"]
    columns += ["started_at", "duration_s", "train_loss", "eval_loss"]
    with Session(engine) as session:
        runs = session.exec(select(TrainingRun).order_by(col(TrainingRun.id).desc())).all()
        rows = [
            {
                "id": r.id,
                "status": r.status,
                "where": r.where,
                "config_name": r.config_name,
                "dataset_version": r.dataset_version,
                "adapter_name": r.adapter_name,
                "started_from": (r.metrics or {}).get("warm_start_from"),
                "started_at": _aware(r.started_at),
                "duration_s": r.duration_s,
                "train_loss": _number((r.metrics or {}).get("train_loss")),
                "eval_loss": _number((r.metrics or {}).get("eval_loss")),
            }
            for r in runs
        ]
    return pd.DataFrame(rows, columns=columns)


def adapters_frame(engine: Engine) -> pd.DataFrame:
    """Adapters, newest first, with the gate's verdict and numbers against its baseline."""
    columns = ["name", "status", "gate_passed", "intent_accuracy", "tool_call_accuracy", "hallucination_rate"]
    columns += ["baseline", "threshold", "base_model", "created_at", "reason"]
    rows = []
    for adapter in registry.list_adapters(engine):
        gate = adapter.gate or {}
        gate_metrics = gate.get("metrics") or {}
        rows.append(
            {
                "name": adapter.name,
                "status": adapter.status,
                "gate_passed": gate.get("passed"),
                **{key: _number(gate_metrics.get(key)) for key in columns[3:6]},
                "baseline": (gate.get("baseline") or {}).get("name"),
                "threshold": _number(gate.get("threshold")),
                "base_model": adapter.base_model,
                "created_at": _aware(adapter.created_at),
                "reason": adapter.reason,
            }
        )
    return pd.DataFrame(rows, columns=columns)


def _usernames(session: Session) -> dict[int, str]:
    return {user_id: name for user_id, name in session.exec(select(User.id, User.username)).all()}


def adapter_history(engine: Engine) -> pd.DataFrame:
    """Promotions and rollbacks, newest first: when, what, which adapter replaced which, and by whom."""
    events = registry.history(engine)
    with Session(engine) as session:
        names = _usernames(session)
    rows = [
        {
            "created_at": _aware(e.created_at),
            "action": e.action,
            "adapter": (e.details or {}).get("name"),
            "previous": (e.details or {}).get("previous"),
            "user": names.get(e.user_id, "(sistem)") if e.user_id is not None else "(sistem)",
            "reason": (e.details or {}).get("reason"),
        }
        for e in events
    ]
    return pd.DataFrame(rows, columns=["created_at", "action", "adapter", "previous", "user", "reason"])


def active_adapter(engine: Engine) -> str | None:
    """The name of the adapter served now, or None (the base model)."""
    with Session(engine) as session:
        current = registry.active(session)
        return current.name if current is not None else None


def promotable_adapters(engine: Engine) -> list[str]:
    """Adapters that could be promoted (every one but the active), candidates first, newest first."""
    adapters = [a for a in registry.list_adapters(engine) if a.status != registry.ACTIVE]
    return [a.name for a in sorted(adapters, key=lambda a: a.status != registry.CANDIDATE)]


def rollback_target(engine: Engine) -> str | None:
    """The adapter a rollback would re-activate (the one the active adapter replaced), or None."""
    with Session(engine) as session:
        try:
            return registry.rollback_target(session)[1].name
        except registry.RegistryError:
            return None


def promote_adapter(engine: Engine, name: str, *, user_id: int | None, username: str | None = None) -> Promotion:
    """Serve adapter `name` from now on (by hand, without the gate), hot-swapped onto the configured vLLM
    replicas if there are any; raises registry.RegistryError or hotswap.SwapError (nothing switched)."""
    reason = f"promoted by hand in the cockpit by {username}" if username else "promoted by hand in the cockpit"
    return promote_everywhere(engine, name, reason=reason, user_id=user_id)


def rollback_adapter(engine: Engine, *, user_id: int | None) -> Promotion:
    """Re-activate the adapter the active one replaced, like a promotion; raises registry.RegistryError when
    there is none, hotswap.SwapError when a replica fails."""
    return rollback_everywhere(engine, user_id=user_id)


# ── Background jobs ──────────────────────────────────────────────────────────────────────────────

DATASET, RETRAIN = "dataset", "retrain"
RUNNING, SUCCEEDED, FAILED, CANCELLED = "running", "succeeded", "failed", "cancelled"
WHERE_LOCAL, WHERE_MODAL = "local", "modal"
DEFAULT_CONFIGS = {WHERE_LOCAL: "cpu-small", WHERE_MODAL: "qwen2.5-7b-modal"}
JOB_FILE, STATUS_FILE, LOG_FILE, LOCK_FILE = "job.json", "status.json", "output.log", "running.lock"
START_LOCK = ".start.lock"

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
                [sys.executable, "-c", RUNNER, str(folder), str(lock.fileno())],
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


#: The runner, run as `python -c RUNNER <job folder> <lock fd>` by start_job: standard library only, so it starts
#: in a fraction of a second even when importing this module (pandas, SQLModel) takes seconds. It runs the
#: job's steps in order with their output appended to the log, records each step in status.json and the
#: result at the end; SIGTERM (cancel_job) stops the step it runs and records "cancelled".
RUNNER = r"""
import json, os, signal, subprocess, sys
from datetime import UTC, datetime
from pathlib import Path

folder = Path(sys.argv[1])
steps = json.loads((folder / "job.json").read_text(encoding="utf-8"))["steps"]
cancelled, current = False, None


def write_status(data):
    temporary = folder / ".status.json.runner.tmp"
    temporary.write_text(json.dumps(data), encoding="utf-8")
    temporary.replace(folder / "status.json")


def on_term(signum, frame):
    global cancelled
    cancelled = True
    if current is not None and current.poll() is None:
        current.terminate()


signal.signal(signal.SIGTERM, on_term)
state, number, returncode = "succeeded", 0, 0
with (folder / "output.log").open("ab", buffering=0) as log:
    for number, argv in enumerate(steps, start=1):
        write_status({"state": "running", "step": number})
        log.write(("$ " + " ".join(argv) + "\n").encode())
        try:
            current = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            returncode = current.wait()
        except OSError as exc:
            log.write(f"cannot start the command: {exc}\n".encode())
            returncode = 127
        if cancelled:
            state = "cancelled"
            log.write(b"cancelled\n")
            break
        if returncode != 0:
            state = "failed"
            log.write(f"step {number} failed with exit status {returncode}\n".encode())
            break
finished_at = datetime.now(UTC).isoformat()
write_status({"state": state, "step": number, "returncode": returncode, "finished_at": finished_at})
sys.exit(0 if state == "succeeded" else 1)
"""
