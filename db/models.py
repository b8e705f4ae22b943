"""SQLModel tables: the commerce backend the bot's tools act on, and the human-in-the-loop records.

One module holds every table so a newcomer sees the whole schema at once and Alembic sees one metadata.
Money is stored as integer kuruş (1 TL = 100 kuruş) so sums and comparisons are exact; timestamps are
time-zone aware UTC (SQLModel refuses naive datetimes). Ticket text is always the PII-masked text: the
raw text is never stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, col, select


def utcnow() -> datetime:
    """Aware UTC now, the only kind of timestamp the tables accept."""
    return datetime.now(UTC)


def aware_utc(moment: datetime) -> datetime:
    """A stored timestamp as aware UTC: SQLite hands timestamps back naive, and they were written as UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def json_column() -> Any:
    """A JSON column for structured fields such as spans; Python None is stored as SQL NULL, not JSON null,
    so `IS NULL` filters (unlabelled tickets, drafts without tool calls) work."""
    return Column(JSON(none_as_null=True), nullable=True)


# Order lifecycle, as ids; Turkish labels are what customers and agents read.
ORDER_STATUSES: dict[str, str] = {
    "hazirlaniyor": "hazırlanıyor",
    "kargoda": "kargoda",
    "dagitimda": "dağıtımda",
    "teslim_edildi": "teslim edildi",
    "iptal": "iptal edildi",
    "iade_surecinde": "iade sürecinde",
    "iade_edildi": "iade edildi",
}
SHIPPED_STATUSES = frozenset({"kargoda", "dagitimda", "teslim_edildi", "iade_surecinde", "iade_edildi"})
RETURN_STATUSES: dict[str, str] = {
    "olusturuldu": "iade talebi oluşturuldu",
    "kargoya_verildi": "iade kargoya verildi",
    "depoda": "iade depoya ulaştı",
    "incelemede": "iade inceleniyor",
    "onaylandi": "iade onaylandı",
    "reddedildi": "iade reddedildi",
}
REFUND_STATUSES: dict[str, str] = {
    "beklemede": "para iadesi beklemede",
    "islemde": "para iadesi işlemde",
    "tamamlandi": "para iadesi tamamlandı",
}
ROLES = ("agent", "annotator", "ml_lead", "admin")


# ── Commerce backend ──────────────────────────────────────────────────────────────────────────────


