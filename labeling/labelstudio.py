"""The Label Studio bridge: push tickets with the bot's draft as a prediction, bring human annotations back.

Label Studio is the annotators' tool; Destek's database stays the source of truth. The bridge is built so
that it can be run again at any time without harm:

- `push` never imports a ticket twice into the same project: the project's own tasks (which carry
  `ticket_id` in their data) say what is already there, so a crash between the import and our database
  write is repaired on the next push.
- `pull` and `handle_webhook` share one code path. Each Label Studio annotation becomes an `Annotation`
  row keyed by `external_id = "labelstudio:<annotation id>"`; the row's `created_at` is the annotation's
  `updated_at` in Label Studio (when the human saved that version), so a repeated pull or a late, stale
  webhook changes nothing, and a newer version with different labels supersedes the old row
  (`is_current=False`, history kept).
- Corrections record each human change once: a new annotation writes one Correction per field that differs
  from the bot's draft (before = draft); an update writes one per field that differs from the version it
  replaces (before = that version), so training never counts the same fix twice.
- Label Studio accepts any result JSON, so every annotation is validated against the contract and the
  ticket text here; a bad one is reported with its task id and skipped, and each good one is written in
  its own transaction (never half-written).

Webhooks are the fast path; `pull` is the reconciliation that catches anything a webhook missed.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.contract import load_contract, span_matches
from db.engine import session_scope
from db.models import Annotation, AnnotationTask, Draft, Ticket, latest_draft
from labeling.annotations import label_fields, write_annotation
from labeling.ls_config import (
    AnnotationError,
    LabelSet,
    label_config,
    normalised_field,
    parse_results,
    prediction_results,
)

log = logging.getLogger(__name__)

DEFAULT_URL = "http://127.0.0.1:8080"
DEFAULT_PROJECT_TITLE = "Destek etiketleme"
SOURCE = "labelstudio"
WEBHOOK_ACTIONS = ("ANNOTATION_CREATED", "ANNOTATION_UPDATED")
WEBHOOK_SECRET_HEADER = "X-Destek-Webhook-Secret"
_MAX_WEBHOOK_BYTES = 5_000_000  # a payload carries one task and the project config: far below this


class LabelStudioError(RuntimeError):
    """Label Studio cannot be used as configured; the message is one line a person can act on."""


class LabelStudioUnreachable(LabelStudioError):
    """Nothing answers at the configured URL."""


class LabelStudioAuthError(LabelStudioError):
    """The server answered but refused the API token."""


@dataclass
class PushSummary:
    """What `push` did, by ticket id."""

    project_id: int
    pushed: list[int] = field(default_factory=list)
    already_there: list[int] = field(default_factory=list)
    not_found: list[int] = field(default_factory=list)


@dataclass
class SyncSummary:
    """What `pull` or `handle_webhook` did, counted per Label Studio annotation; skipped = (task id, reason)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def add(self, other: SyncSummary) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped.extend(other.skipped)


# ── Connection ────────────────────────────────────────────────────────────────────────────────────


def connect(url: str | None = None, api_key: str | None = None) -> LabelStudio:
    """A checked client for LABEL_STUDIO_URL with LABEL_STUDIO_API_KEY (the legacy token).

    It asks the server who we are once, so a server that is down or a wrong token fails here with a
    one-line message instead of as a stack trace in the middle of a push.
    """
    url = (url or os.environ.get("LABEL_STUDIO_URL") or DEFAULT_URL).rstrip("/")
    api_key = api_key or os.environ.get("LABEL_STUDIO_API_KEY")
    if not api_key:
        raise LabelStudioError("LABEL_STUDIO_API_KEY is not set (Label Studio: Account & Settings > Legacy Token)")
    with translate_errors(url):  # the SDK already rejects an expired personal access token in its constructor
        client = LabelStudio(base_url=url, api_key=api_key, timeout=30)
        client.users.whoami(request_options={"max_retries": 0})  # a down server answers at once, not after backoff
    return client


