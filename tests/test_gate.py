"""training.gate: a candidate is promoted (through training.promotion) only when it beats or matches the
baseline on every gate metric; the active adapter's stored numbers are reused; after a night, the intents it did
not teach must hold too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import Adapter
from tests.fake_vllm import adapter_row
from tests.test_registry import add_adapter
from training import gate as gate_module
from training.config import load_config
from training.gate import compare_with_baseline, run_gate


def report(intent: float, tool: float, halluc: float, threshold: float = 0.8) -> dict:
    return {
        "intent_accuracy": intent,
        "tool_call_accuracy": tool,
        "hallucination_rate": halluc,
        "suggested_threshold": threshold,
        "n": 10,
    }


class FakeEvaluator:
    """Returns a fixed report per adapter path (None = base model) and counts the calls."""

    def __init__(self, reports: dict[str | None, dict]) -> None:
        self.reports, self.calls = reports, []

    def __call__(self, adapter_path: str | None, label: str) -> dict:
        self.calls.append(adapter_path)
        return self.reports[adapter_path]


@pytest.fixture
def gate_settings(tmp_path: Path):
    heldout = tmp_path / "heldout.jsonl"
    heldout.write_text('{"text": "merhaba", "intent": "selamlama"}\n')
    return load_config("cpu-small").gate.__class__(heldout=str(heldout), limit=None)


def test_gate_promotes_a_better_candidate_over_the_base_model(engine: Engine, tmp_path: Path, gate_settings) -> None:
    path = add_adapter(engine, tmp_path, "a1")
    evaluator = FakeEvaluator({None: report(0.5, 0.5, 0.1), path: report(0.9, 0.8, 0.0, threshold=0.73)})
    decision = run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    assert decision.passed and decision.baseline_name == "base model gemma3-270m"
    row = adapter_row(engine, "a1")
    assert row.status == "active"
    assert row.gate["threshold"] == 0.73 and row.gate["metrics"]["intent_accuracy"] == 0.9
    assert row.gate["baseline"]["metrics"]["intent_accuracy"] == 0.5 and row.gate["passed"]


def test_the_gate_promotes_through_training_promotion(
    engine: Engine, tmp_path: Path, gate_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever runs the gate (a command, the nightly job here or on Modal), a pass promotes through
    training.promotion, which hot-swaps onto the configured vLLM replicas: after the gate numbers are stored
    (the swap's canaries read them), and only on a pass."""
    good, bad = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    evaluator = FakeEvaluator({None: report(0.5, 0.5, 0.0), good: report(0.9, 0.8, 0.0), bad: report(0.1, 0.1, 0.5)})
    calls = []
    real = gate_module.promote_everywhere

    def promote_everywhere(engine: Engine, name: str, *, reason: str):
        calls.append((name, reason, adapter_row(engine, name).gate["passed"]))
        return real(engine, name, reason=reason, replicas=[])

    monkeypatch.setattr(gate_module, "promote_everywhere", promote_everywhere)
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    run_gate(engine, "a2", gate_settings, evaluator=evaluator, say=print)
    assert [(name, stored) for name, _, stored in calls] == [("a1", True)]
    assert "passed the gate" in calls[0][1] and adapter_row(engine, "a1").status == "active"


def test_gate_rejects_a_candidate_worse_on_any_metric(engine: Engine, tmp_path: Path, gate_settings) -> None:
    path = add_adapter(engine, tmp_path, "a1")
    evaluator = FakeEvaluator({None: report(0.5, 0.5, 0.0), path: report(0.9, 0.9, 0.02)})
    decision = run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    row = adapter_row(engine, "a1")
    assert not decision.passed and row.status == "rejected"
    assert "hallucination_rate: 0.020 vs 0.000 WORSE" in row.reason and row.gate["passed"] is False


def test_gate_reuses_the_active_adapters_stored_numbers(engine: Engine, tmp_path: Path, gate_settings) -> None:
    first, second = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    evaluator = FakeEvaluator(
        {None: report(0.5, 0.5, 0.0), first: report(0.8, 0.8, 0.0), second: report(0.79, 0.8, 0.0)}
    )
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    evaluator.calls.clear()
    decision = run_gate(engine, "a2", gate_settings, evaluator=evaluator, say=print)
    assert evaluator.calls == [second]  # the baseline came from a1's stored gate numbers
    assert not decision.passed and decision.baseline_name == "a1"
    tolerant = gate_settings.__class__(heldout=gate_settings.heldout, tolerances={"intent_accuracy": 0.02})
    assert run_gate(engine, "a2", tolerant, evaluator=evaluator, say=print).passed
    assert adapter_row(engine, "a2").status == "active" and adapter_row(engine, "a1").status == "retired"


