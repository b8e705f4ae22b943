"""Adapter hot-swap against fake vLLM replicas: in-process HTTP servers that speak the parts of vLLM's API
that serving/hotswap.py and the bot use (health, models, LoRA load/unload, completions with echo+logprobs).

The fake answers each scoring request so that one intent per served model wins, which lets a test decide
whether a canary agrees; it can be told to fail loads and to "restart" (forget its adapters).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.models import Adapter
from serving.hotswap import Replica, SwapError, promote, reconcile, rollback
from training.registry import promote as registry_promote, rollback as registry_rollback

BASE = "gemma3-270m"


@dataclass
class FakeVLLM:
    """The state of one fake replica: loaded adapters (name -> path), each model's favourite intent word."""

    adapters: dict[str, str] = field(default_factory=dict)
    favourite: dict[str, str] = field(default_factory=dict)
    fail_loads: bool = False
    loads: list[tuple[str, str]] = field(default_factory=list)
    url: str = ""

    def restart(self) -> None:
        """A replica that came back up serves the base model only."""
        self.adapters.clear()


def _scored_choice(index: int, text: str, prefix: str, win: bool) -> dict[str, Any]:
    return {
        "index": index,
        "text": text,
        "logprobs": {
            "tokens": [prefix, text[len(prefix) :]],
            "token_logprobs": [None, 0.0 if win else -5.0],
            "text_offset": [0, len(prefix)],
            "top_logprobs": None,
        },
        "finish_reason": "length",
    }


