"""The annotator's workbench: what to label next, the bot's prediction as a starting point, saving, skipping,
progress toward a batch's goal, and inter-annotator agreement.

The Streamlit page (app/pages/workbench.py) is a thin view over this module; everything here works on an
engine and returns plain dataclasses, so it is tested without a browser.

What gets labelled
    Two sources, both as `AnnotationTask` rows so that progress, skipping and completion work the same way:

    - the active-learning queue: tasks that `labeling.queue.fill_queue` (or the Label Studio push) created,
      one batch per fill, with its strategy and score;
    - the mini-dataset: the hand-labelled seed set. The synthetic corpus names its tickets
      "mini-<seed>-<index>", and import keeps that id as `Ticket.external_id` (the import's `source` is the
      file name, "import:<file>", so it is not a reliable marker). A ticket belongs to the mini set when its
      external id starts with `WorkbenchConfig.mini_id_prefix` or its `source` is one of
      `WorkbenchConfig.mini_sources` (for sets imported under another name). `sync_mini_tasks` queues the
      mini tickets that have no current annotation yet as batch "mini" (idempotent; the page runs it once).

Two annotators on one ticket
    A share of tickets (`WorkbenchConfig.overlap`, chosen by a hash of the ticket id, so the choice is
    stable and independent of who asks first) needs labels from two different annotators; its task stays
    open after the first label and is offered to a second annotator, who sees the bot's prediction, never
    the first annotator's label. All other tasks are done after one label. `agreement` compares the
    current labels of every ticket that two or more annotators labelled.

Who sees which task (`next_task`)
    Open tasks of the chosen batch, without the tickets this user already labelled or skipped; a task
    assigned to someone else is left to them, except for its second (overlap) label. Tasks assigned to the
    user come first, then tickets waiting for their second label (so agreement pairs complete), then the
    active-learning score, highest first.

Saving (`save_annotation`)
    The labels are validated against the contract and the ticket text first; a bad label raises
    WorkbenchError and nothing is written. Each user has at most one current Annotation per ticket: a new
    save by the same user supersedes their earlier one (history kept), while another annotator's label
    stays current beside it. Correction rows record each field that differs from the bot's latest draft
    (or, for a user's update, from their previous version: one human change counts once), written by
    labeling.annotations.write_annotation as the Label Studio bridge's are. Skips are audit events
    ("workbench.skipped"): the task stays open for others.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.contract import Contract, load_contract, span_inside
from db.engine import session_scope
from db.models import Annotation, AnnotationTask, AuditEvent, Ticket, User, latest_draft
from db.users import record
from labeling.annotations import write_annotation
from serving.output import Entity, fold_preserving_length, validate_spans
from serving.toolcalls import plan_tool_calls
from serving.tools import argument_error, parse_arguments

OPEN = "open"
DONE = "done"
SOURCE = "app"
MINI_BATCH = "mini"
SAVED_ACTION = "workbench.annotated"
SKIPPED_ACTION = "workbench.skipped"
_TOKEN = re.compile(r"\w+|[^\w\s]")


class WorkbenchError(ValueError):
    """A label or request the workbench refuses; the message says what to fix and nothing was written."""


@dataclass(frozen=True)
class WorkbenchConfig:
    """Which tickets form the mini-dataset, and how many tickets get a second annotator for agreement."""

    mini_sources: frozenset[str] = frozenset({"mini"})
    mini_id_prefix: str = "mini-"
    mini_batch: str = MINI_BATCH
    #: Share of tickets (0 to 1) that two different annotators label, for inter-annotator agreement.
    overlap: float = 0.1

    def __post_init__(self) -> None:
        if not 0.0 <= self.overlap <= 1.0:
            raise WorkbenchError(f"overlap must be between 0 and 1, got {self.overlap}")

    @classmethod
    def from_env(cls) -> WorkbenchConfig:
        """DESTEK_WORKBENCH_OVERLAP (0 to 1) and DESTEK_MINI_SOURCES (comma-separated) override the defaults."""
        config = cls()
        overlap = os.environ.get("DESTEK_WORKBENCH_OVERLAP")
        sources = os.environ.get("DESTEK_MINI_SOURCES")
        try:
            overlap_value = float(overlap) if overlap else config.overlap
        except ValueError:
            raise WorkbenchError(f"DESTEK_WORKBENCH_OVERLAP must be a number, got {overlap!r}") from None
        return cls(
            mini_sources=frozenset(s.strip() for s in sources.split(",") if s.strip())
            if sources
            else config.mini_sources,
            overlap=overlap_value,
        )


DEFAULT_CONFIG = WorkbenchConfig()


# ── Spans from tokens or typed text ───────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark of the ticket text with its character offsets: `text[start:end]`."""

    index: int
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words and single punctuation marks with offsets: what the page lets an annotator pick a span from.

    A browser text selection cannot reach Streamlit, so a span is made by picking its first and last token;
    "249,90 TL" is the tokens "249" "," "90" "TL", so any span the text contains can be picked.
    """
    return [Token(n, m.group(), m.start(), m.end()) for n, m in enumerate(_TOKEN.finditer(text))]


def span_from_tokens(text: str, first: int, last: int, entity_type: str) -> dict[str, Any]:
    """The span from token `first` to token `last` (inclusive, 0-based), exactly as it stands in the text."""
    tokens = tokenize(text)
    if not (0 <= first <= last < len(tokens)):
        raise WorkbenchError(f"pick a first and last token between 0 and {len(tokens) - 1}, first before last")
    start, end = tokens[first].start, tokens[last].end
    return _checked_span(text, entity_type, start, end)


_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def token_labels(tokens: Sequence[Token]) -> list[str]:
    """What the page shows on each token's button: its text, and a subscript from the second time the same
    text recurs (",", ",₂"), so every button is told apart (the app identifies a pick by its label)."""
    seen: Counter[str] = Counter()
    labels = []
    for token in tokens:
        seen[token.text] += 1
        n = seen[token.text]
        labels.append(token.text if n == 1 else f"{token.text}{str(n).translate(_SUBSCRIPT)}")
    return labels


def span_from_picks(text: str, picked: Sequence[int], entity_type: str) -> dict[str, Any]:
    """The span covering the picked tokens, from the first to the last (a click on the first and the last token
    of "249,90 TL" is enough; the tokens between are taken too)."""
    if not picked:
        raise WorkbenchError("Önce metinden token seçin. (Pick the span's tokens first.)")
    return span_from_tokens(text, min(picked), max(picked), entity_type)


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Every (start, end) where `value` stands in the text: exact matches, else case/Turkish-i-insensitive."""
    value = value.strip()
    if not value:
        return []
    for needle, haystack in ((value, text), (fold_preserving_length(value), fold_preserving_length(text))):
        found = [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), haystack)]
        if found:
            return found
    return []


