"""How much the routing threshold's 95% bound leans on treating drafts as independent.

The gate picks the lowest confidence at which the calibration drafts the router could answer alone are 98%
right with 95% confidence, by a Wilson lower bound (training/bootstrap.py, `choose_threshold`). Wilson counts
every draft as an independent trial. Drafts of one template are not: they share a phrasing, so they are
right or wrong together (10 tickets of one mislabelled template once held the threshold at 0.98). This script
puts a template-clustered bound beside it: resample the calibration split's templates with replacement
(a cluster bootstrap), and take the lowest threshold whose 5th-percentile precision still reaches 98%. It
repeats that for several bootstrap seeds, since the lowest qualifying threshold of a noisy curve moves with
them, and reads what each threshold gives on held-out tickets from the curves `bench/heldout.py` saved.

Usage:
    python bench/threshold_bound.py [--workdir runs/refine1] [--heldout bench/results/heldout1000_shipped.json ...]
                                    [--resamples 1000] [--seeds 5]

`--workdir` is a workdir of `destek adapters rescore`, `refit` or `reproduce`: its `calibration.jsonl` (the
gold tickets, each with its template) and `calibration/predictions.jsonl` (the whole bot's drafts of them).
Writes bench/results/threshold_bound.json and threshold_bound.png.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

TARGET = 0.98
Z_95 = 1.645  # one-sided 95%, as the gate's Wilson bound
PERCENTILE = 5.0  # the same 95% for the cluster bootstrap
RESULTS = Path(__file__).resolve().parent / "results"


def calibration_drafts(workdir: Path) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(confidence, right, template) per calibration ticket; confidence 0 for a draft the router would not
    answer alone whatever its confidence, as the gate counts them."""
    from training import metrics
    from training.evaluate import read_gold

    gold_path, predictions_path = workdir / "calibration.jsonl", workdir / "calibration" / "predictions.jsonl"
    for path in (gold_path, predictions_path):
        if not path.is_file():
            raise SystemExit(f"{path} is missing: run `destek adapters rescore --workdir {workdir}` first")
    predictions = [json.loads(line) for line in predictions_path.read_text(encoding="utf-8").splitlines()]
    tickets = read_gold(gold_path)[: len(predictions)]
    templates = [json.loads(line).get("template", "?") for line in gold_path.read_text(encoding="utf-8").splitlines()]
    right = np.array(
        [
            metrics.draft_correct(t.intent, p["intent"], t.tool_calls, p["tool_calls"])
            for t, p in zip(tickets, predictions, strict=True)
        ]
    )
    confidence = np.array([p["confidence"] if p.get("auto_eligible") else 0.0 for p in predictions])
    return confidence, right, templates[: len(predictions)]


