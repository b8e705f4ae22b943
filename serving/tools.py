"""The 18 contract tools over the commerce backend, acting for the ticket's (logged-in) customer.

A tool call comes from a model, so `call_tool` treats its input as untrusted: an unknown tool, arguments that
are not a JSON object or do not match the contract's schema come back as a short error, never a traceback.
An order that is not the customer's gets exactly the answer a non-existent one gets, so a ticket can never
learn anything about another customer's order.

Tools with side effects run inside a SAVEPOINT. Drafts, previews and evaluation run with `commit=False`: the
result is computed against the would-be state and the savepoint is rolled back, so the backend only changes
when a human approves a draft (or it is auto-resolved) and the call is replayed with `commit=True`.

Results are compact (they go into a small model's prompt): ids with a Turkish text beside them, ISO dates,
money both as a TL number and as Turkish-formatted text ("1.249,90 TL"). Business refusals carry
`refused: true` and a Turkish `refused_reason`, which routing shows to the agent.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from sqlalchemy import func
from sqlmodel import Session, col, select

from db.contract import load_contract
from db.models import (
    ORDER_STATUSES,
    REFUND_STATUSES,
    RETURN_STATUSES,
    SHIPPED_STATUSES,
    Campaign,
    Coupon,
    Customer,
    ExchangeRequest,
    HumanHandoff,
    InstallmentPlan,
    Invoice,
    Order,
    OrderItem,
    ProblemCase,
    Product,
    Refund,
    Return,
    Shipment,
    ShipmentEvent,
)
from db.policy import REFUND_DAYS, RETURN_CODE_DAYS, RETURN_WINDOW_DAYS

TURKEY = timezone(timedelta(hours=3), "TRT")
"""Turkey keeps UTC+3 all year; "today" and event times are what the customer's clock says."""

ORDER_NOT_FOUND = "Sipariş bulunamadı. Sipariş numarasını kontrol edebilir misiniz?"
NO_CUSTOMER = "Giriş yapılmış bir müşteri hesabı bulunamadı."
PROBLEM_TYPES = {"eksik_urun": "eksik ürün", "yanlis_urun": "yanlış ürün", "hasarli_urun": "hasarlı/kusurlu ürün"}
MAX_EVENTS = 5
_UNRESOLVED_PLACEHOLDER = re.compile(r"\[[A-ZÇĞİÖŞÜ]+(?:_\d+)?\]")

QUEUES: dict[str, tuple[str, tuple[str, ...]]] = {
    # queue id: (Turkish name, keywords in the folded reason that send a ticket there); first match wins
    "hesap": ("Hesap ve üyelik", ("sifre", "giris", "hesap", "uyelik", "kvkk", "e-posta", "eposta", "telefon")),
    "odeme": ("Ödeme ve fatura", ("odeme", "kart", "cekim", "taksit", "fatura", "ucret", "fiyat", "para")),
    "iade": ("İade ve değişim", ("iade", "degisim")),
    "kargo": ("Kargo ve teslimat", ("kargo", "teslim", "paket", "kurye", "gelmedi")),
    "sikayet": ("Şikayet", ("sikayet", "memnun", "rezalet", "magdur")),
    "genel": ("Genel destek", ()),
}
QUEUE_BASE_WAIT_MIN = 3
QUEUE_MIN_PER_TICKET = 2
QUEUE_WINDOW = timedelta(hours=2)
"""Handoffs younger than this are taken as still waiting when the expected wait is estimated."""


# ── Context and result ────────────────────────────────────────────────────────────────────────────


@dataclass
class ToolContext:
    """Who the tools act for and when; `pii_values` maps a placeholder ("[ADRES]") to the clear value, held
    only in memory for this ticket so a tool can act on data the model only saw masked."""

    session: Session
    customer_id: int | None
    now: datetime
    pii_values: dict[str, str] = field(default_factory=dict)
    commit: bool = False

    @property
    def today(self) -> date:
        return self.now.astimezone(TURKEY).date()


@dataclass(frozen=True)
class ToolResult:
    """One call's outcome: `ok` false means the call itself was bad (`error` says why); a refusal is ok."""

    name: str
    arguments: dict[str, Any] | str
    ok: bool
    result: dict[str, Any] | None
    error: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ToolFunction = Callable[[ToolContext, dict[str, Any]], dict[str, Any]]


# ── Formatting ────────────────────────────────────────────────────────────────────────────────────


