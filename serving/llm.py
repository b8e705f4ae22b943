"""LLM backends behind one small interface: score continuations, and generate greedily.

The bot needs exactly two things from a model: the log-likelihood of each of the 44 intent ids after the
prompt (one pass gives a calibrated distribution, the draft's confidence), and a short greedy completion
(the entity lines). The same prompts and parsers serve an in-process transformers model on CPU
(serving/local_llm.py) and any vLLM server over its OpenAI-compatible HTTP API (this module), so code
tested on a laptop runs unchanged against a GPU cluster.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import httpx

T = TypeVar("T")


class LLMError(RuntimeError):
    """The model could not answer (server down, timeout after retries, malformed response)."""


class LLMBackend(Protocol):
    """What the bot needs from a language model."""

    @property
    def model_name(self) -> str: ...

    @property
    def adapter_name(self) -> str | None: ...

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Total log-probability of each continuation after `prompt`."""
        ...

    def generate(
        self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
    ) -> str:
        """Greedy completion of `prompt`, cut at the first stop string.

        `vocabulary`: strings whose tokens the answer is made of. A backend that can constrain decoding keeps
        to them (and end of text); one that cannot ignores it, and the parser still drops any entity value
        the ticket does not contain.
        """
        ...


class TimedBackend:
    """An LLMBackend that adds the wall time of each call to `seconds["score"]` / `seconds["generate"]` and
    counts the calls, and otherwise only delegates.

    Why one class: the latency benchmark splits a draft's time into its model calls and the backend
    comparison measures generation speed; both need the same transparent wrapper around whatever backend
    serves, so the timing rule is written once.
    """

    def __init__(self, inner: LLMBackend, seconds: dict[str, float] | None = None) -> None:
        self.inner = inner
        self.seconds = seconds if seconds is not None else {}
        self.seconds.setdefault("score", 0.0)
        self.seconds.setdefault("generate", 0.0)
        self.calls = {"score": 0, "generate": 0}

    @property
    def model_name(self) -> str:
        return self.inner.model_name

    @property
    def adapter_name(self) -> str | None:
        return self.inner.adapter_name

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        started = time.perf_counter()
        try:
            return self.inner.score(prompt, continuations)
        finally:
            self.seconds["score"] += time.perf_counter() - started
            self.calls["score"] += 1

    def generate(
        self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
    ) -> str:
        started = time.perf_counter()
        try:
            return self.inner.generate(prompt, max_new_tokens=max_new_tokens, stop=stop, vocabulary=vocabulary)
        finally:
            self.seconds["generate"] += time.perf_counter() - started
            self.calls["generate"] += 1


def server_root(url: str) -> str:
    """The root of an OpenAI-compatible server given as its root or its /v1 URL: vLLM's /tokenize, /metrics
    and adapter-loading endpoints live at the root, the chat and completion API under /v1."""
    return url.rstrip("/").removesuffix("/v1")


@dataclass(frozen=True)
class OpenAISettings:
    """Where a vLLM (or other OpenAI-compatible) server is, and which model or LoRA name to ask for."""

    base_url: str
    model: str
    adapter: str | None = None
    api_key: str = "EMPTY"
    timeout_s: float = 30.0
    max_retries: int = 3
    backoff_s: float = 0.5
    label_reads: bool = True
    """Score one-token continuations with vLLM's `logprob_token_ids` (falls back to echo when unsupported)."""


def with_retries(call: Callable[[], T], *, retries: int, backoff_s: float, what: str) -> T:
    """Run `call`, retrying transient failures with exponential backoff, then raise LLMError."""
    import openai

    transient = (openai.APIConnectionError, openai.APITimeoutError, openai.InternalServerError, openai.RateLimitError)
    for attempt in range(retries + 1):
        try:
            return call()
        except transient as exc:
            if attempt == retries:
                raise LLMError(f"{what} failed after {retries + 1} attempts: {exc}") from exc
            time.sleep(backoff_s * 2**attempt)
        except openai.APIStatusError as exc:
            raise LLMError(f"{what} was refused ({exc.status_code}): {exc.message}") from exc
    raise AssertionError("unreachable")


