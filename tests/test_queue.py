"""Filling the annotation queue from the pool: the right tickets are eligible, inputs are wired, errors are clear."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.models import Annotation, AnnotationTask, Draft, Ticket
from labeling import queue
from labeling.queue import QueueError, fill_queue, load_pool

INTENTS = load_contract().intent_ids


def _probs(best: str, confidence: float, runner_up: str | None = None, second: float = 0.0) -> dict[str, float]:
    rest = (1.0 - confidence - second) / (len(INTENTS) - 1 - (runner_up is not None))
    probs = {i: rest for i in INTENTS}
    probs[best] = confidence
    if runner_up:
        probs[runner_up] = second
    return probs


def _ticket(session: Session, key: str, text: str, probs: dict[str, float] | None = None, gold: str | None = None):
    ticket = Ticket(dedupe_key=key, text=text, gold={"intent": gold, "entities": []} if gold else None)
    session.add(ticket)
    session.flush()
    if probs is not None:
        best = max(probs, key=probs.__getitem__)
        session.add(Draft(ticket_id=ticket.id, model="test", intent=best, confidence=probs[best], intent_probs=probs))
    return ticket


@pytest.fixture
def pool(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Four drafted unlabeled tickets (one near-tie), one annotated, one gold-labelled; embeddings faked."""
    monkeypatch.setattr(queue, "embed", lambda texts: np.eye(8, dtype=np.float32)[[len(t) % 8 for t in texts]])
    with Session(engine) as session:
        ids = {
            "sure": _ticket(session, "a", "kargom nerede", _probs("kargo_takip", 0.97)).id,
            "tie": _ticket(session, "b", "iade mi degisim mi", _probs("iade_baslat", 0.45, "degisim_talebi", 0.44)).id,
            "flat": _ticket(session, "c", "hmm", _probs("sikayet", 0.1)).id,
            "ok": _ticket(session, "d", "siparisim gelmedi", _probs("siparis_status", 0.8)).id,
            "annotated": _ticket(session, "e", "sifremi unuttum", _probs("sifre_unuttum", 0.3)).id,
            "gold": _ticket(session, "f", "fatura lazim", gold="fatura_ister").id,
        }
        session.add(Annotation(ticket_id=ids["annotated"], intent="sifre_unuttum"))
        session.commit()
    return ids


def test_pool_excludes_labelled_tickets(engine: Engine, pool: dict[str, int]) -> None:
    with Session(engine) as session:
        loaded = load_pool(session)
    assert loaded.ticket_ids == [pool["sure"], pool["tie"], pool["flat"], pool["ok"]]
    assert loaded.probs is not None and loaded.probs.shape == (4, len(INTENTS))


def test_margin_queues_the_near_tie_first(engine: Engine, pool: dict[str, int]) -> None:
    tasks = fill_queue(engine, "margin", 1)
    assert [t.ticket_id for t in tasks] == [pool["tie"]]
    assert tasks[0].strategy == "margin" and tasks[0].status == "open"


def test_queued_tickets_leave_the_pool(engine: Engine, pool: dict[str, int]) -> None:
    first = fill_queue(engine, "least_confidence", 2)
    second = fill_queue(engine, "least_confidence", 10)
    assert {t.ticket_id for t in first}.isdisjoint(t.ticket_id for t in second)
    assert len(first) + len(second) == 4
    assert fill_queue(engine, "least_confidence", 5) == []
    with Session(engine) as session:
        assert len(session.exec(select(AnnotationTask)).all()) == 4


def test_default_strategy_uses_probabilities_and_embeddings(engine: Engine, pool: dict[str, int]) -> None:
    tasks = fill_queue(engine, "uncertainty_diversity", 3)
    assert len({t.ticket_id for t in tasks}) == 3


def test_committee_trains_on_human_labels(engine: Engine, pool: dict[str, int]) -> None:
    tasks = fill_queue(engine, "committee", 2)
    assert len(tasks) == 2


def test_unknown_strategy_is_a_clear_error(engine: Engine, pool: dict[str, int]) -> None:
    with pytest.raises(QueueError, match="unknown strategy 'best'"):
        fill_queue(engine, "best", 2)


def test_undrafted_pool_asks_to_draft_first(engine: Engine, pool: dict[str, int]) -> None:
    with Session(engine) as session:
        _ticket(session, "g", "yeni bilet")
        session.commit()
    with pytest.raises(QueueError, match="draft the pool first"):
        fill_queue(engine, "entropy", 2)
    assert len(fill_queue(engine, "diversity", 2)) == 2  # needs no probabilities
