"""decide_route: every reason, and the order in which they are checked.

The order matters to agents (the queue shows the first failing reason) and to safety: a refused or failed
tool call must never be auto-resolved just because the reply happens to be grounded.
"""

from __future__ import annotations

from typing import Any

import pytest

from db.contract import Contract, load_contract
from serving.routing import (
    DEFAULT_THRESHOLD,
    REASONS,
    ROUTE_AUTO,
    ROUTE_HUMAN,
    RouteDecision,
    decide_route,
    names_any,
    unmet_auto_condition,
)


@pytest.fixture(scope="module")
def contract() -> Contract:
    return load_contract()


def _ok(name: str = "get_order_status", **result: Any) -> dict[str, Any]:
    return {"name": name, "arguments": {}, "ok": True, "result": {"found": True, **result}, "error": None}


def _route(contract: Contract, intent: str | None = "siparis_status", **overrides: Any) -> RouteDecision:
    kwargs: dict[str, Any] = {"problems": [], "tool_results": [_ok()], "missing": None, "grounded": True}
    kwargs.update(overrides)
    confidence = kwargs.pop("confidence", 0.95)
    return decide_route(
        contract.intent(intent) if intent else None, confidence, kwargs.pop("threshold", DEFAULT_THRESHOLD), **kwargs
    )


def test_auto(contract: Contract) -> None:
    decision = _route(contract)
    assert decision == RouteDecision(ROUTE_AUTO, "auto")
    assert decision.label == REASONS["auto"]


def test_invalid_output_no_intent(contract: Contract) -> None:
    decision = _route(contract, None, problems=["model unavailable: down"])
    assert (decision.route, decision.reason) == (ROUTE_HUMAN, "invalid_output")
    assert decision.label == f"{REASONS['invalid_output']}: model unavailable: down"


def test_invalid_output_wins_over_everything(contract: Contract) -> None:
    decision = _route(contract, problems=["x" * 300], confidence=0.1, grounded=False, tool_results=[])
    assert decision.reason == "invalid_output"
    assert len(decision.detail) == 200  # the queue shows a bounded detail


def test_intent_needs_human(contract: Contract) -> None:
    decision = _route(contract, "cift_cekim", confidence=0.99, tool_results=[_ok("transfer_to_human")])
    assert (decision.route, decision.reason, decision.detail) == (ROUTE_HUMAN, "intent_needs_human", "Çift çekim")


@pytest.mark.parametrize("intent", [i.id for i in load_contract().intents if not i.auto_resolvable])
def test_every_non_auto_intent_goes_to_a_human(contract: Contract, intent: str) -> None:
    assert _route(contract, intent, confidence=1.0).reason == "intent_needs_human"


def test_an_unmet_condition_goes_to_a_human_whatever_the_confidence(contract: Contract) -> None:
    decision = _route(contract, "premium_uyelik", confidence=1.0, tool_results=[], unmet_condition="Plus adı geçmiyor")
    assert (decision.route, decision.reason, decision.detail) == (ROUTE_HUMAN, "auto_condition", "Plus adı geçmiyor")
    # ... and it is named before a low confidence: a draft held back for its confidence met its condition
    assert _route(contract, "premium_uyelik", confidence=0.1, unmet_condition="x").reason == "auto_condition"


def test_premium_needs_the_programme_named(contract: Contract) -> None:
    premium = contract.intent("premium_uyelik")
    assert contract.programmes == ("Plus", "Premium")
    assert unmet_auto_condition(premium, "Üyelikten çıkmak istiyorum", contract.programmes) == (
        "Plus / Premium adı geçmiyor"
    )
    assert unmet_auto_condition(premium, "Plus üyeliğimi iptal edin", contract.programmes) is None


@pytest.mark.parametrize("intent", ["siparis_iptal", "siparis_status", "hesap_silme"])
def test_other_intents_have_no_text_condition(contract: Contract, intent: str) -> None:
    """not_shipped (siparis_iptal) is the tools' to judge: the router never reads it from the text."""
    assert unmet_auto_condition(contract.intent(intent), "Üyelikten çıkmak istiyorum", contract.programmes) is None
    assert unmet_auto_condition(None, "", contract.programmes) is None


