"""What a night fixed and what it broke: two evaluations of the same held-out tickets, compared ticket by ticket.

An overall accuracy can stay flat while the corrected intent gains and its neighbours lose, so this splits
the tickets into the intents the night was taught (``--taught``) and all the others, counts the other
intents' tickets the new adapter lost and gained, and tests whether that difference is more than the flips
expected between two nights (McNemar's exact test on the discordant tickets). Prints the summary and the
intents that moved; ``--plot`` draws each intent's accuracy change.

    python bench/compare_predictions.py --heldout runs/heldout.jsonl \
        --before runs/eval-champion/predictions.jsonl --after runs/eval-night/predictions.jsonl \
        --taught iade_baslat --plot bench/results/loop_test_heldout1000.png [--json out.json]

The prediction files are the ``predictions.jsonl`` that ``destek eval --out DIR`` writes.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


def read_intents(path: Path) -> dict[str, str | None]:
    """Ticket id -> intent, from a held-out file or a predictions file (both JSONL with `id` and `intent`)."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {str(row["id"]): row.get("intent") for row in rows}


def mcnemar_p(lost: int, gained: int) -> float:
    """Two-sided exact McNemar p-value: how likely `lost` vs `gained` flips are if either way is equally likely."""
    flips = lost + gained
    if flips == 0:
        return 1.0
    tail = sum(math.comb(flips, k) for k in range(min(lost, gained) + 1)) / 2**flips
    return min(1.0, 2 * tail)


def compare_predictions(
    gold: dict[str, str | None], before: dict[str, str | None], after: dict[str, str | None], taught: set[str]
) -> dict[str, Any]:
    """Accuracy before and after, overall, on the taught intents and on the others; the other intents' lost and
    gained tickets (with where the lost ones went) and per-intent accuracy. Only tickets in all three count."""
    ids = sorted(set(gold) & set(before) & set(after))
    if not ids:
        raise SystemExit("no ticket id is in the held-out file and both prediction files")
    per_intent: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right before, right after, support
    lost: Counter[tuple[str, str]] = Counter()
    gained: Counter[str] = Counter()
    for ticket in ids:
        truth = str(gold[ticket])
        was, now = before[ticket] == truth, after[ticket] == truth
        counts = per_intent[truth]
        counts[0] += was
        counts[1] += now
        counts[2] += 1
        if truth not in taught and was and not now:
            lost[(truth, str(after[ticket]))] += 1
        if truth not in taught and now and not was:
            gained[truth] += 1

    def accuracy(intents: list[str]) -> dict[str, Any]:
        support = sum(per_intent[i][2] for i in intents)
        right_before = sum(per_intent[i][0] for i in intents)
        right_after = sum(per_intent[i][1] for i in intents)
        return {
            "n": support,
            "before": right_before / support if support else None,
            "after": right_after / support if support else None,
        }

    lost_by_intent: Counter[str] = Counter()
    for (truth, _), n in lost.items():
        lost_by_intent[truth] += n
    others = [i for i in per_intent if i not in taught]
    n_lost, n_gained = sum(lost.values()), sum(gained.values())
    return {
        "n": len(ids),
        "all": accuracy(list(per_intent)),
        "taught": {**accuracy([i for i in per_intent if i in taught]), "intents": sorted(taught)},
        "others": {**accuracy(others), "lost": n_lost, "gained": n_gained, "p_value": mcnemar_p(n_lost, n_gained)},
        "lost_to": {f"{truth} -> {pred}": n for (truth, pred), n in lost.most_common()},
        "lost": dict(lost_by_intent.most_common()),
        "gained": dict(gained.most_common()),
        "per_intent": {
            i: {"before": c[0] / c[2], "after": c[1] / c[2], "support": c[2]} for i, c in per_intent.items()
        },
    }


def moved_intents(result: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The intents whose accuracy changed, from the largest fall to the largest rise."""
    moved = [(k, v) for k, v in result["per_intent"].items() if v["before"] != v["after"]]
    return sorted(moved, key=lambda kv: (kv[1]["after"] - kv[1]["before"], kv[0]))


def print_summary(result: dict[str, Any]) -> None:
    def line(name: str, part: dict[str, Any]) -> str:
        if part["n"] == 0:
            return f"{name:<32} (no tickets)"
        return f"{name:<32} {part['before']:.3f} -> {part['after']:.3f}  ({part['n']} tickets)"

    others = result["others"]
    print(line("intent accuracy, all", result["all"]))
    print(line(f"taught ({', '.join(result['taught']['intents']) or 'none'})", result["taught"]))
    print(line("other intents", others))
    print(
        f"other intents' tickets: {others['lost']} lost, {others['gained']} gained "
        f"(McNemar exact p = {others['p_value']:.3f})"
    )
    print("lost to:", ", ".join(f"{k} {v}" for k, v in list(result["lost_to"].items())[:10]) or "none")
    print("\n| intent | before | after | tickets |\n|---|---|---|---|")
    for intent, v in moved_intents(result):
        print(f"| {intent} | {v['before']:.2f} | {v['after']:.2f} | {v['support']} |")


def plot(result: dict[str, Any], path: Path, title: str) -> None:
    """One horizontal bar per intent whose accuracy moved: green up, red down, the taught intents in bold."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    moved = moved_intents(result)
    if not moved:
        print(f"no intent moved: {path} not written")
        return
    fig, axes = plt.subplots(figsize=(8, 0.32 * len(moved) + 1.4))
    changes = [v["after"] - v["before"] for _, v in moved]
    labels = [f"{name} ({v['support']})" for name, v in moved]
    axes.barh(labels, changes, color=["tab:green" if d > 0 else "tab:red" for d in changes])
    for tick, (name, _) in zip(axes.get_yticklabels(), moved, strict=True):
        if name in result["taught"]["intents"]:
            tick.set_fontweight("bold")
    axes.axvline(0, color="black", linewidth=0.8)
    others = result["others"]
    axes.set_xlabel("accuracy change (after - before); in brackets: held-out tickets")
    axes.set_title(
        f"{title}\nother intents {others['before']:.3f} -> {others['after']:.3f}: "
        f"{others['lost']} lost, {others['gained']} gained (p = {others['p_value']:.2f})",
        fontsize=10,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heldout", type=Path, required=True, help="held-out JSONL (id, intent)")
    parser.add_argument("--before", type=Path, required=True, help="predictions.jsonl of the champion")
    parser.add_argument("--after", type=Path, required=True, help="predictions.jsonl of the new adapter")
    parser.add_argument("--taught", nargs="*", default=[], help="the intents the night's corrections taught")
    parser.add_argument("--plot", type=Path, default=None, help="write the per-intent change plot here")
    parser.add_argument("--title", default="Per-intent accuracy change on the held-out tickets")
    parser.add_argument("--json", type=Path, default=None, help="write the numbers here")
    args = parser.parse_args(argv)
    for path in (args.heldout, args.before, args.after):
        if not path.is_file():
            raise SystemExit(f"{path} does not exist")
    result = compare_predictions(
        read_intents(args.heldout), read_intents(args.before), read_intents(args.after), set(args.taught)
    )
    print_summary(result)
    if args.plot:
        plot(result, args.plot, args.title)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
