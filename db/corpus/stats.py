"""Corpus statistics: how many tickets and how many distinct surface forms per intent, and what noise they carry.

Why surface forms: a corpus of 50,000 tickets that are really 300 sentences with different order numbers
teaches a model 300 sentences. A surface form is the text with every entity and PII span replaced by its type,
folded to lower case without Turkish characters and with whitespace collapsed, so only wording counts.

Why realism figures (`realism_stats`): a bot trained on synthetic tickets is only as good as the tickets are
like the real ones. The figures are computed from the text itself, so a customer's export without labels gets
the same numbers as our corpus, and `destek data stats real.jsonl synthetic.jsonl` shows where they differ.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from stdnum.tr import tckimlik

from db.corpus.backend import fold
from db.corpus.phrases import DEASCII, MONTHS, WEEKDAYS

_DEASCII = str.maketrans(DEASCII)
_SPACE_RE = re.compile(r"\s+")


def surface_form(record: dict[str, Any]) -> str:
    """The record's text with slot values replaced by their types, case- and diacritic-folded.

    A record without "entities" or "pii" (a customer's import) has no spans to replace."""
    spans = [(e["start"], e["end"], e["type"]) for e in record.get("entities", [])]
    spans += [(p["start"], p["end"], p["type"]) for p in record.get("pii", [])]
    text = record["text"]
    pieces = []
    cursor = 0
    for start, end, kind in sorted(spans):
        pieces.append(text[cursor:start])
        pieces.append(f"<{kind}>")
        cursor = end
    pieces.append(text[cursor:])
    return _SPACE_RE.sub(" ", fold("".join(pieces)).translate(_DEASCII)).strip()


def corpus_stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts per intent, distinct surface forms and templates per intent, and shares of noise and PII."""
    n = len(records)
    per_intent: Counter[str] = Counter(r["intent"] for r in records)
    forms: dict[str, set[str]] = defaultdict(set)
    templates: dict[str, set[str]] = defaultdict(set)
    styles: Counter[str] = Counter()
    for record in records:
        forms[record["intent"]].add(surface_form(record))
        templates[record["intent"]].add(record["template"])
        styles.update(record["style"])
    share = (lambda count: round(count / n, 4)) if n else (lambda count: 0.0)
    return {
        "records": n,
        "per_intent": dict(sorted(per_intent.items())),
        "surface_forms_per_intent": {intent: len(forms[intent]) for intent in sorted(forms)},
        "surface_forms_total": len(set().union(*forms.values())) if forms else 0,
        "templates_per_intent": {intent: len(templates[intent]) for intent in sorted(templates)},
        "share_with_pii": share(sum(1 for r in records if r["pii"])),
        "share_without_tool_call": share(sum(1 for r in records if not r["tool_calls"])),
        "share_with_entities": share(sum(1 for r in records if r["entities"])),
        "share_by_style": {style: share(count) for style, count in sorted(styles.items())},
        "pii_types": dict(sorted(Counter(p["type"] for r in records for p in r["pii"]).items())),
        "entity_types": dict(sorted(Counter(e["type"] for r in records for e in r["entities"]).items())),
        "mean_chars": round(sum(len(r["text"]) for r in records) / n, 1) if n else 0.0,
    }


def split_overlap(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> dict[str, Any]:
    """How much two splits share: identical texts, identical surface forms, and body templates."""
    texts_a = {r["text"] for r in a}
    forms_a = {surface_form(r) for r in a}
    templates_a = {r["template"] for r in a}
    return {
        "texts_in_both": sum(1 for r in b if r["text"] in texts_a),
        "surface_forms_in_both": sum(1 for r in b if surface_form(r) in forms_a),
        "share_surface_forms_in_both": round(sum(1 for r in b if surface_form(r) in forms_a) / len(b), 4) if b else 0,
        "templates_in_both": len(templates_a & {r["template"] for r in b}),
    }


# ── Realism figures ──────────────────────────────────────────────────────────────────────────────────

TTR_TOKENS = 10_000
"""Tokens per type-token-ratio sample: TTR falls as text grows, so files are compared at this fixed size."""
TTR_SMALL_TOKENS = 3_000
"""A second, smaller size: what a few hundred real tickets reach, and the size issue 13 quoted its figures at."""
TTR_SAMPLES = 10
TTR_SEED = 0
TTR_METHOD = (
    f"mean type-token ratio over {TTR_SAMPLES} random samples (seed {TTR_SEED}) of whole tickets, "
    f"cut to exactly {TTR_TOKENS:,} tokens; tokens are runs of letters and digits after Turkish lower-casing"
)
ORDER_NUMBER_LENGTHS = (8, 9, 10, 11)
"""Digits of an order number (the contract's pattern is 8 to 11 digits)."""

PiiFinder = Callable[[str], Iterable[tuple[str, int, int]]]
"""(type, start, end) of personal data in a text, like serving.pii.find_pii."""

_TOKEN_RE = re.compile(r"[^\W_]+")
_NON_DIGIT_RE = re.compile(r"\D")
_WORD_RE = re.compile(r"\S*[^\W_]\S*")
_TURKISH_LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")
_EMOJI_RE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")


def _ascii(words: Iterable[str]) -> str:
    return "|".join(fold(word).translate(_DEASCII) for word in words)


# The patterns below run on the folded text (Turkish lower case, then without Turkish letters), so "GEÇEN SALI",
# "geçen salı" and "gecen sali" are one form. _SUFFIX is the case ending a customer glues to a day or month name,
# with or without an apostrophe ("salıya", "Kasım'da"), and nothing longer: "bu ayakkabı" is not "bu ay".
_SUFFIX = r"(?:'?(?:ki|n?[iu]n|y?[ae]|n?[dt][ae]n?|n?[dt][ae]ki))?"
_NUMBER_WORDS = (
    "bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|yirmi|otuz|kirk|elli|altmis|yetmis|seksen|doksan|yuz|bin|milyon"
)
_COUNT = rf"(?:\d{{1,3}}|{_NUMBER_WORDS}|birkac|bir kac)"
_UNIT = r"(?:gun|hafta|ay|yil|sene)"
_NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)"
_CURRENCY = r"(?:tl|₺|lira|try\b|kurus|krs\b)"

AMOUNT_RE = re.compile(
    rf"(?<![\w.,]){_NUMBER} ?(?:(?:bin|milyon) )?{_CURRENCY}"  # 349,90 TL, 1.249₺, 1249 tl, 2 bin lira
    rf"|₺ ?\d"  # ₺120
    rf"|\b(?:{_NUMBER_WORDS}) {_CURRENCY}"  # bin lira, iki yüz TL
)
"""A sum of money: a number (or a number word) with TL, ₺, lira or kuruş. A bare number is not an amount, and
neither is an order number followed by "TL" (more than seven digits before the decimals)."""

ABSOLUTE_DATE_RE = re.compile(
    r"(?<![\d.])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d.])"  # 12.11.2026, 12/11/26
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2026-11-12
    rf"|\b\d{{1,2}} ?(?:{_ascii(MONTHS)})"  # 12 Kasım, 3 Mart'ta, 17 kasimda
)
"""A date that names its day: numeric with a year, or day and month name. "12.11" without a year is not
counted (it reads the same as an amount with a decimal point)."""

RELATIVE_DATE_RE = re.compile(
    r"\b(?:bugun|dun(?:ku|den)?\b|yarin|obur gun|ertesi gun|(?:bu|evvelsi|evvelki|onceki|gecen) gun\b)"
    rf"|\b(?:gecen|bu|onceki|evvelki) (?:hafta|ay|yil|sene){_SUFFIX}\b"
    rf"|\b{_COUNT} {_UNIT} (?:once|evvel)\b"  # 3 gün önce, bir hafta önce
    rf"|\b{_COUNT} (?:gundur|gunlerdir|haftadir|haftalardir|aydir|aylardir|yildir|senedir)\b"  # 6 gündür
    rf"|\b(?:{_ascii(WEEKDAYS)}){_SUFFIX}\b(?! yeri)"  # (geçen) salı, cuma günü, pazartesiye; not "pazar yeri"
)
"""A date that needs the day the ticket was written to resolve: today, yesterday, "geçen hafta", "3 gün önce",
a weekday name ("salı" is the last Tuesday as surely as "dün" is yesterday), and "6 gündür" (since six days
ago, which is how customers date a delay). A duration or deadline ("3 gün içinde", "2 iş günü") is not a date."""

ESCALATION_RE = re.compile(
    r"\b(?:hakem heyet|tuketici mahkeme|sikayetvar|cimer\b|btk\b|dolandiric|rezalet|avukat|dava(?:\b|[yclm]))"
)
"""Threats to take the matter elsewhere (consumer arbitration board, courts, lawyers, regulators, complaint
sites) and the words that come with them ("dolandırıcı", "rezalet")."""

ORDER_NUMBER_RE = re.compile(r"(?<![\w+])(?<!\d[ -])\d{3,11}(?:[ -]\d{3,11}){0,2}(?!\w)(?![ -]\d{3})")
"""Digits in up to three groups of three or more ("5390-457482", "866 763 0042"), as customers copy an order
number; `order_numbers` keeps those of 8 to 11 digits that do not start with 0 (a phone's trunk prefix). Runs
glued to letters (an IBAN, an invoice number) or part of a longer run (an IBAN or card written in fours, a
13-digit tracking number) are not matched; a tracking number of an order number's length is counted too."""


def folded(text: str) -> str:
    """The form the patterns above match: Turkish lower case ("I" -> "ı", "İ" -> "i"), then no Turkish letters."""
    return fold(text).translate(_DEASCII)


def tokens(text: str) -> list[str]:
    """Runs of letters and digits, Turkish lower-cased: the units of the type-token ratio."""
    return _TOKEN_RE.findall(fold(text))


def word_count(text: str) -> int:
    """Whitespace-separated words with at least one letter or digit (an emoji or "!!" alone is no word)."""
    return len(_WORD_RE.findall(text))


def is_all_caps(text: str) -> bool:
    """At least 80% of at least ten cased letters are capitals: a shouting customer, not "TL" or "OK"."""
    upper = sum(map(str.isupper, text))
    cased = upper + sum(map(str.islower, text))
    return cased >= 10 and upper >= 0.8 * cased


def is_deasciified(text: str, words: int) -> bool:
    """Five words or more (`words`, its word_count) and not one Turkish letter: typed on a keyboard without them
    (or a phone's autocorrect off). Some short sentences have no Turkish letter anyway: this is an upper bound."""
    return words >= 5 and not _TURKISH_LETTERS.intersection(text)


def is_multiline(text: str) -> bool:
    """Two or more non-empty lines: e-mail style tickets with a greeting, body and signature."""
    return "\n" in text.strip() and sum(1 for line in text.splitlines() if line.strip()) >= 2


def type_token_ratio(tokenized: list[list[str]], *, size: int = TTR_TOKENS, samples: int = TTR_SAMPLES,
                     seed: int = TTR_SEED) -> tuple[float, int]:  # fmt: skip
    """(TTR, tokens per sample) by the method in TTR_METHOD.

    The ratio of distinct to all tokens falls as a text grows, so it is only comparable at equal token counts:
    each sample takes whole tickets in a seeded random order (not file order, which may be sorted by date or
    topic) and cuts the concatenation at exactly `size` tokens. With fewer tokens than `size` in all, the ratio
    is over all of them (the second value says how many) and is not comparable with other files.
    """
    total = sum(len(t) for t in tokenized)
    if total == 0:
        return 0.0, 0
    if total < size:
        return len({token for t in tokenized for token in t}) / total, total
    rng = random.Random(seed)
    order = list(range(len(tokenized)))
    ratios = []
    for _ in range(samples):
        rng.shuffle(order)
        sample: list[str] = []
        for index in order:
            sample.extend(tokenized[index])
            if len(sample) >= size:
                break
        ratios.append(len(set(sample[:size])) / size)
    return sum(ratios) / samples, size


def _digits(text: str) -> str:
    return _NON_DIGIT_RE.sub("", text)


def _maybe_pii(number: str) -> bool:
    """Whether a digit run could be a bare mobile number (5xx, ten digits) or a TC kimlik number (eleven digits
    with a valid checksum, which an order number has about once in a hundred)."""
    return (len(number) == 10 and number[0] == "5") or (len(number) == 11 and tckimlik.is_valid(number))


def order_numbers(text: str, pii_finder: PiiFinder | None = None) -> list[str]:
    """The digits of each order number in `text` (see ORDER_NUMBER_RE), less what `pii_finder` says is a phone
    or TC kimlik number. The finder runs only on texts with a run that could be one: it is the slow part."""
    found = []
    for match in ORDER_NUMBER_RE.finditer(text):
        digits = _digits(match.group())
        if 8 <= len(digits) <= 11 and digits[0] != "0":
            found.append((match.start(), digits))
    if pii_finder is not None and any(_maybe_pii(digits) for _, digits in found):
        spans = [(start, end) for _, start, end in pii_finder(text)]
        found = [(at, digits) for at, digits in found if not any(start <= at < end for start, end in spans)]
    return [digits for _, digits in found]


def _shares_by_length(numbers_per_ticket: list[list[str]]) -> dict[str, Any]:
    with_number = [numbers for numbers in numbers_per_ticket if numbers]
    by_length = {
        str(length): _share(sum(1 for numbers in with_number if any(len(n) == length for n in numbers)),
                            len(with_number))
        for length in ORDER_NUMBER_LENGTHS
    }  # fmt: skip
    return {"share": _share(len(with_number), len(numbers_per_ticket)), "by_length": by_length}


def _share(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None


def _labelled_stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures from the labels: what the generator meant, to set beside what the text patterns found."""
    n = len(records)
    entity_types: Counter[str] = Counter()
    templates: dict[str, set[str]] = defaultdict(set)
    for record in records:
        entity_types.update(e["type"] for e in record.get("entities", []))
        if "template" in record:
            templates[record["intent"]].add(record["template"])

    def with_entity(kind: str) -> float | None:
        return _share(sum(1 for r in records if any(e["type"] == kind for e in r.get("entities", []))), n)

    has_second = any("second_intent" in r for r in records)
    orders = [
        [_digits(r["text"][e["start"] : e["end"]]) for e in r.get("entities", []) if e["type"] == "order_number"]
        for r in records
    ]
    return {
        "tickets": n,
        "intents": len({r["intent"] for r in records}),
        "per_intent": dict(sorted(Counter(r["intent"] for r in records).items())),
        "share_amount": with_entity("amount"),
        "share_date": with_entity("date"),
        "share_second_intent": _share(sum(1 for r in records if r.get("second_intent")), n) if has_second else None,
        "order_number": _shares_by_length(orders),
        "entity_types": dict(sorted(entity_types.items())),
        "surface_forms": len({surface_form(r) for r in records}),
        "templates_per_intent": {i: len(templates[i]) for i in sorted(templates)} if templates else None,
    }


def realism_stats(records: list[dict[str, Any]], *, pii_finder: PiiFinder | None = None) -> dict[str, Any]:
    """How much a file of tickets looks like real customer tickets; every figure is JSON-ready.

    `records` need only "text"; those with an "intent" also feed `labels` (None when no record has one), which
    uses "entities" [{type, value, start, end}], "pii", "template" and "second_intent" where present. Shares are
    of all tickets, rounded to four places, and None for an empty file. `pii_finder` (serving.pii.find_pii in
    the CLI: db does not import serving) keeps phone and TC kimlik numbers out of the order-number count.

    Why each figure:
    - words: real tickets run from a line to an e-mail; a corpus of 11-word tickets never teaches the model
      to find the request in a long one (30-80 and over 80 words are those).
    - ttr: vocabulary richness; a template corpus repeats its words (see `type_token_ratio` for the method).
    - amount, date, relative_date: slots the bot must read; relative dates need the ticket's date to resolve.
    - multiline, all_caps, emoji, deascii: the noise real tickets carry and the model must not trip on.
    - escalation: angry customers threaten arbitration, courts and complaint sites; such tickets go to a human.
    - order_number: real platforms' numbers have one or two lengths; a model that saw only 10 digits may
      truncate an 11-digit one.
    """
    n = len(records)
    flags: Counter[str] = Counter()
    words, tokenized, numbers = [], [], []
    for text in (r["text"] for r in records):  # one pass: 50,000 tickets in a few seconds
        count = word_count(text)
        lower = folded(text)
        relative = RELATIVE_DATE_RE.search(lower) is not None
        flags.update(
            name
            for name, found in (
                ("30_80", 30 <= count <= 80),
                ("over_80", count > 80),
                ("amount", AMOUNT_RE.search(lower) is not None),
                ("date", relative or ABSOLUTE_DATE_RE.search(lower) is not None),
                ("relative_date", relative),
                ("multiline", is_multiline(text)),
                ("all_caps", is_all_caps(text)),
                ("emoji", _EMOJI_RE.search(text) is not None),
                ("deascii", is_deasciified(text, count)),
                ("escalation", ESCALATION_RE.search(lower) is not None),
            )
            if found
        )
        words.append(count)
        tokenized.append(tokens(text))
        numbers.append(order_numbers(text, pii_finder))
    ttr, ttr_tokens = type_token_ratio(tokenized)
    small_ttr, small_tokens = type_token_ratio(tokenized, size=TTR_SMALL_TOKENS)
    labelled = [r for r in records if r.get("intent")]
    return {
        "tickets": n,
        "words": {
            "mean": round(statistics.fmean(words), 1) if n else None,
            "median": statistics.median(words) if n else None,
            "share_30_80": _share(flags["30_80"], n),
            "share_over_80": _share(flags["over_80"], n),
        },
        "ttr": {
            "value": round(ttr, 4) if n else None,
            "tokens": ttr_tokens,
            "comparable": ttr_tokens == TTR_TOKENS,
            "small_value": round(small_ttr, 4) if n else None,
            "small_tokens": small_tokens,
            "method": TTR_METHOD,
        },
        **{
            f"share_{name}": _share(flags[name], n)
            for name in ("amount", "date", "relative_date", "multiline", "all_caps", "emoji", "deascii", "escalation")
        },
        "order_number": _shares_by_length(numbers),
        "labels": _labelled_stats(labelled) if labelled else None,
    }


def _is_span(span: Any) -> bool:
    return (
        type(span) is dict
        and type(span.get("start")) is int
        and type(span.get("end")) is int
        and isinstance(span.get("type"), str)
    )


def record_problem(record: Any) -> str | None:
    """Why `record` cannot be measured (one line), or None: it needs a "text", and labels in corpus format."""
    if not isinstance(record, dict):
        return "expected a JSON object"
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return "missing or empty 'text'"
    for key in ("entities", "pii"):
        spans = record.get(key, [])
        if not isinstance(spans, list) or not all(map(_is_span, spans)):
            return f"'{key}' must be a list of {{type, start, end}} objects"
    if record.get("intent") is not None and not isinstance(record["intent"], str):
        return "'intent' must be a string"
    return None
