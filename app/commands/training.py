"""`destek dataset build`, `destek train`, `destek adapters ...` and `destek retrain --nightly`: the learning loop."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from db.engine import migrated_engine

dataset_app = typer.Typer(no_args_is_help=True)
adapters_app = typer.Typer(no_args_is_help=True)

CONFIG_HELP = "Training config: a name in training/configs/ (cpu-small, qwen2.5-7b-4090, ...) or a .yaml path."


def _load_config(name: str):
    from training.config import ConfigError, load_config

    try:
        return load_config(name)
    except ConfigError as exc:
        Console().print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None


@dataset_app.command("build")
def build(
    out: Path = typer.Option(Path("runs/datasets"), help="Folder that holds one sub-folder per dataset version."),
    validation_fraction: float = typer.Option(0.1, min=0.0, max=0.9, help="Share of each intent held out."),
    seed: int = typer.Option(0, help="Seed of the order-number pseudonyms and of the split."),
) -> None:
    """Build a versioned SFT dataset from annotations, approved drafts (with corrections) and imported labels."""
    from training.dataset import BuildConfig, DatasetError, build_dataset

    console = Console()
    try:
        result = build_dataset(
            migrated_engine(), BuildConfig(out_dir=out, validation_fraction=validation_fraction, seed=seed)
        )
    except DatasetError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    state = "new version" if result.created else "unchanged: same content as an existing version"
    console.print(
        f"Dataset {result.version} ({state}): {result.n_train} train, {result.n_validation} validation "
        f"in {result.path}; sources {result.stats['sources']}, {len(result.stats['skipped'])} labels skipped."
    )


def train(
    config: str = typer.Option(..., "--config", help=CONFIG_HELP),
    dataset: str | None = typer.Option(None, "--dataset", help="Dataset version (a prefix is enough); default newest."),
    remote: str | None = typer.Option(None, "--remote", help="Train on a cloud GPU instead: 'modal'."),
    resume: bool = typer.Option(False, "--resume", help="Continue the last unfinished run from its checkpoints."),
    gate: bool = typer.Option(False, "--gate", help="Run the evaluation gate afterwards (promotes on a pass)."),
    gate_limit: int | None = typer.Option(None, "--gate-limit", min=1, help="Gate on the first N held-out tickets."),
    max_steps: int | None = typer.Option(None, "--max-steps", min=1, help="Stop after N steps (smoke runs)."),
) -> None:
    """LoRA fine-tuning (TRL SFTTrainer + PEFT); the adapter is registered as a candidate."""
    from training.dataset import DatasetError
    from training.sft import run_training

    train_config = _load_config(config)
    console = Console()
    engine = migrated_engine()
    try:
        run = run_training(
            engine, train_config, dataset_version=dataset, remote=_remote(remote), resume=resume,
            max_steps=max_steps, say=console.print,
        )  # fmt: skip
    except (DatasetError, ValueError, ModuleNotFoundError) as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    metrics = run.metrics or {}
    console.print(
        f"Adapter {run.adapter_name} (candidate): {metrics.get('steps')} steps, train loss "
        f"{metrics.get('train_loss', 0):.4f}, eval loss {metrics.get('eval_loss')}, "
        f"{metrics.get('s_per_step') or 0:.1f} s/step, {run.duration_s:.0f} s in all."
    )
    if gate:
        _gate(engine, run.adapter_name, train_config, gate_limit, promote=True)


def _remote(name: str | None):
    """Where `--remote` trains (None: here). The command line picks it, so training.sft never imports the
    Modal app that itself runs training.sft."""
    if name is None:
        return None
    if name == "modal":
        from training.modal_app import MODAL

        return MODAL
    raise ValueError(f"unknown remote {name!r}: the only remote is 'modal'")


def _gate(engine, name: str, train_config, limit: int | None, *, promote: bool) -> None:
    from dataclasses import replace

    from serving.hotswap import SwapError
    from training.gate import run_gate

    console = Console()
    settings = replace(train_config.gate, limit=limit or train_config.gate.limit)
    try:
        decision = run_gate(engine, name, settings, promote_on_pass=promote, say=console.print)
    except SwapError as exc:
        console.print(f"[red]{name} passed the gate but was not promoted: {exc}[/]")
        raise typer.Exit(1) from None
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    if not decision.passed:
        raise typer.Exit(3)


@adapters_app.command("list")
def list_command() -> None:
    """All adapters, newest first, with status and gate numbers."""
    from training.registry import list_adapters

    table = Table()
    table.add_column("name", no_wrap=True)
    for column in ("status", "intent acc", "tool acc", "halluc.", "threshold", "created", "origin"):
        table.add_column(column)
    for adapter in list_adapters(migrated_engine()):
        manifest = Path(adapter.path) / "manifest.json"
        if manifest.is_file():
            origin = f"shipped: {manifest}"
        elif adapter.training_run_id is not None:
            origin = f"training run {adapter.training_run_id}: {adapter.reason[:50]}"
        else:
            origin = adapter.reason[:60]
        gate = adapter.gate or {}
        metrics = gate.get("metrics") or {}

        def fmt(value) -> str:
            return "-" if value is None else f"{value:.3f}"

        table.add_row(
            adapter.name,
            adapter.status,
            fmt(metrics.get("intent_accuracy")),
            fmt(metrics.get("tool_call_accuracy")),
            fmt(metrics.get("hallucination_rate")),
            fmt(gate.get("threshold")),
            f"{adapter.created_at:%Y-%m-%d %H:%M}",
            origin,
        )
    Console().print(table)


@adapters_app.command("reproduce")
def reproduce_command(
    workdir: Path = typer.Option(Path("runs/reproduce"), help="Scratch folder for the data, adapter and reports."),
    ship: bool = typer.Option(False, "--ship", help="Copy the result into training/shipped/ (maintainers)."),
) -> None:
    """Make the shipped default adapter again from its manifest's recipe and compare the numbers.

    On this 2-core CPU it takes about two hours, three with the recipe's second pass: data, LoRA training, the
    classifier, the calibration and the gate's 200 held-out tickets. Exit code 1 when a gate number differs by
    more than 0.01.
    """
    from training.bootstrap import (
        SHIPPED_DIR,
        Recipe,
        compare_with_manifest,
        make_shipped_adapter,
        read_manifest,
        ship as ship_adapter,
    )

    console = Console()
    try:
        shipped = read_manifest()
        recipe = Recipe.from_dict(shipped["recipe"])
    except ValueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    console.print(f"Reproducing {shipped['name']} in {workdir} with {recipe}")
    adapter_dir, manifest = make_shipped_adapter(recipe, workdir, say=console.print)
    matches, lines = compare_with_manifest(manifest, shipped)
    for line in lines:
        console.print(f"  {line}")
    if ship:
        ship_adapter(adapter_dir, manifest)
        console.print(f"Shipped {manifest['name']} into {SHIPPED_DIR}.")
    if not matches:
        console.print("[red]Not reproduced: a gate number differs from the manifest by more than 0.01.[/]")
        raise typer.Exit(1)
    console.print("[green]Reproduced: the gate numbers match the manifest.[/]")


@adapters_app.command("rescore")
def rescore_command(
    workdir: Path = typer.Option(Path("runs/rescore"), help="Scratch folder for the drafts and reports."),
    ship: bool = typer.Option(False, "--ship", help="Write the new gate into training/shipped/ (maintainers)."),
) -> None:
    """Choose the shipped adapter's routing threshold and score its gate again with the code as it is now.

    For a change to the patterns, tool-call rules or router, which changes the drafts but not the weights:
    about 20 minutes on this 2-core CPU (about 2,080 calibration drafts and 200 gate drafts) instead of two hours.
    """
    from training.bootstrap import SHIPPED_DIR, compare_with_manifest, read_manifest, rescore_shipped, write_manifest

    console = Console()
    try:
        shipped = read_manifest()
        manifest = rescore_shipped(workdir, say=console.print)
    except ValueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    for line in compare_with_manifest(manifest, shipped)[1][:-1]:  # the weights are the same files
        console.print(f"  {line}")
    if ship:
        path = write_manifest(SHIPPED_DIR, manifest)
        console.print(f"Wrote the new gate of {manifest['name']} into {path}.")


@adapters_app.command("refit")
def refit_command(
    workdir: Path = typer.Option(Path("runs/refit"), help="Scratch folder for the data, adapter and reports."),
    ship: bool = typer.Option(False, "--ship", help="Copy the result into training/shipped/ (maintainers)."),
) -> None:
    """Fit the shipped adapter's classifier and calibration again, then choose its threshold and score its gate.

    For a change to the calibration templates or to the classifier's tickets that leaves the training set as it
    was: the LoRA weights stay, everything drafted from them is made again, and the result is another adapter
    (a new name). About an hour on this 2-core CPU. Exit code 2 when the recipe no longer builds the
    weights' dataset: retrain with `destek adapters reproduce`.
    """
    from training.bootstrap import (
        SHIPPED_DIR,
        compare_with_manifest,
        read_manifest,
        refit_shipped,
        ship as ship_adapter,
    )

    console = Console()
    try:
        shipped = read_manifest()
        adapter_dir, manifest = refit_shipped(workdir, say=console.print)
    except ValueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    for line in compare_with_manifest(manifest, shipped)[1][:-1]:  # the weights are the same files
        console.print(f"  {line}")
    console.print(f"Refitted {shipped['name']} as {manifest['name']} in {adapter_dir}.")
    if ship:
        ship_adapter(adapter_dir, manifest)
        console.print(f"Shipped {manifest['name']} into {SHIPPED_DIR}.")


@adapters_app.command("refine")
def refine_command(
    workdir: Path = typer.Option(Path("runs/refine"), help="Scratch folder for the data, adapter and reports."),
    epochs: float = typer.Option(1.0, min=0.05, help="Passes over the training set the second pass makes."),
    learning_rate: float = typer.Option(2e-4, min=1e-6, max=1e-2, help="The second pass's peak learning rate."),
    ship: bool = typer.Option(False, "--ship", help="Copy the result into training/shipped/ (maintainers)."),
) -> None:
    """Give the shipped one-pass weights the recipe's second pass over their own training set, then fit their
    calibration, choose their threshold and score their gate.

    About an hour of training per epoch on this 2-core CPU, plus 30 minutes of scoring. The result is
    another adapter (a new name) whose manifest records the second pass, so `destek adapters reproduce` makes
    it from scratch. Exit code 2 when the weights were refined already or their dataset is out of date.
    """
    from training.bootstrap import (
        SHIPPED_DIR,
        compare_with_manifest,
        read_manifest,
        refine_shipped,
        ship as ship_adapter,
    )

    console = Console()
    try:
        shipped = read_manifest()
        adapter_dir, manifest = refine_shipped(workdir, epochs=epochs, learning_rate=learning_rate, say=console.print)
    except ValueError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from None
    for line in compare_with_manifest(manifest, shipped)[1]:
        console.print(f"  {line}")
    console.print(f"Refined {shipped['name']} as {manifest['name']} in {adapter_dir}.")
    if ship:
        ship_adapter(adapter_dir, manifest)
        console.print(f"Shipped {manifest['name']} into {SHIPPED_DIR}.")


REPLICA_HELP = (
    "A vLLM replica's URL, e.g. http://10.0.0.5:8000; repeat for each. Default: $DESTEK_VLLM_REPLICAS "
    "(comma-separated); with none, the switch is in the database and the in-process bot follows it."
)
API_HELP = "A Destek API's URL whose in-flight requests on the old adapter are drained; repeat for each."
AGREEMENT_HELP = "Share of canary tickets on which the new adapter must agree before the switch."
DRAIN_HELP = "Seconds to wait for in-flight requests on the old adapter."


def _canaries(path: Path) -> tuple[list[str], list[str | None]]:
    """Canary tickets from a JSONL file of {"text": masked text, "intent": what the gate saw (optional)}."""
    import json

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row["text"] for row in rows], [row.get("intent") for row in rows]


def _swap_options(replica: list[str] | None, api: list[str] | None, min_agreement: float, drain_timeout: float):
    """The hot-swap keyword arguments of promote_everywhere / rollback_everywhere from the command's options;
    replicas stay None (configured ones, or the database alone) unless given."""
    from serving.hotswap import api_inflight
    from training.promotion import configured_replicas

    return {
        "replicas": configured_replicas(replica) if replica else None,
        "min_agreement": min_agreement,
        "inflight": api_inflight(api) if api else None,
        "drain_timeout_s": drain_timeout,
    }


@adapters_app.command("promote")
def promote_command(
    name: str = typer.Argument(..., help="The adapter (registry name) to serve from now on."),
    replica: list[str] | None = typer.Option(None, "--replica", help=REPLICA_HELP),
    canaries: Path | None = typer.Option(
        None, exists=True, dir_okay=False, help="JSONL of canary tickets (default: the adapter's gate tickets)."
    ),
    api: list[str] | None = typer.Option(None, "--api", help=API_HELP),
    min_agreement: float = typer.Option(0.8, min=0.0, max=1.0, help=AGREEMENT_HELP),
    drain_timeout: float = typer.Option(30.0, help=DRAIN_HELP),
) -> None:
    """Serve adapter NAME (by hand, without the gate): on every vLLM replica (load, canary, switch, drain,
    unload), or by switching the alias the in-process bot follows when no replica is configured.
    The active adapter is retired and kept for rollback."""
    from serving.hotswap import SwapError
    from training.promotion import promote_everywhere
    from training.registry import RegistryError

    try:
        promotion = promote_everywhere(
            migrated_engine(),
            name,
            canaries=_canaries(canaries) if canaries else None,
            **_swap_options(replica, api, min_agreement, drain_timeout),
        )
    except (RegistryError, SwapError) as exc:
        Console().print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    Console().print(promotion.summary())


@adapters_app.command("rollback")
def rollback_command(
    replica: list[str] | None = typer.Option(None, "--replica", help=REPLICA_HELP),
    api: list[str] | None = typer.Option(None, "--api", help=API_HELP),
    min_agreement: float = typer.Option(0.8, min=0.0, max=1.0, help=AGREEMENT_HELP),
    drain_timeout: float = typer.Option(30.0, help=DRAIN_HELP),
) -> None:
    """Serve the adapter that the active one replaced again, swapped in the same way as a promotion."""
    from serving.hotswap import SwapError
    from training.promotion import rollback_everywhere
    from training.registry import RegistryError

    try:
        promotion = rollback_everywhere(migrated_engine(), **_swap_options(replica, api, min_agreement, drain_timeout))
    except (RegistryError, SwapError) as exc:
        Console().print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    Console().print(f"Rolled back: {promotion.summary()}")


@adapters_app.command("gate")
def gate_command(
    name: str = typer.Argument(..., help="The candidate adapter to judge."),
    config: str = typer.Option("cpu-small", "--config", help=CONFIG_HELP),
    gate_limit: int | None = typer.Option(None, "--gate-limit", min=1, help="Gate on the first N held-out tickets."),
    promote: bool = typer.Option(True, "--promote/--no-promote", help="Promote the adapter if it passes."),
) -> None:
    """Score adapter NAME on the held-out file against the active adapter (or the base model)."""
    _gate(migrated_engine(), name, _load_config(config), gate_limit, promote=promote)


def retrain(
    nightly: bool = typer.Option(False, "--nightly", help="Only if enough new corrections+annotations arrived."),
    config: str = typer.Option("cpu-small", "--config", help=CONFIG_HELP),
    min_new: int | None = typer.Option(None, "--min-new", min=1, help="Override the config's nightly.min_new_labels."),
    gate_limit: int | None = typer.Option(None, "--gate-limit", min=1, help="Gate on the first N held-out tickets."),
    from_scratch: bool = typer.Option(
        False, "--from-scratch", help="Train a fresh LoRA instead of continuing the active adapter."
    ),
) -> None:
    """Build -> train -> gate -> promote. With --nightly it does nothing (exit 0) below the label threshold."""
    from serving.hotswap import SwapError
    from training.dataset import DatasetError
    from training.nightly import run_nightly

    train_config = _load_config(config)
    console = Console()
    try:
        engine = migrated_engine()
        result = run_nightly(
            engine,
            train_config,
            min_new_labels=min_new if nightly else 0,
            gate_limit=gate_limit,
            from_scratch=from_scratch,
            say=console.print,
        )
    except SwapError as exc:
        console.print(f"[red]The new adapter passed the gate but was not promoted: {exc}[/]")
        raise typer.Exit(1) from None
    except (DatasetError, FileNotFoundError) as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    console.print(result.message)
