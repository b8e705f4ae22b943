"""Compare base models (each with its optional adapter) on the same labelled file: `destek compare`.

Every base runs the evaluation harness (training/evaluate.py) unchanged, so the numbers are the ones
`destek eval` reports. Around it this module adds what the harness does not measure, and says how each
number was obtained:

- tokens/s: tokens of the entity lines the model generated / seconds spent in the backend's `generate`
  (that time includes the call's prompt prefill). Tokens are counted by re-tokenizing the returned text:
  the in-process model's own tokenizer, a vLLM server's /tokenize. A backend with neither gives None.
- GPU memory: torch.cuda.max_memory_allocated when the model runs in this process on CUDA; for a vLLM
  server, a GPU/KV-cache memory gauge in bytes from its /metrics when it has one (vLLM itself exposes none:
  it reserves gpu_memory_utilization of the card at start-up), else None. The reason is written in the notes.

A base that cannot run (unknown model folder, weights package missing, server down, adapter not loaded)
is recorded as failed with its error; the others still run. Nothing is stored in the database: the
cockpit's quality-over-time charts track the served model, not experiments with other bases.
"""

from __future__ import annotations

import gc
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import Engine

from serving.bot import Bot
from serving.embedded import EMBEDDED_MODELS
from serving.llm import TimedBackend
from serving.prompt import intent_choice, ticket_prompt
from serving.vllm import BASE_MODELS
from training.evaluate import GoldTicket, evaluate, write_outputs

BACKENDS = ("local", "vllm")
#: The table's metric columns: (key in BaseResult.row(), header).
COLUMNS = (
    ("intent_accuracy", "intent acc"),
    ("tool_call_accuracy", "tool-call acc"),
    ("entity_f1", "entity F1"),
    ("hallucination_rate", "halluc. rate"),
    ("latency_p50_s", "P50 s"),
    ("latency_p95_s", "P95 s"),
    ("tokens_per_s", "tokens/s"),
    ("gpu_memory_gib", "GPU mem GiB"),
)
#: The text of a draft whose model call failed (serving/bot.py turns LLMError into this problem).
MODEL_ERROR = "model unavailable"
PROBE_TEXT = "Merhaba, siparişim nerede?"
GIB = 1024**3


class CompareInputError(ValueError):
    """The comparison cannot be planned (unknown or duplicate base, bad NAME=VALUE); one line for the user."""


@dataclass(frozen=True)
class BaseRun:
    """One base to evaluate: `name` as the user wrote it, how to reach it, and the adapter to apply."""

    name: str
    backend: str  # "local" (in-process) or "vllm" (a server at `url`)
    model: str  # the embedded model name or folder (local), or the served model name (vllm)
    url: str | None = None  # the OpenAI-compatible base URL, ending in /v1 (vllm only)
    adapter: str | None = None  # a LoRA folder (local) or a served adapter name (vllm)


@dataclass
class BaseResult:
    run: BaseRun
    status: str  # "ok" or "failed"
    error: str | None = None
    report: dict[str, Any] | None = None
    predictions: list[dict[str, Any]] | None = field(default=None, repr=False)
    generated_tokens: int | None = None
    generation_s: float = 0.0
    tokens_per_s: float | None = None
    tokens_note: str = ""
    gpu_memory_gib: float | None = None
    gpu_memory_note: str = ""
    model_errors: int = 0
    wall_s: float = 0.0

    def row(self) -> dict[str, Any]:
        """The table's values for this base (None where not measured or failed)."""
        report = self.report or {}
        values = {key: report.get(key) for key, _ in COLUMNS}
        values["tokens_per_s"], values["gpu_memory_gib"] = self.tokens_per_s, self.gpu_memory_gib
        return values

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("predictions")
        data["metrics"] = self.row()
        return data


@dataclass
class ComparisonReport:
    data_name: str
    n: int
    results: list[BaseResult]
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def notes(self) -> list[str]:
        """Why a value is None (or how it was measured), per base; failures are in the table itself."""
        notes = []
        for result in self.results:
            if result.status != "ok":
                continue
            name = result.run.name
            notes.append(f"{name}: tokens/s: {result.tokens_note}")
            notes.append(f"{name}: GPU memory: {result.gpu_memory_note}")
            if result.model_errors:
                notes.append(
                    f"{name}: {result.model_errors} of {result.report['n'] if result.report else '?'} tickets hit "
                    "a model error during the run and were scored as the bot drafted them (routed to a human)"
                )
        return notes

    def to_dict(self) -> dict[str, Any]:
        return {
            "data_name": self.data_name,
            "n": self.n,
            "created": self.created,
            "columns": [key for key, _ in COLUMNS],
            "bases": [result.to_dict() for result in self.results],
            "notes": self.notes,
        }


