"""`destek dataset build`: everything humans taught the bot, as one versioned, PII-checked SFT dataset.

Three sources of labels, from most to least authoritative:

1. annotation: an annotator's full label set for a ticket (the current version of an Annotation);
2. correction: a ticket whose latest draft an agent approved, with that draft's field corrections applied
   (later corrections win; when intent or entities were corrected but the tool calls were not, the calls
   are re-derived by the contract's rules, since the draft's calls followed from the wrong intent);
3. gold: labels that came with an imported ticket (e.g. the 1,000-ticket mini dataset).

Each example is the masked ticket text with intent, entity spans (in the masked text), tool calls and an
optional reply, written in the chat format of CONTRACT.md with our own fields beside `messages`. Tickets
with the same masked text are one example: the most authoritative, then newest, label wins, so a
correction overrides the gold label it fixes.

Safety and reproducibility:
- any personal data visible anywhere in an example fails the build, naming the ticket and the category
  (never the value): a training file must not be where PII first leaks out;
- order numbers are replaced by random digit strings of the same length, the same within an example
  (text, entities, tool-call arguments, reply), so the model learns to copy numbers rather than memorise
  the real ones; the draw is seeded by the build seed and the example, so a rebuild is identical;
- the split is stratified by intent, and the version is the SHA-256 of the two canonical JSONL files:
  building the same content twice gives the same version and no second DatasetVersion row.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from db.contract import Contract, load_contract, span_holds
from db.models import (
    CORRECTED_FIELDS,
    Annotation,
    Correction,
    DatasetVersion,
    Ticket,
    approval_stands,
    aware_utc,
    latest_drafts,
)
from serving.normalize import digits_only
from serving.output import Entity
from serving.pii import leaked_pii
from serving.toolcalls import plan_tool_calls

#: Which label wins when two sources label the same text: higher is more authoritative.
AUTHORITY = {"annotation": 3, "correction": 2, "gold": 1}
VERSION_CHARS = 12
PSEUDONYM_TRIES = 20


class DatasetError(ValueError):
    """The dataset cannot be built (no examples, unknown version); the message says what to do."""


class PiiLeakError(DatasetError):
    """Personal data is visible in an example; the message names the ticket and category, never the value."""


@dataclass(frozen=True)
class BuildConfig:
    out_dir: Path = Path("runs/datasets")
    validation_fraction: float = 0.1
    #: Seeds the order-number pseudonyms and the split: part of what makes a version reproducible.
    seed: int = 0


@dataclass
class Example:
    """One labelled ticket, as it will be trained on."""

    ticket_id: int
    source: str
    text: str
    intent: str
    entities: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]
    reply: str | None
    labelled_at: datetime
    label_id: int

    @property
    def rank(self) -> tuple[int, datetime, int]:
        return AUTHORITY[self.source], self.labelled_at, self.label_id


@dataclass(frozen=True)
class BuildResult:
    version: str
    path: Path
    n_train: int
    n_validation: int
    created: bool
    stats: dict[str, Any] = field(default_factory=dict)


# ── Collecting labels ─────────────────────────────────────────────────────────────────────────────


def _arguments(call: dict[str, Any]) -> dict[str, Any]:
    arguments = call.get("arguments") or {}
    return json.loads(arguments) if isinstance(arguments, str) else dict(arguments)


def make_example(
    contract: Contract,
    *,
    ticket_id: int,
    source: str,
    text: str,
    intent: str | None,
    entities: list[dict[str, Any]] | None,
    tool_calls: list[dict[str, Any]] | None,
    reply: str | None,
    labelled_at: datetime,
    label_id: int,
) -> Example | str:
    """A validated Example, or the reason the label cannot be trained on (unknown intent, span off the text).

    Entity spans are checked against the masked text; a span without offsets is located by its value.
    Missing tool calls are derived from intent and entities by the contract, as the bot derives them.
    """
    if not intent or not contract.has_intent(intent):
        return f"unknown intent {intent!r}"
    spans: list[dict[str, Any]] = []
    for entity in entities or []:
        kind, value = entity.get("type"), entity.get("value")
        if kind not in contract.entity_type_ids or not isinstance(value, str) or not value:
            return f"bad entity {kind!r}: {value!r}"
        start, end = entity.get("start"), entity.get("end")
        if not span_holds(text, start, end, value):
            start = text.find(value)
            if start == -1:
                return f"entity {kind} is not in the ticket text"
            end = start + len(value)
        spans.append({"type": kind, "value": value, "start": start, "end": end})
    spans.sort(key=lambda span: (span["start"], span["end"]))
    if tool_calls is None:
        planned = [Entity(s["type"], s["value"], s["start"], s["end"]) for s in spans]
        tool_calls = plan_tool_calls(intent, planned, text, contract).calls
    calls = [{"name": call["name"], "arguments": _arguments(call)} for call in tool_calls]
    return Example(ticket_id, source, text, intent, spans, calls, reply or None, aware_utc(labelled_at), label_id)


def collect_examples(session: Session, contract: Contract) -> tuple[list[Example], list[dict[str, Any]]]:
    """Every trainable label in the database, and the ones skipped with their reason."""
    examples: list[Example] = []
    skipped: list[dict[str, Any]] = []

    def keep(result: Example | str, ticket_id: int, source: str) -> None:
        if isinstance(result, str):
            skipped.append({"ticket_id": ticket_id, "source": source, "reason": result})
        else:
            examples.append(result)

    tickets = {t.id: t for t in session.exec(select(Ticket))}
    for ticket in tickets.values():
        gold = ticket.gold or {}
        if gold.get("intent"):
            keep(
                make_example(
                    contract,
                    ticket_id=ticket.id,
                    source="gold",
                    text=ticket.text,
                    intent=gold["intent"],
                    entities=gold.get("entities"),
                    tool_calls=gold.get("tool_calls"),
                    reply=gold.get("reply"),
                    labelled_at=ticket.created_at,
                    label_id=ticket.id,
                ),
                ticket.id,
                "gold",
            )
    for annotation in session.exec(select(Annotation).where(col(Annotation.is_current))):
        keep(
            make_example(
                contract,
                ticket_id=annotation.ticket_id,
                source="annotation",
                text=tickets[annotation.ticket_id].text,
                intent=annotation.intent,
                entities=annotation.entities,
                tool_calls=annotation.tool_calls,
                reply=annotation.reply,
                labelled_at=annotation.created_at,
                label_id=annotation.id,
            ),
            annotation.ticket_id,
            "annotation",
        )
    for ticket_id, result in _approved_drafts(session, tickets, contract):
        keep(result, ticket_id, "correction")
    return examples, skipped


def _approved_drafts(
    session: Session, tickets: dict[int, Ticket], contract: Contract
) -> list[tuple[int, Example | str]]:
    """Tickets whose latest draft stands approved (approved, the approval not undone since), with that draft's
    corrections applied."""
    latest = latest_drafts(session)
    by_draft: dict[int, list[Correction]] = defaultdict(list)
    for correction in session.exec(select(Correction).where(col(Correction.draft_id).is_not(None))):
        by_draft[correction.draft_id].append(correction)
    results = []
    for ticket_id, draft in latest.items():
        corrections = sorted(by_draft.get(draft.id, []), key=lambda c: c.id)
        if not approval_stands(c.field for c in corrections):
            continue
        fields: dict[str, Any] = {
            "intent": draft.intent,
            "entities": draft.entities,
            "tool_calls": draft.tool_calls,
            "reply": draft.reply,
        }
        changed = set()
        for correction in corrections:
            if correction.field in CORRECTED_FIELDS:
                fields[correction.field] = correction.after
                changed.add(correction.field)
        if changed & {"intent", "entities"} and "tool_calls" not in changed:
            fields["tool_calls"] = None  # the draft's calls followed from the corrected labels: re-derive
        last = corrections[-1]
        results.append(
            (
                ticket_id,
                make_example(
                    contract,
                    ticket_id=ticket_id,
                    source="correction",
                    text=tickets[ticket_id].text,
                    labelled_at=last.created_at,
                    label_id=last.id,
                    **fields,
                ),
            )
        )
    return results


def dedupe(examples: list[Example]) -> list[Example]:
    """One example per masked text (whitespace-collapsed, as the prompt sees it): the best-ranked label wins."""
    best: dict[str, Example] = {}
    for example in examples:
        key = " ".join(example.text.split())
        if key not in best or example.rank > best[key].rank:
            best[key] = example
    return sorted(best.values(), key=lambda e: e.ticket_id)


# ── Safety: PII check and order-number pseudonyms ────────────────────────────────────────────────────


def _strings(example: Example) -> list[tuple[str, str]]:
    """(where, text) of every piece of text an example ships."""
    pieces = [("text", example.text)]
    pieces += [(f"entity {e['type']}", e["value"]) for e in example.entities]
    for call in example.tool_calls:
        pieces += [(f"{call['name']}.{k}", v) for k, v in call["arguments"].items() if isinstance(v, str)]
    if example.reply:
        pieces.append(("reply", example.reply))
    return pieces


def pii_leaks(example: Example) -> list[tuple[str, str]]:
    """(where, category) of personal data still visible in the example.

    The text is checked with the masker's own detectors, which decide by context (an 11-digit number after
    "sipariş no" is an order number even when it passes the TC kimlik checksum). A label that copies a piece of
    the text (an entity span, a tool argument that is such a span's digits) was judged there, in context;
    checked alone it would lose that context, and one agent's correct order-number label would fail the
    whole nightly build. Everything else (replies, arguments typed by hand) is checked on its own.
    """
    leaks = [("text", kind) for kind, _value in leaked_pii(example.text)]
    spans = {e["value"] for e in example.entities if e["value"] and e["value"] in example.text}
    span_digits = {digits_only(value) for value in spans} - {""}
    for where, text in _strings(example)[1:]:
        if text in spans or text in span_digits:
            continue
        leaks += [(where, kind) for kind, _value in leaked_pii(text)]
    return leaks


def check_pii(example: Example) -> None:
    """Raise PiiLeakError naming the ticket, the field and the category of the first leak."""
    leaks = pii_leaks(example)
    if leaks:
        where, kind = leaks[0]
        raise PiiLeakError(
            f"ticket {example.ticket_id} ({example.source} label): personal data of category {kind!r} in {where}; "
            "mask it (or fix the label) before building a dataset"
        )


def _order_numbers(example: Example) -> list[str]:
    numbers = {digits_only(e["value"]) for e in example.entities if e["type"] == "order_number"}
    numbers |= {
        digits_only(str(call["arguments"]["order_number"]))
        for call in example.tool_calls
        if call["arguments"].get("order_number")
    }
    return sorted(n for n in numbers if n)


def _swapper(mapping: dict[str, str]) -> Any:
    """A function replacing each order number (digits, optionally with single spaces or dashes between them,
    as "3245-560622") by its pseudonym, keeping the separators so every span keeps its length."""
    patterns = [(re.compile(r"(?<!\d)" + r"[ \-]?".join(real) + r"(?!\d)"), fake) for real, fake in mapping.items()]

    def swap(text: str) -> str:
        for pattern, fake in patterns:

            def replace(match: re.Match[str], fake: str = fake) -> str:
                digits = iter(fake)
                return "".join(next(digits) if ch.isdigit() else ch for ch in match.group())

            text = pattern.sub(replace, text)
        return text

    return swap


def pseudonymise_order_numbers(example: Example, seed: int) -> Example:
    """The example with every distinct order number replaced consistently by a same-length random one.

    The draw is seeded by the build seed and the example's text, so a rebuild gives the same file. A pseudonym
    that happens to read as personal data (a valid TC kimlik checksum next to an ambiguous word) is redrawn.
    """
    numbers = _order_numbers(example)
    if not numbers:
        return example
    rng = random.Random(f"{seed}:{example.text}")
    for _ in range(PSEUDONYM_TRIES):
        mapping = {n: str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in n[1:]) for n in numbers}
        swap = _swapper(mapping)
        text = swap(example.text)
        entities = [{**e, "value": text[e["start"] : e["end"]]} for e in example.entities]
        calls = [
            {
                "name": c["name"],
                "arguments": {k: swap(v) if isinstance(v, str) else v for k, v in c["arguments"].items()},
            }
            for c in example.tool_calls
        ]
        reply = swap(example.reply) if example.reply else example.reply
        candidate = Example(
            example.ticket_id, example.source, text, example.intent, entities, calls, reply,
            example.labelled_at, example.label_id,
        )  # fmt: skip
        if not pii_leaks(candidate):
            return candidate
    raise DatasetError(f"ticket {example.ticket_id}: no order-number pseudonym free of PII look-alikes")


# ── Records, split, version ─────────────────────────────────────────────────────────────────────────


def to_record(example: Example) -> dict[str, Any]:
    """The chat-format record (CONTRACT.md): user, assistant with tool_calls (empty = no call), reply."""
    calls = [
        {
            "type": "function",
            "function": {
                "name": c["name"],
                "arguments": json.dumps(c["arguments"], ensure_ascii=False, sort_keys=True),
            },
        }
        for c in example.tool_calls
    ]
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": example.text},
        {"role": "assistant", "tool_calls": calls},
    ]
    if example.reply:
        messages.append({"role": "assistant", "content": example.reply})
    return {
        "ticket_id": example.ticket_id,
        "source": example.source,
        "intent": example.intent,
        "entities": example.entities,
        "messages": messages,
    }


def canonical_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for r in records)


def stratified_split(
    records: list[dict[str, Any]], fraction: float, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(train, validation): about `fraction` of each intent held out, at least one for an intent with >= 2
    examples and never all of them, so every intent the model is validated on was also trained on."""
    by_intent: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_intent[record["intent"]].append(record)
    rng = random.Random(seed)
    train, validation = [], []
    for intent in sorted(by_intent):
        group = sorted(by_intent[intent], key=lambda r: r["ticket_id"])
        rng.shuffle(group)
        held = 0 if len(group) < 2 else min(len(group) - 1, max(1, round(len(group) * fraction)))
        validation += group[:held]
        train += group[held:]
    key = lambda r: r["ticket_id"]  # noqa: E731
    return sorted(train, key=key), sorted(validation, key=key)


# ── What the dataset versions have seen ─────────────────────────────────────────────────────────────


def label_markers(session: Session) -> tuple[int, int]:
    """(highest Correction id, highest Annotation id) now: what a dataset built now has seen."""
    correction = session.exec(select(func.max(Correction.id))).one() or 0
    annotation = session.exec(select(func.max(Annotation.id))).one() or 0
    return correction, annotation


def seen_markers(session: Session) -> tuple[int, int]:
    """The highest markers any dataset version has consumed."""
    versions = session.exec(select(DatasetVersion)).all()
    correction = max((v.last_correction_id for v in versions), default=0)
    annotation = max(((v.stats or {}).get("last_annotation_id", 0) for v in versions), default=0)
    return correction, annotation


def new_label_count(session: Session) -> int:
    """Corrections plus annotations that no dataset version has seen yet (what the nightly job waits for)."""
    seen_correction, seen_annotation = seen_markers(session)
    corrections = session.exec(select(func.count()).select_from(Correction).where(Correction.id > seen_correction))
    annotations = session.exec(select(func.count()).select_from(Annotation).where(Annotation.id > seen_annotation))
    return corrections.one() + annotations.one()


def corrected_intents(session: Session) -> set[str]:
    """The intents agents corrected drafts to since the last dataset version: what the next night is asked to
    fix, so its gate also checks every other intent (training.gate)."""
    seen_correction, _ = seen_markers(session)
    corrections = session.exec(select(Correction).where(Correction.id > seen_correction, Correction.field == "intent"))
    return {c.after for c in corrections if isinstance(c.after, str)}


# ── The build ───────────────────────────────────────────────────────────────────────────────────────


def build_dataset(engine: Engine, config: BuildConfig = BuildConfig()) -> BuildResult:
    """Collect, dedupe, PII-check, pseudonymise, split and write a dataset version; record it in the database.

    Raises PiiLeakError on personal data anywhere and DatasetError when there is nothing to train on.
    Building content that already exists returns that version (created=False) and only moves its label
    markers forward, so the corrections it has now seen are not counted as new again.
    """
    if not 0.0 <= config.validation_fraction < 1.0:
        raise DatasetError(f"validation_fraction must be in [0, 1), got {config.validation_fraction}")
    contract = load_contract()
    with Session(engine) as session:
        examples, skipped = collect_examples(session, contract)
        last_correction, last_annotation = label_markers(session)
        seen_correction, _ = seen_markers(session)
        corrections_since = session.exec(
            select(func.count()).select_from(Correction).where(Correction.id > seen_correction)
        ).one()
    if not examples:
        raise DatasetError("no labelled tickets: import labelled data, approve drafts or annotate tickets first")
    unique = dedupe(examples)
    for example in unique:
        check_pii(example)
    records = [to_record(pseudonymise_order_numbers(e, config.seed)) for e in unique]
    train, validation = stratified_split(records, config.validation_fraction, config.seed)
    train_text, validation_text = canonical_jsonl(train), canonical_jsonl(validation)
    digest = hashlib.sha256(f"{train_text}\n--validation--\n{validation_text}".encode()).hexdigest()
    version = digest[:VERSION_CHARS]
    stats = {
        "version": version,
        "sha256": digest,
        "seed": config.seed,
        "validation_fraction": config.validation_fraction,
        "n_examples": len(records),
        "n_train": len(train),
        "n_validation": len(validation),
        "duplicates_dropped": len(examples) - len(unique),
        "sources": dict(sorted(Counter(r["source"] for r in records).items())),
        "per_intent": _per_intent(train, validation),
        "corrections_since_last_version": corrections_since,
        "skipped": skipped,
        "last_annotation_id": last_annotation,
    }
    with Session(engine) as session:
        row = session.exec(select(DatasetVersion).where(DatasetVersion.version == version)).first()
        created = row is None
        folder = config.out_dir / version if row is None else Path(row.path)  # a version lives in one place
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "train.jsonl").write_text(train_text, encoding="utf-8")
        (folder / "validation.jsonl").write_text(validation_text, encoding="utf-8")
        if row is None:
            row = DatasetVersion(
                version=version,
                path=str(folder),
                n_train=len(train),
                n_validation=len(validation),
                stats=stats,
                last_correction_id=last_correction,
            )
        else:
            row.last_correction_id = max(row.last_correction_id, last_correction)
            row.stats = {**(row.stats or {}), "last_annotation_id": last_annotation}
            stats = row.stats
        session.add(row)
        session.commit()
        stats = {**stats, "created_at": aware_utc(row.created_at).isoformat()}
    (folder / "card.json").write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (folder / "card.md").write_text(render_card(stats), encoding="utf-8")
    return BuildResult(version, folder, len(train), len(validation), created, stats)