@pytest.mark.parametrize(
    "text",
    [
        "Plus üyeliğim ne zaman bitiyor?",
        "PLUS'a geçince kargo bedava mı",
        "premiumdan çıkmak istiyorum",
        "PREMİUM ücreti",  # dotted capital İ
        "permium üyelik",  # swapped neighbours
        "Prmeium",
        "preimum",
        "Pemium aboneliği",  # a letter missing
        "premiumm",  # a letter too many
        "pıremium",  # a dotless ı added, as Turkish speakers say it
    ],
)
def test_names_any_reads_the_programme_as_customers_type_it(text: str) -> None:
    assert names_any(text, ("Plus", "Premium"))


@pytest.mark.parametrize(
    "text",
    [
        "Üyelikten çıkmak istemiştim.",
        "Hesabımı silin",
        "Pul koleksiyonu",  # one letter from "plus": short names are matched exactly
        "prim ödemesi",
        "premi",  # two letters short of "premium"
        "Deneme süresi bitince üyelik ücretli mi?",
        "",
    ],
)
def test_names_any_does_not_read_other_words(text: str) -> None:
    assert not names_any(text, ("Plus", "Premium"))


def test_low_confidence(contract: Contract) -> None:
    decision = _route(contract, confidence=0.79, threshold=0.8)
    assert (decision.route, decision.reason) == (ROUTE_HUMAN, "low_confidence")
    assert decision.detail == "0.79 < 0.80"


def test_confidence_at_the_threshold_is_enough(contract: Contract) -> None:
    assert _route(contract, confidence=0.8, threshold=0.8).reason == "auto"


def test_tool_failed(contract: Contract) -> None:
    failed = {"name": "get_order_status", "arguments": {}, "ok": False, "result": None, "error": "bad order_number"}
    decision = _route(contract, tool_results=[_ok(), failed])
    assert (decision.route, decision.reason) == (ROUTE_HUMAN, "tool_failed")
    assert decision.detail == "get_order_status: bad order_number"


def test_tool_refused(contract: Contract) -> None:
    refused = _ok("cancel_order", refused=True, refused_reason="Sipariş kargoya verildi.")
    decision = _route(contract, "siparis_iptal", tool_results=[refused])
    assert (decision.route, decision.reason) == (ROUTE_HUMAN, "tool_refused")
    assert decision.label.endswith("cancel_order: Sipariş kargoya verildi.")


def test_first_bad_tool_result_is_reported(contract: Contract) -> None:
    refused = _ok("cancel_order", refused=True, refused_reason="r")
    failed = {"name": "x", "arguments": {}, "ok": False, "result": None, "error": "e"}
    assert _route(contract, tool_results=[refused, failed]).reason == "tool_refused"
    assert _route(contract, tool_results=[failed, refused]).reason == "tool_failed"


def test_ungrounded_reply(contract: Contract) -> None:
    decision = _route(contract, grounded=False)
    assert (decision.route, decision.reason) == (ROUTE_HUMAN, "ungrounded_reply")


def test_ask_customer_is_auto(contract: Contract) -> None:
    """Asking for a missing order number is safe to send without a human."""
    decision = _route(contract, tool_results=[], missing="order_number")
    assert (decision.route, decision.reason, decision.detail) == (ROUTE_AUTO, "ask_customer", "order_number")


def test_ask_customer_needs_confidence_too(contract: Contract) -> None:
    assert _route(contract, tool_results=[], missing="order_number", confidence=0.2).reason == "low_confidence"


def test_policy_intent_without_tools_is_auto(contract: Contract) -> None:
    assert _route(contract, "teslimat_suresi", tool_results=[]).reason == "auto"


def test_every_reason_has_a_turkish_label() -> None:
    assert set(REASONS) >= {
        "auto",
        "ask_customer",
        "invalid_output",
        "intent_needs_human",
        "low_confidence",
        "tool_failed",
        "tool_refused",
        "ungrounded_reply",
    }
    assert all(REASONS.values())