# --------------------------------------------------------------------------------------------- planning


def _known() -> str:
    return ", ".join([*sorted(BASE_MODELS), *sorted(EMBEDDED_MODELS)])


def _pairs(values: Sequence[str], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        name, sep, target = value.partition("=")
        name, target = name.strip(), target.strip()
        if not sep or not name or not target:
            raise CompareInputError(f"{option} takes NAME=VALUE, got {value!r}")
        if name in pairs:
            raise CompareInputError(f"{option} names {name!r} twice")
        pairs[name] = target
    return pairs


def _resolve(name: str, backend: str | None) -> tuple[str, str]:
    """(backend, model) for base `name`: registry bases default to vLLM, embedded models to in-process."""
    spec = BASE_MODELS.get(name)
    if spec is not None:
        if (backend or "vllm") == "vllm":
            return "vllm", spec.served_name
        if spec.model.startswith("cache:"):  # the embedded model's vLLM entry: run it in-process instead
            return "local", spec.model.removeprefix("cache:")
        raise CompareInputError(f"{name} is a GPU base served by vLLM; it cannot run in-process (--backend local)")
    if name in EMBEDDED_MODELS:
        if (backend or "local") == "local":
            return "local", name
        if any(entry.served_name == name for entry in BASE_MODELS.values()):
            return "vllm", name
        raise CompareInputError(f"no vLLM base serves the embedded model {name}; use --backend local")
    if (backend or "local") == "local" and (Path(name).expanduser() / "config.json").is_file():
        return "local", name  # a Hugging Face model folder
    raise CompareInputError(f"unknown base {name!r}; known: {_known()} (or a model folder with --backend local)")


def _api_url(url: str) -> str:
    """The OpenAI-compatible base URL of a server given as its root or its /v1 URL."""
    from serving.llm import server_root

    root = server_root(url)
    if not root.startswith(("http://", "https://")):
        raise CompareInputError(f"not an http(s) URL: {url!r}")
    return f"{root}/v1"


def plan_runs(
    bases: str | Sequence[str],
    *,
    backend: str | None = None,
    url_for: Sequence[str] = (),
    adapter_for: Sequence[str] = (),
    default_url: str | None = None,
) -> list[BaseRun]:
    """Check the user's choices and turn them into runs; every mistake is a CompareInputError of one line.

    `default_url` serves a single vLLM base given no --url-for; with several, each needs its own server.
    """
    names = [n.strip() for n in bases.split(",")] if isinstance(bases, str) else [n.strip() for n in bases]
    if not names or any(not n for n in names):
        raise CompareInputError("--bases takes comma-separated base names, e.g. qwen2.5-7b-awq,llama3.1-8b-awq")
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise CompareInputError(f"base {duplicates[0]!r} is listed twice in --bases")
    if backend is not None and backend not in BACKENDS:
        raise CompareInputError(f"unknown backend {backend!r}: use 'local' or 'vllm'")
    urls, adapters = _pairs(url_for, "--url-for"), _pairs(adapter_for, "--adapter-for")
    for option, given in (("--url-for", urls), ("--adapter-for", adapters)):
        strangers = [n for n in given if n not in names]
        if strangers:
            raise CompareInputError(f"{option} names {strangers[0]!r}, which is not in --bases")
    resolved = {name: _resolve(name, backend) for name in names}
    on_vllm = [name for name in names if resolved[name][0] == "vllm"]
    runs, seen_urls = [], {}
    for name in names:
        kind, model = resolved[name]
        url = None
        if kind == "local" and name in urls:
            raise CompareInputError(f"{name} runs in-process (local); --url-for is for bases served by vLLM")
        if kind == "vllm":
            if name in urls:
                url = _api_url(urls[name])
            elif len(on_vllm) == 1 and default_url:
                url = _api_url(default_url)
            else:
                raise CompareInputError(f"{name} is served by vLLM: give its server with --url-for {name}=URL")
            if url in seen_urls:
                raise CompareInputError(f"{seen_urls[url]} and {name} share {url}; each base needs its own server")
            seen_urls[url] = name
        runs.append(BaseRun(name=name, backend=kind, model=model, url=url, adapter=adapters.get(name)))
    return runs


# ------------------------------------------------------------------------------------------- measuring


TokenCounter = Callable[[str], int | None]


def tokenizer_counter(tokenizer: Any) -> TokenCounter:
    return lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])


