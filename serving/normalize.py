"""The contract's normalisation, implemented once.

Why one module: scoring compares entities and tool-call arguments "after normalisation", the bot builds tool
calls from the entities it extracted, and the grounding check asks whether a reply states a value that is in
the tool results. If each did its own lower-casing, "İADE" and "iade" or "Aras Kargo" and "aras" would be equal
in one place and different in another, and a report would count as wrong what the bot did right.

The rules (CONTRACT.md, "Scoring"):

- text is case-folded with the Turkish dotted and dotless i folded to one letter, whitespace collapsed;
- order and tracking numbers keep their digits only (spaces and dashes removed);
- a carrier is its brand without the word "kargo" ("Aras Kargo" = "aras");
- an amount is a number ("1.249,90 TL" = 1249.9);
- free-text tool arguments (``reason``, ``address``) only need to be present and non-empty.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from db.contract import load_contract

# Every i-like letter becomes "i": Turkish lower-casing maps I to ı and English maps it to i, and customers use
# both (and type ı as i on foreign keyboards), so only one letter for all four keeps "IADE" = "ıade" = "iade".
_I_FOLD = str.maketrans({"İ": "i", "I": "i", "ı": "i"})
_COMBINING_DOT_ABOVE = "\u0307"

FREE_TEXT_ARGUMENTS = frozenset({"reason", "address"})
"""Tool arguments whose wording is free; scoring only checks that they are present and non-empty."""

FOLDED_ARGUMENTS = frozenset({"coupon_code", "problem_type", "size", "product"})
"""Identifier arguments compared as folded text."""


def fold(text: str) -> str:
    """Case-fold with all Turkish i's folded to "i", collapse whitespace, strip.

    NFC first, so an İ typed as I plus a combining dot is one letter; the combining dot that a plain
    ``"İ".lower()`` would leave behind is dropped. Other Turkish letters (ç, ğ, ö, ş, ü) are kept: the contract
    folds only the i's; use ``ascii_fold`` where customers' keyboard habits must not matter (carrier names).
    """
    text = unicodedata.normalize("NFC", text).translate(_I_FOLD).casefold().replace(_COMBINING_DOT_ABOVE, "")
    return " ".join(text.split())


def ascii_fold(text: str) -> str:
    """``fold`` plus diacritics removed (ç→c, ğ→g, ö→o, ş→s, ü→u, â→a), for text customers type without them."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def digits_only(text: str) -> str:
    """Only the ASCII digits of ``text``: "481 516-2342" → "4815162342".

    The contract defines order numbers as digits only and compares tracking numbers the same way; dropping every
    other character also absorbs a stray "#" or "No:" that a span boundary included.
    """
    return re.sub(r"[^0-9]", "", text)


def _key(text: str) -> str:
    """Letters and digits only, for matching names whatever their spacing ("Yurt içi" = "yurtici")."""
    return re.sub(r"[^a-z0-9]", "", text)


def _without_kargo(text: str) -> str:
    """Drop the word "kargo" and its inflections ("kargodan", "kargoyla") and re-collapse whitespace."""
    return " ".join(re.sub(r"kargo\w*", " ", text).split())


# Names customers use for a carrier besides its contract name, as key -> key of the contract carrier.
_CARRIER_ALIASES = {
    "trendyolekspres": "trendyolexpress",
    "trendyol": "trendyolexpress",  # "Trendyol kargo ile geldi": the carrier, once "kargo" is dropped
}

