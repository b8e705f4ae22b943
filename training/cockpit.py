"""The ML lead's cockpit, as a service: what the quality numbers say, and the buttons that change the adapter.

Free of any UI code, so the Streamlit page (app/pages/cockpit.py) stays a short script:

Reading. Plain DataFrames and dataclasses from the tables: stored evaluation reports over time against the
SLA lines, the latest report's confusion matrix and per-intent scores, human corrections per intent, the
active-learning queue, dataset versions, training runs, adapters with their gate results and the
promotion/rollback history.

Acting. Promote and roll back are quick and run in-process through training.promotion (training.registry
records who did them). Building a dataset, retraining and running an eval take minutes to hours, so they
run as background jobs: training.jobs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
    aware_utc,
)
from serving.tools import TURKEY
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


def _local(moment: datetime | None) -> datetime | None:
    """A stored moment in the one time zone the app shows (TRT), for the tables people read."""
    return aware_utc(moment).astimezone(TURKEY) if moment is not None else None


def _view(row: EvalReport) -> ReportView:
    return ReportView(
        id=row.id,
        created_at=aware_utc(row.created_at),
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
        rows = [(t.batch, t.strategy, t.status, _local(t.created_at)) for t in tasks]
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
                "created_at": _local(v.created_at),
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
                "started_at": _local(r.started_at),
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
                "created_at": _local(adapter.created_at),
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
            "created_at": _local(e.created_at),
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


def rollback_candidate_name(engine: Engine) -> str | None:
    """The name of the adapter a rollback would re-activate (the one the active adapter replaced), or None."""
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
