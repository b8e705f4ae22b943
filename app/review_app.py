"""The review app's entry point (`destek app` / `destek demo` run it with `streamlit run`).

It signs the user in, then shows only the pages their role may open: agents the review queue, annotators
the workbench, the ML lead the cockpit and the operations figures, admins everything. The pages themselves
live in app/pages/.
"""

from __future__ import annotations

import streamlit as st
from sqlmodel import Session

from app.ui.session import current_user, engine, sign_in, sign_out
from db.users import ROLE_LABELS, SignInThrottled, authenticate

st.set_page_config(page_title="Destek", page_icon="🎧", layout="wide")

# page id (see db.users.PAGE_ROLES) -> (file, Turkish title, icon)
PAGES: dict[str, tuple[str, str, str]] = {
    "queue": ("pages/queue.py", "İnceleme kuyruğu", ":material/inbox:"),
    "workbench": ("pages/workbench.py", "Etiketleme", ":material/label:"),
    "cockpit": ("pages/cockpit.py", "Model kokpiti", ":material/monitoring:"),
    "operations": ("pages/operations.py", "Operasyon (operations)", ":material/query_stats:"),
    "users": ("pages/users.py", "Kullanıcılar", ":material/group:"),
}


def _client_address() -> str | None:
    """The browser's address as Streamlit sees it (None behind some proxies and in tests)."""
    address = st.context.ip_address
    return address if isinstance(address, str) else None


def sign_in_form() -> None:
    st.title("Destek")
    st.caption("Müşteri destek taslakları: inceleme, etiketleme ve model eğitimi")
    with st.form("sign_in"):
        username = st.text_input("Kullanıcı adı (username)")
        password = st.text_input("Parola (password)", type="password")
        submitted = st.form_submit_button("Oturum aç", type="primary")
    if submitted:
        with Session(engine()) as session:
            try:
                user = authenticate(session, username, password, address=_client_address())
            except SignInThrottled as exc:
                session.commit()
                st.error(str(exc))
                return
            session.commit()
        if user is None:
            st.error("Kullanıcı adı veya parola hatalı. (Wrong username or password.)")
        else:
            sign_in(user)
            st.rerun()


user = current_user()
if user is None:
    # Every page's address shows the sign-in form (a reload of /cockpit after the session ended, a bookmark),
    # and signing in there stays on that page.
    sign_in_pages = [st.Page(sign_in_form, title="Oturum aç", icon=":material/login:", default=True)]
    sign_in_pages += [
        st.Page(sign_in_form, title=title, icon=icon, url_path=page_id) for page_id, (_, title, icon) in PAGES.items()
    ]
    st.navigation(sign_in_pages, position="hidden").run()
else:
    allowed = [
        st.Page(path, title=title, icon=icon, url_path=page_id)
        for page_id, (path, title, icon) in PAGES.items()
        if user.may_open(page_id)
    ]
    with st.sidebar:
        st.markdown(f"**{user.display_name}**  \n{ROLE_LABELS.get(user.role, user.role)} · `{user.username}`")
        if st.button("Oturumu kapat", icon=":material/logout:"):
            sign_out()
            st.rerun()
    st.navigation(allowed).run()