# Case suffixes written without the apostrophe ("arastan", "yurticiyle", "mngye"), ascii-folded.
_CASE_SUFFIXES = frozenset(
    {"a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "la", "le", "yla", "yle", "ile"}
    | {"i", "u", "yi", "yu", "in", "un", "nin", "nun"}
)


@cache
def _carrier_brands() -> dict[str, str]:
    """Matching key -> brand, from the contract's carriers plus the aliases."""
    brands = {}
    for carrier in load_contract().carriers:
        brand = _without_kargo(ascii_fold(carrier))
        brands[_key(brand)] = brand
    brands.update({alias: brands[target] for alias, target in _CARRIER_ALIASES.items()})
    return brands


def carrier_brand(text: str) -> str | None:
    """The carrier's brand, ascii-folded and without "kargo": "Aras Kargo" → "aras", "Yurt içi" → "yurtici".

    Brands come from the contract (``carriers``) with their own spacing ("trendyol express", "kolay gelsin").
    Suffixes after an apostrophe ("Aras'tan") or glued on ("arastan") are dropped. None when the text names no
    known carrier, so callers can tell "another spelling of a carrier" from "not a carrier".
    """
    text = re.sub(r"['’‘`´]\w*", "", ascii_fold(text))
    key = _key(_without_kargo(text))
    brands = _carrier_brands()
    if key in brands:
        return brands[key]
    for alias, brand in brands.items():
        if key.startswith(alias) and key[len(alias) :] in _CASE_SUFFIXES:
            return brand
    return None


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SCALE = re.compile(r"\s*(bin|milyon)\b")
_SCALE_FACTOR = {"bin": 1_000, "milyon": 1_000_000}
# A space between digit groups of three is a thousands separator ("1 249,90"); joined before the number is read.
_SPACED_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


def _number_value(token: str) -> float:
    """Read "1.249,90", "1,249.90", "249,90", "249.90", "1.249" or "1249" as a number.

    With both separators the last one is the decimal mark. With one kind only, it separates thousands when it
    occurs more than once or is followed by exactly three digits after a non-zero whole part (prices have
    two decimals, so "1.249" is 1249 and "0,500" is 0.5); otherwise it is the decimal mark.
    """
    if "." in token and "," in token:
        decimal = max(token.rfind("."), token.rfind(","))
        whole = re.sub(r"[.,]", "", token[:decimal])
        return float(f"{whole}.{token[decimal + 1 :]}")
    separator = "." if "." in token else ","
    parts = token.split(separator)
    if len(parts) == 1:
        return float(token)
    if len(parts) > 2 or (len(parts[1]) == 3 and parts[0] != "0"):
        return float("".join(parts))
    return float(f"{parts[0]}.{parts[1]}")


# Number words as customers write round sums ("bin lira", "iki bin beş yüz TL"), with and without Turkish letters.
_WORD_DIGITS = {
    "bir": 1, "iki": 2, "üç": 3, "uc": 3, "dört": 4, "dort": 4, "beş": 5, "bes": 5, "altı": 6, "alti": 6,
    "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "kirk": 40, "elli": 50,
    "altmış": 60, "altmis": 60, "yetmiş": 70, "yetmis": 70, "seksen": 80, "doksan": 90,
}  # fmt: skip
_WORD_AMOUNT = re.compile(
    r"(?<!\w)((?:(?:"
    + "|".join(sorted(_WORD_DIGITS, key=len, reverse=True))
    + r"|yüz|yuz|bin)\s+)+)(?:tl|lira|₺)(?!\w)"
)


def _words_value(words: list[str]) -> int:
    """Turkish number words to a number: ["iki", "bin", "beş", "yüz"] → 2500 ("yüz" and "bin" alone mean 1×)."""
    total, current = 0, 0
    for word in words:
        if word in ("yüz", "yuz"):
            current = (current or 1) * 100
        elif word == "bin":
            total += (current or 1) * 1000
            current = 0
        else:
            current += _WORD_DIGITS[word]
    return total + current


def parse_amount(text: str) -> float | None:
    """The first amount of money in ``text`` as a number of TL, rounded to kuruş; None when there is no number.

    "1.249,90 TL" → 1249.9, "₺350" → 350.0, "1249 lira" → 1249.0, "2 bin TL" → 2000.0, "1,5 milyon" → 1500000.0,
    and round sums in words: "bin lira" → 1000.0, "iki bin beş yüz TL" → 2500.0.
    Currency words and signs are ignored: the contract's amounts are all in TL.
    """
    folded = _SPACED_THOUSANDS.sub("", fold(text))
    match = _NUMBER.search(folded)
    if match is None:
        worded = _WORD_AMOUNT.search(folded)
        return float(_words_value(worded.group(1).split())) if worded else None
    value = _number_value(match.group())
    scale = _SCALE.match(folded, match.end())
    if scale is not None:
        value *= _SCALE_FACTOR[scale.group(1)]
    return round(value, 2)


def format_amount(value: float) -> str:
    """A canonical string for an amount: 1249.9 → "1249.9", 1249.0 → "1249", 0.5 → "0.5"."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def normalize_entity(entity_type: str, value: str) -> str:
    """The form in which an entity value is compared, per the contract's rules for its type.

    order_number and tracking_number: digits only. cargo_company: the carrier's brand; a carrier the contract
    does not list is folded with "kargo" dropped, so "Sendeo Kargo" = "sendeo" too. amount: the canonical
    number string (``format_amount``), or the folded text when it holds no number. Everything else: ``fold``.
    """
    if entity_type in ("order_number", "tracking_number"):
        return digits_only(value)
    if entity_type == "cargo_company":
        return carrier_brand(value) or _without_kargo(fold(value)) or fold(value)
    if entity_type == "amount":
        amount = parse_amount(value)
        return fold(value) if amount is None else format_amount(amount)
    return fold(value)


def normalize_argument(name: str, value: Any) -> Any:
    """The form in which a tool-call argument is compared (scoring) or checked (the bot's call builder).

    - ``order_number``: digits only (a string).
    - ``coupon_code``, ``problem_type``, ``size``, ``product``: folded text.
    - ``limit``: an int ("5" = 5 = 5.0); text that is not an integer stays folded text, so it matches no int.
    - ``amount``: a float rounded to kuruş, parsed from text ("1.249,90 TL" = 1249.9); unparseable text stays
      folded text.
    - ``reason``, ``address``: True when present and non-empty, False otherwise: only presence is scored.
    - any other argument: folded when it is text, unchanged otherwise.

    This is a comparison form, not what is sent to a tool (a coupon code is upper-case at the backend).
    """
    if name in FREE_TEXT_ARGUMENTS:
        return value is not None and bool(str(value).strip())
    if name == "order_number":
        return digits_only(str(value))
    if name in FOLDED_ARGUMENTS:
        return fold(str(value))
    if name == "limit":
        return _limit(value)
    if name == "amount":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return round(float(value), 2)
        amount = parse_amount(str(value))
        return fold(str(value)) if amount is None else amount
    return fold(value) if isinstance(value, str) else value


def _limit(value: Any) -> int | str:
    """``limit`` as an int when it is one ("5", 5, 5.0), else the folded text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return int(str(value).strip())
    except ValueError:
        return fold(str(value))
