"""The model's answer is untrusted: parsing must keep real spans, drop hallucinated ones and say why.

These tests pin the behaviour the routing relies on: any problem noted here sends the draft to a human, so a
problem that is silently swallowed lets a hallucinated order number reach a tool, and a spurious problem
costs an auto-resolution.
"""

from __future__ import annotations

import pytest

from db.contract import Contract, load_contract
from serving.output import Entity, fold_preserving_length, locate, parse_entities, validate_spans
from serving.prompt import NO_ENTITIES, intent_from_word, render_answer, render_entities, ticket_prompt

TEXT = "Merhaba, 4815162342 nolu siparişim Aras Kargo ile geldi ama İADE etmek istiyorum."


@pytest.fixture(scope="module")
def contract() -> Contract:
    return load_contract()


# ── locate ────────────────────────────────────────────────────────────────────────────────────────


def test_locate_exact_and_every_occurrence() -> None:
    text = "4815162342 ve yine 4815162342"
    assert locate("4815162342", text) == [(0, 10), (19, 29)]


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        ("iade", "İADE istiyorum", "İADE"),  # dotted capital İ folds to i
        ("IŞIK", "ışık lamba", "ışık"),  # dotless ı and capital I fold alike
        ("kılıf", "IPHONE KILIF", "KILIF"),
        ("İPHONE 15 KILIFI", "iphone 15 kılıfı aldım", "iphone 15 kılıfı"),
    ],
)
def test_locate_is_turkish_case_insensitive(value: str, text: str, expected: str) -> None:
    spans = locate(value, text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end] == expected


def test_locate_prefers_exact_case_over_folded_matches() -> None:
    """An exact occurrence wins, so the span's text equals what the model wrote where the ticket has it."""
    assert locate("Aras", "aras mı Aras mı") == [(8, 12)]


def test_locate_strips_and_rejects_empty() -> None:
    assert locate("  4815162342 ", "no 4815162342") == [(3, 13)]
    assert locate("   ", "anything") == []
    assert locate("yok", "burada değil") == []


def test_fold_preserving_length_keeps_offsets() -> None:
    text = "İSTANBUL'a IĞDIR ıspanak Straße"
    folded = fold_preserving_length(text)
    assert len(folded) == len(text)
    assert folded.startswith("istanbul'a iğdir ispanak")


# ── parse_entities ────────────────────────────────────────────────────────────────────────────────


def test_parse_valid_lines_into_sorted_spans(contract: Contract) -> None:
    raw = "cargo_company: Aras Kargo\norder_number: 4815162342\n"
    parsed = parse_entities(raw, TEXT, contract)
    assert parsed.problems == []
    assert [(e.type, e.value) for e in parsed.entities] == [
        ("order_number", "4815162342"),
        ("cargo_company", "Aras Kargo"),
    ]
    for entity in parsed.entities:
        assert TEXT[entity.start : entity.end] == entity.value


def test_parse_no_entities_marker(contract: Contract) -> None:
    parsed = parse_entities(NO_ENTITIES, TEXT, contract)
    assert parsed.entities == [] and parsed.problems == []
    assert parse_entities("", TEXT, contract).problems == []


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("bu bir satır değil", "unreadable entity line"),
        ("order_number:", "unreadable entity line"),
        ("order_number:    ", "unreadable entity line"),
        ("phone: 4815162342", "unknown entity type 'phone'"),
        ("Niyet: siparis_status", "unknown entity type 'Niyet'"),
    ],
)
def test_malformed_lines_are_problems_not_entities(contract: Contract, raw: str, problem: str) -> None:
    parsed = parse_entities(raw, TEXT, contract)
    assert parsed.entities == []
    assert len(parsed.problems) == 1
    assert problem in parsed.problems[0]


def test_hallucinated_value_is_dropped_with_a_problem(contract: Contract) -> None:
    raw = "order_number: 4815162342\ntracking_number: 7281933001245"
    parsed = parse_entities(raw, TEXT, contract)
    assert [e.value for e in parsed.entities] == ["4815162342"]
    assert parsed.problems == ["tracking_number '7281933001245' is not in the ticket text"]


def test_case_insensitive_value_keeps_the_ticket_spelling(contract: Contract) -> None:
    """The stored value is the ticket's own text, so the span invariant text[start:end] == value holds."""
    parsed = parse_entities("return_reason: iade", TEXT, contract)
    assert parsed.problems == []
    (entity,) = parsed.entities
    assert entity.value == "İADE"
    assert TEXT[entity.start : entity.end] == "İADE"


