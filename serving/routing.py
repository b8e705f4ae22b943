"""Auto-resolve or hand to a human, and why.

A draft answers the customer on its own only when every one of these holds: the contract says the intent
may be auto-resolved (and its condition, such as "not shipped yet", holds), the intent confidence clears a
threshold chosen on held-out data for a target precision, the model's answer was valid, every tool call
succeeded, and the reply is grounded. Anything else goes to the human queue with the first failing reason,
so agents see at a glance why a ticket is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.contract import Intent

#: Used until an evaluation picks one for the active adapter (training/gate stores it with the adapter).
DEFAULT_THRESHOLD = 0.8
#: The threshold when the gate found no confidence at which drafts reach the target precision: above any
#: confidence, so every ticket goes to a human rather than being answered at an unmeasured error rate.
NO_SAFE_THRESHOLD = 1.01

ROUTE_AUTO = "auto"
ROUTE_HUMAN = "human"

#: Route reason ids and the Turkish text agents read in the queue.
REASONS: dict[str, str] = {
    "auto": "Otomatik yanıtlandı",
    "ask_customer": "Eksik bilgi müşteriden istendi",
    "invalid_output": "Model yanıtı geçersiz",
    "intent_needs_human": "Bu talep türü temsilci gerektirir",
    "low_confidence": "Düşük güven",
    "tool_failed": "Araç çağrısı başarısız",
    "tool_refused": "İşlem kurallar gereği yapılamadı",
    "not_found": "Sipariş veya ürün bulunamadı",
    "ungrounded_reply": "Yanıt doğrulanamadı",
}


@dataclass(frozen=True)
class RouteDecision:
    route: str
    reason: str
    detail: str = ""

    @property
    def label(self) -> str:
        """The Turkish text for the queue, with the detail after it."""
        text = REASONS[self.reason]
        return f"{text}: {self.detail}" if self.detail else text


def decide_route(
    intent: Intent | None,
    confidence: float,
    threshold: float,
    *,
    problems: list[str],
    tool_results: list[dict[str, Any]],
    missing: str | None,
    grounded: bool,
) -> RouteDecision:
    """The route for one draft; reasons are checked in the order an agent would want to know them."""
    if intent is None or problems:
        return RouteDecision(ROUTE_HUMAN, "invalid_output", "; ".join(problems)[:200])
    if not intent.auto_resolvable:
        return RouteDecision(ROUTE_HUMAN, "intent_needs_human", intent.label)
    if confidence < threshold:
        return RouteDecision(ROUTE_HUMAN, "low_confidence", f"{confidence:.2f} < {threshold:.2f}")
    for result in tool_results:
        if not result.get("ok"):
            return RouteDecision(ROUTE_HUMAN, "tool_failed", f"{result.get('name')}: {result.get('error')}")
        body = result.get("result") or {}
        if body.get("refused"):
            return RouteDecision(ROUTE_HUMAN, "tool_refused", f"{result.get('name')}: {body.get('refused_reason', '')}")
        if body.get("found") is False:  # e.g. another customer's order: a human checks what the customer meant
            return RouteDecision(ROUTE_HUMAN, "not_found", f"{result.get('name')}: {body.get('message', '')}")
    if not grounded:
        return RouteDecision(ROUTE_HUMAN, "ungrounded_reply")
    if missing:
        return RouteDecision(ROUTE_AUTO, "ask_customer", missing)
    return RouteDecision(ROUTE_AUTO, "auto")
