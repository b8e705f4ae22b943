"""Tool calls follow from intent + entities by the contract's rules; every planned call must be one the tools
accept, because a call that fails schema validation sends an otherwise good draft to a human."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from db.contract import Contract, load_contract
from serving.output import Entity, locate
from serving.toolcalls import CallPlan, plan_tool_calls


@pytest.fixture(scope="module")
def contract() -> Contract:
    return load_contract()


def _entities(text: str, *pairs: tuple[str, str]) -> list[Entity]:
    """Entities as the parser would build them: real spans of `text`."""
    entities = []
    for entity_type, value in pairs:
        start, end = locate(value, text)[0]
        entities.append(Entity(entity_type, text[start:end], start, end))
    return entities


def _plan(contract: Contract, intent: str, text: str, *pairs: tuple[str, str]) -> CallPlan:
    return plan_tool_calls(intent, _entities(text, *pairs), text, contract)


def _assert_valid(contract: Contract, plan: CallPlan) -> None:
    for call in plan.calls:
        errors = list(Draft202012Validator(contract.tool(call["name"]).parameters).iter_errors(call["arguments"]))
        assert not errors, f"{call} does not fit its schema: {[e.message for e in errors]}"


# ── order numbers ─────────────────────────────────────────────────────────────────────────────────


def test_spaced_order_number_becomes_digits_only(contract: Contract) -> None:
    text = "Siparişim 481 516 2342 nerede?"
    plan = _plan(contract, "siparis_status", text, ("order_number", "481 516 2342"))
    assert plan == CallPlan([{"name": "get_order_status", "arguments": {"order_number": "4815162342"}}])
    _assert_valid(contract, plan)


def test_dashed_order_number(contract: Contract) -> None:
    text = "4815-162-342 kargoya verildi mi"
    plan = _plan(contract, "kargo_takip", text, ("order_number", "4815-162-342"))
    assert plan.calls == [{"name": "track_shipment", "arguments": {"order_number": "4815162342"}}]


def test_missing_order_number_means_no_call_and_ask(contract: Contract) -> None:
    plan = _plan(contract, "siparis_status", "Siparişim nerede kaldı?")
    assert plan == CallPlan([], missing="order_number")


@pytest.mark.parametrize("value", ["1234567", "123456789012"])
def test_order_number_of_wrong_length_is_not_used(contract: Contract, value: str) -> None:
    """7 or 12 digits is not an order number: asking beats calling a tool that rejects it."""
    plan = _plan(contract, "siparis_iptal", f"{value} iptal", ("order_number", value))
    assert plan == CallPlan([], missing="order_number")


def test_first_valid_order_number_wins(contract: Contract) -> None:
    text = "12345 değil 48151623 olan sipariş"
    plan = _plan(contract, "fatura_ister", text, ("order_number", "12345"), ("order_number", "48151623"))
    assert plan.calls == [{"name": "send_invoice", "arguments": {"order_number": "48151623"}}]


# ── each argument kind ────────────────────────────────────────────────────────────────────────────


def test_cancel_reason_falls_back_to_the_intent_label(contract: Contract) -> None:
    plan = _plan(contract, "siparis_iptal", "4815162342 iptal edin", ("order_number", "4815162342"))
    assert plan.calls == [
        {"name": "cancel_order", "arguments": {"order_number": "4815162342", "reason": "Sipariş iptali"}}
    ]
    _assert_valid(contract, plan)


def test_return_reason_comes_from_the_entity(contract: Contract) -> None:
    text = "4815162342 iade, beden küçük geldi"
    plan = _plan(contract, "iade_baslat", text, ("order_number", "4815162342"), ("return_reason", "beden küçük geldi"))
    assert plan.calls[0]["arguments"] == {"order_number": "4815162342", "reason": "beden küçük geldi"}
    _assert_valid(contract, plan)


def test_address_placeholder_is_passed_masked(contract: Contract) -> None:
    text = "4815162342 nolu siparişin adresini [ADRES] olarak değiştirin"
    plan = _plan(contract, "siparis_adres_degistir", text, ("order_number", "4815162342"))
    assert plan.calls == [
        {"name": "update_delivery_address", "arguments": {"order_number": "4815162342", "address": "[ADRES]"}}
    ]
    _assert_valid(contract, plan)


def test_numbered_address_placeholder(contract: Contract) -> None:
    text = "4815162342 adres [ADRES_2] olsun"
    plan = _plan(contract, "siparis_adres_degistir", text, ("order_number", "4815162342"))
    assert plan.calls[0]["arguments"]["address"] == "[ADRES_2]"


def test_no_address_means_ask_for_it(contract: Contract) -> None:
    plan = _plan(contract, "siparis_adres_degistir", "4815162342 adresini değiştir", ("order_number", "4815162342"))
    assert plan == CallPlan([], missing="address")


def test_unclosed_address_bracket_does_not_raise(contract: Contract) -> None:
    plan = _plan(contract, "siparis_adres_degistir", "4815162342 yeni adres [ADRES yaz", ("order_number", "4815162342"))
    assert plan.missing == "address"


@pytest.mark.parametrize("problem", ["eksik_urun", "yanlis_urun", "hasarli_urun"])
def test_problem_type_is_the_intent(contract: Contract, problem: str) -> None:
    text = "4815162342 siparişte siyah deri ceket sorunlu"
    plan = _plan(contract, problem, text, ("order_number", "4815162342"), ("product", "siyah deri ceket"))
    assert plan.calls == [
        {
            "name": "report_order_problem",
            "arguments": {"order_number": "4815162342", "problem_type": problem, "product": "siyah deri ceket"},
        }
    ]
    _assert_valid(contract, plan)


def test_optional_product_is_left_out_when_absent(contract: Contract) -> None:
    plan = _plan(contract, "eksik_urun", "4815162342 eksik geldi", ("order_number", "4815162342"))
    assert plan.calls[0]["arguments"] == {"order_number": "4815162342", "problem_type": "eksik_urun"}


@pytest.mark.parametrize(
    ("written", "amount"),
    [("1.249,90 TL", 1249.9), ("249,90 TL", 249.9), ("₺350", 350.0), ("2 bin TL", 2000.0), ("1249 lira", 1249.0)],
)
def test_amount_is_parsed_to_a_number(contract: Contract, written: str, amount: float) -> None:
    text = f"{written} için kaç taksit var?"
    plan = _plan(contract, "taksit_secenekleri", text, ("amount", written))
    assert plan.calls == [{"name": "get_installment_options", "arguments": {"amount": amount}}]
    _assert_valid(contract, plan)


def test_installments_without_amount_ask_for_it(contract: Contract) -> None:
    assert _plan(contract, "taksit_secenekleri", "taksit var mı?") == CallPlan([], missing="amount")


def test_transfer_reason_is_the_intent_label(contract: Contract) -> None:
    """Even with a return_reason entity the transfer reason is the label: it picks the human queue."""
    plan = _plan(contract, "cift_cekim", "iki kez çekildi, sebep bilmiyorum", ("return_reason", "sebep bilmiyorum"))
    assert plan.calls == [{"name": "transfer_to_human", "arguments": {"reason": "Çift çekim"}}]
    _assert_valid(contract, plan)


def test_two_tools_for_one_intent(contract: Contract) -> None:
    plan = _plan(contract, "teslim_edildi_gorunuyor", "4815162342 teslim görünüyor", ("order_number", "4815162342"))
    assert [c["name"] for c in plan.calls] == ["track_shipment", "transfer_to_human"]
    _assert_valid(contract, plan)


def test_exchange_size_and_coupon_and_product(contract: Contract) -> None:
    text = "4815162342 beden M ile değişsin"
    plan = _plan(contract, "degisim_talebi", text, ("order_number", "4815162342"), ("size", "M"))
    assert plan.calls[0]["arguments"] == {"order_number": "4815162342", "reason": "Değişim talebi", "size": "M"}
    coupon = _plan(contract, "kupon_kullanim", "INDIRIM50 geçmiyor", ("coupon_code", "INDIRIM50"))
    assert coupon.calls == [{"name": "validate_coupon", "arguments": {"coupon_code": "INDIRIM50"}}]
    assert _plan(contract, "stok_sor", "stokta var mı") == CallPlan([], missing="product")
    assert _plan(contract, "kupon_kullanim", "kupon geçmiyor") == CallPlan([], missing="coupon_code")


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("son 3 siparişim", 3),
        ("Sipariş listemde en yeni üç tanesini görmek istiyorum.", 3),
        ("Son beş alışverişimi listeleyin lütfen.", 5),
        ("SON 10 SIPARISIMI GOSTERIR MISINIZ", 10),
        ("en son 2 kez ne sipariş ettiğimi söyler misiniz?", 2),
        ("son on beş siparişim", 15),
        # No count the customer asked for: the tool's default applies, nothing is invented.
        ("siparişlerimi listeler misiniz?", None),
        ("2 siparişim var, ikisini de göremiyorum", None),
        ("son siparişim ne oldu", None),
        ("son 3 gündür siparişlerim görünmüyor", None),
        ("son 50 siparişim", None),  # above the tool's maximum of 20: left to the default
    ],
)
def test_the_order_list_limit_is_the_count_the_customer_asked_for(
    contract: Contract, text: str, limit: int | None
) -> None:
    plan = _plan(contract, "siparis_gecmisi", text)
    arguments = {} if limit is None else {"limit": limit}
    assert plan.calls == [{"name": "list_customer_orders", "arguments": arguments}]


@pytest.mark.parametrize("intent", ["teslimat_suresi", "selamlama", "kapsam_disi", "tesekkur"])
def test_policy_intents_call_nothing(contract: Contract, intent: str) -> None:
    assert _plan(contract, intent, "4815162342", ("order_number", "4815162342")) == CallPlan([])


# ── every intent, with every entity the planner could use: calls always fit the schema ─────────────


def test_every_intent_plans_schema_valid_calls(contract: Contract) -> None:
    text = (
        "4815162342 siparişim, siyah deri ceket, INDIRIM50, 1.249,90 TL, beden M, beden küçük geldi, yeni adres [ADRES]"
    )
    pairs = [
        ("order_number", "4815162342"),
        ("product", "siyah deri ceket"),
        ("coupon_code", "INDIRIM50"),
        ("amount", "1.249,90 TL"),
        ("size", "M"),
        ("return_reason", "beden küçük geldi"),
    ]
    for intent in contract.intents:
        plan = _plan(contract, intent.id, text, *pairs)
        assert plan.missing is None, intent.id
        assert [c["name"] for c in plan.calls] == list(intent.tools), intent.id
        _assert_valid(contract, plan)
