"""`destek train`: LoRA supervised fine-tuning with TRL's SFTTrainer and PEFT, from a dataset version.

The recipe, in order:
1. tokenize every example exactly as the bot tokenizes at inference (`serving.local_llm.encode_pieces` over
   prefix | rest of the prompt | intent continuation | entity lines, then EOS) and mask the prompt pieces
   (-100): the loss is on the answer only. TRL gets this pre-tokenized dataset (`input_ids` + `labels`)
   and does not tokenize again;
2. wrap the base model in a LoRA adapter on the attention/MLP projections; the LM head and the embeddings
   are never trained (vLLM serves adapters on linear layers only) and `check_trainable` enforces it;
3. train with progress bar, checkpoints (resumable) and an eval loss per epoch; plot the curves;
4. save the adapter folder that `serving` loads (`load_model_and_tokenizer(base, adapter=folder)`).

`train_adapter` does 1-4 with files only, so it runs unchanged on a cloud GPU (training/modal_app.py);
`run_training` wraps it with the database bookkeeping (TrainingRun, the candidate Adapter row).

Speed on the CPU: the embedded Gemma 3 270M has a 262k-token vocabulary, so its LM head is most of a
step's arithmetic; `CompletionLossTrainer` projects only the answer positions through it (about a tenth of
the tokens) instead of every position, as TRL's fused head does off-GPU. Batches are grouped by length
(padding was 30% of the tokens). Step times on this CPU and the jemalloc A/B runs: docs/cpu-training-notes.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.models import TrainingRun, utcnow
from serving.calibration import FILE_NAME as CALIBRATION_FILE
from serving.intent_classifier import FILE_NAME as CLASSIFIER_FILE
from serving.local_llm import encode_pieces
from serving.prompt import intent_continuation, prompt_prefix, render_entities, ticket_prompt
from training.config import FORBIDDEN_TARGETS, TrainConfig
from training.dataset import read_records, resolve_version
from training.registry import active, register_candidate

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

ADAPTERS_DIR = Path("runs/adapters")
CHECKPOINTS = "checkpoints"
CURVES_FILE = "training_curves.png"
METRICS_FILE = "training_metrics.json"


@dataclass(frozen=True)
class TrainOutcome:
    """What a finished training produced: the adapter folder and the numbers worth keeping."""

    adapter_dir: Path
    metrics: dict[str, Any]


@dataclass(frozen=True)
class Remote:
    """Somewhere else a fresh adapter can train (a cloud GPU). `name` is recorded as the run's `where`;
    `train(config, dataset_dir, adapter_dir, say=...)` trains there and leaves the adapter in `adapter_dir`.
    The caller picks it (`destek train --remote modal` passes training.modal_app.MODAL), so this module, which
    the remote function itself runs, never imports the remote side."""

    name: str
    train: Callable[..., TrainOutcome]


# ── 1. Tokenizing like inference ────────────────────────────────────────────────────────────────────


def tokenize_example(
    tokenizer: PreTrainedTokenizerBase, text: str, intent: str, entities: list[dict[str, Any]]
) -> dict[str, list[int]]:
    """`input_ids` and `labels` (-100 on the prompt) for one example, in the pieces the bot uses."""
    prefix = prompt_prefix()
    pieces = [
        prefix,
        ticket_prompt(text)[len(prefix) :],
        intent_continuation(intent),
        render_entities((e["type"], e["value"]) for e in entities),
    ]
    prefix_ids, rest_ids, intent_ids, entity_ids = encode_pieces(tokenizer, pieces)
    prompt = prefix_ids + rest_ids
    answer = [*intent_ids, *entity_ids, tokenizer.eos_token_id]
    return {"input_ids": prompt + answer, "labels": [-100] * len(prompt) + answer}


def tokenize_records(tokenizer: PreTrainedTokenizerBase, records: list[dict[str, Any]]) -> Any:
    """A `datasets.Dataset` of pre-tokenized examples from dataset-version records."""
    from datasets import Dataset

    rows = [tokenize_example(tokenizer, r["messages"][0]["content"], r["intent"], r["entities"]) for r in records]
    return Dataset.from_list(rows)


# ── 2. Model and adapter ────────────────────────────────────────────────────────────────────────────


def resolve_base(base_model: str) -> str:
    """An embedded model name becomes its cached folder; a folder or hub id is used as it is."""
    from serving.embedded import EMBEDDED_MODELS, ensure_hf_model

    return str(ensure_hf_model(base_model)) if base_model in EMBEDDED_MODELS else base_model


def load_base(config: TrainConfig) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """The base model in the config's precision (4-bit NF4 for QLoRA) and its tokenizer."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from serving.embedded import configure_torch_threads

    configure_torch_threads()
    path = resolve_base(config.base_model)
    dtype = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[config.precision]
    kwargs: dict[str, Any] = {"dtype": dtype}
    if config.load_in_4bit:
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=dtype,
            bnb_4bit_use_double_quant=True,
        )
        kwargs["device_map"] = {"": 0}
    model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    if config.load_in_4bit:
        from peft import prepare_model_for_kbit_training

        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=True)
    tokenizer = AutoTokenizer.from_pretrained(path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


def lora_config(config: TrainConfig) -> Any:
    from peft import LoraConfig

    return LoraConfig(
        r=config.lora.r,
        lora_alpha=config.lora.alpha,
        lora_dropout=config.lora.dropout,
        target_modules=list(config.lora.target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )


def check_trainable(model: Any) -> list[str]:
    """The trainable parameter names; raises if any belongs to the LM head or the embeddings."""
    names = [name for name, p in model.named_parameters() if p.requires_grad]
    bad = [n for n in names if any(f"{part}." in n or n.endswith(part) for part in FORBIDDEN_TARGETS)]
    if bad or not names:
        raise RuntimeError(f"an adapter must train LoRA weights only, not {bad[:3] or 'nothing'}")
    return names


def _completion_loss_trainer() -> type:
    """SFTTrainer with a loss that projects only the answer positions through the LM head (see module doc).

    Built in a function so that importing this module does not import TRL (the CLI stays fast)."""
    import torch
    from trl import SFTTrainer

    class CompletionLossTrainer(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            # prediction_loss_only=True in the args, so Trainer never asks for outputs here.
            labels = inputs["labels"][:, 1:]
            mask = labels != -100
            unwrapped = self.accelerator.unwrap_model(model)
            causal_lm = unwrapped.get_base_model() if hasattr(unwrapped, "get_base_model") else unwrapped
            hidden = causal_lm.get_decoder()(
                input_ids=inputs["input_ids"], attention_mask=inputs["attention_mask"], use_cache=False
            ).last_hidden_state[:, :-1]
            logits = causal_lm.get_output_embeddings()(hidden[mask]).float()
            cap = getattr(causal_lm.config.get_text_config(), "final_logit_softcapping", None)
            if cap:
                logits = torch.tanh(logits / cap) * cap
            total = torch.nn.functional.cross_entropy(logits, labels[mask], reduction="sum")
            return total / (num_items_in_batch if num_items_in_batch is not None else mask.sum().clamp(min=1))

    return CompletionLossTrainer


# ── 3. Training ─────────────────────────────────────────────────────────────────────────────────────


def sft_args(config: TrainConfig, output_dir: Path, has_validation: bool) -> Any:
    """SFTConfig from our config. bf16/fp16 are always set explicitly: TRL turns bf16 on by default, and on
    a CPU without bf16 units that is emulated and makes a step about 20x slower."""
    import torch
    from trl import SFTConfig

    return SFTConfig(
        output_dir=str(output_dir),
        num_train_epochs=config.epochs,
        per_device_train_batch_size=config.batch_size,
        per_device_eval_batch_size=config.batch_size,
        gradient_accumulation_steps=config.grad_accumulation,
        learning_rate=config.learning_rate,
        warmup_steps=config.warmup,
        bf16=config.precision == "bf16",
        fp16=config.precision == "fp16",
        max_length=config.max_length,
        train_sampling_strategy="group_by_length",  # batches of similar length: ~30% less padding to compute
        activation_checkpointing=config.load_in_4bit,  # only where memory is short: it costs a third more time
        logging_steps=config.logging_steps,
        eval_strategy=("steps" if config.eval_steps else "epoch") if has_validation else "no",
        eval_steps=config.eval_steps,
        prediction_loss_only=True,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=2,
        seed=config.seed,
        report_to="none",
        use_cpu=not torch.cuda.is_available(),
        dataloader_num_workers=0,
    )


def plot_curves(log_history: list[dict[str, Any]], path: Path) -> None:
    """Training loss per step and eval loss, as a PNG beside the adapter."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    train = [(e["step"], e["loss"]) for e in log_history if "loss" in e]
    evals = [(e["step"], e["eval_loss"]) for e in log_history if "eval_loss" in e]
    figure = Figure(figsize=(7, 4))
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if train:
        axes.plot(*zip(*train, strict=True), label="train loss")
    if evals:
        axes.plot(*zip(*evals, strict=True), marker="o", label="eval loss")
    axes.set_xlabel("step")
    axes.set_ylabel("loss (answer tokens)")
    axes.legend()
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def check_warm_start(config: TrainConfig, init_adapter: Path) -> None:
    """Raise ValueError unless the adapter in `init_adapter` has the config's LoRA shape (rank, alpha, target
    modules): continuing it under another config would silently train a different recipe than the one recorded."""
    config_file = init_adapter / "adapter_config.json"
    if not config_file.is_file():
        raise ValueError(f"cannot warm-start from {init_adapter}: it has no adapter_config.json")
    saved = json.loads(config_file.read_text(encoding="utf-8"))
    wanted = {"r": config.lora.r, "lora_alpha": config.lora.alpha, "target_modules": sorted(config.lora.target_modules)}
    found = {
        "r": saved.get("r"),
        "lora_alpha": saved.get("lora_alpha"),
        "target_modules": sorted(saved.get("target_modules") or []),
    }
    if found != wanted:
        raise ValueError(
            f"cannot warm-start from {init_adapter.name}: its LoRA is {found}, the config asks for {wanted}"
        )


def train_adapter(
    config: TrainConfig,
    dataset_dir: Path,
    adapter_dir: Path,
    *,
    resume: bool = False,
    max_steps: int | None = None,
    init_adapter: Path | None = None,
    train_records: list[dict[str, Any]] | None = None,
) -> TrainOutcome:
    """Train a LoRA adapter on `dataset_dir/{train,validation}.jsonl` into `adapter_dir` (files only, no DB).

    With `resume`, training continues from the newest checkpoint in `adapter_dir/checkpoints`. `max_steps`
    caps the run (tests, benchmarks); by default the config's epochs decide. With `init_adapter` (an adapter
    folder of the same base model and LoRA shape) training starts from its weights instead of a fresh LoRA.
    `train_records` replaces the version's train.jsonl (a warm-started night's mix); validation is the version's.
    """
    from peft import PeftModel, get_peft_model
    from transformers.trainer_utils import get_last_checkpoint

    started = time.perf_counter()
    if init_adapter is not None:
        check_warm_start(config, init_adapter)
    model, tokenizer = load_base(config)
    if init_adapter is None:
        model = get_peft_model(model, lora_config(config))
    else:
        model = PeftModel.from_pretrained(model, str(init_adapter), is_trainable=True)
    trainable = set(check_trainable(model))
    if train_records is None:
        train_records = read_records(dataset_dir / "train.jsonl")
    validation_records = read_records(dataset_dir / "validation.jsonl")
    train_set = tokenize_records(tokenizer, train_records)
    validation_set = tokenize_records(tokenizer, validation_records) if validation_records else None
    checkpoints = adapter_dir / CHECKPOINTS
    args = sft_args(config, checkpoints, validation_set is not None)
    if max_steps is not None:
        args.max_steps = max_steps
    trainer = _completion_loss_trainer()(
        model=model, args=args, train_dataset=train_set, eval_dataset=validation_set, processing_class=tokenizer
    )
    last = get_last_checkpoint(str(checkpoints)) if resume and checkpoints.is_dir() else None
    result = trainer.train(resume_from_checkpoint=last)
    eval_losses = [e["eval_loss"] for e in trainer.state.log_history if "eval_loss" in e]
    trainer.model.save_pretrained(str(adapter_dir))
    plot_curves(trainer.state.log_history, adapter_dir / CURVES_FILE)
    steps = trainer.state.global_step
    runtime = result.metrics.get("train_runtime", 0.0)
    metrics = {
        "train_loss": result.training_loss,
        "eval_loss": eval_losses[-1] if eval_losses else None,
        "steps": steps,
        "epochs": trainer.state.epoch,
        "s_per_step": runtime / steps if steps else None,
        "train_runtime_s": runtime,
        "duration_s": time.perf_counter() - started,
        "n_train": len(train_set),
        "n_validation": len(validation_records),
        "trainable_parameters": sum(p.numel() for n, p in model.named_parameters() if n in trainable),
        "resumed_from": Path(last).name if last else None,
        "warm_start_from": init_adapter.name if init_adapter is not None else None,
        "device": str(trainer.args.device),
        "jemalloc": "jemalloc" in os.environ.get("LD_PRELOAD", ""),
        "log_history": trainer.state.log_history,
    }
    (adapter_dir / METRICS_FILE).write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return TrainOutcome(adapter_dir, metrics)


# ── 4. A recorded run ───────────────────────────────────────────────────────────────────────────────


def carry_companions(source: Path, target: Path) -> list[str]:
    """Copy the serving adapter's intent classifier and calibration into a new adapter's folder.

    Why: the bot's intent is the model's scores pooled with the classifier (serving/calibration.py); training
    changes the model only, so a new adapter keeps the champion's second opinion, and the gate judges the same
    kind of bot that will serve. Returns the names of the files copied."""
    carried = []
    for name in (CLASSIFIER_FILE, CALIBRATION_FILE):
        if (source / name).is_file() and target.is_dir():
            shutil.copy2(source / name, target / name)
            carried.append(name)
    return carried


def git_commit() -> str | None:
    """The commit the code was trained from ("+dirty" when the tree has uncommitted changes)."""
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=root, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def adapter_name(base_model: str, dataset_version: str, config: TrainConfig, run_id: int) -> str:
    """`<base>-<YYYYMMDD>-<shorthash>`: readable in a list, unique per run, a valid vLLM LoRA name."""
    base = Path(base_model).name.lower()
    digest = hashlib.sha256(f"{dataset_version}:{json.dumps(config.to_dict(), sort_keys=True)}:{run_id}".encode())
    return f"{base}-{datetime.now(UTC):%Y%m%d}-{digest.hexdigest()[:7]}"


def run_training(
    engine: Engine,
    config: TrainConfig,
    *,
    dataset_version: str | None = None,
    remote: Remote | None = None,
    resume: bool = False,
    adapters_dir: Path = ADAPTERS_DIR,
    max_steps: int | None = None,
    init_adapter: Path | None = None,
    train_records: list[dict[str, Any]] | None = None,
    say: Callable[[str], None] = print,
) -> TrainingRun:
    """Train on a dataset version (default: the newest) and record it: a TrainingRun, and on success the
    adapter as a "candidate" Adapter row. With `remote`, a fresh adapter trains there instead of here. With
    `resume`, the last unfinished run of this config on this dataset continues from its checkpoints under the
    same adapter name. `init_adapter` warm-starts a local
    run from that adapter folder, on `train_records` instead of the version's train.jsonl when given (the
    nightly job passes the champion's folder and the night's mix)."""
    if (init_adapter is not None or train_records is not None) and remote is not None:
        raise ValueError("a warm start runs locally: the remote function trains a fresh adapter on a whole version")
    from sqlmodel import col, select

    with Session(engine) as session:
        version = resolve_version(session, dataset_version)
        run = None
        if resume:
            run = session.exec(
                select(TrainingRun)
                .where(
                    TrainingRun.config_name == config.name,
                    TrainingRun.dataset_version == version.version,
                    TrainingRun.status != "finished",
                )
                .order_by(col(TrainingRun.id).desc())
            ).first()
            if run is None:
                say("Nothing to resume: no unfinished run of this config on this dataset; starting a new one.")
        if run is None:
            run = TrainingRun(dataset_version=version.version, config_name=config.name, config=config.to_dict())
            session.add(run)
            session.commit()
            run.adapter_name = adapter_name(config.base_model, version.version, config, run.id)
        run.status, run.where, run.git_commit = "running", remote.name if remote else "local", git_commit()
        session.add(run)
        session.commit()
        session.refresh(run)
        dataset_dir, name = Path(version.path), run.adapter_name
    adapter_dir = adapters_dir / name
    adapter_dir.mkdir(parents=True, exist_ok=True)
    start = f"from {init_adapter.name}" if init_adapter is not None else "from a fresh LoRA"
    n_train = version.n_train if train_records is None else len(train_records)
    say(
        f"Training {name} on dataset {version.version} ({n_train} examples) with {config.name}, "
        f"{config.epochs:g} epoch(s) {start} ..."
    )
    try:
        if remote is not None:
            outcome = remote.train(config, dataset_dir, adapter_dir, say=say)
        else:
            outcome = train_adapter(
                config,
                dataset_dir,
                adapter_dir,
                resume=resume,
                max_steps=max_steps,
                init_adapter=init_adapter,
                train_records=train_records,
            )
    except BaseException:
        with Session(engine) as session:
            failed = session.get(TrainingRun, run.id)
            failed.status = "failed"
            failed.finished_at = utcnow()
            session.add(failed)
            session.commit()
        raise
    shutil.rmtree(adapter_dir / CHECKPOINTS, ignore_errors=True)  # finished: the adapter is what is kept
    with Session(engine) as session:
        champion = active(session)
    if champion is not None and (carried := carry_companions(Path(champion.path), adapter_dir)):
        say(f"{name} keeps {', '.join(carried)} from {champion.name}.")
    with Session(engine) as session:
        done = session.get(TrainingRun, run.id)
        done.status = "finished"
        done.finished_at = utcnow()
        done.duration_s = outcome.metrics["duration_s"]
        done.metrics = {k: v for k, v in outcome.metrics.items() if k != "log_history"}
        session.add(done)
        register_candidate(session, name=name, base_model=config.base_model, path=adapter_dir, run_id=run.id)
        session.commit()
        session.refresh(done)
        return done
