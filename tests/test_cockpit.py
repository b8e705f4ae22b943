"""The cockpit service: quality and error views over hand-made rows, adapters, promote and roll back (the
background jobs are in test_jobs.py)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import (
    Adapter,
    AnnotationTask,
    Correction,
    DatasetVersion,
    Draft,
    EvalReport,
    Ticket,
    TrainingRun,
)
from db.users import add_user
from training import cockpit, registry
from training.metrics import NONE_COLUMN, confusion_matrix, intent_scores

LABELS = ("siparis_status", "kargo_takip", "iade_baslat")
NOW = datetime.now(UTC)


def report_metrics(gold: list[str], pred: list[str | None], **numbers: float | None) -> dict:
    """A report shaped like training.evaluate.score's, from real intent scoring plus the given numbers."""
    intents = intent_scores(gold, pred, LABELS)
    return {
        "n": len(gold),
        "intent_accuracy": intents["accuracy"],
        "intent_macro_f1": intents["macro_f1"],
        "per_intent": intents["per_intent"],
        "confusion_labels": list(LABELS),
        "confusion": confusion_matrix(gold, pred, LABELS).tolist(),
        **numbers,
    }


def seed_cockpit(engine: Engine, folder: Path) -> None:
    """Two reports on the held-out file (one under, one over the SLA), one on another file; corrections;
    two active-learning batches; a dataset, a run; adapters a1 (active), a2 (candidate, passed), a3 (rejected)."""
    gold = ["siparis_status", "siparis_status", "kargo_takip", "kargo_takip", "iade_baslat"]
    with Session(engine) as session:
        session.add_all(
            [
                EvalReport(
                    data_name="heldout.jsonl",
                    n=5,
                    model="m",
                    adapter=None,
                    created_at=NOW - timedelta(days=2),
                    metrics=report_metrics(
                        gold,
                        ["kargo_takip", "siparis_status", "kargo_takip", "siparis_status", None],
                        entity_f1=0.9,
                        tool_call_accuracy=0.95,
                        hallucination_rate=0.04,
                        latency_p95_s=4.0,
                    ),
                ),
                EvalReport(
                    data_name="heldout.jsonl",
                    n=5,
                    model="m",
                    adapter="a1",
                    created_at=NOW - timedelta(days=1),
                    metrics=report_metrics(
                        gold,
                        list(gold),
                        entity_f1=0.97,
                        tool_call_accuracy=0.99,
                        hallucination_rate=0.0,
                        latency_p95_s=1.5,
                    ),
                ),
                EvalReport(
                    data_name="other.jsonl",
                    n=1,
                    model="m",
                    created_at=NOW - timedelta(days=3),
                    metrics={"n": 1, "hallucination_rate": 0.0, "latency_p95_s": 0.5, "entity_f1": None},
                ),
            ]
        )
        tickets = [Ticket(dedupe_key=f"cockpit-{i}", text=f"bilet {i}") for i in range(6)]
        session.add_all(tickets)
        session.flush()
        drafts = [
            Draft(ticket_id=tickets[0].id, model="m", intent="kargo_takip"),
            Draft(ticket_id=tickets[1].id, model="m", intent="iade_baslat"),
            Draft(ticket_id=tickets[2].id, model="m", intent="iade_baslat"),
        ]
        session.add_all(drafts)
        session.flush()
        session.add_all(
            [
                # corrected to siparis_status: counts for the true intent, not the draft's kargo_takip
                Correction(
                    ticket_id=tickets[0].id,
                    draft_id=drafts[0].id,
                    field="intent",
                    before="kargo_takip",
                    after="siparis_status",
                    role="agent",
                ),
                Correction(ticket_id=tickets[0].id, draft_id=drafts[0].id, field="approve", role="agent"),
                Correction(ticket_id=tickets[1].id, draft_id=drafts[1].id, field="entities", after=[], role="agent"),
                Correction(ticket_id=tickets[2].id, draft_id=drafts[2].id, field="reply", after="ok", role="agent"),
                Correction(
                    ticket_id=tickets[2].id,
                    draft_id=drafts[2].id,
                    field="reply",
                    after="old",
                    role="agent",
                    created_at=NOW - timedelta(days=40),
                ),
            ]
        )
        earlier = NOW - timedelta(days=5)
        session.add_all(
            [
                AnnotationTask(ticket_id=tickets[3].id, batch="margin-1", strategy="margin", created_at=earlier),
                AnnotationTask(
                    ticket_id=tickets[4].id, batch="margin-1", strategy="margin", status="done", created_at=earlier
                ),
                AnnotationTask(ticket_id=tickets[5].id, batch="ud-2", strategy="uncertainty_diversity"),
            ]
        )  # fmt: skip
        session.add(
            DatasetVersion(
                version="abc123", path="runs/datasets/abc123", n_train=90, n_validation=10,
                stats={"sources": {"annotation": 40, "correction": 60}},
            )
        )  # fmt: skip
        run = TrainingRun(
            dataset_version="abc123", config_name="cpu-small", status="finished", adapter_name="a2",
            metrics={"train_loss": 0.5, "eval_loss": 0.6, "warm_start_from": "a1"}, duration_s=12.0,
        )  # fmt: skip
        session.add(run)
        session.flush()
        for name, status, gate in (
            ("a1", "candidate", None),
            ("a2", "candidate", {"passed": True, "metrics": {"intent_accuracy": 0.95}, "baseline": {"name": "a1"}}),
            ("a3", "rejected", {"passed": False, "metrics": {"intent_accuracy": 0.5}}),
        ):
            (folder / name).mkdir(parents=True, exist_ok=True)
            session.add(
                Adapter(
                    name=name, base_model="m", path=str(folder / name), status=status, gate=gate, training_run_id=run.id
                )
            )
        session.commit()
    registry.promote(engine, "a1")


