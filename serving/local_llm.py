"""The in-process LLM backend: the embedded model (optionally with a LoRA adapter) on CPU with transformers.

Speed on a 2-core CPU comes from never computing the same thing twice:
- the fixed prompt prefix is run once at start-up and its KV cache is copied for each ticket;
- the ticket is run once; the 44 intent ids are scored in ONE batched pass over that cache (the
  confidence), and entity generation continues from the same cache;
- generation stops at the blank line that ends an answer.

Prompts are tokenized in fixed pieces (prefix | ticket | intent | entities) and training tokenizes its
examples with the same `encode_pieces`, so the token boundaries the adapter learns are the ones it sees here.
"""

from __future__ import annotations

import copy
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from serving.embedded import DEFAULT_EMBEDDED_MODEL, load_model_and_tokenizer
from serving.prompt import prompt_prefix

STOP = "\n\n"
# generate() warns that `past_key_values` will be renamed in transformers 6 (pinned below 5.40 in pyproject).
warnings.filterwarnings("ignore", message=r".*`past_key_values` is deprecated.*", category=FutureWarning)


def encode_pieces(tokenizer: Any, pieces: Sequence[str]) -> list[list[int]]:
    """Token ids of each piece, tokenized separately; the first piece gets the model's BOS token if it has one."""
    encoded = []
    for n, piece in enumerate(pieces):
        ids = tokenizer(piece, add_special_tokens=False)["input_ids"]
        if n == 0 and tokenizer.bos_token_id is not None:
            ids = [tokenizer.bos_token_id, *ids]
        encoded.append(ids)
    return encoded


