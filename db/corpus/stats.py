"""Corpus statistics: how many tickets and how many distinct surface forms per intent, and what noise they carry.

Why surface forms: a corpus of 50,000 tickets that are really 300 sentences with different order numbers
teaches a model 300 sentences. A surface form is the text with every entity and PII span replaced by its type,
folded to lower case without Turkish characters and with whitespace collapsed, so only wording counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from db.corpus.backend import fold
from db.corpus.phrases import DEASCII

_DEASCII = str.maketrans(DEASCII)
_SPACE_RE = re.compile(r"\s+")


def surface_form(record: dict[str, Any]) -> str:
    """The record's text with slot values replaced by their types, case- and diacritic-folded."""
    spans = [(e["start"], e["end"], e["type"]) for e in record["entities"]]
    spans += [(p["start"], p["end"], p["type"]) for p in record["pii"]]
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
