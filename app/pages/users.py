"""The admin's page: who may use the app (add users, reset passwords, disable and enable accounts) and the
audit log of what everyone did. The rules (username format, password strength, roles) live in db.users.

Every change is audited by db.users under the signed-in admin's id, so the log says who did it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlmodel import Session

from app.ui.session import engine, require
from db.labels import action_label, role_label, yes_no
from db.users import (
    ROLES,
    UserError,
    add_user,
    list_users,
    recent_events,
    set_active,
    set_password,
)
from serving.review import local_day

FLASH_KEY = "users_flash"

admin = require("users")
db = engine()


def done(message: str) -> None:
    st.session_state[FLASH_KEY] = message
    st.rerun()


st.title("Kullanıcılar (users)")
if FLASH_KEY in st.session_state:
    st.success(st.session_state.pop(FLASH_KEY))

with Session(db) as session:
    users = list_users(session)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "kullanıcı (username)": u.username,
                    "ad (name)": u.display_name,
                    "rol (role)": role_label(u.role),
                    "etkin (active)": yes_no(u.active),
                    "oluşturuldu (created, TRT)": local_day(u.created_at),
                }
                for u in users
            ]
        ),
        hide_index=True,
    )
usernames = [u.username for u in users]
active_by_name = {u.username: u.active for u in users}

add_col, password_col, status_col = st.columns(3)
with add_col, st.form("add_user", clear_on_submit=True):
    st.subheader("Kullanıcı ekle (add user)")
    username = st.text_input("Kullanıcı adı (username)")
    display_name = st.text_input("Görünen ad (display name)")
    role = st.selectbox("Rol (role)", ROLES, format_func=role_label)
    password = st.text_input("Parola (password, ≥ 8)", type="password")
    if st.form_submit_button("Ekle (add)", type="primary"):
        with Session(db) as session:
            try:
                created = add_user(session, username, password, role, display_name=display_name or None, by=admin.id)
            except UserError as exc:
                st.error(str(exc))
            else:
                session.commit()
                done(f"{created.username}, {role_label(created.role)} olarak eklendi (added).")

with password_col, st.form("reset_password", clear_on_submit=True):
    st.subheader("Parola sıfırla (reset password)")
    target = st.selectbox("Kullanıcı (user)", usernames, key="password_user")
    new_password = st.text_input("Yeni parola (new password, ≥ 8)", type="password")
    if st.form_submit_button("Parolayı sıfırla (reset)") and target:
        with Session(db) as session:
            try:
                set_password(session, target, new_password, by=admin.id)
            except UserError as exc:
                st.error(str(exc))
            else:
                session.commit()
                done(f"{target}: parola değişti (password changed).")

with status_col:
    st.subheader("Erişim (access)")
    chosen = st.selectbox("Kullanıcı (user)", usernames, key="status_user")
    if chosen:
        enabled = active_by_name[chosen]
        st.caption("Şu an etkin (active)." if enabled else "Şu an devre dışı (disabled).")
        if chosen == admin.username and enabled:
            st.caption("Kendi hesabınızı kapatamazsınız (you cannot disable yourself).")
        elif st.button("Devre dışı bırak (disable)" if enabled else "Etkinleştir (enable)"):
            with Session(db) as session:
                set_active(session, chosen, not enabled, by=admin.id)
                session.commit()
            done(f"{chosen}: {'devre dışı (disabled)' if enabled else 'etkin (enabled)'}.")

st.subheader("Denetim kaydı (audit log)")
st.caption("Saatler Türkiye saatiyle (times in Turkey time, TRT, UTC+3).")
limit = st.selectbox("Son (latest)", [50, 200, 1000], index=0)
with Session(db) as session:
    events = recent_events(session, limit)
    log = pd.DataFrame(
        [
            {
                "zaman (when, TRT)": local_day(event.created_at),
                "kullanıcı (who)": username or "–",
                "eylem (action)": action_label(event.action),
                "ayrıntı (details)": ", ".join(f"{k}={v}" for k, v in (event.details or {}).items()),
            }
            for event, username in events
        ],
        columns=["zaman (when, TRT)", "kullanıcı (who)", "eylem (action)", "ayrıntı (details)"],
    )
st.dataframe(log, hide_index=True)
