"""The learning-loop test: plant 50 agent corrections of one intent the bot gets wrong, run the nightly job,
and show that the new adapter fixes that intent on held-out data without regressing the others.

It drives the product, not a shortcut:
1. The target intent is ``--intent`` (default: the champion's weakest on its gate report among intents with
   at least 5 gate tickets).
2. The bot gets an intent wrong where customers phrase it in ways the training data never showed, so the
   planted tickets use the held-out phrasings, split in two: half of the intent's held-out templates are
   "taught" (fresh tickets from them, new fills, none equal to a held-out ticket), the other half stay
   "unseen". The fresh tickets are imported without labels and drafted by the active adapter; an agent
   corrects every wrong draft the way the review app does (``serving.review``: correct the intent, set the
   entities, approve) and approves the right ones, until ``--corrections`` corrections are planted.
3. ``destek retrain --nightly`` runs as a subprocess (build, train, gate, promote), timed.
4. Champion and challenger are scored on the target intent's held-out tickets, separately for the taught
   and the unseen templates (unseen: generalisation to phrasings no agent corrected), and their gate
   reports (the first ``--gate-limit`` held-out tickets) are compared intent by intent.

Usage (a database with the mini set imported and an active adapter, e.g. after ``destek retrain``):
    DESTEK_DB=train.db python bench/loop_test.py --heldout runs/heldout.jsonl [--intent stok_sor]
        [--corrections 50] [--config cpu-small] [--gate-limit 200] [--out bench/results]

Prints the before/after table and writes ``loop_test.json`` and ``loop_test.png`` to --out. Needs an idle
CPU for about 25 minutes (planting about 7, the nightly job about 10, scoring the rest).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import Adapter, TrainingRun

#: An intent counts as regressed when its gate-report accuracy drops by more than this (one ticket of ~5).
REGRESSION_TOLERANCE = 0.2
#: What the loop test keeps of the nightly's training run.
TRAINING_FIELDS = ("warm_start_from", "n_train", "steps", "s_per_step", "train_runtime_s", "duration_s")


def weakest_intent(report: dict[str, Any]) -> str:
    """The intent with the lowest accuracy in a report (ties: more support first, then by name)."""
    per_intent = {k: v for k, v in report["per_intent"].items() if v.get("support", 0) >= 5}
    return min(per_intent, key=lambda k: (per_intent[k]["accuracy"], -per_intent[k]["support"], k))


def split_templates(tickets: list[dict[str, Any]], intent: str) -> tuple[set[str], set[str]]:
    """(taught, unseen): the intent's held-out templates, alternately, in a stable order."""
    templates = sorted({t["template"] for t in tickets if t["intent"] == intent})
    if len(templates) < 2:
        raise SystemExit(f"{intent} has {len(templates)} held-out template(s); the test needs two or more")
    return set(templates[::2]), set(templates[1::2])


def plant_corrections(
    engine: Engine,
    bot: Any,
    intent: str,
    wanted: int,
    *,
    templates: set[str],
    exclude: set[str],
    seed: int,
    demo_seed: int,
) -> dict[str, int]:
    """Import unlabelled tickets of `intent` from `templates` (none whose text is in `exclude`) and draft them
    with `bot`; an agent corrects the wrong drafts (intent, entities, approve) and approves the right ones,
    until `wanted` corrections are in."""
    from db.contract import load_contract
    from db.corpus import generate
    from db.demo import build_demo
    from db.models import Ticket
    from serving import review
    from serving.drafting import draft_ticket
    from serving.ingest import import_rows

    contract = load_contract()
    demo = build_demo(demo_seed)  # the database's commerce data: its customers own the tickets' orders
    stats = {"drafted": 0, "approved_as_drafted": 0, "corrected": 0}
    batch = 0
    while stats["corrected"] < wanted:
        batch += 1
        if stats["drafted"] >= 10 * wanted:
            raise SystemExit(f"only {stats['corrected']} wrong drafts of {intent} in {stats['drafted']} tickets")
        fresh = generate("heldout", 3000, seed + batch, demo=demo)
        records = [r for r in fresh if r["template"] in templates and r["text"] not in exclude]
        rows = [{"id": r["id"], "text": r["text"], "customer_id": r["customer_id"]} for r in records]
        imported = import_rows(engine, enumerate(rows, start=1), source=f"loop-test-{intent}")
        gold = {r["id"]: r for r in records}
        with Session(engine) as session:
            for ticket_id in imported.ticket_ids:
                if stats["corrected"] >= wanted:
                    break
                ticket = session.get(Ticket, ticket_id)
                draft = draft_ticket(session, bot, ticket)
                stats["drafted"] += 1
                view = review.load_ticket(session, ticket_id)
                if draft.intent == intent:
                    review.approve(session, ticket_id, view.version, None)
                    stats["approved_as_drafted"] += 1
                    continue
                view = review.correct_intent(session, ticket_id, view.version, None, intent)
                record = gold[ticket.external_id]
                entities = [
                    {"type": e["type"], "value": e["value"]}
                    for e in record["entities"]
                    if e["value"] in view.text and e["type"] in contract.entity_type_ids
                ]
                view = review.set_entities(session, ticket_id, view.version, None, entities)
                review.approve(session, ticket_id, view.version, None)
                stats["corrected"] += 1
                print(f"  {stats['corrected']}/{wanted} corrections planted ({stats['drafted']} drafted)", flush=True)
    return stats


