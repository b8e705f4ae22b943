"""The HTTP API: a ticket in, a stored draft out; plus health and Prometheus metrics.

    POST /v1/tickets       {"text", "customer_id", "external_id"?} -> the draft (masked on the way in)
                           [scope tickets:write]; sent again, the same ticket and its current draft; 202
                           with the ticket when it is stored but its draft failed or is still being made
    GET  /v1/tickets/{id}  the ticket and its latest draft, for tickets this key created [tickets:read]
    GET  /healthz          database and model reachable (and the active adapter re-loaded on any replica
                           that restarted without it); the only endpoint without a key
    GET  /metrics          request count and latency, route decisions, active adapter, in-flight per adapter,
                           and today's operations figures (serving/operations.py, `destek_ops_*`) [metrics:read]

Every other request needs `Authorization: Bearer <key>` (serving/apikeys.py): 401 without a valid key, 403
without the scope, 429 with Retry-After past the key's rate. Errors never echo the request: validation errors
name the field and the rule, not the value, and an unexpected failure is logged by type only, because a
ticket's raw text holds personal data that must reach no log and no response.

The bot is built once at startup and follows the active adapter: each request reads the active adapter
from the database and, when it changed, gets a bot for it (for vLLM just another model name in the
request). Each request keeps the bot it started with, so a swap never changes the adapter under a draft
halfway, and the in-flight count per adapter lets hot-swap drain the old adapter before unloading it.

A ticket is committed before it is drafted, so a crash or a failing model never loses it: the server runs a
background drafter (serving/drafting.py) that drafts tickets left pending by a crash and retries failed ones,
and a client's resend with the same external_id returns the ticket with whatever draft it has by then.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Path, Request, Response, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import text as sql
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from db.models import Adapter, ApiKey, Customer, Draft, Ticket, latest_draft
from serving.apikeys import DEFAULT_BURST, DEFAULT_RATE_PER_MINUTE, RateLimiter, authenticate
from serving.bot import Bot
from serving.drafting import (
    BackgroundDrafter,
    DraftFailed,
    DraftingPolicy,
    DraftingReport,
    draft_claimed,
    draft_pending,
)
from serving.factory import active_adapter, adapter_companions
from serving.hotswap import BASE_LABEL, INFLIGHT_METRIC, InFlight, Replica, reconcile
from serving.ingest import MAX_TICKET_CHARS, RowError, build_ticket
from serving.llm import OpenAICompatibleBackend
from serving.operations import OperationsCollector
from serving.vault import VAULT

log = logging.getLogger(__name__)

#: Largest id a database integer column holds; larger ids and customer ids are refused with 422, not a crash.
MAX_ID = 2**63 - 1
#: Request bodies above this are refused with 413 before they are read (a ticket is at most 5,000 characters).
MAX_BODY_BYTES = 64 * 1024

#: The error answers every endpoint may give, for the OpenAPI schema.
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No API key, or an unknown or revoked one (`Authorization: Bearer <key>`)."},
    403: {"description": "The key lacks the scope this endpoint needs."},
    413: {"description": f"The request body is larger than {MAX_BODY_BYTES} bytes."},
    422: {"description": "The request is malformed; the answer names the field and the rule, never the value."},
    429: {"description": "Too many requests for this key; Retry-After says how many seconds to wait."},
}

#: Builds the bot for another adapter (None: the base model) from the current bot.
Retarget = Callable[[Bot, Adapter | None], Bot]


class TicketIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TICKET_CHARS, description="The customer's message, unmasked.")
    customer_id: int = Field(
        ge=1, le=MAX_ID, description="The logged-in customer who wrote it; tools act on their behalf."
    )
    external_id: str | None = Field(
        default=None,
        max_length=200,
        description="The caller's message id, unique per API key: sending the same message again returns its "
        "ticket and current draft (200); the same id with another message is refused (409).",
    )

    @field_validator("text", "external_id")
    @classmethod
    def _encodable(cls, value: str | None) -> str | None:
        """A lone surrogate ("\\ud800") is valid JSON but no text: refused here instead of failing in the database."""
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("must be valid Unicode text (it holds a lone surrogate)") from None
        return value


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
    text: str = Field(description="The ticket as stored: personal data masked.")
    customer_id: int | None
    status: str = Field(
        description="pending, drafting, draft_failed (retried in the background), drafted (awaits an agent), "
        "auto_resolved, approved or escalated."
    )
    source: str
    draft_attempts: int = Field(0, description="Drafting attempts so far.")
    draft_error: str | None = Field(None, description="The last failed attempt's error type, if it failed.")
    draft: DraftOut | None


def _ticket_out(ticket: Ticket, draft: Draft | None) -> TicketOut:
    return TicketOut(
        id=ticket.id,
        text=ticket.text,
        customer_id=ticket.customer_id,
        status=ticket.status,
        source=ticket.source,
        draft_attempts=ticket.draft_attempts,
        draft_error=ticket.draft_error,
        draft=_draft_out(ticket, draft) if draft else None,
    )


#: DraftOut's fields that are the draft's own columns, copied as stored (a missing list is an empty one); the
#: rest name the ticket and the row. Publishing another column is one line in DraftOut (tests/test_api.py checks
#: that each is one of db.models.DRAFT_CONTENT_FIELDS).
DRAFT_OUT_IDS = ("ticket_id", "draft_id", "text")
DRAFT_OUT_COLUMNS = tuple(name for name in DraftOut.model_fields if name not in DRAFT_OUT_IDS)


def _draft_out(ticket: Ticket, draft: Draft) -> DraftOut:
    columns = {name: getattr(draft, name) for name in DRAFT_OUT_COLUMNS}
    for name in ("entities", "tool_calls"):
        columns[name] = columns[name] or []
    return DraftOut(ticket_id=ticket.id, draft_id=draft.id, text=ticket.text, **columns)


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


def rate_limiter_from_env() -> RateLimiter:
    """Per-key limits from DESTEK_API_RATE_PER_MINUTE and DESTEK_API_BURST (defaults 120 and 30)."""
    rate = float(os.environ.get("DESTEK_API_RATE_PER_MINUTE", DEFAULT_RATE_PER_MINUTE))
    burst = int(os.environ.get("DESTEK_API_BURST", DEFAULT_BURST))
    return RateLimiter(rate, burst)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Pydantic's errors without the `input` and `ctx` they carry: those hold the request's values."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]


def create_app(
    engine: Engine,
    bot: Bot,
    *,
    replicas: Sequence[Replica] = (),
    follow_active: bool = True,
    retarget: Retarget = retarget_backend,
    inflight: InFlight | None = None,
    limiter: RateLimiter | None = None,
    drafting: DraftingPolicy | None = None,
) -> FastAPI:
    """The API over `engine` with `bot` (tests inject a fake one). With `follow_active` the bot follows the
    database's active adapter; `replicas` are the vLLM servers that /healthz checks and reconciles. While the
    server runs, a background drafter drafts what `drafting` (default: from the environment) says is due."""
    policy = drafting or DraftingPolicy.from_env()

    def sweep() -> DraftingReport:
        chosen, name = current_bot()
        try:
            return draft_pending(engine, chosen, policy=policy)
        finally:
            tracker.leave(name)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        drafter = BackgroundDrafter(sweep).start()  # its first sweep takes what a crash left behind
        yield
        drafter.stop()

    app = FastAPI(title="Destek", version="0.1.0", lifespan=lifespan)
    tracker = inflight or InFlight()
    metrics = _Metrics(tracker)
    metrics.registry.register(OperationsCollector(engine))  # read from the database at scrape time, cached 15 s
    holder = _BotHolder(bot, retarget, metrics)
    limits = limiter or rate_limiter_from_env()
    bearer = HTTPBearer(auto_error=False, description="An API key from `destek apikeys create NAME --scope ...`.")
    app.state.inflight = tracker

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": _validation_errors(exc)})

    @app.middleware("http")
    async def count_requests(request: Request, call_next):
        started = time.perf_counter()
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            response: Response = JSONResponse(
                status_code=413, content={"detail": f"the request body is larger than {MAX_BODY_BYTES} bytes"}
            )
        else:
            try:
                response = await call_next(request)
            except Exception as exc:  # logged by type only: a message or traceback could quote the ticket
                log.error("%s %s failed with %s", request.method, request.url.path, type(exc).__name__)
                response = JSONResponse(
                    status_code=500, content={"detail": "internal error; a stored ticket stays pending for a retry"}
                )
        route = request.scope.get("route")
        path = route.path if route is not None else "unmatched"  # templated: one series per endpoint
        metrics.requests.labels(request.method, path, str(response.status_code)).inc()
        metrics.latency.labels(path).observe(time.perf_counter() - started)
        return response

    def require(scope: str) -> Callable[..., ApiKey]:
        """A dependency: the request's live API key with `scope`, within its rate; 401 / 403 / 429 otherwise."""

        def key_with_scope(credentials: HTTPAuthorizationCredentials | None = Security(bearer)) -> ApiKey:
            with Session(engine) as session:
                key = authenticate(session, credentials.credentials if credentials else None)
            if key is None:
                raise HTTPException(
                    401, "a valid API key is needed: Authorization: Bearer <key>", {"WWW-Authenticate": "Bearer"}
                )
            if scope not in (key.scopes or []):
                raise HTTPException(403, f"this API key lacks the {scope} scope")
            wait = limits.take(key.id)
            if wait is not None:
                raise HTTPException(429, "too many requests for this API key", {"Retry-After": str(wait)})
            return key

        return key_with_scope

    writer, reader, monitor = require("tickets:write"), require("tickets:read"), require("metrics:read")

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

    def _draft(session: Session, ticket: Ticket) -> Draft | None:
        """Draft `ticket` now; None when it failed (recorded, retried in the background) or another drafter
        holds it."""
        chosen, name = current_bot()
        try:
            draft = draft_claimed(session, chosen, ticket)
        except DraftFailed:
            return None
        finally:
            tracker.leave(name)
        if draft is not None:
            metrics.routes.labels(draft.route).inc()
        return draft

    def _answer(session: Session, ticket: Ticket, draft: Draft | None) -> DraftOut | JSONResponse:
        if draft is not None:
            return _draft_out(ticket, draft)
        session.refresh(ticket)
        return JSONResponse(status_code=202, content=_ticket_out(ticket, None).model_dump())

    @app.post(
        "/v1/tickets",
        response_model=DraftOut,
        status_code=201,
        responses={
            **ERRORS,
            200: {"model": DraftOut, "description": "Sent before: the same ticket and its current draft."},
            202: {
                "model": TicketOut,
                "description": "Stored, but without a draft yet: drafting failed (retried in the background) or "
                "is under way. GET the ticket, or send it again, to get the draft.",
            },
            404: {"description": "The customer does not exist."},
            409: {"description": "This external_id was used before for another message."},
        },
    )
    def create_ticket(body: TicketIn, response: Response, key: ApiKey = Depends(writer)) -> DraftOut | JSONResponse:
        """Store the ticket (masked through the ingest door) and draft it with the bot."""
        row: dict[str, Any] = {"text": body.text, "customer_id": body.customer_id}
        if body.external_id:
            row["id"] = body.external_id
        try:
            ticket, pii_values = build_ticket(row, source="api")
        except RowError as exc:
            raise HTTPException(422, str(exc)) from None
        ticket.api_key_id = key.id
        ticket.dedupe_key = f"key:{key.id}:{ticket.dedupe_key}"  # message ids are unique per key, not globally
        with Session(engine) as session:
            if session.get(Customer, body.customer_id) is None:
                raise HTTPException(404, f"customer {body.customer_id} does not exist")
            session.add(ticket)
            try:  # committed before drafting: a draft takes seconds and must not hold SQLite's write lock
                session.commit()
            except IntegrityError:
                session.rollback()
                existing = session.exec(select(Ticket).where(Ticket.dedupe_key == ticket.dedupe_key)).one()
                if (existing.text, existing.customer_id) != (ticket.text, ticket.customer_id):
                    raise HTTPException(
                        409, f"external_id was already used for another message (ticket {existing.id})"
                    ) from None
                response.status_code = 200
                draft = latest_draft(session, existing.id)
                if draft is None:  # left without a draft (a crash, a failed model): try now
                    VAULT.put(existing.id, pii_values)
                    draft = _draft(session, existing)
                return _answer(session, existing, draft)
            VAULT.put(ticket.id, pii_values)
            return _answer(session, ticket, _draft(session, ticket))

    @app.get(
        "/v1/tickets/{ticket_id}",
        response_model=TicketOut,
        responses={**ERRORS, 404: {"description": "No such ticket for this key."}},
    )
    def get_ticket(ticket_id: int = Path(ge=1, le=MAX_ID), key: ApiKey = Depends(reader)) -> TicketOut:
        """A ticket this key created, with its latest draft; any other id answers 404 alike."""
        with Session(engine) as session:
            ticket = session.get(Ticket, ticket_id)
            if ticket is None or ticket.api_key_id != key.id:
                raise HTTPException(404, f"ticket {ticket_id} does not exist")
            return _ticket_out(ticket, latest_draft(session, ticket_id))

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

    @app.get("/metrics", responses=ERRORS)
    def prometheus(key: ApiKey = Depends(monitor)) -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)

    return app