@contextmanager
def translate_errors(url: str) -> Iterator[None]:
    """Turn connection failures and token rejections from the SDK into LabelStudioError subclasses.

    `connect` checks once; a command line that wants the same one-line errors if the server goes away
    mid-run wraps its `push`/`pull` call in `with translate_errors(url):` too.
    """
    try:
        yield
    except httpx.TransportError:
        raise LabelStudioUnreachable(f"Label Studio at {url} is not reachable") from None
    except ApiError as exc:
        if exc.status_code == 401:
            raise LabelStudioAuthError("Label Studio rejected the API token") from None
        raise


# ── Project and push ──────────────────────────────────────────────────────────────────────────────


def ensure_project(client: Any, title: str = DEFAULT_PROJECT_TITLE) -> int:
    """The id of the project with exactly this title, created (or its config refreshed) from the contract.

    Label Studio's title filter matches substrings, so the exact title is checked here. When the contract
    has changed, the config is updated; Label Studio itself refuses a config that would orphan labels
    already used in annotations, which surfaces as an ApiError.
    """
    config = label_config(load_contract())
    for project in map(_plain, client.projects.list(title=title)):
        if project["title"] == title:
            if project.get("label_config") != config:
                client.projects.update(project["id"], label_config=config)
            return project["id"]
    created = client.projects.create(
        title=title,
        label_config=config,
        description="Destek: biletler, botun taslağı ön-etiket olarak (niyet, varlıklar, araç çağrıları, yanıt).",
        show_collab_predictions=True,
    )
    return _plain(created)["id"]


def push(
    engine: Engine,
    client: Any,
    ticket_ids: list[int],
    *,
    project_title: str = DEFAULT_PROJECT_TITLE,
    strategy: str = "manual",
    scores: dict[int, float] | None = None,
    batch: str | None = None,
) -> PushSummary:
    """Import these tickets into the project, each with its latest draft as a prediction; record the tasks.

    The prediction's `score` is the draft's confidence and its `model_version` the adapter that drafted it
    (the base model's name when no adapter was active), so annotators can sort and filter by both. Each new
    task gets an `AnnotationTask` row (`batch` defaults to "labelstudio:<project id>", `strategy` and
    `scores` say why active learning picked it) holding the Label Studio task id. Tickets already in the
    project are left alone and reported in `already_there`.
    """
    project_id = ensure_project(client, project_title)
    batch = batch or f"labelstudio:{project_id}"
    summary = PushSummary(project_id=project_id)
    in_project = _tasks_by_ticket(client, project_id)
    to_import = []
    with Session(engine) as session:
        for ticket_id in dict.fromkeys(ticket_ids):
            ticket = session.get(Ticket, ticket_id)
            if ticket is None:
                summary.not_found.append(ticket_id)
            elif ticket_id in in_project:
                summary.already_there.append(ticket_id)
            else:
                to_import.append(_task_payload(ticket, latest_draft(session, ticket_id)))
                summary.pushed.append(ticket_id)
    if to_import:
        client.projects.import_tasks(project_id, request=to_import)
        in_project = _tasks_by_ticket(client, project_id)
    with session_scope(engine) as session:
        for ticket_id in summary.pushed + summary.already_there:
            _record_task(session, ticket_id, in_project[ticket_id], batch, strategy, (scores or {}).get(ticket_id, 0.0))
    return summary


def _tasks_by_ticket(client: Any, project_id: int) -> dict[int, int]:
    """Destek ticket id -> Label Studio task id, for the tasks this bridge imported into the project."""
    found = {}
    for task in map(_plain, client.tasks.list(project=project_id, fields="task_only")):
        ticket_id = (task.get("data") or {}).get("ticket_id")
        if isinstance(ticket_id, int):
            found[ticket_id] = task["id"]
    return found


