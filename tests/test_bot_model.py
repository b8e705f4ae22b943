"""TransformersBackend with real weights.

The fast tests use a tiny random model (serving.embedded.tiny_random_model): nothing about quality, but the
KV-cache tricks that make the CPU backend fast (prefix cache reused, 44 candidates in one padded batch,
generation continuing from the scored prompt's cache) must give exactly what a plain forward pass gives,
or every confidence and entity the bot produces is silently wrong.

The slow test drafts real tickets with the embedded Gemma 3 270M through `draft_pending` and checks what is
stored (not quality: without an adapter it is a base model).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
import torch
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.corpus import generate
from db.demo import DemoData
from db.models import Draft, Ticket
from serving.bot import Bot
from serving.drafting import AUTO_RESOLVED, DRAFTED, draft_pending
from serving.embedded import tiny_random_model
from serving.ingest import import_rows
from serving.llm import TimedBackend
from serving.local_llm import TransformersBackend, encode_pieces
from serving.prompt import intent_continuation, prompt_prefix, ticket_prompt

TICKET = "Merhaba, 4815162342 nolu siparişim nerede?"
CANDIDATES = [intent_continuation(i) for i in ("siparis_status", "kargo_takip", "tesekkur", "iade_kargo_kodu")]


@pytest.fixture(scope="module", params=["llama", "gemma3"])
def tiny(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TransformersBackend]:
    """Both architectures the embedded models have (SmolLM2 = llama, Gemma 3 with its sliding-window layers).

    One torch thread: for a 64-wide model the work per op is tiny, and on a shared CPU two threads spend their
    time waiting for each other (measured: 1.2 s vs 0.03 s per score call under load).
    """
    folder = tiny_random_model(tmp_path_factory.mktemp("tiny") / request.param, arch=request.param)
    backend = TransformersBackend(str(folder))  # sets torch's threads to the cores we may use
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield backend
    torch.set_num_threads(threads)


def _ids(backend: TransformersBackend, prompt: str) -> list[int]:
    """The prompt's token ids exactly as the backend cuts them: prefix | rest."""
    prefix = prompt_prefix()
    assert prompt.startswith(prefix)
    return backend._prefix_ids + encode_pieces(backend.tokenizer, ["", prompt[len(prefix) :]])[1]


def _reference_score(backend: TransformersBackend, prompt: str, continuation: str) -> float:
    """Summed log-probs from one plain forward pass over prompt + continuation: no cache, no batch, no padding."""
    prompt_ids = _ids(backend, prompt)
    ids = encode_pieces(backend.tokenizer, ["", continuation])[1]
    with torch.inference_mode():
        logits = backend.model(torch.tensor([prompt_ids + ids])).logits[0].float()
    logprobs = torch.log_softmax(logits, -1)
    return float(sum(logprobs[len(prompt_ids) - 1 + k, token] for k, token in enumerate(ids)))


def _reference_greedy(backend: TransformersBackend, prompt: str, steps: int) -> str:
    ids = _ids(backend, prompt)
    new: list[int] = []
    with torch.inference_mode():
        for _ in range(steps):
            token = int(backend.model(torch.tensor([ids + new])).logits[0, -1].argmax())
            if token == backend.tokenizer.eos_token_id:
                break
            new.append(token)
    return backend.tokenizer.decode(new, skip_special_tokens=True)


def test_batched_cached_scores_equal_a_plain_forward_pass(tiny: TransformersBackend) -> None:
    prompt = ticket_prompt(TICKET)
    lengths = {len(encode_pieces(tiny.tokenizer, ["", c])[1]) for c in CANDIDATES}
    assert len(lengths) > 1  # candidates of different lengths: the padding and its mask are exercised
    scores = tiny.score(prompt, CANDIDATES)
    assert len(scores) == len(CANDIDATES) and all(math.isfinite(s) and s < 0 for s in scores)
    for candidate, score in zip(CANDIDATES, scores, strict=True):
        assert score == pytest.approx(_reference_score(tiny, prompt, candidate), abs=1e-3)
        assert tiny.score(prompt, [candidate])[0] == pytest.approx(score, abs=1e-3)  # batch-independent


def test_scoring_twice_gives_the_same_scores(tiny: TransformersBackend) -> None:
    """The cached prefix is copied, never extended in place: a second ticket must not see the first."""
    first = tiny.score(ticket_prompt(TICKET), CANDIDATES)
    tiny.score(ticket_prompt("Kargom nerede, çok gecikti!"), CANDIDATES)
    assert tiny.score(ticket_prompt(TICKET), CANDIDATES) == pytest.approx(first, abs=1e-5)


def test_generate_from_the_scored_cache_equals_plain_greedy(tiny: TransformersBackend) -> None:
    prompt = ticket_prompt(TICKET)
    continued = prompt + CANDIDATES[0]
    expected = _reference_greedy(tiny, continued, steps=6)
    tiny.score(prompt, CANDIDATES)  # leaves the scored prompt's cache for generate to continue from
    assert tiny.generate(continued, max_new_tokens=6, stop=()) == expected
    tiny._last = None  # the path without a scored prompt: from the prefix cache
    assert tiny.generate(continued, max_new_tokens=6, stop=()) == expected


