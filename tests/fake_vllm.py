"""A fake vLLM replica for hot-swap tests: an in-process HTTP server that speaks the parts of vLLM's API that
serving/hotswap.py and the bot use (health, models, LoRA load/unload, completions with echo+logprobs).

The fake answers each scoring request so that one intent per served model wins, which lets a test decide
whether a canary agrees; it can be told to fail loads and to "restart" (forget its adapters). The `fakes` and
`registry` fixtures are shared through conftest.py.
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
from serving.hotswap import Replica
from training.registry import promote as registry_promote

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


class JsonHandler(BaseHTTPRequestHandler):
    """A quiet request handler that answers JSON; the fakes of vLLM's HTTP API build on it."""

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
        pass

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _handler(state: FakeVLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(JsonHandler):
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
