"""A real Destek API server process for the crash test: `create_app` under uvicorn, with a slow fake model.

Run as `python -m tests.integration.api_server PORT DELAY_S` with DATABASE_URL set. The fake model takes
DELAY_S seconds to score, so a test can kill the process while drafts are in flight.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

import uvicorn

from db.engine import make_engine
from serving.api import create_app
from serving.bot import Bot
from tests.test_api import FakeBackend


class SlowBackend(FakeBackend):
    """The API tests' fake model, slowed down to a real model's pace."""

    def __init__(self, delay_s: float) -> None:
        super().__init__()
        self.delay_s = delay_s

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        time.sleep(self.delay_s)
        return super().score(prompt, continuations)


def main(port: int, delay_s: float) -> None:
    app = create_app(make_engine(), Bot(SlowBackend(delay_s)), follow_active=False)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main(int(sys.argv[1]), float(sys.argv[2]))
