"""Shared fixtures: a fresh migrated SQLite database, and the commerce demo (small, seeded once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from app.ui.session import USER_KEY
from db.demo import DemoData, build_demo, seed_demo
from db.engine import init_db, make_engine
from db.users import SignedIn, add_user
from tests.fake_vllm import fakes, registry  # noqa: F401  (fixtures: fake vLLM replicas, an adapter registry)

APP_DIR = Path(__file__).resolve().parents[1] / "app"

SMALL_DEMO = {"seed": 7, "n_customers": 50, "n_orders": 500}
"""Big enough for every order, return and refund state to occur; small enough to seed in a fraction of a second."""


def _migrated_engine(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    init_db(engine)
    return engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """A fresh, migrated, empty SQLite database for one test."""
    return _migrated_engine(tmp_path / "destek.db")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random gemma3-shaped model (training and nightly tests), built once per test module."""
    from serving.embedded import tiny_random_model

    return tiny_random_model(tmp_path_factory.mktemp("tiny") / "model", arch="gemma3")


@pytest.fixture(scope="session")
def demo_data() -> DemoData:
    """The small demo's rows (built once); its `today` is the date the tool tests act on."""
    return build_demo(**SMALL_DEMO)


@pytest.fixture(scope="session")
def demo_engine(tmp_path_factory: pytest.TempPathFactory, demo_data: DemoData) -> Engine:
    """A database seeded once with the small demo, shared by the whole session: read from it, never commit to it."""
    engine = _migrated_engine(tmp_path_factory.mktemp("demo") / "destek.db")
    seed_demo(engine, demo_data)
    return engine


@pytest.fixture
def seeded_engine(engine: Engine, demo_data: DemoData) -> Engine:
    """A private copy of the small demo for a test that commits changes."""
    seed_demo(engine, demo_data)
    return engine


@pytest.fixture
def app_engine(seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """A private small-demo database that the Streamlit pages under test open (through DATABASE_URL)."""
    monkeypatch.setenv("DATABASE_URL", seeded_engine.url.render_as_string(hide_password=False))
    return seeded_engine


def make_user(engine: Engine, username: str, role: str, password: str = "correct-horse") -> SignedIn:
    """Create a user with `role` and return them as the app's signed-in user."""
    with Session(engine) as session:
        user = add_user(session, username, password, role)
        session.commit()
        return SignedIn(id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def open_page(page: str, user: SignedIn | None, timeout: float = 30) -> AppTest:
    """Run app/pages/<page>.py in AppTest as `user` (None: signed out) and return it for inspection."""
    app = AppTest.from_file(str(APP_DIR / "pages" / f"{page}.py"), default_timeout=timeout)
    if user is not None:
        app.session_state[USER_KEY] = user
    return app.run()
