"""Fill the annotation queue: pick the unlabeled tickets worth a human's minute with an active-learning strategy.

The queue (db.AnnotationTask) is shared by the Streamlit workbench and Label Studio. Scoring needs no LLM
generation: the bot's intent probabilities are already stored with each draft (one forward pass), sentence
embeddings are cached on disk, and the committee member is a fast classifier trained on what humans labeled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.contract import load_contract
from db.models import Annotation, AnnotationTask, Draft, Ticket
from labeling.active import DEFAULT_STRATEGY, STRATEGIES, select as select_indices
from labeling.embeddings import FastIntentClassifier, embed
from serving.tools import TURKEY

OPEN = "open"
#: Batch size of the first fill (the demo's, and the workbench's "fill the queue" button).
FIRST_BATCH_SIZE = 20
#: Which inputs a strategy can use; the rest are not computed (embedding 50,000 tickets is not free).
_USES_PROBS = {"least_confidence", "margin", "entropy", "committee", "class_balance", "uncertainty_diversity"}
_USES_EMBEDDINGS = {"committee", "diversity", "cold_start", "uncertainty_diversity"}


class QueueError(ValueError):
    """The queue cannot be filled as asked (unknown strategy, pool not drafted yet); one actionable line."""


@dataclass
class Pool:
    """Unlabeled tickets not yet queued, with the intent distribution of each one's latest draft (if any)."""

    ticket_ids: list[int]
    texts: list[str]
    probs: np.ndarray | None


def _labeled(session: Session) -> tuple[list[str], list[str]]:
    """(texts, intents) humans have labeled: current annotations and imported gold labels."""
    texts, intents = [], []
    annotated = session.exec(
        select(Ticket.text, Annotation.intent)
        .join(Annotation, col(Annotation.ticket_id) == col(Ticket.id))
        .where(col(Annotation.is_current))
    ).all()
    for text, intent in annotated:
        texts.append(text)
        intents.append(intent)
    for ticket in session.exec(select(Ticket).where(col(Ticket.gold).is_not(None))).all():
        texts.append(ticket.text)
        intents.append(ticket.gold["intent"])
    return texts, intents


def load_pool(session: Session) -> Pool:
    """Tickets with no human label, no gold and no open task; probabilities from their latest draft."""
    annotated = set(session.exec(select(Annotation.ticket_id)).all())
    queued = set(session.exec(select(AnnotationTask.ticket_id).where(AnnotationTask.status == OPEN)).all())
    tickets = [
        t
        for t in session.exec(select(Ticket).where(col(Ticket.gold).is_(None)).order_by(col(Ticket.id))).all()
        if t.id not in annotated and t.id not in queued
    ]
    intent_ids = load_contract().intent_ids
    latest: dict[int, dict[str, float]] = {}
    for ticket_id, probs in session.exec(select(Draft.ticket_id, Draft.intent_probs).order_by(col(Draft.id))).all():
        if probs:
            latest[ticket_id] = probs
    matrix = None
    if tickets and all(t.id in latest for t in tickets):
        matrix = np.array([[latest[t.id].get(i, 0.0) for i in intent_ids] for t in tickets], dtype=np.float64)
    return Pool([t.id for t in tickets], [t.text for t in tickets], matrix)


def fill_queue(
    engine: Engine,
    strategy: str,
    k: int,
    *,
    seed: int = 0,
    progress: Callable[[str], None] = lambda _: None,
) -> list[AnnotationTask]:
    """Select k pool tickets with `strategy` and add them to the annotation queue as one batch."""
    if strategy not in STRATEGIES:
        raise QueueError(f"unknown strategy {strategy!r}; choose one of: {', '.join(STRATEGIES)}")
    with Session(engine) as session:
        pool = load_pool(session)
        if not pool.ticket_ids:
            return []
        if strategy in _USES_PROBS and pool.probs is None:
            raise QueueError(
                f"strategy {strategy!r} needs the bot's intent probabilities: draft the pool first (destek draft)"
            )
        embeddings = labeled_embeddings = committee = None
        if strategy in _USES_EMBEDDINGS:
            progress(f"Embedding {len(pool.texts)} pool tickets (cached after the first time) ...")
            embeddings = embed(pool.texts)
            texts, intents = _labeled(session)
            if texts:
                labeled_embeddings = embed(texts)
            if strategy == "committee":
                if len(set(intents)) < 2:
                    raise QueueError("strategy 'committee' needs human labels of at least two intents")
                classifier = FastIntentClassifier()
                classifier.fit(classifier.features(texts, labeled_embeddings), intents)
                committee = classifier.predict_proba(
                    classifier.features(pool.texts, embeddings), classes=load_contract().intent_ids
                )
        if strategy == "random" and pool.probs is None and embeddings is None:
            # The baseline needs only the pool's size, so it works before anything is drafted.
            indices = np.random.default_rng(seed).permutation(len(pool.ticket_ids))[:k]
        else:
            indices = select_indices(
                strategy,
                k,
                probs=pool.probs,
                embeddings=embeddings,
                committee_probs=committee,
                labeled_embeddings=labeled_embeddings,
                rng=np.random.default_rng(seed),
            )
        batch = f"{strategy}-{datetime.now(TURKEY):%Y%m%d-%H%M%S}"  # named in the app's one time zone
        tasks = [
            AnnotationTask(
                ticket_id=pool.ticket_ids[i], batch=batch, strategy=strategy, score=float(len(indices) - rank)
            )
            for rank, i in enumerate(indices)
        ]
        session.add_all(tasks)
        session.commit()
        for task in tasks:
            session.refresh(task)
        return tasks


def usable_strategy(engine: Engine, preferred: str = DEFAULT_STRATEGY) -> str:
    """`preferred` when the pool has what it needs now, else "random" (the baseline, which needs nothing).

    Strategies that read the bot's intent probabilities cannot run until every pool ticket is drafted; a fresh
    demo drafts in the background, and its first batch should not wait for that.
    """
    if preferred not in _USES_PROBS:
        return preferred
    with Session(engine) as session:
        pool = load_pool(session)
    return preferred if pool.probs is not None else "random"


def fill_first_batch(
    engine: Engine,
    k: int = FIRST_BATCH_SIZE,
    *,
    preferred: str = DEFAULT_STRATEGY,
    progress: Callable[[str], None] = lambda _: None,
) -> list[AnnotationTask]:
    """What `destek select` does, with the best strategy the pool allows now (`destek demo` and the
    workbench's empty-queue button run it)."""
    return fill_queue(engine, usable_strategy(engine, preferred), k, progress=progress)