class OpenAICompatibleBackend:
    """A vLLM server through the `openai` client: completions API, greedy, with prompt log-probs for scoring.

    The request names the LoRA adapter (vLLM serves each loaded adapter as a model name) or the base model.
    """

    def __init__(self, settings: OpenAISettings) -> None:
        import openai

        self.settings = settings
        self._client = openai.OpenAI(
            base_url=settings.base_url, api_key=settings.api_key, timeout=settings.timeout_s, max_retries=0
        )
        # vLLM's /tokenize lives at the server root, beside /v1.
        self._server_root = server_root(settings.base_url)
        self._label_reads = settings.label_reads
        self._token_ids: dict[str, int | None] = {}

    @property
    def model_name(self) -> str:
        return self.settings.model

    @property
    def adapter_name(self) -> str | None:
        return self.settings.adapter

    @property
    def _served_name(self) -> str:
        return self.settings.adapter or self.settings.model

    def _retry(self, call: Callable[[], T], what: str) -> T:
        return with_retries(call, retries=self.settings.max_retries, backoff_s=self.settings.backoff_s, what=what)

    def generate(
        self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
    ) -> str:
        """`vocabulary` is not sent: vLLM's `allowed_token_ids` would need the server's token ids of every word
        of the ticket (a /tokenize round trip each) and its end-of-text id; on a GPU the free answer is fast
        and the parser drops any entity value the ticket does not contain."""
        response = self._retry(
            lambda: self._client.completions.create(
                model=self._served_name,
                prompt=prompt,
                max_tokens=max_new_tokens,
                temperature=0.0,
                stop=list(stop) or None,
            ),
            "completion",
        )
        if not response.choices:
            raise LLMError("completion returned no choices")
        return response.choices[0].text

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Log-probability of each continuation after `prompt`.

        When every continuation is one token (the contract's intent words are), one request asks vLLM for
        exactly those tokens' log-probs at the next position (`logprob_token_ids`): one prefill, no echo,
        ~0.5 s on the CPU build against ~30 s for echoing 44 prompts. Servers without that parameter or
        without /tokenize, and multi-token continuations, fall back to echo scoring.
        """
        token_ids = self._single_token_ids(continuations) if self._label_reads else None
        if token_ids is not None:
            try:
                return self._score_label_tokens(prompt, token_ids)
            except LLMError as exc:
                if "logprob_token_ids" not in str(exc):
                    raise
                self._label_reads = False  # an older server: echo from now on
        return self._score_by_echo(prompt, continuations)

    def _single_token_ids(self, continuations: Sequence[str]) -> list[int] | None:
        """Each continuation's token id through the server's /tokenize, or None if one is not a single token."""
        missing = [c for c in continuations if c not in self._token_ids]
        for continuation in missing:
            try:
                response = httpx.post(
                    f"{self._server_root}/tokenize",
                    json={"model": self.settings.model, "prompt": continuation, "add_special_tokens": False},
                    timeout=self.settings.timeout_s,
                )
            except httpx.HTTPError:
                return None  # transient: echo this time, try the fast route again next time
            if response.status_code != 200:
                self._label_reads = False  # not vLLM (no /tokenize): echo from now on
                return None
            tokens = response.json().get("tokens") or []
            self._token_ids[continuation] = tokens[0] if len(tokens) == 1 else None
        ids = [self._token_ids[c] for c in continuations]
        return None if any(i is None for i in ids) else ids

    def _score_label_tokens(self, prompt: str, token_ids: list[int]) -> list[float]:
        response = self._retry(
            lambda: self._client.completions.create(
                model=self._served_name,
                prompt=prompt,
                max_tokens=1,
                temperature=0.0,
                logprobs=1,
                extra_body={"logprob_token_ids": token_ids, "return_tokens_as_token_ids": True},
            ),
            "scoring",
        )
        logprobs = response.choices[0].logprobs if response.choices else None
        top = (logprobs.top_logprobs or [None])[0] if logprobs is not None else None
        if not top:
            raise LLMError("the server returned no logprob_token_ids log-probs")
        by_id = {int(key.removeprefix("token_id:")): value for key, value in top.items() if key.startswith("token_id:")}
        missing = [i for i in token_ids if i not in by_id]
        if missing:
            raise LLMError(f"the server ignored logprob_token_ids (no log-prob for tokens {missing[:5]})")
        return [by_id[i] for i in token_ids]

    def _score_by_echo(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Echo each prompt+continuation with prompt log-probs; sum those of the continuation's tokens.

        With vLLM's prefix caching the shared prompt is computed once, so 44 candidates cost little more
        than one.
        """
        response = self._retry(
            lambda: self._client.completions.create(
                model=self._served_name,
                prompt=[prompt + continuation for continuation in continuations],
                max_tokens=1,
                temperature=0.0,
                echo=True,
                logprobs=0,
            ),
            "scoring",
        )
        scores = [math.nan] * len(continuations)
        for choice in response.choices:
            logprobs = choice.logprobs
            if logprobs is None or logprobs.text_offset is None or logprobs.token_logprobs is None:
                raise LLMError("the server returned no prompt log-probs (is echo supported?)")
            # Token offsets count special tokens that the echoed text may leave out (vLLM: "<bos>" at offset 0,
            # the text from offset 5, but `text` starts at the text), so find our text in the joined tokens,
            # whose positions are the offsets' own.
            echoed = "".join(logprobs.tokens) if logprobs.tokens else (choice.text or "")
            shift = echoed.find(prompt + continuations[choice.index])
            if shift == -1:
                raise LLMError("the echoed prompt does not contain the scored text")
            start, end = shift + len(prompt), shift + len(prompt) + len(continuations[choice.index])
            total = 0.0
            for offset, value in zip(logprobs.text_offset, logprobs.token_logprobs, strict=False):
                if start <= offset < end and value is not None:
                    total += value
            scores[choice.index] = total
        if any(math.isnan(s) for s in scores):
            raise LLMError("scoring response is missing candidates")
        return scores
