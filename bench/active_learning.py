"""Label-efficiency benchmark: how many labels each active-learning strategy needs, against random.

Annotation is simulated from gold labels. Every strategy starts from the same kind of seed set (chosen by
``cold_start``, k-means typicality on embeddings; ``random`` starts from a random seed set, so it is the
"no active learning at all" baseline), then repeatedly selects a batch, "labels" it from the gold, retrains
the fast classifier and scores it on the test set. In the simulation that classifier stands in for the
bot: its pool probabilities are ``probs``; the committee's second member is a k-nearest-neighbour vote on
the same embeddings (a different inductive bias, and it costs no training).

The classifier uses embeddings only unless ``--char-ngrams``: with hashed character n-grams one fit
takes ~20x longer (10 s instead of 0.5 s of CPU at 1,000 BANKING77 labels), and the benchmark fits
hundreds of times.

    python bench/active_learning.py                          # BANKING77 only
    python bench/active_learning.py --pool pool.jsonl --test heldout.jsonl   # plus our Turkish corpus

Inputs: a corpus-format JSONL pair (``{"id", "text", "intent", ...}`` per line) and/or the BANKING77
directory (train.csv = pool, test.csv = scoring; columns text, category). Outputs, per dataset: a table of
accuracy per strategy at each budget, the label ratio of the best strategy, and under ``--out`` a PNG of
accuracy against labels (mean ± one standard deviation over seeds) and the numbers as JSON.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

import matplotlib
import numpy as np
from joblib import Parallel, delayed
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from scipy import sparse
from sklearn.neighbors import KNeighborsClassifier

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from labeling.active import STRATEGIES, select
from labeling.embeddings import DEFAULT_MODEL, FastIntentClassifier, embed

matplotlib.use("Agg")
import matplotlib.pyplot as plt

REPO = Path(__file__).resolve().parents[1]
Features = np.ndarray | sparse.csr_matrix


@dataclass
class BenchConfig:
    """One benchmark run: which data, which strategies, and the labeling budget."""

    pool: Path | None = None
    test: Path | None = None
    banking77: Path | None = REPO.parent / "shared" / "data" / "banking77"
    out: Path = REPO / "bench" / "results"
    strategies: list[str] = field(default_factory=lambda: list(STRATEGIES))
    seeds: int = 3
    seed_size: int = 100
    batch_size: int = 100
    budget: int = 1000
    model: str = DEFAULT_MODEL
    char_ngrams: bool = False
    jobs: int = 2


@dataclass
class Dataset:
    name: str
    pool_texts: list[str]
    pool_labels: np.ndarray
    test_texts: list[str]
    test_labels: np.ndarray


def load_jsonl(path: Path) -> tuple[list[str], np.ndarray]:
    """Texts and intents from a corpus-format JSONL file."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in records], np.array([r["intent"] for r in records])


def load_banking77_split(path: Path) -> tuple[list[str], np.ndarray]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], np.array([r["category"] for r in rows])


def load_datasets(config: BenchConfig) -> list[Dataset]:
    datasets = []
    if config.pool is not None:
        if config.test is None:
            raise SystemExit("--pool needs --test (a held-out file to score on)")
        datasets.append(Dataset(config.pool.stem, *load_jsonl(config.pool), *load_jsonl(config.test)))
    if config.banking77 is not None:
        if not config.banking77.is_dir():
            raise SystemExit(f"BANKING77 not found at {config.banking77} (pass --banking77 DIR or --no-banking77)")
        train = load_banking77_split(config.banking77 / "train.csv")
        test = load_banking77_split(config.banking77 / "test.csv")
        datasets.append(Dataset("banking77", *train, *test))
    return datasets


def budgets(config: BenchConfig) -> list[int]:
    """Label counts at which accuracy is measured: the seed set, then after each batch."""
    return list(range(config.seed_size, config.budget + 1, config.batch_size))


def simulate(
    strategy: str,
    seed: int,
    initial: np.ndarray,
    config: BenchConfig,
    pool_embeddings: np.ndarray,
    pool_features: Features,
    pool_labels: np.ndarray,
    test_features: Features,
    test_labels: np.ndarray,
) -> list[float]:
    """One annotation run from the ``initial`` seed set: test accuracy after it and after every batch."""
    # Early rounds have fewer labels than twice the classes; sklearn would warn at every fit.
    warnings.filterwarnings("ignore", message="The number of unique classes is greater than 50%")
    rng = np.random.default_rng(seed)
    classes = np.unique(pool_labels)
    labeled = [int(i) for i in initial]
    accuracies: list[float] = []
    for target in budgets(config):
        model = FastIntentClassifier(char_ngrams=config.char_ngrams).fit(pool_features[labeled], pool_labels[labeled])
        accuracies.append(float((model.predict(test_features) == test_labels).mean()))
        if target == budgets(config)[-1]:
            break
        unlabeled = np.setdiff1d(np.arange(len(pool_labels)), labeled)
        probs = model.predict_proba(pool_features[unlabeled], classes=classes)
        committee = None
        if strategy == "committee":
            member = KNeighborsClassifier(n_neighbors=10, weights="distance").fit(
                pool_embeddings[labeled], pool_labels[labeled]
            )
            committee = _align(member.predict_proba(pool_embeddings[unlabeled]), member.classes_, classes)
        picked = select(
            strategy,
            config.batch_size,
            probs=probs,
            embeddings=pool_embeddings[unlabeled],
            committee_probs=committee,
            labeled_embeddings=pool_embeddings[labeled],
            rng=rng,
        )
        labeled.extend(int(i) for i in unlabeled[picked])
    return accuracies


