"""Training configurations: one YAML file per recipe in `training/configs/`, read into typed dataclasses.

A nightly job that starts training with a mistyped field ("lerning_rate") or a bf16 run on a CPU without bf16
units would waste an hour before anyone notices, so a config is checked completely when it is loaded and a
bad one fails with the file and the field named ("cpu-small.yaml: lora.r must be > 0, got 0").

A config file looks like this (every field is optional except `base_model`; defaults below):

    base_model: gemma3-270m          # an embedded model name, a local HF folder or a hub id (GPU boxes)
    lora: {r: 16, alpha: 32, dropout: 0.05, target_modules: [q_proj, k_proj, v_proj, o_proj]}
    learning_rate: 2.0e-4
    epochs: 2
    max_length: 256                  # tokens; longer examples are cut (the prompt keeps 600 characters)
    batch_size: 8
    grad_accumulation: 1
    precision: fp32                  # fp32 | bf16 | fp16
    load_in_4bit: false              # QLoRA (NF4, needs CUDA + bitsandbytes)
    warmup: 0.05                     # < 1: a fraction of the steps; >= 1: a number of steps
    seed: 7
    gate: {heldout: runs/heldout.jsonl, limit: null, tolerances: {...}, seed: 7}
    nightly: {min_new_labels: 50, warm_start: true, epochs: 1, replay: 2, aimed_replay: 2, learning_rate: null}
    remote: {gpu: A10G, timeout_s: 7200}
"""

from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

import yaml

CONFIG_DIR = Path(__file__).with_name("configs")
PRECISIONS = ("fp32", "bf16", "fp16")
#: Modules an adapter must never train: vLLM serves LoRA adapters on the linear projections only, and a
#: trained lm_head/embedding would also make the adapter as large as the vocabulary (262k rows for Gemma).
FORBIDDEN_TARGETS = ("lm_head", "embed_tokens", "wte", "wpe", "embed_positions")
#: Intent accuracy on the gate tickets of every intent but the ones a night's corrections taught: compared
#: only on such nights (training.gate), so a corrected intent's gains cannot hide its neighbours' losses.
OTHER_INTENTS = "other_intents_accuracy"
GATE_METRICS = ("intent_accuracy", "tool_call_accuracy", "hallucination_rate", OTHER_INTENTS)


class ConfigError(ValueError):
    """A training config is missing, unreadable or has a bad field; the message names the file and field."""


@dataclass(frozen=True)
class LoraSettings:
    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] = field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])


@dataclass(frozen=True)
class GateSettings:
    """The evaluation gate: which held-out file, how many tickets, and how much worse counts as "matches"."""

    heldout: str = "runs/heldout.jsonl"
    limit: int | None = None
    #: Allowed slack per metric: a candidate passes if it is at most this much worse than the baseline.
    tolerances: dict[str, float] = field(default_factory=lambda: dict.fromkeys(GATE_METRICS, 0.0))
    #: Seed of the scratch demo backend the tools run against when the database has no orders.
    seed: int = 7


@dataclass(frozen=True)
class NightlySettings:
    #: Retrain only when at least this many corrections + annotations arrived since the last dataset version.
    min_new_labels: int = 50
    #: Continue training the active adapter (same base model and LoRA shape) instead of starting from zero:
    #: a night then needs `epochs` passes over the dataset, not the full recipe, and starts from the
    #: champion's decisions, so intents nobody corrected move less (see training/nightly.py).
    warm_start: bool = True
    #: Epochs of a warm-started night (a from-scratch night uses the config's `epochs`).
    epochs: float = 1.0
    #: A warm-started night trains on the examples the champion has not learned plus this many times as many
    #: that it has (replay, drawn evenly across intents); see training.replay.night_mix.
    replay: float = 2.0
    #: And, for each of those examples the champion drafted with another intent, this many of the intent it
    #: said (aimed replay: the corrections pull hardest on that intent's tickets).
    aimed_replay: float = 2.0
    #: Peak learning rate of a warm-started night (default: the config's). Lower than a fresh run's: the
    #: champion is already where the loss is low, and a fresh run's rate pushes it off the held-out phrasings.
    learning_rate: float | None = None


@dataclass(frozen=True)
class RemoteSettings:
    """Where `--remote modal` runs: the cloud GPU type and how long a run may take."""

    gpu: str = "A10G"
    timeout_s: int = 7200


@dataclass(frozen=True)
class TrainConfig:
    """One training recipe; `name` is the file's stem and is not written in the file."""

    name: str
    base_model: str
    lora: LoraSettings = field(default_factory=LoraSettings)
    learning_rate: float = 2e-4
    epochs: float = 2.0
    max_length: int = 256
    batch_size: int = 8
    grad_accumulation: int = 1
    precision: str = "fp32"
    load_in_4bit: bool = False
    warmup: float = 0.05
    seed: int = 7
    logging_steps: int = 1
    eval_steps: int | None = None
    save_steps: int = 50
    gate: GateSettings = field(default_factory=GateSettings)
    nightly: NightlySettings = field(default_factory=NightlySettings)
    remote: RemoteSettings = field(default_factory=RemoteSettings)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def config_path(name: str) -> Path:
    """`name` as a file: a path to a .yaml file, or the stem of one in training/configs/."""
    path = Path(name)
    if path.suffix in {".yaml", ".yml"}:
        return path
    return CONFIG_DIR / f"{name}.yaml"


