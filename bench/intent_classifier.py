"""The second intent opinion, lever by lever: n-grams alone, then the e5 sentence embedding beside them.

For each variant the classifier is trained on the recipe's `classifier_n` pool tickets (the shipped
manifest's recipe: templates outside the calibration and held-out sets), the pooling weights are fitted on the
calibration tickets as `training.bootstrap.fit_companions` does, and intent accuracy is reported on the
calibration tickets (where a variant is chosen) and on held-out tickets (reported, never chosen on), for the
classifier alone and pooled with the adapter's own distribution. The adapter scores each ticket once; the
variants reuse those scores, and `--cache FILE` keeps them between runs (keyed by the LoRA weights' checksum).

    python bench/intent_classifier.py --adapter training/shipped --scales 0 1 3 10
    python bench/intent_classifier.py --scales 3 --classifier-n 12000 48000 --cache /tmp/scores.npz
    python bench/intent_classifier.py --classifier training/shipped/intent_ngrams.npz --intent-bias 0 0.01 0.1

`--classifier` scores a saved classifier instead of fitting one (seconds, not minutes); `--intent-bias` adds,
for each variant, the pooling with one bias per intent fitted with the weights on the calibration tickets.

Scale 0 is n-grams only; any other scale multiplies the unit-length embedding before it joins the n-gram counts.
`--classifier-n` draws that many pool tickets for the classifier (those outside the calibration templates are
kept, about 81%), so the lever "more tickets for the second opinion" is measured with the adapter fixed.
Writes intent_classifier.json into --out. On the 2-core CPU scoring the tickets with the adapter takes about
10 minutes and each variant 3 (n-grams) to 9 minutes per 10,000 tickets (embedding them, then the regression).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
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
    parser.add_argument("--classifier-n", type=int, nargs="+", help="pool tickets drawn (default: the recipe's)")
    parser.add_argument("--heldout-n", type=int, default=1000)
    parser.add_argument("--cache", type=Path, help="an .npz keeping the adapter's scores between runs")
    parser.add_argument("--classifier", type=Path, help="score this saved classifier instead of fitting variants")
    parser.add_argument(
        "--intent-bias", type=float, nargs="*", help="also fit one bias per intent on top, with these L2 penalties"
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args(argv)

    from db.contract import load_contract
    from db.corpus import generate
    from serving.bot import Bot
    from serving.calibration import fit_calibration
    from serving.encoder import DEFAULT_MODEL
    from serving.intent_classifier import EMBEDDING_SCALE, IntentClassifier
    from serving.local_llm import TransformersBackend
    from serving.pii import mask
    from training.bootstrap import Recipe, calibration_tickets, pool_tickets, progress_iter, read_manifest

    manifest = read_manifest(args.adapter)
    recipe = Recipe.from_dict(manifest["recipe"])
    intents = load_contract().intent_ids
    splits = {
        "calibration": calibration_tickets(recipe),
        "heldout": generate("heldout", args.heldout_n, recipe.heldout_seed, demo=recipe.demo()),
    }
    texts = {name: [mask(r["text"]).text for r in records] for name, records in splits.items()}
    gold = {name: np.array([intents.index(r["intent"]) for r in records]) for name, records in splits.items()}
    key = f"{manifest['files']['adapter_model.safetensors']} heldout {args.heldout_n}"  # the LoRA decides them
    scores = read_cache(args.cache, key, list(splits))
    if scores is None:
        bot = Bot(TransformersBackend(recipe.train_config().base_model, adapter=args.adapter))
        scores = {name: np.array([bot.intent_scores(t) for t in progress_iter(texts[name], name)]) for name in splits}
        if args.cache:
            np.savez_compressed(args.cache, key=np.asarray(key), **scores)

    def fitted() -> Iterator[tuple[str, int, IntentClassifier, float]]:
        """(variant, training tickets, classifier, seconds to fit) for each size and scale, or the saved one."""
        if args.classifier:
            yield f"saved {args.classifier}", 0, IntentClassifier.load(args.classifier), 0.0
            return
        for classifier_n, scale in [
            (n, scale) for n in args.classifier_n or [recipe.classifier_n] for scale in args.scales
        ]:
            started = time.perf_counter()
            train = pool_tickets(recipe, classifier_n, recipe.pool_seed, calibration=False)
            embedding = DEFAULT_MODEL if scale else ""
            classifier = IntentClassifier.fit(
                [mask(r["text"]).text for r in train],
                [r["intent"] for r in train],
                intents,
                embedding=embedding,
                scale=scale or EMBEDDING_SCALE,
            )
            variant = f"n-grams + {DEFAULT_MODEL} x {scale:g}" if scale else "n-grams only"
            yield variant, len(train), classifier, time.perf_counter() - started

    rows = []
    for variant, n_train, classifier, fit_s in fitted():
        log_probs = {name: classifier.log_proba(texts[name]) for name in splits}
        calibration = fit_calibration(
            scores["calibration"], log_probs["calibration"], gold["calibration"], fitted_on="calibration tickets"
        )
        pooled = {name: calibration.combine(scores[name], log_probs[name]) for name in splits}
        row: dict[str, Any] = {
            "variant": variant,
            "classifier_tickets": n_train,
            "weights": [calibration.model_weight, calibration.ngram_weight],
            "fit_s": round(fit_s),
        }
        for name in splits:
            row[f"{name}_model"] = accuracy(scores[name], gold[name])
            row[f"{name}_classifier"] = accuracy(log_probs[name], gold[name])
            row[f"{name}_pooled"] = accuracy(pooled[name], gold[name])
        rows.append(row)
        print(json.dumps(row), flush=True)
        for penalty in args.intent_bias or []:
            biased = with_intent_bias(calibration, scores, log_probs, gold["calibration"], penalty)
            row = {"variant": f"{variant}, per-intent bias (L2 {penalty:g})", "classifier_tickets": n_train}
            for name in splits:
                row[f"{name}_classifier"] = accuracy(log_probs[name], gold[name])
                row[f"{name}_pooled"] = accuracy(biased[name], gold[name])
            rows.append(row)
            print(json.dumps(row), flush=True)

    result = {
        "adapter": str(args.adapter),
        "calibration_tickets": len(splits["calibration"]),
        "heldout_tickets": len(splits["heldout"]),
        "rows": rows,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "intent_classifier.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{'variant':<66} {'tickets':>8} {'cal. clf':>9} {'cal. pooled':>12} {'held clf':>9} {'held pooled':>12}")
    for row in rows:
        print(
            f"{row['variant']:<66} {row['classifier_tickets'] or '-':>8} "
            f"{row['calibration_classifier']:>9.3f} {row['calibration_pooled']:>12.3f} "
            f"{row['heldout_classifier']:>9.3f} {row['heldout_pooled']:>12.3f}"
        )
    return result


def with_intent_bias(
    calibration: Any,
    scores: dict[str, np.ndarray],
    log_probs: dict[str, np.ndarray],
    gold: np.ndarray,
    penalty: float,
) -> dict[str, np.ndarray]:
    """Pooled probabilities with one bias per intent added to the pooled log-probabilities, the two weights
    and the biases fitted together on the calibration tickets (L2 `penalty` on the biases): vector scaling's
    bias term. A lever measured here, not shipped (README, "What each lever gave")."""
    from scipy.optimize import minimize

    from serving.calibration import WEIGHT_BOUNDS, log_softmax

    model = {name: log_softmax(values.astype(np.float64)) for name, values in scores.items()}
    ngram = {name: values.astype(np.float64) for name, values in log_probs.items()}
    rows, k = np.arange(len(gold)), model["calibration"].shape[1]

    def nll(x: np.ndarray) -> float:
        pooled = x[0] * model["calibration"] + x[1] * ngram["calibration"] + x[2:]
        return float(-log_softmax(pooled)[rows, gold].mean() + penalty * (x[2:] ** 2).sum())

    start = np.concatenate([[calibration.model_weight, calibration.ngram_weight], np.zeros(k)])
    x = minimize(nll, start, method="L-BFGS-B", bounds=[WEIGHT_BOUNDS] * 2 + [(-10.0, 10.0)] * k).x
    return {name: np.exp(log_softmax(x[0] * model[name] + x[1] * ngram[name] + x[2:])) for name in model}


def read_cache(path: Path | None, key: str, splits: list[str]) -> dict[str, np.ndarray] | None:
    """The adapter's cached scores when `path` holds them for this adapter and held-out size, else None."""
    if path is None or not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        if str(data["key"]) != key or any(name not in data for name in splits):
            print(f"{path} holds scores of another adapter or held-out size; scoring again.", file=sys.stderr)
            return None
        return {name: data[name] for name in splits}


if __name__ == "__main__":
    main()