@pytest.fixture
def seeded(engine: Engine, tmp_path: Path) -> Engine:
    seed_cockpit(engine, tmp_path / "adapters")
    return engine


def test_quality_history_and_scorecard(seeded: Engine) -> None:
    assert cockpit.eval_data_names(seeded) == ["heldout.jsonl", "other.jsonl"]  # latest scored first
    history = cockpit.quality_history(seeded, "heldout.jsonl")
    assert list(history["adapter"]) == ["(temel model)", "a1"]  # oldest first
    assert history["intent_accuracy"].tolist() == [0.4, 1.0]
    everything = cockpit.quality_history(seeded)
    assert len(everything) == 3 and math.isnan(everything.iloc[0]["intent_accuracy"])
    long = cockpit.quality_long(history)
    assert set(long["metric"]) == {sla.key for sla in cockpit.SLAS}
    assert (long.loc[long["metric"] == "latency_p95_s", "target"] == 3.0).all()

    latest = cockpit.latest_report(seeded, "heldout.jsonl")
    assert latest is not None and latest.adapter == "a1"
    card = {status.sla.key: status for status in latest.scorecard}
    assert card["intent_accuracy"].met and card["intent_accuracy"].margin == pytest.approx(0.08)
    assert card["hallucination_rate"].met and card["latency_p95_s"].met
    first = cockpit.quality_history(seeded, "heldout.jsonl").iloc[0]
    assert not cockpit.SLA_BY_KEY["latency_p95_s"].met(first["latency_p95_s"])
    assert cockpit.latest_report(seeded).data_name == "heldout.jsonl"  # newest overall
    other = {s.sla.key: s for s in cockpit.latest_report(seeded, "other.jsonl").scorecard}
    assert other["entity_f1"].value is None and other["entity_f1"].met is None


def test_confusion_and_per_intent(seeded: Engine) -> None:
    first = cockpit.latest_report(seeded, "heldout.jsonl")
    with Session(seeded) as session:
        weak = session.exec(select(EvalReport).order_by(EvalReport.created_at)).all()[1]
    weak_view = cockpit._view(weak)
    matrix = cockpit.confusion_frame(weak_view)
    cell = matrix.set_index(["gold", "predicted"])["count"]
    assert cell[("siparis_status", "kargo_takip")] == 1 and cell[("iade_baslat", NONE_COLUMN)] == 1
    assert matrix["count"].sum() == 5
    # the perfect report: the "no prediction" column had no tickets, so it is trimmed away
    assert NONE_COLUMN not in set(cockpit.confusion_frame(first)["predicted"])
    table = cockpit.per_intent_frame(weak_view)
    assert table.iloc[0]["intent"] == "iade_baslat" and table.iloc[0]["f1"] == 0.0  # weakest first
    assert table.iloc[0]["etiket"] != "iade_baslat"  # the contract's Turkish label


