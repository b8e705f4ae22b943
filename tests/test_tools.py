"""The contract tools over the demo backend: happy paths, business rules, privacy, validation, commit."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.demo import DemoData, Row
from db.models import SHIPPED_STATUSES, HumanHandoff, Order, Refund
from db.policy import RETURN_WINDOW_DAYS
from serving.tools import SIDE_EFFECT_TOOLS, TOOLS, ToolContext, call_tool, format_try, openai_tools

NEW_ADDRESS = "Caferağa Mah. Moda Cad. No:12 D:3 Kadıköy/İstanbul"


@pytest.fixture
def session(demo_engine: Engine) -> Iterator[Session]:
    with Session(demo_engine) as session:
        yield session
        session.rollback()


def _now(demo: DemoData) -> datetime:
    return datetime.combine(demo.today, time(9, 0), UTC)


def _delivered_days_ago(demo: DemoData, order: Row) -> int:
    return (demo.today - order["delivered_at"].date()).days


def _pick(demo: DemoData, predicate: Callable[[Row], bool]) -> Row:
    return next(o for o in demo.orders if predicate(o))


def _returnable(demo: DemoData) -> Callable[[Row], bool]:
    return lambda o: (
        o["status"] == "teslim_edildi"
        and _delivered_days_ago(demo, o) < RETURN_WINDOW_DAYS
        and demo.return_of(o["id"]) is None
    )


def _run(session: Session, demo: DemoData, order: Row | None, name: str, commit: bool = False, **args: Any) -> dict:
    """Call `name` as the order's owner (or customer 1) and return the result, asserting the call was valid."""
    customer_id = order["customer_id"] if order else 1
    ctx = ToolContext(session, customer_id, _now(demo), {"[ADRES]": NEW_ADDRESS}, commit)
    if order is not None:
        args = {"order_number": order["order_number"], **args}
    outcome = call_tool(ctx, name, args)
    assert outcome.ok, outcome.error
    assert outcome.result is not None
    return outcome.result


# ── Registry ──────────────────────────────────────────────────────────────────────────────────────


def test_registry_matches_the_contract() -> None:
    contract = load_contract()
    assert tuple(TOOLS) == contract.tool_names
    assert set(TOOLS) > SIDE_EFFECT_TOOLS
    assert [t["function"]["name"] for t in openai_tools()] == list(contract.tool_names)


def test_format_try() -> None:
    assert format_try(124990) == "1.249,90 TL"
    assert format_try(5) == "0,05 TL"
    assert format_try(100_000_000) == "1.000.000,00 TL"


# ── Happy paths: every tool answers with at least the contract's fields ──────────────────────────


def _happy_calls(demo: DemoData) -> list[tuple[str, Row | None, dict[str, Any]]]:
    def sized(o: Row) -> bool:
        return any(demo.product(i["product_id"])["sizes"] for i in demo.items_of(o["id"]))

    return [
        ("get_order_status", _pick(demo, lambda o: o["status"] == "kargoda"), {}),
        ("list_customer_orders", None, {}),
        ("cancel_order", _pick(demo, lambda o: o["status"] == "hazirlaniyor"), {"reason": "Vazgeçtim"}),
        ("update_delivery_address", _pick(demo, lambda o: o["status"] == "hazirlaniyor"), {"address": "[ADRES]"}),
        ("report_order_problem", _pick(demo, lambda o: o["status"] == "teslim_edildi"), {"problem_type": "eksik_urun"}),
        ("track_shipment", _pick(demo, lambda o: o["status"] == "dagitimda"), {}),
        ("start_return_process", _pick(demo, _returnable(demo)), {"reason": "Beden küçük geldi"}),
        ("get_return_status", _pick(demo, lambda o: demo.return_of(o["id"]) is not None), {}),
        ("create_exchange_request", _pick(demo, lambda o: _returnable(demo)(o) and sized(o)), {"reason": "Beden"}),
        ("get_refund_status", _pick(demo, lambda o: demo.refund_of(o["id"]) is not None), {}),
        ("send_invoice", _pick(demo, lambda o: o["status"] == "teslim_edildi"), {}),
        ("get_product_info", None, {"product": "siyah deri ceket"}),
        ("check_stock", None, {"product": "iPhone 15 kılıfı"}),
        ("validate_coupon", None, {"coupon_code": "indirim50"}),
        ("list_campaigns", None, {}),
        ("get_installment_options", None, {"amount": 1249.9}),
        ("send_password_reset", None, {}),
        ("transfer_to_human", None, {"reason": "Kartımdan iki kez çekim yapıldı"}),
    ]


