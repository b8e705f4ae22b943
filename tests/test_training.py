"""Training: config validation, inference-identical tokenization, a real (tiny) LoRA run, the gate, the
registry's promote/rollback history, and the nightly job (its no-op, and a tiny run on review corrections)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from app.commands import training as training_commands
from db.models import Adapter, Ticket, TrainingRun
from serving.embedded import tiny_random_model
from serving.local_llm import encode_pieces
from serving.prompt import prompt_prefix, render_answer, ticket_prompt
from training import gate as gate_module
from training.config import ConfigError, available_configs, config_from_dict, load_config
from training.dataset import BuildConfig, build_dataset, read_records
from training.gate import compare_with_baseline, run_gate
from training.nightly import choose_start, run_nightly
from training.registry import RegistryError, promote, register_candidate, rollback
from training.replay import champion_drafts, night_mix
from training.sft import check_trainable, run_training, sft_args, tokenize_example, train_adapter

TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


# ── Configs ─────────────────────────────────────────────────────────────────────────────────────────


def test_shipped_configs_are_valid() -> None:
    assert set(available_configs()) >= {"cpu-small", "qwen2.5-7b-4090", "llama3.1-8b-4090", "qwen2.5-7b-modal"}
    for name in available_configs():
        load_config(name)
    small = load_config("cpu-small")
    assert small.base_model == "gemma3-270m" and small.precision == "fp32" and small.lora.r == 16
    assert set(TARGETS) <= set(small.lora.target_modules)
    for name in ("qwen2.5-7b-4090", "llama3.1-8b-4090"):
        assert load_config(name).load_in_4bit and load_config(name).precision == "bf16"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lerning_rate": 1e-4}, "unknown field lerning_rate"),
        ({"lora": {"r": 0}}, "lora.r must be > 0"),
        ({"lora": {"rank": 8}}, "unknown field lora.rank"),
        ({"lora": {"target_modules": ["q_proj", "lm_head"]}}, "must not include 'lm_head'"),
        ({"lora": {"target_modules": ["model.embed_tokens"]}}, "must not include 'model.embed_tokens'"),
        ({"epochs": "two"}, "epochs must be of type float"),
        ({"batch_size": 1.5}, "batch_size must be of type int"),
        ({"precision": "bf32"}, "precision must be one of fp32, bf16, fp16"),
        ({"load_in_4bit": True}, "load_in_4bit needs precision bf16 or fp16"),
        ({"lora": {"dropout": 1.0}}, r"lora.dropout must be in \[0, 1\)"),
        ({"gate": {"tolerances": {"accuracy": 0.01}}}, "gate.tolerances.accuracy is not a gate metric"),
        ({"base_model": None}, "base_model must be of type str"),
        ({"nightly": {"learning_rate": 0}}, "nightly.learning_rate must be > 0"),
        ({"nightly": {"replay": -1}}, "nightly.replay must be >= 0"),
        ({"nightly": {"aimed_replay": -0.5}}, "nightly.aimed_replay must be >= 0"),
        ({"nightly": {"epochs": 0}}, "nightly.epochs must be > 0"),
    ],
)
def test_config_errors_name_the_field(tmp_path: Path, change: dict, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(json.dumps({"base_model": "gemma3-270m", **change}))  # JSON is YAML
    with pytest.raises(ConfigError, match=message):
        load_config(str(path))


def test_missing_config_and_missing_base_model(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no training config 'nope'; available: cpu-small"):
        load_config("nope")
    with pytest.raises(ConfigError, match="missing required field base_model"):
        config_from_dict({}, name="x")


def test_bf16_is_off_explicitly_for_fp32(tmp_path: Path) -> None:
    """TRL's SFTConfig turns bf16 on by default; emulated bf16 on this CPU is ~20x slower."""
    args = sft_args(load_config("cpu-small"), tmp_path, has_validation=True)
    assert args.bf16 is False and args.fp16 is False
    assert args.gradient_checkpointing is False and args.prediction_loss_only is True


