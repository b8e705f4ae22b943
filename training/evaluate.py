"""The evaluation harness: run the bot end to end on a labelled JSONL file and score it by the contract's rules.

Works on any corpus-format file, down to one written by hand: only `text` and the gold fields being scored are
required. Tickets are masked exactly as the ingest door masks them, gold entity offsets are carried into the
masked text (entities are scored on their normalised values), tools run as the ticket's customer in dry-run
mode against the demo backend, and every reply is
checked by the same grounding check the bot uses. Writes report.json, report.md, predictions.jsonl and PNG
plots, and stores the report in the database.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from db.contract import Contract, load_contract
from db.demo import build_demo, seed_demo
from db.engine import init_db, make_engine
from db.models import EvalReport, Order
from serving.bot import Bot, DraftResult
from serving.grounding import ungrounded_facts
from serving.pii import mask
from serving.routing import ROUTE_AUTO, decide_route
from training import metrics

REPORT_KEYS = (
    "n",
    "intent_accuracy",
    "intent_macro_f1",
    "entity_f1",
    "order_number_exact",
    "tool_call_accuracy",
    "hallucination_rate",
    "latency_p50_s",
    "latency_p95_s",
    "auto_resolve_rate",
    "auto_resolve_precision",
)
TARGET_PRECISION = 0.98
#: One-sided z of the confidence with which the safe threshold's precision reaches TARGET_PRECISION (95%).
SAFE_THRESHOLD_Z = 1.645


class EvalDataError(ValueError):
    """The evaluation file cannot be scored (unreadable line, no text, unknown intent); names the line."""


@dataclass
class GoldTicket:
    id: str
    text: str
    customer_id: int | None
    intent: str | None
    entities: list[dict[str, Any]] | None
    tool_calls: list[dict[str, Any]] | None


def read_gold(path: Path) -> list[GoldTicket]:
    """Parse a corpus-format JSONL file; fields that are absent are simply not scored."""
    contract = load_contract()
    tickets = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalDataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
            raise EvalDataError(f"{path}:{number}: every line needs a non-empty 'text'")
        intent = row.get("intent")
        if intent is not None and not contract.has_intent(intent):
            raise EvalDataError(f"{path}:{number}: unknown intent {intent!r}")
        customer = row.get("customer_id")
        try:
            customer_id = int(customer) if customer not in (None, "") else None
        except (TypeError, ValueError):
            raise EvalDataError(f"{path}:{number}: customer_id must be an integer, got {customer!r}") from None
        entities = row.get("entities")
        if entities is not None and not (
            isinstance(entities, list) and all(isinstance(e, dict) and "type" in e and "value" in e for e in entities)
        ):
            raise EvalDataError(f"{path}:{number}: entities must be a list of {{type, value}} objects")
        tickets.append(
            GoldTicket(
                id=str(row.get("id", number)),
                text=row["text"],
                customer_id=customer_id,
                intent=intent,
                entities=entities,
                tool_calls=row.get("tool_calls"),
            )
        )
    if not tickets:
        raise EvalDataError(f"{path}: no tickets")
    return tickets


def has_orders(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Order)).one() > 0


def backend_engine_for(
    engine: Engine, *, seed: int, today: date | None = None, progress: Callable[[str], None] = print
) -> Engine:
    """The commerce backend the tools run against: the database's own, or a scratch copy of the demo.

    Tools only preview during evaluation (nothing is committed), but a database with no orders would make
    every order tool answer "not found"; a labelled corpus refers to the demo backend of its seed, dated
    from `today` (default: today) as the corpus was generated.
    """
    if has_orders(engine):
        return engine
    progress(f"No commerce data in the database: using a scratch demo backend (seed {seed}).")
    scratch = make_engine(f"sqlite:///{tempfile.mkdtemp(prefix='destek-eval-')}/backend.db")
    init_db(scratch)
    seed_demo(scratch, build_demo(seed, today=today))
    return scratch


def auto_eligible(result: DraftResult, contract: Contract, *, grounded: bool) -> bool:
    """Whether the router would answer this draft alone at threshold 0: no reason to send it to a human except,
    perhaps, its confidence. The gate picks its threshold among these drafts only: a draft that goes to a human
    whatever its confidence (an intent that needs one, a condition the ticket does not meet, a failed tool
    call, an ungrounded reply) is never auto-resolved, so it must not count for or against the precision the
    threshold is chosen for. A draft held back for its confidence met its intent's condition: the router
    checks the condition first."""
    if result.route.route == ROUTE_AUTO:
        return True
    if result.route.reason != "low_confidence":
        return False
    prediction = result.prediction
    at_zero = decide_route(
        contract.intent(prediction.intent) if prediction.intent else None,
        prediction.confidence,
        0.0,
        problems=prediction.problems,
        tool_results=result.tool_results,
        missing=None,
        grounded=grounded,
    )
    return at_zero.route == ROUTE_AUTO


def evaluate(
    bot: Bot,
    tickets: list[GoldTicket],
    backend_engine: Engine,
    *,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Draft every ticket and score the drafts; returns (report, per-ticket predictions)."""
    contract = load_contract()
    predictions: list[dict[str, Any]] = []
    with Session(backend_engine) as session:
        for done, ticket in enumerate(tickets, start=1):
            masked = mask(ticket.text)
            started = time.perf_counter()
            result = bot.draft(session, masked.text, ticket.customer_id, pii_values=masked.originals(ticket.text))
            latency = time.perf_counter() - started
            session.rollback()
            prediction = result.prediction
            ungrounded = ungrounded_facts(result.reply, [*result.tool_results, masked.text])
            predictions.append(
                {
                    "id": ticket.id,
                    "intent": prediction.intent,
                    "confidence": round(prediction.confidence, 6),
                    "top_intents": prediction.top_intents(),
                    "entities": [e.to_dict() for e in prediction.entities],
                    "tool_calls": result.tool_calls,
                    "reply": result.reply,
                    "route": result.route.route,
                    "route_reason": result.route.label,
                    "auto_eligible": auto_eligible(result, contract, grounded=not ungrounded),
                    "latency_s": round(latency, 4),
                    "problems": prediction.problems,
                    "ungrounded": ungrounded,
                    "gold_intent": ticket.intent,
                }
            )
            progress(done, len(tickets))
    report = score(tickets, predictions, contract.intent_ids)
    report["model"] = bot.backend.model_name
    report["adapter"] = bot.backend.adapter_name
    report["threshold"] = bot.threshold
    return report, predictions