def test_happy_paths_cover_every_tool(session: Session, demo_data: DemoData) -> None:
    calls = _happy_calls(demo_data)
    assert [name for name, _, _ in calls] == list(TOOLS)
    for name, order, args in calls:
        result = _run(session, demo_data, order, name, **args)
        missing = set(load_contract().tool(name).returns) - set(result)
        assert not missing, f"{name} lacks {missing}: {result}"
        assert not result.get("refused"), f"{name} refused: {result}"
        assert result.get("found", True), f"{name} found nothing: {result}"
        json.dumps(result)  # goes into a prompt and a JSON column as is


def test_order_status_and_tracking(session: Session, demo_data: DemoData) -> None:
    order = _pick(demo_data, lambda o: o["status"] == "dagitimda")
    shipment = demo_data.shipment_of(order["id"])
    status = _run(session, demo_data, order, "get_order_status")
    assert status["status"] == "dagitimda" and status["status_text"] == "dağıtımda"
    assert status["carrier"] == shipment["carrier"] and status["tracking_number"] == shipment["tracking_number"]
    assert status["estimated_delivery"] == shipment["estimated_delivery"].isoformat()
    assert status["total_text"] == format_try(order["total_kurus"]) and status["total"] == order["total_kurus"] / 100
    tracking = _run(session, demo_data, order, "track_shipment")
    assert tracking["events"][-1]["event"] == "Dağıtıma çıktı"
    late = _pick(
        demo_data,
        lambda o: o["status"] == "kargoda" and demo_data.shipment_of(o["id"])["estimated_delivery"] < demo_data.today,
    )
    assert _run(session, demo_data, late, "track_shipment")["late"] is True
    waiting = _run(session, demo_data, _pick(demo_data, lambda o: o["status"] == "hazirlaniyor"), "track_shipment")
    assert waiting["shipped"] is False and waiting["carrier"] is None


def test_list_customer_orders_newest_first_with_default_limit(session: Session, demo_data: DemoData) -> None:
    customer = max(demo_data.customers, key=lambda c: len(demo_data.orders_of(c["id"])))
    expected = [o["order_number"] for o in demo_data.orders_of(customer["id"])]
    assert len(expected) > 5
    ctx = ToolContext(session, customer["id"], _now(demo_data))
    listed = call_tool(ctx, "list_customer_orders", {}).result
    assert [o["order_number"] for o in listed["orders"]] == expected[:5]
    assert listed["total_orders"] == len(expected)
    assert len(call_tool(ctx, "list_customer_orders", {"limit": 2}).result["orders"]) == 2


def test_product_match_is_fuzzy_but_not_reckless(session: Session, demo_data: DemoData) -> None:
    info = _run(session, demo_data, None, "get_product_info", product="SİYAH DERİ CEKETİ")
    assert info["found"] and "Siyah Deri Ceket" in info["product"] and info["sizes"]
    assert _run(session, demo_data, None, "get_product_info", product="uçak bileti")["found"] is False
    out = next(p for p in demo_data.products if p["stock"] == 0 and p["restock_date"])
    stock = _run(session, demo_data, None, "check_stock", product=out["name"])
    assert stock["product"] == out["name"] and stock["in_stock"] is False
    assert stock["quantity_band"] == "stokta yok" and stock["restock_date"] == out["restock_date"].isoformat()


def test_installments_compute_the_monthly_payment(session: Session, demo_data: DemoData) -> None:
    plans = _run(session, demo_data, None, "get_installment_options", amount=1249.9)["plans"]
    assert plans and all(p["installments"] >= 2 for p in plans)
    free = next(p for p in plans if p["interest_free"] and p["installments"] == 3)
    assert free["monthly"] == math.ceil(124990 / 3) / 100
    big = _run(session, demo_data, None, "get_installment_options", amount=20000)["plans"]
    with_interest = next(p for p in big if not p["interest_free"])
    assert with_interest["monthly"] * with_interest["installments"] > 20000
    small = _run(session, demo_data, None, "get_installment_options", amount=100)
    assert small["plans"] == [] and "en az" in small["message"]


def test_transfer_to_human_routes_by_reason(session: Session, demo_data: DemoData) -> None:
    assert _run(session, demo_data, None, "transfer_to_human", reason="Şifremi sıfırlayamıyorum")["queue"] == "hesap"
    assert _run(session, demo_data, None, "transfer_to_human", reason="Kargom gelmedi")["queue"] == "kargo"
    assert _run(session, demo_data, None, "transfer_to_human", reason="Temsilciyle görüşmek istiyorum")["queue"] == (
        "genel"
    )


