"""The admin's users page in AppTest: list, add (who can then sign in), reset a password, disable and enable,
the audit log; and every other role is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.models import AuditEvent, User
from db.users import authenticate, recent_events
from tests.conftest import make_user, open_page


def texts(app, kind: str) -> str:
    return "\n".join(str(element.value) for element in getattr(app, kind))


def submit(app, label: str):
    return next(b for b in app.button if b.label.startswith(label))


def signs_in(engine: Engine, username: str, password: str) -> bool:
    with Session(engine) as session:
        user = authenticate(session, username, password)
        session.commit()
    return user is not None


def test_admin_adds_a_user_who_can_then_sign_in(app_engine: Engine) -> None:
    admin = make_user(app_engine, "yonetici", "admin")
    app = open_page("users", admin)
    assert not app.exception
    assert list(app.dataframe[0].value["kullanıcı (username)"]) == ["yonetici"]
    app.text_input[0].input("Etiketci.Bir")
    app.text_input[1].input("Mehmet Kaya")
    app.selectbox[0].select("annotator")
    app.text_input[2].input("uzun-parola-1")
    submit(app, "Ekle").click().run()
    assert not app.exception
    assert "etiketci.bir, Etiketleyici (annotator) olarak eklendi (added)." in texts(app, "success")
    assert "etiketci.bir" in set(app.dataframe[0].value["kullanıcı (username)"])
    assert signs_in(app_engine, "etiketci.bir", "uzun-parola-1")
    with Session(app_engine) as session:
        user = session.exec(select(User).where(User.username == "etiketci.bir")).one()
        assert (user.role, user.display_name) == ("annotator", "Mehmet Kaya")
        created = select(AuditEvent).where(AuditEvent.action == "user.created", AuditEvent.user_id == admin.id)
        by_admin = session.exec(created).one()
    assert by_admin.details == {"username": "etiketci.bir", "role": "annotator"}
    log = app.dataframe[-1].value
    assert "Kullanıcı eklendi (user created)" in set(log["eylem (action)"]) and "yonetici" in set(
        log["kullanıcı (who)"]
    )


def test_a_weak_password_is_refused_with_the_reason(app_engine: Engine) -> None:
    app = open_page("users", make_user(app_engine, "yonetici", "admin"))
    app.text_input[0].input("kisa")
    app.text_input[2].input("123")
    submit(app, "Ekle").click().run()
    assert "Parola en az 8 karakter olmalı. (The password must have at least 8 characters.)" in texts(app, "error")
    with Session(app_engine) as session:
        assert session.exec(select(User).where(User.username == "kisa")).first() is None


def test_reset_password_and_disable_enable(app_engine: Engine) -> None:
    admin = make_user(app_engine, "yonetici", "admin")
    make_user(app_engine, "ajan", "agent", password="eski-parola")
    app = open_page("users", admin)
    app.selectbox(key="password_user").select("ajan")
    app.text_input[3].input("yeni-parola-9")
    submit(app, "Parolayı sıfırla").click().run()
    assert not app.exception and "parola değişti" in texts(app, "success")
    assert signs_in(app_engine, "ajan", "yeni-parola-9") and not signs_in(app_engine, "ajan", "eski-parola")

    app.selectbox(key="status_user").select("ajan").run()
    submit(app, "Devre dışı bırak").click().run()
    assert not signs_in(app_engine, "ajan", "yeni-parola-9")
    assert submit(app, "Etkinleştir")  # the button now offers the opposite
    submit(app, "Etkinleştir").click().run()
    assert signs_in(app_engine, "ajan", "yeni-parola-9")
    with Session(app_engine) as session:
        actions = [event.action for event, who in recent_events(session, 20) if who == "yonetici"]
    assert {"user.disabled", "user.enabled", "user.password_set"} <= set(actions)


def test_admin_cannot_disable_themselves(app_engine: Engine) -> None:
    app = open_page("users", make_user(app_engine, "yonetici", "admin"))
    app.selectbox(key="status_user").select("yonetici").run()
    assert "cannot disable yourself" in texts(app, "caption")
    assert not any(b.label.startswith("Devre dışı") for b in app.button)


def test_recent_events_newest_first_with_usernames(app_engine: Engine) -> None:
    admin = make_user(app_engine, "yonetici", "admin")
    with Session(app_engine) as session:
        authenticate(session, "yonetici", "correct-horse")
        authenticate(session, "kimse", "yanlis-parola")
        session.commit()
        events = recent_events(session, 2)
    assert [(event.action, who) for event, who in events] == [("auth.failed", None), ("auth.signed_in", "yonetici")]
    assert events[1][0].user_id == admin.id


def test_the_audit_log_and_user_list_speak_turkish_in_turkey_time(app_engine: Engine) -> None:
    admin = make_user(app_engine, "yonetici", "admin")
    with Session(app_engine) as session:
        at = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
        session.add(AuditEvent(user_id=admin.id, action="review.approved", details={"ticket_id": 7}, created_at=at))
        session.add(AuditEvent(user_id=admin.id, action="something.new", created_at=at))
        session.commit()
    app = open_page("users", admin)
    assert not app.exception
    users, log = (frame.value for frame in app.dataframe)
    old = log[log["zaman (when, TRT)"] == "05.01.2026 12:30 TRT"]  # 09:30 UTC
    assert sorted(old["eylem (action)"]) == ["Taslak onaylandı (draft approved)", "something.new"]
    assert "review.approved" not in set(log["eylem (action)"])
    assert "Türkiye saati" in texts(app, "caption")
    row = users[users["kullanıcı (username)"] == "yonetici"].iloc[0]
    assert row["rol (role)"] == "Yönetici (admin)" and row["etkin (active)"] == "evet (yes)"
    assert row["oluşturuldu (created, TRT)"].endswith(" TRT")


@pytest.mark.parametrize("role", ["agent", "annotator", "ml_lead"])
def test_non_admins_are_refused(app_engine: Engine, role: str) -> None:
    app = open_page("users", make_user(app_engine, f"u-{role}", role))
    assert "kapalı" in texts(app, "error")
    assert not app.dataframe and not app.button
