"""Tool calls follow from the intent and the entities, by the contract's rules.

The model decides what the customer wants and copies the identifiers from the ticket; which tool that means
and how its arguments are filled is the contract's business, not something a 270M model should improvise.
When an argument the call needs is missing from the ticket (no order number, no product), the right answer is
no call: the bot asks for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from db.contract import Contract
from serving.extract import fold_ascii
from serving.normalize import digits_only, parse_amount
from serving.output import Entity

ORDER_NUMBER_DIGITS = range(8, 12)
_ADDRESS_PLACEHOLDER = re.compile(r"\[ADRES(?:_\d+)?\]")

# How many orders the customer wants listed: "son 3 siparişim", "en yeni üç tanesini", "son beş alışverişimi",
# "en son 2 kez". Only a count that "son" / "en yeni" introduces or "tane" follows is one; "2 siparişim var"
# is not a request for two.
_COUNT_WORDS = {"bir": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
                "on": 10, "on bes": 15, "yirmi": 20}  # fmt: skip
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + ")"
_ORDER_COUNT = re.compile(
    rf"(?<!\w)(?:(?:en )?son|en yeni) {_COUNT}(?= (?:siparis|alisveris|kayit|kaydi|tane|kez|adet))"
    rf"|(?<!\w){_COUNT} (?:tanesini|tane siparis)"
)
MAX_LIMIT = 20


@dataclass(frozen=True)
class CallPlan:
    """The calls to run, and when some are missing, what the bot must ask the customer for."""

    calls: list[dict[str, Any]]
    missing: str | None = None


def _first(entities: list[Entity], entity_type: str) -> str | None:
    return next((e.value for e in entities if e.type == entity_type), None)


def _order_number(entities: list[Entity]) -> str | None:
    for entity in entities:
        if entity.type == "order_number" and len(digits_only(entity.value)) in ORDER_NUMBER_DIGITS:
            return digits_only(entity.value)
    return None


def _address_placeholder(text: str) -> str | None:
    """The masked address the customer gave ("[ADRES]", "[ADRES_2]"); the tool resolves it via the vault."""
    match = _ADDRESS_PLACEHOLDER.search(text)
    return match.group() if match else None


def order_count(text: str) -> int | None:
    """How many orders the ticket asks to see (1 to MAX_LIMIT), or None when it names no count."""
    match = _ORDER_COUNT.search(fold_ascii(text))
    if match is None:
        return None
    written = match.group(1) or match.group(2)
    count = int(written) if written.isdigit() else _COUNT_WORDS[written]
    return count if 1 <= count <= MAX_LIMIT else None


def plan_tool_calls(intent_id: str, entities: list[Entity], text: str, contract: Contract) -> CallPlan:
    """The contract tools for `intent_id` with arguments from `entities` (and the masked `text`)."""
    intent = contract.intent(intent_id)
    order_number = _order_number(entities)
    if intent.needs_order and order_number is None:
        return CallPlan([], missing="order_number")
    calls: list[dict[str, Any]] = []
    for tool_name in intent.tools:
        arguments: dict[str, Any] = {}
        for argument in contract.tool(tool_name).argument_names:
            value = _argument(argument, tool_name, intent_id, intent.label, entities, text, order_number)
            if value is not None:
                arguments[argument] = value
        missing = [name for name in contract.tool(tool_name).required if name not in arguments]
        if missing:
            return CallPlan([], missing=missing[0])
        calls.append({"name": tool_name, "arguments": arguments})
    return CallPlan(calls)


def _argument(
    argument: str,
    tool_name: str,
    intent_id: str,
    intent_label: str,
    entities: list[Entity],
    text: str,
    order_number: str | None,
) -> Any:
    """One argument's value, or None when the ticket does not give it (optional ones are then left out)."""
    if argument == "order_number":
        return order_number
    if argument == "reason":
        if tool_name == "transfer_to_human":
            return intent_label
        return _first(entities, "return_reason") or intent_label
    if argument == "address":
        return _address_placeholder(text)
    if argument == "limit":
        return order_count(text)
    if argument == "problem_type":
        return intent_id
    if argument in {"product", "coupon_code", "size"}:
        return _first(entities, argument)
    if argument == "amount":
        raw = _first(entities, "amount")
        return parse_amount(raw) if raw else None
    return None  # optional arguments the bot never sets on its own
