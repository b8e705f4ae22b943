"""The support contract (intents, entity types, tools) loaded from `contract.yaml` and validated.

Every part of Destek (the bot, the review app, Label Studio, training, evaluation) reads the vocabulary from
here, so a typo in the data file must fail loudly at load time with the bad entry named, not surface later
as a silently unscorable label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from db.policy import POLICY_VALUES

CONTRACT_PATH = Path(__file__).with_name("contract.yaml")


class ContractError(ValueError):
    """The contract file is malformed; the message names the offending entry."""


@dataclass(frozen=True)
class Intent:
    """One customer intent: what the bot predicts and agents correct."""

    id: str
    word: str
    label: str
    group: str
    description: str
    tools: tuple[str, ...]
    needs_order: bool
    auto_resolvable: bool
    auto_condition: str | None = None


@dataclass(frozen=True)
class EntityType:
    """A kind of span the bot extracts from the (masked) ticket text."""

    id: str
    label: str
    description: str
    example: str


def span_inside(text: str, start: object, end: object) -> bool:
    """Whether `start`:`end` are int offsets of a non-empty span inside `text`."""
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def span_holds(text: str, start: object, end: object, value: object) -> bool:
    """The span rule every stored entity keeps: its offsets lie inside `text` and `text[start:end]` is exactly
    its value (no trimming, no case folding). Spans from the bot, agents, annotators and Label Studio are all
    checked with this one rule."""
    return span_inside(text, start, end) and text[start:end] == value


def span_matches(text: str, span: Mapping[str, Any]) -> bool:
    """`span_holds` for an entity dict ({"type", "value", "start", "end"})."""
    return span_holds(text, span.get("start"), span.get("end"), span.get("value"))


@dataclass(frozen=True)
class Tool:
    """A backend action the bot may call, with its JSON-schema typed arguments."""

    name: str
    description: str
    parameters: dict[str, Any]
    returns: tuple[str, ...]

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(self.parameters.get("required", ()))

    @property
    def argument_names(self) -> tuple[str, ...]:
        return tuple(self.parameters.get("properties", {}))

    def openai_schema(self) -> dict[str, Any]:
        """The tool in the OpenAI `tools` format, as vLLM and chat templates expect it."""
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": self.parameters},
        }


@dataclass(frozen=True)
class Contract:
    """The whole vocabulary, with lookups by id."""

    version: int
    groups: dict[str, str]
    intents: tuple[Intent, ...]
    entity_types: tuple[EntityType, ...]
    tools: tuple[Tool, ...]
    carriers: tuple[str, ...]
    problem_types: tuple[str, ...]
    programmes: tuple[str, ...] = ()
    _intent_by_id: dict[str, Intent] = field(init=False, repr=False, compare=False)
    _tool_by_name: dict[str, Tool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_intent_by_id", {i.id: i for i in self.intents})
        object.__setattr__(self, "_tool_by_name", {t.name: t for t in self.tools})

    @property
    def intent_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.intents)

    @property
    def entity_type_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entity_types)

    @property
    def tool_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tools)

    def intent(self, intent_id: str) -> Intent:
        try:
            return self._intent_by_id[intent_id]
        except KeyError:
            raise KeyError(f"unknown intent {intent_id!r}") from None

    def tool(self, name: str) -> Tool:
        try:
            return self._tool_by_name[name]
        except KeyError:
            raise KeyError(f"unknown tool {name!r}") from None

    def has_intent(self, intent_id: str) -> bool:
        return intent_id in self._intent_by_id

    def has_tool(self, name: str) -> bool:
        return name in self._tool_by_name

    def openai_tools(self) -> list[dict[str, Any]]:
        return [t.openai_schema() for t in self.tools]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view, as `destek contract show --json` prints it."""
        return {
            "version": self.version,
            "groups": self.groups,
            "intents": [
                {
                    "id": i.id,
                    "word": i.word,
                    "label": i.label,
                    "group": i.group,
                    "description": i.description,
                    "tools": list(i.tools),
                    "needs_order": i.needs_order,
                    "auto_resolvable": i.auto_resolvable,
                    "auto_condition": i.auto_condition,
                }
                for i in self.intents
            ],
            "entity_types": [
                {"id": e.id, "label": e.label, "description": e.description, "example": e.example}
                for e in self.entity_types
            ],
            "tools": [
                {"name": t.name, "description": t.description, "parameters": t.parameters, "returns": list(t.returns)}
                for t in self.tools
            ],
            "carriers": list(self.carriers),
            "problem_types": list(self.problem_types),
            "programmes": list(self.programmes),
        }


