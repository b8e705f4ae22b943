"""The evaluation gate: a new adapter is served only if it is at least as good as what is served now.

The candidate is scored end to end (`training.evaluate`) on the fixed held-out file and compared with the
baseline: the active adapter's stored gate numbers when they were measured on the same held-out tickets,
otherwise the active adapter (or the base model, when none is active) is scored now. It passes when it
beats or matches the baseline on intent accuracy, tool-call accuracy and hallucination rate, each within a
configurable tolerance; after a night whose corrections taught some intents, also on the accuracy over the
tickets of all the other intents (`other_intents_accuracy`), since on a 200-ticket gate the corrected intent's
gains can hide its neighbours' losses. A pass promotes it through `training.promotion` (a hot-swap onto the
vLLM replicas in $DESTEK_VLLM_REPLICAS when there are any, else the database switch), the same way whoever runs
the gate: `destek train --gate`, `destek adapters gate`, the nightly job here or on Modal; a fail marks it
"rejected" with the reason. Either way its numbers,
its per-intent accuracy and the suggested routing threshold (the confidence above which auto-resolved drafts
reach the target precision) are stored in `Adapter.gate`, which is where the serving factory reads the
threshold from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from training.config import GATE_METRICS, OTHER_INTENTS, GateSettings
from training.promotion import promote_everywhere
from training.registry import ACTIVE, active, get_adapter, record_gate

#: Metrics where a higher value is better; the others (hallucination) are better lower.
HIGHER_IS_BETTER = {
    "intent_accuracy": True,
    "tool_call_accuracy": True,
    "hallucination_rate": False,
    OTHER_INTENTS: True,
}
KEPT_METRICS = (*GATE_METRICS, "intent_macro_f1", "entity_f1", "order_number_exact", "auto_resolve_rate", "n")

#: Scores the bot with the given adapter folder (None = the base model) on the held-out tickets; returns the
#: evaluation report (training.evaluate's keys). Tests inject a fake one.
Evaluator = Callable[[str | None, str], dict[str, Any]]


@dataclass(frozen=True)
class GateDecision:
    passed: bool
    reasons: list[str]
    candidate: dict[str, Any]
    baseline: dict[str, Any]
    baseline_name: str


def compare_with_baseline(
    candidate: dict[str, Any], baseline: dict[str, Any], tolerances: dict[str, float]
) -> tuple[bool, list[str]]:
    """(passed, reasons): one reason per gate metric, saying how the candidate did against the baseline.

    A metric the held-out file cannot score (None on either side) does not block the gate;
    `other_intents_accuracy` is compared only when the candidate carries it (see `with_other_intents`).
    """
    passed, reasons = True, []
    for metric in GATE_METRICS:
        if metric == OTHER_INTENTS and metric not in candidate:
            continue
        new, old = candidate.get(metric), baseline.get(metric)
        if new is None or old is None:
            reasons.append(f"{metric}: not scored")
            continue
        slack = tolerances.get(metric, 0.0)
        ok = new >= old - slack if HIGHER_IS_BETTER[metric] else new <= old + slack
        passed &= ok
        reasons.append(f"{metric}: {new:.3f} vs {old:.3f} {'ok' if ok else 'WORSE'}")
    return passed, reasons


def other_intents_accuracy(report: dict[str, Any], taught: Collection[str]) -> float | None:
    """Intent accuracy over the report's tickets whose true intent is not in `taught` (None: the report has no
    per-intent numbers, or no such tickets)."""
    kept = [s for intent, s in (report.get("per_intent") or {}).items() if intent not in taught and s.get("support")]
    total = sum(s["support"] for s in kept)
    return sum(round(s["accuracy"] * s["support"]) for s in kept) / total if total else None


def with_other_intents(report: dict[str, Any], taught: Collection[str]) -> dict[str, Any]:
    """The report with `other_intents_accuracy` for these taught intents added."""
    return {**report, OTHER_INTENTS: other_intents_accuracy(report, taught)}


def per_intent_counts(report: dict[str, Any]) -> dict[str, dict[str, float]]:
    """What the gate keeps of a report's per-intent numbers: enough to recompute any intents' accuracy."""
    return {
        k: {"accuracy": v["accuracy"], "support": v["support"]} for k, v in (report.get("per_intent") or {}).items()
    }


def heldout_fingerprint(path: Path, limit: int | None) -> str:
    """Identifies the held-out tickets scored: stored gate numbers are comparable only on the same ones."""
    return f"{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}:{limit or 'all'}"


def default_evaluator(engine: Engine, base_model: str, settings: GateSettings) -> Evaluator:
    """Score with the in-process bot on the first `settings.limit` held-out tickets; every report is also
    written beside the adapter and stored as an EvalReport, so the cockpit shows gate runs too."""

    def evaluate_adapter(adapter_path: str | None, label: str) -> dict[str, Any]:
        from serving.bot import Bot
        from serving.factory import adapter_companions
        from serving.local_llm import TransformersBackend
        from training.evaluate import backend_engine_for, evaluate, read_gold, store_report, write_outputs

        heldout = Path(settings.heldout)
        tickets = read_gold(heldout)[: settings.limit]
        backend = TransformersBackend(base_model, adapter=adapter_path, adapter_name=label if adapter_path else None)
        classifier, calibration = adapter_companions(adapter_path)
        bot = Bot(backend, classifier=classifier, calibration=calibration)
        tools_engine = backend_engine_for(engine, seed=settings.seed)
        report, predictions = evaluate(bot, tickets, tools_engine)
        out = (Path(adapter_path) if adapter_path else Path("runs/gate-base")) / "gate"
        write_outputs(report, predictions, out)
        store_report(engine, report, heldout.name, out)
        return report

    return evaluate_adapter


def run_gate(
    engine: Engine,
    name: str,
    settings: GateSettings,
    *,
    evaluator: Evaluator | None = None,
    promote_on_pass: bool = True,
    taught: Collection[str] = (),
    say: Callable[[str], None] = print,
) -> GateDecision:
    """Evaluate candidate `name` against the baseline, store the numbers, then promote or reject it.

    A passing candidate is made active by `training.promotion.promote_everywhere` (raises hotswap.SwapError
    when a replica fails: the candidate keeps its gate numbers and nothing switched).
    `taught`: the intents the night's corrections taught; when given, the candidate must also hold
    `other_intents_accuracy`, the accuracy on every other intent's tickets.
    """
    heldout = Path(settings.heldout)
    if not heldout.is_file():
        raise FileNotFoundError(
            f"held-out file {heldout} is missing; write one with "
            f"`destek data generate --split heldout --n 1000 --out {heldout}`"
        )
    fingerprint = heldout_fingerprint(heldout, settings.limit)
    with Session(engine) as session:
        candidate_row = get_adapter(session, name)
        base_model, candidate_path = candidate_row.base_model, candidate_row.path
        already_active = candidate_row.status == ACTIVE
        current = active(session)
        current_info = (current.name, current.path, current.gate or {}) if current and current.name != name else None
    evaluate_adapter = evaluator or default_evaluator(engine, base_model, settings)
    say(f"Gate: scoring {name} on {heldout} ({settings.limit or 'all'} tickets) ...")
    candidate = evaluate_adapter(candidate_path, name)
    if current_info is None:
        baseline_name = f"base model {base_model}"
        say(f"Gate: scoring the baseline, {baseline_name} ...")
        baseline = evaluate_adapter(None, baseline_name)
    else:
        baseline_name, baseline_path, stored = current_info
        if stored.get("heldout") == fingerprint and stored.get("metrics") and (stored.get("per_intent") or not taught):
            baseline = {**stored["metrics"], "per_intent": stored.get("per_intent")}
        else:
            say(f"Gate: scoring the baseline, active adapter {baseline_name} ...")
            baseline = evaluate_adapter(baseline_path, baseline_name)
    if taught:
        say(f"Gate: {OTHER_INTENTS} counts the tickets of every intent but {', '.join(sorted(taught))}.")
        candidate, baseline = with_other_intents(candidate, taught), with_other_intents(baseline, taught)
    passed, reasons = compare_with_baseline(candidate, baseline, settings.tolerances)
    gate = {
        "heldout": fingerprint,
        "heldout_path": str(heldout),
        "metrics": {k: candidate.get(k) for k in KEPT_METRICS},
        "per_intent": per_intent_counts(candidate),
        "taught": sorted(taught),
        "baseline": {"name": baseline_name, "metrics": {k: baseline.get(k) for k in KEPT_METRICS}},
        "threshold": candidate.get("suggested_threshold"),
        "tolerances": settings.tolerances,
        "passed": passed,
        "reasons": reasons,
    }
    verdict = "passed the gate" if passed else "failed the gate"
    reason = f"{verdict} against {baseline_name}: " + "; ".join(reasons)
    record_gate(engine, name, gate, passed=passed, reason=reason)
    say(reason)
    if passed and promote_on_pass and not already_active:
        say(promote_everywhere(engine, name, reason=reason).summary())
        say(f"{name} is now {ACTIVE}.")
    return GateDecision(passed, reasons, candidate, baseline, baseline_name)