def server_counter(root: str, model: str, *, post: Callable[..., Any] | None = None) -> TokenCounter:
    """Count tokens with a vLLM server's own tokenizer (POST /tokenize); None when it cannot."""

    def count(text: str) -> int | None:
        try:
            response = (post or httpx.post)(
                f"{root}/tokenize", json={"model": model, "prompt": text, "add_special_tokens": False}, timeout=10.0
            )
        except httpx.HTTPError:
            return None
        if response.status_code != 200:
            return None
        tokens = response.json().get("tokens")
        return len(tokens) if isinstance(tokens, list) else None

    return count


def token_counter(backend: Any) -> tuple[TokenCounter | None, str]:
    """How generated tokens of `backend` can be counted, and a note saying so (or why they cannot)."""
    from serving.llm import OpenAICompatibleBackend, server_root

    tokenizer = getattr(backend, "tokenizer", None)
    if tokenizer is not None and callable(tokenizer):
        return tokenizer_counter(tokenizer), "the model's tokenizer"
    if isinstance(backend, OpenAICompatibleBackend):
        return server_counter(server_root(backend.settings.base_url), backend.settings.model), "the server's /tokenize"
    return None, f"{type(backend).__name__} exposes no tokenizer or token counts, so tokens/s is not measured"


class MeteredBackend(TimedBackend):
    """A TimedBackend that also counts the tokens `generate` returned (counted outside the timing)."""

    def __init__(self, inner: Any, counter: TokenCounter | None) -> None:
        super().__init__(inner)
        self.counter = counter
        self.tokens: int | None = 0 if counter is not None else None

    @property
    def generation_s(self) -> float:
        return self.seconds["generate"]

    def generate(
        self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
    ) -> str:
        text = super().generate(prompt, max_new_tokens=max_new_tokens, stop=stop, vocabulary=vocabulary)
        if self.tokens is not None:
            counted = self.counter(text) if self.counter is not None else None
            self.tokens = None if counted is None else self.tokens + counted
        return text


def _cuda_model(backend: Any) -> Any | None:
    """torch, when `backend` holds a model on a CUDA device in this process; None otherwise.

    torch is not imported here: an in-process model has imported it already, and a remote one needs none.
    """
    torch = sys.modules.get("torch")
    model = getattr(backend, "model", None)
    if torch is None or model is None or not torch.cuda.is_available():
        return None
    device = getattr(model, "device", None)
    return torch if getattr(device, "type", None) == "cuda" else None


#: A gauge of GPU or KV-cache memory in bytes, as some servers and exporters name them.
MEMORY_GAUGE = re.compile(
    r"^(?P<name>[A-Za-z_:][\w:]*(?:gpu|cuda|kv_cache)[\w:]*memory[\w:]*bytes[\w:]*)(?:\{[^}]*\})?"
    r"\s+(?P<value>[0-9.eE+-]+)$",
    re.IGNORECASE,
)
MEMORY_UTILIZATION = re.compile(r'gpu_memory_utilization="([0-9.]+)"')


def memory_from_metrics(text: str) -> tuple[float | None, str]:
    """GiB from a GPU/KV-cache memory gauge in Prometheus text (summed over its series), and how it was found."""
    found: dict[str, float] = {}
    for line in text.splitlines():
        match = MEMORY_GAUGE.match(line.strip())
        if match:
            name = match["name"]
            found[name] = found.get(name, 0.0) + float(match["value"])
    if found:
        name = sorted(found)[0]
        return found[name] / GIB, f"the server's /metrics gauge {name} after the run"
    reserved = MEMORY_UTILIZATION.search(text)
    share = f" (it reserves gpu_memory_utilization={reserved[1]} of the card at start-up)" if reserved else ""
    return (
        None,
        f"the server's /metrics has no GPU or KV-cache memory gauge in bytes{share}; see nvidia-smi on its host",
    )


def server_memory(root: str, *, get: Callable[..., Any] | None = None) -> tuple[float | None, str]:
    """GPU memory from the server's /metrics (see memory_from_metrics), or None and why."""
    try:
        response = (get or httpx.get)(f"{root}/metrics", timeout=10.0)
    except httpx.HTTPError as exc:
        return None, f"the server's /metrics could not be read ({type(exc).__name__})"
    if response.status_code != 200:
        return None, f"the server has no /metrics (HTTP {response.status_code})"
    return memory_from_metrics(response.text)


# -------------------------------------------------------------------------------------------- running


def _settings(run: BaseRun) -> Any:
    from serving.factory import BotSettings

    settings = BotSettings.from_env()  # keeps $DESTEK_THRESHOLD; model and adapter are the run's own
    return replace(
        settings, backend=run.backend, model=run.model, adapter=run.adapter, vllm_url=run.url or settings.vllm_url
    )


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"


