"""The grounding check: planted hallucinations must be caught, and the bot's own template replies must pass.

Two failure modes matter and both are tested against real tool results from the seeded demo: a check that
misses an invented date or tracking number lets a hallucination reach a customer; a check (or a template)
that flags a correct reply silently turns auto-resolvable tickets into human work ("Yanıt doğrulanamadı").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.demo import DemoData, Row
from db.models import ORDER_STATUSES
from db.policy import RETURN_WINDOW_DAYS
from serving.grounding import format_turkish_date, is_grounded, status_phrases, ungrounded_facts
from serving.replies import ASK_FOR, FALLBACK, POLICY_REPLIES, compose_reply
from serving.tools import TOOLS, ToolContext, call_tool

ORDER_TOOLS_ARGS: dict[str, dict[str, Any]] = {
    "get_order_status": {},
    "track_shipment": {},
    "cancel_order": {"reason": "Vazgeçtim"},
    "update_delivery_address": {"address": "[ADRES]"},
    "report_order_problem": {"problem_type": "hasarli_urun", "product": "ceket"},
    "start_return_process": {"reason": "Beden küçük geldi"},
    "get_return_status": {},
    "create_exchange_request": {"reason": "Beden"},
    "get_refund_status": {},
    "send_invoice": {},
}


@pytest.fixture
def session(demo_engine: Engine) -> Iterator[Session]:
    with Session(demo_engine) as session:
        yield session
        session.rollback()


def _run(session: Session, demo: DemoData, customer_id: int | None, name: str, args: dict[str, Any]) -> dict:
    ctx = ToolContext(session, customer_id, datetime.combine(demo.today, time(9), UTC), {"[ADRES]": "Moda Cad. 1"})
    result = call_tool(ctx, name, args).to_dict()
    assert result["ok"], result["error"]
    return result


def _order_call(session: Session, demo: DemoData, order: Row, name: str) -> dict:
    return _run(
        session, demo, order["customer_id"], name, {"order_number": order["order_number"], **ORDER_TOOLS_ARGS[name]}
    )


def _pick(demo: DemoData, status: str) -> Row:
    return next(o for o in demo.orders if o["status"] == status)


# ── planted hallucinations ────────────────────────────────────────────────────────────────────────


SOURCE = {
    "order_number": "4815162342",
    "status": "kargoda",
    "status_text": "kargoda",
    "carrier": "Aras Kargo",
    "tracking_number": "7281933001245",
    "estimated_delivery": "2026-11-28",
    "total": 1249.9,
    "total_text": "1.249,90 TL",
    "return_code": "AB12CD34",
    "discount": "%20",
}
GOOD = (
    "4815162342 numaralı siparişinizin durumu: kargoda. Kargo firması Aras Kargo, takip numarası 7281933001245. "
    "Tahmini teslimat: 28 Kasım 2026. Tutar 1.249,90 TL, iade kodunuz AB12CD34, indirim %20."
)


def test_the_unplanted_reply_is_grounded() -> None:
    assert ungrounded_facts(GOOD, [SOURCE]) == []
    assert is_grounded(GOOD, iter([SOURCE]))  # any iterable, consumed once


@pytest.mark.parametrize(
    ("planted", "kind"),
    [
        (("28 Kasım 2026", "29 Kasım 2026"), "date"),
        (("28 Kasım 2026", "2026-12-28"), "date"),
        (("28 Kasım 2026", "27.11.2026"), "date"),
        (("1.249,90 TL", "1.294,90 TL"), "amount"),
        (("1.249,90 TL", "₺1.500"), "amount"),
        (("7281933001245", "7281933001254"), "number"),
        (("7281933001245", "728 193 300 1999"), "number"),
        (("Aras Kargo", "Yurtiçi Kargo"), "carrier"),
        (("Aras Kargo", "MNG"), "carrier"),
        (("AB12CD34", "ZX98YW76"), "code"),
        (("durumu: kargoda", "durumu: teslim edildi"), "status"),
        (("durumu: kargoda", "durumu: iade onaylandı"), "status"),
        (("%20", "%25"), "percent"),
    ],
)
def test_planted_hallucination_is_caught(planted: tuple[str, str], kind: str) -> None:
    old, new = planted
    assert old in GOOD
    problems = ungrounded_facts(GOOD.replace(old, new), [SOURCE])
    assert problems, f"{new!r} was not caught"
    assert all(p.startswith(kind) for p in problems), problems


def test_facts_from_the_ticket_text_are_grounded() -> None:
    """The customer's own order number may be repeated back even when no tool ran."""
    reply = "Merhaba, 4815162342 numaralı siparişiniz için sipariş numaranızı doğruladık."
    assert is_grounded(reply, ["Sipariş 4815162342 nerede?"])
    assert not is_grounded(reply, ["Sipariş 4815162343 nerede?"])


def test_dates_match_whatever_the_format() -> None:
    for written in ("28 Kasım", "28 kasım 2026", "28.11.2026", "2026-11-28", "28/11/2026"):
        assert is_grounded(f"Teslimat {written} tarihinde.", [SOURCE]), written


def test_amount_as_number_and_text_both_ground() -> None:
    assert is_grounded("Tutar 1.249,90 TL.", [{"total": 1249.9}])
    assert is_grounded("Tutar 1.249,90 TL.", [{"total_text": "1.249,90 TL"}])
    assert is_grounded("Aylık 416,64 TL.", [{"monthly": 416.64}])
    assert not is_grounded("Tutar 1.249,91 TL.", [{"total": 1249.9}])


def test_amount_without_thousands_separator_is_grounded() -> None:
    assert ungrounded_facts("Tutar 1249,90 TL.", [{"total": 1249.9}]) == []


