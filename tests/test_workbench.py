"""The annotator's workbench service: spans, pre-fill, next task, save, skip, progress and agreement."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from db.contract import load_contract
from db.models import Annotation, AnnotationTask, AuditEvent, Correction, Draft, Ticket
from labeling.workbench import (
    SAVED_ACTION,
    WorkbenchConfig,
    WorkbenchError,
    agreement,
    cohen_kappa,
    fill_queue_from_page,
    find_span,
    in_overlap,
    marked_segments,
    next_task,
    occurrences,
    prefill_for,
    progress,
    save_annotation,
    skip_ticket,
    span_from_picks,
    span_from_tokens,
    suggest_calls,
    suggest_tool_calls,
    sync_mini_tasks,
    token_labels,
    tokenize,
    validate_labels,
)
from tests.conftest import make_user

TEXT = "Merhaba, 4815162342 nolu siparişim nerede? ARAS kargo ile 249,90 TL ödedim. Tekrar: 4815162342."
ORDER = "4815162342"
SINGLE = WorkbenchConfig(overlap=0.0)
DOUBLE = WorkbenchConfig(overlap=1.0)


def span(entity_type: str, value: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(value, start + 1)
    return {"type": entity_type, "value": value, "start": start, "end": start + len(value)}


DRAFT = {
    "intent": "siparis_status",
    "entities": [span("order_number", ORDER)],
    "tool_calls": [{"name": "get_order_status", "arguments": {"order_number": ORDER}}],
}
TRACK = [{"name": "track_shipment", "arguments": {"order_number": ORDER}}]


def add_ticket(
    engine: Engine,
    key: str,
    *,
    text: str = TEXT,
    draft: dict[str, Any] | None = None,
    batch: str | None = "b1",
    score: float = 0.0,
    assigned_to: int | None = None,
    **ticket_fields: Any,
) -> tuple[int, int | None]:
    """A ticket (with an optional draft and an open task in `batch`); returns (ticket id, task id)."""
    with Session(engine) as session:
        ticket = Ticket(dedupe_key=key, text=text, **ticket_fields)
        session.add(ticket)
        session.flush()
        if draft is not None:
            session.add(Draft(ticket_id=ticket.id, model="test", confidence=0.6, **draft))
        task = None
        if batch is not None:
            task = AnnotationTask(
                ticket_id=ticket.id, batch=batch, strategy="margin", score=score, assigned_to=assigned_to
            )
            session.add(task)
        session.commit()
        return ticket.id, task.id if task else None


def count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def label(engine: Engine, user_id: int, ticket_id: int, intent: str = "kargo_takip", **kwargs: Any) -> Any:
    entities = kwargs.pop("entities", [span("order_number", ORDER)])
    calls = kwargs.pop("tool_calls", TRACK)
    return save_annotation(engine, user_id, ticket_id, intent=intent, entities=entities, tool_calls=calls, **kwargs)


# ── Spans ─────────────────────────────────────────────────────────────────────────────────────────


def test_tokens_carry_exact_offsets() -> None:
    tokens = tokenize(TEXT)
    assert all(TEXT[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens[:4]] == ["Merhaba", ",", ORDER, "nolu"]
    amount = [t.index for t in tokens if t.text in {"249", "TL"}]
    assert span_from_tokens(TEXT, amount[0], amount[1], "amount") == span("amount", "249,90 TL")


def test_token_range_must_be_ordered_and_inside() -> None:
    with pytest.raises(WorkbenchError, match="first before last"):
        span_from_tokens(TEXT, 3, 2, "amount")
    with pytest.raises(WorkbenchError):
        span_from_tokens(TEXT, 0, 999, "amount")
    with pytest.raises(WorkbenchError, match="unknown entity type"):
        span_from_tokens(TEXT, 0, 0, "iban")


def test_typed_text_becomes_a_span_and_repeats_need_an_occurrence() -> None:
    assert occurrences(TEXT, ORDER) == [
        (span("order_number", ORDER)["start"], span("order_number", ORDER)["end"]),
        (span("order_number", ORDER, 1)["start"], span("order_number", ORDER, 1)["end"]),
    ]
    assert find_span(TEXT, ORDER, "order_number") == span("order_number", ORDER)
    assert find_span(TEXT, ORDER, "order_number", occurrence=2) == span("order_number", ORDER, 1)
    # case- and Turkish-i-insensitive, but the stored value is the text as written
    assert find_span(TEXT, " aras ", "cargo_company") == span("cargo_company", "ARAS")
    with pytest.raises(WorkbenchError, match="occurs 2 time"):
        find_span(TEXT, ORDER, "order_number", occurrence=3)
    with pytest.raises(WorkbenchError, match="does not occur"):
        find_span(TEXT, "INDIRIM50", "coupon_code")


def test_marked_segments_cover_the_text_and_skip_overlaps() -> None:
    spans = [span("order_number", ORDER), span("amount", "249,90 TL"), span("product", "4815")]
    segments = marked_segments(TEXT, spans)
    assert "".join(piece for piece, _ in segments) == TEXT
    assert [(piece, kind) for piece, kind in segments if kind] == [(ORDER, "order_number"), ("249,90 TL", "amount")]


# ── Validation and suggestion ─────────────────────────────────────────────────────────────────────


def test_validation_names_every_problem() -> None:
    bad_span = {"type": "order_number", "value": "4815162343", "start": 9, "end": 19}
    calls = [{"name": "get_order_status", "arguments": {"order_number": "12"}}, {"name": "fly_to_moon"}]
    with pytest.raises(WorkbenchError) as raised:
        validate_labels(TEXT, "nerede", [bad_span, {"type": "iban", "value": "x", "start": 0, "end": 1}], calls)
    message = str(raised.value)
    for expected in (
        "unknown intent 'nerede'",
        "span 9:19",
        "unknown entity type 'iban'",
        "8 to 11 digits",
        "fly_to_moon",
    ):
        assert expected in message
    with pytest.raises(WorkbenchError, match="choose an intent"):
        validate_labels(TEXT, None, [], [])
    with pytest.raises(WorkbenchError, match="whitespace"):
        validate_labels(TEXT, "kargo_takip", [{"type": "product", "value": "ARAS ", "start": 43, "end": 48}], [])
    with pytest.raises(WorkbenchError, match="not valid JSON"):
        validate_labels(TEXT, "kargo_takip", [], [{"name": "track_shipment", "arguments": "{order"}])


def test_validation_normalises_spans_and_json_arguments() -> None:
    order = span("order_number", ORDER)
    labels = validate_labels(
        TEXT,
        "kargo_takip",
        [span("amount", "249,90 TL"), order, dict(order)],
        [{"name": "track_shipment", "arguments": '{"order_number": "4815 162-342"}'}],
    )
    assert labels.entities == [order, span("amount", "249,90 TL")]  # sorted, duplicate dropped
    assert labels.tool_calls == [{"name": "track_shipment", "arguments": {"order_number": ORDER}}]


def test_rules_suggest_the_contract_calls() -> None:
    assert suggest_tool_calls(TEXT, "kargo_takip", [span("order_number", ORDER)]) == [
        {"name": "track_shipment", "arguments": {"order_number": ORDER}}
    ]
    assert suggest_tool_calls(TEXT, "kargo_takip", []) == []  # no order number: the bot asks for it
    assert suggest_tool_calls(TEXT, None, []) == []


def test_a_suggestion_says_what_it_did_or_why_it_could_not() -> None:
    nothing = suggest_calls(TEXT, "kargo_takip", [])
    assert nothing.calls == [] and not nothing.complete
    assert "Öneri yapılamadı" in nothing.message and "(order_number)" in nothing.message
    assert "Önce bir niyet" in suggest_calls(TEXT, None, []).message
    done = suggest_calls(TEXT, "kargo_takip", [span("order_number", ORDER)])
    assert done.complete and "track_shipment" in done.message


def test_a_suggestion_never_puts_the_intent_label_into_a_free_text_argument() -> None:
    label = load_contract().intent("siparis_iptal").label
    suggestion = suggest_calls(TEXT, "siparis_iptal", [span("order_number", ORDER)])
    assert suggestion.calls == [{"name": "cancel_order", "arguments": {"order_number": ORDER, "reason": ""}}]
    assert not suggestion.complete and "cancel_order.reason" in suggestion.message
    assert label not in str(suggest_calls(TEXT, "insan_temsilci", []).calls)


def test_tokens_are_picked_by_readable_unique_labels() -> None:
    tokens = tokenize(TEXT)
    labels = token_labels(tokens)
    assert len(set(labels)) == len(labels)
    assert labels[:3] == ["Merhaba", ",", ORDER] and f"{ORDER}₂" in labels
    first, last = labels.index("249"), labels.index("TL")
    assert span_from_picks(TEXT, [last, first], "amount") == span("amount", "249,90 TL")  # order does not matter
    with pytest.raises(WorkbenchError, match="Pick the span"):
        span_from_picks(TEXT, [], "amount")


# ── Pre-fill ──────────────────────────────────────────────────────────────────────────────────────


def test_prefill_prefers_the_latest_draft_then_gold_then_nothing(engine: Engine) -> None:
    probs = {"siparis_status": 0.6, "kargo_takip": 0.3, "kargo_gecikme": 0.1}
    stale = {"type": "product", "value": "ceket", "start": 0, "end": 5}
    drafted, _ = add_ticket(
        engine, "a", draft={**DRAFT, "intent_probs": probs, "entities": [*DRAFT["entities"], stale]}
    )
    no_calls, _ = add_ticket(engine, "b", draft={**DRAFT, "tool_calls": None, "intent": "kargo_takip"})
    gold = {"intent": "kargo_gecikme", "entities": [span("order_number", ORDER)]}
    golden, _ = add_ticket(engine, "c", gold=gold)
    bare, _ = add_ticket(engine, "d")
    with Session(engine) as session:
        first = prefill_for(session, session.get(Ticket, drafted))
        assert (first.source, first.intent, first.tool_calls_source) == ("draft", "siparis_status", "draft")
        assert first.entities == DRAFT["entities"]  # the span that does not fit the text is not pre-filled
        assert first.tool_calls == DRAFT["tool_calls"]
        assert [i for i, _ in first.alternatives] == ["siparis_status", "kargo_takip", "kargo_gecikme"]
        second = prefill_for(session, session.get(Ticket, no_calls))
        assert second.tool_calls_source == "rules"
        assert second.tool_calls == [{"name": "track_shipment", "arguments": {"order_number": ORDER}}]
        third = prefill_for(session, session.get(Ticket, golden))
        assert (third.source, third.intent, third.tool_calls_source) == ("gold", "kargo_gecikme", "rules")
        fourth = prefill_for(session, session.get(Ticket, bare))
        assert (fourth.source, fourth.intent, fourth.entities, fourth.tool_calls) == ("none", None, [], [])


# ── Next task ─────────────────────────────────────────────────────────────────────────────────────


def test_next_task_order_assignment_skips_and_batches(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    mehmet = make_user(engine, "mehmet", "annotator")
    low, _ = add_ticket(engine, "low", score=1.0, draft=DRAFT)
    high, _ = add_ticket(engine, "high", score=5.0)
    mine, _ = add_ticket(engine, "mine", score=0.5, assigned_to=ayse.id)
    theirs, _ = add_ticket(engine, "theirs", score=9.0, assigned_to=mehmet.id)
    other_batch, _ = add_ticket(engine, "other", score=99.0, batch="b2")

    item = next_task(engine, ayse.id, batch="b1", config=SINGLE)
    assert (item.ticket_id, item.assigned_to_me) == (mine, True)
    assert next_task(engine, mehmet.id, batch="b1", config=SINGLE).ticket_id == theirs
    assert next_task(engine, ayse.id, config=SINGLE).ticket_id == mine  # assignment beats score, any batch
    assert next_task(engine, mehmet.id, config=SINGLE).ticket_id == theirs

    skip_ticket(engine, ayse.id, mine, task_id=item.task_id, reason="emin değilim")
    assert next_task(engine, ayse.id, batch="b1", config=SINGLE).ticket_id == high
    label(engine, ayse.id, high, config=SINGLE)
    item = next_task(engine, ayse.id, batch="b1", config=SINGLE)
    assert item.ticket_id == low and item.prefill.source == "draft"
    label(engine, ayse.id, low, config=SINGLE)
    assert next_task(engine, ayse.id, batch="b1", config=SINGLE) is None  # "theirs" stays with mehmet
    assert next_task(engine, ayse.id, config=SINGLE).ticket_id == other_batch
    # ayse's skip left the task open for the others
    with Session(engine) as session:
        assert session.exec(select(AnnotationTask.status).where(AnnotationTask.ticket_id == mine)).one() == "open"


def test_overlap_offers_a_ticket_to_a_second_annotator(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    mehmet = make_user(engine, "mehmet", "annotator")
    zeynep = make_user(engine, "zeynep", "annotator")
    ticket_id, task_id = add_ticket(engine, "t", draft=DRAFT, assigned_to=ayse.id)
    assert next_task(engine, mehmet.id, config=DOUBLE) is None  # reserved for ayse until she labelled it
    first = label(engine, ayse.id, ticket_id, task_id=task_id, config=DOUBLE)
    assert first.done_tasks == []
    item = next_task(engine, mehmet.id, config=DOUBLE)
    assert (item.ticket_id, item.labelled_by_others) == (ticket_id, 1)
    assert item.prefill.intent == "siparis_status"  # the bot's draft, never ayse's label
    assert next_task(engine, ayse.id, config=DOUBLE) is None
    second = label(engine, mehmet.id, ticket_id, intent="siparis_status", task_id=task_id, config=DOUBLE)
    assert second.done_tasks == [task_id]
    assert next_task(engine, zeynep.id, config=DOUBLE) is None


def test_overlap_share_is_stable_and_about_the_asked_share() -> None:
    chosen = [t for t in range(1, 2001) if in_overlap(t, 0.1)]
    assert 140 <= len(chosen) <= 260
    assert chosen == [t for t in range(1, 2001) if in_overlap(t, 0.1)]
    assert not in_overlap(5, 0.0) and in_overlap(5, 1.0)
    with pytest.raises(WorkbenchError):
        WorkbenchConfig(overlap=1.5)


# ── Save ──────────────────────────────────────────────────────────────────────────────────────────


def test_save_writes_annotation_corrections_task_and_audit(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    ticket_id, task_id = add_ticket(engine, "t", draft=DRAFT)
    entities = [span("order_number", ORDER), span("cargo_company", "ARAS")]
    result = label(engine, ayse.id, ticket_id, entities=entities, task_id=task_id, config=SINGLE)
    assert result.changed == ["intent", "entities", "tool_calls"] and not result.replaced
    assert result.done_tasks == [task_id]
    with Session(engine) as session:
        annotation = session.get(Annotation, result.annotation_id)
        assert (annotation.intent, annotation.user_id, annotation.source, annotation.is_current) == (
            "kargo_takip",
            ayse.id,
            "app",
            True,
        )
        assert annotation.entities == entities
        corrections = {c.field: c for c in session.exec(select(Correction))}
        assert set(corrections) == {"intent", "entities", "tool_calls"}
        intent = corrections["intent"]
        assert (intent.before, intent.after, intent.role, intent.source, intent.user_id) == (
            "siparis_status",
            "kargo_takip",
            "annotator",
            "app",
            ayse.id,
        )
        assert intent.draft_id is not None
        assert session.get(AnnotationTask, task_id).status == "done"
        event = session.exec(select(AuditEvent).where(AuditEvent.action == SAVED_ACTION)).one()
        assert event.user_id == ayse.id and event.details["ticket_id"] == ticket_id and event.details["batch"] == "b1"


def test_accepting_the_draft_records_no_correction(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    ticket_id, _ = add_ticket(engine, "t", draft=DRAFT)
    assert save_annotation(engine, ayse.id, ticket_id, **DRAFT).changed == []
    assert count(engine, Correction) == 0


def test_a_users_new_label_supersedes_only_their_own(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    mehmet = make_user(engine, "mehmet", "annotator")
    ticket_id, _ = add_ticket(engine, "t", draft=DRAFT)
    label(engine, ayse.id, ticket_id)
    label(engine, mehmet.id, ticket_id, intent="siparis_status")
    again = label(engine, ayse.id, ticket_id, intent="kargo_gecikme")
    assert again.replaced and again.changed == ["intent"]  # compared with her previous version, not the draft
    with Session(engine) as session:
        current = session.exec(select(Annotation.user_id, Annotation.intent).where(col(Annotation.is_current))).all()
        assert sorted(current) == sorted([(ayse.id, "kargo_gecikme"), (mehmet.id, "siparis_status")])
        assert session.exec(select(func.count()).select_from(Annotation)).one() == 3
        last = session.exec(select(Correction).order_by(col(Correction.id).desc())).first()
        assert (last.before, last.after) == ("kargo_takip", "kargo_gecikme")


def test_bad_input_writes_nothing(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    ticket_id, task_id = add_ticket(engine, "t", draft=DRAFT)
    other_id, _ = add_ticket(engine, "u")
    before = [count(engine, m) for m in (Annotation, Correction, AuditEvent)]
    bad = {"type": "order_number", "value": "4815162343", "start": 9, "end": 19}
    with pytest.raises(WorkbenchError, match="span 9:19"):
        label(engine, ayse.id, ticket_id, entities=[bad], task_id=task_id)
    with pytest.raises(WorkbenchError, match="unexpected argument"):
        label(
            engine,
            ayse.id,
            ticket_id,
            tool_calls=[{"name": "track_shipment", "arguments": {"order_number": ORDER, "x": 1}}],
        )
    with pytest.raises(WorkbenchError, match="not a task of ticket"):
        label(engine, ayse.id, other_id, task_id=task_id)
    with pytest.raises(WorkbenchError, match="no ticket"):
        label(engine, ayse.id, 999)
    with pytest.raises(WorkbenchError, match="no active user"):
        label(engine, 999, ticket_id)
    assert [count(engine, m) for m in (Annotation, Correction, AuditEvent)] == before
    with Session(engine) as session:
        assert session.get(AnnotationTask, task_id).status == "open"


# ── Mini-dataset, progress, agreement ─────────────────────────────────────────────────────────────


def test_mini_tickets_are_queued_once(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    by_id, _ = add_ticket(
        engine, "id:mini-7-000001", external_id="mini-7-000001", source="import:mini.jsonl", batch=None
    )
    by_source, _ = add_ticket(engine, "m2", source="mini", batch=None)
    done, _ = add_ticket(engine, "m3", source="mini", batch=None)
    add_ticket(engine, "pool", source="demo", external_id="pool-7-000001", batch=None)
    label(engine, ayse.id, done)
    assert sync_mini_tasks(engine) == 2
    assert sync_mini_tasks(engine) == 0
    with Session(engine) as session:
        tasks = session.exec(select(AnnotationTask.ticket_id, AnnotationTask.batch)).all()
    assert sorted(tasks) == [(by_id, "mini"), (by_source, "mini")]
    assert next_task(engine, ayse.id, batch="mini", config=SINGLE).ticket_id == by_id


def test_config_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTEK_WORKBENCH_OVERLAP", "0.25")
    monkeypatch.setenv("DESTEK_MINI_SOURCES", "mini, seed-set")
    config = WorkbenchConfig.from_env()
    assert config.overlap == 0.25 and config.mini_sources == frozenset({"mini", "seed-set"})
    monkeypatch.setenv("DESTEK_WORKBENCH_OVERLAP", "half")
    with pytest.raises(WorkbenchError, match="must be a number"):
        WorkbenchConfig.from_env()


def test_progress_counts_done_labels_skips_and_second_labels(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    mehmet = make_user(engine, "mehmet", "annotator")
    tickets = [add_ticket(engine, f"t{n}", draft=DRAFT) for n in range(4)]
    add_ticket(engine, "other", batch="b2")
    label(engine, ayse.id, tickets[0][0], config=SINGLE)
    label(engine, ayse.id, tickets[1][0], config=DOUBLE)  # waits for a second annotator
    skip_ticket(engine, mehmet.id, tickets[2][0], task_id=tickets[2][1])
    (b1,) = progress(engine, "b1")
    assert (b1.batch, b1.total, b1.done, b1.open, b1.awaiting_second) == ("b1", 4, 1, 3, 1)
    assert b1.fraction == 0.25
    assert b1.labels == {"ayse": 2} and b1.skips == {"mehmet": 1}
    label(engine, mehmet.id, tickets[1][0], config=DOUBLE)
    assert progress(engine, "b1")[0].done == 2
    assert [p.batch for p in progress(engine)] == ["b1", "b2"]
    assert progress(engine, "nope") == []


def test_an_annotators_own_save_counts_for_them_while_it_waits_for_a_second(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    ticket_id, task_id = add_ticket(engine, "t1", draft=DRAFT)
    result = save_annotation(
        engine, ayse.id, ticket_id, intent="siparis_status", entities=[], tool_calls=[], task_id=task_id, config=DOUBLE
    )
    assert result.awaiting_second and result.done_tasks == []
    (b1,) = progress(engine, "b1", user_id=ayse.id)
    assert (b1.done, b1.done_for_me, b1.mine_awaiting_second) == (0, 1, 1)
    assert progress(engine, "b1")[0].done_for_me == 0  # nobody asked: only finished tasks
    single = save_annotation(
        engine, ayse.id, add_ticket(engine, "t2", draft=DRAFT)[0], intent="siparis_status", entities=[],
        tool_calls=[], config=SINGLE,
    )  # fmt: skip
    assert not single.awaiting_second


def test_the_page_fills_an_empty_queue_like_destek_select_and_audits_it(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    for n in range(3):
        add_ticket(engine, f"p{n}", batch=None)  # not drafted yet: the baseline strategy
    tasks = fill_queue_from_page(engine, ayse.id)
    assert len(tasks) == 3 and {t.strategy for t in tasks} == {"random"}
    assert next_task(engine, ayse.id) is not None
    with Session(engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "workbench.queue_filled")).one()
    assert event.user_id == ayse.id and event.details["n"] == 3
    assert fill_queue_from_page(engine, ayse.id) == []  # the pool is empty now


def test_cohen_kappa_known_values() -> None:
    assert cohen_kappa(["x", "y", "x"], ["x", "y", "y"]) == pytest.approx(0.4)
    assert cohen_kappa(["x", "y"], ["x", "y"]) == pytest.approx(1.0)
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # chance agreement is already 1: undefined
    with pytest.raises(ValueError):
        cohen_kappa(["x"], [])


def test_agreement_between_two_annotators(engine: Engine) -> None:
    ayse = make_user(engine, "ayse", "annotator")
    mehmet = make_user(engine, "mehmet", "annotator")
    one, two, three = (add_ticket(engine, f"t{n}", draft=DRAFT)[0] for n in range(3))
    alone, _ = add_ticket(engine, "alone", batch="b2")
    order, aras = span("order_number", ORDER), span("cargo_company", "ARAS")
    label(engine, ayse.id, one, intent="kargo_takip", config=DOUBLE)
    label(engine, mehmet.id, one, intent="kargo_takip", config=DOUBLE)
    label(engine, ayse.id, two, intent="siparis_status", entities=[order, aras], config=DOUBLE)
    label(engine, mehmet.id, two, intent="siparis_status", entities=[order], config=DOUBLE)
    label(engine, ayse.id, three, intent="kargo_takip", config=DOUBLE)
    label(engine, mehmet.id, three, intent="siparis_status", config=DOUBLE)
    label(engine, ayse.id, alone, config=DOUBLE)

    report = agreement(engine)
    assert (report.n_tickets, report.n_pairs) == (3, 3)
    assert report.intent_agreement == pytest.approx(2 / 3)
    assert report.kappa == pytest.approx(0.4)
    assert report.entity_agreement == pytest.approx(2 / 3)
    (pair,) = report.pairs
    assert (pair.annotator_a, pair.annotator_b, pair.n) == ("ayse", "mehmet", 3)
    assert pair.kappa == pytest.approx(0.4) and pair.tool_call_agreement == pytest.approx(1.0)
    assert [(d.ticket_id, d.fields) for d in report.disagreements] == [(two, ["entities"]), (three, ["intent"])]
    assert report.disagreements[1].labels == {
        "ayse": {"intent": "kargo_takip", "entities": [order], "tool_calls": TRACK},
        "mehmet": {"intent": "siparis_status", "entities": [order], "tool_calls": TRACK},
    }
    assert agreement(engine, batch="b2").n_tickets == 0
    # a relabel replaces the annotator's earlier label in the comparison
    label(engine, mehmet.id, three, intent="kargo_takip", config=DOUBLE)
    assert agreement(engine).intent_agreement == pytest.approx(1.0)


def test_dataset_sees_one_current_label_per_annotator_and_picks_deterministically(engine: Engine) -> None:
    from training.dataset import collect_examples, dedupe

    ayse = make_user(engine, "ayse", "annotator")
    mehmet = make_user(engine, "mehmet", "annotator")
    ticket_id, _ = add_ticket(engine, "t", draft=DRAFT)
    label(engine, ayse.id, ticket_id, intent="kargo_takip")
    label(engine, mehmet.id, ticket_id, intent="kargo_gecikme")
    with Session(engine) as session:
        examples, skipped = collect_examples(session, load_contract())
    assert skipped == [] and sorted(e.intent for e in examples) == ["kargo_gecikme", "kargo_takip"]
    picked = dedupe(examples)
    assert [e.intent for e in picked] == ["kargo_gecikme"]  # the newest label wins, as for any two labels
    assert dedupe(list(reversed(examples))) == picked