def find_span(text: str, value: str, entity_type: str, occurrence: int = 1) -> dict[str, Any]:
    """The span of the typed `value`; `occurrence` (1-based) picks one when the text repeats it."""
    found = occurrences(text, value)
    if not found:
        raise WorkbenchError(f"{value.strip()!r} does not occur in the ticket text")
    if not 1 <= occurrence <= len(found):
        raise WorkbenchError(
            f"{value.strip()!r} occurs {len(found)} time(s); choose an occurrence from 1 to {len(found)}"
        )
    start, end = found[occurrence - 1]
    return _checked_span(text, entity_type, start, end)


def _checked_span(text: str, entity_type: str, start: int, end: int) -> dict[str, Any]:
    contract = load_contract()
    if entity_type not in contract.entity_type_ids:
        raise WorkbenchError(f"unknown entity type {entity_type!r}")
    return {"type": entity_type, "value": text[start:end], "start": start, "end": end}


def marked_segments(text: str, spans: Sequence[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, entity type or None) for highlighting; of overlapping spans the longest wins."""
    segments: list[tuple[str, str | None]] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        start, end = span["start"], span["end"]
        if start < cursor or not span_inside(text, start, end):
            continue
        if start > cursor:
            segments.append((text[cursor:start], None))
        segments.append((text[start:end], span["type"]))
        cursor = end
    if cursor < len(text):
        segments.append((text[cursor:], None))
    return segments


# ── Labels: display, suggestion, validation ───────────────────────────────────────────────────────


def intent_label(intent_id: str) -> str:
    """ "Turkish label · id", as the intent list shows it."""
    contract = load_contract()
    return f"{contract.intent(intent_id).label} · {intent_id}" if contract.has_intent(intent_id) else intent_id


def entity_type_label(entity_type: str) -> str:
    labels = {e.id: e.label for e in load_contract().entity_types}
    return f"{labels[entity_type]} · {entity_type}" if entity_type in labels else entity_type


#: Arguments the customer's own words fill (a cancellation's or return's reason). The bot's rules fall back to the
#: intent's label there; a label is not what the customer said, so a suggestion leaves them for the annotator.
FREE_TEXT_ARGUMENTS = frozenset({"reason"})


@dataclass(frozen=True)
class Suggestion:
    """Tool calls suggested by the contract's rules, and what the page tells the annotator about them."""

    calls: list[dict[str, Any]]
    message: str  # Turkish, with the English in parentheses
    complete: bool  # False: nothing could be suggested, or some argument is left for the annotator to fill


def suggest_calls(text: str, intent: str | None, entities: Sequence[dict[str, Any]]) -> Suggestion:
    """The calls the contract's rules derive from an intent and spans (what the bot itself would call), with a
    message that says what was suggested or why nothing was. Free-text arguments (`FREE_TEXT_ARGUMENTS`) are
    taken from a span when the ticket has one, else left empty for the annotator: never the intent's label."""
    contract = load_contract()
    if not intent or not contract.has_intent(intent):
        return Suggestion([], "Önce bir niyet seçin. (Choose an intent first.)", False)
    spans = [Entity(e["type"], e["value"], e["start"], e["end"]) for e in entities]
    plan = plan_tool_calls(intent, spans, text, contract)
    name = contract.intent(intent).label
    if plan.missing:
        labels = {e.id: e.label for e in contract.entity_types}
        needed = labels.get(plan.missing, plan.missing)
        return Suggestion(
            [],
            f"Öneri yapılamadı: «{name}» için bir {needed} ({plan.missing}) gerekiyor; metinden bu türde bir "
            f"varlık ekleyin. (No suggestion: this intent needs a {plan.missing} span.)",
            False,
        )
    if not plan.calls:
        return Suggestion([], f"«{name}» araç çağrısı gerektirmiyor. (This intent needs no tool call.)", True)
    calls, blank = [], []
    for call in plan.calls:
        arguments = dict(call["arguments"])
        for argument in FREE_TEXT_ARGUMENTS & set(arguments):
            if arguments[argument] == name:
                arguments[argument] = ""
                blank.append(f"{call['name']}.{argument}")
        calls.append({"name": call["name"], "arguments": arguments})
    message = f"Önerilen çağrılar (suggested calls): {', '.join(c['name'] for c in calls)}."
    if blank:
        message += (
            f" Müşterinin yazdığı nedeni girin: {', '.join(blank)} boş bırakıldı. "
            "(Fill in the reason in the customer's words: left empty.)"
        )
    return Suggestion(calls, message, not blank)


def suggest_tool_calls(text: str, intent: str | None, entities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The suggested calls alone (see `suggest_calls`), as the pre-fill uses them."""
    return suggest_calls(text, intent, entities).calls


@dataclass(frozen=True)
class Labels:
    """A validated label set in the stored shape."""

    intent: str
    entities: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]

    def fields(self) -> dict[str, Any]:
        return {"intent": self.intent, "entities": self.entities, "tool_calls": self.tool_calls}


def validate_labels(
    text: str,
    intent: str | None,
    entities: Sequence[dict[str, Any]],
    tool_calls: Sequence[dict[str, Any]],
    contract: Contract | None = None,
) -> Labels:
    """Check a label set against the contract and the text; every problem is named in one WorkbenchError.

    Tool-call arguments may be a dict or a JSON string (as typed in the page); they come back as dicts.
    """
    contract = contract or load_contract()
    problems: list[str] = []
    if not intent:
        problems.append("choose an intent")
    elif not contract.has_intent(intent):
        problems.append(f"unknown intent {intent!r}")
    spans: list[dict[str, Any]] = []
    for entity in entities:
        if not isinstance(entity, dict):
            problems.append("every entity must be a mapping with type, value, start and end")
            continue
        found = validate_spans([entity], text, contract)
        if found:
            problems.extend(found)
        elif entity["value"] != entity["value"].strip():
            problems.append(f"span {entity['start']}:{entity['end']} starts or ends with whitespace")
        else:
            span = {k: entity[k] for k in ("type", "value", "start", "end")}
            if span not in spans:
                spans.append(span)
    spans.sort(key=lambda s: (s["start"], s["end"], s["type"]))
    calls: list[dict[str, Any]] = []
    for call in tool_calls:
        name = call.get("name") if isinstance(call, dict) else None
        if not isinstance(name, str) or not contract.has_tool(name):
            problems.append(f"unknown tool {name!r}")
            continue
        arguments, error = parse_arguments(name, call.get("arguments") or {})
        error = error or argument_error(name, arguments or {})
        if error:
            problems.append(error)
        else:
            calls.append({"name": name, "arguments": arguments})
    if problems:
        raise WorkbenchError("; ".join(problems))
    return Labels(intent, spans, calls)  # type: ignore[arg-type]  # intent is checked above


# ── Pre-fill and the next task ────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Prefill:
    """Where the annotator starts: the bot's latest draft, else labels imported with the ticket, else nothing."""

    intent: str | None
    entities: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]
    source: str  # "draft", "gold" or "none"
    tool_calls_source: str  # "draft", "gold", "rules" or "none"
    draft_id: int | None = None
    confidence: float | None = None
    alternatives: list[tuple[str, float]] = field(default_factory=list)


def _matching(text: str, spans: Any) -> list[dict[str, Any]]:
    """The spans that fit the text exactly (a stale or hallucinated span is not pre-filled)."""
    contract = load_contract()
    kept = []
    for span in spans or []:
        if isinstance(span, dict) and not validate_spans([span], text, contract):
            kept.append({k: span[k] for k in ("type", "value", "start", "end")})
    return kept


def prefill_for(session: Session, ticket: Ticket) -> Prefill:
    """The pre-filled labels for a ticket; never another annotator's label (agreement needs independence)."""
    contract = load_contract()
    draft = latest_draft(session, ticket.id)
    if draft is not None:
        intent = draft.intent if draft.intent and contract.has_intent(draft.intent) else None
        entities = _matching(ticket.text, draft.entities)
        if draft.tool_calls is not None:
            calls, calls_source = list(draft.tool_calls), "draft"
        else:
            calls, calls_source = suggest_tool_calls(ticket.text, intent, entities), "rules" if intent else "none"
        probs = sorted((draft.intent_probs or {}).items(), key=lambda item: -item[1])[:3]
        return Prefill(intent, entities, calls, "draft", calls_source, draft.id, draft.confidence, probs)
    gold = ticket.gold or {}
    if gold.get("intent") and contract.has_intent(gold["intent"]):
        entities = _matching(ticket.text, gold.get("entities"))
        if gold.get("tool_calls") is not None:
            calls, calls_source = list(gold["tool_calls"]), "gold"
        else:
            calls, calls_source = suggest_tool_calls(ticket.text, gold["intent"], entities), "rules"
        return Prefill(gold["intent"], entities, calls, "gold", calls_source)
    return Prefill(None, [], [], "none", "none")


@dataclass(frozen=True)
class WorkItem:
    """One ticket to label, from one task, with its pre-fill."""

    task_id: int
    ticket_id: int
    batch: str
    strategy: str
    score: float
    text: str
    prefill: Prefill
    #: Other annotators' current labels on this ticket: 1 means this is the second (agreement) label.
    labelled_by_others: int = 0
    assigned_to_me: bool = False


def in_overlap(ticket_id: int, share: float) -> bool:
    """Whether a ticket is one of the `share` that two annotators label; stable for a ticket id."""
    if share <= 0:
        return False
    if share >= 1:
        return True
    digest = hashlib.sha256(f"destek-overlap:{ticket_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def required_labels(ticket_id: int, config: WorkbenchConfig = DEFAULT_CONFIG) -> int:
    return 2 if in_overlap(ticket_id, config.overlap) else 1


def _labellers(session: Session, ticket_ids: Sequence[int]) -> dict[int, set[str]]:
    """Ticket id -> who holds a current label on it ("user:<id>", or the external id of a Label Studio label)."""
    found: dict[int, set[str]] = defaultdict(set)
    if not ticket_ids:
        return found
    statement = select(Annotation.ticket_id, Annotation.user_id, Annotation.external_id, Annotation.id).where(
        col(Annotation.is_current), col(Annotation.ticket_id).in_(list(ticket_ids))
    )
    for ticket_id, user_id, external_id, annotation_id in session.exec(statement):
        found[ticket_id].add(f"user:{user_id}" if user_id is not None else external_id or f"annotation:{annotation_id}")
    return found


def _skips(session: Session, user_id: int | None = None) -> list[tuple[int | None, dict[str, Any]]]:
    statement = select(AuditEvent.user_id, AuditEvent.details).where(AuditEvent.action == SKIPPED_ACTION)
    if user_id is not None:
        statement = statement.where(AuditEvent.user_id == user_id)
    return [(uid, details or {}) for uid, details in session.exec(statement)]


def sync_mini_tasks(engine: Engine, config: WorkbenchConfig = DEFAULT_CONFIG) -> int:
    """Queue every mini-dataset ticket without a current annotation as batch "mini"; returns how many were new."""
    with session_scope(engine) as session:
        is_mini = or_(
            col(Ticket.source).in_(sorted(config.mini_sources)),
            col(Ticket.external_id).startswith(config.mini_id_prefix),
        )
        ticket_ids = session.exec(select(Ticket.id).where(is_mini).order_by(col(Ticket.id))).all()
        queued = set(session.exec(select(AnnotationTask.ticket_id).where(AnnotationTask.batch == config.mini_batch)))
        labelled = set(session.exec(select(Annotation.ticket_id).where(col(Annotation.is_current))))
        new = [
            AnnotationTask(ticket_id=ticket_id, batch=config.mini_batch, strategy="mini", score=0.0)
            for ticket_id in ticket_ids
            if ticket_id not in queued and ticket_id not in labelled
        ]
        session.add_all(new)
        return len(new)


def next_task(
    engine: Engine, user_id: int, *, batch: str | None = None, config: WorkbenchConfig = DEFAULT_CONFIG
) -> WorkItem | None:
    """The next ticket for this user (in `batch`, or any batch), pre-filled; None when nothing is left."""
    with Session(engine) as session:
        statement = select(AnnotationTask).where(AnnotationTask.status == OPEN)
        if batch is not None:
            statement = statement.where(AnnotationTask.batch == batch)
        tasks = session.exec(statement).all()
        if not tasks:
            return None
        mine = set(session.exec(select(Annotation.ticket_id).where(Annotation.user_id == user_id)))
        skipped = {details.get("ticket_id") for _, details in _skips(session, user_id)}
        labellers = _labellers(session, sorted({t.ticket_id for t in tasks}))
        me = f"user:{user_id}"
        candidates = []
        for task in tasks:
            others = labellers.get(task.ticket_id, set()) - {me}
            if task.ticket_id in mine or task.ticket_id in skipped:
                continue
            if len(others) >= required_labels(task.ticket_id, config):
                continue  # complete already (e.g. labelled in Label Studio); not this user's to label again
            if task.assigned_to not in (None, user_id) and f"user:{task.assigned_to}" not in others:
                continue  # reserved for someone else, who has not labelled it yet
            candidates.append((task.assigned_to != user_id, not others, -task.score, task.id, task, len(others)))
        if not candidates:
            return None
        *_, task, n_others = min(candidates, key=lambda c: c[:4])
        ticket = session.get(Ticket, task.ticket_id)
        return WorkItem(
            task_id=task.id,
            ticket_id=ticket.id,
            batch=task.batch,
            strategy=task.strategy,
            score=task.score,
            text=ticket.text,
            prefill=prefill_for(session, ticket),
            labelled_by_others=n_others,
            assigned_to_me=task.assigned_to == user_id,
        )


# ── Filling the queue from the page ──────────────────────────────────────────────────────────────


QUEUE_FILLED_ACTION = "workbench.queue_filled"


def fill_queue_from_page(engine: Engine, user_id: int, k: int | None = None) -> list[AnnotationTask]:
    """What `destek select` does (labeling.queue.fill_first_batch: the default strategy once the pool is
    drafted, the random baseline before), for the workbench's empty-queue button; audited under the user."""
    from labeling.queue import FIRST_BATCH_SIZE, fill_first_batch  # numpy and the encoders: only when asked

    with Session(engine) as session:
        _checked_user(session, user_id)
    tasks = fill_first_batch(engine, k or FIRST_BATCH_SIZE)
    if tasks:
        with session_scope(engine) as session:
            record(
                session, user_id, QUEUE_FILLED_ACTION, batch=tasks[0].batch, strategy=tasks[0].strategy, n=len(tasks)
            )
    return tasks


# ── Save and skip ─────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class SaveResult:
    annotation_id: int
    changed: list[str]  # fields recorded as corrections
    replaced: bool  # the user's earlier label of this ticket was superseded
    done_tasks: list[int]  # tasks this label completed
    #: The ticket needs a second annotator's label (agreement) before its task is done.
    awaiting_second: bool = False


def _checked_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise WorkbenchError(f"no active user with id {user_id}")
    return user


def _checked_task(session: Session, task_id: int | None, ticket_id: int) -> AnnotationTask | None:
    if task_id is None:
        return None
    task = session.get(AnnotationTask, task_id)
    if task is None or task.ticket_id != ticket_id:
        raise WorkbenchError(f"task {task_id} is not a task of ticket {ticket_id}")
    return task


def save_annotation(
    engine: Engine,
    user_id: int,
    ticket_id: int,
    *,
    intent: str | None,
    entities: Sequence[dict[str, Any]],
    tool_calls: Sequence[dict[str, Any]],
    task_id: int | None = None,
    config: WorkbenchConfig = DEFAULT_CONFIG,
) -> SaveResult:
    """Validate and store one annotator's labels for a ticket, in one transaction (see the module docstring)."""
    with session_scope(engine) as session:
        _checked_user(session, user_id)
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise WorkbenchError(f"no ticket {ticket_id}")
        task = _checked_task(session, task_id, ticket_id)
        labels = validate_labels(ticket.text, intent, entities, tool_calls)

        statement = select(Annotation).where(
            Annotation.ticket_id == ticket_id, Annotation.user_id == user_id, col(Annotation.is_current)
        )
        previous = session.exec(statement.order_by(col(Annotation.id))).all()
        annotation, changed = write_annotation(
            session,
            ticket_id,
            labels.fields(),
            source=SOURCE,
            supersedes=previous,
            draft=latest_draft(session, ticket_id),
            user_id=user_id,
        )
        session.flush()

        labelled = _labellers(session, [ticket_id]).get(ticket_id, set())
        open_tasks = session.exec(
            select(AnnotationTask).where(AnnotationTask.ticket_id == ticket_id, AnnotationTask.status == OPEN)
        ).all()
        done = []
        if len(labelled) >= required_labels(ticket_id, config):
            for row in open_tasks:
                row.status = DONE
                session.add(row)
                done.append(row.id)
        record(
            session,
            user_id,
            SAVED_ACTION,
            ticket_id=ticket_id,
            annotation_id=annotation.id,
            task_id=task.id if task else None,
            batch=task.batch if task else None,
            intent=labels.intent,
            changed=changed,
            replaced=bool(previous),
        )
        awaiting = bool(open_tasks) and not done
        return SaveResult(annotation.id, changed, bool(previous), done, awaiting)


def skip_ticket(engine: Engine, user_id: int, ticket_id: int, *, task_id: int | None = None, reason: str = "") -> None:
    """Record that this user passes on the ticket; the task stays open and is offered to the others."""
    with session_scope(engine) as session:
        _checked_user(session, user_id)
        if session.get(Ticket, ticket_id) is None:
            raise WorkbenchError(f"no ticket {ticket_id}")
        task = _checked_task(session, task_id, ticket_id)
        record(
            session,
            user_id,
            SKIPPED_ACTION,
            ticket_id=ticket_id,
            task_id=task_id,
            batch=task.batch if task else None,
            reason=reason.strip()[:500],
        )


# ── Progress ──────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class BatchProgress:
    """How far a batch is toward its goal (every task done), and who did how much."""

    batch: str
    strategy: str
    total: int
    done: int
    awaiting_second: int  # open tasks that have one label and wait for the second annotator
    labels: dict[str, int]  # username -> current labels on this batch's tickets
    skips: dict[str, int]  # username -> skips in this batch
    #: Tasks the asking user has finished their part of: done, or labelled by them and waiting for a second
    #: annotator (their save counts for them even when the demo has no second annotator).
    done_for_me: int = 0
    #: Of those, the tasks that wait for a second annotator after this user's label.
    mine_awaiting_second: int = 0

    @property
    def open(self) -> int:
        return self.total - self.done

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


def progress(engine: Engine, batch: str | None = None, *, user_id: int | None = None) -> list[BatchProgress]:
    """Progress of every batch (or one), oldest batch first; with `user_id`, also that user's own part."""
    with Session(engine) as session:
        statement = select(AnnotationTask).order_by(col(AnnotationTask.created_at), col(AnnotationTask.id))
        if batch is not None:
            statement = statement.where(AnnotationTask.batch == batch)
        by_batch: dict[str, list[AnnotationTask]] = defaultdict(list)
        for task in session.exec(statement):
            by_batch[task.batch].append(task)
        if not by_batch:
            return []
        names = dict(session.exec(select(User.id, User.username)).all())
        ticket_ids = sorted({t.ticket_id for tasks in by_batch.values() for t in tasks})
        labelled_by: dict[int, Counter[str]] = defaultdict(Counter)
        mine: set[int] = set()
        current = select(Annotation.ticket_id, Annotation.user_id).where(
            col(Annotation.is_current), col(Annotation.ticket_id).in_(ticket_ids)
        )
        for ticket_id, labeller in session.exec(current):
            labelled_by[ticket_id][names.get(labeller, "Label Studio") if labeller else "Label Studio"] += 1
            if user_id is not None and labeller == user_id:
                mine.add(ticket_id)
        skips: dict[str, Counter[str]] = defaultdict(Counter)
        for user_id, details in _skips(session):
            skips[details.get("batch") or ""][names.get(user_id, str(user_id))] += 1
        result = []
        for name, tasks in by_batch.items():
            labels: Counter[str] = Counter()
            for ticket_id in {t.ticket_id for t in tasks}:
                labels.update(labelled_by.get(ticket_id, Counter()))
            result.append(
                BatchProgress(
                    batch=name,
                    strategy=tasks[0].strategy,
                    total=len(tasks),
                    done=sum(t.status == DONE for t in tasks),
                    awaiting_second=sum(t.status == OPEN and sum(labelled_by[t.ticket_id].values()) > 0 for t in tasks),
                    labels=dict(sorted(labels.items())),
                    skips=dict(sorted(skips.get(name, Counter()).items())),
                    done_for_me=sum(t.status == DONE or t.ticket_id in mine for t in tasks),
                    mine_awaiting_second=sum(t.status == OPEN and t.ticket_id in mine for t in tasks),
                )
            )
        return result


# ── Inter-annotator agreement ─────────────────────────────────────────────────────────────────────


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa of two annotators' labels on the same items; None when undefined (no items, or both
    annotators used one and the same label for everything, so chance agreement is already 1)."""
    if len(a) != len(b):
        raise ValueError("both annotators must label the same items")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


@dataclass(frozen=True)
class PairAgreement:
    """Agreement of two annotators over the tickets both labelled."""

    annotator_a: str
    annotator_b: str
    n: int
    intent_agreement: float
    kappa: float | None
    entity_agreement: float  # share of tickets with exactly the same span set (type, start, end)
    tool_call_agreement: float


@dataclass(frozen=True)
class Disagreement:
    """A ticket whose annotators disagree: what each said, and on which fields, for adjudication."""

    ticket_id: int
    text: str
    fields: list[str]
    labels: dict[str, dict[str, Any]]  # username -> {"intent", "entities", "tool_calls"}


@dataclass(frozen=True)
class AgreementReport:
    n_tickets: int  # tickets with current labels from at least two annotators
    n_pairs: int  # (ticket, annotator pair) comparisons
    intent_agreement: float | None
    kappa: float | None  # Cohen's kappa over all pairs' comparisons pooled
    entity_agreement: float | None
    tool_call_agreement: float | None
    pairs: list[PairAgreement]
    disagreements: list[Disagreement]


def _span_set(entities: Any) -> frozenset[tuple[str, int, int]]:
    return frozenset((e["type"], e["start"], e["end"]) for e in entities or [])


def _call_set(calls: Any) -> list[str]:
    return sorted(json.dumps(c, sort_keys=True, ensure_ascii=False) for c in calls or [])


def _rate(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def agreement(engine: Engine, batch: str | None = None) -> AgreementReport:
    """Agreement between annotators on every ticket (of `batch`) that two or more of them labelled.

    Only workbench labels count (they carry a user); Label Studio labels have no Destek user to pair.
    """
    with Session(engine) as session:
        statement = select(Annotation).where(col(Annotation.is_current), col(Annotation.user_id).is_not(None))
        if batch is not None:
            in_batch = select(AnnotationTask.ticket_id).where(AnnotationTask.batch == batch)
            statement = statement.where(col(Annotation.ticket_id).in_(in_batch))
        by_ticket: dict[int, dict[int, Annotation]] = defaultdict(dict)
        for row in session.exec(statement.order_by(col(Annotation.id))):
            by_ticket[row.ticket_id][row.user_id] = row  # the newest current label per user wins
        shared = {t: rows for t, rows in sorted(by_ticket.items()) if len(rows) >= 2}
        names = dict(session.exec(select(User.id, User.username)).all())
        texts = dict(session.exec(select(Ticket.id, Ticket.text).where(col(Ticket.id).in_(list(shared)))).all())

    pair_rows: dict[tuple[int, int], list[tuple[Annotation, Annotation]]] = defaultdict(list)
    disagreements = []
    for ticket_id, rows in shared.items():
        fields: set[str] = set()
        for a, b in combinations(sorted(rows), 2):
            first, second = rows[a], rows[b]
            pair_rows[(a, b)].append((first, second))
            if first.intent != second.intent:
                fields.add("intent")
            if _span_set(first.entities) != _span_set(second.entities):
                fields.add("entities")
            if _call_set(first.tool_calls) != _call_set(second.tool_calls):
                fields.add("tool_calls")
        if fields:
            labels = {
                names.get(uid, str(uid)): {
                    "intent": r.intent,
                    "entities": r.entities or [],
                    "tool_calls": r.tool_calls or [],
                }
                for uid, r in sorted(rows.items())
            }
            disagreements.append(Disagreement(ticket_id, texts.get(ticket_id, ""), sorted(fields), labels))

    pairs = []
    all_a: list[str] = []
    all_b: list[str] = []
    intents, spans, calls = [], [], []
    for (a, b), compared in sorted(pair_rows.items()):
        intent_a = [x.intent for x, _ in compared]
        intent_b = [y.intent for _, y in compared]
        same_intent = [x == y for x, y in zip(intent_a, intent_b, strict=True)]
        same_spans = [_span_set(x.entities) == _span_set(y.entities) for x, y in compared]
        same_calls = [_call_set(x.tool_calls) == _call_set(y.tool_calls) for x, y in compared]
        pairs.append(
            PairAgreement(
                annotator_a=names.get(a, str(a)),
                annotator_b=names.get(b, str(b)),
                n=len(compared),
                intent_agreement=_rate(same_intent) or 0.0,
                kappa=cohen_kappa(intent_a, intent_b),
                entity_agreement=_rate(same_spans) or 0.0,
                tool_call_agreement=_rate(same_calls) or 0.0,
            )
        )
        all_a += intent_a
        all_b += intent_b
        intents += same_intent
        spans += same_spans
        calls += same_calls
    return AgreementReport(
        n_tickets=len(shared),
        n_pairs=len(intents),
        intent_agreement=_rate(intents),
        kappa=cohen_kappa(all_a, all_b),
        entity_agreement=_rate(spans),
        tool_call_agreement=_rate(calls),
        pairs=pairs,
        disagreements=disagreements,
    )
