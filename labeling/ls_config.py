"""The Label Studio labeling interface, generated from the contract, and the conversions in and out of it.

Everything here is pure (no server, no database) so the shapes Label Studio stores can be tested quickly and
exactly. The interface has five controls over one masked ticket text:

- `intent`: one choice; annotators read the Turkish label, Label Studio stores the contract id (`alias`).
- `entities`: spans over the text; the label is the entity type id with the Turkish name as a hover hint.
- `tools`: the tool names called, several allowed.
- `tool_arguments`: one JSON object keyed by tool name with that call's arguments (a list of argument objects
  when a tool is called more than once), validated against the tool's JSON schema when it comes back.
- `reply`: the reply text.

Offsets: Label Studio's Text tag counts code points, as Python `str` does, so spans go in and come back as
`text[start:end]` with no conversion; a span whose text does not match is rejected rather than repaired.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from db.contract import Contract, span_matches

TEXT = "text"
INTENT = "intent"
ENTITIES = "entities"
TOOLS = "tools"
TOOL_ARGUMENTS = "tool_arguments"
REPLY = "reply"

# One distinct, readable colour per entity type (cycled if the contract grows).
_COLOURS = (
    "#f4a261",
    "#2a9d8f",
    "#e9c46a",
    "#8ab17d",
    "#e76f51",
    "#9d4edd",
    "#457b9d",
    "#ef476f",
    "#06d6a0",
    "#b5838d",
)


class AnnotationError(ValueError):
    """A Label Studio result that cannot become a Destek label set; the message says what is wrong."""


@dataclass(frozen=True)
class LabelSet:
    """A complete human label set in Destek's own types (what an Annotation row stores)."""

    intent: str
    entities: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]
    reply: str | None


