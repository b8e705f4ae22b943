"""The grounding check: every checkable fact in a reply must come from the tool results or the ticket.

A support bot that invents a delivery date or a tracking number does more harm than one that says nothing,
so the bot only sends a model-written reply that passes this check, and evaluation counts a reply as a
hallucination by the same check. Facts checked: order/return/refund statuses, dates, amounts, long numbers
(tracking and order numbers), carriers, and codes (return codes, coupons, invoice and case numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from db.contract import load_contract
from db.models import ORDER_STATUSES, REFUND_STATUSES, RETURN_STATUSES
from serving.normalize import ascii_fold, carrier_brand, digits_only, fold, parse_amount

TURKISH_MONTHS = (
    "ocak",
    "şubat",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    "aralık",
)
_FOLDED_MONTHS = tuple(ascii_fold(month) for month in TURKISH_MONTHS)
_MONTH_RE = "|".join(TURKISH_MONTHS)
_ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOTTED_DATE_RE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_TR_DATE_RE = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE})(?: (\d{{4}}))?", re.IGNORECASE)
_AMOUNT_RE = re.compile(
    r"(?:₺\s?)?(?<![\d.,])\d+(?:\.\d{3})*(?:,\d{1,2})?\s?(?:TL|₺|lira)\b|₺\s?\d[\d.,]*", re.IGNORECASE
)
_LONG_NUMBER_RE = re.compile(r"(?<![\w-])\d[\d ]{5,}\d(?![\w-])")
_CODE_RE = re.compile(r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,}\b")
_PERCENT_RE = re.compile(r"%\s?\d+|\d+\s?%")


def status_phrases() -> tuple[str, ...]:
    """Every status text a reply may state; longest first so 'iade edildi' wins over shorter overlaps."""
    phrases = {*ORDER_STATUSES.values(), *RETURN_STATUSES.values(), *REFUND_STATUSES.values()}
    return tuple(sorted(phrases, key=len, reverse=True))


def _month_day(day: str, month_name: str) -> tuple[int, int]:
    return _FOLDED_MONTHS.index(ascii_fold(month_name)) + 1, int(day)


def _dates(text: str) -> set[tuple[int, int]]:
    """(month, day) of every date written in `text`, whatever the format."""
    found = {(int(m), int(d)) for _, m, d in _ISO_DATE_RE.findall(text)}
    found |= {(int(m), int(d)) for d, m, _ in _DOTTED_DATE_RE.findall(text)}
    found |= {_month_day(d, m) for d, m, _ in _TR_DATE_RE.findall(text)}
    return found


def _leaves(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _leaves(item)
    elif value is not None:
        yield str(value)


def _source_text(sources: Iterable[Any]) -> str:
    return "\n".join(leaf for source in sources for leaf in _leaves(source))


def ungrounded_facts(reply: str, sources: Iterable[Any]) -> list[str]:
    """The facts stated in `reply` that appear nowhere in `sources` (tool results and the ticket text)."""
    source = _source_text(sources)
    folded_source = fold(source)
    source_digits = {digits_only(m) for m in _LONG_NUMBER_RE.findall(source)} | set(re.findall(r"\d{6,}", source))
    source_amounts = {round(a, 2) for a in map(parse_amount, re.findall(r"\d[\d.,]*", source)) if a is not None}
    source_dates = _dates(source)
    source_carriers = {carrier_brand(word) for word in _carrier_candidates(source)} - {None}
    problems: list[str] = []
    remaining = reply
    for phrase in status_phrases():
        if fold(phrase) in fold(remaining):
            if fold(phrase) not in folded_source:
                problems.append(f"status {phrase!r}")
            remaining = re.sub(re.escape(phrase), " ", remaining, flags=re.IGNORECASE)
    for month, day in _dates(remaining) - source_dates:
        problems.append(f"date {day:02d}.{month:02d}")
    remaining = _TR_DATE_RE.sub(" ", _DOTTED_DATE_RE.sub(" ", _ISO_DATE_RE.sub(" ", remaining)))
    for match in _AMOUNT_RE.findall(remaining):
        value = parse_amount(match)
        if value is not None and round(value, 2) not in source_amounts:
            problems.append(f"amount {match.strip()!r}")
    remaining = _AMOUNT_RE.sub(" ", remaining)
    for match in _LONG_NUMBER_RE.findall(remaining):
        if digits_only(match) not in source_digits:
            problems.append(f"number {match.strip()!r}")
    for match in _CODE_RE.findall(remaining):
        if match.upper() not in source.upper():
            problems.append(f"code {match!r}")
    for match in _PERCENT_RE.findall(remaining):
        if digits_only(match) not in re.findall(r"\d+", source):
            problems.append(f"percent {match!r}")
    for candidate in _carrier_candidates(remaining):
        brand = carrier_brand(candidate)
        if brand is not None and brand not in source_carriers:
            problems.append(f"carrier {candidate!r}")
    return problems


def _carrier_candidates(text: str) -> list[str]:
    """Carrier names mentioned in `text` (by the contract's carrier list, accent- and case-insensitive)."""
    folded = ascii_fold(text)
    return [
        carrier
        for carrier in load_contract().carriers
        if re.search(rf"\b{re.escape(ascii_fold(carrier).removesuffix(' kargo'))}", folded)
    ]


def is_grounded(reply: str, sources: Iterable[Any]) -> bool:
    """True when the reply states no fact that the sources lack."""
    return not ungrounded_facts(reply, list(sources))


def format_turkish_date(value: date) -> str:
    """'28 Kasım 2026': how replies write dates (and what the check reads back)."""
    return f"{value.day} {TURKISH_MONTHS[value.month - 1].capitalize()} {value.year}"