def _handler(state: FakeVLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/health":
                self._send(200, {})
            elif self.path == "/v1/models":
                models = [{"id": BASE, "root": f"/models/{BASE}", "parent": None}]
                models += [{"id": n, "root": p, "parent": BASE} for n, p in state.adapters.items()]
                self._send(200, {"object": "list", "data": models})
            else:
                self._send(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path == "/v1/load_lora_adapter":
                name = body["lora_name"]
                if state.fail_loads:
                    self._send(500, {"error": {"message": "out of LoRA slots"}})
                elif name in state.adapters:
                    self._send(400, {"error": {"message": f"The lora adapter '{name}' has already been loaded."}})
                else:
                    state.adapters[name] = body["lora_path"]
                    state.loads.append((name, body["lora_path"]))
                    self._send(200, "Success")
            elif self.path == "/v1/unload_lora_adapter":
                if state.adapters.pop(body["lora_name"], None) is None:
                    self._send(404, {"error": {"message": "cannot be found"}})
                else:
                    self._send(200, "Success")
            elif self.path == "/v1/completions":
                self._complete(body)
            else:
                self._send(404, {"error": {"message": "not found"}})

        def _complete(self, body: dict[str, Any]) -> None:
            model = body["model"]
            if model != BASE and model not in state.adapters:
                self._send(404, {"error": {"message": f"The model `{model}` does not exist."}})
                return
            prompts = body["prompt"] if isinstance(body["prompt"], list) else [body["prompt"]]
            if body.get("echo"):
                word = state.favourite.get(model, "")
                choices = [
                    _scored_choice(i, p, p.rsplit(" ", 1)[0], p.endswith(f" {word}")) for i, p in enumerate(prompts)
                ]
            else:  # the entity lines: "-" is a valid answer with no entities
                choices = [{"index": 0, "text": "-", "logprobs": None, "finish_reason": "stop"}]
            self._send(200, {"id": "c", "object": "text_completion", "created": 0, "model": model, "choices": choices})

    return Handler


@pytest.fixture
def fakes() -> Iterator[list[FakeVLLM]]:
    """Two fake replicas on free loopback ports."""
    servers, states = [], []
    for _ in range(2):
        state = FakeVLLM()
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
        threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
        servers.append(httpd)
        states.append(state)
    yield states
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def word(intent: str) -> str:
    return load_contract().intent(intent).word


@pytest.fixture
def registry(engine: Engine, tmp_path: Path) -> dict[str, str]:
    """Adapters v1 (active) and v2, v3 (candidates) with real folders; v1 was promoted through the registry."""
    paths = {}
    with Session(engine) as session:
        for name in ("destek-v1", "destek-v2", "destek-v3"):
            folder = tmp_path / name
            folder.mkdir()
            paths[name] = str(folder)
            session.add(Adapter(name=name, base_model=BASE, path=str(folder)))
        session.commit()
    registry_promote(engine, "destek-v1")
    return paths


def active_name(engine: Engine) -> str | None:
    with Session(engine) as session:
        row = session.exec(select(Adapter).where(Adapter.status == "active")).first()
        return row.name if row else None


def adapter_row(engine: Engine, name: str) -> Adapter:
    with Session(engine) as session:
        return session.exec(select(Adapter).where(Adapter.name == name)).one()


def serve_v1(fakes: list[FakeVLLM], paths: dict[str, str]) -> list[Replica]:
    for fake in fakes:
        fake.adapters["destek-v1"] = paths["destek-v1"]
    return [Replica(f.url) for f in fakes]


def test_promote_loads_everywhere_switches_the_alias_and_unloads_the_old(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    for fake in fakes:
        fake.favourite["destek-v2"] = word("siparis_iptal")
    report = promote(
        engine,
        "destek-v2",
        registry["destek-v2"],
        replicas,
        ["4815162342 nolu siparişimi iptal etmek istiyorum"],
        ["siparis_iptal"],
        switch=lambda: registry_promote(engine, "destek-v2"),
    )
    assert active_name(engine) == "destek-v2"
    assert adapter_row(engine, "destek-v1").status == "retired"
    for fake in fakes:
        assert fake.adapters == {"destek-v2": registry["destek-v2"]}
    assert report.previous == "destek-v1"
    assert [c.agreement for c in report.canaries] == [1.0, 1.0]
    assert report.drained and not report.unload_errors
    assert report.as_dict()["total_s"] >= 0


def test_a_failing_canary_switches_nothing_and_unloads_the_candidate(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[0].favourite["destek-v2"] = word("siparis_iptal")
    fakes[1].favourite["destek-v2"] = word("tesekkur")  # this replica disagrees with the gate
    with pytest.raises(SwapError, match=r"canary on .* agreed 0% < 80%"):
        promote(
            engine,
            "destek-v2",
            registry["destek-v2"],
            replicas,
            ["siparişimi iptal edin"],
            ["siparis_iptal"],
            switch=lambda: registry_promote(engine, "destek-v2"),
        )
    assert active_name(engine) == "destek-v1"
    for fake in fakes:
        assert fake.adapters == {"destek-v1": registry["destek-v1"]}
    failed = adapter_row(engine, "destek-v2")
    assert failed.status == "candidate"
    assert failed.reason.startswith("hot-swap failed: canary")
    assert failed.gate["hotswap"]["step"] == "canary"
    assert failed.gate["hotswap"]["answers"][0]["intent"] == "tesekkur"


def test_a_replica_that_cannot_load_leaves_everything_as_it_was(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[1].fail_loads = True
    with pytest.raises(SwapError, match="out of LoRA slots"):
        promote(
            engine, "destek-v2", registry["destek-v2"], replicas, switch=lambda: registry_promote(engine, "destek-v2")
        )
    assert active_name(engine) == "destek-v1"
    assert fakes[0].loads == [("destek-v2", registry["destek-v2"])]  # it was loaded on the first replica ...
    for fake in fakes:
        assert fake.adapters == {"destek-v1": registry["destek-v1"]}  # ... and rolled back
    assert adapter_row(engine, "destek-v2").gate["hotswap"]["step"] == "load"


def test_a_name_is_never_reused_for_other_weights(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[1].adapters["destek-v2"] = "/somewhere/else"  # a stale copy under the same name
    with pytest.raises(SwapError, match="never reused"):
        promote(
            engine, "destek-v2", registry["destek-v2"], replicas, switch=lambda: registry_promote(engine, "destek-v2")
        )
    assert active_name(engine) == "destek-v1"
    assert "destek-v2" not in fakes[0].adapters
    assert fakes[1].adapters["destek-v2"] == "/somewhere/else"  # not ours to unload


def test_promote_then_rollback_serves_each_name_from_its_own_folder(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    promote(engine, "destek-v2", registry["destek-v2"], replicas, switch=lambda: registry_promote(engine, "destek-v2"))
    promote(engine, "destek-v3", registry["destek-v3"], replicas, switch=lambda: registry_promote(engine, "destek-v3"))
    report = rollback(engine, "destek-v2", replicas, switch=lambda: registry_rollback(engine))
    assert active_name(engine) == "destek-v2"
    assert report.previous == "destek-v3"
    for fake in fakes:
        assert fake.adapters == {"destek-v2": registry["destek-v2"]}
        assert all(path == registry[name] for name, path in fake.loads)
        assert [name for name, _ in fake.loads] == ["destek-v2", "destek-v3", "destek-v2"]


def test_the_old_adapter_is_unloaded_only_after_its_requests_drained(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    counts = iter([2, 1, 1, 0])
    seen_loaded = []

    def inflight(adapter: str) -> int:
        assert adapter == "destek-v1"
        seen_loaded.append("destek-v1" in fakes[0].adapters)
        return next(counts)

    report = promote(
        engine,
        "destek-v2",
        registry["destek-v2"],
        replicas,
        switch=lambda: registry_promote(engine, "destek-v2"),
        inflight=inflight,
        poll_s=0.001,
    )
    assert report.drained
    assert seen_loaded == [True, True, True, True]  # still served while requests ran on it
    assert "destek-v1" not in fakes[0].adapters


def test_a_stuck_request_does_not_pin_the_old_adapter_forever(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    report = promote(
        engine,
        "destek-v2",
        registry["destek-v2"],
        replicas,
        switch=lambda: registry_promote(engine, "destek-v2"),
        inflight=lambda adapter: 1,
        drain_timeout_s=0.05,
        poll_s=0.01,
    )
    assert not report.drained
    assert active_name(engine) == "destek-v2"
    assert all("destek-v1" not in fake.adapters for fake in fakes)


def test_reconcile_reloads_the_active_adapter_on_a_restarted_replica(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    fakes[1].restart()
    active = adapter_row(engine, "destek-v1")
    assert reconcile(replicas, active) == [fakes[1].url]
    assert fakes[1].adapters == {"destek-v1": registry["destek-v1"]}
    assert reconcile(replicas, active) == []  # nothing left to fix
    assert reconcile(replicas, None) == []  # the base model needs no adapter


def test_promoting_the_active_adapter_is_refused(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)
    with pytest.raises(SwapError, match="already active"):
        promote(engine, "destek-v1", registry["destek-v1"], replicas, switch=lambda: None)


def test_a_failing_switch_unloads_the_candidate(
    engine: Engine, registry: dict[str, str], fakes: list[FakeVLLM]
) -> None:
    replicas = serve_v1(fakes, registry)

    def broken_switch() -> None:
        raise RuntimeError("database is locked")

    with pytest.raises(SwapError, match="the switch failed: database is locked"):
        promote(engine, "destek-v2", registry["destek-v2"], replicas, switch=broken_switch)
    assert active_name(engine) == "destek-v1"
    assert all(fake.adapters == {"destek-v1": registry["destek-v1"]} for fake in fakes)
    assert adapter_row(engine, "destek-v2").gate["hotswap"]["step"] == "switch"
