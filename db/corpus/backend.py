"""The demo backend seen from the ticket generator: orders grouped by the state an intent needs, plus formatting.

Why: a ticket is only useful for training and evaluation if its gold tool call makes sense against the backend
(cancel a not-yet-shipped order, track one that is on its way, ask about a return that exists). Grouping the
demo's orders into named pools once per corpus keeps that choice a dictionary lookup per ticket.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from db.corpus.phrases import MONTHS
from db.demo import DemoData
from db.policy import RETURN_WINDOW_DAYS

Row = dict[str, Any]

# Which pool of orders each order intent draws from, with weights: mostly the state that fits the request,
# sometimes one the backend refuses (cancelling a shipped order), as real customers do.
ORDER_POOLS: dict[str, tuple[tuple[str, int], ...]] = {
    "siparis_status": (("not_shipped", 3), ("in_transit", 4), ("delivered", 2), ("cancelled", 1)),
    "siparis_iptal": (("not_shipped", 8), ("in_transit", 2)),
    "siparis_adres_degistir": (("not_shipped", 8), ("in_transit", 2)),
    "eksik_urun": (("recent_delivered", 8), ("delivered", 2)),
    "yanlis_urun": (("recent_delivered", 8), ("delivered", 2)),
    "hasarli_urun": (("recent_delivered", 8), ("delivered", 2)),
    "kargo_takip": (("in_transit", 8), ("delivered", 1)),
    "kargo_gecikme": (("late", 6), ("in_transit", 4)),
    "teslim_edildi_gorunuyor": (("recent_delivered", 1),),
    "iade_baslat": (("returnable", 8), ("return_expired", 2)),
    "iade_durumu": (("with_return", 1),),
    "iade_kargo_kodu": (("with_return", 1),),
    "degisim_talebi": (("exchangeable", 8), ("return_expired", 2)),
    "para_iadesi_durumu": (("with_refund", 1),),
    "fatura_ister": (("with_invoice", 1),),
    "satici_iletisim": (("not_shipped", 2), ("in_transit", 3), ("delivered", 5)),
    "fiyat_dususu": (("delivered", 1),),
}
DEFAULT_POOL = (("delivered", 1),)


def product_fits(product: Row, categories: frozenset[str], *, sized: bool) -> bool:
    """Whether a product may fill a template's product slot: of its categories (any when empty), with sizes
    when the template talks about sizes (a lamp or a book has none)."""
    return (not categories or product["category"] in categories) and (not sized or bool(product["sizes"]))


def fold(text: str) -> str:
    """Turkish-aware lower case (I -> ı, İ -> i), so comparisons treat "IŞIK" and "ışık" alike."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def upper_tr(text: str) -> str:
    """Turkish-aware upper case (i -> İ, ı -> I), the way an angry customer's caps lock writes."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def format_tl(kurus: int) -> str:
    """Kuruş as Turkish money: 124990 -> "1.249,90 TL"."""
    lira, cents = divmod(kurus, 100)
    return f"{lira:,}".replace(",", ".") + f",{cents:02d} TL"


def format_day(day: date) -> str:
    """A date as Turkish support replies write it: "28 Kasım"."""
    return f"{day.day} {MONTHS[day.month - 1]}"


class Backend:
    """Pools of the demo's orders by state, and lookups the generator needs; built once per `generate` call."""

    def __init__(self, demo: DemoData) -> None:
        self.demo = demo
        self.today: date = demo.today
        pools: dict[str, list[Row]] = defaultdict(list)
        for order in demo.orders:
            for name in self._pools_of(order):
                pools[name].append(order)
        self.pools = dict(pools)
        self.personal_coupons: dict[int, list[Row]] = defaultdict(list)
        for coupon in demo.coupons:
            if coupon["customer_id"] is not None:
                self.personal_coupons[coupon["customer_id"]].append(coupon)
        self.coupon_by_code = {fold(c["code"]): c for c in demo.coupons}
        self.general_coupons = [c for c in demo.coupons if c["customer_id"] is None]
        self.sized_products = [p for p in demo.products if p["sizes"]]
        self._fitting: dict[tuple[frozenset[str], bool], list[Row]] = {}
        self._eight_digit: dict[str, list[Row]] = {
            name: [o for o in orders if len(o["order_number"]) == 8] for name, orders in self.pools.items()
        }
        self._folded_names = [fold(p["name"]) for p in demo.products]
        self._mentions: dict[tuple[int, bool], list[str]] = {}

    def _pools_of(self, order: Row) -> list[str]:
        status = order["status"]
        demo = self.demo
        names = ["any"]
        if status == "hazirlaniyor":
            names.append("not_shipped")
        elif status in ("kargoda", "dagitimda"):
            names.append("in_transit")
            if order["estimated_delivery"] < self.today:
                names.append("late")
        elif status == "iptal":
            names.append("cancelled")
        if status == "teslim_edildi":
            names.append("delivered")
            age = (self.today - order["delivered_at"].date()).days
            if age <= RETURN_WINDOW_DAYS - 2:
                names.append("recent_delivered")
            if demo.return_of(order["id"]) is None:
                if age <= RETURN_WINDOW_DAYS - 2:
                    names.append("returnable")
                    if any(item["size"] for item in demo.items_of(order["id"])):
                        names.append("exchangeable")
                elif age > RETURN_WINDOW_DAYS + 2:
                    names.append("return_expired")
        if demo.return_of(order["id"]) is not None:
            names.append("with_return")
        if demo.refund_of(order["id"]) is not None:
            names.append("with_refund")
        if demo.invoice_of(order["id"]) is not None:
            names.append("with_invoice")
        return names

    def pick_order(self, rng: random.Random, intent: str, eight_digit_share: float = 0.0) -> Row:
        """An order in a state that fits `intent` (any customer: the order decides the ticket's customer).

        `eight_digit_share` of the picks come from the state's 8-digit orders: the demo issues few of them, yet
        customers of older accounts and marketplaces quote them often enough that the bot must know them."""
        choices = [(name, weight) for name, weight in ORDER_POOLS.get(intent, DEFAULT_POOL) if self.pools.get(name)]
        choices = choices or [("any", 1)]  # a tiny demo may lack a state; any order keeps the ticket well-formed
        names = [name for name, _ in choices]
        name = rng.choices(names, weights=[weight for _, weight in choices])[0]
        if eight_digit_share and self._eight_digit.get(name) and rng.random() < eight_digit_share:
            return rng.choice(self._eight_digit[name])
        return rng.choice(self.pools[name])

    def products_for(self, categories: frozenset[str], *, sized: bool) -> list[Row]:
        """Products of `categories` (any when empty), only those sold in sizes with `sized`; all if none fit."""
        key = (categories, sized)
        if key not in self._fitting:
            fitting = [p for p in self.demo.products if product_fits(p, categories, sized=sized)]
            self._fitting[key] = fitting or list(self.demo.products)
        return self._fitting[key]

    def days_ago(self, day: date) -> int:
        return (self.today - day).days

    def date_back(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def mentions(self, product: Row, *, unique: bool) -> list[str]:
        """How customers name a product; with `unique`, only names that match no other demo product.

        Why unique: for product questions the reply quotes the product's price and stock, which is only
        grounded if the tool's lookup by that name lands on the same product.
        """
        key = (product["id"], unique)
        if key not in self._mentions:
            forms = _mention_forms(product)
            if unique:
                forms = [f for f in forms if sum(fold(f) in name for name in self._folded_names) == 1] or [
                    product["name"]
                ]
            self._mentions[key] = forms
        return self._mentions[key]


def _mention_forms(product: Row) -> list[str]:
    """The product's name, lower-cased, without the brand, and without the colour; books by title alone."""
    name = product["name"]
    if product["category"] == "kitap":
        title = name.split(" - ")[0]
        return [name, title, fold(title)]
    forms = [name, fold(name)]
    brand = product["brand"]
    if name.startswith(brand + " "):
        rest = name[len(brand) + 1 :]
        forms.append(fold(rest))
        words = rest.split()
        if len(words) > 2:
            forms.append(f"{brand} {' '.join(words[1:])}")
    return list(dict.fromkeys(forms))