def score(tickets: list[GoldTicket], predictions: list[dict[str, Any]], labels: tuple[str, ...]) -> dict[str, Any]:
    """The report's numbers from gold tickets and the predictions made for them."""
    n = len(tickets)
    report: dict[str, Any] = {"n": n}
    with_intent = [(t, p) for t, p in zip(tickets, predictions, strict=True) if t.intent is not None]
    if with_intent:
        gold = [t.intent for t, _ in with_intent]
        pred = [p["intent"] for _, p in with_intent]
        intents = metrics.intent_scores(gold, pred, labels)
        report["intent_accuracy"] = intents["accuracy"]
        report["intent_macro_f1"] = intents["macro_f1"]
        report["per_intent"] = intents["per_intent"]
        report["confusion_labels"] = list(labels)
        report["confusion"] = metrics.confusion_matrix(gold, pred, labels).tolist()
        correct_intent = [g == p for g, p in zip(gold, pred, strict=True)]
        confidences = [p["confidence"] for _, p in with_intent]
        report["intent_ece"] = metrics.expected_calibration_error(confidences, correct_intent)
    with_entities = [(t, p) for t, p in zip(tickets, predictions, strict=True) if t.entities is not None]
    if with_entities:
        entities = metrics.entity_scores(
            [t.entities for t, _ in with_entities],
            [p["entities"] for _, p in with_entities],
            load_contract().entity_type_ids,
        )
        report["entity_f1"] = entities["micro"]["f1"]
        report["entity_per_type"] = entities["per_type"]
        report["order_number_exact"] = entities["order_number_exact"]
    with_calls = [(t, p) for t, p in zip(tickets, predictions, strict=True) if t.tool_calls is not None]
    if with_calls:
        report["tool_call_accuracy"] = metrics.tool_call_accuracy(
            [p["tool_calls"] for _, p in with_calls], [t.tool_calls for t, _ in with_calls]
        )
    report["hallucination_rate"] = sum(bool(p["ungrounded"]) for p in predictions) / n
    latencies = metrics.latency_percentiles([p["latency_s"] for p in predictions])
    report["latency_p50_s"], report["latency_p95_s"] = latencies["p50"], latencies["p95"]
    if with_intent and with_calls and len(with_calls) == len(with_intent) == n:
        correct = [
            metrics.draft_correct(t.intent, p["intent"], t.tool_calls, p["tool_calls"])
            for t, p in zip(tickets, predictions, strict=True)
        ]
        stats = metrics.auto_resolve_stats([p["route"] for p in predictions], correct)
        report["auto_resolve_rate"] = stats["auto_resolve_rate"]
        report["auto_resolve_precision"] = stats["auto_resolve_precision"]
        # Chosen among the drafts the router could answer alone; the others sit at 0 (never auto-resolved).
        eligible = [p.get("auto_eligible", p["route"] == "auto") for p in predictions]
        routable = [p["confidence"] if ok else 0.0 for p, ok in zip(predictions, eligible, strict=True)]
        report["suggested_threshold"] = metrics.threshold_for_precision(routable, correct, target=TARGET_PRECISION)
        # The same with the precision's 95% lower bound at the target: where a large split is nearly all
        # right, the observed precision lets the threshold fall further than new phrasings allow.
        report["safe_threshold"] = metrics.threshold_for_precision(
            routable, correct, target=TARGET_PRECISION, z=SAFE_THRESHOLD_Z
        )
    else:
        stats = metrics.auto_resolve_stats([p["route"] for p in predictions], [False] * n)
        report["auto_resolve_rate"] = stats["auto_resolve_rate"]
        report["auto_resolve_precision"] = None
    for key in REPORT_KEYS:
        report.setdefault(key, None)
    report.setdefault("per_intent", {})
    return report