class TransformersBackend:
    """An LLMBackend over a local transformers model; one request at a time (a lock guards the model)."""

    def __init__(
        self,
        model_name: str = DEFAULT_EMBEDDED_MODEL,
        *,
        adapter: str | Path | None = None,
        adapter_name: str | None = None,
    ) -> None:
        import torch

        self._torch = torch
        self._model_name = str(model_name)
        self._adapter_name = adapter_name or (Path(adapter).name if adapter else None)
        self.model, self.tokenizer = load_model_and_tokenizer(model_name, adapter=adapter)
        self._lock = threading.Lock()
        self._prefix = prompt_prefix()
        self._prefix_ids = encode_pieces(self.tokenizer, [self._prefix])[0]
        self._prefix_cache = self._run(self._prefix_ids, None)[1]
        self._continuations: dict[tuple[str, ...], tuple[Any, Any, list[int]]] = {}
        self._last: tuple[str, list[int], Any] | None = None

    @property
    def model_name(self) -> str:
        return self._model_name

    @property
    def adapter_name(self) -> str | None:
        return self._adapter_name

    def _run(self, ids: list[int], cache: Any, start: int = 0) -> tuple[Any, Any]:
        """Forward `ids` after `cache` (positions from `start`); returns (last logits, the extended cache)."""
        from transformers import DynamicCache

        torch = self._torch
        cache = cache if cache is not None else DynamicCache(config=self.model.config)
        with torch.inference_mode():
            out = self.model(
                input_ids=torch.tensor([ids]),
                cache=cache,
                use_cache=True,
                position_ids=torch.arange(start, start + len(ids)).unsqueeze(0),
                logits_to_keep=1,  # the output layer is 262k wide: computing it for every prompt token is waste
            )
        return out.logits[0, -1], out.past_key_values

    def _prompt_state(self, prompt: str) -> tuple[list[int], Any, Any]:
        """(all prompt ids, cache over them, logits after them), reusing the prefix cache when it applies."""
        if prompt.startswith(self._prefix):
            rest_ids = encode_pieces(self.tokenizer, ["", prompt[len(self._prefix) :]])[1]
            logits, cache = self._run(rest_ids, copy.deepcopy(self._prefix_cache), len(self._prefix_ids))
            return self._prefix_ids + rest_ids, cache, logits
        ids = encode_pieces(self.tokenizer, [prompt])[0]
        logits, cache = self._run(ids, None)
        return ids, cache, logits

    def _candidates(self, continuations: Sequence[str]) -> tuple[Any, Any, list[int]]:
        key = tuple(continuations)
        if key not in self._continuations:
            torch = self._torch
            encoded = [encode_pieces(self.tokenizer, ["", c])[1] for c in continuations]
            width = max(len(ids) for ids in encoded)
            pad = self.tokenizer.pad_token_id or 0
            ids = torch.tensor([e + [pad] * (width - len(e)) for e in encoded])
            mask = torch.tensor([[1.0] * len(e) + [0.0] * (width - len(e)) for e in encoded])
            self._continuations[key] = (ids, mask, [len(e) for e in encoded])
        return self._continuations[key]

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Summed log-probs of each continuation, all in one batched pass over the prompt's cache.

        When every continuation is a single token (the intent words are, for the embedded model), the prompt's
        own last logits hold the answer and no extra pass runs. Otherwise the candidates are batched; right
        padding needs no attention mask: attention is causal and pads come after every real token.
        """
        torch = self._torch
        ids, mask, _ = self._candidates(continuations)
        with self._lock, torch.inference_mode():
            prompt_ids, cache, logits = self._prompt_state(prompt)
            self._last = (prompt, prompt_ids, cache if ids.shape[1] == 1 else copy.deepcopy(cache))
            first = torch.log_softmax(logits.float(), -1)[ids[:, 0]]
            if ids.shape[1] == 1:
                return [float(t) for t in first]
            n = ids.shape[0]
            cache.batch_repeat_interleave(n)
            start = len(prompt_ids)
            positions = torch.arange(start, start + ids.shape[1]).unsqueeze(0).expand(n, -1)
            out = self.model(input_ids=ids, cache=cache, position_ids=positions, use_cache=True)
            rest = torch.log_softmax(out.logits[:, :-1].float(), -1).gather(-1, ids[:, 1:, None])[..., 0]
            totals = first + (rest * mask[:, 1:]).sum(-1)
        return [float(t) for t in totals]

    def generate(
        self,
        prompt: str,
        *,
        max_new_tokens: int,
        stop: Sequence[str] = (STOP,),
        vocabulary: Sequence[str] | None = None,
    ) -> str:
        """Greedy continuation; continues from the last scored prompt's cache when `prompt` extends it.

        With `vocabulary` the answer is constrained to the tokens of those strings (each also cut into words,
        with and without a leading space), newlines and the end-of-text token: the bot passes the ticket and
        the entity line starts, so an entity value can only be copied from the ticket. Only those rows of
        the output layer are computed, which is most of the speed: Gemma's output layer (262k x 640) is
        bigger than the rest of the model, and a ticket uses ~100 distinct tokens.
        """
        torch = self._torch
        with self._lock, torch.inference_mode():
            if self._last is not None and prompt.startswith(self._last[0]):
                last_prompt, prompt_ids, cache = self._last
                tail = encode_pieces(self.tokenizer, ["", prompt[len(last_prompt) :]])[1]
                ids, cache = prompt_ids + tail, copy.deepcopy(cache)
            elif prompt.startswith(self._prefix):
                rest = encode_pieces(self.tokenizer, ["", prompt[len(self._prefix) :]])[1]
                ids, cache = self._prefix_ids + rest, copy.deepcopy(self._prefix_cache)
            else:
                ids, cache = encode_pieces(self.tokenizer, [prompt])[0], None
            allowed = self._allowed_tokens(vocabulary) if vocabulary is not None else None
            new = self._greedy(ids, cache, max_new_tokens, stop, allowed)
        text = self.tokenizer.decode(new, skip_special_tokens=True)
        for marker in stop:
            text = text.split(marker, 1)[0]
        return text

    def _allowed_tokens(self, vocabulary: Sequence[str]) -> Any:
        """The token ids a constrained answer may use, sorted, as a tensor."""
        pieces = {"\n", "\n\n"}
        for text in vocabulary:
            pieces.add(text)
            for word in text.split():
                pieces.update((word, " " + word))
        ids = {token for piece in pieces for token in encode_pieces(self.tokenizer, ["", piece])[1]}
        if self.tokenizer.eos_token_id is not None:
            ids.add(self.tokenizer.eos_token_id)
        return self._torch.tensor(sorted(ids))

    def _greedy(self, ids: list[int], cache: Any, max_new_tokens: int, stop: Sequence[str], allowed: Any) -> list[int]:
        """Greedy decoding one token at a time over the cache; stops at end of text or a stop string.

        The decoder body runs without its output layer; the next token is the argmax over the output rows of
        `allowed` (all rows when None). Argmax needs no softmax, and Gemma 3 has no final logit soft-capping
        (which would not change the argmax anyway).
        """
        torch = self._torch
        decoder = self.model.get_decoder()
        weight = self.model.get_output_embeddings().weight
        rows = weight if allowed is None else weight[allowed]
        start = 0 if cache is None else cache.get_seq_length()
        step_ids = ids[start:]
        new: list[int] = []
        while len(new) < max_new_tokens:
            out = decoder(
                input_ids=torch.tensor([step_ids]),
                cache=cache,
                use_cache=True,
                position_ids=torch.arange(start, start + len(step_ids)).unsqueeze(0),
            )
            cache, start = out.past_key_values, start + len(step_ids)
            best = int((rows @ out.last_hidden_state[0, -1]).argmax())
            token = best if allowed is None else int(allowed[best])
            if token == self.tokenizer.eos_token_id:
                break
            new.append(token)
            if stop and any(marker in self.tokenizer.decode(new) for marker in stop):
                break
            step_ids = [token]
        return new
