"""Auto-resolve or hand to a human, and why.

A draft answers the customer on its own only when every one of these holds: the contract says the intent
may be auto-resolved (and its condition, such as "not shipped yet", holds), the intent confidence clears a
threshold chosen on held-out data for a target precision, the model's answer was valid, every tool call
succeeded, and the reply is grounded. Anything else goes to the human queue with the first failing reason,
so agents see at a glance why a ticket is theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from db.contract import Intent
from serving.extract import fold_ascii

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
    "auto_condition": "Otomatik yanıt koşulu sağlanmadı",
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
    unmet_condition: str | None = None,
) -> RouteDecision:
    """The route for one draft; reasons are checked in the order an agent would want to know them.

    `unmet_condition` is what `unmet_auto_condition` found the ticket lacks (None when nothing)."""
    if intent is None or problems:
        return RouteDecision(ROUTE_HUMAN, "invalid_output", "; ".join(problems)[:200])
    if not intent.auto_resolvable:
        return RouteDecision(ROUTE_HUMAN, "intent_needs_human", intent.label)
    if unmet_condition:
        return RouteDecision(ROUTE_HUMAN, "auto_condition", unmet_condition)
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


def unmet_auto_condition(intent: Intent | None, masked_text: str, programmes: Sequence[str]) -> str | None:
    """What the ticket lacks for the contract's auto-resolve condition of `intent`, in Turkish; None when it
    lacks nothing. Only "names_programme" is judged here, from the text; "not_shipped" is the tools' to judge
    (a shipped order's cancellation is refused, and a refusal goes to a human).

    Why a premium answer needs the programme named: "üyelik" (membership) is also the account itself, and
    "üyelikten çıkmak istiyorum" is an account deletion that the model, confident, reads as the programme. On
    the calibration drafts every right premium_uyelik draft named it (README, "Safe automation")."""
    if intent is None or intent.auto_condition != "names_programme" or names_any(masked_text, programmes):
        return None
    return f"{' / '.join(programmes)} adı geçmiyor"


def names_any(text: str, names: Sequence[str]) -> bool:
    """Whether a word of `text` starts with one of `names`, in any case, Turkish letters or not, with a case
    ending ("Plus'a", "premiumdan"); a name of six letters or more also with one typo in it ("permium",
    "prmeium", "pemium"). A short name is matched exactly, since one letter from "plus" is "pul" (stamp)."""
    words = re.findall(r"[a-z]+", fold_ascii(text))
    for name in (fold_ascii(n) for n in names):
        for word in words:
            if word.startswith(name):
                return True
            if len(name) >= 6 and any(_one_edit_apart(word[:k], name) for k in range(len(name) - 1, len(name) + 2)):
                return True
    return False


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether `a` becomes `b` with one letter changed, added, removed or two neighbours swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
