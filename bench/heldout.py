"""The shipped bot on held-out tickets: the SLA numbers, what each lever adds, and safe automation.

One pass over N held-out tickets (`destek data generate --split heldout --n N --seed S --today D`; templates
never trained on; D defaults to the shipped recipe's `demo_today`, so the file is the same on any day) with
the bot exactly as it serves: the adapter, the pattern entities, the intent classifier (n-grams and the e5
embedding) and the calibration from the adapter folder. The router runs with threshold 0 so that every
draft's confidence and correctness are known, then:

- the end-to-end report (intent accuracy and macro-F1, tool calls, entity F1, order-number exact,
  hallucination, ECE, latency), as `destek eval` writes it;
- intent levers from the same pass: the model's distribution alone, the classifier alone, and both
  pooled under the fitted calibration; entity levers: the patterns alone on their types;
- the precision / coverage curve of automation: for each threshold, the share of tickets the router would
  answer alone and how many of those are fully right (intent and tool calls), with the threshold the gate
  stored and what it gives here.

Usage:
    python bench/heldout.py [--n 1000] [--seed 7] [--shop-seed S] [--today 2026-12-06] [--adapter training/shipped]
                            [--out ...] [--data FILE.jsonl --name NAME]

`--seed` draws the tickets and, unless `--shop-seed` says otherwise, the demo shop they are about (customers,
orders, catalogue): another seed is another shop, so `--seed 11 --shop-seed 7` separates a new draw of the
held-out templates from a catalogue the bot never saw.

`--data` scores the first N tickets of a labelled file instead of generating them (e.g. a held-out set of an
earlier corpus version, to compare adapters across corpus versions), `--name` labels the output files.
Writes heldout{N}_{NAME}.json, heldout{N}_{NAME}_coverage.png and the per-intent / confusion plots (NAME:
shipped by default).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

TARGET_PRECISION = 0.98


def coverage_curve(confidences: Sequence[float], auto: Sequence[bool], correct: Sequence[bool]) -> dict[str, list]:
    """For each distinct confidence t (descending): coverage (share of all tickets routed auto with confidence
    >= t) and precision (share of those that are right)."""
    conf = np.asarray(confidences, dtype=float)
    eligible = np.asarray(auto, dtype=bool)
    right = np.asarray(correct, dtype=bool)
    thresholds = np.unique(conf[eligible])[::-1]
    coverage, precision = [], []
    for t in thresholds:
        chosen = eligible & (conf >= t)
        coverage.append(float(chosen.mean()))
        precision.append(float(right[chosen].mean()))
    return {"threshold": thresholds.tolist(), "coverage": coverage, "precision": precision}


def at_threshold(confidences: Sequence[float], auto: Sequence[bool], correct: Sequence[bool], t: float) -> dict:
    conf = np.asarray(confidences, dtype=float)
    chosen = np.asarray(auto, dtype=bool) & (conf >= t)
    right = np.asarray(correct, dtype=bool)
    return {
        "threshold": t,
        "auto_resolve_rate": float(chosen.mean()),
        "auto_resolve_precision": float(right[chosen].mean()) if chosen.any() else None,
        "n_auto": int(chosen.sum()),
    }


def _plot(curve: dict[str, list], stored: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4.5))
    axis.plot(curve["coverage"], curve["precision"], color="#4c72b0", label="bot (threshold swept)")
    axis.axhline(TARGET_PRECISION, color="#c44e52", linestyle="--", label=f"target precision {TARGET_PRECISION}")
    if stored.get("auto_resolve_precision") is not None:
        axis.scatter(
            [stored["auto_resolve_rate"]],
            [stored["auto_resolve_precision"]],
            color="black",
            zorder=3,
            label=f"gate's threshold {stored['threshold']:.3f}",
        )
    axis.set_xlabel("auto-resolved share of all held-out tickets (coverage)")
    axis.set_ylabel("precision (intent and tool calls right)")
    axis.set_ylim(0.8, 1.005)
    axis.set_xlim(0, 1)
    axis.grid(alpha=0.3)
    axis.legend(loc="lower left")
    axis.set_title("Automation: precision against coverage")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--shop-seed", type=int, default=None, help="the demo shop's seed (default: --seed); 7 is the bot's own shop"
    )
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="the day tickets are dated from")
    parser.add_argument("--adapter", type=Path, default=Path("training/shipped"))
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    parser.add_argument("--data", type=Path, default=None, help="Labelled JSONL to score instead of generating.")
    parser.add_argument("--name", default="shipped", help="Label of the output files.")
    args = parser.parse_args(argv)

    from db.contract import load_contract
    from db.corpus import generate
    from db.demo import build_demo
    from db.engine import init_db, make_engine
    from serving.bot import Bot
    from serving.calibration import log_softmax
    from serving.extract import extract
    from serving.factory import adapter_companions
    from serving.local_llm import TransformersBackend
    from serving.pii import mask
    from serving.prompt import PATTERN_ENTITY_TYPES
    from training import metrics
    from training.bootstrap import Recipe, read_manifest
    from training.evaluate import GoldTicket, backend_engine_for, evaluate, read_gold, write_outputs

    contract = load_contract()
    intents = contract.intent_ids
    today = args.today or Recipe().day
    shop_seed = args.seed if args.shop_seed is None else args.shop_seed
    if args.data:
        tickets = read_gold(args.data)[: args.n]
    else:
        records = generate("heldout", args.n, args.seed, demo=build_demo(shop_seed, today=today))
        tickets = [
            GoldTicket(r["id"], r["text"], r["customer_id"], r["intent"], r["entities"], r["tool_calls"])
            for r in records
        ]
    classifier, calibration = adapter_companions(args.adapter)
    manifest = read_manifest(args.adapter) if (args.adapter / "manifest.json").is_file() else {}
    stored_threshold = (manifest.get("gate") or {}).get("threshold")
    captured: list[tuple[list[float], np.ndarray | None]] = []

    class RecordingBot(Bot):
        def intent_distribution(self, masked_text: str, scores: list[float]) -> list[float]:
            ngram = self.classifier.log_proba([masked_text])[0] if self.classifier is not None else None
            captured.append((scores, ngram))
            return super().intent_distribution(masked_text, scores)

    backend = TransformersBackend("gemma3-270m", adapter=args.adapter)
    bot = RecordingBot(backend, threshold=0.0, classifier=classifier, calibration=calibration)
    scratch = make_engine(f"sqlite:///{tempfile.mkdtemp(prefix='destek-heldout-')}/bench.db")
    init_db(scratch)
    engine = backend_engine_for(scratch, seed=shop_seed, today=today)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 50 == 0 or done == total:
            print(f"  {done}/{total} drafted ({time.perf_counter() - started:.0f} s)", flush=True)

    report, predictions = evaluate(bot, tickets, engine, progress=progress)
    work = Path(tempfile.mkdtemp(prefix="destek-heldout-out-"))
    write_outputs(report, predictions, work)

    gold = [intents.index(t.intent) for t in tickets]
    scores = np.array([s for s, _ in captured])
    levers: dict[str, dict[str, float]] = {}
    distributions = {"model alone": np.exp(log_softmax(scores))}
    if classifier is not None:
        features = f"n-grams + {classifier.embedding}" if classifier.embedding else "n-grams"
        distributions[f"classifier alone ({features})"] = np.exp(np.array([g for _, g in captured]))
    distributions["pooled and calibrated (shipped)"] = (
        np.array([[p for p in calibration.combine(np.asarray(s), g)[0]] for s, g in captured])
        if calibration is not None
        else distributions["model alone"]
    )
    for name, probs in distributions.items():
        predicted = [intents[i] for i in probs.argmax(axis=1)]
        scored = metrics.intent_scores([t.intent for t in tickets], predicted, intents)
        right = [p == g for p, g in zip(probs.argmax(axis=1), gold, strict=True)]
        levers[name] = {
            "intent_accuracy": scored["accuracy"],
            "intent_macro_f1": scored["macro_f1"],
            "intent_ece": metrics.expected_calibration_error(probs.max(axis=1).tolist(), right),
        }
    pattern_gold = [[e for e in t.entities if e["type"] in PATTERN_ENTITY_TYPES] for t in tickets]
    pattern_pred = [[e.to_dict() for e in extract(mask(t.text).text)] for t in tickets]
    pattern_scores = metrics.entity_scores(pattern_gold, pattern_pred)

    correct = [
        metrics.draft_correct(t.intent, p["intent"], t.tool_calls, p["tool_calls"])
        for t, p in zip(tickets, predictions, strict=True)
    ]
    auto = [p["route"] == "auto" for p in predictions]
    confidences = [p["confidence"] for p in predictions]
    curve = coverage_curve(confidences, auto, correct)
    best = metrics.threshold_for_precision(
        [c if a else 0.0 for c, a in zip(confidences, auto, strict=True)], correct, target=TARGET_PRECISION
    )
    stored = at_threshold(confidences, auto, correct, stored_threshold) if stored_threshold is not None else {}
    # Would it be safer to answer alone only when the two opinions name the same intent (the model's own
    # distribution and the classifier's)? At the stored threshold: what it keeps, and which mistakes it stops.
    agree = [ngram is None or int(np.argmax(s)) == int(np.argmax(ngram)) for s, ngram in captured]
    at_stored = [a and c >= (stored_threshold or 0.0) for a, c in zip(auto, confidences, strict=True)]
    agreement = {
        "share_agreeing": float(np.mean(agree)),
        "gate_threshold_if_they_must_agree": (
            at_threshold(confidences, [a and g for a, g in zip(auto, agree, strict=True)], correct, stored_threshold)
            if stored_threshold is not None
            else None
        ),
        "auto_mistakes_at_gate_threshold": sum(s and not c for s, c in zip(at_stored, correct, strict=True)),
        "of_which_opinions_disagree": sum(
            s and not c and not g for s, c, g in zip(at_stored, correct, agree, strict=True)
        ),
        "auto_right_that_would_be_lost": sum(
            s and c and not g for s, c, g in zip(at_stored, correct, agree, strict=True)
        ),
    }
    summary = {
        "n": len(tickets),
        "seed": args.seed,
        "data": str(args.data) if args.data else f"generated heldout, seed {args.seed}, shop seed {shop_seed}",
        "adapter": str(args.adapter),
        "manifest_name": manifest.get("name"),
        "report": {k: v for k, v in report.items() if k not in ("per_intent", "confusion", "confusion_labels")},
        "per_intent": report.get("per_intent"),
        "intent_levers": levers,
        "pattern_entities": {
            "micro": pattern_scores["micro"],
            "order_number_exact": pattern_scores["order_number_exact"],
        },
        "automation": {
            "gate_threshold": stored,
            "best_threshold_here": at_threshold(confidences, auto, correct, best) if best is not None else None,
            "curve": curve,
            "opinions_agree": agreement,
        },
        "wall_s": round(time.perf_counter() - started, 1),
    }
    stem = f"heldout{len(tickets)}_{args.name}"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{stem}.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _plot(curve, stored, args.out / f"{stem}_coverage.png")
    for plot in ("per_intent.png", "confusion.png"):
        if (work / plot).is_file():
            shutil.copy2(work / plot, args.out / f"{stem}_{plot}")

    r = report
    print(
        f"\n{len(tickets)} held-out tickets: intent {r['intent_accuracy']:.3f} (macro-F1 {r['intent_macro_f1']:.3f}), "
        f"tool calls {r['tool_call_accuracy']:.3f}, entity F1 {r['entity_f1']:.3f}, order no. exact "
        f"{r['order_number_exact']:.3f}, hallucination {r['hallucination_rate']:.3f}, ECE {r['intent_ece']:.3f}, "
        f"P50/P95 {r['latency_p50_s']:.2f}/{r['latency_p95_s']:.2f} s"
    )
    worst = min((v["f1"], k) for k, v in (report.get("per_intent") or {}).items())
    print(f"weakest intent: {worst[1]} (F1 {worst[0]:.2f})")
    for name, values in levers.items():
        print(
            f"  {name:<34} intent {values['intent_accuracy']:.3f}  macro-F1 {values['intent_macro_f1']:.3f}  "
            f"ECE {values['intent_ece']:.3f}"
        )
    print(f"  patterns alone, their types: F1 {pattern_scores['micro']['f1']:.3f}")
    if stored:
        print(
            f"gate threshold {stored['threshold']:.4f}: auto-resolves {stored['auto_resolve_rate']:.3f} "
            f"at precision {stored['auto_resolve_precision']}"
        )
        print(
            f"  of its {agreement['auto_mistakes_at_gate_threshold']} wrong auto-resolved drafts, "
            f"{agreement['of_which_opinions_disagree']} have model and classifier disagreeing; requiring them to "
            f"agree would lose {agreement['auto_right_that_would_be_lost']} right ones"
        )
    if best is not None:
        here = summary["automation"]["best_threshold_here"]
        print(
            f"lowest threshold with precision >= {TARGET_PRECISION} here: {best:.4f} "
            f"(coverage {here['auto_resolve_rate']:.3f})"
        )
    return summary


if __name__ == "__main__":
    main()