def test_coupon_rules(session: Session, demo_data: DemoData) -> None:
    def check(code: str, customer: int = 1) -> dict[str, Any]:
        return call_tool(
            ToolContext(session, customer, _now(demo_data)), "validate_coupon", {"coupon_code": code}
        ).result

    valid = check("INDIRIM50")
    assert valid["valid"] and valid["discount"] == "50,00 TL" and "250,00 TL" in valid["reason"]
    assert "giyim" in check("MODA20")["reason"] and check("MODA20")["discount"] == "%20"
    assert check("YAZINDIRIMI")["valid"] is False and "doldu" in check("YAZINDIRIMI")["reason"]
    assert check("BAHAR15")["valid"] is False and "geçerli olacak" in check("BAHAR15")["reason"]
    assert check("YOKBOYLE")["valid"] is False and "bulunamadı" in check("YOKBOYLE")["reason"]
    personal = next(c for c in demo_data.coupons if c["customer_id"])
    assert check(personal["code"], personal["customer_id"])["valid"] is True
    other = 1 if personal["customer_id"] != 1 else 2
    not_yours, missing = check(personal["code"], other), check("YOKBOYLE", other)
    assert not_yours["valid"] is False
    # Another customer's code answers exactly like a code that does not exist.
    assert {k: v for k, v in not_yours.items() if k != "coupon_code"} == {
        k: v for k, v in missing.items() if k != "coupon_code"
    }


# ── Business-rule refusals ────────────────────────────────────────────────────────────────────────


def _refusal(result: dict[str, Any], *words: str) -> None:
    assert result["refused"] is True, result
    for word in words:
        assert word in result["refused_reason"], result


def test_cancel_refusals(session: Session, demo_data: DemoData) -> None:
    for status in ("kargoda", "teslim_edildi"):
        order = _pick(demo_data, lambda o, s=status: o["status"] == s)
        result = _run(session, demo_data, order, "cancel_order", reason="Vazgeçtim")
        assert result["cancelled"] is False
        _refusal(result, "kargoya verildiği")
    cancelled = _pick(demo_data, lambda o: o["status"] == "iptal")
    _refusal(_run(session, demo_data, cancelled, "cancel_order", reason="x"), "zaten iptal")


def test_address_change_refusals(session: Session, demo_data: DemoData) -> None:
    shipped = _pick(demo_data, lambda o: o["status"] in SHIPPED_STATUSES)
    _refusal(_run(session, demo_data, shipped, "update_delivery_address", address="[ADRES]"), "kargoya verildiği")
    waiting = _pick(demo_data, lambda o: o["status"] == "hazirlaniyor")
    _refusal(_run(session, demo_data, waiting, "update_delivery_address", address="[ADRES_2]"), "yeniden")


def test_return_refusals(session: Session, demo_data: DemoData) -> None:
    old = _pick(demo_data, lambda o: o["status"] == "teslim_edildi" and _delivered_days_ago(demo_data, o) > 30)
    _refusal(_run(session, demo_data, old, "start_return_process", reason="x"), "süresi doldu", "15 gün")
    shipped = _pick(demo_data, lambda o: o["status"] == "kargoda")
    _refusal(_run(session, demo_data, shipped, "start_return_process", reason="x"), "teslim edilmiş")
    returned = _pick(demo_data, lambda o: demo_data.return_of(o["id"]) is not None)
    _refusal(_run(session, demo_data, returned, "start_return_process", reason="x"), "zaten")


def test_exchange_refusals(session: Session, demo_data: DemoData) -> None:
    def sizes(o: Row) -> list[str]:
        return [s for i in demo_data.items_of(o["id"]) for s in demo_data.product(i["product_id"])["sizes"] or []]

    order = _pick(demo_data, lambda o: _returnable(demo_data)(o) and sizes(o))
    offered = _run(session, demo_data, order, "create_exchange_request", reason="Beden", size=sizes(order)[0].lower())
    assert offered["exchange_id"] and offered["size"] == sizes(order)[0]
    _refusal(_run(session, demo_data, order, "create_exchange_request", reason="Beden", size="5XL"), "mevcut değil")
    old = _pick(demo_data, lambda o: o["status"] == "teslim_edildi" and _delivered_days_ago(demo_data, o) > 30)
    _refusal(_run(session, demo_data, old, "create_exchange_request", reason="x"), "süresi doldu")
    shipped = _pick(demo_data, lambda o: o["status"] == "kargoda")
    _refusal(_run(session, demo_data, shipped, "create_exchange_request", reason="x"), "teslim edilmiş")


