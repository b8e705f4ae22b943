"""The second intent opinion, lever by lever: n-grams alone, then the e5 sentence embedding beside them.

For each variant the classifier is trained on the recipe's `classifier_n` pool tickets (the shipped
manifest's recipe: templates outside the calibration and held-out sets), the pooling weights are fitted on the
calibration tickets as `training.bootstrap.fit_companions` does, and intent accuracy is reported on the
calibration tickets (where a variant is chosen) and on held-out tickets (reported, never chosen on), for the
classifier alone and pooled with the adapter's own distribution. The adapter scores each ticket once; the
variants reuse those scores.

    python bench/intent_classifier.py --adapter training/shipped --scales 0 1 3 10

Scale 0 is n-grams only; any other scale multiplies the unit-length embedding before it joins the n-gram counts.
Writes intent_classifier.json into --out. On the 2-core CPU scoring the tickets with the adapter takes about
5 minutes and each variant 3 (n-grams) to 9 minutes (embedding the training tickets, then the regression).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def accuracy(probabilities: np.ndarray, gold: np.ndarray) -> float:
    return round(float((probabilities.argmax(axis=1) == gold).mean()), 4)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--adapter", type=Path, default=Path("training/shipped"))
    parser.add_argument("--scales", type=float, nargs="+", default=[0.0, 3.0])
    parser.add_argument("--heldout-n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args(argv)

    from db.contract import load_contract
    from db.corpus import generate
    from db.demo import build_demo
    from serving.bot import Bot
    from serving.calibration import fit_calibration
    from serving.encoder import DEFAULT_MODEL
    from serving.intent_classifier import EMBEDDING_SCALE, IntentClassifier
    from serving.local_llm import TransformersBackend
    from serving.pii import mask
    from training.bootstrap import Recipe, calibration_tickets, pool_tickets, progress_iter, read_manifest

    recipe = Recipe.from_dict(read_manifest(args.adapter)["recipe"])
    intents = load_contract().intent_ids
    train = pool_tickets(recipe, recipe.classifier_n, recipe.pool_seed, calibration=False)
    splits = {
        "calibration": calibration_tickets(recipe),
        "heldout": generate("heldout", args.heldout_n, recipe.heldout_seed, demo=build_demo(recipe.demo_seed)),
    }
    texts = {name: [mask(r["text"]).text for r in records] for name, records in splits.items()}
    gold = {name: np.array([intents.index(r["intent"]) for r in records]) for name, records in splits.items()}
    bot = Bot(TransformersBackend("gemma3-270m", adapter=args.adapter))
    scores = {name: np.array([bot.intent_scores(t) for t in progress_iter(texts[name], name)]) for name in splits}
    train_texts, train_labels = [mask(r["text"]).text for r in train], [r["intent"] for r in train]

    rows = []
    for scale in args.scales:
        started = time.perf_counter()
        embedding = DEFAULT_MODEL if scale else ""
        classifier = IntentClassifier.fit(
            train_texts, train_labels, intents, embedding=embedding, scale=scale or EMBEDDING_SCALE
        )
        log_probs = {name: classifier.log_proba(texts[name]) for name in splits}
        calibration = fit_calibration(
            scores["calibration"], log_probs["calibration"], gold["calibration"], fitted_on="calibration tickets"
        )
        row: dict[str, Any] = {
            "variant": f"n-grams + {DEFAULT_MODEL} x {scale:g}" if scale else "n-grams only",
            "weights": [calibration.model_weight, calibration.ngram_weight],
            "fit_s": round(time.perf_counter() - started),
        }
        for name in splits:
            row[f"{name}_model"] = accuracy(scores[name], gold[name])
            row[f"{name}_classifier"] = accuracy(log_probs[name], gold[name])
            row[f"{name}_pooled"] = accuracy(calibration.combine(scores[name], log_probs[name]), gold[name])
        rows.append(row)
        print(json.dumps(row), flush=True)

    result = {
        "adapter": str(args.adapter),
        "classifier_tickets": len(train),
        "calibration_tickets": len(splits["calibration"]),
        "heldout_tickets": len(splits["heldout"]),
        "rows": rows,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "intent_classifier.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{'variant':<42} {'cal. clf':>9} {'cal. pooled':>12} {'held clf':>9} {'held pooled':>12}")
    for row in rows:
        print(
            f"{row['variant']:<42} {row['calibration_classifier']:>9.3f} {row['calibration_pooled']:>12.3f} "
            f"{row['heldout_classifier']:>9.3f} {row['heldout_pooled']:>12.3f}"
        )
    return result


if __name__ == "__main__":
    main()