def _per_intent(train: list[dict[str, Any]], validation: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"train": 0, "validation": 0})
    for split, records in (("train", train), ("validation", validation)):
        for record in records:
            counts[record["intent"]][split] += 1
    return dict(sorted(counts.items()))


def render_card(stats: dict[str, Any]) -> str:
    """The dataset card a reviewer reads before approving a retrain."""
    lines = [
        f"# Dataset {stats['version']}",
        "",
        f"- examples: {stats['n_examples']} (train {stats['n_train']}, validation {stats['n_validation']})",
        f"- sources: {', '.join(f'{k} {v}' for k, v in stats['sources'].items())}",
        f"- duplicates dropped (same masked text): {stats['duplicates_dropped']}",
        f"- corrections since the last version: {stats['corrections_since_last_version']}",
        f"- skipped labels: {len(stats['skipped'])}",
        f"- seed: {stats['seed']}; sha256: {stats['sha256']}",
        "",
        "| intent | train | validation |",
        "|---|---|---|",
    ]
    lines += [f"| {intent} | {c['train']} | {c['validation']} |" for intent, c in stats["per_intent"].items()]
    if stats["skipped"]:
        lines += ["", "## Skipped labels", ""]
        lines += [f"- ticket {s['ticket_id']} ({s['source']}): {s['reason']}" for s in stats["skipped"]]
    return "\n".join(lines) + "\n"


# ── Reading a version back ──────────────────────────────────────────────────────────────────────────


def resolve_version(session: Session, version: str | None) -> DatasetVersion:
    """The DatasetVersion named (a unique prefix is enough), or the newest one."""
    if version is None:
        row = session.exec(select(DatasetVersion).order_by(col(DatasetVersion.id).desc())).first()
        if row is None:
            raise DatasetError("no dataset version yet: run `destek dataset build` first")
        return row
    rows = session.exec(select(DatasetVersion).where(col(DatasetVersion.version).startswith(version))).all()
    if len(rows) != 1:
        raise DatasetError(f"dataset version {version!r} matches {len(rows)} versions; give more characters")
    return rows[0]


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of one split file (train.jsonl or validation.jsonl)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
