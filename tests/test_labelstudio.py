"""The Label Studio bridge without a server: config, conversions both ways, push/pull/webhook against a fake client.

The fake implements only the SDK calls the bridge makes, with the shapes a real Label Studio 1.23 returns
(checked in tests/integration/test_labelstudio_server.py), so idempotency and history can be tested in
milliseconds.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
import pytest
from lxml import etree
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.models import Annotation, AnnotationTask, Correction, Draft, Ticket
from labeling.labelstudio import (
    DEFAULT_PROJECT_TITLE,
    LabelStudioAuthError,
    LabelStudioError,
    LabelStudioUnreachable,
    SyncSummary,
    connect,
    handle_webhook,
    make_webhook_server,
    pull,
    push,
)
from labeling.ls_config import AnnotationError, label_config, parse_results, prediction_results

CONTRACT = load_contract()
TEXT = "Merhaba, İzmir'e gelen 4815162342 nolu siparişimdeki ığdır işi şal küçük geldi, 42 beden istiyorum."


def span(entity_type: str, value: str, context: str | None = None) -> dict[str, Any]:
    """The span of `value`, found inside `context` (a longer, unique piece of TEXT) when it is ambiguous."""
    start = TEXT.index(context or value) + (context or value).index(value)
    return {"type": entity_type, "value": value, "start": start, "end": start + len(value)}


DRAFT_FIELDS = {
    "intent": "degisim_talebi",
    "entities": [span("order_number", "4815162342"), span("product", "ığdır işi şal"), span("size", "42", "42 beden")],
    "tool_calls": [
        {"name": "create_exchange_request", "arguments": {"order_number": "4815162342", "reason": "küçük geldi"}}
    ],
    "reply": "Değişim talebinizi oluşturuyorum.",
}


# ── Config ────────────────────────────────────────────────────────────────────────────────────────


def test_label_config_is_valid_xml_with_every_intent_entity_and_tool() -> None:
    root = etree.fromstring(label_config(CONTRACT).encode())
    intent_choices = root.findall("Choices[@name='intent']/Choice")
    assert len(intent_choices) == 44
    assert [c.get("alias") for c in intent_choices] == list(CONTRACT.intent_ids)
    assert [c.get("value") for c in intent_choices] == [i.label for i in CONTRACT.intents]
    assert root.find("Filter").get("toName") == "intent"
    labels = root.findall("Labels[@name='entities']/Label")
    assert [label.get("value") for label in labels] == list(CONTRACT.entity_type_ids)
    assert all(e.label in label.get("hint") for e, label in zip(CONTRACT.entity_types, labels, strict=True))
    tools = root.find("Choices[@name='tools']")
    assert tools.get("choice") == "multiple"
    assert [c.get("value") for c in tools.findall("Choice")] == list(CONTRACT.tool_names)
    assert {t.get("name") for t in root.findall("TextArea")} == {"tool_arguments", "reply"}
    assert {c.get("toName") for c in root.iter("Labels", "Choices", "TextArea")} == {"text"}


# ── Conversions ───────────────────────────────────────────────────────────────────────────────────


def test_draft_round_trips_through_label_studio_results_with_turkish_offsets() -> None:
    results = prediction_results(TEXT, **DRAFT_FIELDS)
    spans = [r["value"] for r in results if r["from_name"] == "entities"]
    assert [TEXT[s["start"] : s["end"]] for s in spans] == ["4815162342", "ığdır işi şal", "42"]
    assert TEXT.index("ığdır") == spans[1]["start"]  # code points, not UTF-8 bytes
    labels = parse_results(results, TEXT, CONTRACT)
    assert labels.intent == DRAFT_FIELDS["intent"]
    assert labels.entities == DRAFT_FIELDS["entities"]
    assert labels.tool_calls == DRAFT_FIELDS["tool_calls"]
    assert labels.reply == DRAFT_FIELDS["reply"]


def test_a_tool_called_twice_round_trips_as_a_list_of_arguments() -> None:
    calls = [
        {"name": "get_order_status", "arguments": {"order_number": "4815162342"}},
        {"name": "get_order_status", "arguments": {"order_number": "12345678"}},
        {"name": "list_campaigns", "arguments": {}},
    ]
    results = prediction_results(TEXT, "siparis_status", [], calls, "")
    arguments = next(r for r in results if r["from_name"] == "tool_arguments")["value"]["text"][0]
    assert json.loads(arguments)["get_order_status"] == [{"order_number": "4815162342"}, {"order_number": "12345678"}]
    assert parse_results(results, TEXT, CONTRACT).tool_calls == calls


def test_draft_spans_that_do_not_match_the_text_are_not_prefilled() -> None:
    wrong = {**span("size", "42", "42 beden"), "start": 0, "end": 2}
    results = prediction_results(TEXT, "beden_danisma", [wrong, span("order_number", "4815162342")], None, None)
    assert [r["value"]["text"] for r in results if r["from_name"] == "entities"] == ["4815162342"]


def _results(*, intent: str | None = "siparis_status", spans=(), tools=(), arguments: str | None = None) -> list:
    results = [{"from_name": "intent", "type": "choices", "value": {"choices": [intent]}}] if intent else []
    results += [{"from_name": "entities", "type": "labels", "value": value} for value in spans]
    if tools:
        results.append({"from_name": "tools", "type": "choices", "value": {"choices": list(tools)}})
    if arguments is not None:
        results.append({"from_name": "tool_arguments", "type": "textarea", "value": {"text": [arguments]}})
    return results


ORDER = span("order_number", "4815162342")
LS_ORDER = {"start": ORDER["start"], "end": ORDER["end"], "text": "4815162342", "labels": ["order_number"]}
_BYTE_START = len(TEXT[: ORDER["start"]].encode())  # where a tool counting UTF-8 bytes would put the span
BYTE_SHIFTED = {**LS_ORDER, "start": _BYTE_START, "end": _BYTE_START + 10}
ORDER_ARGS = '{"get_order_status": {"order_number": "12"}}'


@pytest.mark.parametrize(
    ("results", "message"),
    [
        (_results(intent="where_is_my_order"), "unknown intent 'where_is_my_order'"),
        (_results(intent=None), "expected exactly one intent, got 0"),
        (_results(spans=[{"start": 0, "end": 7, "text": "Merhaba", "labels": ["person"]}]), "unknown entity type"),
        (_results(spans=[BYTE_SHIFTED]), "order_number span"),
        (_results(tools=["refund_everything"]), "unknown tool 'refund_everything'"),
        (_results(tools=["get_order_status"], arguments="{order_number: 4815162342}"), "not valid JSON"),
        (_results(tools=["get_order_status"], arguments="[]"), "JSON object keyed by tool name"),
        (_results(tools=[], arguments='{"cancel_order": {}}'), "not selected: cancel_order"),
        (_results(tools=["get_order_status"], arguments=ORDER_ARGS), "'12' does not match"),
        (_results(tools=["get_order_status"]), "'order_number' is a required property"),
        (
            _results(tools=["track_shipment"], arguments='{"track_shipment": {"order_number": "48151623", "x": 1}}'),
            "Additional properties",
        ),
    ],
)
def test_bad_annotations_are_rejected_with_the_reason(results: list, message: str) -> None:
    with pytest.raises(AnnotationError, match=re.escape(message)):
        parse_results(results, TEXT, CONTRACT)


def test_results_of_controls_we_did_not_generate_are_ignored() -> None:
    results = [*_results(), {"from_name": "comment", "type": "textarea", "value": {"text": ["zor bilet"]}}]
    assert parse_results(results, TEXT, CONTRACT).intent == "siparis_status"


# ── A fake Label Studio ───────────────────────────────────────────────────────────────────────────


class FakeLabelStudio:
    """The SDK calls the bridge makes, over in-memory projects and tasks (dicts shaped like the real API)."""

    def __init__(self) -> None:
        self.projects = _Projects(self)
        self.tasks = _Tasks(self)
        self.project_rows: list[dict[str, Any]] = []
        self.task_rows: list[dict[str, Any]] = []
        self.imports = 0

    def annotate(self, task_id: int, annotation_id: int, results: list, updated_at: str, **extra: Any) -> None:
        """Save (or re-save) an annotation as an annotator would."""
        task = next(t for t in self.task_rows if t["id"] == task_id)
        task["annotations"] = [a for a in task["annotations"] if a["id"] != annotation_id]
        task["annotations"].append(
            {"id": annotation_id, "task": task_id, "result": results, "updated_at": updated_at, **extra}
        )


class _Projects:
    def __init__(self, ls: FakeLabelStudio) -> None:
        self.ls = ls

    def list(self, title: str) -> list[dict[str, Any]]:
        return [p for p in self.ls.project_rows if title in p["title"]]  # substring match, like the server

    def create(self, title: str, label_config: str, **_: Any) -> dict[str, Any]:
        project = {"id": len(self.ls.project_rows) + 1, "title": title, "label_config": label_config}
        self.ls.project_rows.append(project)
        return project

    def update(self, id: int, label_config: str) -> None:
        next(p for p in self.ls.project_rows if p["id"] == id)["label_config"] = label_config

    def import_tasks(self, id: int, request: list[dict[str, Any]]) -> None:
        self.ls.imports += 1
        for item in request:
            task_id = len(self.ls.task_rows) + 101
            predictions = [{**p, "task": task_id} for p in item.get("predictions", [])]
            self.ls.task_rows.append(
                {"id": task_id, "project": id, "data": item["data"], "predictions": predictions, "annotations": []}
            )


class _Tasks:
    def __init__(self, ls: FakeLabelStudio) -> None:
        self.ls = ls

    def list(self, project: int, fields: str) -> list[dict[str, Any]]:
        return [t for t in self.ls.task_rows if t["project"] == project]


# ── Database helpers ──────────────────────────────────────────────────────────────────────────────


def add_ticket(engine: Engine, text: str = TEXT, adapter: str | None = "lora-2026-11-20", **draft: Any) -> int:
    with Session(engine) as session:
        ticket = Ticket(dedupe_key=f"t{hash(text)}-{draft.get('intent')}", text=text)
        session.add(ticket)
        session.commit()
        fields = {**DRAFT_FIELDS, **draft}
        session.add(Draft(ticket_id=ticket.id, model="qwen2.5-7b", adapter=adapter, confidence=0.62, **fields))
        session.commit()
        return ticket.id


def rows(engine: Engine, model: type) -> list:
    with Session(engine) as session:
        return list(session.exec(select(model).order_by(model.id)))


@pytest.fixture
def ls() -> FakeLabelStudio:
    return FakeLabelStudio()


# ── Push ──────────────────────────────────────────────────────────────────────────────────────────


def test_push_imports_tickets_with_the_draft_as_prediction_once(engine: Engine, ls: FakeLabelStudio) -> None:
    first = add_ticket(engine)
    second = add_ticket(engine, adapter=None, intent="kargo_takip", tool_calls=[], reply="")
    ls.projects.create(title=f"{DEFAULT_PROJECT_TITLE} (eski)", label_config="<View/>")

    summary = push(engine, ls, [first, second, 999], strategy="entropy", scores={first: 0.9})

    assert summary.pushed == [first, second] and summary.not_found == [999]
    assert summary.project_id == 2  # not the older project whose title merely contains ours
    task = ls.task_rows[0]
    assert task["data"]["text"] == TEXT and task["data"]["ticket_id"] == first
    prediction = task["predictions"][0]
    assert (prediction["score"], prediction["model_version"]) == (0.62, "lora-2026-11-20")
    assert ls.task_rows[1]["predictions"][0]["model_version"] == "qwen2.5-7b"  # no adapter: the model's name
    assert parse_results(prediction["result"], TEXT, CONTRACT).entities == DRAFT_FIELDS["entities"]
    queued = rows(engine, AnnotationTask)
    assert [(t.ticket_id, t.labelstudio_task_id, t.strategy, t.score) for t in queued] == [
        (first, 101, "entropy", 0.9),
        (second, 102, "entropy", 0.0),
    ]

    again = push(engine, ls, [first, second])
    assert again.pushed == [] and again.already_there == [first, second]
    assert ls.imports == 1 and len(ls.task_rows) == 2 and len(rows(engine, AnnotationTask)) == 2


def test_push_records_a_task_that_was_imported_before_a_crash(engine: Engine, ls: FakeLabelStudio) -> None:
    ticket_id = add_ticket(engine)
    push(engine, ls, [ticket_id])
    with Session(engine) as session:  # as if the database write had been lost
        session.delete(session.exec(select(AnnotationTask)).one())
        session.commit()
    assert push(engine, ls, [ticket_id]).already_there == [ticket_id]
    assert [t.labelstudio_task_id for t in rows(engine, AnnotationTask)] == [101]


def test_push_refreshes_an_outdated_config(engine: Engine, ls: FakeLabelStudio) -> None:
    ls.projects.create(title=DEFAULT_PROJECT_TITLE, label_config="<View/>")
    push(engine, ls, [])
    assert ls.project_rows[0]["label_config"] == label_config(CONTRACT)


# ── Pull ──────────────────────────────────────────────────────────────────────────────────────────

CORRECTED = [
    *_results(
        intent="iade_baslat",
        spans=[LS_ORDER],
        tools=["start_return_process"],
        arguments='{"start_return_process": {"order_number": "4815162342", "reason": "beden küçük"}}',
    ),
    {"from_name": "reply", "type": "textarea", "value": {"text": ["İade sürecinizi başlattım."]}},
]


def test_pull_stores_annotations_and_corrections_and_is_idempotent(engine: Engine, ls: FakeLabelStudio) -> None:
    ticket_id = add_ticket(engine)
    push(engine, ls, [ticket_id])
    ls.annotate(101, 1, CORRECTED, "2026-11-26T10:00:00.000001Z")

    assert pull(engine, ls) == SyncSummary(created=1)
    assert pull(engine, ls) == SyncSummary(unchanged=1)

    [annotation] = rows(engine, Annotation)
    assert (annotation.external_id, annotation.source, annotation.is_current) == ("labelstudio:1", "labelstudio", True)
    assert annotation.intent == "iade_baslat" and annotation.entities == [ORDER]
    corrections = {c.field: c for c in rows(engine, Correction)}
    assert set(corrections) == {"intent", "entities", "tool_calls", "reply"}
    assert (corrections["intent"].before, corrections["intent"].after) == ("degisim_talebi", "iade_baslat")
    assert {(c.role, c.source) for c in corrections.values()} == {("annotator", "labelstudio")}
    assert rows(engine, AnnotationTask)[0].status == "done"


def test_an_accepted_prediction_writes_no_correction(engine: Engine, ls: FakeLabelStudio) -> None:
    ticket_id = add_ticket(engine)
    push(engine, ls, [ticket_id])
    ls.annotate(101, 1, ls.task_rows[0]["predictions"][0]["result"], "2026-11-26T10:00:00Z")
    assert pull(engine, ls).created == 1
    assert rows(engine, Correction) == []


def test_an_updated_annotation_supersedes_the_old_row(engine: Engine, ls: FakeLabelStudio) -> None:
    ticket_id = add_ticket(engine)
    push(engine, ls, [ticket_id])
    ls.annotate(101, 1, CORRECTED, "2026-11-26T10:00:00Z")
    pull(engine, ls)
    ls.annotate(101, 1, CORRECTED[:1] + CORRECTED[2:], "2026-11-26T10:05:00Z")  # span removed

    assert pull(engine, ls) == SyncSummary(updated=1)
    assert pull(engine, ls) == SyncSummary(unchanged=1)
    old, new = rows(engine, Annotation)
    assert (old.is_current, new.is_current) == (False, True)
    assert (old.entities, new.entities) == ([ORDER], [])
    last = rows(engine, Correction)[-1]
    assert (last.field, last.before, last.after) == ("entities", [ORDER], [])


def test_a_bad_annotation_is_skipped_with_its_task_id_and_nothing_written(engine: Engine, ls: FakeLabelStudio) -> None:
    good, bad = add_ticket(engine), add_ticket(engine, intent="kargo_takip")
    push(engine, ls, [good, bad])
    ls.annotate(101, 1, CORRECTED, "2026-11-26T10:00:00Z")
    ls.annotate(102, 2, _results(tools=["get_order_status"], arguments="{"), "2026-11-26T10:00:00Z")
    ls.annotate(102, 3, [], "2026-11-26T10:00:00Z", was_cancelled=True)

    summary = pull(engine, ls)

    assert summary.created == 1
    assert [task_id for task_id, _ in summary.skipped] == [102, 102]
    assert "not valid JSON" in summary.skipped[0][1] and "skipped" in summary.skipped[1][1]
    assert {a.ticket_id for a in rows(engine, Annotation)} == {good}
    assert {c.ticket_id for c in rows(engine, Correction)} == {good}


# ── Webhook ───────────────────────────────────────────────────────────────────────────────────────


def _payload(action: str, results: list, updated_at: str, ticket_id: int) -> dict[str, Any]:
    """The shape Label Studio 1.23 POSTs (trimmed to the keys the bridge reads)."""
    return {
        "action": action,
        "annotation": {"id": 7, "task": 55, "result": results, "updated_at": updated_at, "was_cancelled": False},
        "task": {"id": 55, "data": {"text": TEXT, "ticket_id": ticket_id}},
        "project": {"id": 1},
    }


def test_webhook_created_then_updated_keeps_history(engine: Engine) -> None:
    ticket_id = add_ticket(engine)
    created = _payload("ANNOTATION_CREATED", CORRECTED, "2026-11-26T10:00:00Z", ticket_id)
    updated = _payload("ANNOTATION_UPDATED", _results(intent="kargo_takip"), "2026-11-26T10:01:00Z", ticket_id)

    assert handle_webhook(engine, created) == SyncSummary(created=1)
    assert handle_webhook(engine, updated) == SyncSummary(updated=1)
    assert handle_webhook(engine, created) == SyncSummary(unchanged=1)  # a late, stale delivery
    assert handle_webhook(engine, {"action": "PROJECT_UPDATED"}) == SyncSummary()

    history = [(a.intent, a.is_current) for a in rows(engine, Annotation)]
    assert history == [("iade_baslat", False), ("kargo_takip", True)]
    intent_changes = [(c.before, c.after) for c in rows(engine, Correction) if c.field == "intent"]
    assert intent_changes == [("degisim_talebi", "iade_baslat"), ("iade_baslat", "kargo_takip")]


def test_webhook_for_an_unknown_ticket_is_skipped(engine: Engine) -> None:
    summary = handle_webhook(engine, _payload("ANNOTATION_CREATED", CORRECTED, "2026-11-26T10:00:00Z", 404))
    assert summary.skipped == [(55, "task data names no known Destek ticket (ticket_id=404)")]


@pytest.fixture
def webhook_url(engine: Engine) -> Iterator[str]:
    server = make_webhook_server("127.0.0.1", 0, engine, secret="s3cret")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_webhook_server_applies_posted_payloads_and_checks_the_secret(engine: Engine, webhook_url: str) -> None:
    ticket_id = add_ticket(engine)
    payload = _payload("ANNOTATION_CREATED", CORRECTED, "2026-11-26T10:00:00Z", ticket_id)
    assert httpx.post(webhook_url, json=payload, timeout=10).status_code == 403
    answer = httpx.post(webhook_url, json=payload, headers={"X-Destek-Webhook-Secret": "s3cret"}, timeout=10)
    assert answer.status_code == 200 and answer.json()["created"] == 1
    assert len(rows(engine, Annotation)) == 1


# ── Connection errors ─────────────────────────────────────────────────────────────────────────────


def _unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_server_that_is_down_gives_a_one_line_error() -> None:
    url = f"http://127.0.0.1:{_unused_port()}"
    with pytest.raises(LabelStudioUnreachable, match=f"^Label Studio at {url} is not reachable$"):
        connect(url, "token")


def test_a_rejected_token_gives_a_one_line_error() -> None:
    class Refuse(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"detail": "Invalid token."}'
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Refuse)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(LabelStudioAuthError, match=r"^Label Studio rejected the API token$"):
            connect(f"http://127.0.0.1:{server.server_port}", "wrong")
    finally:
        server.shutdown()
        server.server_close()


def test_a_missing_token_says_which_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    with pytest.raises(LabelStudioError, match="LABEL_STUDIO_API_KEY is not set"):
        connect("http://127.0.0.1:1")
