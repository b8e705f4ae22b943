"""The app's database engine and the signed-in user, shared by every page.

Pages never build engines or read credentials themselves: they call `engine()` and `require(page)`. The
engine follows DATABASE_URL / DESTEK_DB (the same rule as the command line), so `destek app`, the tests
and a production deployment choose their database the same way.
"""

from __future__ import annotations

import streamlit as st
from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.engine import database_url, init_db, make_engine
from db.users import ROLE_LABELS, SignedIn, still_signed_in

USER_KEY = "user"


@st.cache_resource(show_spinner=False)
def _engine_for(url: str) -> Engine:
    engine = make_engine(url)
    init_db(engine)
    return engine


def engine() -> Engine:
    """The engine for the configured database, created (and migrated) once per server process."""
    return _engine_for(database_url())


def current_user() -> SignedIn | None:
    """The signed-in user, checked against the database on every rerun: a user who was disabled or whose
    password was reset since signing in is signed out here."""
    user = st.session_state.get(USER_KEY)
    if not isinstance(user, SignedIn):
        return None
    if user.stamp:
        with Session(engine()) as session:
            valid = still_signed_in(session, user)
        if not valid:
            sign_out()
            return None
    return user


def require(page: str) -> SignedIn:
    """The signed-in user if their role may open `page`; otherwise an explanation and the page stops."""
    user = current_user()
    if user is None:
        st.warning("Bu sayfayı görmek için oturum açın. (Sign in to see this page.)")
        st.stop()
    if not user.may_open(page):
        st.error(f"Bu sayfa {ROLE_LABELS.get(user.role, user.role)} rolüne kapalı. (Your role may not open this page.)")
        st.stop()
    return user


def sign_out() -> None:
    st.session_state.pop(USER_KEY, None)