def format_try(kurus: int) -> str:
    """Turkish money text: 124990 -> "1.249,90 TL"."""
    sign = "-" if kurus < 0 else ""
    lira, rest = divmod(abs(kurus), 100)
    return f"{sign}{lira:,}".replace(",", ".") + f",{rest:02d} TL"


def _tl(kurus: int) -> float:
    return round(kurus / 100, 2)


def _money(key: str, kurus: int) -> dict[str, Any]:
    """{key: 1249.9, key_text: "1.249,90 TL"}: the number for arithmetic, the text for the reply."""
    return {key: _tl(kurus), f"{key}_text": format_try(kurus)}


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(TURKEY).date().isoformat()
    return value.isoformat()


def _fold(text: str) -> str:
    """Case- and Turkish-letter-insensitive form: "İPHONE Kılıfı" and "iphone kilifi" fold alike."""
    text = text.replace("İ", "i").replace("I", "ı").lower()
    return text.translate(str.maketrans("çğıöşüâîû", "cgiosuaiu"))


def _refused(reason: str, **fields: Any) -> dict[str, Any]:
    return {**fields, "refused": True, "refused_reason": reason}


# ── Lookups shared by the tools ───────────────────────────────────────────────────────────────────


def _own_order(ctx: ToolContext, order_number: str) -> Order | None:
    """The order if it exists and is the customer's; None otherwise (the two cases are never told apart)."""
    if ctx.customer_id is None:
        return None
    statement = select(Order).where(Order.order_number == order_number, Order.customer_id == ctx.customer_id)
    return ctx.session.exec(statement).first()


def _not_found(order_number: str) -> dict[str, Any]:
    return {"found": False, "order_number": order_number, "message": ORDER_NOT_FOUND}