def _task_payload(ticket: Ticket, draft: Draft | None) -> dict[str, Any]:
    """One task to import: the masked text, our ids, and the draft as a prediction when there is one."""
    task: dict[str, Any] = {
        "data": {"text": ticket.text, "ticket_id": ticket.id, "draft_id": draft.id if draft else None}
    }
    if draft is None:
        return task
    dropped = [s for s in draft.entities or [] if not span_matches(ticket.text, s)]
    if dropped:
        log.warning("ticket %s: %d draft span(s) do not match the text and are not pre-filled", ticket.id, len(dropped))
    result = prediction_results(ticket.text, draft.intent, draft.entities, draft.tool_calls, draft.reply)
    if result:
        task["predictions"] = [
            {"result": result, "score": draft.confidence, "model_version": draft.adapter or draft.model}
        ]
    return task


def _record_task(session: Session, ticket_id: int, task_id: int, batch: str, strategy: str, score: float) -> None:
    """Make sure an AnnotationTask points at this Label Studio task (a no-op when one already does)."""
    if session.exec(select(AnnotationTask).where(AnnotationTask.labelstudio_task_id == task_id)).first():
        return
    statement = select(AnnotationTask).where(AnnotationTask.ticket_id == ticket_id, AnnotationTask.batch == batch)
    row = session.exec(statement).first() or AnnotationTask(
        ticket_id=ticket_id, batch=batch, strategy=strategy, score=score
    )
    row.labelstudio_task_id = task_id
    session.add(row)


# ── Pull and webhook ──────────────────────────────────────────────────────────────────────────────


def pull(engine: Engine, client: Any, project: int | str = DEFAULT_PROJECT_TITLE) -> SyncSummary:
    """Bring every annotation of the project (by id or exact title) into the database; safe to repeat."""
    project_id = project if isinstance(project, int) else _project_id(client, project)
    summary = SyncSummary()
    for task in map(_plain, client.tasks.list(project=project_id, fields="all")):
        for annotation in task.get("annotations") or []:
            summary.add(_apply_annotation(engine, task, _plain(annotation)))
    return summary


def handle_webhook(engine: Engine, payload: dict[str, Any]) -> SyncSummary:
    """Apply one Label Studio webhook payload (ANNOTATION_CREATED or ANNOTATION_UPDATED; others are ignored)."""
    if payload.get("action") not in WEBHOOK_ACTIONS:
        return SyncSummary()
    return _apply_annotation(engine, payload.get("task") or {}, payload.get("annotation") or {})


def _apply_annotation(engine: Engine, task: dict[str, Any], annotation: dict[str, Any]) -> SyncSummary:
    """Validate one Label Studio annotation of one task and store it, in one transaction."""
    task_id = task.get("id") or annotation.get("task") or 0
    if annotation.get("was_cancelled"):
        return SyncSummary(skipped=[(task_id, "the annotator skipped the task")])
    ticket_id = (task.get("data") or {}).get("ticket_id")
    external_id = f"{SOURCE}:{annotation.get('id')}"
    saved_at = _timestamp(annotation.get("updated_at") or annotation.get("created_at"))
    with session_scope(engine) as session:
        ticket = session.get(Ticket, ticket_id) if isinstance(ticket_id, int) else None
        if ticket is None:
            return SyncSummary(skipped=[(task_id, f"task data names no known Destek ticket (ticket_id={ticket_id!r})")])
        try:
            labels = parse_results(annotation.get("result") or [], ticket.text, load_contract())
        except AnnotationError as exc:
            return SyncSummary(skipped=[(task_id, str(exc))])
        statement = select(Annotation).where(Annotation.external_id == external_id, col(Annotation.is_current))
        current = session.exec(statement).first()
        if current is not None and (_as_utc(current.created_at) >= saved_at or _labels_of(current) == _key(labels)):
            return SyncSummary(unchanged=1)
        draft_id = (task.get("data") or {}).get("draft_id")
        draft = session.get(Draft, draft_id) if isinstance(draft_id, int) else latest_draft(session, ticket.id)
        write_annotation(
            session,
            ticket.id,
            label_fields(labels),
            source=SOURCE,
            supersedes=[current] if current is not None else [],
            draft=draft,
            external_id=external_id,
            created_at=saved_at,
        )
        queued = select(AnnotationTask).where(
            AnnotationTask.ticket_id == ticket.id, AnnotationTask.labelstudio_task_id == task_id
        )
        for row in session.exec(queued):
            row.status = "done"
            session.add(row)
    return SyncSummary(updated=1) if current is not None else SyncSummary(created=1)


