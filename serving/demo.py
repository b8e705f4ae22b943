"""The demo installation: the seeded commerce backend plus pending demo tickets from the synthetic corpus.

Demo tickets go through the same ingest door as real ones (masked on the way in) and carry no labels:
they stand for this morning's unreviewed queue.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine

from db.corpus import generate
from db.demo import build_demo, seed_demo
from serving.ingest import import_rows

UNLABELLED_FIELDS = ("id", "text", "customer_id")


def seed_demo_database(
    engine: Engine, *, seed: int = 7, n_tickets: int = 300, progress: Callable[[str], None] = lambda _: None
) -> dict[str, int]:
    """Seed the backend (refused if it is not empty) and import `n_tickets` pending demo tickets."""
    progress("Building the demo commerce backend ...")
    demo = build_demo(seed)
    counts = seed_demo(engine, demo)
    progress(f"Generating {n_tickets} demo tickets ...")
    records = generate("pool", n_tickets, seed, demo=demo)
    rows = [(n, {key: record[key] for key in UNLABELLED_FIELDS}) for n, record in enumerate(records, start=1)]
    report = import_rows(engine, rows, source="demo")
    counts["tickets"] = report.imported
    return counts
