"""Migrations create the schema on SQLite and on a real PostgreSQL server, idempotently."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from db.engine import database_url, init_db, make_engine


def _tables(url: str) -> set[str]:
    return set(inspect(make_engine(url)).get_table_names())


def test_sqlite_migrations_create_every_table_idempotently(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'destek.db'}"
    engine = make_engine(url)
    init_db(engine)
    init_db(engine)  # a second run is a no-op
    assert set(SQLModel.metadata.tables) <= _tables(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() is not None


def test_database_url_from_environment(monkeypatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DESTEK_DB", "/tmp/x.db")
    assert database_url() == "sqlite:////tmp/x.db"
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/db")
    assert database_url() == "postgresql://u@h/db"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database on the test PostgreSQL server (scripts/postgres.sh), dropped afterwards."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        if os.environ.get("DESTEK_REQUIRE_SERVERS"):
            pytest.fail("TEST_DATABASE_URL is not set but DESTEK_REQUIRE_SERVERS is")
        pytest.skip("no TEST_DATABASE_URL (start one with scripts/postgres.sh)")
    name = f"destek_{uuid.uuid4().hex[:10]}"
    admin = make_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.integration
def test_postgres_migrations_create_every_table_idempotently(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    init_db(engine)
    init_db(engine)
    assert set(SQLModel.metadata.tables) <= _tables(postgres_url)
    engine.dispose()