def test_refund_invoice_and_problem_refusals(session: Session, demo_data: DemoData) -> None:
    no_refund = _pick(demo_data, lambda o: demo_data.refund_of(o["id"]) is None)
    refund = _run(session, demo_data, no_refund, "get_refund_status")
    assert refund["has_refund"] is False and refund["refund_status"] is None
    cancelled = _pick(demo_data, lambda o: o["status"] == "iptal")
    _refusal(_run(session, demo_data, cancelled, "send_invoice"), "İptal")
    waiting = _pick(demo_data, lambda o: o["status"] == "hazirlaniyor")
    _refusal(_run(session, demo_data, waiting, "send_invoice"), "henüz")
    _refusal(_run(session, demo_data, waiting, "report_order_problem", problem_type="hasarli_urun"), "teslim edilmiş")


def test_password_reset_needs_a_customer(session: Session, demo_data: DemoData) -> None:
    result = call_tool(ToolContext(session, None, _now(demo_data)), "send_password_reset", {}).result
    assert result["sent"] is False and result["refused"] is True


# ── Privacy: another customer's order is indistinguishable from a missing one ────────────────────


@pytest.mark.parametrize(
    "name, extra",
    [
        ("get_order_status", {}),
        ("track_shipment", {}),
        ("cancel_order", {"reason": "x"}),
        ("get_refund_status", {}),
        ("send_invoice", {}),
        ("start_return_process", {"reason": "x"}),
    ],
)
def test_other_customers_order_looks_like_a_missing_one(
    session: Session, demo_data: DemoData, name: str, extra: dict[str, Any]
) -> None:
    order = _pick(demo_data, lambda o: o["status"] == "hazirlaniyor")
    stranger = next(c["id"] for c in demo_data.customers if c["id"] != order["customer_id"])
    missing = "1" + "0" * 9
    assert demo_data.order_by_number(missing) is None

    def answer(customer_id: int | None, number: str) -> dict[str, Any]:
        ctx = ToolContext(session, customer_id, _now(demo_data))
        result = call_tool(ctx, name, {"order_number": number, **extra}).result
        return {**result, "order_number": "N"}

    theirs = answer(stranger, order["order_number"])
    assert theirs == answer(stranger, missing) == answer(None, order["order_number"])
    assert theirs["found"] is False and "bulunamadı" in theirs["message"]
    assert set(theirs) == {"found", "order_number", "message"}


# ── Argument validation ───────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "name, arguments, message",
    [
        ("get_order_status", {}, "get_order_status: missing required argument 'order_number'"),
        ("get_order_status", {"order_number": 4815162342}, "argument 'order_number' must be a string"),
        ("get_order_status", {"order_number": "12ab"}, "must be 8 to 11 digits"),
        ("get_order_status", {"order_number": "4815162342", "customer_id": 3}, "unexpected argument 'customer_id'"),
        ("get_order_status", '{"order_number": "48151', "arguments are not valid JSON"),
        ("get_order_status", "[1, 2]", "arguments must be a JSON object"),
        ("list_customer_orders", {"limit": 50}, "argument 'limit' is invalid"),
        ("list_customer_orders", {"limit": "5"}, "argument 'limit' must be an integer"),
        ("report_order_problem", {"order_number": "4815162342", "problem_type": "kayip"}, "'problem_type' is invalid"),
        ("get_installment_options", {"amount": "1.249,90 TL"}, "argument 'amount' must be a number"),
        ("refund_everything", {}, "unknown tool 'refund_everything'"),
    ],
)
def test_bad_arguments_give_a_short_error(
    session: Session, demo_data: DemoData, name: str, arguments: Any, message: str
) -> None:
    result = call_tool(ToolContext(session, 1, _now(demo_data)), name, arguments)
    assert result.ok is False and result.result is None
    assert message in result.error and "Traceback" not in result.error and len(result.error) < 200
    assert result.to_dict()["error"] == result.error


def test_json_string_arguments_and_written_order_numbers_are_accepted(session: Session, demo_data: DemoData) -> None:
    order = demo_data.orders_of(1)[0]
    spaced = f"{order['order_number'][:4]} {order['order_number'][4:]}"
    ctx = ToolContext(session, 1, _now(demo_data))
    result = call_tool(ctx, "get_order_status", json.dumps({"order_number": spaced}))
    assert result.ok and result.result["found"] and result.arguments == {"order_number": order["order_number"]}
    assert call_tool(ctx, "list_campaigns", "").ok