def _order_tool(function: Callable[[ToolContext, Order, dict[str, Any]], dict[str, Any]]) -> ToolFunction:
    """Wrap a tool that needs one of the customer's orders: the lookup and the not-found answer live here."""

    def tool(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
        order = _own_order(ctx, args["order_number"])
        if order is None:
            return _not_found(args["order_number"])
        return {"found": True, "order_number": order.order_number, **function(ctx, order, args)}

    tool.__name__ = function.__name__
    tool.__doc__ = function.__doc__
    return tool


def _status(order: Order) -> dict[str, str]:
    return {"status": order.status, "status_text": ORDER_STATUSES[order.status]}


def _shipment(ctx: ToolContext, order: Order) -> Shipment | None:
    return ctx.session.exec(select(Shipment).where(Shipment.order_id == order.id)).first()


def _items(ctx: ToolContext, order: Order) -> list[tuple[OrderItem, Product]]:
    statement = (
        select(OrderItem, Product)
        .join(Product, col(Product.id) == OrderItem.product_id)
        .where(OrderItem.order_id == order.id)
        .order_by(col(OrderItem.id))
    )
    return list(ctx.session.exec(statement).all())


def _latest(ctx: ToolContext, model: type[Return] | type[Refund] | type[ExchangeRequest], order: Order) -> Any:
    """The order's newest row of `model` (a return, refund or exchange), or None."""
    statement = select(model).where(model.order_id == order.id).order_by(col(model.id).desc())
    return ctx.session.exec(statement).first()


def _days_since_delivery(ctx: ToolContext, order: Order) -> int | None:
    if order.delivered_at is None:
        return None
    return (ctx.today - order.delivered_at.astimezone(TURKEY).date()).days


def _return_window_refusal(ctx: ToolContext, order: Order, action: str) -> str | None:
    """Why `action` ("iade" or "değişim") is not possible for this order, or None: delivered, within 15 days."""
    title = {"iade": "İade", "değişim": "Değişim"}[action]  # str.capitalize() gets Turkish "i" wrong
    status_text = ORDER_STATUSES[order.status]
    if order.status in ("iade_surecinde", "iade_edildi"):
        return f"Bu sipariş için zaten bir iade talebi var ({status_text}); yeni {action} talebi açılamaz."
    if order.status != "teslim_edildi":
        return f"{title} yalnızca teslim edilmiş siparişlerde yapılabilir; sipariş durumu: {status_text}."
    days = _days_since_delivery(ctx, order)
    if days is not None and days > RETURN_WINDOW_DAYS:
        return (
            f"{title} süresi doldu: teslimattan itibaren {RETURN_WINDOW_DAYS} gün içinde yapılabilir "
            f"(teslim tarihi {_iso(order.delivered_at)})."
        )
    return None


def _numbered(ctx: ToolContext, row: Any, attribute: str, prefix: str) -> str:
    """Give a new row a human-readable number built from its id (known only after a flush)."""
    setattr(row, attribute, f"{prefix}-pending-{id(row)}")
    ctx.session.add(row)
    ctx.session.flush()
    number = f"{prefix}{row.id:08d}"
    setattr(row, attribute, number)
    ctx.session.flush()
    return number


def _new_refund(ctx: ToolContext, order: Order, amount_kurus: int, return_id: int | None = None) -> Refund:
    refund = Refund(
        order_id=order.id,
        return_id=return_id,
        amount_kurus=amount_kurus,
        status="beklemede",
        created_at=ctx.now,
        expected_date=ctx.today + timedelta(days=REFUND_DAYS),
    )
    ctx.session.add(refund)
    return refund


# ── Order tools ───────────────────────────────────────────────────────────────────────────────────


@_order_tool
def get_order_status(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """Status, carrier, tracking number, estimated delivery and seller of one of the customer's orders."""
    shipment = _shipment(ctx, order)
    estimated = shipment.estimated_delivery if shipment else order.estimated_delivery
    delivered = order.delivered_at is not None
    return {
        **_status(order),
        "order_date": _iso(order.created_at),
        **_money("total", order.total_kurus),
        "seller": order.seller,
        "carrier": shipment.carrier if shipment else None,
        "tracking_number": shipment.tracking_number if shipment else None,
        "estimated_delivery": None if order.status == "iptal" else _iso(estimated),
        "delivered_on": _iso(order.delivered_at),
        "late": bool(shipment and not delivered and estimated is not None and estimated < ctx.today),
        "cancelled_on": _iso(order.cancelled_at),
        "items": [
            {"product": product.name, "quantity": item.quantity, "size": item.size}
            for item, product in _items(ctx, order)
        ],
    }


def list_customer_orders(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """The customer's most recent orders, newest first (5 unless `limit` says otherwise)."""
    if ctx.customer_id is None:
        return {"found": False, "orders": [], "message": NO_CUSTOMER}
    limit = int(args.get("limit", 5))
    statement = (
        select(Order)
        .where(Order.customer_id == ctx.customer_id)
        .order_by(col(Order.created_at).desc(), col(Order.id).desc())
        .limit(limit)
    )
    orders = ctx.session.exec(statement).all()
    count = ctx.session.exec(select(func.count()).where(Order.customer_id == ctx.customer_id)).one()
    return {
        "found": bool(orders),
        "total_orders": count,
        "orders": [
            {
                "order_number": o.order_number,
                "date": _iso(o.created_at),
                **_status(o),
                **_money("total", o.total_kurus),
            }
            for o in orders
        ],
    }


@_order_tool
def cancel_order(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """Cancel an order that has not shipped; a card payment gets a pending refund of the whole total."""
    if order.status == "iptal":
        return _refused("Sipariş zaten iptal edilmiş.", cancelled=False, **_status(order))
    if order.status in SHIPPED_STATUSES:
        return _refused(
            "Sipariş kargoya verildiği için iptal edilemez; teslim aldıktan sonra iade talebi oluşturabilirsiniz.",
            cancelled=False,
            **_status(order),
        )
    order.status = "iptal"
    order.cancelled_at = ctx.now
    order.cancel_reason = args["reason"]
    ctx.session.add(order)
    result: dict[str, Any] = {"cancelled": True, "refused_reason": None, **_status(order), "refund": None}
    if order.payment_method != "Kapıda ödeme":
        refund = _new_refund(ctx, order, order.total_kurus)
        result["refund"] = {**_money("amount", refund.amount_kurus), "expected_date": _iso(refund.expected_date)}
    return result


@_order_tool
def update_delivery_address(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """Change the address of an order not yet shipped; placeholders resolve through the ticket's PII store.

    The result echoes the address as the model gave it (masked), never the clear value it stands for.
    """
    if order.status != "hazirlaniyor":
        reason = (
            "Sipariş iptal edilmiş."
            if order.status == "iptal"
            else "Sipariş kargoya verildiği için teslimat adresi değiştirilemez."
        )
        return _refused(reason, updated=False, **_status(order))
    address = args["address"]
    for placeholder, value in ctx.pii_values.items():
        address = address.replace(placeholder, value)
    if _UNRESOLVED_PLACEHOLDER.search(address):
        return _refused(
            "Yeni adres bilgisi artık elimizde değil; lütfen adresi yeniden iletin.", updated=False, **_status(order)
        )
    order.delivery_address = address.strip()
    ctx.session.add(order)
    return {"updated": True, "refused_reason": None, "address": args["address"], **_status(order)}


@_order_tool
def report_order_problem(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """Open a case for a missing, wrong or damaged item of a delivered order."""
    problem_type = args["problem_type"]
    if order.status != "teslim_edildi":
        return _refused(
            f"Sorun bildirimi yalnızca teslim edilmiş siparişler için açılabilir; sipariş durumu: "
            f"{ORDER_STATUSES[order.status]}.",
            case_id=None,
            **_status(order),
        )
    product = args.get("product")
    if product:
        best = _best_match(product, [p for _, p in _items(ctx, order)])
        product = best.name if best else product
    case = ProblemCase(
        case_number="", order_id=order.id, problem_type=problem_type, product=product, created_at=ctx.now
    )
    case_id = _numbered(ctx, case, "case_number", "VK")
    return {
        "case_id": case_id,
        "problem_type": problem_type,
        "problem_text": PROBLEM_TYPES[problem_type],
        "product": product,
        "message": "Kaydınız oluşturuldu; satıcı ve müşteri hizmetleri 48 saat içinde size dönüş yapacak.",
    }


@_order_tool
def track_shipment(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """Carrier, tracking number, the latest movement events and the estimated delivery."""
    shipment = _shipment(ctx, order)
    if shipment is None:
        message = (
            "Sipariş iptal edildiği için kargo gönderimi yok."
            if order.status == "iptal"
            else "Sipariş henüz kargoya verilmedi; hazırlanıyor."
        )
        return {
            **_status(order),
            "shipped": False,
            "carrier": None,
            "tracking_number": None,
            "events": [],
            "estimated_delivery": _iso(order.estimated_delivery) if order.status != "iptal" else None,
            "message": message,
        }
    events = ctx.session.exec(
        select(ShipmentEvent)
        .where(ShipmentEvent.shipment_id == shipment.id)
        .order_by(col(ShipmentEvent.at).desc(), col(ShipmentEvent.id).desc())
        .limit(MAX_EVENTS)
    ).all()
    delivered = shipment.delivered_at is not None
    return {
        **_status(order),
        "shipped": True,
        "carrier": shipment.carrier,
        "tracking_number": shipment.tracking_number,
        "events": [
            {"at": e.at.astimezone(TURKEY).strftime("%Y-%m-%d %H:%M"), "location": e.location, "event": e.description}
            for e in reversed(events)
        ],
        "estimated_delivery": _iso(shipment.estimated_delivery),
        "delivered_on": _iso(shipment.delivered_at),
        "late": not delivered and shipment.estimated_delivery < ctx.today,
    }


def _return_code(order: Order, return_id: int) -> str:
    """An 8-character carrier code derived from the order and the return, so a preview and the approved run
    of the same call show the same code."""
    digest = hashlib.sha256(f"{order.order_number}:{return_id}".encode()).hexdigest().upper()
    return digest[:8]


@_order_tool
def start_return_process(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """Start a return of a delivered order within 15 days of delivery; an order is returned at most once."""
    existing = _latest(ctx, Return, order)
    if existing is not None:
        return _refused(
            f"Bu sipariş için zaten bir iade talebi var ({existing.return_number}, "
            f"{RETURN_STATUSES[existing.status]}).",
            return_id=existing.return_number,
            return_code=None,
            deadline=None,
        )
    refusal = _return_window_refusal(ctx, order, "iade")
    if refusal:
        return _refused(refusal, return_id=None, return_code=None, deadline=None, **_status(order))
    deadline = ctx.today + timedelta(days=RETURN_CODE_DAYS)
    entry = Return(
        return_number="",
        order_id=order.id,
        status="olusturuldu",
        reason=args["reason"],
        return_code="",
        created_at=ctx.now,
        deadline=deadline,
    )
    return_id = _numbered(ctx, entry, "return_number", "IAD")
    entry.return_code = _return_code(order, entry.id)
    order.status = "iade_surecinde"
    ctx.session.add_all([entry, order])
    shipment = _shipment(ctx, order)
    return {
        "return_id": return_id,
        "return_code": entry.return_code,
        "deadline": _iso(deadline),
        "carrier": shipment.carrier if shipment else None,
        "refused_reason": None,
        **_status(order),
        "message": f"İade kodunuzla ürünü {_iso(deadline)} tarihine kadar kargoya teslim edin.",
    }


@_order_tool
def get_return_status(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """The order's latest return: id, status and the return shipping code."""
    entry = _latest(ctx, Return, order)
    if entry is None:
        return {
            "has_return": False,
            "return_id": None,
            "status": None,
            "return_code": None,
            "message": "Bu sipariş için iade talebi bulunmuyor.",
        }
    return {
        "has_return": True,
        "return_id": entry.return_number,
        "status": entry.status,
        "status_text": RETURN_STATUSES[entry.status],
        "return_code": entry.return_code,
        "deadline": _iso(entry.deadline),
        "created_on": _iso(entry.created_at),
        "reason": entry.reason,
    }


@_order_tool
def create_exchange_request(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """Exchange a delivered item within 15 days; a requested size must be one the product offers."""
    refusal = _return_window_refusal(ctx, order, "değişim")
    if refusal:
        return _refused(refusal, exchange_id=None, **_status(order))
    if _latest(ctx, ExchangeRequest, order) is not None:
        return _refused("Bu sipariş için zaten bir değişim talebi var.", exchange_id=None)
    size = args.get("size")
    product_name = None
    if size is not None:
        size = _fold(size).upper().replace(" ", "")
        sized = [product for _, product in _items(ctx, order) if product.sizes]
        if not sized:
            return _refused("Bu siparişteki ürünlerde beden seçeneği yok.", exchange_id=None)
        offering = next((p for p in sized if size in p.sizes), None)
        if offering is None:
            offered = ", ".join(dict.fromkeys(s for p in sized for s in p.sizes))
            return _refused(f"{size} bedeni bu ürün için mevcut değil; mevcut bedenler: {offered}.", exchange_id=None)
        product_name = offering.name
    request = ExchangeRequest(
        exchange_number="", order_id=order.id, reason=args["reason"], size=size, created_at=ctx.now
    )
    exchange_id = _numbered(ctx, request, "exchange_number", "DGS")
    return {
        "exchange_id": exchange_id,
        "refused_reason": None,
        "size": size,
        "product": product_name,
        "message": "Değişim talebiniz oluşturuldu; ürünü iade kodu ile kargoya verdiğinizde yenisi gönderilecek.",
    }


@_order_tool
def get_refund_status(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """The order's latest refund: status, amount and the date the money is expected."""
    refund = _latest(ctx, Refund, order)
    if refund is None:
        return {
            "has_refund": False,
            "refund_status": None,
            "amount": None,
            "expected_date": None,
            "message": "Bu sipariş için başlatılmış bir para iadesi yok.",
        }
    return {
        "has_refund": True,
        "refund_status": refund.status,
        "refund_status_text": REFUND_STATUSES[refund.status],
        **_money("amount", refund.amount_kurus),
        "expected_date": _iso(refund.expected_date),
        "payment_method": order.payment_method,
    }


@_order_tool
def send_invoice(ctx: ToolContext, order: Order, args: dict[str, Any]) -> dict[str, Any]:
    """E-mail the invoice to the customer's registered address (never named in the result: it is PII)."""
    if order.status == "iptal":
        return _refused("İptal edilen siparişler için fatura düzenlenmez.", sent=False, invoice_number=None)
    invoice = ctx.session.exec(select(Invoice).where(Invoice.order_id == order.id)).first()
    if invoice is None:
        return _refused(
            "Fatura, sipariş kargoya verildiğinde düzenlenir; henüz düzenlenmedi.", sent=False, invoice_number=None
        )
    invoice.last_sent_at = ctx.now
    ctx.session.add(invoice)
    return {
        "sent": True,
        "invoice_number": invoice.invoice_number,
        "issued_on": _iso(invoice.issued_at),
        "message": "Faturanız kayıtlı e-posta adresinize gönderildi.",
    }


# ── Product tools ─────────────────────────────────────────────────────────────────────────────────


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", _fold(text))


def _token_match(a: str, b: str) -> bool:
    """Equal, or sharing a stem long enough to absorb a Turkish suffix ("ceket"/"ceketi", "kılıf"/"kılıfı")."""
    if a == b:
        return True
    common = len(_common_prefix(a, b))
    return common >= 4 and common >= min(len(a), len(b)) - 1


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _best_match(query: str, products: list[Product]) -> Product | None:
    """The product whose name best covers the query's words, rare words counting more (a colour alone does not
    pick a product); None when less than half of the query's weight is covered."""
    query_tokens = list(dict.fromkeys(_tokens(query)))
    if not query_tokens or not products:
        return None
    names = [set(_tokens(f"{p.name} {p.brand} {p.category}")) for p in products]
    weights = {}
    for token in query_tokens:
        frequency = sum(any(_token_match(token, t) for t in name) for name in names)
        weights[token] = math.log((1 + len(products)) / (1 + frequency)) + 1
    total = sum(weights.values())
    best, best_key = None, (0.0, 0.0)
    for product, name in zip(products, names, strict=True):
        matched = sum(w for token, w in weights.items() if any(_token_match(token, t) for t in name))
        key = (matched, -len(name))  # ties go to the shortest (most specific) name, then the lowest id
        if matched > 0 and key > best_key:
            best, best_key = product, key
    if best is None or best_key[0] < total / 2:
        return None
    return best


def _find_product(ctx: ToolContext, query: str) -> Product | None:
    return _best_match(query, list(ctx.session.exec(select(Product).order_by(col(Product.id))).all()))


def _quantity_band(stock: int) -> str:
    if stock <= 0:
        return "stokta yok"
    if stock <= 5:
        return "son birkaç ürün"
    if stock <= 50:
        return "sınırlı stok"
    return "stokta var"


def get_product_info(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """The best-matching product with price, sizes and seller."""
    product = _find_product(ctx, args["product"])
    if product is None:
        return {"found": False, "query": args["product"], "message": "Bu isimle bir ürün bulunamadı."}
    return {
        "found": True,
        "product": product.name,
        "brand": product.brand,
        "category": product.category,
        **_money("price", product.price_kurus),
        "sizes": product.sizes or [],
        "seller": product.seller,
        "in_stock": product.stock > 0,
        "description": product.description,
    }


def check_stock(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """Whether the best-matching product is in stock, a quantity band and the restock date if known."""
    product = _find_product(ctx, args["product"])
    if product is None:
        return {"found": False, "query": args["product"], "message": "Bu isimle bir ürün bulunamadı."}
    return {
        "found": True,
        "product": product.name,
        "in_stock": product.stock > 0,
        "quantity_band": _quantity_band(product.stock),
        "restock_date": _iso(product.restock_date) if product.stock <= 0 else None,
        "sizes": product.sizes or [],
    }


# ── Coupons, campaigns, payment ───────────────────────────────────────────────────────────────────


def validate_coupon(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """Whether a code is valid for this customer today, why not, its discount and the conditions to meet."""
    code = _fold(args["coupon_code"]).upper().strip()
    coupon = ctx.session.exec(select(Coupon).where(Coupon.code == code)).first()
    if coupon is None or (coupon.customer_id is not None and coupon.customer_id != ctx.customer_id):
        # Another customer's personal code answers exactly like a missing one: which codes exist is not shared.
        return {"valid": False, "coupon_code": code, "reason": "Kupon kodu bulunamadı.", "discount": None}
    if coupon.discount_percent is not None:
        discount = f"%{coupon.discount_percent}"
    else:
        discount = format_try(coupon.discount_kurus or 0)
    result: dict[str, Any] = {
        "coupon_code": code,
        "discount": discount,
        "description": coupon.description,
        **_money("min_basket", coupon.min_basket_kurus),
        "category": coupon.category,
        "valid_until": _iso(coupon.valid_until),
    }
    if ctx.today < coupon.valid_from:
        return {"valid": False, "reason": f"Kupon {_iso(coupon.valid_from)} tarihinde geçerli olacak.", **result}
    if ctx.today > coupon.valid_until:
        return {"valid": False, "reason": f"Kuponun süresi {_iso(coupon.valid_until)} tarihinde doldu.", **result}
    conditions = []
    if coupon.min_basket_kurus:
        conditions.append(f"sepet tutarı en az {format_try(coupon.min_basket_kurus)} olmalı")
    if coupon.category:
        conditions.append(f"yalnızca {coupon.category} ürünlerinde geçerli")
    reason = "Kupon geçerli" + (f"; {' ve '.join(conditions)}." if conditions else ".")
    return {"valid": True, "reason": reason, **result}


def list_campaigns(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """The campaigns running today."""
    statement = (
        select(Campaign)
        .where(Campaign.starts_on <= ctx.today, Campaign.ends_on >= ctx.today)
        .order_by(col(Campaign.ends_on), col(Campaign.id))
    )
    return {
        "campaigns": [
            {"title": c.title, "description": c.description, "ends_on": _iso(c.ends_on)}
            for c in ctx.session.exec(statement).all()
        ]
    }


def _monthly_payment(amount_kurus: int, installments: int, monthly_interest_percent: float) -> int:
    """Annuity payment in kuruş; without interest it is a plain split."""
    rate = monthly_interest_percent / 100
    if rate == 0:
        return math.ceil(amount_kurus / installments)
    return math.ceil(amount_kurus * rate / (1 - (1 + rate) ** -installments))


def get_installment_options(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """Every bank plan whose minimum the amount reaches, with the monthly payment and total."""
    amount = round(args["amount"] * 100)
    statement = (
        select(InstallmentPlan)
        .where(InstallmentPlan.min_amount_kurus <= amount)
        .order_by(col(InstallmentPlan.bank), col(InstallmentPlan.max_installments))
    )
    plans = []
    for plan in ctx.session.exec(statement).all():
        monthly = _monthly_payment(amount, plan.max_installments, plan.monthly_interest_percent)
        plans.append(
            {
                "bank": plan.bank,
                "card": plan.card_program,
                "installments": plan.max_installments,
                **_money("monthly", monthly),
                "total_text": format_try(monthly * plan.max_installments),
                "interest_free": plan.monthly_interest_percent == 0,
            }
        )
    result: dict[str, Any] = {**_money("amount", amount), "plans": plans}
    if not plans:
        smallest = ctx.session.exec(select(func.min(InstallmentPlan.min_amount_kurus))).one()
        result["message"] = (
            f"Bu tutar için taksit seçeneği yok; taksit en az {format_try(smallest)} tutarındaki alışverişte yapılır."
            if smallest
            else "Taksit seçeneği bulunmuyor."
        )
    return result


# ── Account and handoff ───────────────────────────────────────────────────────────────────────────


def send_password_reset(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """Send a reset link to the customer's registered e-mail (the address itself is PII and is not echoed)."""
    if ctx.customer_id is None or ctx.session.get(Customer, ctx.customer_id) is None:
        reason = f"{NO_CUSTOMER} Şifre sıfırlama için giriş ekranındaki 'Şifremi unuttum' adımını kullanın."
        return _refused(reason, sent=False)
    return {"sent": True, "message": "Şifre sıfırlama bağlantısı kayıtlı e-posta adresinize gönderildi."}


def _queue_for(reason: str) -> str:
    folded = _fold(reason)
    return next((queue for queue, (_, words) in QUEUES.items() if any(w in folded for w in words)), "genel")


def transfer_to_human(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
    """Hand the ticket to the queue its reason points to; the wait grows with the queue's recent handoffs."""
    queue = _queue_for(args["reason"])
    waiting = ctx.session.exec(
        select(func.count()).where(HumanHandoff.queue == queue, HumanHandoff.created_at >= ctx.now - QUEUE_WINDOW)
    ).one()
    ctx.session.add(HumanHandoff(customer_id=ctx.customer_id, queue=queue, reason=args["reason"], created_at=ctx.now))
    return {
        "transferred": True,
        "queue": queue,
        "queue_text": QUEUES[queue][0],
        "position": waiting + 1,
        "expected_wait_minutes": QUEUE_BASE_WAIT_MIN + QUEUE_MIN_PER_TICKET * waiting,
    }


# ── Registry and dispatch ─────────────────────────────────────────────────────────────────────────

TOOLS: dict[str, ToolFunction] = {
    "get_order_status": get_order_status,
    "list_customer_orders": list_customer_orders,
    "cancel_order": cancel_order,
    "update_delivery_address": update_delivery_address,
    "report_order_problem": report_order_problem,
    "track_shipment": track_shipment,
    "start_return_process": start_return_process,
    "get_return_status": get_return_status,
    "create_exchange_request": create_exchange_request,
    "get_refund_status": get_refund_status,
    "send_invoice": send_invoice,
    "get_product_info": get_product_info,
    "check_stock": check_stock,
    "validate_coupon": validate_coupon,
    "list_campaigns": list_campaigns,
    "get_installment_options": get_installment_options,
    "send_password_reset": send_password_reset,
    "transfer_to_human": transfer_to_human,
}

SIDE_EFFECT_TOOLS = frozenset(
    {
        "cancel_order",
        "update_delivery_address",
        "report_order_problem",
        "start_return_process",
        "create_exchange_request",
        "send_invoice",
        "send_password_reset",
        "transfer_to_human",
    }
)
"""Tools that change the backend (or reach the customer); they run in a savepoint that only `commit` keeps."""


def openai_tools() -> list[dict[str, Any]]:
    """The tools in the OpenAI `tools` format, straight from the contract."""
    return load_contract().openai_tools()


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_contract().tool(name).parameters)


_TYPE_NAMES = {"string": "a string", "integer": "an integer", "number": "a number", "object": "an object"}


def argument_error(name: str, args: dict[str, Any]) -> str | None:
    """A short, specific message for the first thing wrong with `args`, or None when they fit the schema."""
    parameters = load_contract().tool(name).parameters
    properties = parameters.get("properties", {})
    missing = [arg for arg in parameters.get("required", []) if arg not in args]
    if missing:
        return f"{name}: missing required argument {missing[0]!r}"
    extra = [arg for arg in args if arg not in properties]
    if extra:
        return f"{name}: unexpected argument {extra[0]!r} (allowed: {', '.join(properties) or 'none'})"
    error = next(iter(sorted(_validator(name).iter_errors(args), key=lambda e: list(e.path))), None)
    if error is None:
        return None
    arg = error.path[0] if error.path else "?"
    if error.validator == "type":
        return f"{name}: argument {arg!r} must be {_TYPE_NAMES.get(str(error.validator_value), error.validator_value)}"
    if error.validator == "pattern" and arg == "order_number":
        return f"{name}: argument 'order_number' must be 8 to 11 digits, got {args[arg]!r}"
    return f"{name}: argument {arg!r} is invalid: {error.message}"


def parse_arguments(name: str, arguments: dict[str, Any] | str) -> tuple[dict[str, Any] | None, str | None]:
    """The arguments as a dict (from a dict or a JSON string, "" meaning none), or an error message."""
    if isinstance(arguments, str):
        if not arguments.strip():
            return {}, None
        try:
            arguments = json.loads(arguments)
        except json.JSONDecodeError:
            return None, f"{name}: arguments are not valid JSON"
    if not isinstance(arguments, dict):
        return None, f"{name}: arguments must be a JSON object, got {type(arguments).__name__}"
    args = dict(arguments)
    if isinstance(args.get("order_number"), str):  # "4815 162-342" is how people write 4815162342
        args["order_number"] = re.sub(r"[\s\-]", "", args["order_number"])
    return args, None


def call_tool(ctx: ToolContext, name: str, arguments: dict[str, Any] | str) -> ToolResult:
    """Validate and run one tool call for `ctx`'s customer; bad input becomes an error result, never an exception.

    Side effects are kept only when `ctx.commit` is true (the savepoint is released and the session
    committed); otherwise they are rolled back once the result has been computed.
    """
    if name not in TOOLS:
        return ToolResult(name, arguments, False, None, f"unknown tool {name!r}")
    args, error = parse_arguments(name, arguments)
    if args is None:
        return ToolResult(name, arguments, False, None, error)
    error = argument_error(name, args)
    if error:
        return ToolResult(name, args, False, None, error)
    if name not in SIDE_EFFECT_TOOLS:
        try:
            return ToolResult(name, args, True, TOOLS[name](ctx, args), None)
        except Exception as exc:  # a bug must not take the draft down: the agent sees a failed call instead
            return ToolResult(name, args, False, None, f"{name}: internal error ({type(exc).__name__})")
    savepoint = ctx.session.begin_nested()
    try:
        result = TOOLS[name](ctx, args)
    except Exception as exc:
        savepoint.rollback()
        return ToolResult(name, args, False, None, f"{name}: internal error ({type(exc).__name__})")
    except BaseException:
        savepoint.rollback()
        raise
    if ctx.commit:
        savepoint.commit()
        ctx.session.commit()
    else:
        savepoint.rollback()
    return ToolResult(name, args, True, result, None)
