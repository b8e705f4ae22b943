"""The HTTP API: a ticket in, a stored draft out; plus health and Prometheus metrics.

    POST /v1/tickets       {"text", "customer_id", "external_id"?} -> the draft (masked on the way in)
    GET  /v1/tickets/{id}  the ticket and its latest draft
    GET  /healthz          database and model reachable (and the active adapter re-loaded on any replica
                           that restarted without it)
    GET  /metrics          request count and latency, route decisions, active adapter, in-flight per adapter

The bot is built once at startup and follows the active adapter: each request reads the active adapter
from the database and, when it changed, gets a bot for it (for vLLM just another model name in the
request). Each request keeps the bot it started with, so a swap never changes the adapter under a draft
halfway, and the in-flight count per adapter lets hot-swap drain the old adapter before unloading it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from fastapi import FastAPI, HTTPException, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from pydantic import BaseModel, Field
from sqlalchemy import text as sql
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from db.models import Adapter, Customer, Draft, Ticket
from serving.bot import Bot
from serving.drafting import draft_ticket
from serving.factory import active_adapter, adapter_companions
from serving.hotswap import BASE_LABEL, INFLIGHT_METRIC, InFlight, Replica, reconcile
from serving.ingest import MAX_TICKET_CHARS, RowError, build_ticket
from serving.llm import OpenAICompatibleBackend
from serving.vault import VAULT

#: Builds the bot for another adapter (None: the base model) from the current bot.
Retarget = Callable[[Bot, Adapter | None], Bot]


class TicketIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TICKET_CHARS, description="The customer's message, unmasked.")
    customer_id: int = Field(description="The logged-in customer who wrote it; tools act on their behalf.")
    external_id: str | None = Field(
        default=None, max_length=200, description="The caller's message id: sending it again is refused (409)."
    )


class DraftOut(BaseModel):
    ticket_id: int
    draft_id: int
    text: str = Field(description="The ticket as stored: personal data masked.")
    intent: str | None
    confidence: float
    entities: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]
    reply: str
    route: str
    route_reason: str
    model: str
    adapter: str | None
    latency_s: float
    error: str | None


class TicketOut(BaseModel):
    id: int
    text: str
    customer_id: int | None
    status: str
    source: str
    draft: DraftOut | None


def _draft_out(ticket: Ticket, draft: Draft) -> DraftOut:
    return DraftOut(
        ticket_id=ticket.id,
        draft_id=draft.id,
        text=ticket.text,
        intent=draft.intent,
        confidence=draft.confidence,
        entities=draft.entities or [],
        tool_calls=draft.tool_calls or [],
        reply=draft.reply,
        route=draft.route,
        route_reason=draft.route_reason,
        model=draft.model,
        adapter=draft.adapter,
        latency_s=draft.latency_s,
        error=draft.error,
    )


def retarget_backend(bot: Bot, adapter: Adapter | None) -> Bot:
    """A bot on `adapter`, sharing the contract and threshold rules: for vLLM only the requested model name
    changes; the in-process model is loaded again with the adapter merged (seconds, and memory for a copy)."""
    threshold = (adapter.gate or {}).get("threshold") if adapter else None
    threshold = threshold if threshold is not None else bot.threshold
    backend = bot.backend
    if isinstance(backend, OpenAICompatibleBackend):
        settings = replace(backend.settings, adapter=adapter.name if adapter else None)
        new_backend: Any = OpenAICompatibleBackend(settings)
    else:
        from serving.local_llm import TransformersBackend

        new_backend = TransformersBackend(
            backend.model_name,
            adapter=adapter.path if adapter else None,
            adapter_name=adapter.name if adapter else None,
        )
    classifier, calibration = adapter_companions(adapter.path if adapter else None)
    return Bot(new_backend, threshold=threshold, classifier=classifier, calibration=calibration, contract=bot.contract)


class _Metrics:
    """The app's own registry (not the global one), so several apps in one process (tests) never clash."""

    def __init__(self, inflight: InFlight) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "destek_http_requests", "HTTP requests", ["method", "path", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "destek_http_request_seconds",
            "HTTP request latency",
            ["path"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
            registry=self.registry,
        )
        self.routes = Counter("destek_route_decisions", "Drafts per route", ["route"], registry=self.registry)
        self.adapter = Gauge(
            "destek_active_adapter", "1 for the adapter the bot serves now", ["adapter"], registry=self.registry
        )
        inflight_gauge = Gauge(INFLIGHT_METRIC, "Drafts running per adapter", ["adapter"], registry=self.registry)
        self._inflight = inflight
        self._inflight_gauge = inflight_gauge

    def render(self) -> bytes:
        for adapter, count in self._inflight.snapshot().items():
            self._inflight_gauge.labels(adapter=adapter).set(count)
        return generate_latest(self.registry)


class _BotHolder:
    """The current bot; swapped when the active adapter changes, under a lock so only one rebuild runs."""

    def __init__(self, bot: Bot, retarget: Retarget, metrics: _Metrics) -> None:
        self._bot = bot
        self._retarget = retarget
        self._lock = threading.Lock()
        self._metrics = metrics
        metrics.adapter.labels(adapter=bot.backend.adapter_name or BASE_LABEL).set(1)

    @property
    def bot(self) -> Bot:
        return self._bot

    def for_adapter(self, adapter: Adapter | None) -> Bot:
        name = adapter.name if adapter else None
        with self._lock:
            if self._bot.backend.adapter_name != name:
                old = self._bot.backend.adapter_name or BASE_LABEL
                self._bot = self._retarget(self._bot, adapter)
                self._metrics.adapter.labels(adapter=old).set(0)
                self._metrics.adapter.labels(adapter=name or BASE_LABEL).set(1)
            return self._bot


def create_app(
    engine: Engine,
    bot: Bot,
    *,
    replicas: Sequence[Replica] = (),
    follow_active: bool = True,
    retarget: Retarget = retarget_backend,
    inflight: InFlight | None = None,
) -> FastAPI:
    """The API over `engine` with `bot` (tests inject a fake one). With `follow_active` the bot follows the
    database's active adapter; `replicas` are the vLLM servers that /healthz checks and reconciles."""
    app = FastAPI(title="Destek", version="0.1.0")
    tracker = inflight or InFlight()
    metrics = _Metrics(tracker)
    holder = _BotHolder(bot, retarget, metrics)
    app.state.inflight = tracker

    @app.middleware("http")
    async def count_requests(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = route.path if route is not None else "unmatched"  # templated: one series per endpoint
        metrics.requests.labels(request.method, path, str(response.status_code)).inc()
        metrics.latency.labels(path).observe(time.perf_counter() - started)
        return response

    def current_bot() -> tuple[Bot, str | None]:
        """The bot for the active adapter, registered as in flight before the caller sends anything.

        The active adapter is read again after registering: if a swap committed in between, the request
        moves to the new adapter, so a drain that saw zero never misses a request (see serving/hotswap.py).
        """
        while True:
            chosen = holder.for_adapter(active_adapter(engine)) if follow_active else holder.bot
            name = chosen.backend.adapter_name
            tracker.enter(name)
            if not follow_active or _active_name() == name:
                return chosen, name
            tracker.leave(name)

    def _active_name() -> str | None:
        adapter = active_adapter(engine)
        return adapter.name if adapter else None

    @app.post("/v1/tickets", response_model=DraftOut, status_code=201)
    def create_ticket(body: TicketIn) -> DraftOut:
        """Store the ticket (masked through the ingest door) and draft it with the bot."""
        row: dict[str, Any] = {"text": body.text, "customer_id": body.customer_id}
        if body.external_id:
            row["id"] = body.external_id
        try:
            ticket, pii_values = build_ticket(row, source="api")
        except RowError as exc:
            raise HTTPException(422, str(exc)) from None
        with Session(engine) as session:
            if session.get(Customer, body.customer_id) is None:
                raise HTTPException(404, f"customer {body.customer_id} does not exist")
            session.add(ticket)
            try:  # committed before drafting: a draft takes seconds and must not hold SQLite's write lock
                session.commit()
            except IntegrityError:
                session.rollback()
                existing = session.exec(select(Ticket.id).where(Ticket.dedupe_key == ticket.dedupe_key)).first()
                raise HTTPException(409, f"this ticket was already received as ticket {existing}") from None
            VAULT.put(ticket.id, pii_values)
            chosen, name = current_bot()
            try:
                draft = draft_ticket(session, chosen, ticket)
            finally:
                tracker.leave(name)
            metrics.routes.labels(draft.route).inc()
            return _draft_out(ticket, draft)

    @app.get("/v1/tickets/{ticket_id}", response_model=TicketOut)
    def get_ticket(ticket_id: int) -> TicketOut:
        with Session(engine) as session:
            ticket = session.get(Ticket, ticket_id)
            if ticket is None:
                raise HTTPException(404, f"ticket {ticket_id} does not exist")
            draft = session.exec(
                select(Draft).where(Draft.ticket_id == ticket_id).order_by(col(Draft.id).desc())
            ).first()
            return TicketOut(
                id=ticket.id,
                text=ticket.text,
                customer_id=ticket.customer_id,
                status=ticket.status,
                source=ticket.source,
                draft=_draft_out(ticket, draft) if draft else None,
            )

    @app.get("/healthz")
    def healthz(response: Response) -> dict[str, Any]:
        """200 when the database answers and every replica is up (the active adapter re-loaded where a
        replica restarted without it); 503 with the failing parts otherwise."""
        checks: dict[str, Any] = {}
        try:
            with Session(engine) as session:
                session.exec(sql("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:  # any driver error means "not healthy", with its message
            checks["database"] = f"error: {exc}"
        if replicas:
            down = [r.base_url for r in replicas if not r.healthy()]
            checks["replicas"] = "ok" if not down else f"down: {', '.join(down)}"
            try:
                checks["reloaded"] = reconcile(replicas, active_adapter(engine))
            except Exception as exc:  # a replica refusing the load is reported, not raised
                checks["reloaded"] = f"error: {exc}"
        ok = all(value == "ok" for key, value in checks.items() if key != "reloaded")
        ok = ok and not str(checks.get("reloaded", "")).startswith("error")
        response.status_code = 200 if ok else 503
        return {"status": "ok" if ok else "unhealthy", **checks}

    @app.get("/metrics")
    def prometheus() -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)

    return app