def test_invented_amount_without_thousands_separator_is_caught() -> None:
    assert ungrounded_facts("Tutar 12500 TL.", [{"total": 1249.9}]) != []


def test_status_phrases_are_longest_first() -> None:
    phrases = status_phrases()
    assert list(phrases) == sorted(phrases, key=len, reverse=True)
    assert set(ORDER_STATUSES.values()) <= set(phrases)


def test_format_turkish_date_is_read_back() -> None:
    text = format_turkish_date(date(2026, 2, 3))
    assert text == "3 Şubat 2026"
    assert is_grounded(f"Tarih {text}.", ["2026-02-03"])
    assert not is_grounded(f"Tarih {text}.", ["2026-03-02"])


# ── the bot's template replies are grounded in their own tool results, for every tool ───────────────


def _every_tool_case(demo: DemoData) -> list[tuple[str, int | None, dict[str, Any]]]:
    def returnable(o: Row) -> bool:
        return (
            o["status"] == "teslim_edildi"
            and (demo.today - o["delivered_at"].date()).days < RETURN_WINDOW_DAYS
            and demo.return_of(o["id"]) is None
        )

    def order(predicate: Any, name: str) -> tuple[str, int, dict[str, Any]]:
        row = next(o for o in demo.orders if predicate(o))
        return name, row["customer_id"], {"order_number": row["order_number"], **ORDER_TOOLS_ARGS[name]}

    coupon = demo.coupons[0]
    return [
        order(lambda o: o["status"] == "kargoda", "get_order_status"),
        ("list_customer_orders", 1, {}),
        order(lambda o: o["status"] == "hazirlaniyor", "cancel_order"),
        order(lambda o: o["status"] == "hazirlaniyor", "update_delivery_address"),
        order(lambda o: o["status"] == "teslim_edildi", "report_order_problem"),
        order(lambda o: o["status"] == "dagitimda", "track_shipment"),
        order(returnable, "start_return_process"),
        order(lambda o: demo.return_of(o["id"]) is not None, "get_return_status"),
        order(returnable, "create_exchange_request"),
        order(lambda o: demo.refund_of(o["id"]) is not None, "get_refund_status"),
        order(lambda o: o["status"] == "teslim_edildi", "send_invoice"),
        ("get_product_info", 1, {"product": demo.products[0]["name"]}),
        ("check_stock", 1, {"product": demo.products[1]["name"]}),
        ("validate_coupon", coupon["customer_id"] or 1, {"coupon_code": coupon["code"]}),
        ("list_campaigns", 1, {}),
        ("get_installment_options", 1, {"amount": 1249.9}),
        ("send_password_reset", 1, {}),
        ("transfer_to_human", 1, {"reason": "Kartımdan iki kez çekim yapıldı"}),
    ]


def test_every_tool_template_is_grounded_in_its_result(session: Session, demo_data: DemoData) -> None:
    cases = _every_tool_case(demo_data)
    assert sorted(name for name, _, _ in cases) == sorted(TOOLS)
    for name, customer_id, args in cases:
        result = _run(session, demo_data, customer_id, name, args)
        assert not (result["result"] or {}).get("refused"), result
        reply = compose_reply("x", [result], None)
        assert reply.source == "template"
        assert reply.text != f"Merhaba, {FALLBACK} Başka bir konuda yardımcı olabilirsem memnuniyetle."
        assert ungrounded_facts(reply.text, [result]) == [], (name, reply.text)


def _order_tool_cases() -> list[tuple[str, str]]:
    return [(tool, status) for tool in ORDER_TOOLS_ARGS for status in ORDER_STATUSES]


@pytest.mark.parametrize(("tool", "status"), _order_tool_cases())
def test_order_tool_replies_are_grounded_in_every_order_status(
    session: Session, demo_data: DemoData, tool: str, status: str
) -> None:
    """Refusals, not-found answers and templates alike, for orders in each state (a template bug shows up in
    one state only, e.g. a returned order that was delivered)."""
    orders = [o for o in demo_data.orders if o["status"] == status][:3]
    assert orders
    for order in orders:
        result = _order_call(session, demo_data, order, tool)
        reply = compose_reply("x", [result], None).text
        assert ungrounded_facts(reply, [result]) == [], (tool, order["order_number"], reply)
        session.rollback()


def test_not_found_reply_is_grounded_and_says_so(session: Session, demo_data: DemoData) -> None:
    """Another customer's order is answered exactly like a missing one, and the answer states nothing."""
    order = _pick(demo_data, "kargoda")
    other = next(c["id"] for c in demo_data.customers if c["id"] != order["customer_id"])
    result = _run(session, demo_data, other, "get_order_status", {"order_number": order["order_number"]})
    assert result["result"]["found"] is False
    reply = compose_reply("siparis_status", [result], None).text
    assert "bulunamadı" in reply
    assert is_grounded(reply, [result])
    assert not re.search(r"\d{6,}", reply.replace(order["order_number"], ""))


def test_policy_ask_and_fallback_replies_state_no_facts() -> None:
    """Replies written without tool results must pass the check with nothing but an empty ticket."""
    for intent in POLICY_REPLIES:
        reply = compose_reply(intent, [], None)
        assert reply.source == "policy"
        assert ungrounded_facts(reply.text, [""]) == [], intent
    for missing in ASK_FOR:
        reply = compose_reply("siparis_status", [], missing)
        assert reply.source == "ask"
        assert is_grounded(reply.text, [""])
    assert compose_reply(None, [], None).source == "fallback"
    assert compose_reply("sikayet", [], None).text == FALLBACK
    assert is_grounded(FALLBACK, [""])
