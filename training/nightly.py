"""`destek retrain --nightly`: build -> train -> gate -> (promote), but only when humans taught enough new.

Retraining on three new corrections costs an hour of CPU (or GPU money) for no measurable change, so the job
counts the corrections and annotations that no dataset version has seen yet and does nothing (exit 0, one
line saying why) below the config's `nightly.min_new_labels` (default 50).

Schedule it with cron (flock keeps a slow run from overlapping the next night's):

    15 2 * * * cd /srv/destek && flock -n /tmp/destek-nightly.lock .venv/bin/destek retrain --nightly \
        --config cpu-small >> /var/log/destek/nightly.log 2>&1

or with a systemd timer (journalctl -u destek-nightly shows the runs):

    # /etc/systemd/system/destek-nightly.service
    [Unit]
    Description=Destek nightly retrain (build, train, gate, promote)
    [Service]
    Type=oneshot
    WorkingDirectory=/srv/destek
    Environment=DESTEK_DB=/srv/destek/destek.db
    ExecStart=/srv/destek/.venv/bin/destek retrain --nightly --config cpu-small
    Nice=10

    # /etc/systemd/system/destek-nightly.timer
    [Unit]
    Description=Run the Destek nightly retrain at 02:15
    [Timer]
    OnCalendar=*-*-* 02:15:00
    Persistent=true
    [Install]
    WantedBy=timers.target

    systemctl daemon-reload && systemctl enable --now destek-nightly.timer
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.engine import Engine
from sqlmodel import Session

from training.config import TrainConfig
from training.dataset import BuildConfig, build_dataset, new_label_count
from training.gate import run_gate
from training.registry import Promoter
from training.sft import run_training


@dataclass(frozen=True)
class NightlyResult:
    ran: bool
    message: str
    new_labels: int
    dataset_version: str | None = None
    adapter: str | None = None
    promoted: bool = False


def run_nightly(
    engine: Engine,
    config: TrainConfig,
    *,
    min_new_labels: int | None = None,
    build: BuildConfig | None = None,
    gate_limit: int | None = None,
    promoter: Promoter | None = None,
    say: Callable[[str], None] = print,
) -> NightlyResult:
    """The nightly job; returns what it did (a no-op result when too few labels are new).

    `min_new_labels` overrides the config's threshold; 0 retrains whatever is new. `promoter` is the gate's
    (serving.promotion hot-swaps onto the configured vLLM replicas).
    """
    needed = config.nightly.min_new_labels if min_new_labels is None else min_new_labels
    with Session(engine) as session:
        new = new_label_count(session)
    if new < needed:
        message = (
            f"Nothing to do: {new} new corrections and annotations since the last dataset version, "
            f"retraining needs {needed}."
        )
        return NightlyResult(False, message, new)
    say(f"{new} new corrections and annotations: building a dataset version ...")
    built = build_dataset(engine, build or BuildConfig())
    run = run_training(engine, config, dataset_version=built.version, say=say)
    settings = replace(config.gate, limit=gate_limit or config.gate.limit)
    decision = run_gate(engine, run.adapter_name, settings, promoter=promoter, say=say)
    verdict = "promoted" if decision.passed else "rejected"
    message = f"Trained {run.adapter_name} on dataset {built.version}: {verdict} ({'; '.join(decision.reasons)})."
    return NightlyResult(True, message, new, built.version, run.adapter_name, decision.passed)