def test_duplicate_lines_and_repeated_values(contract: Contract) -> None:
    """A line repeated by the model gives one entity per occurrence in the text, never duplicates."""
    text = "4815162342 iptal, 4815162342 iptal edin"
    parsed = parse_entities("order_number: 4815162342\norder_number: 4815162342", text, contract)
    assert parsed.problems == []
    assert [(e.start, e.end) for e in parsed.entities] == [(0, 10), (18, 28)]


def test_good_lines_survive_bad_ones(contract: Contract) -> None:
    raw = "order_number: 4815162342\nfoo: bar\ncoupon_code: YOKBOYLE10\ngarbage"
    parsed = parse_entities(raw, TEXT, contract)
    assert [e.type for e in parsed.entities] == ["order_number"]
    assert len(parsed.problems) == 3


def test_value_with_a_colon_is_kept_whole(contract: Contract) -> None:
    text = "Saat 14:30 gibi geldi"
    parsed = parse_entities("date: 14:30", text, contract)
    assert parsed.problems == []
    assert parsed.entities[0].value == "14:30"


def test_value_copied_from_the_collapsed_prompt_is_found(contract: Contract) -> None:
    text = "siyah  deri\nceket aldım"
    assert "siyah deri ceket" in ticket_prompt(text)
    parsed = parse_entities("product: siyah deri ceket", text, contract)
    assert parsed.problems == []


# ── rendering (the training target the parser must read back) ─────────────────────────────────────


def test_render_answer_round_trips_through_the_parser(contract: Contract) -> None:
    text = "siyah deri ceket beden küçük geldi, 4815162342 Aras Kargo"
    entities = [
        ("order_number", "4815162342"),
        ("product", "siyah deri ceket"),
        ("return_reason", "beden küçük geldi"),
        ("product", "siyah deri ceket"),
        ("cargo_company", "Aras Kargo"),
    ]
    answer = render_answer("iade_baslat", entities)
    intent_line, _, entity_lines = answer.partition("\n")
    assert intent_from_word(intent_line) == "iade_baslat"  # the intent's one-word label from the contract
    assert entity_lines.count("product") == 1
    assert "order_number" not in entity_lines and "cargo_company" not in entity_lines  # patterns find those
    parsed = parse_entities(entity_lines, text, contract)
    assert parsed.problems == []
    assert {(e.type, e.value) for e in parsed.entities} == {
        ("product", "siyah deri ceket"),
        ("return_reason", "beden küçük geldi"),
    }
    assert render_entities([]) == NO_ENTITIES
    assert render_entities([("order_number", "4815162342")]) == NO_ENTITIES


# ── validate_spans ────────────────────────────────────────────────────────────────────────────────


def test_validate_spans_accepts_exact_spans(contract: Contract) -> None:
    start = TEXT.index("4815162342")
    spans = [{"type": "order_number", "value": "4815162342", "start": start, "end": start + 10}]
    assert validate_spans(spans, TEXT, contract) == []


@pytest.mark.parametrize(
    ("entity", "problem"),
    [
        ({"type": "telefon", "value": "x", "start": 0, "end": 1}, "unknown entity type 'telefon'"),
        ({"value": "x", "start": 0, "end": 1}, "unknown entity type None"),
        ({"type": "order_number", "value": "M", "start": 5, "end": 5}, "span 5:5 is outside the text"),
        ({"type": "order_number", "value": "M", "start": -1, "end": 3}, "span -1:3 is outside the text"),
        ({"type": "order_number", "value": "M", "start": 0, "end": 10_000}, "span 0:10000 is outside the text"),
        ({"type": "order_number", "value": "M", "start": "0", "end": 3}, "span 0:3 is outside the text"),
        ({"type": "order_number", "value": "4815162342", "start": 0, "end": 10}, "span 0:10 is 'Merhaba, 4'"),
    ],
)
def test_validate_spans_reports_each_bad_span(contract: Contract, entity: dict[str, object], problem: str) -> None:
    problems = validate_spans([entity], TEXT, contract)
    assert len(problems) == 1
    assert problems[0].startswith(problem)


def test_validate_spans_reports_every_bad_span_in_order(contract: Contract) -> None:
    spans = [
        {"type": "nope", "value": "x", "start": 0, "end": 1},
        Entity("order_number", "4815162342", 9, 19).to_dict(),
        {"type": "size", "value": "XL", "start": 0, "end": 2},
    ]
    problems = validate_spans(spans, TEXT, contract)
    assert len(problems) == 2
    assert "nope" in problems[0] and "'XL'" in problems[1]