def _align(probs: np.ndarray, columns: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Put a classifier's columns in the pool's class order (unseen classes get 0)."""
    aligned = np.zeros((len(probs), len(classes)))
    aligned[:, np.searchsorted(classes, columns)] = probs
    return aligned


def labels_to_reach(xs: list[int], curve: np.ndarray, target: float) -> float | None:
    """Labels at which a mean curve first reaches target, interpolated between measured budgets."""
    for i, accuracy in enumerate(curve):
        if accuracy >= target:
            if i == 0:
                return float(xs[0])
            previous = curve[i - 1]
            return float(xs[i - 1] + (xs[i] - xs[i - 1]) * (target - previous) / (accuracy - previous))
    return None


def run_dataset(dataset: Dataset, config: BenchConfig, console: Console) -> dict[str, object]:
    """Embed, simulate every (strategy, seed) in parallel, print the table and ratio, write PNG and JSON."""
    with _progress(console) as progress:
        task = progress.add_task(f"{dataset.name}: embedding", total=None)
        started = time.perf_counter()

        def tick(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        pool_embeddings = embed(dataset.pool_texts, progress=tick, model=config.model)
        test_embeddings = embed(dataset.test_texts, progress=tick, model=config.model)
        embed_seconds = time.perf_counter() - started
        progress.update(task, description=f"{dataset.name}: embedded in {embed_seconds:.0f} s", total=1, completed=1)
        featurizer = FastIntentClassifier(char_ngrams=config.char_ngrams)
        pool_features = featurizer.features(dataset.pool_texts, pool_embeddings)
        test_features = featurizer.features(dataset.test_texts, test_embeddings)

        # One seed set per seed, shared by every strategy, so curves differ only by what they select.
        seed_sets = {
            (kind, seed): select(kind, config.seed_size, embeddings=pool_embeddings, rng=np.random.default_rng(seed))
            for kind in ("random", "cold_start")
            for seed in range(config.seeds)
        }
        runs = [(strategy, seed) for strategy in config.strategies for seed in range(config.seeds)]
        task = progress.add_task(f"{dataset.name}: simulating", total=len(runs))
        results: dict[str, list[list[float]]] = {strategy: [] for strategy in config.strategies}
        started = time.perf_counter()
        jobs = Parallel(n_jobs=config.jobs, return_as="generator")(
            delayed(simulate)(
                strategy,
                seed,
                seed_sets["random" if strategy == "random" else "cold_start", seed],
                config,
                pool_embeddings,
                pool_features,
                dataset.pool_labels,
                test_features,
                dataset.test_labels,
            )
            for strategy, seed in runs
        )
        for (strategy, _), accuracies in zip(runs, jobs, strict=True):
            results[strategy].append(accuracies)
            progress.advance(task)
        simulate_seconds = time.perf_counter() - started

    xs = budgets(config)
    curves = {strategy: np.array(runs) for strategy, runs in results.items()}
    summary = _summarise(dataset, xs, curves)
    summary |= {"embed_seconds": round(embed_seconds, 1), "simulate_seconds": round(simulate_seconds, 1)}
    _print(console, dataset, xs, curves, summary)
    config.out.mkdir(parents=True, exist_ok=True)
    _plot(dataset, xs, curves, summary, config.out / f"active_learning_{dataset.name}.png")
    payload = {
        "config": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(config).items()},
        "budgets": xs,
        "accuracy": {strategy: curve.tolist() for strategy, curve in curves.items()},
        **summary,
    }
    (config.out / f"active_learning_{dataset.name}.json").write_text(json.dumps(payload, indent=2) + "\n")
    return payload


def _summarise(dataset: Dataset, xs: list[int], curves: dict[str, np.ndarray]) -> dict[str, object]:
    """Labels the best strategy needs to match random's accuracy at the full budget, as a ratio."""
    summary: dict[str, object] = {"dataset": dataset.name, "pool": len(dataset.pool_texts)}
    if "random" not in curves:
        return summary
    target = float(curves["random"].mean(axis=0)[-1])
    needed = {
        strategy: labels_to_reach(xs, curve.mean(axis=0), target)
        for strategy, curve in curves.items()
        if strategy != "random"
    }
    reached = {strategy: labels for strategy, labels in needed.items() if labels is not None}
    summary |= {"random_full_budget_accuracy": target, "labels_needed": needed}
    if reached:
        best = min(reached, key=lambda strategy: reached[strategy])
        summary |= {"best_strategy": best, "label_ratio": reached[best] / xs[-1]}
    return summary


def _print(
    console: Console, dataset: Dataset, xs: list[int], curves: dict[str, np.ndarray], summary: dict[str, object]
) -> None:
    columns = xs if len(xs) <= 12 else sorted({*xs[:: max(1, len(xs) // 10)], xs[-1]})
    table = Table(title=f"{dataset.name}: test accuracy (mean over seeds) by number of labels")
    table.add_column("strategy")
    for x in columns:
        table.add_column(str(x), justify="right")
    table.add_column("labels to match random", justify="right")
    needed = summary.get("labels_needed", {})
    for strategy, curve in curves.items():
        means = curve.mean(axis=0)
        labels = needed.get(strategy) if isinstance(needed, dict) else None
        reach = "(baseline)" if strategy == "random" else ("not reached" if labels is None else f"{labels:.0f}")
        table.add_row(strategy, *(f"{means[xs.index(x)]:.3f}" for x in columns), reach)
    console.print(table)
    if "label_ratio" in summary:
        console.print(
            f"[bold]{dataset.name}[/]: random reaches {summary['random_full_budget_accuracy']:.3f} with {xs[-1]} "
            f"labels; {summary['best_strategy']} reaches it with {summary['label_ratio'] * xs[-1]:.0f}: "
            f"ratio {summary['label_ratio']:.2f} ({1 - summary['label_ratio']:.0%} fewer labels)"
        )
    elif "random" in curves:
        console.print(f"[bold]{dataset.name}[/]: no strategy reached random's full-budget accuracy")


def _plot(
    dataset: Dataset, xs: list[int], curves: dict[str, np.ndarray], summary: dict[str, object], path: Path
) -> None:
    figure, axes = plt.subplots(figsize=(9, 6))
    for strategy, curve in curves.items():
        mean, std = curve.mean(axis=0), curve.std(axis=0)
        style = {"color": "black", "linestyle": "--", "linewidth": 2} if strategy == "random" else {}
        axes.plot(xs, mean, label=strategy, **style)
        axes.fill_between(xs, mean - std, mean + std, alpha=0.15, color=axes.lines[-1].get_color())
    if "random_full_budget_accuracy" in summary:
        axes.axhline(summary["random_full_budget_accuracy"], color="grey", linewidth=0.8, linestyle=":")
    seeds = len(next(iter(curves.values())))
    axes.set(
        xlabel="labels",
        ylabel="test accuracy",
        title=f"{dataset.name}: {len(dataset.pool_texts):,} pool, {seeds} seeds (mean ± 1 sd)",
    )
    axes.grid(alpha=0.3)
    axes.legend(loc="lower right", fontsize=9)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    )


def run(config: BenchConfig) -> list[dict[str, object]]:
    """The whole benchmark: every dataset in the config."""
    unknown = set(config.strategies) - set(STRATEGIES)
    if unknown:
        raise SystemExit(f"unknown strategies: {', '.join(sorted(unknown))}; known: {', '.join(STRATEGIES)}")
    console = Console(width=max(Console().width, 150))  # the table has a column per budget
    return [run_dataset(dataset, config, console) for dataset in load_datasets(config)]


def main(argv: list[str] | None = None) -> None:
    defaults = BenchConfig()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", type=Path, help="corpus-format JSONL to select from")
    parser.add_argument("--test", type=Path, help="corpus-format JSONL to score on")
    parser.add_argument("--banking77", type=Path, default=defaults.banking77, help="BANKING77 directory")
    parser.add_argument("--no-banking77", action="store_true", help="skip BANKING77")
    parser.add_argument("--out", type=Path, default=defaults.out, help="where PNGs and JSON go")
    parser.add_argument("--strategies", nargs="+", default=defaults.strategies, choices=list(STRATEGIES))
    parser.add_argument("--seeds", type=int, default=defaults.seeds)
    parser.add_argument("--seed-size", type=int, default=defaults.seed_size)
    parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
    parser.add_argument("--budget", type=int, default=defaults.budget, help="labels at the end, seed set included")
    parser.add_argument("--model", default=defaults.model, help="embedding model (labeling.embeddings.MODELS)")
    parser.add_argument("--char-ngrams", action="store_true", help="add hashed char n-grams (slower fits)")
    parser.add_argument("--jobs", type=int, default=defaults.jobs, help="parallel simulations")
    args = parser.parse_args(argv)
    run(
        BenchConfig(
            pool=args.pool,
            test=args.test,
            banking77=None if args.no_banking77 else args.banking77,
            out=args.out,
            strategies=args.strategies,
            seeds=args.seeds,
            seed_size=args.seed_size,
            batch_size=args.batch_size,
            budget=args.budget,
            model=args.model,
            char_ngrams=args.char_ngrams,
            jobs=args.jobs,
        )
    )


if __name__ == "__main__":
    main()
