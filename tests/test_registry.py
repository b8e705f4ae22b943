"""training.registry: promotions and rollbacks walk the adapter history."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from tests.fake_vllm import adapter_row
from training.registry import RegistryError, promote, register_candidate, rollback


def add_adapter(engine: Engine, tmp_path: Path, name: str) -> str:
    folder = tmp_path / "adapters" / name
    folder.mkdir(parents=True)
    with Session(engine) as session:
        register_candidate(session, name=name, base_model="gemma3-270m", path=folder, run_id=None)
        session.commit()
    return str(folder)


def test_promote_and_rollback_walk_the_history(engine: Engine, tmp_path: Path) -> None:
    for name in ("a1", "a2", "a3"):
        add_adapter(engine, tmp_path, name)
    promote(engine, "a1")
    promote(engine, "a2")
    promote(engine, "a3")
    assert [adapter_row(engine, n).status for n in ("a1", "a2", "a3")] == ["retired", "retired", "active"]
    assert rollback(engine).name == "a2"
    assert rollback(engine).name == "a1"
    assert [adapter_row(engine, n).status for n in ("a1", "a2", "a3")] == ["active", "retired", "retired"]
    with pytest.raises(RegistryError, match="nothing to roll back to"):
        rollback(engine)
    with pytest.raises(RegistryError, match="no adapter named 'zz'"):
        promote(engine, "zz")
    with pytest.raises(RegistryError, match="already active"):
        promote(engine, "a1")
