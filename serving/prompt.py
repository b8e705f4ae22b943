"""The one prompt format the bot, evaluation and training share.

The model answers in a compact, line-based format instead of JSON with an 18-tool schema dump: on a 2-core
CPU every generated token costs ~0.1 s, so the answer holds only what the model must decide (the intent and
the entity values it copies from the ticket). Tool calls follow from intent and entities by the contract's
rules (serving/toolcalls.py), and replies come from grounded templates (serving/replies.py).

    <fixed one-line instruction>                         <- identical for every ticket: its KV cache is reused
    Mesaj: <masked ticket text>
    Niyet: <intent id>                                  <- scored over all 44 ids in one pass -> confidence
    <entity type>: <value as written>                   <- one line per entity, generated
    <end of text>
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

MESSAGE_MARK = "Mesaj: "
INTENT_MARK = "\nNiyet:"
NO_ENTITIES = "-"
MAX_TICKET_CHARS_IN_PROMPT = 600


@cache
def prompt_prefix() -> str:
    """The fixed instruction line. Short on purpose: the adapter learns the task from examples, and every
    prefix token is paid again in each training step (at inference its KV cache is computed once)."""
    return "Destek: müşteri mesajının niyeti ve varlıkları (tür: değer).\n"


def ticket_prompt(masked_text: str) -> str:
    """The prompt up to and including the intent mark; the intent follows as ' <id>\\n'."""
    text = " ".join(masked_text.split())[:MAX_TICKET_CHARS_IN_PROMPT]
    return f"{prompt_prefix()}{MESSAGE_MARK}{text}{INTENT_MARK}"


def intent_continuation(intent_id: str) -> str:
    """What follows the intent mark for an intent: scoring and training use exactly this string."""
    return f" {intent_id}\n"


def render_entities(entities: Iterable[tuple[str, str]]) -> str:
    """The entity lines of an answer; a (type, value) mentioned twice is written once."""
    lines: list[str] = []
    for entity_type, value in entities:
        line = f"{entity_type}: {' '.join(value.split())}"
        if line not in lines:
            lines.append(line)
    return "\n".join(lines) if lines else NO_ENTITIES


def render_answer(intent_id: str, entities: Iterable[tuple[str, str]]) -> str:
    """The whole answer after the prompt, as the model is trained to write it (before the end token)."""
    return intent_continuation(intent_id) + render_entities(entities)