def available_configs() -> list[str]:
    return sorted(p.stem for p in CONFIG_DIR.glob("*.yaml"))


def load_config(name: str) -> TrainConfig:
    """Read and validate a config by name (training/configs/NAME.yaml) or path; raises ConfigError."""
    path = config_path(name)
    if not path.is_file():
        raise ConfigError(f"no training config {name!r}; available: {', '.join(available_configs())}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path.name}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: expected a mapping of fields at the top level")
    return config_from_dict(data, name=path.stem, where=path.name)


def config_from_dict(data: dict[str, Any], *, name: str, where: str = "config") -> TrainConfig:
    """Build and validate a TrainConfig from plain data (a parsed YAML file, or a run's stored config)."""
    data = {key: value for key, value in data.items() if key != "name"}
    config = _build(TrainConfig, {"name": name, **data}, where, "")
    _check(config, where)
    return config


def _build(cls: type, data: Any, where: str, prefix: str) -> Any:
    """An instance of dataclass `cls` from `data`, with every field's type checked (nested dataclasses too)."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: {prefix.rstrip('.') or 'config'} must be a mapping")
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ConfigError(f"{where}: unknown field {prefix}{unknown[0]} (known: {', '.join(sorted(fields))})")
    values = {}
    for name, f in fields.items():
        if name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ConfigError(f"{where}: missing required field {prefix}{name}")
            continue
        values[name] = _coerce(hints[name], data[name], where, f"{prefix}{name}")
    return cls(**values)


def _coerce(hint: Any, value: Any, where: str, name: str) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _coerce(inner, value, where, name)
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, where, f"{name}.")
    if origin is list:
        if not isinstance(value, list) or not value:
            raise ConfigError(f"{where}: {name} must be a non-empty list, got {value!r}")
        return [_coerce(args[0], item, where, f"{name}[{n}]") for n, item in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: {name} must be a mapping, got {value!r}")
        return {str(k): _coerce(args[1], v, where, f"{name}.{k}") for k, v in value.items()}
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint is float and isinstance(value, str):  # YAML reads "2e-4" (no dot) as a string
        try:
            return float(value)
        except ValueError:
            pass
    if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
        raise ConfigError(f"{where}: {name} must be of type {hint.__name__}, got {value!r}")
    return value


def _check(config: TrainConfig, where: str) -> None:
    """Range and consistency checks that types alone cannot express."""
    positive = {
        "lora.r": config.lora.r,
        "lora.alpha": config.lora.alpha,
        "learning_rate": config.learning_rate,
        "epochs": config.epochs,
        "max_length": config.max_length,
        "batch_size": config.batch_size,
        "grad_accumulation": config.grad_accumulation,
        "logging_steps": config.logging_steps,
        "save_steps": config.save_steps,
        "nightly.min_new_labels": config.nightly.min_new_labels,
        "nightly.epochs": config.nightly.epochs,
        "remote.timeout_s": config.remote.timeout_s,
    }
    if config.eval_steps is not None:
        positive["eval_steps"] = config.eval_steps
    if config.gate.limit is not None:
        positive["gate.limit"] = config.gate.limit
    if config.nightly.learning_rate is not None:
        positive["nightly.learning_rate"] = config.nightly.learning_rate
    for name, value in positive.items():
        if value <= 0:
            raise ConfigError(f"{where}: {name} must be > 0, got {value}")
    if not 0.0 <= config.lora.dropout < 1.0:
        raise ConfigError(f"{where}: lora.dropout must be in [0, 1), got {config.lora.dropout}")
    for name in ("replay", "aimed_replay"):
        if getattr(config.nightly, name) < 0:
            raise ConfigError(f"{where}: nightly.{name} must be >= 0, got {getattr(config.nightly, name)}")
    if config.warmup < 0:
        raise ConfigError(f"{where}: warmup must be >= 0, got {config.warmup}")
    if config.precision not in PRECISIONS:
        raise ConfigError(f"{where}: precision must be one of {', '.join(PRECISIONS)}, got {config.precision!r}")
    if config.load_in_4bit and config.precision == "fp32":
        raise ConfigError(f"{where}: load_in_4bit needs precision bf16 or fp16 (the 4-bit compute dtype)")
    for module in config.lora.target_modules:
        if any(module == bad or module.endswith(f".{bad}") for bad in FORBIDDEN_TARGETS):
            raise ConfigError(f"{where}: lora.target_modules must not include {module!r} (vLLM cannot serve it)")
    for metric, tolerance in config.gate.tolerances.items():
        if metric not in GATE_METRICS:
            raise ConfigError(f"{where}: gate.tolerances.{metric} is not a gate metric ({', '.join(GATE_METRICS)})")
        if tolerance < 0:
            raise ConfigError(f"{where}: gate.tolerances.{metric} must be >= 0, got {tolerance}")
