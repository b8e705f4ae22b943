"""serving.factory.make_bot: which adapter and which auto-resolve threshold the bot gets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

import serving.local_llm
from db.models import Adapter
from serving.factory import BotSettings, make_bot
from serving.routing import DEFAULT_THRESHOLD, NO_SAFE_THRESHOLD


class RecordingBackend:
    """Stands in for the embedded model: records what it was built with, loads nothing."""

    def __init__(self, model: str, adapter: str | None = None, adapter_name: str | None = None) -> None:
        self.model_name, self.adapter, self.adapter_name = model, adapter, adapter_name


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serving.local_llm, "TransformersBackend", RecordingBackend)


def _activate(engine: Engine, tmp_path: Path, gate: dict[str, Any] | None) -> None:
    with Session(engine) as session:
        session.add(Adapter(name="a-1", base_model="gemma3-270m", path=str(tmp_path), status="active", gate=gate))
        session.commit()


def test_no_adapter_uses_the_default_threshold(engine: Engine) -> None:
    bot = make_bot(BotSettings(), engine)
    assert bot.threshold == DEFAULT_THRESHOLD and bot.backend.adapter is None


def test_the_active_adapter_brings_its_gate_threshold(engine: Engine, tmp_path: Path) -> None:
    _activate(engine, tmp_path, {"threshold": 0.73, "passed": True})
    bot = make_bot(BotSettings(), engine)
    assert bot.threshold == 0.73
    assert (bot.backend.adapter, bot.backend.adapter_name) == (str(tmp_path), "a-1")


def test_a_gate_without_a_safe_threshold_auto_resolves_nothing(engine: Engine, tmp_path: Path) -> None:
    _activate(engine, tmp_path, {"threshold": None, "passed": True})
    bot = make_bot(BotSettings(), engine)
    assert bot.threshold == NO_SAFE_THRESHOLD > 1.0  # above any confidence: every ticket goes to a human


def test_an_explicit_threshold_wins(engine: Engine, tmp_path: Path) -> None:
    _activate(engine, tmp_path, {"threshold": None})
    assert make_bot(BotSettings(threshold=0.9), engine).threshold == 0.9


def test_the_adapters_classifier_and_calibration_come_with_it(engine: Engine, tmp_path: Path) -> None:
    from serving.calibration import Calibration
    from serving.intent_classifier import IntentClassifier

    intents = ("siparis_status", "iade_baslat")
    IntentClassifier.fit(["siparişim nerede", "iade edeceğim"] * 3, list(intents) * 3, intents).save(
        tmp_path / "intent_ngrams.npz"
    )
    Calibration(model_weight=0.5, ngram_weight=0.7).save(tmp_path)
    _activate(engine, tmp_path, {"threshold": 0.9})
    with pytest.raises(ValueError, match="other intents"):  # a classifier must know the contract's intents
        make_bot(BotSettings(), engine)
    (tmp_path / "intent_ngrams.npz").unlink()
    bot = make_bot(BotSettings(), engine)
    assert bot.classifier is None and bot.calibration.ngram_weight == 0.7


def test_a_broken_calibration_file_is_left_out_with_a_warning(
    engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "calibration.json").write_text("{broken", encoding="utf-8")
    _activate(engine, tmp_path, {"threshold": 0.9})
    bot = make_bot(BotSettings(), engine)
    assert bot.calibration.model_weight == 1.0
    assert "calibration.json" in caplog.text


def test_an_adapter_that_cannot_be_loaded_falls_back_to_the_base_model(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class BrokenAdapterBackend(RecordingBackend):
        def __init__(self, model: str, adapter: str | None = None, adapter_name: str | None = None) -> None:
            if adapter is not None:
                raise OSError(f"{adapter}/adapter_model.safetensors: invalid header")
            super().__init__(model, adapter, adapter_name)

    monkeypatch.setattr(serving.local_llm, "TransformersBackend", BrokenAdapterBackend)
    _activate(engine, tmp_path, {"threshold": 0.5})
    bot = make_bot(BotSettings(), engine)
    assert bot.backend.adapter is None
    assert bot.threshold == NO_SAFE_THRESHOLD  # the base model's drafts are never auto-resolved
    assert "adapter_model.safetensors" in capsys.readouterr().out
