"""Adapter hot-swap across vLLM replicas: load everywhere, prove it answers, switch the alias, drain, unload.

Why this order: the bot reads the active adapter from the database per request (serving/api.py), so the
moment the alias switches every replica must already serve the new adapter, or requests fail with "model
not found". A replica that cannot load it, or a canary that disagrees with what the evaluation gate saw,
must leave production exactly as it was. Only after the switch are requests still running on the old
adapter allowed to finish (drain) before it is unloaded, so no in-flight draft loses its model halfway.

Names: every adapter is served under its registry name, which is versioned and unique (db.Adapter.name).
A name is bound to one folder forever: vLLM caches an adapter by name, so loading new weights under a
name it has seen would silently keep serving the old ones. A replica that already lists the name with a
different folder is therefore refused, never "updated".

The database switch is a callable (`switch`): in production training.registry.promote / rollback, which
record the history a rollback follows; serving never imports training.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import Adapter
from serving.bot import Bot
from serving.llm import OpenAICompatibleBackend, OpenAISettings, server_root

#: A masked ticket whose answer must at least be valid when no canaries with expectations are given.
DEFAULT_CANARY = "Merhaba, 4815162342 numaralı siparişim nerede kaldı?"
#: The API's Prometheus gauge of requests in flight per served adapter (the drain waits on it).
INFLIGHT_METRIC = "destek_inflight_requests"
#: The label value for requests served by the base model without an adapter.
BASE_LABEL = "base"


class ReplicaError(RuntimeError):
    """A replica refused or failed an operation; the message names the replica and its answer."""


class SwapError(RuntimeError):
    """A promotion that was abandoned; nothing switched and the candidate is unloaded everywhere."""


@dataclass(frozen=True)
class Replica:
    """One vLLM server, by its root URL (http://host:port, without /v1)."""

    base_url: str
    timeout_s: float = 60.0  # loading an adapter reads its weights from disk on the server

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", server_root(self.base_url))

    @property
    def openai_url(self) -> str:
        return f"{self.base_url}/v1"

    def _request(self, method: str, path: str, json: dict[str, Any] | None = None) -> httpx.Response:
        try:
            response = httpx.request(method, f"{self.base_url}{path}", json=json, timeout=self.timeout_s)
        except httpx.HTTPError as exc:
            raise ReplicaError(f"{self.base_url}: {method} {path} failed: {exc}") from exc
        if response.status_code >= 400:
            raise ReplicaError(f"{self.base_url}: {method} {path} -> {response.status_code}: {response.text[:300]}")
        return response

    def healthy(self) -> bool:
        try:
            return httpx.get(f"{self.base_url}/health", timeout=5.0).status_code == 200
        except httpx.HTTPError:
            return False

    def models(self) -> dict[str, str]:
        """Served model name -> its root (the base model's path, or an adapter's folder)."""
        data = self._request("GET", "/v1/models").json()["data"]
        return {item["id"]: item.get("root") or "" for item in data}

    def load(self, name: str, path: str) -> None:
        self._request("POST", "/v1/load_lora_adapter", {"lora_name": name, "lora_path": path})

    def unload(self, name: str) -> None:
        self._request("POST", "/v1/unload_lora_adapter", {"lora_name": name})


class InFlight:
    """Requests in flight per served adapter, counted by the API process; the drain waits for zero."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def enter(self, adapter: str | None) -> None:
        with self._lock:
            self._counts[adapter or BASE_LABEL] += 1

    def leave(self, adapter: str | None) -> None:
        with self._lock:
            self._counts[adapter or BASE_LABEL] -= 1

    def count(self, adapter: str) -> int:
        with self._lock:
            return self._counts[adapter]

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)


def api_inflight(api_urls: Sequence[str], timeout_s: float = 5.0) -> Callable[[str], int]:
    """In-flight counts summed over API processes, read from their /metrics (for a swap run from the CLI).

    /metrics needs a key with the metrics:read scope: DESTEK_API_KEY in the environment."""
    from prometheus_client.parser import text_string_to_metric_families

    key = os.environ.get("DESTEK_API_KEY")
    headers = {"Authorization": f"Bearer {key}"} if key else {}

    def count(adapter: str) -> int:
        total = 0
        for url in api_urls:
            response = httpx.get(f"{url.rstrip('/')}/metrics", timeout=timeout_s, headers=headers)
            response.raise_for_status()
            text = response.text
            for family in text_string_to_metric_families(text):
                if family.name == INFLIGHT_METRIC:
                    total += sum(int(s.value) for s in family.samples if s.labels.get("adapter") == adapter)
        return total

    return count


@dataclass
class CanaryResult:
    replica: str
    agreement: float
    answers: list[dict[str, Any]]

    def misses(self) -> str:
        """What each disagreeing canary got, without its text: 'expected X, got Y (problems)'.

        Why: an operator (or a test) reading "agreed 50%" cannot tell a different intent, which points at
        the adapter or its serving, from a failed request, which points at the replica."""
        return "; ".join(
            f"expected {a['expected'] or 'a valid answer'}, got {a['intent']}"
            + (f" ({', '.join(a['problems'])})" if a["problems"] else "")
            for a in self.answers
            if not a["ok"]
        )


@dataclass
class SwapReport:
    """What a promotion did and how long each step took (the swap time the ML lead watches)."""

    adapter: str
    previous: str | None
    replicas: list[str]
    canaries: list[CanaryResult] = field(default_factory=list)
    load_s: float = 0.0
    canary_s: float = 0.0
    drain_s: float = 0.0
    unload_s: float = 0.0
    drained: bool = True
    unload_errors: list[str] = field(default_factory=list)

    @property
    def total_s(self) -> float:
        return self.load_s + self.canary_s + self.drain_s + self.unload_s

    def as_dict(self) -> dict[str, Any]:
        return {
            "adapter": self.adapter,
            "previous": self.previous,
            "replicas": self.replicas,
            "agreement": {c.replica: c.agreement for c in self.canaries},
            "load_s": round(self.load_s, 3),
            "canary_s": round(self.canary_s, 3),
            "drain_s": round(self.drain_s, 3),
            "unload_s": round(self.unload_s, 3),
            "total_s": round(self.total_s, 3),
            "drained": self.drained,
            "unload_errors": self.unload_errors,
        }


#: Seconds a canary call may take: twice a served call's default. The canary runs while the replica serves live
#: traffic, and a timed-out canary refuses a good adapter: with two busy clients a CPU replica once took over
#: 30 s for one scoring call (`test_swaps_under_load_lose_no_request`, 2026-12-08).
CANARY_TIMEOUT_S = 60.0


def run_canary(
    replica: Replica, base_model: str, adapter: str, prompts: Sequence[str], expected: Sequence[str | None]
) -> CanaryResult:
    """The bot's own prediction step through `replica` with `adapter`. Where an intent is expected (the one
    the gate saw) an answer agrees when it names that intent; where none is, when it is valid."""
    backend = OpenAICompatibleBackend(
        OpenAISettings(
            base_url=replica.openai_url, model=base_model, adapter=adapter, max_retries=1, timeout_s=CANARY_TIMEOUT_S
        )
    )
    bot = Bot(backend)
    answers = []
    for text, want in zip(prompts, expected, strict=True):
        prediction = bot.predict(text)
        ok = prediction.intent == want if want is not None else not prediction.problems
        answers.append(
            {"text": text, "expected": want, "intent": prediction.intent, "problems": prediction.problems, "ok": ok}
        )
    agreement = sum(a["ok"] for a in answers) / len(answers)
    return CanaryResult(replica.base_url, agreement, answers)


def _adapter_row(engine: Engine, name: str) -> Adapter:
    with Session(engine) as session:
        adapter = session.exec(select(Adapter).where(Adapter.name == name)).first()
        if adapter is None:
            raise SwapError(f"no adapter named {name!r} in the registry")
        return adapter


def _active_name(engine: Engine) -> str | None:
    with Session(engine) as session:
        active = session.exec(select(Adapter).where(Adapter.status == "active")).first()
        return active.name if active else None


def record_failure(engine: Engine, name: str, reason: str, details: dict[str, Any]) -> None:
    """Keep why a hot-swap was abandoned on the adapter (reason, and gate["hotswap"]); its status stays."""
    with Session(engine) as session:
        adapter = session.exec(select(Adapter).where(Adapter.name == name)).one()
        adapter.reason = f"hot-swap failed: {reason}"
        adapter.gate = {**(adapter.gate or {}), "hotswap": {"ok": False, "reason": reason, **details}}
        session.add(adapter)
        session.commit()


def _unload_everywhere(replicas: Sequence[Replica], name: str) -> list[str]:
    """Best-effort unload; returns the errors (a replica that is down has nothing loaded anyway)."""
    errors = []
    for replica in replicas:
        try:
            replica.unload(name)
        except ReplicaError as exc:
            errors.append(str(exc))
    return errors


def _load_everywhere(replicas: Sequence[Replica], name: str, path: str) -> list[Replica]:
    """Load `name` on every replica; returns those that were loaded by this call. Raises ReplicaError
    after unloading what it loaded, so a partial failure leaves no copies behind."""
    loaded: list[Replica] = []
    try:
        for replica in replicas:
            served = replica.models()
            if name in served:
                if served[name] != path:
                    raise ReplicaError(
                        f"{replica.base_url} already serves {name!r} from {served[name]}, not {path}: "
                        "an adapter name is never reused for other weights"
                    )
                continue
            replica.load(name, path)
            loaded.append(replica)
    except ReplicaError:
        _unload_everywhere(loaded, name)
        raise
    return loaded


def swap_in(
    engine: Engine,
    adapter_name: str,
    adapter_path: str,
    replicas: Sequence[Replica],
    canary_prompts: Sequence[str] = (),
    expected: Sequence[str | None] | None = None,
    *,
    switch: Callable[[], object],
    min_agreement: float = 0.8,
    inflight: Callable[[str], int] | None = None,
    drain_timeout_s: float = 30.0,
    poll_s: float = 0.1,
) -> SwapReport:
    """Serve `adapter_name` on every replica and make it the active adapter, or change nothing.

    `switch` commits the alias change in the database (it runs only after every replica loaded the adapter
    and passed the canary). `expected` holds the intent per canary prompt (None: any valid answer); without
    prompts one default ticket must get a valid answer. `inflight(name)` is the number of requests still
    running on an adapter; without it the old adapter is unloaded right after the switch.
    """
    if not replicas:
        raise ValueError("swap_in needs at least one replica")
    prompts = list(canary_prompts) or [DEFAULT_CANARY]
    wanted = list(expected) if expected is not None else [None] * len(prompts)
    if len(wanted) != len(prompts):
        raise ValueError("expected needs one entry (an intent or None) per canary prompt")
    base_model = _adapter_row(engine, adapter_name).base_model
    previous = _active_name(engine)
    if previous == adapter_name:
        raise SwapError(f"{adapter_name} is already active")
    report = SwapReport(adapter_name, previous, [r.base_url for r in replicas])

    started = time.perf_counter()
    try:
        loaded = _load_everywhere(replicas, adapter_name, adapter_path)
    except ReplicaError as exc:
        record_failure(engine, adapter_name, str(exc), {"step": "load"})
        raise SwapError(f"{adapter_name} was not promoted: {exc}") from exc
    report.load_s = time.perf_counter() - started

    started = time.perf_counter()
    for replica in replicas:
        result = run_canary(replica, base_model, adapter_name, prompts, wanted)
        report.canaries.append(result)
        if result.agreement < min_agreement:
            _unload_everywhere(loaded, adapter_name)
            reason = (
                f"canary on {replica.base_url} agreed {result.agreement:.0%} < {min_agreement:.0%}: {result.misses()}"
            )
            record_failure(engine, adapter_name, reason, {"step": "canary", "answers": result.answers})
            raise SwapError(f"{adapter_name} was not promoted: {reason}")
    report.canary_s = time.perf_counter() - started

    try:
        switch()
    except Exception as exc:  # the alias did not move: production stays on the old adapter, as after a canary
        _unload_everywhere(loaded, adapter_name)
        record_failure(engine, adapter_name, f"switch failed: {exc}", {"step": "switch"})
        raise SwapError(f"{adapter_name} was not promoted: the switch failed: {exc}") from exc

    if previous is not None:
        started = time.perf_counter()
        if inflight is not None:
            report.drained = _drain(inflight, previous, drain_timeout_s, poll_s)
        report.drain_s = time.perf_counter() - started
        started = time.perf_counter()
        report.unload_errors = _unload_everywhere(replicas, previous)
        report.unload_s = time.perf_counter() - started
    return report


def _drain(inflight: Callable[[str], int], adapter: str, timeout_s: float, poll_s: float) -> bool:
    """Wait until no request runs on `adapter`; False if the timeout came first (it is unloaded anyway:
    a stuck request must not pin an old adapter forever)."""
    deadline = time.perf_counter() + timeout_s
    while inflight(adapter) > 0:
        if time.perf_counter() >= deadline:
            return False
        time.sleep(poll_s)
    return True


def swap_back(
    engine: Engine,
    to_adapter: str,
    replicas: Sequence[Replica],
    *,
    switch: Callable[[], object],
    **options: Any,
) -> SwapReport:
    """Switch back to `to_adapter` (an earlier adapter, per the registry's history) the same way as a
    promotion: reload it everywhere, canary, switch, drain and unload the current one."""
    adapter = _adapter_row(engine, to_adapter)
    return swap_in(engine, adapter.name, adapter.path, replicas, switch=switch, **options)


def reconcile(replicas: Sequence[Replica], active: Adapter | None) -> list[str]:
    """Load the active adapter on every healthy replica that lacks it (a replica that restarted comes back
    with the base model only); returns the URLs that were fixed. Run it on every health check."""
    if active is None:
        return []
    fixed = []
    for replica in replicas:
        if not replica.healthy():
            continue
        if active.name not in replica.models():
            replica.load(active.name, active.path)
            fixed.append(replica.base_url)
    return fixed
