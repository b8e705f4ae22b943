"""Fake personal data in the shapes real tickets carry it, valid where a checksum exists.

Why valid checksums: serving/pii.py decides TC kimlik numbers, IBANs and card numbers by their checksums, so
fake values that fail them would never be masked and would teach nothing about masking.
"""

from __future__ import annotations

import random
import re

from db.corpus.phrases import APARTMENTS, AVENUES, DISTRICTS, EMAIL_DOMAINS, NEIGHBOURHOODS, STREETS

_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")


def tckn(rng: random.Random) -> str:
    """A TC kimlik no that passes the official two-digit checksum."""
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    tenth = ((sum(digits[0:9:2]) * 7) - sum(digits[1:8:2])) % 10
    digits.append(tenth)
    digits.append(sum(digits) % 10)
    return "".join(map(str, digits))


def iban(rng: random.Random) -> str:
    """A Turkish IBAN (TR + 24 digits) with correct mod-97 check digits, grouped by four half of the time."""
    bban = f"{rng.randint(1, 99999):05d}0" + "".join(rng.choices("0123456789", k=16))
    check = 98 - int(bban + "292700") % 97  # "TR00" moved to the end, T=29, R=27
    value = f"TR{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def card(rng: random.Random) -> str:
    """A 16-digit card number with a valid Luhn digit, written grouped or in one run."""
    body = [int(c) for c in rng.choice(("4543", "5400", "4022", "5528", "9792"))]
    body += [rng.randint(0, 9) for _ in range(11)]
    total = 0
    for i, digit in enumerate(reversed(body)):
        doubled = digit * 2 if i % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    number = "".join(map(str, body)) + str((10 - total % 10) % 10)
    sep = rng.choice((" ", " ", "", "-"))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def phone(rng: random.Random, known: str | None = None) -> str:
    """A Turkish mobile number in one of the layouts customers type; `known` reuses a customer's digits."""
    digits = re.sub(r"\D", "", known)[-10:] if known else "5" + "".join(rng.choices("0123456789", k=9))
    a, b, c, d = digits[:3], digits[3:6], digits[6:8], digits[8:]
    return rng.choice(
        (
            f"0{a} {b} {c} {d}",
            f"+90 {a} {b} {c} {d}",
            f"0{a}{b}{c}{d}",
            f"0 {a} {b} {c} {d}",
            f"0{a}-{b}-{c}-{d}",
            f"+90{a}{b}{c}{d}",
        )
    )


def email(rng: random.Random, full_name: str) -> str:
    """A new e-mail address built from the customer's name (the old one is in the demo's customer row)."""
    parts = full_name.translate(_ASCII).lower().split()
    local = rng.choice((f"{parts[0]}.{parts[-1]}", f"{parts[0]}{parts[-1]}", f"{parts[0][0]}{parts[-1]}"))
    return f"{local}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"


def address(rng: random.Random) -> str:
    """A street address built of the components serving/pii.py recognises (Mah., Sok., Cad., No:, D:, İlçe/İl)."""
    hood = rng.choice(NEIGHBOURHOODS)
    district, city = rng.choice(DISTRICTS)
    number, flat, floor = rng.randint(1, 180), rng.randint(1, 30), rng.randint(1, 9)
    street = rng.choice(STREETS)
    return rng.choice(
        (
            f"{hood} Mah. {street} Sok. No:{number} D:{flat} {district}/{city}",
            f"{hood} Mahallesi {street} Sokak No: {number} Daire {flat} {district}/{city}",
            f"{hood} Mah. {rng.choice(AVENUES)} Cad. No:{number} Kat {floor} D:{flat} {district}/{city}",
            f"{hood} Mah. {street} Sok. {rng.choice(APARTMENTS)} Apt. No:{number} D:{flat} {district}/{city}",
            f"{hood} Mahallesi {rng.choice(AVENUES)} Caddesi No:{number}/{flat} {district} / {city}",
            f"{hood} Mh. {rng.randint(1, 300)}. Sokak No:{number} D:{flat} {district}/{city}",
        )
    )