def test_greedy_continuation_has_the_best_score(tiny: TransformersBackend) -> None:
    """One greedy token is the argmax of the next-token distribution, so among single-token candidates its
    score must be the highest."""
    prompt = ticket_prompt(TICKET)
    greedy = tiny.generate(prompt, max_new_tokens=1, stop=())
    assert len(encode_pieces(tiny.tokenizer, ["", greedy])[1]) == 1
    vocabulary = [tiny.tokenizer.decode([i]) for i in range(10, 400, 7)]
    others = [t for t in vocabulary if t != greedy and len(encode_pieces(tiny.tokenizer, ["", t])[1]) == 1][:20]
    scores = tiny.score(prompt, [greedy, *others])
    assert scores[0] == pytest.approx(max(scores), abs=1e-5)


def test_generate_cuts_at_the_stop_string(tiny: TransformersBackend) -> None:
    prompt = ticket_prompt(TICKET) + CANDIDATES[0]
    free = tiny.generate(prompt, max_new_tokens=8, stop=())
    assert free, "a random model still writes something"
    stop = free[len(free) // 2 :][:1] or free[:1]
    cut = tiny.generate(prompt, max_new_tokens=8, stop=(stop,))
    assert stop not in cut and free.startswith(cut)


def test_constrained_generation_writes_only_vocabulary_tokens(tiny: TransformersBackend) -> None:
    """A random model writes anything; constrained, every token it writes comes from the vocabulary."""
    prompt = ticket_prompt(TICKET) + CANDIDATES[0]
    vocabulary = [TICKET, "order_number: ", "-"]
    allowed = set(tiny._allowed_tokens(vocabulary).tolist())
    tiny._last = None
    text = tiny.generate(prompt, max_new_tokens=12, stop=(), vocabulary=vocabulary)
    written = encode_pieces(tiny.tokenizer, ["", text])[1]
    assert text and set(written) <= allowed


def test_constrained_generation_is_the_argmax_over_the_allowed_rows(tiny: TransformersBackend) -> None:
    """The restricted output layer must pick what the full logits rank highest among the allowed tokens."""
    prompt = ticket_prompt(TICKET) + CANDIDATES[0]
    vocabulary = [TICKET]
    allowed = tiny._allowed_tokens(vocabulary)
    ids = _ids(tiny, prompt)
    with torch.inference_mode():
        logits = tiny.model(torch.tensor([ids])).logits[0, -1]
    expected = int(allowed[int(logits[allowed].argmax())])
    tiny._last = None
    first = tiny.generate(prompt, max_new_tokens=1, stop=(), vocabulary=vocabulary)
    assert first == tiny.tokenizer.decode([expected], skip_special_tokens=True)


def test_tiny_model_behind_the_bot(tiny: TransformersBackend) -> None:
    prediction = Bot(tiny).predict(TICKET)
    assert prediction.intent in load_contract().intent_ids
    assert sum(prediction.intent_probs.values()) == pytest.approx(1.0, abs=1e-4)
    assert prediction.raw_output.startswith(intent_continuation(prediction.intent))


# ── the real embedded model (slow) ────────────────────────────────────────────────────────────────


@pytest.mark.slow
def test_real_model_drafts_and_stores_tickets(seeded_engine: Engine, demo_data: DemoData) -> None:
    records = generate("heldout", 3, 7, demo=demo_data)
    rows = [{"id": r["id"], "text": r["text"], "customer_id": r["customer_id"]} for r in records]
    imported = import_rows(seeded_engine, enumerate(rows, start=1), source="slow-test")
    assert imported.imported == 3, imported.errors

    backend = TimedBackend(TransformersBackend())  # counts the calls: every draft went through the model
    assert backend.model_name == "gemma3-270m" and backend.adapter_name is None
    report = draft_pending(seeded_engine, Bot(backend))
    assert report.drafted == 3 and report.auto + report.human == 3
    assert backend.calls == {"score": 3, "generate": 3}

    intents = load_contract().intent_ids
    with Session(seeded_engine) as session:
        drafts = session.exec(select(Draft).order_by(Draft.id)).all()
        tickets = {t.id: t for t in session.exec(select(Ticket)).all()}
        assert [d.ticket_id for d in drafts] == imported.ticket_ids
        for draft in drafts:
            ticket = tickets[draft.ticket_id]
            assert draft.model == "gemma3-270m" and draft.adapter is None
            assert draft.prompt == ticket_prompt(ticket.text)
            assert draft.intent in intents
            assert draft.intent_probs is not None and set(draft.intent_probs) == set(intents)
            assert sum(draft.intent_probs.values()) == pytest.approx(1.0, abs=1e-3)
            assert draft.confidence == pytest.approx(max(draft.intent_probs.values()), abs=1e-5)
            assert draft.raw_output.startswith(intent_continuation(draft.intent))
            assert draft.valid == (draft.error is None)
            for entity in draft.entities or []:
                assert ticket.text[entity["start"] : entity["end"]] == entity["value"]
            assert draft.reply and draft.route_reason
            assert draft.route in {"auto", "human"}
            assert ticket.status == (AUTO_RESOLVED if draft.route == "auto" else DRAFTED)
            assert draft.latency_s > 0
    assert all(latency > 0 for latency in report.latencies)
    print(f"real-model latencies: {[round(x, 2) for x in report.latencies]} s")


@pytest.mark.slow
def test_real_model_scores_are_consistent() -> None:
    """The real tokenizer's pieces: the batched, cached score equals a plain forward pass on the real model."""
    backend = TransformersBackend()
    prompt = ticket_prompt(TICKET)
    scores = backend.score(prompt, CANDIDATES)
    for candidate, score in zip(CANDIDATES, scores, strict=True):
        assert score == pytest.approx(_reference_score(backend, prompt, candidate), abs=2e-2)
