"""Users and roles: password hashing, sign-in, page permissions, the audit trail and `destek users`."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from app.cli import cli
from app.ui.session import TOKEN_PARAM, USER_KEY
from db.models import AuditEvent, User, UserSession
from db.users import (
    MAX_FAILURES_PER_USER,
    PAGE_ROLES,
    ROLES,
    SignedIn,
    SignInThrottled,
    UserError,
    add_user,
    authenticate,
    check_password,
    end_session,
    hash_password,
    open_session,
    resume_session,
    set_active,
    set_password,
    still_signed_in,
    verify_password,
)
from tests.conftest import APP_DIR


def test_hash_is_salted_and_verifies_only_the_right_password() -> None:
    first, second = hash_password("geheim-123"), hash_password("geheim-123")
    assert first != second and first.startswith("scrypt$")
    assert verify_password("geheim-123", first) and verify_password("geheim-123", second)
    assert not verify_password("geheim-124", first)


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$1$2$3$!!$!!", "bcrypt$x$y$z$a$b", "scrypt$a$b$c$d$e"])
def test_malformed_hash_never_matches(stored: str) -> None:
    assert not verify_password("anything", stored)


def test_add_user_stores_no_plain_password_and_audits(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, " Ayse@Destek.local ", "uzun-parola", "agent", display_name="Ayşe")
        session.commit()
        user = session.exec(select(User)).one()
        assert user.username == "ayse@destek.local" and user.display_name == "Ayşe"
        assert "uzun-parola" not in user.password_hash
        events = session.exec(select(AuditEvent)).all()
        assert [e.action for e in events] == ["user.created"]
        assert "uzun-parola" not in str(events[0].details)


@pytest.mark.parametrize(
    ("username", "password", "role", "message"),
    [
        ("a", "long-enough", "agent", "Geçersiz kullanıcı adı .*Invalid username"),
        ("with space", "long-enough", "agent", "Geçersiz kullanıcı adı"),
        ("ok.user", "short", "agent", r"Parola en az 8 karakter olmalı\. \(The password must have at least 8"),
        ("ok.user", "12345678", "agent", r"tahmin edilmesi çok kolay.*\(The password is too easy"),
        ("ok.user", "ok.user-2026", "agent", r"kullanıcı adını içermemeli\. \(The password must not contain"),
        ("ok.user", "long-enough", "boss", r"Bilinmeyen rol .*\(Unknown role\.\)"),
    ],
)
def test_add_user_refuses_bad_input(engine: Engine, username: str, password: str, role: str, message: str) -> None:
    with Session(engine) as session, pytest.raises(UserError, match=message):
        add_user(session, username, password, role)


def test_username_is_unique(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, "zeynep", "long-enough", "ml_lead")
        with pytest.raises(UserError, match=r"alınmış\. \(The username is taken\.\)"):
            add_user(session, "ZEYNEP", "other-long", "agent")


def test_authenticate_checks_password_and_active_flag(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, "mehmet", "etiket-1234", "annotator")
        session.commit()
        user = authenticate(session, "Mehmet", "etiket-1234")
        assert user == SignedIn(
            id=user.id, username="mehmet", display_name="mehmet", role="annotator", stamp=user.stamp
        )
        assert authenticate(session, "mehmet", "wrong-password") is None
        assert authenticate(session, "nobody", "etiket-1234") is None
        set_active(session, "mehmet", False, by=None)
        assert authenticate(session, "mehmet", "etiket-1234") is None
        set_active(session, "mehmet", True, by=None)
        set_password(session, "mehmet", "yeni-parola-99")
        assert authenticate(session, "mehmet", "etiket-1234") is None
        assert authenticate(session, "mehmet", "yeni-parola-99") is not None
        session.commit()
        actions = [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions.count("auth.failed") == 4 and actions.count("auth.signed_in") == 2
    assert "user.disabled" in actions and "user.password_set" in actions


def test_every_page_has_roles_and_admin_opens_all() -> None:
    assert set(PAGE_ROLES) == {"queue", "workbench", "cockpit", "operations", "users"}
    for page, roles in PAGE_ROLES.items():
        assert roles <= set(ROLES)
        assert SignedIn(1, "a", "a", "admin").may_open(page)
    assert SignedIn(1, "a", "a", "agent").may_open("queue")
    assert not SignedIn(1, "a", "a", "agent").may_open("cockpit")
    assert not SignedIn(1, "a", "a", "annotator").may_open("users")


def _sign_in(app: AppTest, username: str, password: str) -> AppTest:
    app.text_input[0].input(username)
    app.text_input[1].input(password)
    return app.button[0].click().run()


def test_sign_in_form_rejects_wrong_password_and_accepts_the_right_one(app_engine: Engine) -> None:
    with Session(app_engine) as session:
        add_user(session, "ayse", "dogru-parola", "agent")
        session.commit()
    app = AppTest.from_file(str(APP_DIR / "review_app.py"), default_timeout=30).run()
    assert not app.exception
    _sign_in(app, "ayse", "yanlis-parola")
    assert USER_KEY not in app.session_state
    assert "hatalı" in app.error[0].value
    _sign_in(app, "ayse", "dogru-parola")
    assert app.session_state[USER_KEY].role == "agent"


def test_users_cli_adds_lists_resets_and_disables(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    runner = CliRunner()
    added = runner.invoke(cli, ["users", "add", "zeynep", "--role", "ml_lead", "--password", "kokpit-2026"])
    assert added.exit_code == 0, added.output
    refused = runner.invoke(cli, ["users", "add", "zeynep", "--role", "agent", "--password", "baska-parola"])
    assert refused.exit_code == 2 and "taken" in refused.output
    bad_role = runner.invoke(cli, ["users", "add", "ali", "--role", "boss", "--password", "uzun-parola"])
    assert bad_role.exit_code == 2 and "Bilinmeyen rol" in bad_role.output
    assert "ml_lead" in runner.invoke(cli, ["users", "list"]).output
    assert runner.invoke(cli, ["users", "passwd", "zeynep", "--password", "yeni-parola-1"]).exit_code == 0
    assert runner.invoke(cli, ["users", "disable", "zeynep"]).exit_code == 0
    with Session(engine) as session:
        assert authenticate(session, "zeynep", "yeni-parola-1") is None
        assert session.exec(select(User).where(User.username == "zeynep")).one().active is False


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("12345678", False),
        ("Password1", False),
        ("99999999999", False),
        ("aaaaaaaaaa", False),
        ("zeynep-2026!", False),  # holds the username
        ("kisa1", False),
        ("mavi-kalem-42", True),
    ],
)
def test_passwords_are_checked_for_strength(password: str, accepted: bool) -> None:
    if accepted:
        check_password(password, "zeynep")
    else:
        with pytest.raises(UserError):
            check_password(password, "zeynep")


def test_sign_in_is_throttled_per_user_and_per_address_and_audited(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, "zeynep", "mavi-kalem-42", "agent")
        for _ in range(MAX_FAILURES_PER_USER):
            assert authenticate(session, "zeynep", "yanlis-parola", address="10.0.0.9") is None
        with pytest.raises(SignInThrottled, match="dakika"):
            authenticate(session, "zeynep", "mavi-kalem-42")  # even the right password waits
        for n in range(20):  # many users from one address
            authenticate(session, f"kimse{n}", "yanlis-parola", address="10.0.0.7")
        add_user(session, "ali", "yesil-defter-7", "agent")
        with pytest.raises(SignInThrottled):
            authenticate(session, "ali", "yesil-defter-7", address="10.0.0.7")
        assert authenticate(session, "ali", "yesil-defter-7", address="10.0.0.8") is not None
        session.commit()
        actions = [e.action for e in session.exec(select(AuditEvent))]
    assert actions.count("auth.throttled") == 2


def test_a_disabled_or_reset_user_is_no_longer_signed_in(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, "zeynep", "mavi-kalem-42", "agent")
        signed = authenticate(session, "zeynep", "mavi-kalem-42")
        assert still_signed_in(session, signed)
        set_password(session, "zeynep", "yeni-kalem-43")
        assert not still_signed_in(session, signed)
        signed = authenticate(session, "zeynep", "yeni-kalem-43")
        set_active(session, "zeynep", False, by=None)
        assert not still_signed_in(session, signed)


def test_the_app_signs_out_a_user_disabled_meanwhile(app_engine: Engine) -> None:
    with Session(app_engine) as session:
        add_user(session, "ayse", "dogru-parola", "agent")
        session.commit()
    app = AppTest.from_file(str(APP_DIR / "review_app.py"), default_timeout=30).run()
    _sign_in(app, "ayse", "dogru-parola")
    assert app.session_state[USER_KEY].role == "agent"
    with Session(app_engine) as session:
        set_active(session, "ayse", False, by=None)
        session.commit()
    app.run()
    assert USER_KEY not in app.session_state  # signed out on the next rerun


def test_a_session_token_survives_a_reload_and_dies_with_sign_out(app_engine: Engine) -> None:
    with Session(app_engine) as session:
        add_user(session, "ayse", "dogru-parola", "agent")
        session.commit()
    app = AppTest.from_file(str(APP_DIR / "review_app.py"), default_timeout=30).run()
    _sign_in(app, "ayse", "dogru-parola")
    token = app.query_params[TOKEN_PARAM]
    token = token[0] if isinstance(token, list) else token
    assert token.startswith("dss_")
    with Session(app_engine) as session:
        assert session.exec(select(UserSession)).one().token_hash != token  # stored hashed

    reloaded = AppTest.from_file(str(APP_DIR / "review_app.py"), default_timeout=30)
    reloaded.query_params[TOKEN_PARAM] = token  # a browser reload: new session state, same address
    reloaded.run()
    assert not reloaded.exception
    assert reloaded.session_state[USER_KEY].username == "ayse"

    with Session(app_engine) as session:  # signed out in another tab
        end_session(session, token)
        session.commit()
    reloaded.run()
    assert USER_KEY not in reloaded.session_state
    again = AppTest.from_file(str(APP_DIR / "review_app.py"), default_timeout=30)
    again.query_params[TOKEN_PARAM] = token  # the old address after signing out
    again.run()
    assert USER_KEY not in again.session_state and again.text_input  # the sign-in form
    with Session(app_engine) as session:
        assert "auth.signed_out" in [e.action for e in session.exec(select(AuditEvent))]


def test_session_tokens_end_on_disable_reset_and_expiry(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, "zeynep", "mavi-kalem-42", "agent")
        token = open_session(session, authenticate(session, "zeynep", "mavi-kalem-42"))
        assert resume_session(session, token).username == "zeynep"
        assert resume_session(session, token + "x") is None and resume_session(session, "") is None
        set_password(session, "zeynep", "yeni-kalem-43")
        assert resume_session(session, token) is None
        token = open_session(session, authenticate(session, "zeynep", "yeni-kalem-43"))
        set_active(session, "zeynep", False, by=None)
        assert resume_session(session, token) is None
        set_active(session, "zeynep", True, by=None)
        assert resume_session(session, token) is not None
        expired = open_session(session, authenticate(session, "zeynep", "yeni-kalem-43"), ttl=timedelta(seconds=-1))
        assert resume_session(session, expired) is None


def test_every_audit_action_written_anywhere_has_a_turkish_label() -> None:
    """The users page shows action ids through db.labels; an id written without a label would show raw."""
    import re
    from pathlib import Path

    from db.labels import ACTION_LABELS, action_label

    root = Path(__file__).resolve().parents[1]
    found: set[str] = set()
    for package in ("db", "serving", "labeling", "training", "app"):
        for path in (root / package).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            found |= set(re.findall(r'record\(\s*session,\s*[\w.]+,\s*"([a-z_]+\.[a-z_]+)"', source))
            found |= set(re.findall(r'"(?:user|auth)\.[a-z_]+" if \w+ else "((?:user|auth)\.[a-z_]+)"', source))
            found |= set(re.findall(r'"((?:user|auth)\.[a-z_]+)" if', source))
            found |= set(re.findall(r'_ACTION\w* = "([a-z_]+\.[a-z_]+)"', source))
            found |= {
                m for pair in re.findall(r'_ACTION, \w+_ACTION = "([a-z_.]+)", "([a-z_.]+)"', source) for m in pair
            }
    assert {"review.approved", "user.enabled", "user.disabled", "adapter.rollback", "workbench.skipped"} <= found
    assert found - set(ACTION_LABELS) == set()
    assert action_label("review.approved") == "Taslak onaylandı (draft approved)"
    assert action_label("brand.new") == "brand.new"
