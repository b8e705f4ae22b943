"""The one prompt format the bot, evaluation and training share.

The model answers in a compact, line-based format instead of JSON with an 18-tool schema dump: on a 2-core
CPU every generated token costs ~0.1 s, so the answer holds only what the model must decide (the intent and
the entity values it copies from the ticket). Tool calls follow from intent and entities by the contract's
rules (serving/toolcalls.py), and replies come from grounded templates (serving/replies.py).

    <fixed one-line instruction>                         <- identical for every ticket: its KV cache is reused
    Mesaj: <masked ticket text>
    Niyet: <intent word>                                <- one token per intent: all 44 scored at once -> confidence
    <entity type>: <value as written>                   <- one line per product, size or return reason, generated
    <end of text>

Identifiers, amounts, dates, carriers and coupon codes (`PATTERN_ENTITY_TYPES`) are not in the answer: patterns
find them exactly (serving/extract.py), and every token the model does not write saves ~0.05 s per ticket.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from db.contract import load_contract

MESSAGE_MARK = "Mesaj: "
INTENT_MARK = "\nNiyet:"
NO_ENTITIES = "-"
MAX_TICKET_CHARS_IN_PROMPT = 600
#: Entity types that serving/extract.py finds by pattern; the model writes only the others.
PATTERN_ENTITY_TYPES = frozenset(
    {"order_number", "tracking_number", "invoice_number", "amount", "date", "cargo_company", "coupon_code"}
)


@cache
def prompt_prefix() -> str:
    """The fixed instruction line. Short on purpose: the adapter learns the task from examples, and every
    prefix token is paid again in each training step (at inference its KV cache is computed once)."""
    return "Destek: müşteri mesajının niyeti ve varlıkları (tür: değer).\n"


def ticket_prompt(masked_text: str) -> str:
    """The prompt up to and including the intent mark; the intent follows as ' <id>\\n'."""
    text = " ".join(masked_text.split())[:MAX_TICKET_CHARS_IN_PROMPT]
    return f"{prompt_prefix()}{MESSAGE_MARK}{text}{INTENT_MARK}"


def intent_choice(intent_id: str) -> str:
    """The scored continuation for an intent: its contract `word` (a single token for the embedded model, so
    the distribution over all 44 intents comes from the logits the prompt already produced)."""
    return f" {load_contract().intent(intent_id).word}"


def intent_continuation(intent_id: str) -> str:
    """The intent line as written in an answer; training and generation use exactly this piece."""
    return intent_choice(intent_id) + "\n"


@cache
def intent_from_word(word: str) -> str | None:
    """The intent id for a word the model wrote, or None if it is no intent's word."""
    return next((i.id for i in load_contract().intents if i.word == word.strip()), None)


def render_entities(entities: Iterable[tuple[str, str]]) -> str:
    """The entity lines of an answer, for the types the model writes; a (type, value) mentioned twice is
    written once."""
    lines: list[str] = []
    for entity_type, value in entities:
        if entity_type in PATTERN_ENTITY_TYPES:
            continue
        line = f"{entity_type}: {' '.join(value.split())}"
        if line not in lines:
            lines.append(line)
    return "\n".join(lines) if lines else NO_ENTITIES


def render_answer(intent_id: str, entities: Iterable[tuple[str, str]]) -> str:
    """The whole answer after the prompt, as the model is trained to write it (before the end token)."""
    return intent_continuation(intent_id) + render_entities(entities)