def score_intent(engine: Engine, adapter_path: str, label: str, tickets: list[Any], base_model: str) -> float:
    """Intent accuracy of an adapter on `tickets` (the bot's evaluation harness)."""
    from serving.bot import Bot
    from serving.local_llm import TransformersBackend
    from training.evaluate import backend_engine_for, evaluate

    backend = TransformersBackend(base_model, adapter=adapter_path, adapter_name=label)
    report, _ = evaluate(Bot(backend), tickets, backend_engine_for(engine, seed=7, progress=lambda _: None))
    return float(report["intent_accuracy"])


def gate_report(adapter_path: str) -> dict[str, Any]:
    path = Path(adapter_path) / "gate" / "report.json"
    if not path.is_file():
        raise SystemExit(f"{path} is missing: gate the adapter first (destek retrain writes it)")
    return json.loads(path.read_text(encoding="utf-8"))


def ticket_changes(champion_path: str, challenger_path: str, target: str) -> dict[str, Any]:
    """Gate tickets of other intents that the challenger got wrong where the champion was right ("lost") and
    the reverse ("gained"), by gold intent: per-intent accuracy on 2-11 tickets an intent hides how few
    tickets a "regression" is."""
    from bench.compare_predictions import compare_predictions
    from training.dataset import read_records

    before = read_records(Path(champion_path) / "gate" / "predictions.jsonl")
    after = read_records(Path(challenger_path) / "gate" / "predictions.jsonl")
    gold = {row["id"]: row["gold_intent"] for row in before}
    result = compare_predictions(
        gold, {row["id"]: row["intent"] for row in before}, {row["id"]: row["intent"] for row in after}, {target}
    )
    return {
        "lost": result["others"]["lost"],
        "gained": result["others"]["gained"],
        "lost_by_intent": result["lost"],
        "gained_by_intent": result["gained"],
    }


def regressions(before: dict[str, Any], after: dict[str, Any], target: str) -> dict[str, tuple[float, float]]:
    """Intents (other than the target) whose gate accuracy fell by more than REGRESSION_TOLERANCE."""
    fallen = {}
    for intent, old in before["per_intent"].items():
        new = after["per_intent"].get(intent)
        if intent != target and new and old["accuracy"] - new["accuracy"] > REGRESSION_TOLERANCE:
            fallen[intent] = (old["accuracy"], new["accuracy"])
    return fallen


