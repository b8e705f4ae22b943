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
from db.users import ROLE_LABELS, SignedIn, end_session, open_session, resume_session, still_signed_in

USER_KEY = "user"
TOKEN_KEY = "session_token"
TOKEN_PARAM = "oturum"


@st.cache_resource(show_spinner=False)
def _engine_for(url: str) -> Engine:
    engine = make_engine(url)
    init_db(engine)
    return engine


def engine() -> Engine:
    """The engine for the configured database, created (and migrated) once per server process."""
    return _engine_for(database_url())


def current_user() -> SignedIn | None:
    """The signed-in user, checked against the database on every rerun: a session signed out elsewhere, or a
    user who was disabled or whose password was reset since signing in, is signed out here. After a reload
    the user comes back from the token in the address."""
    user = st.session_state.get(USER_KEY)
    token = st.session_state.get(TOKEN_KEY) or st.query_params.get(TOKEN_PARAM)
    if token:
        with Session(engine()) as session:
            resumed = resume_session(session, token)
        if resumed is None or (isinstance(user, SignedIn) and user.id != resumed.id):
            sign_out()
            return None
        user = st.session_state[USER_KEY] = resumed
        st.session_state[TOKEN_KEY] = token
        if st.query_params.get(TOKEN_PARAM) != token:  # a page switch drops the query string
            st.query_params[TOKEN_PARAM] = token
        return user
    if not isinstance(user, SignedIn):
        return None
    if user.stamp:  # a session made without a token (tests, tools): check the user directly
        with Session(engine()) as session:
            valid = still_signed_in(session, user)
        if not valid:
            sign_out()
            return None
    return user


def sign_in(user: SignedIn) -> None:
    """Start a session for `user` that survives reloads (see the module docstring)."""
    with Session(engine()) as session:
        token = open_session(session, user)
        session.commit()
    st.session_state[USER_KEY] = user
    st.session_state[TOKEN_KEY] = token
    st.query_params[TOKEN_PARAM] = token


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
    """End the session here and in the database, so the address no longer signs anyone in."""
    token = st.session_state.pop(TOKEN_KEY, None) or st.query_params.get(TOKEN_PARAM)
    if token:
        with Session(engine()) as session:
            end_session(session, token)
            session.commit()
    st.session_state.pop(USER_KEY, None)
    st.query_params.pop(TOKEN_PARAM, None)