def run_base(
    run: BaseRun,
    tickets: list[GoldTicket],
    engine: Engine,
    *,
    make_bot: Callable[..., Bot] | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> BaseResult:
    """Evaluate one base; every failure becomes a failed result, never an exception."""
    from serving import factory
    from serving.llm import OpenAICompatibleBackend, server_root

    started = time.perf_counter()
    bot = None
    try:
        bot = (make_bot or factory.make_bot)(_settings(run), None)  # no database: never the active adapter
        inner = bot.backend
        # Fails fast when the server is down or does not serve the model/adapter; also warms the model up.
        inner.score(ticket_prompt(PROBE_TEXT), [intent_choice(i) for i in bot.contract.intent_ids])
        counter, how = token_counter(inner)
        metered = MeteredBackend(inner, counter)
        bot.backend = metered
        torch = _cuda_model(inner)
        if torch is not None:
            torch.cuda.reset_peak_memory_stats()
        report, predictions = evaluate(bot, tickets, engine, progress=progress)
    except Exception as exc:  # one base failing must not stop the others
        return BaseResult(run, "failed", error=_one_line(exc), wall_s=time.perf_counter() - started)
    errors = [p for p in predictions if any(problem.startswith(MODEL_ERROR) for problem in p["problems"])]
    if len(errors) == len(predictions):
        problem = next(p for p in errors[0]["problems"] if p.startswith(MODEL_ERROR))
        return BaseResult(run, "failed", error=problem, wall_s=time.perf_counter() - started)
    result = BaseResult(
        run, "ok", report=report, predictions=predictions, model_errors=len(errors), generation_s=metered.generation_s
    )
    if metered.tokens is None:
        result.tokens_note = how if counter is None else f"{how} could not count the tokens, so it is not measured"
    elif metered.generation_s > 0:
        result.generated_tokens = metered.tokens
        result.tokens_per_s = metered.tokens / metered.generation_s
        result.tokens_note = (
            f"{metered.tokens} generated tokens (counted with {how}; stop strings excluded) "
            f"in {metered.generation_s:.2f} s of generate() over {metered.calls['generate']} calls, prefill included"
        )
    else:
        result.tokens_note = "no generate() calls were made"
    if torch is not None:
        result.gpu_memory_gib = torch.cuda.max_memory_allocated() / GIB
        result.gpu_memory_note = "torch.cuda.max_memory_allocated during the run (weights included)"
    elif isinstance(inner, OpenAICompatibleBackend):
        result.gpu_memory_gib, result.gpu_memory_note = server_memory(server_root(inner.settings.base_url))
    elif run.backend == "local":
        result.gpu_memory_note = "the model runs in this process on the CPU; no GPU memory is used"
    else:
        result.gpu_memory_note = f"{type(inner).__name__} reports no GPU memory"
    result.wall_s = time.perf_counter() - started
    return result


def _release() -> None:
    """Free the last base's model before loading the next (two in-process models need not fit at once)."""
    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


def compare(
    engine: Engine,
    bases: list[BaseRun],
    tickets: list[GoldTicket],
    *,
    data_name: str = "",
    make_bot: Callable[..., Bot] | None = None,
    on_start: Callable[[BaseRun], None] = lambda run: None,
    progress: Callable[[str, int, int], None] = lambda base, done, total: None,
    on_result: Callable[[BaseResult], None] = lambda result: None,
) -> ComparisonReport:
    """Evaluate every base on `tickets` in turn; `engine` is the commerce backend the tools run against.

    `make_bot(settings, engine)` builds each bot (default: serving.factory.make_bot, looked up at call time).
    `on_start(run)` is called before a base loads, `progress(base, done, total)` after each of its tickets,
    and `on_result(result)` when it is done.
    """
    results = []
    for run in bases:
        on_start(run)
        result = run_base(
            run,
            tickets,
            engine,
            make_bot=make_bot,
            progress=lambda done, total, name=run.name: progress(name, done, total),
        )
        _release()  # run_base has returned: nothing holds its bot any more
        results.append(result)
        on_result(result)
    return ComparisonReport(data_name=data_name, n=len(tickets), results=results)


# -------------------------------------------------------------------------------------------- outputs


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 100 else f"{value:.3f}"
    return str(value)


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def folder_names(report: ComparisonReport) -> dict[str, str]:
    """Each base's sub-folder for its own report: its name made safe for a path, unique."""
    names: dict[str, str] = {}
    for result in report.results:
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", result.run.name).strip("._") or "base"
        candidate, n = safe, 2
        while candidate in names.values():
            candidate, n = f"{safe}-{n}", n + 1
        names[result.run.name] = candidate
    return names


def render_markdown(report: ComparisonReport) -> str:
    """The side-by-side table, then notes on how tokens/s and GPU memory were measured (or why not)."""
    folders = folder_names(report)
    header = ["base", "backend", "adapter", "status", *(title for _, title in COLUMNS)]
    lines = [
        f"# Base model comparison: {report.data_name or 'eval data'} ({report.n} tickets)",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for result in report.results:
        run = result.run
        where = f"vllm @ {run.url}" if run.backend == "vllm" else "local"
        status = "ok" if result.status == "ok" else f"failed: {_cell(result.error or '')}"
        values = [_fmt(v) for v in result.row().values()]
        lines.append("| " + " | ".join([_cell(run.name), where, _cell(run.adapter or "none"), status, *values]) + " |")
    lines += [
        "",
        "Accuracy, tool-call accuracy, entity F1 and hallucination rate as `destek eval` scores them; latency per "
        "ticket end to end (P50/P95, seconds). n/a: not measured (see the notes) or the file has no such labels.",
        "",
    ]
    notes = report.notes
    if notes:
        lines += ["## Notes", "", *(f"- {_cell(note, 400)}" for note in notes), ""]
    reports = [f"{folders[r.run.name]}/report.md" for r in report.results if r.status == "ok"]
    if reports:
        lines += [f"Per-base reports: {', '.join(reports)}. Chart: comparison.png", ""]
    return "\n".join(lines)


def plot_comparison(report: ComparisonReport, path: Path) -> Path:
    """Bars per base for each metric, in four panels by unit; a missing value is written as n/a."""
    from matplotlib.figure import Figure

    from training.metrics import _save

    panels = (
        ("quality (0-1)", ("intent_accuracy", "tool_call_accuracy", "entity_f1", "hallucination_rate")),
        ("latency (s)", ("latency_p50_s", "latency_p95_s")),
        ("tokens/s", ("tokens_per_s",)),
        ("GPU memory (GiB)", ("gpu_memory_gib",)),
    )
    titles = dict(COLUMNS)
    names = [r.run.name if r.status == "ok" else f"{r.run.name}\n(failed)" for r in report.results]
    rows = [r.row() for r in report.results]
    figure = Figure(figsize=(12, 8))
    for axes, (title, keys) in zip(figure.subplots(2, 2).flat, panels, strict=True):
        width = 0.8 / len(keys)
        for k, key in enumerate(keys):
            offsets = [i - 0.4 + width * (k + 0.5) for i in range(len(rows))]
            values = [row[key] for row in rows]
            axes.bar(offsets, [v or 0.0 for v in values], width=width, label=titles[key])
            for x, value in zip(offsets, values, strict=True):
                label = "n/a" if value is None else f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
                axes.text(x, value or 0.0, label, ha="center", va="bottom", fontsize=6)
        axes.set_xticks(range(len(names)), names, fontsize=8)
        if title.startswith("quality"):
            axes.set_ylim(0, 1.1)
        else:
            axes.set_ylim(bottom=0)
        axes.set_title(title)
        if len(keys) > 1:
            axes.legend(fontsize=7)
    figure.suptitle(f"Base comparison on {report.data_name or 'eval data'} ({report.n} tickets)")
    return _save(figure, path)


def write_comparison(report: ComparisonReport, out: Path) -> None:
    """comparison.json, comparison.md and comparison.png in `out`, and each completed base's own eval outputs."""
    out.mkdir(parents=True, exist_ok=True)
    folders = folder_names(report)
    for result in report.results:
        if result.status == "ok" and result.report is not None and result.predictions is not None:
            write_outputs(result.report, result.predictions, out / folders[result.run.name])
    data = report.to_dict()
    for entry in data["bases"]:
        entry["folder"] = folders[entry["run"]["name"]] if entry["status"] == "ok" else None
    (out / "comparison.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "comparison.md").write_text(render_markdown(report), encoding="utf-8")
    plot_comparison(report, out / "comparison.png")


def summary_line(result: BaseResult) -> str:
    """One line per finished base for the terminal."""
    if result.status != "ok":
        return f"{result.run.name}: failed: {result.error}"
    row = result.row()
    shown = {"intent_accuracy": "intent acc", "latency_p50_s": "P50 s", "tokens_per_s": "tokens/s"}
    return f"{result.run.name}: " + ", ".join(f"{title} {_fmt(row[key])}" for key, title in shown.items())