#: When an auto-resolvable intent may be answered alone: "not_shipped" is judged by the tools (cancel_order and
#: update_delivery_address refuse a shipped order, and a refusal goes to a human); "names_programme" by the
#: router, from the ticket's text and the contract's `programmes` (serving/routing.py).
AUTO_CONDITIONS = ("not_shipped", "names_programme")
_INTENT_KEYS = {
    "id",
    "word",
    "label",
    "group",
    "description",
    "tools",
    "needs_order",
    "auto_resolvable",
    "auto_condition",
}
_ENTITY_KEYS = {"id", "label", "description", "example"}
_TOOL_KEYS = {"name", "description", "parameters", "returns"}


def _check_keys(where: str, entry: Any, allowed: set[str], required: set[str]) -> None:
    if not isinstance(entry, dict):
        raise ContractError(f"{where}: expected a mapping, got {type(entry).__name__}")
    missing = required - entry.keys()
    if missing:
        raise ContractError(f"{where}: missing {', '.join(sorted(missing))}")
    unknown = entry.keys() - allowed
    if unknown:
        raise ContractError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")


def _text(where: str, entry: dict[str, Any], key: str) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        raise ContractError(f"{where}: {key} must be a non-empty string")
    return value


def _description(where: str, entry: dict[str, Any]) -> str:
    """The entry's description with business rules filled in: `{return_window_days}` reads db.policy, so the
    contract's text and the tools that enforce the rule cannot disagree."""
    text = _text(where, entry, "description")
    try:
        return text.format_map(POLICY_VALUES)
    except (KeyError, ValueError, IndexError) as exc:
        raise ContractError(
            f"{where}: description names no business rule of db/policy.py ({exc!r}); "
            f"known: {', '.join(sorted(POLICY_VALUES))}"
        ) from None


def _flag(where: str, entry: dict[str, Any], key: str) -> bool:
    value = entry[key]
    if not isinstance(value, bool):
        raise ContractError(f"{where}: {key} must be true or false")
    return value


def _parse_tool(where: str, raw: Any) -> Tool:
    _check_keys(where, raw, _TOOL_KEYS, _TOOL_KEYS)
    name = _text(where, raw, "name")
    where = f"{where} ({name})"
    params = raw["parameters"]
    if not isinstance(params, dict) or params.get("type") != "object":
        raise ContractError(f"{where}: parameters must be a JSON schema of type object")
    try:
        Draft202012Validator.check_schema(params)
    except SchemaError as exc:
        raise ContractError(f"{where}: invalid parameters schema: {exc.message}") from None
    props = params.get("properties", {})
    for req in params.get("required", []):
        if req not in props:
            raise ContractError(f"{where}: required argument {req!r} is not in properties")
    if params.get("additionalProperties") is not False:
        raise ContractError(f"{where}: parameters must set additionalProperties: false")
    returns = raw["returns"]
    if not isinstance(returns, list) or not returns:
        raise ContractError(f"{where}: returns must be a non-empty list")
    return Tool(name=name, description=_description(where, raw), parameters=params, returns=tuple(returns))


