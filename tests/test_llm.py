"""serving/llm.py: the backend-neutral pieces (the timing wrapper every benchmark uses, the server root rule)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from serving.llm import LLMError, TimedBackend, server_root


class SlowFake:
    """A backend whose generate fails on demand, so the wrapper's `finally` is exercised."""

    model_name, adapter_name = "fake-model", "fake-adapter"

    def __init__(self) -> None:
        self.fail = False

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        return [-float(len(c)) for c in continuations]

    def generate(
        self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
    ) -> str:
        if self.fail:
            raise LLMError("down")
        return prompt[:max_new_tokens]


def test_timed_backend_delegates_and_adds_each_calls_time_to_the_shared_counters() -> None:
    counters = {"score": 0.0, "generate": 0.0, "tools": 0.0}
    timed = TimedBackend(SlowFake(), counters)
    assert (timed.model_name, timed.adapter_name) == ("fake-model", "fake-adapter")
    assert timed.score("p", ["ab", "c"]) == [-2.0, -1.0]
    assert timed.generate("hello", max_new_tokens=3, stop=()) == "hel"
    assert counters["score"] > 0 and counters["generate"] > 0 and counters["tools"] == 0.0
    assert timed.calls == {"score": 1, "generate": 1}
    counters.update(score=0.0, generate=0.0)  # the latency bench resets them between tickets
    timed.generate("hello", max_new_tokens=1, stop=())
    assert timed.seconds["generate"] > 0 and timed.seconds["score"] == 0.0


def test_timed_backend_counts_a_failed_call_and_lets_the_error_through() -> None:
    fake = SlowFake()
    timed = TimedBackend(fake)
    fake.fail = True
    with pytest.raises(LLMError):
        timed.generate("hello", max_new_tokens=3, stop=())
    assert timed.calls["generate"] == 1 and timed.seconds["generate"] > 0


@pytest.mark.parametrize(
    "url", ["http://vllm:8000", "http://vllm:8000/", "http://vllm:8000/v1", "http://vllm:8000/v1/"]
)
def test_server_root_accepts_the_root_or_the_v1_url(url: str) -> None:
    assert server_root(url) == "http://vllm:8000"
