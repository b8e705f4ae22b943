"""Where the database lives and how to reach it: a SQLite file by default, PostgreSQL through DATABASE_URL.

Sessions are created by callers and passed down (no global session), so the CLI, the Streamlit app, the
HTTP API and the tests can each choose their own database without touching the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

DEFAULT_SQLITE_PATH = "destek.db"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def database_url() -> str:
    """DATABASE_URL if set (PostgreSQL at scale), else a SQLite file at DESTEK_DB or ./destek.db."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{os.environ.get('DESTEK_DB', DEFAULT_SQLITE_PATH)}"


def make_engine(url: str | None = None) -> Engine:
    """An engine for `url`; SQLite gets foreign keys and WAL so readers never block the drafting writer."""
    url = url or database_url()
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    """Alembic configured in code (no alembic.ini to keep in sync) against the engine's database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    config.attributes["engine"] = engine
    return config


def init_db(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration; running it again changes nothing."""
    command.upgrade(alembic_config(engine), "head")


def migrated_engine(url: str | None = None) -> Engine:
    """An engine on the configured database (or `url`) with the schema upgraded: what every command that
    reads or writes rows starts from, so a fresh clone's first command works without `destek init`."""
    engine = make_engine(url)
    init_db(engine)
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error, so a failure never half-writes."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