def answered_at(confidence: np.ndarray, right: np.ndarray, thresholds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(right, answered) at each threshold: how many drafts with confidence >= it (and above 0) the router
    answers alone, and how many of them are right."""
    order = np.argsort(-confidence, kind="stable")
    sorted_conf, cumulative_right = confidence[order], np.cumsum(right[order])
    answered = np.searchsorted(-sorted_conf, -thresholds, side="right")
    return np.where(answered > 0, cumulative_right[np.maximum(answered - 1, 0)], 0), answered


def precision(n_right: np.ndarray, answered: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(answered > 0, n_right / np.maximum(answered, 1), np.nan)


def cluster_bootstrap_threshold(
    confidence: np.ndarray,
    right: np.ndarray,
    templates: Sequence[str],
    thresholds: np.ndarray,
    *,
    resamples: int,
    seed: int,
) -> tuple[float | None, np.ndarray, np.ndarray]:
    """The lowest threshold whose 5th-percentile precision over template resamples reaches the target; that
    percentile at every threshold; and at every threshold the share of resamples whose precision reaches it
    (how confident the templates let one be that a threshold keeps the target)."""
    members: dict[str, list[int]] = defaultdict(list)
    for index, template in enumerate(templates):
        members[template].append(index)
    groups = [np.array(m) for m in members.values()]
    rng = np.random.default_rng(seed)
    precisions = np.empty((resamples, len(thresholds)))
    for row in range(resamples):
        drawn = np.concatenate([groups[g] for g in rng.integers(0, len(groups), len(groups))])
        precisions[row] = precision(*answered_at(confidence[drawn], right[drawn], thresholds))
    low = np.nanpercentile(precisions, PERCENTILE, axis=0)
    qualifies = low >= TARGET
    reaching = np.mean(precisions >= TARGET, axis=0)
    return (float(thresholds[qualifies].min()) if qualifies.any() else None), low, reaching


def on_heldout(curve: dict[str, list], threshold: float) -> dict[str, float | None]:
    """Coverage and precision at `threshold` from a `bench/heldout.py` curve (one point per distinct confidence,
    descending): the point of the lowest confidence still >= the threshold."""
    points = [i for i, t in enumerate(curve["threshold"]) if t >= threshold]
    if not points:
        return {"coverage": 0.0, "precision": None}
    last = points[-1]
    return {"coverage": curve["coverage"][last], "precision": curve["precision"][last]}


def _plot(
    thresholds: np.ndarray, wilson: np.ndarray, clustered: np.ndarray, chosen: dict[str, float], path: Path
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4.5))
    axis.plot(thresholds, wilson, color="#4c72b0", label="Wilson 95% bound (drafts independent): the gate's")
    axis.plot(thresholds, clustered, color="#dd8452", label="cluster bootstrap 5th percentile (templates resampled)")
    axis.axhline(TARGET, color="#c44e52", linestyle="--", label=f"target precision {TARGET}")
    for (name, value), style in zip(chosen.items(), (":", "-.", "--"), strict=False):
        axis.axvline(value, color="grey", linestyle=style, label=f"{name}: {value:.4f}")
    axis.set_xlim(0.85, 1.0)
    axis.set_ylim(0.93, 1.0)
    axis.set_xlabel("confidence threshold")
    axis.set_ylabel("precision of the drafts answered alone (lower bound)")
    axis.grid(alpha=0.3)
    axis.legend(loc="lower right", fontsize=8)
    axis.set_title("Routing threshold: independent drafts against templates")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", type=Path, default=Path("runs/refine1"))
    parser.add_argument(
        "--heldout",
        type=Path,
        nargs="*",
        default=[RESULTS / "heldout1000_shipped.json", RESULTS / "heldout1000_seed11_8a4fa18.json"],
        help="bench/heldout.py results whose curves show what each threshold gives on held-out tickets",
    )
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seeds", type=int, default=5, help="bootstrap seeds 0 .. N-1")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    from training import metrics

    confidence, right, templates = calibration_drafts(args.workdir)
    eligible = confidence > 0
    thresholds = np.unique(confidence[eligible])[::-1]
    wilson_threshold = metrics.threshold_for_precision(list(confidence), list(right), target=TARGET, z=Z_95)
    wilson = metrics.wilson_lower_bound(*answered_at(confidence, right, thresholds), Z_95)
    print(
        f"{len(confidence)} calibration drafts of {len(set(templates))} templates ({args.workdir}), "
        f"{int(eligible.sum())} the router could answer alone"
    )
    rows: list[dict[str, Any]] = []
    heldout = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in args.heldout if path.is_file()}

    def row(name: str, threshold: float | None) -> dict[str, Any]:
        if threshold is None:
            return {"bound": name, "threshold": None}
        n_right, answered = answered_at(confidence, right, np.array([threshold]))
        entry = {
            "bound": name,
            "threshold": threshold,
            "calibration": {
                "coverage": float(answered[0] / len(confidence)),
                "precision": float(n_right[0] / answered[0]),
            },
            "heldout": {file: on_heldout(data["automation"]["curve"], threshold) for file, data in heldout.items()},
        }
        shown = "; ".join(
            f"{file}: {v['coverage']:.3f} at {v['precision']:.4f}" if v["precision"] is not None else f"{file}: none"
            for file, v in entry["heldout"].items()
        )
        print(
            f"  {name:<32} {threshold:.4f}  calibration {entry['calibration']['coverage']:.3f} at "
            f"{entry['calibration']['precision']:.4f}  {shown}"
        )
        return entry

    bootstraps = [
        cluster_bootstrap_threshold(confidence, right, templates, thresholds, resamples=args.resamples, seed=seed)
        for seed in range(args.seeds)
    ]
    rows.append(row("Wilson, z 1.645 (the gate's)", wilson_threshold))
    if bootstraps and wilson_threshold is not None:
        share = float(bootstraps[0][2][np.flatnonzero(thresholds == wilson_threshold)[0]])
        rows[0]["template_resamples_reaching_target"] = share
        print(f"  at the gate's threshold, {share:.1%} of template resamples keep {TARGET} precision")
    rows += [row(f"template bootstrap p5, seed {seed}", found) for seed, (found, _, _) in enumerate(bootstraps)]
    summary = {
        "workdir": str(args.workdir),
        "n": len(confidence),
        "templates": len(set(templates)),
        "eligible": int(eligible.sum()),
        "target_precision": TARGET,
        "resamples": args.resamples,
        "rows": rows,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "threshold_bound.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    clustered = [r["threshold"] for r in rows[1:] if r["threshold"] is not None]
    chosen = {"Wilson (the gate's)": wilson_threshold} if wilson_threshold is not None else {}
    if clustered:
        chosen |= {"bootstrap, lowest seed": min(clustered), "bootstrap, highest seed": max(clustered)}
    if bootstraps:  # the first seed's percentile curve beside Wilson's
        _plot(thresholds, wilson, bootstraps[0][1], chosen, args.out / "threshold_bound.png")
    return summary


if __name__ == "__main__":
    main()