def write_outputs(report: dict[str, Any], predictions: list[dict[str, Any]], out: Path) -> None:
    """report.json, report.md, predictions.jsonl and the plots, in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    with (out / "predictions.jsonl").open("w", encoding="utf-8") as handle:
        for prediction in predictions:
            handle.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    latencies = [p["latency_s"] for p in predictions]
    metrics.plot_latency(latencies, out / "latency.png")
    if "confusion" in report:
        import numpy as np

        metrics.plot_confusion(np.asarray(report["confusion"]), report["confusion_labels"], out / "confusion.png")
        metrics.plot_per_intent(report["per_intent"], out / "per_intent.png")
        correct = [p["intent"] == p["gold_intent"] for p in predictions if p["gold_intent"] is not None]
        confidences = [p["confidence"] for p in predictions if p["gold_intent"] is not None]
        metrics.plot_reliability(confidences, correct, out / "reliability.png")
    (out / "report.md").write_text(render_markdown(report), encoding="utf-8")


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def render_markdown(report: dict[str, Any]) -> str:
    """A readable summary: headline numbers, then the weakest intents."""
    lines = [
        f"# Evaluation: {report.get('model')} / adapter {report.get('adapter') or 'none'}",
        "",
        "| metric | value |",
        "|---|---|",
    ]
    for key in (*REPORT_KEYS, "intent_ece", "suggested_threshold", "safe_threshold"):
        lines.append(f"| {key} | {_fmt(report.get(key))} |")
    per_intent = report.get("per_intent") or {}
    if per_intent:
        lines += [
            "",
            "## Weakest intents (by F1)",
            "",
            "| intent | precision | recall | f1 | support |",
            "|---|---|---|---|---|",
        ]
        weakest = sorted(per_intent.items(), key=lambda item: item[1]["f1"])[:10]
        for intent, row in weakest:
            scores = " | ".join(_fmt(row[key]) for key in ("precision", "recall", "f1"))
            lines.append(f"| {intent} | {scores} | {row['support']} |")
    lines += ["", "Plots: confusion.png, per_intent.png, latency.png, reliability.png", ""]
    return "\n".join(lines)


def store_report(engine: Engine, report: dict[str, Any], data_name: str, out: Path) -> int:
    """Keep the report in the database, where the ML lead's cockpit charts quality over time."""
    with Session(engine) as session:
        row = EvalReport(
            data_name=data_name,
            n=report["n"],
            model=report.get("model") or "",
            adapter=report.get("adapter"),
            metrics=report,
            out_dir=str(out),
        )
        session.add(row)
        session.commit()
        return row.id
