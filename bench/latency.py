"""Per-ticket drafting latency of the embedded model on this CPU: P50 / P95 from ticket in to draft stored.

The contract's latency is "wall time from ticket in to draft stored", so this runs the production path:
N held-out tickets (``db.corpus.generate("heldout", n, seed)``, dated from the shipped recipe's day as
``bench/heldout.py`` does) are imported through the ingest door (masking)
into a scratch database that also holds the demo commerce backend of the same seed
(``training.evaluate.backend_engine_for``), then ``serving.drafting.draft_pending`` drafts and stores them with
the embedded model (optionally with a LoRA adapter). Its per-draft latencies are the headline numbers.

A timing proxy around the backend and around ``call_tool`` splits each draft into intent scoring (one batched
pass over 44 intents), entity generation, tool calls, and the rest (the pattern entities and the intent
classifier, n-grams and the e5 embedding, that ship beside an adapter, parsing, planning, reply, grounding,
routing, the database write).
Auto-resolved drafts with side effects run their tools twice (preview, then committed); both count as tools.

Usage:
    python bench/latency.py [--n 200] [--seed 7] [--today 2026-12-06] [--model gemma3-270m] [--adapter PATH]
                            [--threads 2] [--out bench/results]

Prints the model load time, the latency table, and writes a histogram PNG plus a JSON summary to --out.
The CPU may be shared with other work: the load average is printed beside the results; compare runs only
when it was similar.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

PARTS = ("score", "generate", "tools")


def _timed_tools(counters: dict[str, float]) -> Callable[[], None]:
    """Patch call_tool where the bot and the drafting module look it up; returns the undo."""
    import serving.bot
    import serving.drafting

    original = serving.bot.call_tool

    def call_tool(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            counters["tools"] += time.perf_counter() - started

    serving.bot.call_tool = call_tool
    serving.drafting.call_tool = call_tool

    def undo() -> None:
        serving.bot.call_tool = original
        serving.drafting.call_tool = original

    return undo


def _percentiles(values: Sequence[float]) -> dict[str, float]:
    array = np.asarray(values, dtype=float)
    return {
        "mean": float(array.mean()),
        "p50": float(np.percentile(array, 50)),
        "p95": float(np.percentile(array, 95)),
        "max": float(array.max()),
    }


def _plot(latencies: list[float], summary: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4))
    axis.hist(latencies, bins=min(40, max(5, len(latencies) // 5)), color="#4c72b0")
    total = summary["latency_s"]["total"]
    for value, label, color in ((total["p50"], "P50", "#55a868"), (total["p95"], "P95", "#c44e52")):
        axis.axvline(value, color=color, linestyle="--", label=f"{label} {value:.2f} s")
    axis.axvline(3.0, color="black", linestyle=":", label="SLA 3 s")
    adapter = summary["adapter"] or "no adapter"
    axis.set_title(f"Draft latency, {summary['model']} ({adapter}), n={summary['n']}")
    axis.set_xlabel("seconds from ticket to stored draft")
    axis.set_ylabel("tickets")
    axis.legend()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200, help="held-out tickets to draft (default 200)")
    parser.add_argument("--seed", type=int, default=7, help="corpus and demo backend seed")
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="the day tickets are dated from")
    parser.add_argument("--model", default=None, help="embedded model name or HF folder (default: the embedded one)")
    parser.add_argument("--adapter", default=None, help="LoRA adapter folder")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: the cores we may use)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args(argv)
    if args.threads:
        os.environ["DESTEK_TORCH_THREADS"] = str(args.threads)

    from db.corpus import generate
    from db.demo import build_demo
    from db.engine import init_db, make_engine
    from serving.bot import Bot
    from serving.drafting import draft_pending
    from serving.embedded import DEFAULT_EMBEDDED_MODEL
    from serving.factory import adapter_companions
    from serving.ingest import import_rows
    from serving.llm import TimedBackend
    from serving.local_llm import TransformersBackend
    from serving.vault import VAULT
    from training.bootstrap import Recipe
    from training.evaluate import backend_engine_for

    model = args.model or DEFAULT_EMBEDDED_MODEL
    started = time.perf_counter()
    today = args.today or Recipe().day
    records = generate("heldout", args.n, args.seed, demo=build_demo(args.seed, today=today))
    print(f"Generated {len(records)} held-out tickets (seed {args.seed}) in {time.perf_counter() - started:.1f} s.")

    empty = make_engine(f"sqlite:///{tempfile.mkdtemp(prefix='destek-bench-')}/bench.db")
    init_db(empty)
    engine = backend_engine_for(empty, seed=args.seed, today=today)
    started = time.perf_counter()
    rows = ({"id": r["id"], "text": r["text"], "customer_id": r["customer_id"]} for r in records)
    imported = import_rows(engine, enumerate(rows, start=1), source="bench")
    ingest_s = time.perf_counter() - started
    if imported.errors:
        print(f"warning: {len(imported.errors)} tickets not imported, e.g. {imported.errors[0]}")

    started = time.perf_counter()
    backend = TransformersBackend(model, adapter=args.adapter)
    load_s = time.perf_counter() - started
    import torch

    print(
        f"Model {model} (adapter {args.adapter or 'none'}) loaded in {load_s:.1f} s; "
        f"torch threads {torch.get_num_threads()}."
    )

    counters = dict.fromkeys(PARTS, 0.0)
    per_ticket: list[dict[str, float]] = []

    def progress(done: int, total: int) -> None:
        per_ticket.append(dict(counters))
        counters.update(dict.fromkeys(PARTS, 0.0))
        if done % 20 == 0 or done == total:
            print(f"  {done}/{total} drafted", flush=True)

    undo = _timed_tools(counters)
    classifier, calibration = adapter_companions(args.adapter)  # the classifier's second opinion, as served
    bot = Bot(TimedBackend(backend, counters), classifier=classifier, calibration=calibration)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    started = time.perf_counter()
    try:
        report = draft_pending(engine, bot, progress=progress)
    finally:
        undo()
        for ticket_id in imported.ticket_ids:
            VAULT.forget(ticket_id)
    wall_s = time.perf_counter() - started
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    totals = report.latencies
    if not totals:
        print("Nothing was drafted.")
        return {}
    parts = {part: [t[part] for t in per_ticket] for part in PARTS}
    parts["other"] = [total - sum(t.values()) for total, t in zip(totals, per_ticket, strict=True)]
    summary: dict[str, Any] = {
        "model": model,
        "adapter": args.adapter,
        "n": report.drafted,
        "seed": args.seed,
        "torch_threads": torch.get_num_threads(),
        "cpu_count": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average": [round(load_before, 2), round(load_after, 2)],
        "model_load_s": round(load_s, 2),
        "ingest_per_ticket_ms": round(1000 * ingest_s / max(1, len(records)), 2),
        "wall_s": round(wall_s, 1),
        "auto": report.auto,
        "human": report.human,
        "latency_s": {"total": _percentiles(totals), **{name: _percentiles(v) for name, v in parts.items()}},
    }

    print()
    print(
        f"Drafted {report.drafted} tickets in {wall_s:.0f} s ({report.auto} auto, {report.human} human); "
        f"load average {load_before:.1f} -> {load_after:.1f} on {summary['cpu_count']} cores."
    )
    print(f"Ingest (mask + insert): {summary['ingest_per_ticket_ms']:.1f} ms per ticket.")
    print(f"{'part':<10}{'mean':>8}{'P50':>8}{'P95':>8}{'max':>8}   (seconds per ticket)")
    for name, stats in summary["latency_s"].items():
        print(f"{name:<10}" + "".join(f"{stats[key]:>8.3f}" for key in ("mean", "p50", "p95", "max")))

    stem = f"latency_{Path(model).name}_{Path(args.adapter).name if args.adapter else 'base'}_n{report.drafted}"
    args.out.mkdir(parents=True, exist_ok=True)
    _plot(totals, summary, args.out / f"{stem}.png")
    (args.out / f"{stem}.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"Wrote {args.out / f'{stem}.png'} and {stem}.json")
    return summary


if __name__ == "__main__":
    main()