def intents_report(per_intent: dict[str, tuple[int, int]]) -> dict:
    """A report whose intent numbers come from (right, support) per intent."""
    right, total = sum(r for r, _ in per_intent.values()), sum(n for _, n in per_intent.values())
    return {
        **report(right / total, 0.8, 0.0),
        "n": total,
        "per_intent": {k: {"accuracy": r / n, "support": n, "f1": 0.5} for k, (r, n) in per_intent.items()},
    }


def test_after_a_night_the_gate_holds_the_intents_it_did_not_teach(
    engine: Engine, tmp_path: Path, gate_settings
) -> None:
    """The corrected intent's gains must not hide its neighbours' losses: overall accuracy rises 0.80 -> 0.90,
    but the other intents fall 15/15 -> 13/15."""
    first, second = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    champion = intents_report({"iade_baslat": (1, 5), "para_iadesi_durumu": (10, 10), "kargo_takip": (5, 5)})
    night = intents_report({"iade_baslat": (5, 5), "para_iadesi_durumu": (8, 10), "kargo_takip": (5, 5)})
    evaluator = FakeEvaluator({None: report(0.1, 0.1, 0.0), first: champion, second: night})
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    assert adapter_row(engine, "a1").gate["per_intent"]["iade_baslat"] == {"accuracy": 0.2, "support": 5}
    evaluator.calls.clear()

    decision = run_gate(engine, "a2", gate_settings, evaluator=evaluator, taught={"iade_baslat"}, say=print)

    assert evaluator.calls == [second]  # the champion's per-intent numbers were stored with its gate
    assert not decision.passed and "intent_accuracy: 0.900 vs 0.800 ok" in decision.reasons
    assert "other_intents_accuracy: 0.867 vs 1.000 WORSE" in decision.reasons
    row = adapter_row(engine, "a2")
    assert row.status == "rejected" and row.gate["taught"] == ["iade_baslat"]
    assert row.gate["metrics"]["other_intents_accuracy"] == pytest.approx(13 / 15)
    # without a night's taught intents (`destek adapters gate`) only the overall numbers count
    assert run_gate(engine, "a2", gate_settings, evaluator=evaluator, promote_on_pass=False, say=print).passed
    tolerant = gate_settings.__class__(heldout=gate_settings.heldout, tolerances={"other_intents_accuracy": 0.2})
    assert run_gate(engine, "a2", tolerant, evaluator=evaluator, taught={"iade_baslat"}, say=print).passed


def test_the_gate_rescores_a_champion_stored_without_per_intent_numbers(
    engine: Engine, tmp_path: Path, gate_settings
) -> None:
    first, second = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    champion = intents_report({"iade_baslat": (1, 5), "kargo_takip": (5, 5)})
    evaluator = FakeEvaluator({None: report(0.1, 0.1, 0.0), first: champion, second: champion})
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    with Session(engine) as session:  # as gated before the gate kept per-intent numbers
        row = session.exec(select(Adapter).where(Adapter.name == "a1")).one()
        row.gate = {k: v for k, v in row.gate.items() if k != "per_intent"}
        session.add(row)
        session.commit()
    evaluator.calls.clear()
    decision = run_gate(engine, "a2", gate_settings, evaluator=evaluator, taught={"iade_baslat"}, say=print)
    assert evaluator.calls == [second, first] and decision.passed
    assert "other_intents_accuracy: 1.000 vs 1.000 ok" in decision.reasons


def test_compare_with_baseline_ignores_metrics_that_were_not_scored() -> None:
    passed, reasons = compare_with_baseline(
        {"intent_accuracy": 0.9, "tool_call_accuracy": None}, report(0.8, 0.9, 0.0), {}
    )
    assert passed and "tool_call_accuracy: not scored" in reasons
    assert not any(r.startswith("other_intents_accuracy") for r in reasons)  # not a night: not compared
