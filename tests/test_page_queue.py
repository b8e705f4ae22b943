"""The review queue page in AppTest: every agent action through the widgets, checked in the database afterwards."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select
from streamlit.testing.v1 import AppTest

from db.demo import DemoData
from db.models import Correction, ProblemCase, Ticket
from labeling.workbench import tokenize
from serving import review
from serving.drafting import DRAFT_FAILED, DRAFTED
from tests.conftest import make_user, open_page
from tests.test_review import Queue, _build_queue, _identical_pair

APPROVE = "Onayla (approve)"
CONFIRM = "Uyarıları gördüm, yine de onayla (approve despite the warnings)"


@pytest.fixture
def queue(app_engine: Engine, demo_data: DemoData) -> Queue:
    return _build_queue(app_engine, demo_data)


def widget(widgets: Any, label: str) -> Any:
    return next(w for w in widgets if w.label == label)


def click(app: AppTest, label: str) -> AppTest:
    return widget(app.button, label).click().run()


def approve_ticket(app: AppTest) -> AppTest:
    """Click Approve, ticking the confirmation first where the draft has warnings (a low-confidence draft)."""
    confirm = [box for box in app.checkbox if box.label == CONFIRM]
    if confirm:
        app = confirm[0].check().run()
    return click(app, APPROVE)


def corrections(engine: Engine, ticket_id: int) -> list[Correction]:
    with Session(engine) as session:
        statement = select(Correction).where(Correction.ticket_id == ticket_id).order_by(Correction.id)
        return list(session.exec(statement).all())


def ticket(engine: Engine, ticket_id: int) -> Ticket:
    with Session(engine) as session:
        return session.get(Ticket, ticket_id)


def assert_clean(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]


def test_signed_out_and_wrong_role_are_refused(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", None)
    assert "oturum açın" in app.warning[0].value and not app.title
    annotator = make_user(app_engine, "etiketci", "annotator")
    app = open_page("queue", annotator)
    assert "rolüne kapalı" in app.error[0].value and not app.button


def test_queue_screen_and_approve_moves_to_the_next_ticket(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    assert_clean(app)
    assert app.title[0].value.startswith("İnceleme kuyruğu")
    assert "Taslaklar hazırlanıyor: 3/4" in app.get("progress")[0].proto.text  # one ticket still pending
    assert app.selectbox(key="queue_pick").value == queue.damaged  # oldest first
    assert len(app.dataframe[0].value) == 2
    text = app.html[0].proto.body
    assert f'data-entity="order_number">{queue.damaged_order}' in text and "&lt;b&gt;" in text
    assert widget(app.selectbox, "Niyet (intent)").value == "hasarli_urun"
    assert any("Alt+A" in c.value for c in app.caption)
    assert any(queue.damaged_order in m.value for m in app.markdown)  # order facts beside the draft
    results = [c.value for c in app.caption if "Sonuç (result):" in c.value]  # readable, not a folded {...}
    assert results and f"order_number: {queue.damaged_order}" in results[0] and "Sonuç (result): —" not in results[0]
    cases = _problem_cases(app_engine)

    app = approve_ticket(app)
    assert_clean(app)
    assert ticket(app_engine, queue.damaged).status == "approved"
    (approve,) = corrections(app_engine, queue.damaged)
    assert (approve.field, approve.user_id, approve.role) == ("approve", queue.agent_id, "agent")
    assert _problem_cases(app_engine) == cases + 1  # the draft's side effect ran on approve
    assert "onaylandı" in app.toast[0].value
    assert app.selectbox(key="queue_pick").value == queue.status  # moved on by itself
    assert len(app.dataframe[0].value) == 1


def test_edit_the_reply_and_approve(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    app.selectbox(key="queue_pick").set_value(queue.status).run()
    widget(app.text_area, "Yanıt (reply)").set_value("Merhaba, siparişiniz yolda; iyi günler.")
    app = approve_ticket(app)
    assert_clean(app)
    fields = [(c.field, c.after) for c in corrections(app_engine, queue.status)]
    assert fields[0] == ("reply", "Merhaba, siparişiniz yolda; iyi günler.") and fields[1][0] == "approve"


def test_an_unsent_reply_survives_a_reload_until_the_ticket_is_handled(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    app.selectbox(key="queue_pick").set_value(queue.status).run()
    widget(app.text_area, "Yanıt (reply)").input("Merhaba, hemen bakıyorum.").run()
    assert_clean(app)
    reloaded = open_page("queue", queue.agent)  # a new browser session: nothing in session state
    reloaded.selectbox(key="queue_pick").set_value(queue.status).run()
    assert widget(reloaded.text_area, "Yanıt (reply)").value == "Merhaba, hemen bakıyorum."
    assert any("saklandı" in c.value for c in reloaded.caption)
    other = open_page("queue", queue.other_agent)  # another agent's reply is theirs alone
    other.selectbox(key="queue_pick").set_value(queue.status).run()
    assert widget(other.text_area, "Yanıt (reply)").value != "Merhaba, hemen bakıyorum."

    reloaded = click(reloaded, "Taslağa dön (back to the draft)")
    draft_reply = widget(reloaded.text_area, "Yanıt (reply)").value
    assert draft_reply != "Merhaba, hemen bakıyorum." and not any("saklandı" in c.value for c in reloaded.caption)
    with Session(app_engine) as session:
        assert review.unsaved_reply(session, queue.status, queue.agent.id) is None

    widget(reloaded.text_area, "Yanıt (reply)").input("Merhaba, siparişiniz yolda.").run()
    reloaded = approve_ticket(reloaded)
    assert_clean(reloaded)
    assert corrections(app_engine, queue.status)[0].after == "Merhaba, siparişiniz yolda."
    with Session(app_engine) as session:
        assert review.unsaved_reply(session, queue.status, queue.agent.id) is None


def test_correct_intent(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    app.selectbox(key="queue_pick").set_value(queue.status).run()
    assert "kargo_takip" in widget(app.selectbox, "Niyet (intent)").options[8]  # "Kargo takibi · kargo_takip"
    widget(app.selectbox, "Niyet (intent)").set_value("kargo_takip")
    app = click(app, "Niyeti düzelt (correct intent)")
    assert_clean(app)
    fields = {c.field: c.after for c in corrections(app_engine, queue.status)}
    assert fields["intent"] == "kargo_takip" and fields["tool_calls"][0]["name"] == "track_shipment"
    assert ticket(app_engine, queue.status).version == 2
    assert widget(app.selectbox, "Niyet (intent)").value == "kargo_takip"
    assert any("track_shipment" in m.value for m in app.markdown)
    assert "düzeltildi" in app.toast[0].value


def test_fix_entities_with_the_table(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    key = f"queue_entities_{queue.damaged}_1"
    assert app.data_editor(key=key).value["value"].tolist() == [queue.damaged_order]
    app.session_state[key] = {
        "edited_rows": {},
        "added_rows": [{"type": "product", "value": "pasta"}],
        "deleted_rows": [],
    }
    app = click(app, "Varlıkları kaydet (save entities)")
    assert "geçmiyor" in app.error[0].value and corrections(app_engine, queue.damaged) == []

    app = open_page("queue", queue.agent)
    app.session_state[key] = {
        "edited_rows": {},
        "added_rows": [{"type": "product", "value": "bardak"}],
        "deleted_rows": [],
    }
    app = click(app, "Varlıkları kaydet (save entities)")
    assert_clean(app)
    (entities, calls) = [c for c in corrections(app_engine, queue.damaged)]
    assert entities.field == "entities" and [e["type"] for e in entities.after] == ["order_number", "product"]
    assert calls.field == "tool_calls" and calls.after[0]["arguments"]["product"] == "bardak"
    assert app.data_editor(key=f"queue_entities_{queue.damaged}_2").value["value"].tolist() == [
        queue.damaged_order,
        "bardak",
    ]
    assert 'data-entity="product">bardak' in app.html[0].proto.body


def test_edit_tool_call_preview_then_save(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    cases = _problem_cases(app_engine)
    arguments = widget(app.text_area, "Argümanlar (arguments, JSON)")
    arguments.set_value(f'{{"order_number": "{queue.damaged_order}", "problem_type": "eksik_urun"}}')
    app = click(app, "Önizle (preview)")
    assert_clean(app)
    assert any("Önizleme yanıtı" in i.value and "VK" in i.value for i in app.info)
    assert corrections(app_engine, queue.damaged) == [] and _problem_cases(app_engine) == cases  # nothing saved

    widget(app.text_area, "Argümanlar (arguments, JSON)").set_value('{"order_number": "12"}')
    app = click(app, "Önizle (preview)")
    assert "Geçersiz araç çağrısı" in app.error[0].value

    widget(app.text_area, "Argümanlar (arguments, JSON)").set_value(
        f'{{"order_number": "{queue.damaged_order}", "problem_type": "eksik_urun"}}'
    )
    app = click(app, "Çağrıyı kaydet (save call)")
    assert_clean(app)
    (saved,) = [c for c in corrections(app_engine, queue.damaged) if c.field == "tool_calls"]
    assert saved.after[0]["arguments"]["problem_type"] == "eksik_urun" and saved.user_id == queue.agent_id
    assert _problem_cases(app_engine) == cases  # side effects wait for approve


def test_escalate_with_a_reason(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    app = click(app, "Yükselt (escalate)")
    assert "gerekçe" in app.error[0].value and ticket(app_engine, queue.damaged).status == DRAFTED
    widget(app.text_input, "Yükseltme nedeni (escalation reason)").set_value("Fotoğraf istenmeli")
    app = click(app, "Yükselt (escalate)")
    assert_clean(app)
    assert ticket(app_engine, queue.damaged).status == "escalated"
    (escalation,) = corrections(app_engine, queue.damaged)
    assert (escalation.field, escalation.after) == ("escalate", {"reason": "Fotoğraf istenmeli"})
    assert app.selectbox(key="queue_pick").value == queue.status


def test_concurrent_edit_is_refused_then_reload_works(app_engine: Engine, queue: Queue) -> None:
    first = open_page("queue", queue.agent)  # claims the oldest ticket
    second = open_page("queue", queue.other_agent)
    assert second.selectbox(key="queue_pick").value == queue.status  # a claimed ticket is not handed out twice
    assert list(second.dataframe[0].value["Çalışan (claimed by)"]) == ["ajan", ""]
    second.selectbox(key="queue_pick").set_value(queue.damaged).run()
    assert any("çalışıyor" in w.value for w in second.warning) and widget(second.button, APPROVE).disabled
    widget(first.selectbox, "Niyet (intent)").set_value("eksik_urun")
    first = click(first, "Niyeti düzelt (correct intent)")
    assert_clean(first)

    second = click(second, "Devral (take over)")  # the claim moves; the version second saw is still the old one
    assert not any("çalışıyor" in w.value for w in second.warning)
    second = approve_ticket(second)
    assert "değiştirildi" in second.error[0].value and "ajan" in second.error[0].value
    assert ticket(app_engine, queue.damaged).status == DRAFTED
    written = corrections(app_engine, queue.damaged)  # only the first agent's correction (calls and reply follow)
    assert [c.field for c in written] == ["intent", "tool_calls", "reply"]
    assert {c.user_id for c in written} == {queue.agent_id}
    assert any("Yenile" in w.value for w in second.warning)

    second = click(second, "Yenile (reload)")
    assert widget(second.selectbox, "Niyet (intent)").value == "eksik_urun"
    second = approve_ticket(second)
    assert_clean(second)
    assert ticket(app_engine, queue.damaged).status == "approved"
    approve = corrections(app_engine, queue.damaged)[-1]
    assert (approve.field, approve.user_id, approve.after["intent"]) == ("approve", queue.other_agent_id, "eksik_urun")


def test_next_button_and_filters(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    app = click(app, "Sonraki (next)")
    assert app.selectbox(key="queue_pick").value == queue.status
    app.multiselect(key="queue_f_reasons").set_value(["intent_needs_human"]).run()
    assert app.selectbox(key="queue_pick").value == queue.damaged and len(app.dataframe[0].value) == 1
    app.multiselect(key="queue_f_intents").set_value(["kargo_takip"]).run()
    assert "Filtrelere uyan talep yok" in app.info[0].value and not app.success


def _problem_cases(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(ProblemCase)).one()


def test_a_ticket_approved_elsewhere_stays_on_screen_and_is_not_approved_twice(
    app_engine: Engine, queue: Queue
) -> None:
    app = open_page("queue", queue.agent)
    widget(app.text_area, "Yanıt (reply)").set_value("Benim yanıtım")
    with Session(app_engine) as session:
        review.claim_ticket(session, queue.damaged, queue.other_agent_id, take_over=True)
        review.approve(session, queue.damaged, 1, queue.other_agent_id)
    app = approve_ticket(app)
    assert app.selectbox(key="queue_pick").value == queue.damaged  # not silently swapped for another ticket
    assert any("inceleme beklemiyor (durum: onaylandı (approved)" in w.value for w in app.warning)
    assert widget(app.button, APPROVE).disabled
    assert widget(app.text_area, "Yanıt (reply)").value == "Benim yanıtım"  # the agent's text is still there
    assert [(c.field, c.user_id) for c in corrections(app_engine, queue.damaged)] == [("approve", queue.other_agent_id)]
    assert ticket(app_engine, queue.status).status == DRAFTED
    app = click(app, "Sonraki (next)")
    assert app.selectbox(key="queue_pick").value == queue.status


def test_a_failed_draft_is_shown_above_the_queue_and_retried_from_it(app_engine: Engine, queue: Queue) -> None:
    with Session(app_engine) as session:
        broken = session.get(Ticket, queue.pending)
        broken.status, broken.draft_error, broken.draft_attempts = DRAFT_FAILED, "OverflowError", 3
        session.add(broken)
        session.commit()
    app = open_page("queue", queue.agent)
    assert_clean(app)
    assert any("drafting failed): 1" in e.label for e in app.expander)
    assert any("taslağı başarısız (drafting failed): 1" in c.value for c in app.caption)
    table = app.dataframe[0].value
    assert list(table["Hata türü (error type)"]) == ["OverflowError"] and list(table["Deneme (attempts)"]) == [3]
    app = click(app, "Şimdi yeniden dene (retry now)")
    assert_clean(app)
    assert ticket(app_engine, queue.pending).status == "pending"
    assert not any("drafting failed)" in e.label for e in app.expander)


def test_a_low_confidence_draft_needs_a_tick_and_an_approval_can_be_undone(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    app.selectbox(key="queue_pick").set_value(queue.status).run()
    assert any("Düşük güven" in w.value for w in app.warning)
    assert widget(app.button, APPROVE).disabled  # one keystroke cannot send a doubtful draft
    app = widget(app.checkbox, CONFIRM).check().run()
    assert not widget(app.button, APPROVE).disabled
    app = click(app, APPROVE)
    assert_clean(app)
    assert ticket(app_engine, queue.status).status == "approved"
    assert any(f"#{queue.status}" in m.value and "onaylandı" in m.value for m in app.sidebar.markdown)

    app = click(app, "Geri al (undo)")
    assert_clean(app)
    assert ticket(app_engine, queue.status).status == DRAFTED
    assert app.selectbox(key="queue_pick").value == queue.status  # back on screen, ready to fix
    assert not [b for b in app.button if b.label == "Geri al (undo)"]


def test_search_sla_age_and_previous(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    table = app.dataframe[0].value
    assert list(table["SLA"]) == ["aşıldı (breached)"] * 2
    # The tickets were created 30 h and 10 h before the test module was imported; a slow run adds minutes.
    waiting = list(table["Bekleme (waiting)"])
    assert [re.fullmatch(r"(\d+) sa \d\d dk", w)[1] for w in waiting] == ["30", "10"], waiting
    app = click(app, "Önceki (previous)")
    assert app.selectbox(key="queue_pick").value == queue.status  # wraps around to the last
    app.text_input(key="queue_f_search").input(queue.damaged_order).run()
    assert list(app.dataframe[0].value["Talep (ticket)"]) == [f"#{queue.damaged}"]
    assert app.selectbox(key="queue_pick").value == queue.damaged
    app.text_input(key="queue_f_search").input("böyle bir talep yok").run()
    assert "Filtrelere uyan talep yok" in app.info[0].value


def test_an_entity_row_without_a_type_is_refused_not_reported_saved(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    with Session(app_engine) as session:
        entities = review.load_ticket(session, queue.damaged).entities
    app = click(app, "Varlıkları kaydet (save entities)")  # nothing changed
    assert any("Kaydedilecek değişiklik yok" in i.value for i in app.info)
    assert not corrections(app_engine, queue.damaged)
    with Session(app_engine) as session, pytest.raises(review.ReviewError, match="tür seçin"):
        review.set_entities(session, queue.damaged, 1, queue.agent.id, [*entities, {"type": None, "value": "bardak"}])


def test_the_customers_earlier_tickets_are_beside_the_ticket(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)
    assert_clean(app)
    assert any("önceki talepleri (earlier tickets): 3" in e.label for e in app.expander)
    shown = " ".join(m.value for m in app.markdown)
    assert f"#{queue.auto}" in shown and "otomatik yanıtlandı (auto-resolved)" in shown and "TRT" in shown


def test_identical_drafts_are_approved_together_after_a_preview(app_engine: Engine, queue: Queue) -> None:
    first, second = _identical_pair(app_engine, queue)
    app = open_page("queue", queue.agent)
    assert any("Aynı taslaklar: 1 grup, 2 talep" in e.label for e in app.expander)
    assert any("sipariş numaranızı" in i.value for i in app.info)  # the reply they would all get
    approve_all = widget(app.button, "Hepsini onayla (2) (approve all)")
    assert approve_all.disabled  # not before the preview is confirmed
    app = widget(app.checkbox, "2 talebi ve yanıtı okudum (I have read the tickets and the reply)").check().run()
    app = click(app, "Hepsini onayla (2) (approve all)")
    assert_clean(app)
    assert ticket(app_engine, first).status == ticket(app_engine, second).status == "approved"
    assert not any("Aynı taslaklar" in e.label for e in app.expander)


def test_an_entity_is_added_by_clicking_its_words(app_engine: Engine, queue: Queue) -> None:
    app = open_page("queue", queue.agent)  # "Merhaba, <order> numaralı siparişimdeki bardak kırık geldi <b>"
    pills = next(p for p in app.pills if p.key and p.key.startswith("queue_tokens_"))
    with Session(app_engine) as session:
        tokens = [t.text for t in tokenize(review.load_ticket(session, queue.damaged).text)]
    first, last = tokens.index("bardak"), tokens.index("kırık")
    pills.set_value([first, last]).run()
    widget(app.selectbox, "Seçilenin türü (type of the selection)").set_value("product").run()
    assert any("«bardak kırık»" in c.value for c in app.caption)
    app = click(app, "Seçileni ekle (add the selection)")
    assert_clean(app)
    with Session(app_engine) as session:
        entities = review.load_ticket(session, queue.damaged).entities
    assert [e["value"] for e in entities if e["type"] == "product"] == ["bardak kırık"]
