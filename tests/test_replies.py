"""compose_reply: which sentence a draft gets for each kind of tool outcome, built only from the results.

Grounding of every template against real tool results is tested in test_grounding.py; here the branching
(refusal, not found, error, ask, policy, fallback) and the per-template details an agent relies on.
"""

from __future__ import annotations

from typing import Any

import pytest

from db.contract import load_contract
from serving.replies import ASK_FOR, CLOSING, FALLBACK, GREETING, POLICY_REPLIES, TEMPLATES, compose_reply
from serving.tools import TOOLS


def _ok(name: str, **result: Any) -> dict[str, Any]:
    return {"name": name, "arguments": {}, "ok": True, "result": result, "error": None}


def test_there_is_a_template_for_every_tool() -> None:
    assert set(TEMPLATES) == set(TOOLS)


def test_policy_replies_cover_exactly_the_toolless_intents() -> None:
    """A tool-less intent without a policy text would get the generic fallback; one with a text but tools never
    uses it."""
    toolless = {i.id for i in load_contract().intents if not i.tools}
    assert set(POLICY_REPLIES) == toolless


def test_no_intent_gives_the_fallback() -> None:
    reply = compose_reply(None, [_ok("list_campaigns", campaigns=[])], None)
    assert (reply.text, reply.source) == (FALLBACK, "fallback")


@pytest.mark.parametrize("missing", sorted(ASK_FOR))
def test_missing_argument_asks_for_it(missing: str) -> None:
    reply = compose_reply("siparis_status", [], missing)
    assert reply.source == "ask"
    assert reply.text == f"{GREETING} {ASK_FOR[missing]}"


def test_unknown_missing_argument_still_asks_politely() -> None:
    assert compose_reply("siparis_status", [], "limit").text == f"{GREETING} {FALLBACK}"


def test_template_reply_has_greeting_and_closing() -> None:
    reply = compose_reply("sifre_unuttum", [_ok("send_password_reset", sent=True)], None)
    assert reply.source == "template"
    assert reply.text.startswith(GREETING) and reply.text.endswith(CLOSING)
    assert "Şifre sıfırlama bağlantısı" in reply.text


def test_refusal_reason_is_the_sentence() -> None:
    refused = _ok("cancel_order", refused=True, refused_reason="Sipariş kargoya verildiği için iptal edilemez.")
    assert "iptal edilemez" in compose_reply("siparis_iptal", [refused], None).text


def test_failed_call_and_not_found_answers() -> None:
    failed = {"name": "track_shipment", "arguments": {}, "ok": False, "result": None, "error": "bad"}
    assert FALLBACK in compose_reply("kargo_takip", [failed], None).text
    not_found = _ok("track_shipment", found=False, order_number="4815162342", message="Sipariş bulunamadı.")
    assert "Sipariş bulunamadı." in compose_reply("kargo_takip", [not_found], None).text
    product = _ok("get_product_info", found=False, query="uçan halı", message="Bu isimle bir ürün bulunamadı.")
    assert "ürün bulunamadı" in compose_reply("urun_bilgi", [product], None).text


def test_identical_sentences_are_written_once() -> None:
    failed = {"name": "x", "arguments": {}, "ok": False, "result": None, "error": "e"}
    assert compose_reply("sikayet", [failed, failed], None).text.count(FALLBACK) == 1


def test_order_status_with_carrier_and_delay() -> None:
    result = _ok(
        "get_order_status",
        order_number="4815162342",
        status_text="kargoda",
        carrier="Aras Kargo",
        tracking_number="7281933001245",
        estimated_delivery="2026-11-28",
        delivered_on=None,
        late=True,
    )
    text = compose_reply("siparis_status", [result], None).text
    assert "durumu: kargoda" in text
    assert "Aras Kargo" in text and "7281933001245" in text
    assert "28 Kasım 2026" in text
    assert "Gecikme" in text


def test_cancel_with_refund_and_not_shipped_tracking() -> None:
    cancel = _ok(
        "cancel_order",
        order_number="4815162342",
        cancelled=True,
        refund={"amount": 1249.9, "amount_text": "1.249,90 TL", "expected_date": "2026-12-01"},
    )
    text = compose_reply("siparis_iptal", [cancel], None).text
    assert "iptal edildi" in text and "1.249,90 TL" in text and "1 Aralık 2026" in text
    track = _ok("track_shipment", order_number="4815162342", shipped=False, status_text="hazırlanıyor")
    assert "henüz kargoya verilmedi" in compose_reply("kargo_takip", [track], None).text


def test_two_tool_results_make_two_sentences() -> None:
    track = _ok("track_shipment", order_number="4815162342", shipped=False, status_text="hazırlanıyor")
    transfer = _ok("transfer_to_human", queue_text="Kargo ve teslimat", expected_wait_minutes=5)
    text = compose_reply("teslim_edildi_gorunuyor", [track, transfer], None).text
    assert text.index("kargoya verilmedi") < text.index("Kargo ve teslimat ekibine")
    assert "5 dakika" in text


def test_installments_list_the_longest_plans_first() -> None:
    plans = [{"bank": f"Banka{n}", "installments": n, "monthly_text": f"{n},00 TL"} for n in (2, 12, 3, 9, 6)]
    text = compose_reply(
        "taksit_secenekleri", [_ok("get_installment_options", amount_text="100,00 TL", plans=plans)], None
    ).text
    assert text.index("Banka12") < text.index("Banka9") < text.index("Banka6")
    assert "Banka2 " not in text