def _parse_intent(where: str, raw: Any, groups: dict[str, str], tool_names: set[str]) -> Intent:
    _check_keys(where, raw, _INTENT_KEYS, _INTENT_KEYS - {"auto_condition"})
    intent_id = _text(where, raw, "id")
    where = f"{where} ({intent_id})"
    group = _text(where, raw, "group")
    if group not in groups:
        raise ContractError(f"{where}: unknown group {group!r}")
    tools = raw["tools"]
    if not isinstance(tools, list):
        raise ContractError(f"{where}: tools must be a list")
    for tool in tools:
        if tool not in tool_names:
            raise ContractError(f"{where}: unknown tool {tool!r}")
    condition = raw.get("auto_condition")
    if condition is not None and condition not in AUTO_CONDITIONS:
        raise ContractError(f"{where}: auto_condition must be one of {AUTO_CONDITIONS}, got {condition!r}")
    word = _text(where, raw, "word")
    if len(word.split()) != 1:
        raise ContractError(f"{where}: word must be a single word, got {word!r}")
    return Intent(
        id=intent_id,
        word=word,
        label=_text(where, raw, "label"),
        group=group,
        description=_description(where, raw),
        tools=tuple(tools),
        needs_order=_flag(where, raw, "needs_order"),
        auto_resolvable=_flag(where, raw, "auto_resolvable"),
        auto_condition=condition,
    )


def _unique(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ContractError(f"{kind}: duplicate id {item!r}")
        seen.add(item)


def parse_contract(data: Any) -> Contract:
    """Validate raw contract data (as read from YAML) and build the typed contract."""
    if not isinstance(data, dict):
        raise ContractError("contract: expected a mapping at the top level")
    for key in ("version", "groups", "intents", "entity_types", "tools", "carriers", "problem_types"):
        if key not in data:
            raise ContractError(f"contract: missing top-level key {key!r}")
    groups = data["groups"]
    if not isinstance(groups, dict) or not groups:
        raise ContractError("groups: expected a non-empty mapping of id to Turkish label")
    tools = [_parse_tool(f"tools[{n}]", raw) for n, raw in enumerate(data["tools"])]
    _unique("tools", [t.name for t in tools])
    tool_names = {t.name for t in tools}
    intents = [_parse_intent(f"intents[{n}]", raw, groups, tool_names) for n, raw in enumerate(data["intents"])]
    _unique("intents", [i.id for i in intents])
    _unique("intent words", [i.word for i in intents])
    entity_types = []
    for n, raw in enumerate(data["entity_types"]):
        where = f"entity_types[{n}]"
        _check_keys(where, raw, _ENTITY_KEYS, _ENTITY_KEYS)
        entity_types.append(
            EntityType(
                id=_text(where, raw, "id"),
                label=_text(where, raw, "label"),
                description=_text(where, raw, "description"),
                example=str(raw["example"]),
            )
        )
    _unique("entity_types", [e.id for e in entity_types])
    programmes = data.get("programmes", [])
    if not isinstance(programmes, list) or not all(isinstance(p, str) and p.strip() for p in programmes):
        raise ContractError("programmes: expected a list of the membership programme's names")
    needs_names = [i.id for i in intents if i.auto_condition == "names_programme"]
    if needs_names and not programmes:
        raise ContractError(f"{', '.join(needs_names)}: auto_condition names_programme needs the top-level programmes")
    return Contract(
        version=int(data["version"]),
        groups=dict(groups),
        intents=tuple(intents),
        entity_types=tuple(entity_types),
        tools=tuple(tools),
        carriers=tuple(data["carriers"]),
        problem_types=tuple(data["problem_types"]),
        programmes=tuple(programmes),
    )


def load_contract_file(path: Path) -> Contract:
    """Load and validate a contract file; YAML syntax errors become ContractError too."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ContractError(f"{path}: not valid YAML: {exc}") from None
    return parse_contract(data)


@cache
def load_contract() -> Contract:
    """The product's contract, loaded once per process."""
    return load_contract_file(CONTRACT_PATH)
