"""Throughput and latency of a vLLM server (the CPU build here), base model vs LoRA adapter, and the swap time.

What one request is: the model work of a draft, `Bot.predict` through the OpenAI-compatible backend, which
makes two calls (serving/bot.py): intent scoring, one request reading the log-probs of the 44 one-token intent
words (`logprob_token_ids`), and entity generation, a greedy completion of up to 32 tokens. Measured:

  * drafts for 1, 4 and 16 concurrent clients, base and adapter: drafts/s and P50 / P95 latency (plotted);
    plus single-stream tokens/s;
  * `score` as serving/llm.py does it (one `logprob_token_ids` read; each intent word is one token of the
    embedded model) and its echo fallback (echo + logprobs over 44 prompts), with the largest difference;
  * the swap: serving.hotswap.swap_in of the adapter under two fresh names (load on the replica, a canary
    draft, alias switch, unload of the old), split into its steps.

Usage:
    python bench/serving.py [--start] [--url http://127.0.0.1:8000] [--model gemma3-270m] [--adapter PATH]
                            [--requests 2] [--out bench/results]

`--start` launches `destek vllm start --base gemma3-270m-cpu` itself (and reports the startup time);
without it a server must be running at --url. Without --adapter a random LoRA (r=8, q_proj/v_proj) is made
with PEFT on the served folder: its outputs are noise, its cost is real. The CPU may be shared: the load
average is printed beside the results.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

TICKETS = [
    "Merhaba, 4815162342 numaralı siparişim nerede kaldı?",
    "iade etmek istiyorum beden küçük geldi, sipariş no 5550001234",
    "Kargom 3 gündür yolda, Aras Kargo takip numarası 7281933001245",
    "INDIRIM50 kuponu sepette geçmiyor",
]
CONCURRENCY = (1, 4, 16)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def draft_request(url: str, base: str, served: str, ticket: str) -> float:
    """The model work of one draft (intent scoring + entity generation) through vLLM; returns its latency.
    A draft with problems (model unreachable) raises, so a failed request is never counted as fast."""
    from serving.bot import Bot
    from serving.llm import OpenAICompatibleBackend, OpenAISettings

    adapter = None if served == base else served
    bot = Bot(OpenAICompatibleBackend(OpenAISettings(base_url=f"{url}/v1", model=base, adapter=adapter, timeout_s=600)))
    started = time.perf_counter()
    prediction = bot.predict(ticket)
    elapsed = time.perf_counter() - started
    if any(problem.startswith("model unavailable") for problem in prediction.problems):
        raise RuntimeError(f"draft failed: {prediction.problems}")
    return elapsed


def concurrency_run(clients: int, per_client: int, call: Callable[[str], float]) -> dict[str, float]:
    jobs = [TICKETS[i % len(TICKETS)] for i in range(clients * per_client)]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(call, jobs))
    wall = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(jobs),
        "rps": round(len(jobs) / wall, 3),
        "p50_s": round(statistics.median(latencies), 3),
        "p95_s": round(percentile(latencies, 0.95), 3),
    }


def tokens_per_second(url: str, model: str) -> float:
    body = {"model": model, "prompt": "Bir varmış bir yokmuş,", "max_tokens": 64, "temperature": 0.0}
    started = time.perf_counter()
    response = httpx.post(f"{url}/v1/completions", json={**body, "ignore_eos": True}, timeout=600).json()
    return response["usage"]["completion_tokens"] / (time.perf_counter() - started)


def scoring(url: str, model: str) -> dict[str, Any]:
    """The two ways serving/llm.py scores the 44 intents: one `logprob_token_ids` read (its default) and echo
    (its fallback for servers without label reads), timed, with the largest difference between the two."""
    from db.contract import load_contract
    from serving.llm import OpenAICompatibleBackend, OpenAISettings
    from serving.prompt import intent_choice, ticket_prompt

    words = [intent_choice(i) for i in load_contract().intent_ids]
    prompt = ticket_prompt(TICKETS[0])
    results: dict[str, Any] = {}
    scores = {}
    for label, label_reads in (("token_ids", True), ("echo", False)):
        settings = OpenAISettings(base_url=f"{url}/v1", model=model, timeout_s=600, label_reads=label_reads)
        backend = OpenAICompatibleBackend(settings)
        backend.score(prompt, words[:2])  # tokenize once (cached), so only the scoring request is timed
        started = time.perf_counter()
        scores[label] = backend.score(prompt, words)
        results[f"{label}_s"] = round(time.perf_counter() - started, 3)
    echo, by_ids = scores["echo"], scores["token_ids"]
    results["max_abs_diff"] = round(max(abs(a - b) for a, b in zip(echo, by_ids, strict=True)), 4)
    results["same_top_intent"] = echo.index(max(echo)) == by_ids.index(max(by_ids))
    return results


def random_adapter(base_folder: str, out: Path) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(base_folder, dtype=torch.float32)
    torch.manual_seed(0)
    lora = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    get_peft_model(model, lora).save_pretrained(out)
    return out


def swap_times(url: str, model: str, adapter: Path) -> list[dict[str, Any]]:
    """Promote the adapter under two fresh names in a scratch registry; the second swap unloads the first."""
    from sqlmodel import Session

    from db.engine import init_db, make_engine
    from db.models import Adapter
    from serving.hotswap import Replica, swap_in
    from training.registry import promote as registry_promote

    engine = make_engine(f"sqlite:///{tempfile.mkdtemp()}/bench.db")
    init_db(engine)
    stamp = time.strftime("%H%M%S")
    names = [f"bench-{stamp}-a", f"bench-{stamp}-b"]
    with Session(engine) as session:
        for name in names:
            session.add(Adapter(name=name, base_model=model, path=str(adapter)))
        session.commit()
    replica = Replica(url)
    reports = []
    for name in names:
        report = swap_in(
            engine, name, str(adapter), [replica], min_agreement=0.0, switch=lambda n=name: registry_promote(engine, n)
        )
        reports.append(report.as_dict())
    replica.unload(names[-1])
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--model", default="gemma3-270m", help="The served base model name.")
    parser.add_argument("--adapter", type=Path, help="A PEFT LoRA folder; default a random one.")
    parser.add_argument("--start", action="store_true", help="Start gemma3-270m-cpu on --url's port first.")
    parser.add_argument("--requests", type=int, default=2, help="Requests per client at each concurrency.")
    parser.add_argument("--out", type=Path, default=Path("bench/results"))
    args = parser.parse_args()

    from serving.hotswap import Replica
    from serving.vllm import base_model, launch_commands, start, stop, wait_ready

    results: dict[str, Any] = {"load_average_before": os.getloadavg()}
    process = None
    if args.start:
        port = int(args.url.rsplit(":", 1)[1])
        (command,) = launch_commands("gemma3-270m-cpu", port=port)
        process = start(command, args.out / "logs")
        results["startup_s"] = round(wait_ready(command.url, process, timeout_s=600), 1)
        print(f"server ready in {results['startup_s']} s")
    try:
        models = Replica(args.url).models()
        adapter = args.adapter or random_adapter(
            models.get(args.model) or base_model("gemma3-270m-cpu").model_path(), Path(tempfile.mkdtemp()) / "lora"
        )
        results["tokens_per_s"] = round(tokens_per_second(args.url, args.model), 2)
        print(f"tokens/s (one stream): {results['tokens_per_s']}")
        results["scoring"] = scoring(args.url, args.model)
        print(f"scoring: {results['scoring']}")
        Replica(args.url).load("bench-concurrency", str(adapter))
        rows = []
        for served in (args.model, "bench-concurrency"):
            for clients in CONCURRENCY:
                row = concurrency_run(
                    clients, args.requests, lambda t, m=served: draft_request(args.url, args.model, m, t)
                )
                row["model"] = "base" if served == args.model else "adapter"
                rows.append(row)
                print(row)
        Replica(args.url).unload("bench-concurrency")
        results["generate"] = rows
        results["swap"] = swap_times(args.url, args.model, adapter)
        for report in results["swap"]:
            print(f"swap: {report}")
    finally:
        if process is not None:
            stop(process)
    results["load_average_after"] = os.getloadavg()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "serving.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    plot(results["generate"], args.out / "serving.png")
    print(f"wrote {args.out / 'serving.json'} and serving.png")


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    """Draft latency (P50, P95) and drafts/s against concurrent clients, base model and adapter."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (latency, throughput) = plt.subplots(1, 2, figsize=(10, 4))
    for model, colour in (("base", "tab:blue"), ("adapter", "tab:orange")):
        mine = [r for r in rows if r["model"] == model]
        clients = [r["clients"] for r in mine]
        latency.plot(clients, [r["p50_s"] for r in mine], "o-", color=colour, label=f"{model} P50")
        latency.plot(clients, [r["p95_s"] for r in mine], "s--", color=colour, label=f"{model} P95")
        throughput.plot(clients, [r["rps"] for r in mine], "o-", color=colour, label=model)
    for axis, label in ((latency, "seconds per draft"), (throughput, "drafts per second")):
        axis.set_xscale("log", base=2)
        axis.set_xticks([1, 4, 16], ["1", "4", "16"])
        axis.set_xlabel("concurrent clients")
        axis.set_ylabel(label)
        axis.legend()
    fig.suptitle("vLLM CPU build, Gemma 3 270M: model work per draft (scoring + entity generation)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)


if __name__ == "__main__":
    main()
