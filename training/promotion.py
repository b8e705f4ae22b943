"""Promote or roll back an adapter everywhere it is served: the one entry point for the gate (and so the
nightly job, local or on Modal), `destek adapters promote|rollback` (the one CLI pair) and the
cockpit's buttons. It lives in training, above serving: it reads the registry and the gate's held-out tickets
and drives serving.hotswap, which never imports training.

Where the bot drafts through vLLM, the replicas to keep in step are listed in $DESTEK_VLLM_REPLICAS
(comma-separated URLs, e.g. ``http://10.0.0.5:8000,http://10.0.0.6:8000``) or passed in. A promotion is then a
hot-swap (serving.hotswap.swap_in): load on every replica under the adapter's versioned name, canary with the
adapter's own gate tickets (each must get the intent the gate saw), switch the database alias, drain and unload
the old adapter; any failure switches nothing. With no replica configured the bot runs in-process and reloads
whatever the alias names, so the registry switch is the whole promotion.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.models import Adapter
from serving.hotswap import Replica, SwapReport, swap_back, swap_in
from serving.pii import mask
from training import registry
from training.evaluate import read_gold

REPLICAS_ENV = "DESTEK_VLLM_REPLICAS"
#: Gate tickets replayed on each replica before the switch: enough to catch a wrong or corrupt adapter,
#: few enough that a swap on the CPU build stays within seconds per replica.
CANARY_COUNT = 4


@dataclass(frozen=True)
class Promotion:
    """The adapter that is active now, and the hot-swap that made it so (None: database switch only)."""

    adapter: Adapter
    swap: SwapReport | None

    def summary(self) -> str:
        """One line for people: where the adapter now runs and how long the swap took."""
        if self.swap is None:
            return f"{self.adapter.name} is active (no vLLM replica configured: the in-process bot follows it)."
        agreement = min((c.agreement for c in self.swap.canaries), default=1.0)
        return (
            f"{self.adapter.name} is active on {len(self.swap.replicas)} vLLM replica(s): swapped in "
            f"{self.swap.total_s:.1f} s, canaries agreed {agreement:.0%}."
        )


def configured_replicas(urls: Sequence[str] | None = None) -> list[Replica]:
    """`urls` if given, else those in $DESTEK_VLLM_REPLICAS; empty when the bot serves in-process."""
    if not urls:
        urls = [u.strip() for u in os.environ.get(REPLICAS_ENV, "").split(",") if u.strip()]
    return [Replica(url) for url in urls]


def gate_canaries(adapter: Adapter, count: int = CANARY_COUNT) -> tuple[list[str], list[str | None]]:
    """The first `count` held-out tickets the gate scored for `adapter` without problems, masked as the bot
    sees them, each with the intent the gate saw; ([], []) when the gate left no predictions to replay."""
    gate = adapter.gate or {}
    predictions_path = Path(adapter.path) / "gate" / "predictions.jsonl"
    heldout_path = Path(gate.get("heldout_path") or "")
    if not predictions_path.is_file() or not heldout_path.is_file():
        return [], []
    texts = {ticket.id: ticket.text for ticket in read_gold(heldout_path)}
    prompts: list[str] = []
    expected: list[str | None] = []
    for line in predictions_path.read_text(encoding="utf-8").splitlines():
        prediction = json.loads(line) if line.strip() else {}
        text = texts.get(prediction.get("id"))
        if text and prediction.get("intent") and not prediction.get("problems"):
            prompts.append(mask(text).text)
            expected.append(prediction["intent"])
        if len(prompts) == count:
            break
    return prompts, expected


def promote_everywhere(
    engine: Engine,
    name: str,
    *,
    reason: str = "promoted by hand",
    user_id: int | None = None,
    replicas: Sequence[Replica] | None = None,
    canaries: tuple[Sequence[str], Sequence[str | None]] | None = None,
    **swap_options: Any,
) -> Promotion:
    """Make `name` the active adapter on every configured replica (or in the database alone, with none).

    `canaries` (prompts, expected intents) default to the adapter's gate tickets, or one valid answer to a
    default ticket when it has none. Raises registry.RegistryError (unknown or missing adapter) or
    hotswap.SwapError (a replica failed: nothing switched).
    """
    replicas = list(replicas) if replicas is not None else configured_replicas()
    with Session(engine) as session:
        adapter = registry.get_adapter(session, name)
    if not replicas:
        return Promotion(registry.promote(engine, name, reason=reason, user_id=user_id), None)
    prompts, expected = canaries if canaries is not None else gate_canaries(adapter)
    report = swap_in(
        engine,
        name,
        adapter.path,
        replicas,
        prompts,
        list(expected) if prompts else None,
        switch=lambda: registry.promote(engine, name, reason=reason, user_id=user_id),
        **swap_options,
    )
    with Session(engine) as session:
        return Promotion(registry.get_adapter(session, name), report)


def rollback_everywhere(
    engine: Engine,
    *,
    user_id: int | None = None,
    replicas: Sequence[Replica] | None = None,
    **swap_options: Any,
) -> Promotion:
    """Serve the adapter the active one replaced again, swapped like a promotion (its gate tickets as canaries).

    Raises registry.RegistryError when there is nothing to roll back to, hotswap.SwapError when a replica fails.
    """
    replicas = list(replicas) if replicas is not None else configured_replicas()
    if not replicas:
        return Promotion(registry.rollback(engine, user_id=user_id), None)
    with Session(engine) as session:
        _, target = registry.rollback_target(session)
    prompts, expected = gate_canaries(target)
    report = swap_back(
        engine,
        target.name,
        replicas,
        switch=lambda: registry.rollback(engine, user_id=user_id),
        canary_prompts=prompts,
        expected=expected if prompts else None,
        **swap_options,
    )
    with Session(engine) as session:
        return Promotion(registry.get_adapter(session, target.name), report)
