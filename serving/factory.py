"""Build the bot the configuration asks for: the embedded model in-process, or a vLLM server over HTTP.

Settings come from options or the environment, so the CLI, the review app and the HTTP API all draft with
the same model:
  DESTEK_BACKEND   local (default: the embedded model on CPU) or vllm
  DESTEK_MODEL     embedded model name or HF folder (local), or the served base model name (vllm)
  DESTEK_ADAPTER   a LoRA adapter folder (local) or served adapter name (vllm); default: the active adapter
  DESTEK_VLLM_URL  the OpenAI-compatible base URL of vLLM, e.g. http://127.0.0.1:8000/v1
  DESTEK_THRESHOLD the auto-resolve confidence threshold
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import Adapter
from serving.bot import Bot
from serving.calibration import FILE_NAME as CALIBRATION_FILE, Calibration
from serving.embedded import DEFAULT_EMBEDDED_MODEL
from serving.intent_classifier import FILE_NAME as CLASSIFIER_FILE, IntentClassifier
from serving.routing import DEFAULT_THRESHOLD, NO_SAFE_THRESHOLD

ACTIVE = "active"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BotSettings:
    backend: str = "local"
    model: str = DEFAULT_EMBEDDED_MODEL
    adapter: str | None = None
    vllm_url: str = "http://127.0.0.1:8000/v1"
    threshold: float | None = None

    @classmethod
    def from_env(cls) -> BotSettings:
        threshold = os.environ.get("DESTEK_THRESHOLD")
        return cls(
            backend=os.environ.get("DESTEK_BACKEND", "local"),
            model=os.environ.get("DESTEK_MODEL", DEFAULT_EMBEDDED_MODEL),
            adapter=os.environ.get("DESTEK_ADAPTER") or None,
            vllm_url=os.environ.get("DESTEK_VLLM_URL", "http://127.0.0.1:8000/v1"),
            threshold=float(threshold) if threshold else None,
        )


def active_adapter(engine: Engine) -> Adapter | None:
    """The adapter the bot serves now (promoted by the evaluation gate), if any."""
    with Session(engine) as session:
        return session.exec(select(Adapter).where(Adapter.status == ACTIVE)).first()


def adapter_companions(adapter_path: str | Path | None) -> tuple[IntentClassifier | None, Calibration | None]:
    """The intent classifier and calibration saved beside an adapter (None for what is not there).

    A file that cannot be read is logged with its name and left out: the bot then drafts with the model's
    own distribution, which is worse calibrated but never a crash.
    """
    if adapter_path is None or not Path(adapter_path).is_dir():
        return None, None
    folder = Path(adapter_path)
    classifier = calibration = None
    if (folder / CLASSIFIER_FILE).is_file():
        try:
            classifier = IntentClassifier.load(folder / CLASSIFIER_FILE)
        except ValueError as exc:
            log.warning("intent classifier left out: %s", exc)
    if (folder / CALIBRATION_FILE).is_file():
        try:
            calibration = Calibration.load(folder)
        except ValueError as exc:
            log.warning("calibration left out: %s", exc)
    return classifier, calibration


def make_bot(settings: BotSettings, engine: Engine | None = None) -> Bot:
    """A bot for `settings`; without an explicit adapter it uses the active one recorded in the database."""
    adapter_path, adapter_name = settings.adapter, settings.adapter
    threshold = settings.threshold
    if adapter_path is None and engine is not None:
        active = active_adapter(engine)
        if active is not None:
            adapter_path, adapter_name = active.path, active.name
            if threshold is None and active.gate and "threshold" in active.gate:
                # None from the gate means no threshold reached the target precision: nothing is auto-resolved.
                threshold = active.gate["threshold"]
                if threshold is None:
                    threshold = NO_SAFE_THRESHOLD
    if threshold is None:
        threshold = DEFAULT_THRESHOLD
    if settings.backend == "vllm":
        from serving.llm import OpenAICompatibleBackend, OpenAISettings

        backend = OpenAICompatibleBackend(
            OpenAISettings(base_url=settings.vllm_url, model=settings.model, adapter=adapter_name)
        )
    elif settings.backend == "local":
        from serving.local_llm import TransformersBackend

        try:
            backend = TransformersBackend(settings.model, adapter=adapter_path, adapter_name=adapter_name)
        except Exception as exc:  # a corrupted or mismatched adapter must not take the whole bot down
            if adapter_path is None:
                raise
            log.warning("adapter %s could not be loaded (%s); drafting with the base model", adapter_path, exc)
            print(f"Warning: adapter {adapter_path} could not be loaded ({exc}); drafting with the base model.")
            backend = TransformersBackend(settings.model)
            return Bot(backend, threshold=NO_SAFE_THRESHOLD)
    else:
        raise ValueError(f"unknown backend {settings.backend!r}: use 'local' or 'vllm'")
    classifier, calibration = adapter_companions(adapter_path)
    return Bot(backend, threshold=threshold, classifier=classifier, calibration=calibration)