def normalised_field(name: str, value: Any) -> Any:
    """A label field in a form where order and empty-vs-missing do not count as a human change (Label Studio
    sync and the Streamlit workbench both decide with it which fields an annotator corrected)."""
    if name == "entities":
        return sorted((s["type"], s["start"], s["end"], s["value"]) for s in value)
    if name == "tool_calls":
        return sorted(json.dumps(c, sort_keys=True, ensure_ascii=False) for c in value)
    if name == "reply":
        return value or ""
    return value


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The names of the fields in `after` whose value differs from `before` by more than form."""
    return [name for name in after if normalised_field(name, before[name]) != normalised_field(name, after[name])]


def label_config(contract: Contract) -> str:
    """The project's labeling config (Label Studio XML) for this contract.

    Built with ElementTree so Turkish labels and descriptions are escaped correctly whatever they contain.
    The intent list is long (44), so it gets a `<Filter>` search box above it.
    """
    view = ET.Element("View")
    ET.SubElement(view, "Header", value="Müşteri mesajı (kişisel veriler maskelenmiş)")
    ET.SubElement(view, "Text", name=TEXT, value=f"${TEXT}")

    ET.SubElement(view, "Header", value="Varlıklar: etiketi seçip metinde işaretleyin")
    labels = ET.SubElement(view, "Labels", name=ENTITIES, toName=TEXT)
    for n, entity in enumerate(contract.entity_types):
        ET.SubElement(
            labels,
            "Label",
            value=entity.id,
            hint=f"{entity.label}: {entity.description} Örnek: {entity.example}",
            background=_COLOURS[n % len(_COLOURS)],
        )

    ET.SubElement(view, "Header", value="Niyet")
    ET.SubElement(view, "Filter", name="intent_filter", toName=INTENT, minlength="0", placeholder="Niyet ara…")
    intents = ET.SubElement(
        view, "Choices", name=INTENT, toName=TEXT, choice="single-radio", required="true", showInline="false"
    )
    for intent in contract.intents:
        ET.SubElement(intents, "Choice", value=intent.label, alias=intent.id, hint=f"{intent.id}: {intent.description}")

    ET.SubElement(view, "Header", value="Araç çağrıları")
    tools = ET.SubElement(view, "Choices", name=TOOLS, toName=TEXT, choice="multiple", showInline="true")
    for tool in contract.tools:
        ET.SubElement(tools, "Choice", value=tool.name, hint=tool.description)
    ET.SubElement(view, "Header", value='Argümanlar (JSON), ör. {"get_order_status": {"order_number": "4815162342"}}')
    ET.SubElement(view, "TextArea", name=TOOL_ARGUMENTS, toName=TEXT, rows="3", editable="true", maxSubmissions="1")

    ET.SubElement(view, "Header", value="Yanıt")
    ET.SubElement(view, "TextArea", name=REPLY, toName=TEXT, rows="5", editable="true", maxSubmissions="1")
    ET.indent(view)
    return ET.tostring(view, encoding="unicode")


def prediction_results(
    text: str,
    intent: str | None,
    entities: list[dict[str, Any]] | None,
    tool_calls: list[dict[str, Any]] | None,
    reply: str | None,
) -> list[dict[str, Any]]:
    """A draft's fields as Label Studio results, so the annotator starts from the bot's answer.

    Bot spans whose value does not sit at their offsets in `text` are left out: pre-filling a wrong span would
    teach the annotator to trust it. The caller logs how many were dropped (see `span_matches`).
    """
    results: list[dict[str, Any]] = []
    if intent:
        results.append(_result(INTENT, "choices", {"choices": [intent]}))
    for n, span in enumerate(s for s in entities or [] if span_matches(text, s)):
        value = {"start": span["start"], "end": span["end"], "text": span["value"], "labels": [span["type"]]}
        results.append({**_result(ENTITIES, "labels", value), "id": f"ent{n}"})
    if tool_calls:
        names = list(dict.fromkeys(call["name"] for call in tool_calls))
        results.append(_result(TOOLS, "choices", {"choices": names}))
        results.append(_result(TOOL_ARGUMENTS, "textarea", {"text": [tool_arguments_json(tool_calls)]}))
    if reply:
        results.append(_result(REPLY, "textarea", {"text": [reply]}))
    return results


def tool_arguments_json(tool_calls: list[dict[str, Any]]) -> str:
    """Tool calls as the `tool_arguments` JSON: arguments by tool name, a list when a tool is called twice."""
    by_name: dict[str, list[dict[str, Any]]] = {}
    for call in tool_calls:
        by_name.setdefault(call["name"], []).append(call.get("arguments") or {})
    return json.dumps({name: args[0] if len(args) == 1 else args for name, args in by_name.items()}, ensure_ascii=False)


def parse_results(results: list[dict[str, Any]], text: str, contract: Contract) -> LabelSet:
    """Label Studio results as a validated label set; raises AnnotationError naming the first problem.

    Results from controls this module does not generate are ignored, so a project admin may add a
    comment box in Label Studio without breaking the pull.
    """
    intents: list[str] = []
    entities: list[dict[str, Any]] = []
    tool_names: list[str] = []
    arguments_text = ""
    reply: str | None = None
    for result in results:
        name, value = result.get("from_name"), result.get("value") or {}
        if name == INTENT:
            intents.extend(value.get("choices", []))
        elif name == ENTITIES:
            entities.append(_parse_span(value, text, contract))
        elif name == TOOLS:
            tool_names.extend(value.get("choices", []))
        elif name == TOOL_ARGUMENTS:
            arguments_text = "\n".join(value.get("text", [])).strip()
        elif name == REPLY:
            reply = "\n".join(value.get("text", []))
    if len(intents) != 1:
        raise AnnotationError(f"expected exactly one intent, got {len(intents)}")
    if not contract.has_intent(intents[0]):
        raise AnnotationError(f"unknown intent {intents[0]!r}")
    entities.sort(key=lambda s: (s["start"], s["end"], s["type"]))
    return LabelSet(
        intent=intents[0],
        entities=entities,
        tool_calls=_parse_tool_calls(tool_names, arguments_text, contract),
        reply=reply,
    )


def _result(from_name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"from_name": from_name, "to_name": TEXT, "type": kind, "value": value}


def _parse_span(value: dict[str, Any], text: str, contract: Contract) -> dict[str, Any]:
    labels = value.get("labels", [])
    if len(labels) != 1:
        raise AnnotationError(f"a span must carry exactly one entity type, got {labels}")
    entity_type = labels[0]
    if entity_type not in contract.entity_type_ids:
        raise AnnotationError(f"unknown entity type {entity_type!r}")
    start, end = value.get("start"), value.get("end")
    span = {"type": entity_type, "value": value.get("text"), "start": start, "end": end}
    if not span_matches(text, span):
        raise AnnotationError(
            f"{entity_type} span {start}:{end} says {span['value']!r} but the ticket text has "
            f"{text[start:end] if isinstance(start, int) and isinstance(end, int) else None!r} there"
        )
    return span


def _parse_tool_calls(names: list[str], arguments_text: str, contract: Contract) -> list[dict[str, Any]]:
    """Selected tool names plus the arguments JSON as contract-valid calls, in the order the names were chosen."""
    for name in names:
        if not contract.has_tool(name):
            raise AnnotationError(f"unknown tool {name!r}")
    try:
        arguments = json.loads(arguments_text) if arguments_text else {}
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"tool arguments are not valid JSON: {exc.msg} at position {exc.pos}") from None
    if not isinstance(arguments, dict):
        raise AnnotationError("tool arguments must be a JSON object keyed by tool name")
    extra = [name for name in arguments if name not in names]
    if extra:
        raise AnnotationError(f"arguments given for tool(s) not selected: {', '.join(extra)}")
    calls = []
    for name in names:
        given = arguments.get(name, {})
        for args in given if isinstance(given, list) else [given]:
            if not isinstance(args, dict):
                raise AnnotationError(f"arguments of {name} must be a JSON object")
            error = next(iter(Draft202012Validator(contract.tool(name).parameters).iter_errors(args)), None)
            if error is not None:
                where = "/".join(str(p) for p in error.path) or "arguments"
                raise AnnotationError(f"invalid arguments for {name} ({where}): {error.message}")
            calls.append({"name": name, "arguments": args})
    return calls
