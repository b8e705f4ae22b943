"""Turn the model's compact answer into validated contract types, or say precisely why it is unusable.

Nothing the model writes is trusted: the intent must be a contract id, entity types must exist, and every
entity value must occur in the ticket text (a value the ticket does not contain is a hallucinated span and
is dropped with a problem noted). A draft with problems is never auto-resolved.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from db.contract import Contract, span_holds, span_inside
from serving.prompt import NO_ENTITIES


@dataclass(frozen=True)
class Entity:
    """A span of the masked ticket text: `text[start:end] == value`."""

    type: str
    value: str
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class ParsedAnswer:
    """Entities that passed validation, and the problems found on the way (empty when all is well)."""

    entities: list[Entity] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _fold_char(char: str) -> str:
    """Case-fold one character to one character (Turkish İ/I/ı all to i), so offsets survive folding."""
    if char in "İIı":
        return "i"
    folded = char.lower()
    return folded if len(folded) == 1 else char


def fold_preserving_length(text: str) -> str:
    """Case- and Turkish-i-insensitive form of `text` with exactly one character per input character."""
    return "".join(_fold_char(char) for char in text)


def locate(value: str, text: str) -> list[tuple[int, int]]:
    """Every occurrence of `value` in `text`: exact first, else case/Turkish-i-insensitive."""
    value = value.strip()
    if not value:
        return []
    for needle, haystack in ((value, text), (fold_preserving_length(value), fold_preserving_length(text))):
        spans = _find_all(needle, haystack)
        if spans:
            return spans
    # The prompt collapses whitespace, so the model copies "deri ceket" where the ticket has "deri\n ceket".
    pattern = re.compile(r"\s+".join(re.escape(word) for word in fold_preserving_length(value).split()))
    return [m.span() for m in pattern.finditer(fold_preserving_length(text))]


def _find_all(needle: str, haystack: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = haystack.find(needle)
    while start != -1:
        spans.append((start, start + len(needle)))
        start = haystack.find(needle, start + len(needle))
    return spans


def parse_entities(raw: str, text: str, contract: Contract) -> ParsedAnswer:
    """Parse 'type: value' lines (after the intent line) into spans of `text`."""
    answer = ParsedAnswer()
    known_types = set(contract.entity_type_ids)
    for line in raw.strip().splitlines():
        line = line.strip()
        if not line or line == NO_ENTITIES:
            continue
        entity_type, sep, value = line.partition(":")
        entity_type, value = entity_type.strip(), value.strip()
        if not sep or not value:
            answer.problems.append(f"unreadable entity line {line[:60]!r}")
            continue
        if entity_type not in known_types:
            answer.problems.append(f"unknown entity type {entity_type!r}")
            continue
        spans = locate(value, text)
        if not spans:
            answer.problems.append(f"{entity_type} {value[:40]!r} is not in the ticket text")
            continue
        for start, end in spans:
            entity = Entity(entity_type, text[start:end], start, end)
            if entity not in answer.entities:
                answer.entities.append(entity)
    answer.entities.sort(key=lambda e: (e.start, e.end))
    return answer


def validate_spans(entities: list[dict[str, object]], text: str, contract: Contract) -> list[str]:
    """Problems with externally supplied spans (agents, annotators, Label Studio): type and exact offsets."""
    problems = []
    known_types = set(contract.entity_type_ids)
    for entity in entities:
        start, end, value = entity.get("start"), entity.get("end"), entity.get("value")
        if entity.get("type") not in known_types:
            problems.append(f"unknown entity type {entity.get('type')!r}")
        elif not span_inside(text, start, end):
            problems.append(f"span {start}:{end} is outside the text")
        elif not span_holds(text, start, end, value):
            problems.append(f"span {start}:{end} is {text[start:end]!r}, not {value!r}")
    return problems
