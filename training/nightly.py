"""`destek retrain --nightly`: build -> train -> gate -> (promote), but only when humans taught enough new.

Retraining on three new corrections costs an hour of CPU (or GPU money) for no measurable change, so the job
counts the corrections and annotations that no dataset version has seen yet and does nothing (exit 0, one
line saying why) below the config's `nightly.min_new_labels` (default 50).

A night continues the champion (the active adapter) for `nightly.epochs` (default 1) at the lower
`nightly.learning_rate`, instead of training a fresh LoRA for the config's `epochs`, and on a mix, not the
whole new version: every example the champion has not learned (new or changed labels; an approved draft of
its own with intent and entities unchanged counts as learned) plus replay of what it has learned:
`nightly.aimed_replay` (default 2) examples of the intent the champion wrongly drafted, per such ticket, and
`nightly.replay` (default 2) times as many as are new, drawn evenly across intents (training.replay.night_mix).
The new labels are learned on top of what already works, the replay holds the other intents, the aimed
replay the corrected intent's neighbours (see README for what it holds), and the night is a few hundred
examples, not the whole set. The gate then also holds the other intents: the accuracy over the gate tickets
of every intent except the ones agents corrected drafts to must not fall by more than its tolerance
(`other_intents_accuracy`, training.gate). It trains from scratch on the whole version when there is no
champion, when the champion was trained on another base model or LoRA shape or its dataset version is not on
disk, with `nightly.warm_start: false`, or with `--from-scratch` (worth doing now and then, so many continued
nights do not drift; the gate judges both the same way).

Schedule it with cron or a systemd timer: docs/nightly-schedule.md has both units.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import DatasetVersion, TrainingRun
from training.bootstrap import MANIFEST_FILE, shipped_training_set
from training.config import TrainConfig
from training.dataset import BuildConfig, build_dataset, corrected_intents, new_label_count, read_records
from training.gate import run_gate
from training.registry import active
from training.replay import champion_drafts, night_mix
from training.sft import check_warm_start, run_training


@dataclass(frozen=True)
class NightlyResult:
    ran: bool
    message: str
    new_labels: int
    dataset_version: str | None = None
    adapter: str | None = None
    promoted: bool = False
    warm_start_from: str | None = None


@dataclass(frozen=True)
class WarmStart:
    """The champion a night continues: its name, its adapter folder, and the examples it was trained on."""

    adapter: str
    path: Path
    learned: Path


def choose_start(engine: Engine, config: TrainConfig, *, from_scratch: bool = False) -> tuple[WarmStart | None, str]:
    """Where tonight's training starts: the champion, or None for a fresh LoRA; and why, in one line."""
    if from_scratch:
        return None, "Training from scratch, as asked."
    if not config.nightly.warm_start:
        return None, "Training from scratch (nightly.warm_start is off in the config)."
    with Session(engine) as session:
        champion = active(session)
        run = session.get(TrainingRun, champion.training_run_id) if champion and champion.training_run_id else None
        version = (
            session.exec(select(DatasetVersion).where(DatasetVersion.version == run.dataset_version)).first()
            if run
            else None
        )
    if champion is None:
        return None, "Training from scratch: there is no active adapter to continue."
    if champion.base_model != config.base_model:
        return None, (
            f"Training from scratch: the active adapter {champion.name} is for {champion.base_model}, "
            f"the config trains {config.base_model}."
        )
    try:
        check_warm_start(config, Path(champion.path))
    except ValueError as exc:
        return None, f"Training from scratch: {exc}."
    learned = Path(version.path) / "train.jsonl" if version else None
    if learned is None and (Path(champion.path) / MANIFEST_FILE).is_file():
        try:
            learned = shipped_training_set(Path(champion.path))
        except ValueError as exc:
            return None, f"Training from scratch: {exc}."
    if learned is None or not learned.is_file():
        return None, (
            f"Training from scratch: the dataset {champion.name} was trained on is not here, "
            "so which labels are new cannot be told."
        )
    why = f"Continuing the active adapter {champion.name} for {config.nightly.epochs:g} epoch(s)."
    return WarmStart(champion.name, Path(champion.path), learned), why


def run_nightly(
    engine: Engine,
    config: TrainConfig,
    *,
    min_new_labels: int | None = None,
    build: BuildConfig | None = None,
    gate_limit: int | None = None,
    from_scratch: bool = False,
    say: Callable[[str], None] = print,
) -> NightlyResult:
    """The nightly job; returns what it did (a no-op result when too few labels are new).

    `min_new_labels` overrides the config's threshold; 0 retrains whatever is new. A passing adapter is
    promoted by the gate through training.promotion (a hot-swap onto the vLLM replicas in
    $DESTEK_VLLM_REPLICAS, else the database switch), wherever the night runs. `from_scratch` trains a fresh
    LoRA even when the champion could be continued.
    """
    needed = config.nightly.min_new_labels if min_new_labels is None else min_new_labels
    with Session(engine) as session:
        new = new_label_count(session)
        taught = corrected_intents(session)
    if new < needed:
        message = (
            f"Nothing to do: {new} new corrections and annotations since the last dataset version, "
            f"retraining needs {needed}."
        )
        return NightlyResult(False, message, new)
    say(f"{new} new corrections and annotations: building a dataset version ...")
    built = build_dataset(engine, build or BuildConfig())
    start, why = choose_start(engine, config, from_scratch=from_scratch)
    say(why)
    if start is None:
        run = run_training(engine, config, dataset_version=built.version, say=say)
    else:
        with Session(engine) as session:
            drafts = champion_drafts(session, start.adapter)
        mix = night_mix(
            read_records(built.path / "train.jsonl"),
            read_records(start.learned),
            config.nightly.replay,
            config.seed,
            drafts=drafts,
            aimed=config.nightly.aimed_replay,
        )
        if not mix.fresh:
            message = (
                f"Nothing to train: dataset {built.version} teaches nothing that {start.adapter} has not "
                f"learned (the {new} new labels repeat what it was trained on or approve its own drafts)."
            )
            return NightlyResult(False, message, new, built.version)
        aimed = ", ".join(f"{intent} {n}" for intent, n in mix.aimed.items()) or "none"
        say(
            f"{len(mix.fresh)} examples {start.adapter} has not learned, {len(mix.replay)} it has (replay; "
            f"aimed at the intents its wrong drafts said: {aimed})."
        )
        recipe = replace(
            config, epochs=config.nightly.epochs, learning_rate=config.nightly.learning_rate or config.learning_rate
        )
        run = run_training(
            engine,
            recipe,
            dataset_version=built.version,
            init_adapter=start.path,
            train_records=mix.records,
            say=say,
        )
    settings = replace(config.gate, limit=gate_limit or config.gate.limit)
    decision = run_gate(engine, run.adapter_name, settings, taught=taught, say=say)
    verdict = "promoted" if decision.passed else "rejected"
    message = f"Trained {run.adapter_name} on dataset {built.version}: {verdict} ({'; '.join(decision.reasons)})."
    warm = start.adapter if start is not None else None
    return NightlyResult(True, message, new, built.version, run.adapter_name, decision.passed, warm)