def test_corrections_per_intent(seeded: Engine) -> None:
    volume = cockpit.corrections_by_intent(seeded)
    counts = volume.groupby("intent")["count"].sum().to_dict()
    assert counts == {"iade_baslat": 3, "siparis_status": 1}  # approve is a decision, not a correction
    assert "kargo_takip" not in counts  # an intent correction counts for the corrected-to intent
    assert volume.iloc[0]["intent"] == "iade_baslat"  # most corrected first
    recent = cockpit.corrections_by_intent(seeded, days=30)
    assert recent.groupby("intent")["count"].sum().to_dict() == {"iade_baslat": 2, "siparis_status": 1}


def test_annotation_queue(seeded: Engine) -> None:
    queue = cockpit.annotation_queue(seeded)
    assert list(queue["batch"]) == ["ud-2", "margin-1"]  # newest first
    margin = queue.set_index("batch").loc["margin-1"]
    assert (margin["total"], margin["open"], margin["done"]) == (2, 1, 1)
    summary = cockpit.queue_summary(queue)
    assert (summary.open, summary.total, summary.batches, summary.latest_strategy) == (2, 3, 2, "uncertainty_diversity")


def test_empty_database_gives_empty_views(engine: Engine) -> None:
    assert cockpit.eval_data_names(engine) == [] and cockpit.latest_report(engine) is None
    assert cockpit.quality_history(engine).empty and cockpit.quality_long(cockpit.quality_history(engine)).empty
    for frame in (
        cockpit.corrections_by_intent(engine),
        cockpit.annotation_queue(engine),
        cockpit.datasets_frame(engine),
        cockpit.training_runs_frame(engine),
        cockpit.adapters_frame(engine),
        cockpit.adapter_history(engine),
    ):
        assert frame.empty
    assert cockpit.queue_summary(cockpit.annotation_queue(engine)).latest_strategy is None
    assert cockpit.active_adapter(engine) is None and cockpit.rollback_candidate_name(engine) is None


def test_datasets_runs_and_adapters(seeded: Engine) -> None:
    datasets = cockpit.datasets_frame(seeded)
    assert datasets.iloc[0]["sources"] == "annotation: 40, correction: 60"
    runs = cockpit.training_runs_frame(seeded)
    assert runs.iloc[0]["train_loss"] == 0.5 and runs.iloc[0]["adapter_name"] == "a2"
    assert runs.iloc[0]["started_from"] == "a1"
    adapters = cockpit.adapters_frame(seeded).set_index("name")
    assert adapters.loc["a2", "gate_passed"] is True and adapters.loc["a2", "baseline"] == "a1"
    assert adapters.loc["a2", "intent_accuracy"] == 0.95 and adapters.loc["a1", "status"] == "active"
    assert cockpit.promotable_adapters(seeded) == ["a2", "a3"]  # candidates first


def test_promote_and_rollback_record_who(seeded: Engine) -> None:
    with Session(seeded) as session:
        lead = add_user(session, "zeynep", "correct-horse", "ml_lead")
        session.commit()
        lead_id = lead.id
    assert cockpit.rollback_candidate_name(seeded) is None  # a1 replaced nothing
    with pytest.raises(registry.RegistryError):
        cockpit.rollback_adapter(seeded, user_id=lead_id)
    cockpit.promote_adapter(seeded, "a2", user_id=lead_id, username="zeynep")
    assert cockpit.active_adapter(seeded) == "a2" and cockpit.rollback_candidate_name(seeded) == "a1"
    restored = cockpit.rollback_adapter(seeded, user_id=lead_id)
    assert restored.adapter.name == "a1" and restored.swap is None  # no vLLM replica configured: the alias alone
    assert cockpit.active_adapter(seeded) == "a1"
    history = cockpit.adapter_history(seeded)
    assert list(history["action"]) == [registry.ROLLBACK_ACTION, registry.PROMOTE_ACTION, registry.PROMOTE_ACTION]
    assert list(history["user"]) == ["zeynep", "zeynep", "(sistem)"]
    assert "zeynep" in history.iloc[1]["reason"]
