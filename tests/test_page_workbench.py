"""The workbench page in AppTest: label with a corrected intent and new spans, skip, progress, agreement, roles.

Every flow is checked in the database afterwards, not only on the screen.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from streamlit.testing.v1 import AppTest

from db.models import Annotation, AnnotationTask, AuditEvent, Correction, Draft, Ticket
from labeling.workbench import SAVED_ACTION, SKIPPED_ACTION, tokenize
from tests.conftest import make_user, open_page

TEXT = "Merhaba, 4815162342 nolu siparişim nerede? Aras kargo ile 249,90 TL ödedim."
ORDER = "4815162342"
ORDER_SPAN = {"type": "order_number", "value": ORDER, "start": 9, "end": 19}
DRAFT = {
    "intent": "siparis_status",
    "entities": [ORDER_SPAN],
    "tool_calls": [{"name": "get_order_status", "arguments": {"order_number": ORDER}}],
    "intent_probs": {"siparis_status": 0.55, "kargo_takip": 0.4},
}
TRACK = [{"name": "track_shipment", "arguments": {"order_number": ORDER}}]


def add_ticket(engine: Engine, key: str, *, score: float = 0.0, text: str = TEXT) -> tuple[int, int]:
    """A drafted ticket with an open task in batch "b1"; returns (ticket id, task id)."""
    with Session(engine) as session:
        ticket = Ticket(dedupe_key=key, text=text, source="demo")
        session.add(ticket)
        session.flush()
        session.add(Draft(ticket_id=ticket.id, model="test", confidence=0.55, **DRAFT))
        task = AnnotationTask(ticket_id=ticket.id, batch="b1", strategy="margin", score=score)
        session.add(task)
        session.commit()
        return ticket.id, task.id


def texts(app: AppTest, kind: str) -> str:
    """Everything shown by elements of one kind (a progress bar's text rather than its number)."""
    if kind == "progress":
        return "\n".join(element.proto.text for element in app.get(kind))
    return "\n".join(str(element.value) for element in app.get(kind))


def no_errors(app: AppTest) -> AppTest:
    assert not app.exception, [e.value for e in app.exception]
    return app


def save(app: AppTest) -> AppTest:
    return no_errors(app.button(key="wb_save").click().run())


def pick_tokens(app: AppTest, ticket_id: int, picks: list[int]) -> None:
    """Click tokens of the text (the pills whose key changes after every added span)."""
    pills = next(p for p in app.pills if p.key and p.key.startswith(f"wb_tokens_{ticket_id}_"))
    pills.set_value(picks)


def test_annotator_corrects_the_intent_adds_spans_and_saves(app_engine: Engine) -> None:
    ayse = make_user(app_engine, "ayse", "annotator")
    ticket_id, task_id = add_ticket(app_engine, "t1")
    app = no_errors(open_page("workbench", ayse))
    assert "<mark" in texts(app, "html") and ORDER in texts(app, "html")
    assert app.selectbox(key=f"wb_intent_{ticket_id}").value == "siparis_status"  # the draft, pre-filled
    assert "0 / 1" in texts(app, "progress")

    app.selectbox(key=f"wb_intent_{ticket_id}").select("kargo_takip")
    app.text_input(key=f"wb_sub_{ticket_id}").input("aras")
    app.selectbox(key=f"wb_stype_{ticket_id}").select("cargo_company")
    no_errors(app.button(key=f"wb_addsub_{ticket_id}").click().run())
    tokens = [t.index for t in tokenize(TEXT) if t.text in {"249", "TL"}]
    pick_tokens(app, ticket_id, tokens)  # one click on the first and one on the last token
    no_errors(app.run())
    assert "«249,90 TL»" in texts(app, "caption")  # the picked text, not offsets
    app.selectbox(key=f"wb_ttype_{ticket_id}").select("amount")
    no_errors(app.button(key=f"wb_addtok_{ticket_id}").click().run())
    assert "249,90 TL" in texts(app, "html") and "Aras" in texts(app, "html")
    no_errors(app.button(key=f"wb_suggest_{ticket_id}").click().run())  # calls from the corrected intent
    save(app)

    assert "kaydedildi" in texts(app, "success")
    assert "1 / 1" in texts(app, "progress")
    with Session(app_engine) as session:
        annotation = session.exec(select(Annotation)).one()
        assert (annotation.ticket_id, annotation.user_id, annotation.intent) == (ticket_id, ayse.id, "kargo_takip")
        assert annotation.entities == [
            ORDER_SPAN,
            {"type": "cargo_company", "value": "Aras", "start": 43, "end": 47},
            {"type": "amount", "value": "249,90 TL", "start": 58, "end": 67},
        ]
        assert annotation.tool_calls == TRACK
        corrections = session.exec(select(Correction).order_by(col(Correction.id))).all()
        assert [(c.field, c.role, c.source, c.user_id) for c in corrections] == [
            ("intent", "annotator", "app", ayse.id),
            ("entities", "annotator", "app", ayse.id),
            ("tool_calls", "annotator", "app", ayse.id),
        ]
        assert (corrections[0].before, corrections[0].after) == ("siparis_status", "kargo_takip")
        assert session.get(AnnotationTask, task_id).status == "done"
        assert session.exec(select(AuditEvent.user_id).where(AuditEvent.action == SAVED_ACTION)).all() == [ayse.id]


def test_removing_a_span_and_changing_its_type(app_engine: Engine) -> None:
    ayse = make_user(app_engine, "ayse", "annotator")
    ticket_id, _ = add_ticket(app_engine, "t1")
    app = no_errors(open_page("workbench", ayse))
    app.text_input(key=f"wb_sub_{ticket_id}").input("Aras kargo")
    no_errors(app.button(key=f"wb_addsub_{ticket_id}").click().run())
    type_boxes = [s for s in app.selectbox if s.key and s.key.startswith(f"wb_etype_{ticket_id}_")]
    assert len(type_boxes) == 2
    type_boxes[1].select("cargo_company")
    first_remove = next(b for b in app.button if b.key and b.key.startswith(f"wb_edel_{ticket_id}_"))
    no_errors(first_remove.click().run())  # removes the order number
    save(app)
    with Session(app_engine) as session:
        annotation = session.exec(select(Annotation)).one()
    assert annotation.entities == [{"type": "cargo_company", "value": "Aras kargo", "start": 43, "end": 53}]


def test_bad_tool_arguments_are_refused_and_nothing_is_written(app_engine: Engine) -> None:
    ayse = make_user(app_engine, "ayse", "annotator")
    ticket_id, task_id = add_ticket(app_engine, "t1")
    app = no_errors(open_page("workbench", ayse))
    args = next(t for t in app.text_area if t.key and t.key.startswith(f"wb_cargs_{ticket_id}_"))
    args.input('{"order_number": "12"}')
    save(app)
    assert "8 to 11 digits" in texts(app, "error")
    with Session(app_engine) as session:
        assert session.exec(select(Annotation)).all() == []
        assert session.exec(select(Correction)).all() == []
        assert session.get(AnnotationTask, task_id).status == "open"


def test_skip_moves_on_and_leaves_the_task_open(app_engine: Engine) -> None:
    ayse = make_user(app_engine, "ayse", "annotator")
    mehmet = make_user(app_engine, "mehmet", "annotator")
    first, first_task = add_ticket(app_engine, "t1", score=2.0)
    second, _ = add_ticket(app_engine, "t2", score=1.0)
    app = no_errors(open_page("workbench", ayse))
    assert app.selectbox(key=f"wb_intent_{first}")  # the higher-scored ticket first
    app.text_input(key=f"wb_reason_{first}").input("emin değilim")
    no_errors(app.button(key="wb_skip").click().run())
    assert "atlandı" in texts(app, "success")
    assert app.selectbox(key=f"wb_intent_{second}").value == "siparis_status"
    with Session(app_engine) as session:
        assert session.get(AnnotationTask, first_task).status == "open"
        event = session.exec(select(AuditEvent).where(AuditEvent.action == SKIPPED_ACTION)).one()
        assert event.user_id == ayse.id and event.details["ticket_id"] == first
        assert event.details["reason"] == "emin değilim"
    # another annotator still gets the skipped ticket
    other = no_errors(open_page("workbench", mehmet))
    assert other.selectbox(key=f"wb_intent_{first}")


def test_progress_and_the_end_of_a_batch(app_engine: Engine) -> None:
    ayse = make_user(app_engine, "ayse", "annotator")
    first, _ = add_ticket(app_engine, "t1", score=2.0)
    second, _ = add_ticket(app_engine, "t2", score=1.0)
    app = no_errors(open_page("workbench", ayse))
    assert "0 / 2" in texts(app, "progress")
    app.selectbox(key="wb_batch").select("b1")
    no_errors(app.run())
    save(app)
    assert "1 / 2" in texts(app, "progress") and "ayse: 1" in texts(app, "caption")
    save(app)
    assert "2 / 2" in texts(app, "progress")
    assert "kalmadı" in texts(app, "success")
    with Session(app_engine) as session:
        done = session.exec(select(AnnotationTask.ticket_id).where(AnnotationTask.status == "done")).all()
    assert sorted(done) == [first, second]


def test_two_annotators_give_agreement_and_a_disagreement(app_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTEK_WORKBENCH_OVERLAP", "1")  # every ticket gets a second annotator
    ayse = make_user(app_engine, "ayse", "annotator")
    mehmet = make_user(app_engine, "mehmet", "annotator")
    same, same_task = add_ticket(app_engine, "t1", score=2.0)
    differ, _ = add_ticket(app_engine, "t2", score=1.0)
    chosen: dict[tuple[str, int], str] = {("ayse", differ): "kargo_takip", ("mehmet", differ): "kargo_gecikme"}
    for user in (ayse, mehmet):
        app = no_errors(open_page("workbench", user))
        for ticket_id in (same, differ):
            intent = chosen.get((user.username, ticket_id))
            if intent:
                app.selectbox(key=f"wb_intent_{ticket_id}").select(intent)
            save(app)
    assert "Henüz iki" not in texts(app, "info")
    metrics: dict[str, Any] = {m.label: m.value for m in app.metric}
    assert metrics["Ortak bilet (shared tickets)"] == "2"
    assert metrics["Niyet uyumu (intent agreement)"] == "50%"
    assert metrics["Varlık uyumu (entity agreement)"] == "100%"
    assert [e.label for e in app.expander] == [f"Bilet #{differ} · niyet (intent)"]
    with Session(app_engine) as session:
        current = session.exec(select(Annotation.ticket_id, Annotation.user_id).where(col(Annotation.is_current)))
        assert sorted(current) == sorted([(same, ayse.id), (same, mehmet.id), (differ, ayse.id), (differ, mehmet.id)])
        assert session.get(AnnotationTask, same_task).status == "done"


def test_an_agent_may_not_open_the_workbench(app_engine: Engine) -> None:
    agent = make_user(app_engine, "ajan", "agent")
    add_ticket(app_engine, "t1")
    app = no_errors(open_page("workbench", agent))
    assert "rolüne kapalı" in texts(app, "error")
    assert not app.selectbox and not app.button


def test_signed_out_visitors_are_sent_to_sign_in(app_engine: Engine) -> None:
    add_ticket(app_engine, "t1")
    app = no_errors(open_page("workbench", None))
    assert "oturum açın" in texts(app, "warning")
    assert not app.selectbox and not app.button


def test_an_admin_may_label(app_engine: Engine) -> None:
    admin = make_user(app_engine, "yonetici", "admin")
    ticket_id, _ = add_ticket(app_engine, "t1")
    app = no_errors(open_page("workbench", admin))
    save(app)
    with Session(app_engine) as session:
        assert session.exec(select(Annotation.ticket_id, Annotation.user_id)).all() == [(ticket_id, admin.id)]


def test_an_empty_queue_explains_what_fills_it_and_its_button_fills_it(app_engine: Engine) -> None:
    ayse = make_user(app_engine, "ayse", "annotator")
    with Session(app_engine) as session:
        session.add_all([Ticket(dedupe_key=f"p{n}", text=TEXT, source="demo") for n in range(3)])
        session.commit()
    app = no_errors(open_page("workbench", ayse))
    assert "kuyruğu boş" in texts(app, "info") and "destek select" in texts(app, "caption")
    no_errors(app.button(key="wb_fill").click().run())
    assert "3 bilet kuyruğa eklendi" in texts(app, "success")
    assert "0 / 3" in texts(app, "progress")
    assert any(s.key and s.key.startswith("wb_intent_") for s in app.selectbox)  # a ticket to label
    with Session(app_engine) as session:
        assert len(session.exec(select(AnnotationTask)).all()) == 3


def test_suggest_from_rules_says_why_it_could_not(app_engine: Engine) -> None:
    ayse = make_user(app_engine, "ayse", "annotator")
    ticket_id, _ = add_ticket(app_engine, "t1")
    app = no_errors(open_page("workbench", ayse))
    first_remove = next(b for b in app.button if b.key and b.key.startswith(f"wb_edel_{ticket_id}_"))
    no_errors(first_remove.click().run())  # no order number left
    no_errors(app.button(key=f"wb_suggest_{ticket_id}").click().run())
    assert "Öneri yapılamadı" in texts(app, "warning")
    app.selectbox(key=f"wb_intent_{ticket_id}").select("insan_temsilci")
    no_errors(app.button(key=f"wb_suggest_{ticket_id}").click().run())
    assert "transfer_to_human" in texts(app, "warning") and "boş bırakıldı" in texts(app, "warning")
    args = next(t for t in app.text_area if t.key and t.key.startswith(f"wb_cargs_{ticket_id}_"))
    assert '"reason": ""' in args.value and "temsilci" not in args.value.lower()


def test_a_save_that_waits_for_a_second_annotator_counts_and_says_so(
    app_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESTEK_WORKBENCH_OVERLAP", "1")
    ayse = make_user(app_engine, "ayse", "annotator")
    add_ticket(app_engine, "t1", score=5.0)
    app = no_errors(open_page("workbench", ayse))
    caption = next(c for c in app.caption if "öncelik puanı" in str(c.value))
    assert "(active-learning priority) 5" in caption.value and "uncertainty" in caption.proto.help
    save(app)
    assert "1 / 1" in texts(app, "progress") and "ikinci etiketleyiciyi bekliyor" in texts(app, "progress")
    assert "(The ticket waits for a second annotator" in texts(app, "success")
