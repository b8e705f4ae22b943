"""Training: config validation, inference-identical tokenization and a real (tiny) LoRA run (the gate, the registry
and the nightly job are in test_gate.py, test_registry.py and test_nightly.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import Adapter, Ticket, TrainingRun
from serving.local_llm import encode_pieces
from serving.prompt import prompt_prefix, render_answer, ticket_prompt
from training.config import ConfigError, available_configs, config_from_dict, load_config
from training.dataset import BuildConfig, build_dataset
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
