"""The demo commerce backend: deterministic per seed, realistic in shape, and fast to seed."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from db.contract import load_contract
from db.demo import AlreadySeededError, DemoData, build_demo, seed_demo
from db.models import ORDER_STATUSES, REFUND_STATUSES, RETURN_STATUSES, Order
from db.policy import RETURN_WINDOW_DAYS

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def full() -> DemoData:
    return build_demo(7, today=TODAY)


def _fingerprint(data: DemoData) -> list[tuple[str, int, str]]:
    return [(o["order_number"], o["customer_id"], o["status"]) for o in data.orders]


def test_same_seed_gives_the_same_demo_and_today_only_shifts_dates() -> None:
    a = build_demo(3, n_customers=40, n_orders=300, today=TODAY)
    b = build_demo(3, n_customers=40, n_orders=300, today=TODAY + timedelta(days=10))
    assert _fingerprint(a) == _fingerprint(b)
    assert [c["full_name"] for c in a.customers] == [c["full_name"] for c in b.customers]
    assert [s["tracking_number"] for s in a.shipments] == [s["tracking_number"] for s in b.shipments]
    for x, y in zip(a.orders, b.orders, strict=True):
        assert y["created_at"] - x["created_at"] == timedelta(days=10)


def test_different_seed_gives_a_different_demo() -> None:
    a = build_demo(3, n_customers=40, n_orders=300, today=TODAY)
    b = build_demo(4, n_customers=40, n_orders=300, today=TODAY)
    assert _fingerprint(a) != _fingerprint(b)


def test_full_size_covers_every_state(full: DemoData) -> None:
    assert len(full.customers) == 2000 and len(full.orders) == 20000
    assert all(full.orders_of(c["id"]) for c in full.customers)  # every customer has an order
    statuses = Counter(o["status"] for o in full.orders)
    assert set(statuses) == set(ORDER_STATUSES)
    assert statuses.most_common(1)[0][0] == "teslim_edildi"
    assert {r["status"] for r in full.returns} == set(RETURN_STATUSES)
    assert {r["status"] for r in full.refunds} == set(REFUND_STATUSES)
    assert {s["carrier"] for s in full.shipments} == set(load_contract().carriers)
    assert {o["status"] for o in full.orders if full.shipment_of(o["id"])} == set(ORDER_STATUSES) - {
        "hazirlaniyor",
        "iptal",
    }


def test_order_numbers_are_8_to_11_digits_unique_and_tricky(full: DemoData) -> None:
    numbers = [o["order_number"] for o in full.orders]
    assert len(set(numbers)) == len(numbers)
    assert all(n.isdigit() and 8 <= len(n) <= 11 and n[0] != "0" for n in numbers)
    lengths = Counter(len(n) for n in numbers)
    assert set(lengths) == {8, 9, 10, 11} and lengths.most_common(1)[0][0] == 10
    assert sum(len(n) == 10 and n.startswith("5") for n in numbers) > 500  # look like mobile numbers
    assert lengths[11] > 500  # look like TC kimlik numbers


def test_tracking_invoice_and_personal_data_formats(full: DemoData) -> None:
    tracking = [s["tracking_number"] for s in full.shipments]
    assert len(set(tracking)) == len(tracking)
    assert all(t.isdigit() and 10 <= len(t) <= 14 for t in tracking)
    assert all(i["invoice_number"].startswith("GIB") and len(i["invoice_number"]) == 16 for i in full.invoices)
    assert len({c["email"] for c in full.customers}) == len(full.customers)
    assert all(c["phone"].startswith("+90 5") for c in full.customers)
    assert any(ch in "çğıöşüİ" for c in full.customers for ch in c["full_name"])
    assert all(" Mah. " in a and "/" in a and "No:" in a for a in full.addresses.values())


def test_dates_make_returns_and_delays_possible(full: DemoData) -> None:
    delivered = [o for o in full.orders if o["status"] == "teslim_edildi"]
    ages = [(TODAY - o["delivered_at"].date()).days for o in delivered]
    assert sum(a <= RETURN_WINDOW_DAYS for a in ages) > 1000 and sum(a > RETURN_WINDOW_DAYS for a in ages) > 1000
    late = [
        s for s in full.shipments if s["delivered_at"] is None and s["estimated_delivery"] < TODAY
    ]  # shipped, past the estimate, not delivered
    assert len(late) > 100
    for shipment in full.shipments[:500]:
        events = full.events_of(shipment["id"])
        assert events[0]["description"] == "Gönderi kabul edildi"
        assert [e["at"] for e in events] == sorted(e["at"] for e in events)
        if shipment["delivered_at"]:
            assert events[-1]["description"] == "Teslim edildi"


def test_catalogue_coupons_campaigns_and_installments(full: DemoData) -> None:
    categories = {p["category"] for p in full.products}
    assert {"giyim", "ayakkabı", "elektronik", "ev & yaşam", "kozmetik", "anne & bebek", "spor", "kitap"} <= categories
    assert any(p["sizes"] and "XL" in p["sizes"] for p in full.products)
    assert any(p["sizes"] and "42" in p["sizes"] for p in full.products)
    out = [p for p in full.products if p["stock"] == 0]
    assert out and any(p["restock_date"] for p in out) and any(p["restock_date"] is None for p in out)
    coupons = full.coupons
    assert any(c["valid_until"] < TODAY for c in coupons) and any(c["valid_from"] > TODAY for c in coupons)
    assert any(c["category"] for c in coupons) and any(c["customer_id"] for c in coupons)
    assert any(c["min_basket_kurus"] > 0 for c in coupons)
    assert {"INDIRIM50", "KASIM100"} <= {c["code"] for c in coupons}
    campaigns = full.campaigns
    assert any(c["starts_on"] <= TODAY <= c["ends_on"] for c in campaigns)
    assert any(c["ends_on"] < TODAY for c in campaigns)
    assert len({p["bank"] for p in full.installment_plans}) >= 5


def test_rows_are_valid_table_rows(demo_data: DemoData) -> None:
    for model, rows in demo_data.tables():
        for row in rows[:20]:
            model.model_validate(row)  # raises on a wrong type or a missing required column


def test_seeding_fills_a_migrated_database_once(engine: Engine, demo_data: DemoData) -> None:
    counts = seed_demo(engine, demo_data)
    assert counts["order"] == 500 and counts["customer"] == 50
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Order.__table__)).scalar_one() == 500
    with pytest.raises(AlreadySeededError, match="not empty"):
        seed_demo(engine, demo_data)


@pytest.mark.slow
def test_full_size_seeds_in_under_30_seconds(engine: Engine, full: DemoData) -> None:
    start = time.perf_counter()
    counts = seed_demo(engine, full)
    elapsed = time.perf_counter() - start
    print(f"seeded {sum(counts.values())} rows in {elapsed:.1f} s: {counts}")
    assert elapsed < 30