def _project_id(client: Any, title: str) -> int:
    for project in map(_plain, client.projects.list(title=title)):
        if project["title"] == title:
            return project["id"]
    raise LabelStudioError(f"Label Studio has no project titled {title!r}")


def _key(labels: LabelSet) -> dict[str, Any]:
    return {name: normalised_field(name, value) for name, value in label_fields(labels).items()}


def _labels_of(row: Annotation) -> dict[str, Any]:
    return _key(LabelSet(row.intent, row.entities or [], row.tool_calls or [], row.reply))


def _timestamp(value: Any) -> datetime:
    """Label Studio timestamps arrive as datetimes from the SDK and ISO strings in webhooks."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise ValueError(f"not a Label Studio timestamp: {value!r}")
    return _as_utc(value)


def _as_utc(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; every timestamp Destek stores is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _plain(obj: Any) -> dict[str, Any]:
    """SDK models and plain dicts (webhook JSON, test fakes) in one shape."""
    return obj if isinstance(obj, dict) else obj.model_dump()


# ── Webhook receiver ──────────────────────────────────────────────────────────────────────────────


def register_webhook(client: Any, project_id: int, url: str, secret: str | None = None) -> int:
    """Ask Label Studio to POST annotation events for the project to `url`; reuses an existing hook to it."""
    for hook in map(_plain, client.webhooks.list(project=str(project_id))):
        if hook["url"] == url:
            return hook["id"]
    created = client.webhooks.create(
        url=url,
        project=project_id,
        send_payload=True,
        send_for_all_actions=False,
        actions=list(WEBHOOK_ACTIONS),
        headers={WEBHOOK_SECRET_HEADER: secret} if secret else {},
    )
    return _plain(created)["id"]


def make_webhook_server(host: str, port: int, engine: Engine, secret: str | None = None) -> HTTPServer:
    """An HTTP server that applies every POSTed webhook payload; call `serve_forever()` on it.

    Deliberately single-threaded: events are applied one at a time, so a CREATED and an UPDATED for the
    same annotation can never race each other into two current rows. With `secret`, requests must carry
    it in the X-Destek-Webhook-Secret header (`register_webhook` sets it up on the Label Studio side).
    """

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if secret and not hmac.compare_digest(self.headers.get(WEBHOOK_SECRET_HEADER, ""), secret):
                self._answer(403, {"error": "wrong or missing webhook secret"})
                return
            length = int(self.headers.get("Content-Length") or 0)
            if not 0 < length <= _MAX_WEBHOOK_BYTES:
                self._answer(400, {"error": "expected a JSON body"})
                return
            try:
                payload = json.loads(self.rfile.read(length))
            except json.JSONDecodeError:
                self._answer(400, {"error": "body is not JSON"})
                return
            summary = handle_webhook(engine, payload)
            for task_id, reason in summary.skipped:
                log.warning("Label Studio task %s skipped: %s", task_id, reason)
            self._answer(200, {"created": summary.created, "updated": summary.updated, "skipped": summary.skipped})

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            log.info("webhook %s", format % args)

    return HTTPServer((host, port), Handler)


def serve_webhook(host: str, port: int, engine: Engine, secret: str | None = None) -> None:
    """Receive Label Studio webhooks on host:port until interrupted (the `destek labelstudio webhook` loop)."""
    server = make_webhook_server(host, port, engine, secret)
    log.info("listening for Label Studio webhooks on http://%s:%s", host, server.server_port)
    try:
        server.serve_forever()
    finally:
        server.server_close()
