"""How much labelled data does the bot need? Held-out intent accuracy after N training examples.

For each size N (default 100, 250, 500, 1000; 0 = the base model without an adapter) a LoRA adapter is
trained from scratch with a training config on the first N examples of a dataset version, taken round-robin
across intents so that small sizes still cover every intent, and scored on the first `--heldout-n` tickets
of a held-out file. Intent accuracy is computed the way the bot decides the intent: all 44 intents scored as
continuations of the prompt, the most likely one taken (no entity generation, so scoring is cheap).

This is expensive on a CPU (each size is a full training run), so sizes, epochs and the held-out count are
arguments. Prints a table and writes results.json and learning_curve.png into --out.

    python bench/learning_curve.py --dataset runs/datasets/<version> --heldout runs/heldout.jsonl \
        --sizes 100 250 500 1000 --heldout-n 200 --config cpu-small
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.contract import load_contract
from serving.pii import mask
from serving.prompt import intent_continuation, ticket_prompt
from training.config import load_config
from training.dataset import canonical_jsonl, read_records
from training.evaluate import GoldTicket, read_gold
from training.sft import resolve_base, train_adapter


def round_robin(records: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """The records reordered so that any prefix covers the intents as evenly as possible."""
    by_intent: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_intent[record["intent"]].append(record)
    rng = random.Random(seed)
    groups = [by_intent[intent] for intent in sorted(by_intent)]
    for group in groups:
        rng.shuffle(group)
    ordered = []
    for rank in range(max(len(g) for g in groups)):
        ordered += [group[rank] for group in groups if rank < len(group)]
    return ordered


def intent_accuracy(base_model: str, adapter: Path | None, tickets: list[GoldTicket]) -> float:
    """Share of held-out tickets whose most likely intent is the gold one."""
    from serving.local_llm import TransformersBackend

    backend = TransformersBackend(base_model, adapter=adapter)
    intents = load_contract().intent_ids
    continuations = [intent_continuation(i) for i in intents]
    correct = 0
    for ticket in tickets:
        scores = backend.score(ticket_prompt(mask(ticket.text).text), continuations)
        correct += intents[max(range(len(intents)), key=scores.__getitem__)] == ticket.intent
    return correct / len(tickets)


def plot(results: list[dict[str, Any]], path: Path) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.plot([r["n_train"] for r in results], [r["intent_accuracy"] for r in results], marker="o")
    for r in results:
        if r.get("note"):
            axes.annotate(
                r["note"],
                (r["n_train"], r["intent_accuracy"]),
                textcoords="offset points",
                xytext=(-10, -18),
                ha="right",
                fontsize=8,
            )
    axes.set_xlabel("training examples")
    axes.set_ylabel("held-out intent accuracy")
    axes.set_ylim(0, 1)
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, required=True, help="A dataset version folder (train.jsonl).")
    parser.add_argument("--heldout", type=Path, required=True, help="Labelled held-out JSONL (corpus format).")
    parser.add_argument(
        "--sizes", type=int, nargs="*", default=[100, 250, 500, 1000], help="Sizes to train (none: 0 args)"
    )
    parser.add_argument("--heldout-n", type=int, default=200, help="Score the first N held-out tickets.")
    parser.add_argument("--config", default="cpu-small", help="Training config name or path.")
    parser.add_argument("--epochs", type=float, default=None, help="Override the config's epochs.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("runs/learning_curve"))
    parser.add_argument(
        "--trained",
        action="append",
        default=[],
        metavar="N=PATH",
        help="An adapter already trained on N examples (e.g. by `destek train`): scored, not retrained.",
    )
    parser.add_argument("--note", default=None, help="Label for the --trained points in the plot (its recipe).")
    parser.add_argument(
        "--merge", type=Path, default=None, help="An earlier results.json whose other sizes are kept beside these."
    )
    args = parser.parse_args()

    config = load_config(args.config)
    if args.epochs is not None:
        config = replace(config, epochs=args.epochs)
    ordered = round_robin(read_records(args.dataset / "train.jsonl"), args.seed)
    tickets = read_gold(args.heldout)[: args.heldout_n]
    base = resolve_base(config.base_model)
    results = []
    for item in args.trained:
        size, _, path = item.partition("=")
        started = time.perf_counter()
        accuracy = intent_accuracy(base, Path(path), tickets)
        results.append(
            {
                "n_train": int(size),
                "intent_accuracy": accuracy,
                "train_s": None,
                "eval_s": round(time.perf_counter() - started, 1),
                "adapter": path,
                **({"note": args.note} if args.note else {}),
            }
        )
        print(f"{int(size):>6} examples (trained before): intent accuracy {accuracy:.3f}", flush=True)
    for size in sorted(set(args.sizes)):
        n_train = min(size, len(ordered))
        started = time.perf_counter()
        adapter = None
        if n_train:
            data = args.out / f"size-{n_train}" / "data"
            data.mkdir(parents=True, exist_ok=True)
            (data / "train.jsonl").write_text(canonical_jsonl(ordered[:n_train]), encoding="utf-8")
            (data / "validation.jsonl").write_text("", encoding="utf-8")
            adapter = train_adapter(config, data, args.out / f"size-{n_train}" / "adapter").adapter_dir
        trained = time.perf_counter()
        accuracy = intent_accuracy(base, adapter, tickets)
        results.append(
            {
                "n_train": n_train,
                "intent_accuracy": accuracy,
                "train_s": round(trained - started, 1),
                "eval_s": round(time.perf_counter() - trained, 1),
            }
        )
        print(f"{n_train:>6} examples: intent accuracy {accuracy:.3f} ({results[-1]})", flush=True)
    if args.merge is not None:
        sizes = {r["n_train"] for r in results}
        results += [r for r in json.loads(args.merge.read_text(encoding="utf-8")) if r["n_train"] not in sizes]
    results.sort(key=lambda r: r["n_train"])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    plot(results, args.out / "learning_curve.png")
    print(f"\nHeld-out intent accuracy ({len(tickets)} tickets, config {config.name}, epochs {config.epochs}):")
    print("| training examples | intent accuracy | train s | eval s |\n|---|---|---|---|")
    for r in results:
        print(f"| {r['n_train']} | {r['intent_accuracy']:.3f} | {r['train_s']} | {r['eval_s']} |")


if __name__ == "__main__":
    main()