class Customer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    full_name: str
    email: str
    phone: str
    city: str
    is_premium: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class Product(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(index=True, unique=True)
    name: str = Field(index=True)
    category: str = Field(index=True)
    brand: str
    seller: str
    price_kurus: int
    sizes: list[str] | None = Field(default=None, sa_column=json_column())
    stock: int = 0
    restock_date: date | None = None
    description: str = ""


class Order(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    order_number: str = Field(index=True, unique=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    status: str = Field(index=True)
    created_at: datetime
    total_kurus: int
    payment_method: str
    delivery_address: str
    seller: str
    estimated_delivery: date | None = None
    delivered_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None


class OrderItem(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="order.id", index=True)
    product_id: int = Field(foreign_key="product.id", index=True)
    quantity: int = 1
    unit_price_kurus: int
    size: str | None = None


class Shipment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="order.id", index=True, unique=True)
    carrier: str
    tracking_number: str = Field(index=True)
    shipped_at: datetime
    estimated_delivery: date
    delivered_at: datetime | None = None


class ShipmentEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    shipment_id: int = Field(foreign_key="shipment.id", index=True)
    at: datetime
    location: str
    description: str


class Return(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    return_number: str = Field(index=True, unique=True)
    order_id: int = Field(foreign_key="order.id", index=True)
    status: str
    reason: str
    return_code: str
    created_at: datetime
    deadline: date


class Refund(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="order.id", index=True)
    return_id: int | None = Field(default=None, foreign_key="return.id")
    amount_kurus: int
    status: str
    created_at: datetime
    expected_date: date


class Invoice(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    invoice_number: str = Field(index=True, unique=True)
    order_id: int = Field(foreign_key="order.id", index=True, unique=True)
    issued_at: datetime
    last_sent_at: datetime | None = None


class Coupon(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True)
    description: str
    discount_percent: int | None = None
    discount_kurus: int | None = None
    min_basket_kurus: int = 0
    valid_from: date
    valid_until: date
    customer_id: int | None = Field(default=None, foreign_key="customer.id")
    category: str | None = None


class Campaign(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str
    description: str
    starts_on: date
    ends_on: date


class InstallmentPlan(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    bank: str
    card_program: str
    max_installments: int
    min_amount_kurus: int
    monthly_interest_percent: float = 0.0


class ProblemCase(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_number: str = Field(index=True, unique=True)
    order_id: int = Field(foreign_key="order.id", index=True)
    problem_type: str
    product: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ExchangeRequest(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    exchange_number: str = Field(index=True, unique=True)
    order_id: int = Field(foreign_key="order.id", index=True)
    reason: str
    size: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class HumanHandoff(SQLModel, table=True):
    """A transfer_to_human call: the queue it landed in, so the expected wait can be computed."""

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id")
    queue: str
    reason: str
    created_at: datetime = Field(default_factory=utcnow)


# ── Human-in-the-loop ─────────────────────────────────────────────────────────────────────────────


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True)
    display_name: str
    role: str
    password_hash: str
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class UserSession(SQLModel, table=True):
    """A browser signed in to the review app. The app keeps the token in the page address, so a reload stays
    signed in; only its SHA-256 is stored, and signing out, disabling the user or resetting the password
    ends it (db/users.py)."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(index=True, unique=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    stamp: str
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    ended_at: datetime | None = None


class UnsavedReply(SQLModel, table=True):
    """An agent's edited reply to a ticket that is not approved yet: a reload or a closed tab loses nothing."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class Ticket(SQLModel, table=True):
    """A customer message, masked on the way in. `gold` holds labels that came with an imported ticket."""

    id: int | None = Field(default=None, primary_key=True)
    dedupe_key: str = Field(index=True, unique=True)
    external_id: str | None = Field(default=None, index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    source: str = "import"
    status: str = Field(default="pending", index=True)
    pii_types: list[str] | None = Field(default=None, sa_column=json_column())
    gold: dict[str, Any] | None = Field(default=None, sa_column=json_column())
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, index=True)
    #: The API key that sent it (None for imports and the demo): a key sees only its own tickets.
    api_key_id: int | None = Field(default=None, foreign_key="apikey.id", index=True)
    #: Drafting attempts that failed or are under way (serving/drafting.py): a failed draft is retried with a
    #: growing delay, and its error type (never a message, which could quote the ticket) is shown to agents.
    draft_attempts: int = 0
    draft_error: str | None = None
    #: When the latest attempt started: a "drafting" ticket whose attempt is older than the lease was orphaned
    #: by a crash and is taken again.
    draft_started_at: datetime | None = None
    #: The agent working on it now and until when (serving/review.py `claim`): a second agent sees who has it
    #: and is not handed it by "next"; a claim left behind (a closed tab) expires by itself.
    claimed_by: int | None = Field(default=None, foreign_key="user.id")
    claim_expires_at: datetime | None = None


class Draft(SQLModel, table=True):
    """What the bot produced for a ticket, with everything needed to audit and retrain on it."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    model: str
    adapter: str | None = None
    prompt: str = Field(default="", sa_column=Column(Text, nullable=False))
    raw_output: str = Field(default="", sa_column=Column(Text, nullable=False))
    valid: bool = True
    error: str | None = None
    intent: str | None = Field(default=None, index=True)
    confidence: float = 0.0
    intent_probs: dict[str, float] | None = Field(default=None, sa_column=json_column())
    entities: list[dict[str, Any]] | None = Field(default=None, sa_column=json_column())
    tool_calls: list[dict[str, Any]] | None = Field(default=None, sa_column=json_column())
    tool_results: list[dict[str, Any]] | None = Field(default=None, sa_column=json_column())
    reply: str = Field(default="", sa_column=Column(Text, nullable=False))
    reply_source: str = "template"
    route: str = Field(default="human", index=True)
    route_reason: str = ""
    latency_s: float = 0.0
    created_at: datetime = Field(default_factory=utcnow)


#: The Draft columns a draft's content fills, in table order: every field but the row's id, the ticket it answers
#: (set by whoever stores it) and when it was written. serving.bot.DraftResult.as_row builds its row from this
#: list and the API's DraftOut may only publish names from it, so a new field is added here, once.
DRAFT_CONTENT_FIELDS: tuple[str, ...] = tuple(
    name for name in Draft.model_fields if name not in ("id", "ticket_id", "created_at")
)


def latest_draft(session: Session, ticket_id: int) -> Draft | None:
    """The ticket's newest draft: the one agents review and training reads (a redraft supersedes the rest)."""
    return session.exec(select(Draft).where(Draft.ticket_id == ticket_id).order_by(col(Draft.id).desc())).first()


def latest_drafts(session: Session) -> dict[int, Draft]:
    """Ticket id -> its newest draft, for every drafted ticket (see `latest_draft`)."""
    latest: dict[int, Draft] = {}
    for draft in session.exec(select(Draft).order_by(col(Draft.id))):
        latest[draft.ticket_id] = draft
    return latest


#: The fields a correction changes (each `after` holds the field's new value); the decision rows below are not
#: corrections of a field but what an agent decided about the draft.
CORRECTED_FIELDS = ("intent", "entities", "tool_calls", "reply")
APPROVE = "approve"
ESCALATE = "escalate"
APPROVAL_UNDONE = "approval_undone"


def approval_stands(fields: Iterable[str]) -> bool:
    """Whether a draft's corrections, oldest first, end approved: its last approve was not undone since.

    The review queue lets an agent undo an approval for a short while; training and the nightly replay
    must then treat the draft as unreviewed, exactly as the queue does."""
    decision = None
    for name in fields:
        if name in (APPROVE, APPROVAL_UNDONE):
            decision = name
    return decision == APPROVE


class Correction(SQLModel, table=True):
    """One human change to one field of a draft (or an approve/escalate decision): before, after, who, when."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    draft_id: int | None = Field(default=None, foreign_key="draft.id")
    field: str
    before: Any = Field(default=None, sa_column=json_column())
    after: Any = Field(default=None, sa_column=json_column())
    user_id: int | None = Field(default=None, foreign_key="user.id")
    role: str
    source: str = "app"
    created_at: datetime = Field(default_factory=utcnow, index=True)


class Annotation(SQLModel, table=True):
    """A human's complete label set for a ticket; an update supersedes the earlier version (history kept)."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    source: str = "app"
    external_id: str | None = Field(default=None, index=True)
    intent: str
    entities: list[dict[str, Any]] | None = Field(default=None, sa_column=json_column())
    tool_calls: list[dict[str, Any]] | None = Field(default=None, sa_column=json_column())
    reply: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    is_current: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class AnnotationTask(SQLModel, table=True):
    """A ticket queued for a human label, chosen by an active-learning strategy."""

    __table_args__ = (UniqueConstraint("ticket_id", "batch"),)
    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    batch: str
    strategy: str
    score: float = 0.0
    status: str = Field(default="open", index=True)
    assigned_to: int | None = Field(default=None, foreign_key="user.id")
    labelstudio_task_id: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


class DatasetVersion(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    version: str = Field(index=True, unique=True)
    path: str
    n_train: int
    n_validation: int
    stats: dict[str, Any] | None = Field(default=None, sa_column=json_column())
    last_correction_id: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class TrainingRun(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    dataset_version: str = Field(index=True)
    config_name: str
    config: dict[str, Any] | None = Field(default=None, sa_column=json_column())
    git_commit: str | None = None
    where: str = "local"
    status: str = "running"
    metrics: dict[str, Any] | None = Field(default=None, sa_column=json_column())
    adapter_name: str | None = None
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    duration_s: float | None = None


class Adapter(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    base_model: str
    path: str
    training_run_id: int | None = Field(default=None, foreign_key="trainingrun.id")
    status: str = "candidate"
    gate: dict[str, Any] | None = Field(default=None, sa_column=json_column())
    reason: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class EvalReport(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    data_name: str
    n: int
    model: str
    adapter: str | None = None
    metrics: dict[str, Any] | None = Field(default=None, sa_column=json_column())
    out_dir: str | None = None
    created_at: datetime = Field(default_factory=utcnow, index=True)


class ApiKey(SQLModel, table=True):
    """A credential of the HTTP API. Only the SHA-256 of the key is stored; the key is shown once."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    key_hash: str = Field(index=True, unique=True)
    prefix: str
    scopes: list[str] = Field(default_factory=list, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None


class AuditEvent(SQLModel, table=True):
    """Who did what, when: every user action in the app or CLI leaves one row."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    action: str = Field(index=True)
    details: dict[str, Any] | None = Field(default=None, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow, index=True)