# ── Tokenization identical to inference ──────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_random_model(tmp_path_factory.mktemp("tiny") / "model", arch="gemma3")


def test_training_tokens_are_the_inference_tokens(tiny_model: Path) -> None:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model))
    text = "Merhaba, 4815162342 nolu siparişim nerede?"
    entities = [{"type": "order_number", "value": "4815162342", "start": 9, "end": 19}]
    example = tokenize_example(tokenizer, text, "siparis_status", entities)
    # what TransformersBackend feeds the model: the cached prefix, then the rest of the prompt, as pieces
    prompt = ticket_prompt(text)
    prefix_ids = encode_pieces(tokenizer, [prompt_prefix()])[0]
    rest_ids = encode_pieces(tokenizer, ["", prompt[len(prompt_prefix()) :]])[1]
    n_prompt = len(prefix_ids) + len(rest_ids)
    assert example["input_ids"][:n_prompt] == prefix_ids + rest_ids
    assert example["input_ids"][0] == tokenizer.bos_token_id
    assert example["labels"][:n_prompt] == [-100] * n_prompt
    answer = example["labels"][n_prompt:]
    assert answer == example["input_ids"][n_prompt:] and answer[-1] == tokenizer.eos_token_id
    expected = render_answer("siparis_status", [("order_number", "4815162342")])
    assert tokenizer.decode(answer[:-1]) == expected


# ── A real training run on a tiny model ──────────────────────────────────────────────────────────────


def tiny_config(model: Path, **overrides) -> object:
    data = {
        "base_model": str(model),
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": TARGETS},
        "learning_rate": 5e-3,
        "epochs": 1,
        "max_length": 128,
        "batch_size": 4,
        "save_steps": 2,
        "warmup": 0,
        **overrides,
    }
    return config_from_dict(data, name="tiny")


def seed_gold(engine: Engine, n: int = 24) -> None:
    intents = ["siparis_status", "sifre_unuttum", "kargo_takip"]
    with Session(engine) as session:
        for i in range(n):
            number = str(4815162300 + i)
            intent = intents[i % 3]
            text = f"Merhaba {number} nolu siparişim için yardım, {intent} {i}"
            entities = [{"type": "order_number", "value": number, "start": 8, "end": 18}]
            session.add(Ticket(dedupe_key=f"t{i}", text=text, gold={"intent": intent, "entities": entities}))
        session.commit()


def test_tiny_training_run_registers_a_loadable_candidate(engine: Engine, tmp_path: Path, tiny_model: Path) -> None:
    import torch
    from safetensors.torch import load_file

    from serving.embedded import load_model_and_tokenizer

    seed_gold(engine)
    version = build_dataset(engine, BuildConfig(out_dir=tmp_path / "datasets")).version
    run = run_training(engine, tiny_config(tiny_model), adapters_dir=tmp_path / "adapters", max_steps=4, say=print)
    assert run.status == "finished" and run.dataset_version == version and run.where == "local"
    assert run.metrics["steps"] == 4 and run.metrics["s_per_step"] > 0 and run.config["name"] == "tiny"
    assert run.duration_s > 0 and run.finished_at is not None
    with Session(engine) as session:
        adapter = session.exec(select(Adapter)).one()
    assert adapter.status == "candidate" and adapter.training_run_id == run.id
    assert adapter.name == run.adapter_name and adapter.name.startswith("model-")
    folder = Path(adapter.path)
    assert (folder / "adapter_config.json").is_file() and (folder / "training_curves.png").stat().st_size > 0
    assert not (folder / "checkpoints").exists()
    weights = load_file(str(folder / "adapter_model.safetensors"))
    assert weights and all("lora_" in key for key in weights)
    assert not any("lm_head" in key or "embed" in key for key in weights)
    # loads the way serving loads it; lm_head and embeddings are the base model's, untouched
    base, _ = load_model_and_tokenizer(tiny_model)
    tuned, _ = load_model_and_tokenizer(tiny_model, adapter=folder)
    assert torch.equal(base.get_input_embeddings().weight, tuned.get_input_embeddings().weight)
    assert torch.equal(base.get_output_embeddings().weight, tuned.get_output_embeddings().weight)
    changed = [
        name
        for (name, a), (_, b) in zip(base.named_parameters(), tuned.named_parameters(), strict=True)
        if not torch.equal(a, b)
    ]
    assert changed and all(any(t in name for t in TARGETS) for name in changed)


