"""Tickets into the database: parse JSONL or CSV, mask personal data on the way in, skip what is already there.

This is the only door tickets come through, so the raw text is masked here and never stored. A bad row is
reported with its line number and the rest of the file is still imported: one malformed line in a nightly
export must not cost the other 10,000 tickets.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract, span_holds
from db.models import Customer, Ticket
from serving.pii import mask
from serving.vault import VAULT

MAX_TICKET_CHARS = 5000


@dataclass
class ImportReport:
    """What an import did; `errors` holds (line number, message) for every skipped row."""

    imported: int = 0
    duplicates: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    ticket_ids: list[int] = field(default_factory=list)


class RowError(ValueError):
    """A row that cannot be imported; the message says why in one line."""


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """Yield (line number, row or the reason it is unreadable) from a .jsonl or .csv file."""
    suffix = path.suffix.lower()
    if suffix not in {".jsonl", ".ndjson", ".csv"}:
        raise ValueError(f"{path}: unsupported file type {suffix!r}; use .jsonl or .csv")
    text = path.read_text(encoding="utf-8-sig")
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            raise ValueError(f"{path}: a CSV needs a header row with a 'text' column")
        for row in reader:
            yield reader.line_num, {key: value for key, value in row.items() if key is not None and value != ""}
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, RowError(f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield number, RowError("expected a JSON object")
            continue
        yield number, row


def _customer_id(row: dict[str, Any]) -> int | None:
    value = row.get("customer_id")
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise RowError(f"customer_id must be an integer, got {value!r}") from None


def _gold(row: dict[str, Any], masked: Any, raw_text: str) -> dict[str, Any] | None:
    """Labels shipped with the row (corpus format), with entity offsets carried into the masked text."""
    intent = row.get("intent")
    if intent is None:
        return None
    if not load_contract().has_intent(intent):
        raise RowError(f"unknown intent {intent!r}")
    raw_entities = row.get("entities") or []
    if isinstance(raw_entities, str):  # a CSV column holding JSON
        try:
            raw_entities = json.loads(raw_entities)
        except json.JSONDecodeError:
            raise RowError("entities is not valid JSON") from None
    if not isinstance(raw_entities, list):
        raise RowError("entities must be a list")
    known_types = set(load_contract().entity_type_ids)
    entities = []
    for entity in raw_entities:
        if not isinstance(entity, dict) or not isinstance(entity.get("value"), str):
            raise RowError("every entity needs a type and a string value")
        if entity.get("type") not in known_types:
            raise RowError(f"unknown entity type {entity.get('type')!r}")
        start, end = entity.get("start"), entity.get("end")
        if isinstance(start, int) and isinstance(end, int):
            if not span_holds(raw_text, start, end, entity.get("value")):
                raise RowError(f"entity span {start}:{end} does not match its value {entity.get('value')!r}")
            mapped = masked.map_span(start, end)
            if mapped is None:
                raise RowError(f"entity {entity.get('value')!r} overlaps personal data")
            start, end = mapped
        entities.append({"type": entity["type"], "value": entity["value"], "start": start, "end": end})
    gold: dict[str, Any] = {"intent": intent, "entities": entities}
    if "tool_calls" in row:
        gold["tool_calls"] = row["tool_calls"]
    if row.get("reply"):
        gold["reply"] = row["reply"]
    return gold


def _dedupe_key(row: dict[str, Any], masked_text: str, customer_id: int | None) -> str:
    if row.get("id"):
        return f"id:{row['id']}"
    digest = hashlib.sha256(f"{customer_id}\x00{masked_text}".encode()).hexdigest()[:32]
    return f"sha:{digest}"


def build_ticket(row: dict[str, Any], *, source: str) -> tuple[Ticket, dict[str, str]]:
    """Validate one row: an unsaved Ticket with masked text, and the clear values for the vault (RowError)."""
    raw_text = row.get("text")
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise RowError("missing or empty 'text'")
    if len(raw_text) > MAX_TICKET_CHARS:
        raise RowError(f"text is longer than {MAX_TICKET_CHARS} characters")
    customer_id = _customer_id(row)
    masked = mask(raw_text)
    ticket = Ticket(
        dedupe_key=_dedupe_key(row, masked.text, customer_id),
        external_id=str(row["id"]) if row.get("id") else None,
        text=masked.text,
        customer_id=customer_id,
        source=source,
        pii_types=sorted({span.type for span in masked.spans}) or None,
        gold=_gold(row, masked, raw_text),
    )
    return ticket, masked.originals(raw_text)


def import_rows(engine: Engine, rows: Iterable[tuple[int, dict[str, Any] | RowError]], *, source: str) -> ImportReport:
    """Import (line number, row) pairs; idempotent: a ticket already imported is counted, not duplicated."""
    report = ImportReport()
    with Session(engine) as session:
        known_customers = set(session.exec(select(Customer.id)).all())
        seen = set(session.exec(select(Ticket.dedupe_key)).all())
        for line, row in rows:
            if isinstance(row, RowError):
                report.errors.append((line, str(row)))
                continue
            try:
                ticket, masked_values = build_ticket(row, source=source)
                if ticket.customer_id is not None and ticket.customer_id not in known_customers:
                    raise RowError(f"customer {ticket.customer_id} does not exist")
            except RowError as exc:
                report.errors.append((line, str(exc)))
                continue
            if ticket.dedupe_key in seen:
                report.duplicates += 1
                continue
            seen.add(ticket.dedupe_key)
            session.add(ticket)
            session.flush()
            VAULT.put(ticket.id, masked_values)
            report.ticket_ids.append(ticket.id)
            report.imported += 1
        session.commit()
    return report


def import_tickets(engine: Engine, path: Path, *, source: str | None = None) -> ImportReport:
    """Import a JSONL (corpus format) or CSV (`text` column plus optional fields) file of tickets."""
    return import_rows(engine, read_rows(path), source=source or f"import:{path.name}")
