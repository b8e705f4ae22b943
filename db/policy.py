"""The platform's business rules, written once.

The tools enforce them (serving/tools.py), the demo backend and the synthetic corpus are built around them
(db/demo.py, db/corpus/), the bot's policy replies quote them (serving/replies.py) and the contract's tool
descriptions are filled from them (db/contract.py): a rule changes here and everywhere at once.
"""

from __future__ import annotations

RETURN_WINDOW_DAYS = 15
"""A delivered order can be returned or exchanged within this many days of delivery."""

RETURN_CODE_DAYS = 7
"""Days the customer has to hand a return to the carrier with its code."""

REFUND_DAYS = 7
"""Days a bank usually needs to show a card refund; the expected date of a new refund."""

FREE_SHIPPING_KURUS = 40000
"""Baskets from this subtotal (kuruş) ship free."""

SHIPPING_FEE_KURUS = 4999
"""The shipping fee (kuruş) of a basket below the free-shipping threshold."""

POLICY_VALUES: dict[str, int] = {
    "return_window_days": RETURN_WINDOW_DAYS,
    "return_code_days": RETURN_CODE_DAYS,
    "refund_days": REFUND_DAYS,
    "free_shipping_kurus": FREE_SHIPPING_KURUS,
    "shipping_fee_kurus": SHIPPING_FEE_KURUS,
}
"""The rules by the names the contract's text uses in `{placeholders}`."""