def test_training_resumes_from_its_last_checkpoint(engine: Engine, tmp_path: Path, tiny_model: Path) -> None:
    seed_gold(engine)
    dataset = build_dataset(engine, BuildConfig(out_dir=tmp_path / "datasets")).path
    config = tiny_config(tiny_model)
    first = train_adapter(config, dataset, tmp_path / "a", max_steps=2)
    assert (tmp_path / "a" / "checkpoints" / "checkpoint-2").is_dir() and first.metrics["resumed_from"] is None
    second = train_adapter(config, dataset, tmp_path / "a", resume=True, max_steps=4)
    assert second.metrics["resumed_from"] == "checkpoint-2" and second.metrics["steps"] == 4
    losses = [(e["step"], e["loss"]) for e in second.metrics["log_history"] if "loss" in e]
    first_losses = [(e["step"], e["loss"]) for e in first.metrics["log_history"] if "loss" in e]
    assert losses[:2] == first_losses and [step for step, _ in losses] == [1, 2, 3, 4]  # 1-2 restored, not redone


def test_a_warm_start_continues_the_given_adapters_weights(engine: Engine, tmp_path: Path, tiny_model: Path) -> None:
    """With a learning rate too small to move anything, a warm-started run must save the champion's LoRA
    weights (a fresh LoRA starts with B = 0, so it would not), and a shape mismatch is refused up front."""
    import torch
    from safetensors.torch import load_file

    seed_gold(engine)
    dataset = build_dataset(engine, BuildConfig(out_dir=tmp_path / "datasets")).path
    champion = train_adapter(tiny_config(tiny_model), dataset, tmp_path / "champion", max_steps=3).adapter_dir
    still = tiny_config(tiny_model, learning_rate=1e-12)
    continued = train_adapter(still, dataset, tmp_path / "next", max_steps=1, init_adapter=champion)
    fresh = train_adapter(still, dataset, tmp_path / "fresh", max_steps=1)
    assert continued.metrics["warm_start_from"] == "champion" and fresh.metrics["warm_start_from"] is None
    before, after, zero = (
        load_file(str(d / "adapter_model.safetensors")) for d in (champion, tmp_path / "next", tmp_path / "fresh")
    )
    assert before.keys() == after.keys()
    assert all(torch.allclose(before[key], after[key], atol=1e-6) for key in before)
    assert any(not torch.allclose(before[key], zero[key], atol=1e-6) for key in before if "lora_B" in key)
    with pytest.raises(ValueError, match="cannot warm-start from champion: its LoRA is"):
        train_adapter(
            tiny_config(tiny_model, lora={"r": 8, "alpha": 16, "target_modules": TARGETS}),
            dataset,
            tmp_path / "x",
            max_steps=1,
            init_adapter=champion,
        )


def test_a_trainable_lm_head_is_refused(tiny_model: Path) -> None:
    from peft import get_peft_model

    from training.sft import load_base, lora_config

    config = tiny_config(tiny_model)
    model = get_peft_model(load_base(config)[0], lora_config(config))
    assert all("lora_" in name for name in check_trainable(model))
    model.get_base_model().lm_head.weight.requires_grad_(True)
    with pytest.raises(RuntimeError, match="LoRA weights only"):
        check_trainable(model)


def test_a_failed_run_is_recorded(engine: Engine, tmp_path: Path) -> None:
    seed_gold(engine)
    build_dataset(engine, BuildConfig(out_dir=tmp_path / "datasets"))
    config = config_from_dict({"base_model": str(tmp_path / "no-such-model")}, name="broken")
    with pytest.raises(OSError):
        run_training(engine, config, adapters_dir=tmp_path / "adapters", say=print)
    with Session(engine) as session:
        assert session.exec(select(TrainingRun)).one().status == "failed"
        assert session.exec(select(Adapter)).first() is None


