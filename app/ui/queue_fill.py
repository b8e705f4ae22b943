"""The "fill the annotation queue" button, shared by the workbench (annotators) and the cockpit (ML lead)."""

from __future__ import annotations

import streamlit as st
from sqlalchemy.engine import Engine

from db.labels import strategy_label
from labeling.workbench import fill_queue_from_page


def fill_queue_button(db: Engine, user_id: int, *, key: str, primary: bool) -> str | None:
    """Show the button; when clicked, queue the pool's most useful tickets (as `destek select` does, audited
    under the user) and return the message that says what was queued. Errors and an empty pool are shown
    here and return None; the caller stores the message and reruns so its tables show the new batch."""
    if not st.button("Kuyruğu doldur (fill the queue)", key=key, type="primary" if primary else "secondary"):
        return None
    with st.spinner("Biletler seçiliyor (selecting tickets) …"):
        try:
            filled = fill_queue_from_page(db, user_id)
        except ValueError as exc:
            st.error(f"Kuyruk doldurulamadı (queue not filled): {exc}")
            return None
    if not filled:
        st.warning("Havuz boş: her bilet etiketli ya da kuyrukta. (The pool is empty: nothing left to queue.)")
        return None
    return (
        f"{len(filled)} bilet kuyruğa eklendi (queued), parti {filled[0].batch}, "
        f"strateji {strategy_label(filled[0].strategy)}."
    )
