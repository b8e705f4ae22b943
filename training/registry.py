"""The adapter registry: which LoRA adapters exist, which one the bot serves, and how it got there.

Statuses: "candidate" (trained, not yet judged), "active" (served; at most one), "rejected" (failed the gate,
with the reason), "retired" (served before). Every promotion and rollback leaves an AuditEvent, which is the
history: a promotion records the adapter it replaced, so a rollback re-activates exactly that one, and a
second rollback walks one step further back.

The registry only switches the database alias. Promoting onto running vLLM replicas (load everywhere,
canary, switch, drain, unload) is training/promotion.py, which calls these functions for its switch and is
what the gate, the commands and the cockpit call.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.models import Adapter, AuditEvent

CANDIDATE, ACTIVE, REJECTED, RETIRED = "candidate", "active", "rejected", "retired"
PROMOTE_ACTION, ROLLBACK_ACTION = "adapter.promote", "adapter.rollback"
INSTALL_ACTION = "adapter.install_default"
RESCORED_ACTION = "adapter.rescored"


class RegistryError(ValueError):
    """An adapter operation that cannot be done (unknown name, nothing to roll back to)."""


def register_candidate(session: Session, *, name: str, base_model: str, path: Path, run_id: int | None) -> Adapter:
    """Add a freshly trained adapter as a candidate (the caller commits)."""
    adapter = Adapter(name=name, base_model=base_model, path=str(path), training_run_id=run_id, status=CANDIDATE)
    session.add(adapter)
    return adapter


def list_adapters(engine: Engine) -> list[Adapter]:
    """All adapters, newest first."""
    with Session(engine) as session:
        return list(session.exec(select(Adapter).order_by(col(Adapter.id).desc())))


def get_adapter(session: Session, name: str) -> Adapter:
    adapter = session.exec(select(Adapter).where(Adapter.name == name)).first()
    if adapter is None:
        raise RegistryError(f"no adapter named {name!r}; `destek adapters list` shows them")
    return adapter


def active(session: Session) -> Adapter | None:
    return session.exec(select(Adapter).where(Adapter.status == ACTIVE)).first()


def record_gate(engine: Engine, name: str, gate: dict[str, Any], *, passed: bool, reason: str) -> Adapter:
    """Store the gate's numbers on the adapter; a failed gate rejects it with the reason."""
    with Session(engine) as session:
        adapter = get_adapter(session, name)
        adapter.gate = gate
        adapter.reason = reason
        if not passed:
            adapter.status = REJECTED
        session.add(adapter)
        session.commit()
        session.refresh(adapter)
        return adapter


def _activate(session: Session, adapter: Adapter, action: str, reason: str, user_id: int | None) -> Adapter | None:
    """Make `adapter` the active one; returns the adapter it replaced (now retired)."""
    previous = active(session)
    if previous is not None and previous.id != adapter.id:
        previous.status = RETIRED
        session.add(previous)
    adapter.status = ACTIVE
    adapter.reason = reason
    session.add(adapter)
    details = {"name": adapter.name, "previous": previous.name if previous else None, "reason": reason}
    session.add(AuditEvent(user_id=user_id, action=action, details=details))
    return previous


def promote(
    engine: Engine,
    name: str,
    *,
    reason: str = "promoted by hand",
    user_id: int | None = None,
) -> Adapter:
    """Serve adapter `name` from now on; the one it replaces is retired and remembered for rollback."""
    with Session(engine) as session:
        adapter = get_adapter(session, name)
        if adapter.status == ACTIVE:
            raise RegistryError(f"{name} is already active")
        if not Path(adapter.path).is_dir():
            raise RegistryError(f"{name}: its folder {adapter.path} is missing")
        _activate(session, adapter, PROMOTE_ACTION, reason, user_id)
        session.commit()
        session.refresh(adapter)
    return adapter


def install_default(engine: Engine, *, name: str, base_model: str, path: Path, gate: dict[str, Any]) -> Adapter | None:
    """Register the repository's default adapter and serve it when nothing is served yet.

    Returns None, changing nothing, when another adapter is active: a nightly champion is never displaced by
    a fresh `destek init`. Installing twice is harmless. When the same files were scored again since they were
    registered (`destek adapters rescore`: the name stays, the gate moves), the registered gate follows the
    manifest, because the router's threshold is read from it. When the active adapter is an earlier default
    served from this same folder, a release has replaced its files under it (`reproduce --ship`, `refit
    --ship`): the row would name files that are gone and route with their threshold, so the new default is
    registered and served in its place (the old row is retired)."""
    with Session(engine) as session:
        adapter = session.exec(select(Adapter).where(Adapter.name == name)).first()
        if adapter is not None and adapter.gate != gate:
            old = (adapter.gate or {}).get("threshold")
            adapter.gate = gate
            session.add(adapter)
            details = {"name": name, "threshold": old, "new_threshold": gate.get("threshold")}
            session.add(AuditEvent(user_id=None, action=RESCORED_ACTION, details=details))
            session.commit()
        current = active(session)
        replaced = current is not None and current.name != name and Path(current.path).resolve() == path.resolve()
        if current is not None and not replaced:
            return current if adapter is not None and adapter.id == current.id else None
        if adapter is None:
            adapter = Adapter(name=name, base_model=base_model, path=str(path), gate=gate, status=CANDIDATE)
            session.add(adapter)
            session.flush()
        reason = "default adapter shipped with Destek" + (f", replacing {current.name}" if replaced else "")
        _activate(session, adapter, INSTALL_ACTION, reason, None)
        session.commit()
        session.refresh(adapter)
        return adapter


def rollback_target(session: Session) -> tuple[Adapter, Adapter]:
    """(the active adapter, the one it replaced): what a rollback switches from and to; raises RegistryError
    when nothing is active or the active adapter replaced none."""
    current = active(session)
    if current is None:
        raise RegistryError("no adapter is active: nothing to roll back")
    promotions = session.exec(
        select(AuditEvent).where(AuditEvent.action == PROMOTE_ACTION).order_by(col(AuditEvent.id).desc())
    )
    event = next((e for e in promotions if (e.details or {}).get("name") == current.name), None)
    previous_name = (event.details or {}).get("previous") if event else None
    if previous_name is None:
        raise RegistryError(f"{current.name} replaced no earlier adapter: nothing to roll back to")
    return current, get_adapter(session, previous_name)


def rollback(engine: Engine, *, user_id: int | None = None) -> Adapter:
    """Re-activate the adapter that the active one replaced (per the promotion history)."""
    with Session(engine) as session:
        current, previous = rollback_target(session)
        _activate(session, previous, ROLLBACK_ACTION, f"rolled back from {current.name}", user_id)
        session.commit()
        session.refresh(previous)
    return previous


def history(engine: Engine) -> list[AuditEvent]:
    """Promotions and rollbacks, newest first."""
    with Session(engine) as session:
        statement = select(AuditEvent).where(col(AuditEvent.action).in_([PROMOTE_ACTION, ROLLBACK_ACTION]))
        return list(session.exec(statement.order_by(col(AuditEvent.id).desc())))