# ── The gate ───────────────────────────────────────────────────────────────────────────────────────


def report(intent: float, tool: float, halluc: float, threshold: float = 0.8) -> dict:
    return {
        "intent_accuracy": intent,
        "tool_call_accuracy": tool,
        "hallucination_rate": halluc,
        "suggested_threshold": threshold,
        "n": 10,
    }


class FakeEvaluator:
    """Returns a fixed report per adapter path (None = base model) and counts the calls."""

    def __init__(self, reports: dict[str | None, dict]) -> None:
        self.reports, self.calls = reports, []

    def __call__(self, adapter_path: str | None, label: str) -> dict:
        self.calls.append(adapter_path)
        return self.reports[adapter_path]


def add_adapter(engine: Engine, tmp_path: Path, name: str) -> str:
    folder = tmp_path / "adapters" / name
    folder.mkdir(parents=True)
    with Session(engine) as session:
        register_candidate(session, name=name, base_model="gemma3-270m", path=folder, run_id=None)
        session.commit()
    return str(folder)


@pytest.fixture
def gate_settings(tmp_path: Path):
    heldout = tmp_path / "heldout.jsonl"
    heldout.write_text('{"text": "merhaba", "intent": "selamlama"}\n')
    return load_config("cpu-small").gate.__class__(heldout=str(heldout), limit=None)


def adapter_row(engine: Engine, name: str) -> Adapter:
    with Session(engine) as session:
        return session.exec(select(Adapter).where(Adapter.name == name)).one()


def test_gate_promotes_a_better_candidate_over_the_base_model(engine: Engine, tmp_path: Path, gate_settings) -> None:
    path = add_adapter(engine, tmp_path, "a1")
    evaluator = FakeEvaluator({None: report(0.5, 0.5, 0.1), path: report(0.9, 0.8, 0.0, threshold=0.73)})
    decision = run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    assert decision.passed and decision.baseline_name == "base model gemma3-270m"
    row = adapter_row(engine, "a1")
    assert row.status == "active"
    assert row.gate["threshold"] == 0.73 and row.gate["metrics"]["intent_accuracy"] == 0.9
    assert row.gate["baseline"]["metrics"]["intent_accuracy"] == 0.5 and row.gate["passed"]


