"""The contract's normalisation: Turkish i's, carriers, amounts, order numbers and tool-call arguments."""

from __future__ import annotations

import pytest

from db.contract import load_contract
from serving.normalize import (
    ascii_fold,
    carrier_brand,
    digits_only,
    fold,
    format_amount,
    normalize_argument,
    normalize_entity,
    parse_amount,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İADE", "iade"),
        ("iade", "iade"),
        ("IADE", "iade"),
        ("ıade", "iade"),
        ("I\u0307ADE", "iade"),  # İ typed as I plus a combining dot
        ("İSTANBUL", "istanbul"),
        ("KILIF", "kilif"),
        ("  Siyah   Deri\tCeket \n", "siyah deri ceket"),
        ("ÇANTA ŞÖĞÜ", "çanta şöğü"),  # only the i's are folded, not the other Turkish letters
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Çanta", "canta"), ("GÜNEŞ gözlüğü", "gunes gozlugu"), ("İĞNE", "igne"), ("kâr", "kar"), ("Sürat", "surat")],
)
def test_ascii_fold(text: str, expected: str) -> None:
    assert ascii_fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4815162342", "4815162342"),
        ("481 516 2342", "4815162342"),
        ("481-516-2342", "4815162342"),
        ("#4815162342", "4815162342"),
        ("7281 9330-01245", "7281933001245"),
        ("yok", ""),
    ],
)
def test_digits_only(text: str, expected: str) -> None:
    assert digits_only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aras Kargo", "aras"),
        ("aras", "aras"),
        ("ARAS", "aras"),
        ("aras kargo", "aras"),
        ("ArasKargo", "aras"),
        ("Aras'tan", "aras"),
        ("Aras Kargo'dan", "aras"),
        ("arastan", "aras"),
        ("Yurtiçi Kargo", "yurtici"),
        ("Yurtiçi", "yurtici"),
        ("yurtici", "yurtici"),
        ("Yurt içi", "yurtici"),
        ("YURTİÇİ KARGO", "yurtici"),
        ("yurticiyle", "yurtici"),
        ("MNG Kargo", "mng"),
        ("MNG'ye", "mng"),
        ("PTT Kargo", "ptt"),
        ("ptt", "ptt"),
        ("Sürat Kargo", "surat"),
        ("surat", "surat"),
        ("Trendyol Express", "trendyol express"),
        ("trendyol ekspres", "trendyol express"),
        ("Trendyol kargo", "trendyol express"),
        ("HepsiJet", "hepsijet"),
        ("hepsi jet", "hepsijet"),
        ("UPS", "ups"),
        ("UPS Kargo", "ups"),
        ("Kolay Gelsin", "kolay gelsin"),
        ("kolaygelsin", "kolay gelsin"),
        ("Sendeo", None),
        ("kargo", None),
        ("", None),
    ],
)
def test_carrier_brand(text: str, expected: str | None) -> None:
    assert carrier_brand(text) == expected


def test_every_contract_carrier_has_a_brand() -> None:
    brands = {carrier_brand(c) for c in load_contract().carriers}
    assert None not in brands
    assert len(brands) == len(load_contract().carriers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.249,90 TL", 1249.9),
        ("249,90 TL", 249.9),
        ("249.90", 249.9),
        ("1249 lira", 1249.0),
        ("1.249 TL", 1249.0),  # a dot followed by exactly three digits separates thousands
        ("1,249.90", 1249.9),
        ("1 249,90 TL", 1249.9),
        ("12.345.678 TL", 12345678.0),
        ("0,500", 0.5),
        ("₺350", 350.0),
        ("350 tl", 350.0),
        ("350TL", 350.0),
        ("2 bin TL", 2000.0),
        ("2,5 bin lira", 2500.0),
        ("1,1 bin", 1100.0),
        ("1,5 milyon", 1500000.0),
        ("249,90.", 249.9),
        ("fiyatı ne kadar", None),
        ("", None),
    ],
)
def test_parse_amount(text: str, expected: float | None) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(("value", "expected"), [(1249.9, "1249.9"), (1249.0, "1249"), (0.5, "0.5"), (10.25, "10.25")])
def test_format_amount(value: float, expected: str) -> None:
    assert format_amount(value) == expected


@pytest.mark.parametrize(
    ("entity_type", "value", "expected"),
    [
        ("order_number", "481 516 2342", "4815162342"),
        ("tracking_number", "7281-9330-01245", "7281933001245"),
        ("cargo_company", "Aras Kargo", "aras"),
        ("cargo_company", "YURTİÇİ", "yurtici"),
        ("cargo_company", "Sendeo Kargo", "sendeo"),  # not a contract carrier: folded, "kargo" still dropped
        ("amount", "1.249,90 TL", "1249.9"),
        ("amount", "350 TL", "350"),
        ("amount", "bir miktar", "bir miktar"),
        ("product", "iPhone 15  KILIF", "iphone 15 kilif"),
        ("coupon_code", "INDIRIM50", "indirim50"),
        ("date", "12 Kasım", "12 kasim"),
        ("return_reason", "Beden KÜÇÜK geldi", "beden küçük geldi"),
        ("size", " M ", "m"),
    ],
)
def test_normalize_entity(entity_type: str, value: str, expected: str) -> None:
    assert normalize_entity(entity_type, value) == expected


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("order_number", "481 516 2342", "4815162342"),
        ("order_number", 4815162342, "4815162342"),
        ("coupon_code", "İNDİRİM50", "indirim50"),
        ("problem_type", "Hasarli_Urun", "hasarli_urun"),
        ("size", "XL", "xl"),
        ("size", 42, "42"),
        ("product", "Siyah  Deri Ceket", "siyah deri ceket"),
        ("limit", "5", 5),
        ("limit", 5, 5),
        ("limit", 5.0, 5),
        ("limit", "beş", "beş"),
        ("amount", "1.249,90 TL", 1249.9),
        ("amount", 1249.9, 1249.9),
        ("amount", 350, 350.0),
        ("amount", "çok", "çok"),
        ("reason", "beden küçük", True),
        ("reason", "başka bir gerekçe", True),
        ("reason", "   ", False),
        ("reason", "", False),
        ("reason", None, False),
        ("address", "[ADRES]", True),
        ("unknown_text", "ABC", "abc"),
        ("unknown_flag", True, True),
    ],
)
def test_normalize_argument(name: str, value: object, expected: object) -> None:
    assert normalize_argument(name, value) == expected