# ── Side effects: kept only on commit ─────────────────────────────────────────────────────────────


def _status_in_db(engine: Engine, order_id: int) -> str:
    with Session(engine) as fresh:
        return fresh.get(Order, order_id).status


def test_preview_changes_nothing(session: Session, demo_engine: Engine, demo_data: DemoData) -> None:
    order = _pick(demo_data, lambda o: o["status"] == "hazirlaniyor" and o["payment_method"] != "Kapıda ödeme")
    result = _run(session, demo_data, order, "cancel_order", reason="Vazgeçtim")
    assert result["cancelled"] is True and result["refund"]["amount"] == order["total_kurus"] / 100
    assert session.get(Order, order["id"]).status == "hazirlaniyor"
    assert _status_in_db(demo_engine, order["id"]) == "hazirlaniyor"
    assert session.exec(select(Refund).where(Refund.order_id == order["id"])).first() is None
    assert session.exec(select(HumanHandoff)).first() is None


def test_commit_persists_and_rules_see_the_new_state(seeded_engine: Engine, demo_data: DemoData) -> None:
    cancel = _pick(demo_data, lambda o: o["status"] == "hazirlaniyor")
    move = _pick(demo_data, lambda o: o["status"] == "hazirlaniyor" and o["id"] != cancel["id"])
    returned = _pick(demo_data, _returnable(demo_data))
    with Session(seeded_engine) as session:
        assert _run(session, demo_data, cancel, "cancel_order", commit=True, reason="Vazgeçtim")["cancelled"]
        moved = _run(session, demo_data, move, "update_delivery_address", commit=True, address="[ADRES]")
        assert moved["updated"] and NEW_ADDRESS not in json.dumps(moved, ensure_ascii=False)
        started = _run(session, demo_data, returned, "start_return_process", commit=True, reason="Beden")
        again = _run(session, demo_data, returned, "start_return_process", commit=True, reason="Beden")
        _refusal(again, "zaten", started["return_id"])
        first = _run(session, demo_data, None, "transfer_to_human", commit=True, reason="Kargom gelmedi")
        second = _run(session, demo_data, None, "transfer_to_human", commit=True, reason="Paketim hasarlı geldi, kargo")
        assert second["position"] == first["position"] + 1
        assert second["expected_wait_minutes"] > first["expected_wait_minutes"]
        _refusal(_run(session, demo_data, cancel, "cancel_order", reason="x"), "zaten iptal")
    with Session(seeded_engine) as fresh:
        assert fresh.get(Order, cancel["id"]).status == "iptal"
        assert fresh.get(Order, move["id"]).delivery_address == NEW_ADDRESS
        assert fresh.get(Order, returned["id"]).status == "iade_surecinde"
        status = _run(fresh, demo_data, returned, "get_return_status")
        assert status["return_id"] == started["return_id"] and status["return_code"] == started["return_code"]
        assert status["deadline"] == (demo_data.today + timedelta(days=7)).isoformat()


def test_an_absurd_amount_is_an_error_result_not_an_exception(session: Session, demo_data: DemoData) -> None:
    ctx = ToolContext(session=session, customer_id=None, now=_now(demo_data))
    result = call_tool(ctx, "get_installment_options", {"amount": 100000000000000000})
    assert not result.ok and "amount" in result.error
    assert call_tool(ctx, "get_installment_options", {"amount": 10_000_000}).ok  # the largest amount allowed


def test_a_tool_that_fails_inside_becomes_an_error_result(
    session: Session, demo_data: DemoData, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ctx: ToolContext, args: dict[str, Any]) -> dict[str, Any]:
        raise OverflowError("int too large")

    monkeypatch.setitem(TOOLS, "list_campaigns", broken)
    monkeypatch.setitem(TOOLS, "cancel_order", broken)
    ctx = ToolContext(session=session, customer_id=None, now=_now(demo_data))
    result = call_tool(ctx, "list_campaigns", {})
    assert not result.ok and result.error == "list_campaigns: internal error (OverflowError)"
    order = demo_data.orders[0]
    cancelled = call_tool(
        ToolContext(session=session, customer_id=order["customer_id"], now=_now(demo_data)),
        "cancel_order",
        {"order_number": order["order_number"], "reason": "vazgeçtim"},
    )
    assert not cancelled.ok and "OverflowError" in cancelled.error