def test_the_gate_promotes_through_training_promotion(
    engine: Engine, tmp_path: Path, gate_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever runs the gate (a command, the nightly job here or on Modal), a pass promotes through
    training.promotion, which hot-swaps onto the configured vLLM replicas: after the gate numbers are stored
    (the swap's canaries read them), and only on a pass."""
    good, bad = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    evaluator = FakeEvaluator({None: report(0.5, 0.5, 0.0), good: report(0.9, 0.8, 0.0), bad: report(0.1, 0.1, 0.5)})
    calls = []
    real = gate_module.promote_everywhere

    def promote_everywhere(engine: Engine, name: str, *, reason: str):
        calls.append((name, reason, adapter_row(engine, name).gate["passed"]))
        return real(engine, name, reason=reason, replicas=[])

    monkeypatch.setattr(gate_module, "promote_everywhere", promote_everywhere)
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    run_gate(engine, "a2", gate_settings, evaluator=evaluator, say=print)
    assert [(name, stored) for name, _, stored in calls] == [("a1", True)]
    assert "passed the gate" in calls[0][1] and adapter_row(engine, "a1").status == "active"


def test_gate_rejects_a_candidate_worse_on_any_metric(engine: Engine, tmp_path: Path, gate_settings) -> None:
    path = add_adapter(engine, tmp_path, "a1")
    evaluator = FakeEvaluator({None: report(0.5, 0.5, 0.0), path: report(0.9, 0.9, 0.02)})
    decision = run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    row = adapter_row(engine, "a1")
    assert not decision.passed and row.status == "rejected"
    assert "hallucination_rate: 0.020 vs 0.000 WORSE" in row.reason and row.gate["passed"] is False


def test_gate_reuses_the_active_adapters_stored_numbers(engine: Engine, tmp_path: Path, gate_settings) -> None:
    first, second = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    evaluator = FakeEvaluator(
        {None: report(0.5, 0.5, 0.0), first: report(0.8, 0.8, 0.0), second: report(0.79, 0.8, 0.0)}
    )
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    evaluator.calls.clear()
    decision = run_gate(engine, "a2", gate_settings, evaluator=evaluator, say=print)
    assert evaluator.calls == [second]  # the baseline came from a1's stored gate numbers
    assert not decision.passed and decision.baseline_name == "a1"
    tolerant = gate_settings.__class__(heldout=gate_settings.heldout, tolerances={"intent_accuracy": 0.02})
    assert run_gate(engine, "a2", tolerant, evaluator=evaluator, say=print).passed
    assert adapter_row(engine, "a2").status == "active" and adapter_row(engine, "a1").status == "retired"


def intents_report(per_intent: dict[str, tuple[int, int]]) -> dict:
    """A report whose intent numbers come from (right, support) per intent."""
    right, total = sum(r for r, _ in per_intent.values()), sum(n for _, n in per_intent.values())
    return {
        **report(right / total, 0.8, 0.0),
        "n": total,
        "per_intent": {k: {"accuracy": r / n, "support": n, "f1": 0.5} for k, (r, n) in per_intent.items()},
    }


def test_after_a_night_the_gate_holds_the_intents_it_did_not_teach(
    engine: Engine, tmp_path: Path, gate_settings
) -> None:
    """The corrected intent's gains must not hide its neighbours' losses: overall accuracy rises 0.80 -> 0.90,
    but the other intents fall 15/15 -> 13/15."""
    first, second = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    champion = intents_report({"iade_baslat": (1, 5), "para_iadesi_durumu": (10, 10), "kargo_takip": (5, 5)})
    night = intents_report({"iade_baslat": (5, 5), "para_iadesi_durumu": (8, 10), "kargo_takip": (5, 5)})
    evaluator = FakeEvaluator({None: report(0.1, 0.1, 0.0), first: champion, second: night})
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    assert adapter_row(engine, "a1").gate["per_intent"]["iade_baslat"] == {"accuracy": 0.2, "support": 5}
    evaluator.calls.clear()

    decision = run_gate(engine, "a2", gate_settings, evaluator=evaluator, taught={"iade_baslat"}, say=print)

    assert evaluator.calls == [second]  # the champion's per-intent numbers were stored with its gate
    assert not decision.passed and "intent_accuracy: 0.900 vs 0.800 ok" in decision.reasons
    assert "other_intents_accuracy: 0.867 vs 1.000 WORSE" in decision.reasons
    row = adapter_row(engine, "a2")
    assert row.status == "rejected" and row.gate["taught"] == ["iade_baslat"]
    assert row.gate["metrics"]["other_intents_accuracy"] == pytest.approx(13 / 15)
    # without a night's taught intents (`destek adapters gate`) only the overall numbers count
    assert run_gate(engine, "a2", gate_settings, evaluator=evaluator, promote_on_pass=False, say=print).passed
    tolerant = gate_settings.__class__(heldout=gate_settings.heldout, tolerances={"other_intents_accuracy": 0.2})
    assert run_gate(engine, "a2", tolerant, evaluator=evaluator, taught={"iade_baslat"}, say=print).passed


def test_the_gate_rescores_a_champion_stored_without_per_intent_numbers(
    engine: Engine, tmp_path: Path, gate_settings
) -> None:
    first, second = add_adapter(engine, tmp_path, "a1"), add_adapter(engine, tmp_path, "a2")
    champion = intents_report({"iade_baslat": (1, 5), "kargo_takip": (5, 5)})
    evaluator = FakeEvaluator({None: report(0.1, 0.1, 0.0), first: champion, second: champion})
    run_gate(engine, "a1", gate_settings, evaluator=evaluator, say=print)
    with Session(engine) as session:  # as gated before the gate kept per-intent numbers
        row = session.exec(select(Adapter).where(Adapter.name == "a1")).one()
        row.gate = {k: v for k, v in row.gate.items() if k != "per_intent"}
        session.add(row)
        session.commit()
    evaluator.calls.clear()
    decision = run_gate(engine, "a2", gate_settings, evaluator=evaluator, taught={"iade_baslat"}, say=print)
    assert evaluator.calls == [second, first] and decision.passed
    assert "other_intents_accuracy: 1.000 vs 1.000 ok" in decision.reasons


def test_compare_with_baseline_ignores_metrics_that_were_not_scored() -> None:
    passed, reasons = compare_with_baseline(
        {"intent_accuracy": 0.9, "tool_call_accuracy": None}, report(0.8, 0.9, 0.0), {}
    )
    assert passed and "tool_call_accuracy: not scored" in reasons
    assert not any(r.startswith("other_intents_accuracy") for r in reasons)  # not a night: not compared


# ── Registry ───────────────────────────────────────────────────────────────────────────────────────


def test_promote_and_rollback_walk_the_history(engine: Engine, tmp_path: Path) -> None:
    for name in ("a1", "a2", "a3"):
        add_adapter(engine, tmp_path, name)
    promote(engine, "a1")
    promote(engine, "a2")
    promote(engine, "a3")
    assert [adapter_row(engine, n).status for n in ("a1", "a2", "a3")] == ["retired", "retired", "active"]
    assert rollback(engine).name == "a2"
    assert rollback(engine).name == "a1"
    assert [adapter_row(engine, n).status for n in ("a1", "a2", "a3")] == ["active", "retired", "retired"]
    with pytest.raises(RegistryError, match="nothing to roll back to"):
        rollback(engine)
    with pytest.raises(RegistryError, match="no adapter named 'zz'"):
        promote(engine, "zz")
    with pytest.raises(RegistryError, match="already active"):
        promote(engine, "a1")


# ── Nightly ────────────────────────────────────────────────────────────────────────────────────────


def test_nightly_is_a_noop_without_enough_new_labels(engine: Engine) -> None:
    result = run_nightly(engine, load_config("cpu-small"), say=print)
    assert not result.ran and result.new_labels == 0
    assert "Nothing to do: 0 new corrections and annotations" in result.message and "needs 50" in result.message


def test_retrain_nightly_command_exits_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTEK_DB", str(tmp_path / "cli.db"))
    cli = typer.Typer()
    cli.command("retrain")(training_commands.retrain)
    cli.add_typer(training_commands.adapters_app, name="adapters")
    result = CliRunner().invoke(cli, ["retrain", "--nightly"])
    assert result.exit_code == 0, result.output
    assert "Nothing to do" in result.output
    listing = CliRunner().invoke(cli, ["adapters", "list"])
    assert listing.exit_code == 0 and "name" in listing.output


def test_nightly_trains_on_corrections_made_in_review_and_gates_the_adapter(
    engine: Engine, tmp_path: Path, tiny_model: Path, demo_data, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole loop's plumbing with a tiny model (it learns nothing; bench/loop_test.py shows the real
    model learning): corrections saved the way the review app saves them are the new labels the nightly
    job counts, they are in the dataset version it builds, and its adapter is trained, gated and judged."""
    from db.demo import seed_demo

    monkeypatch.chdir(tmp_path)  # runs/adapters and runs/datasets of this test
    seed_demo(engine, demo_data)
    seed_gold(engine)
    build_dataset(engine, BuildConfig(out_dir=tmp_path / "runs" / "datasets"))  # the gold is old news now
    plant_review_corrections(engine, range(3))
    heldout = tmp_path / "heldout.jsonl"
    heldout.write_text(
        "".join(
            json.dumps({"id": f"h{i}", "text": f"şifremi unuttum {i}", "intent": "sifre_unuttum"}) + "\n"
            for i in range(3)
        ),
        encoding="utf-8",
    )
    config = tiny_config(
        tiny_model, gate={"heldout": str(heldout), "limit": 3}, nightly={"min_new_labels": 3, "learning_rate": 1e-3}
    )

    result = run_nightly(engine, config, say=print)

    assert result.ran and result.new_labels >= 3 and result.dataset_version and result.adapter
    records = [json.loads(line) for line in (Path("runs/datasets") / result.dataset_version / "train.jsonl").open()]
    records += [
        json.loads(line) for line in (Path("runs/datasets") / result.dataset_version / "validation.jsonl").open()
    ]
    corrected = [r for r in records if r["source"] == "correction"]
    assert len(corrected) == 3 and {r["intent"] for r in corrected} == {"sifre_unuttum"}
    adapter = adapter_row(engine, result.adapter)
    assert adapter.gate["metrics"]["n"] == 3 and adapter.status in {"active", "rejected"}
    assert (adapter.status == "active") == result.promoted
    assert result.warm_start_from is None  # no champion yet: a fresh LoRA
    assert run_nightly(engine, config, say=print).ran is False  # its labels are now in a dataset version

    # The next night continues the champion for nightly.epochs instead of training the recipe from zero.
    if not result.promoted:
        promote(engine, result.adapter)
    plant_review_corrections(engine, range(3, 6), adapter=result.adapter)  # the champion drafted these
    second = run_nightly(engine, config, say=print)
    assert second.ran and second.warm_start_from == result.adapter and second.adapter != result.adapter
    with Session(engine) as session:
        run = session.exec(select(TrainingRun).order_by(TrainingRun.id.desc())).first()
    assert run.metrics["warm_start_from"] == result.adapter
    # the gate also held every intent but the one the agents corrected the drafts to
    assert adapter_row(engine, second.adapter).gate["taught"] == ["sifre_unuttum"]
    assert run.config["epochs"] == config.nightly.epochs and run.config["learning_rate"] == 1e-3
    # it trained on what the first adapter had not learned (the new corrections among them), replay aimed at
    # the intent its wrong drafts said, and twice as many replayed evenly, not on the whole version
    versions = Path("runs/datasets")
    learned = read_records(versions / result.dataset_version / "train.jsonl")
    with Session(engine) as session:
        drafts = champion_drafts(session, result.adapter)
    mix = night_mix(
        read_records(versions / second.dataset_version / "train.jsonl"),
        learned,
        config.nightly.replay,
        config.seed,
        drafts=drafts,
        aimed=config.nightly.aimed_replay,
    )
    assert any("giriş yapamıyorum 3" in r["messages"][0]["content"] for r in mix.fresh)
    assert list(mix.aimed) == ["siparis_status"] and mix.aimed["siparis_status"] > 0
    assert run.metrics["n_train"] == len(mix.records) < len(learned) + len(mix.fresh)


def plant_review_corrections(engine: Engine, numbers: range, adapter: str | None = None) -> None:
    """Tickets the bot (with `adapter`) drafted as siparis_status that an agent corrects to sifre_unuttum."""
    from db.models import Draft
    from serving import review

    with Session(engine) as session:
        planted = []
        for i in numbers:
            ticket = Ticket(dedupe_key=f"review-{i}", text=f"şifremi unuttum, giriş yapamıyorum {i}", status="drafted")
            session.add(ticket)
            session.flush()
            session.add(
                Draft(ticket_id=ticket.id, model="m", adapter=adapter, intent="siparis_status", entities=[], reply="x")
            )
            planted.append(ticket.id)
        session.commit()
        for ticket_id in planted:
            view = review.correct_intent(
                session, ticket_id, review.load_ticket(session, ticket_id).version, None, "sifre_unuttum"
            )
            review.approve(session, ticket_id, view.version, None)


def test_a_night_with_nothing_unlearned_trains_nothing(engine: Engine, tmp_path: Path, tiny_model: Path) -> None:
    """`destek retrain` when the champion was trained on exactly what the database holds, or the only new
    label approves its own draft unchanged: no training run."""
    seed_gold(engine)
    build = BuildConfig(out_dir=tmp_path / "datasets")
    built = build_dataset(engine, build)
    folder = tmp_path / "champion"
    folder.mkdir()
    (folder / "adapter_config.json").write_text(json.dumps({"r": 4, "lora_alpha": 8, "target_modules": TARGETS}))
    with Session(engine) as session:
        run = TrainingRun(dataset_version=built.version, config_name="tiny", status="finished")
        session.add(run)
        session.flush()
        register_candidate(session, name="champ", base_model=str(tiny_model), path=folder, run_id=run.id)
        session.commit()
    promote(engine, "champ")

    result = run_nightly(engine, tiny_config(tiny_model), min_new_labels=0, build=build)

    assert not result.ran and result.dataset_version == built.version
    assert result.message.startswith(f"Nothing to train: dataset {built.version} teaches nothing that champ")

    # An agent approves one of the champion's drafts as it stands: a new label, but nothing new to learn. (An
    # intent the gold lacks, so the rebuilt split moves no gold example from validation into training.)
    from db.models import Draft
    from serving import review

    with Session(engine) as session:
        ticket = Ticket(dedupe_key="approved", text="Merhaba, iyi günler", status="drafted")
        session.add(ticket)
        session.flush()
        session.add(Draft(ticket_id=ticket.id, model="m", adapter="champ", intent="selamlama", entities=[]))
        session.commit()
        review.approve(session, ticket.id, review.load_ticket(session, ticket.id).version, None)
    again = run_nightly(engine, tiny_config(tiny_model), min_new_labels=1, build=build)
    assert not again.ran and again.new_labels == 1 and again.dataset_version != built.version
    assert again.message.startswith(f"Nothing to train: dataset {again.dataset_version} teaches nothing")
    with Session(engine) as session:
        assert len(session.exec(select(TrainingRun)).all()) == 1


def test_the_night_starts_fresh_when_the_champion_cannot_be_continued(
    engine: Engine, tmp_path: Path, tiny_model: Path
) -> None:
    """Another LoRA shape, another base model, an unknown training set, the config switch and --from-scratch
    each mean a fresh LoRA, and the reason is said; a matching champion is continued."""
    from db.models import DatasetVersion

    config = tiny_config(tiny_model)
    folder, version_dir = tmp_path / "champion", tmp_path / "v1"
    folder.mkdir()
    version_dir.mkdir()
    saved = {"r": 4, "lora_alpha": 8, "target_modules": list(reversed(TARGETS))}
    (folder / "adapter_config.json").write_text(json.dumps(saved))
    with Session(engine) as session:
        session.add(DatasetVersion(version="v1", path=str(version_dir), n_train=1, n_validation=0))
        run = TrainingRun(dataset_version="v1", config_name="tiny", status="finished")
        session.add(run)
        session.flush()
        register_candidate(session, name="champ", base_model=str(tiny_model), path=folder, run_id=run.id)
        session.commit()
    assert choose_start(engine, config) == (None, "Training from scratch: there is no active adapter to continue.")
    promote(engine, "champ")
    start, why = choose_start(engine, config)
    assert start is None and why.endswith("so which labels are new cannot be told.")
    (version_dir / "train.jsonl").write_text("")
    start, why = choose_start(engine, config)
    assert (start.adapter, start.path, start.learned) == ("champ", folder, version_dir / "train.jsonl")
    assert why == "Continuing the active adapter champ for 1 epoch(s)."
    assert choose_start(engine, config, from_scratch=True)[0] is None
    assert choose_start(engine, tiny_config(tiny_model, nightly={"warm_start": False}))[0] is None
    start, why = choose_start(engine, tiny_config(tiny_model, lora={"r": 8, "alpha": 8, "target_modules": TARGETS}))
    assert start is None and "its LoRA is {'r': 4" in why and "'r': 8" in why
    start, why = choose_start(engine, tiny_config(tmp_path / "other-model"))
    assert start is None and "is for" in why
