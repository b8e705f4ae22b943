"""Storing a human's label set for a ticket: the Annotation row, and one Correction per field the human changed.

The annotator's workbench (labeling/workbench.py) and the Label Studio bridge (labeling/labelstudio.py) both
write labels with `write_annotation`, so they record a human change the same way: against the same human's
previous version when there is one (one change counts once), else against the bot's latest draft.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlmodel import Session

from db.models import Annotation, Correction, Draft
from labeling.ls_config import changed_fields

ROLE = "annotator"
#: What a label set holds, in the order corrections are written.
LABEL_FIELDS = ("intent", "entities", "tool_calls", "reply")
_LISTS = ("entities", "tool_calls")


def label_fields(row: Any, names: Iterable[str] = LABEL_FIELDS) -> dict[str, Any]:
    """The label fields `names` of a draft, an annotation or a label set; a missing list reads as an empty one."""
    return {name: (getattr(row, name) or []) if name in _LISTS else getattr(row, name) for name in names}


def write_annotation(
    session: Session,
    ticket_id: int,
    after: dict[str, Any],
    *,
    source: str,
    supersedes: Sequence[Annotation],
    draft: Draft | None,
    user_id: int | None = None,
    **columns: Any,
) -> tuple[Annotation, list[str]]:
    """Add a human's label set `after` (some or all of LABEL_FIELDS) for a ticket as its current Annotation.

    `supersedes` are the rows it replaces (that human's current ones, oldest first): they stop being current.
    Each field of `after` that differs by more than form (`changed_fields`) from what the human corrected, the
    newest superseded row or else the bot's `draft`, is written as a Correction; with neither, none is.
    `columns` are further Annotation columns (`external_id`, `created_at`). Returns the row and the changed
    field names; the caller commits.
    """
    corrected = supersedes[-1] if supersedes else draft
    changes: list[tuple[str, Any]] = []  # (field, its value before)
    if corrected is not None:
        before = label_fields(corrected, after)
        changes = [(name, before[name]) for name in changed_fields(before, after)]
    for row in supersedes:
        row.is_current = False
        session.add(row)
    annotation = Annotation(ticket_id=ticket_id, user_id=user_id, source=source, **after, **columns)
    session.add(annotation)
    for name, value in changes:
        session.add(
            Correction(
                ticket_id=ticket_id,
                draft_id=draft.id if draft else None,
                field=name,
                before=value,
                after=after[name],
                user_id=user_id,
                role=ROLE,
                source=source,
            )
        )
    return annotation, [name for name, _ in changes]
