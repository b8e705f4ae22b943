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