def plot(result: dict[str, Any], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    before, after = result["champion"]["per_intent"], result["challenger"]["per_intent"]
    intents = sorted(before, key=lambda k: before[k])
    fig, ax = plt.subplots(figsize=(12, 4.5))
    xs = range(len(intents))
    ax.bar([x - 0.2 for x in xs], [before[k] for k in intents], 0.4, label=result["champion"]["name"])
    ax.bar([x + 0.2 for x in xs], [after.get(k, 0) for k in intents], 0.4, label=result["challenger"]["name"])
    ax.set_xticks(list(xs), intents, rotation=75, fontsize=7)
    target = result["intent"]
    ax.set_title(
        f"Loop test: {result['corrections']} corrections of {target}; its held-out accuracy, unseen templates "
        f"{result['target_before']['unseen']:.2f} -> {result['target_after']['unseen']:.2f}, taught templates "
        f"{result['target_before']['taught']:.2f} -> {result['target_after']['taught']:.2f}"
    )
    ax.set_ylabel(f"intent accuracy (gate: first {result['gate_n']} held-out)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "loop_test.png", dpi=120)


def main() -> None:
    from db.engine import init_db, make_engine
    from serving.bot import Bot
    from serving.factory import NO_SAFE_THRESHOLD, active_adapter
    from serving.local_llm import TransformersBackend
    from training.config import load_config
    from training.evaluate import read_gold

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heldout", type=Path, required=True, help="held-out JSONL (the gate's file)")
    parser.add_argument("--intent", default=None, help="intent to correct (default: the champion's weakest)")
    parser.add_argument("--corrections", type=int, default=50)
    parser.add_argument("--config", default="cpu-small")
    parser.add_argument("--gate-limit", type=int, default=200)
    parser.add_argument("--seed", type=int, default=101, help="pool seed for the planted tickets")
    parser.add_argument("--demo-seed", type=int, default=7, help="seed of the database's demo commerce data")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args()

    engine = make_engine()
    init_db(engine)
    champion = active_adapter(engine)
    if champion is None:
        raise SystemExit("no active adapter: run `destek retrain` first, so there is a champion to correct")
    load_config(args.config)  # an invalid config fails here, before anything is planted
    before_report = gate_report(champion.path)
    intent = args.intent or weakest_intent(before_report)
    raw = [json.loads(line) for line in args.heldout.read_text(encoding="utf-8").splitlines() if line.strip()]
    taught, unseen = split_templates(raw, intent)
    template_of = {r["id"]: r.get("template") for r in raw}
    gold = [t for t in read_gold(args.heldout) if t.intent == intent]
    groups = {
        "taught": [t for t in gold if template_of[t.id] in taught],
        "unseen": [t for t in gold if template_of[t.id] in unseen],
    }
    print(
        f"Champion {champion.name}; target intent {intent}: held-out tickets of taught templates "
        f"{len(groups['taught'])}, of unseen templates {len(groups['unseen'])}.",
        flush=True,
    )
    before = {k: score_intent(engine, champion.path, champion.name, v, champion.base_model) for k, v in groups.items()}
    print(f"Champion on {intent}: {before}", flush=True)
    # Every draft goes to the human queue, as it would for an intent the bot is unsure of: agents correct it.
    backend = TransformersBackend(champion.base_model, adapter=champion.path, adapter_name=champion.name)
    bot = Bot(backend, threshold=NO_SAFE_THRESHOLD)
    planted = plant_corrections(
        engine,
        bot,
        intent,
        args.corrections,
        templates=taught,
        exclude={r["text"] for r in raw},
        seed=args.seed,
        demo_seed=args.demo_seed,
    )
    del bot

    destek = Path(sys.executable).with_name("destek")
    command = [str(destek), "retrain", "--nightly", "--config", args.config, "--gate-limit", str(args.gate_limit)]
    print("Running:", " ".join(command), flush=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, env=os.environ)
    nightly_s = time.perf_counter() - started

    challenger = active_adapter(engine)
    if challenger is None or challenger.name == champion.name:  # rejected by the gate: the newest adapter
        with Session(engine) as session:
            challenger = session.exec(select(Adapter).order_by(Adapter.id.desc())).first()
    after_report = gate_report(challenger.path)
    after = {
        k: score_intent(engine, challenger.path, challenger.name, v, challenger.base_model) for k, v in groups.items()
    }
    fallen = regressions(before_report, after_report, intent)
    with Session(engine) as session:
        run = session.get(TrainingRun, challenger.training_run_id) if challenger.training_run_id else None
    training = {k: (run.metrics or {}).get(k) for k in TRAINING_FIELDS} if run else {}
    result = {
        "intent": intent,
        "corrections": planted["corrected"],
        "planted": planted,
        "templates": {"taught": sorted(taught), "unseen": sorted(unseen)},
        "heldout_n": {k: len(v) for k, v in groups.items()},
        "target_before": before,
        "target_after": after,
        "gate_n": after_report["n"],
        "nightly_s": round(nightly_s, 1),
        "promoted": challenger.status == "active",
        "gate_reasons": (challenger.gate or {}).get("reasons", []),
        "regressions": fallen,
        "other_intents": ticket_changes(champion.path, challenger.path, intent),
        "training": {**training, "learning_rate": (run.config or {}).get("learning_rate") if run else None},
        "champion": {
            "name": champion.name,
            "per_intent": {k: v["accuracy"] for k, v in before_report["per_intent"].items()},
            **{k: before_report[k] for k in ("intent_accuracy", "tool_call_accuracy", "hallucination_rate")},
        },
        "challenger": {
            "name": challenger.name,
            "per_intent": {k: v["accuracy"] for k, v in after_report["per_intent"].items()},
            **{k: after_report[k] for k in ("intent_accuracy", "tool_call_accuracy", "hallucination_rate")},
        },
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "loop_test.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    plot(result, args.out)
    print(f"\nNightly job: {nightly_s / 60:.1f} min; {challenger.name} is {challenger.status}.")
    print("Gate:", "; ".join(result["gate_reasons"]))
    for group, tickets in groups.items():
        print(f"{intent}, {group} templates ({len(tickets)} held-out): {before[group]:.3f} -> {after[group]:.3f}")
    for key in ("intent_accuracy", "tool_call_accuracy", "hallucination_rate"):
        print(f"{key} (gate, {after_report['n']} tickets): {before_report[key]:.3f} -> {after_report[key]:.3f}")
    print(f"Regressed intents (> {REGRESSION_TOLERANCE} drop): {fallen or 'none'}")
    others = result["other_intents"]
    print(
        f"Other intents' gate tickets: {others['lost']} lost, {others['gained']} gained "
        f"(lost by intent: {others['lost_by_intent']})"
    )
    print(f"Training: {result['training']}")


if __name__ == "__main__":
    main()
