"""The dataset builder: sources and their authority, dedupe, the PII gate, pseudonyms, the split, the version."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.models import Annotation, Correction, DatasetVersion, Draft, Ticket
from serving.normalize import digits_only
from serving.pii import leaked_pii
from training.dataset import (
    BuildConfig,
    DatasetError,
    PiiLeakError,
    build_dataset,
    make_example,
    new_label_count,
    pseudonymise_order_numbers,
    read_records,
    stratified_split,
)

T0 = datetime(2026, 11, 1, tzinfo=UTC)
ORDER_TEXT = "Merhaba, 4815-162342 nolu siparişim nerede? 4815162342 numarası yani."


def add_ticket(session: Session, text: str, *, gold: dict | None = None, key: str | None = None) -> Ticket:
    ticket = Ticket(dedupe_key=key or f"k:{text}", text=text, gold=gold, created_at=T0)
    session.add(ticket)
    session.flush()
    return ticket


def gold_status(text: str, order: str) -> dict:
    start = text.index(order)
    return {
        "intent": "siparis_status",
        "entities": [{"type": "order_number", "value": order, "start": start, "end": start + len(order)}],
        "tool_calls": [{"name": "get_order_status", "arguments": {"order_number": digits_only(order)}}],
        "reply": f"{digits_only(order)} numaralı siparişiniz kargoda.",
    }


def build(engine: Engine, tmp_path: Path, **kwargs) -> tuple:
    result = build_dataset(engine, BuildConfig(out_dir=tmp_path / "datasets", **kwargs))
    records = read_records(result.path / "train.jsonl") + read_records(result.path / "validation.jsonl")
    return result, {r["ticket_id"]: r for r in records}


def test_sources_authority_and_dedupe(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        # gold only
        a = add_ticket(session, "şifremi unuttum", gold={"intent": "sifre_unuttum", "entities": []})
        # gold, overridden by an annotation
        b = add_ticket(session, "kargom nerede kaldı", gold={"intent": "siparis_status", "entities": []})
        session.add(Annotation(ticket_id=b.id, intent="kargo_takip", entities=[], created_at=T0 + timedelta(1)))
        session.add(Annotation(ticket_id=b.id, intent="sikayet", is_current=False, created_at=T0))
        # the same masked text imported twice: one example
        add_ticket(session, "şifremi  unuttum", gold={"intent": "selamlama", "entities": []}, key="other")
        # an approved draft with an intent correction: tool calls re-derived from the corrected intent
        c = add_ticket(session, "4815162342 siparişimi iptal edin")
        draft = Draft(ticket_id=c.id, model="m", intent="siparis_status", entities=[], tool_calls=[], reply="x")
        session.add(draft)
        session.flush()
        entity = {"type": "order_number", "value": "4815162342", "start": 0, "end": 10}
        session.add(Correction(ticket_id=c.id, draft_id=draft.id, field="intent", after="siparis_iptal", role="agent"))
        session.add(Correction(ticket_id=c.id, draft_id=draft.id, field="entities", after=[entity], role="agent"))
        session.add(Correction(ticket_id=c.id, draft_id=draft.id, field="approve", role="agent"))
        # a draft without approval: not an example
        d = add_ticket(session, "merhaba")
        session.add(Draft(ticket_id=d.id, model="m", intent="selamlama"))
        session.commit()
        ids = a.id, b.id, c.id, d.id
    result, records = build(engine, tmp_path)
    a_id, b_id, c_id, d_id = ids
    assert result.stats["duplicates_dropped"] == 2  # b's gold label, and the older of the two equal texts
    assert d_id not in records
    assert records[b_id]["intent"] == "kargo_takip" and records[b_id]["source"] == "annotation"
    same_text = [r for r in records.values() if " ".join(r["messages"][0]["content"].split()) == "şifremi unuttum"]
    assert len(same_text) == 1 and a_id not in records  # equal authority: the newer label wins
    corrected = records[c_id]
    assert corrected["source"] == "correction" and corrected["intent"] == "siparis_iptal"
    call = corrected["messages"][1]["tool_calls"][0]["function"]
    assert call["name"] == "cancel_order"
    order = corrected["entities"][0]["value"]
    assert json.loads(call["arguments"])["order_number"] == order != "4815162342"  # pseudonymised, consistently


def test_chat_format_follows_the_contract(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        ticket_id = add_ticket(session, ORDER_TEXT, gold=gold_status(ORDER_TEXT, "4815-162342")).id
        session.commit()
    _, records = build(engine, tmp_path)
    record = records[ticket_id]
    user, calls, reply = record["messages"]
    assert user == {"role": "user", "content": user["content"]}
    assert calls["role"] == "assistant" and calls["tool_calls"][0]["type"] == "function"
    assert isinstance(calls["tool_calls"][0]["function"]["arguments"], str)
    assert reply["role"] == "assistant" and reply["content"]
    assert set(record) == {"messages", "intent", "entities", "ticket_id", "source"}


def test_pseudonyms_are_consistent_and_keep_spans() -> None:
    contract = load_contract()
    example = make_example(
        contract, ticket_id=1, source="gold", text=ORDER_TEXT, labelled_at=T0, label_id=1,
        **gold_status(ORDER_TEXT, "4815-162342"),
    )  # fmt: skip
    fake = pseudonymise_order_numbers(example, seed=3)
    entity = fake.entities[0]
    assert fake.text[entity["start"] : entity["end"]] == entity["value"]
    assert entity["value"][4] == "-" and len(entity["value"]) == len("4815-162342")
    number = digits_only(entity["value"])
    assert number != "4815162342" and "4815162342" not in fake.text and "162342" not in fake.text
    assert fake.text.count(number) == 1 and fake.text.count(entity["value"]) == 1  # both spellings swapped
    assert fake.tool_calls[0]["arguments"]["order_number"] == number
    assert fake.reply.startswith(number)
    assert pseudonymise_order_numbers(example, seed=3) == fake  # deterministic
    assert pseudonymise_order_numbers(example, seed=4).text != fake.text


def test_an_order_number_that_passes_the_tckn_checksum_is_judged_in_its_context(engine: Engine, tmp_path: Path) -> None:
    """Found by the loop test: an agent labelled 40074019386 (a valid TC kimlik checksum) as the order number
    of "40074019386 numaralı siparişimi ..."; the masker kept it as an order number, and the build must too.
    The same number where nothing says it is an order is still a leak."""
    number = "40074019386"
    assert leaked_pii(number) and not leaked_pii(f"{number} numaralı siparişimi geri yollamak istiyorum")
    text = f"merhaba. {number} numaralı siparişimi geri yollamak istiyorum, iade başlatın."
    start = text.index(number)
    gold = {
        "intent": "iade_baslat",
        "entities": [{"type": "order_number", "value": number, "start": start, "end": start + len(number)}],
        "tool_calls": [{"name": "create_return", "arguments": {"order_number": number, "reason": "diğer"}}],
    }
    with Session(engine) as session:
        add_ticket(session, text, gold=gold)
        session.commit()
    _, records = build(engine, tmp_path)
    assert len(records) == 1 and number not in json.dumps(list(records.values()))  # pseudonymised as usual

    with Session(engine) as session:
        leaky_id = add_ticket(
            session, "iade istiyorum", gold={"intent": "iade_baslat", "entities": [], "reply": f"TC: {number}"}
        ).id
        session.commit()
    with pytest.raises(PiiLeakError, match=rf"ticket {leaky_id} .*'tckn'.* reply"):
        build(engine, tmp_path)


def test_pii_anywhere_fails_the_build_naming_ticket_and_category(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        add_ticket(session, "şifremi unuttum", gold={"intent": "sifre_unuttum", "entities": []})
        leaky_id = add_ticket(
            session,
            "iade istiyorum",
            gold={"intent": "iade_baslat", "entities": [], "reply": "Sizi 0532 123 45 67 numarasından arayacağız."},
        ).id
        session.commit()
    with pytest.raises(PiiLeakError, match=rf"ticket {leaky_id} .*'phone'.* reply") as caught:
        build(engine, tmp_path)
    assert "0532" not in str(caught.value)  # the value itself is never echoed
    with Session(engine) as session:
        assert session.exec(select(DatasetVersion)).first() is None


def test_same_content_same_version_no_second_row(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        for n in range(6):
            text = f"Sipariş {4815162340 + n} nerede?"
            add_ticket(session, text, gold=gold_status(text, str(4815162340 + n)))
        session.commit()
    first, _ = build(engine, tmp_path)
    second, _ = build(engine, tmp_path)
    assert first.created and not second.created
    assert first.version == second.version and len(first.version) == 12
    assert first.stats["sha256"].startswith(first.version)
    other, _ = build(engine, tmp_path, seed=1)  # other pseudonyms: other content
    assert other.version != first.version
    with Session(engine) as session:
        assert len(session.exec(select(DatasetVersion)).all()) == 2
    card = json.loads((first.path / "card.json").read_text())
    assert card["per_intent"]["siparis_status"] == {"train": 5, "validation": 1}
    assert (first.path / "card.md").read_text().startswith(f"# Dataset {first.version}")


def test_split_is_stratified_by_intent() -> None:
    records = [
        {"ticket_id": n, "intent": intent} for n, intent in enumerate(["a"] * 30 + ["b"] * 5 + ["c"] * 2 + ["d"])
    ]
    train, validation = stratified_split(records, 0.1, seed=0)
    held = {intent: sum(r["intent"] == intent for r in validation) for intent in "abcd"}
    assert held == {"a": 3, "b": 1, "c": 1, "d": 0}
    assert {r["intent"] for r in train} == {"a", "b", "c", "d"}
    assert sorted(r["ticket_id"] for r in train + validation) == list(range(38))


def test_new_label_count_moves_with_each_build(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        ticket_id = add_ticket(session, "şifremi unuttum", gold={"intent": "sifre_unuttum", "entities": []}).id
        session.add(Annotation(ticket_id=ticket_id, intent="sifre_unuttum", entities=[]))
        session.add(Correction(ticket_id=ticket_id, field="intent", after="sifre_unuttum", role="agent"))
        session.commit()
        assert new_label_count(session) == 2
    result, _ = build(engine, tmp_path)
    with Session(engine) as session:
        assert new_label_count(session) == 0
        session.add(Correction(ticket_id=ticket_id, field="reply", after="ok", role="agent"))
        session.commit()
        assert new_label_count(session) == 1
    assert result.stats["corrections_since_last_version"] == 1
    again, _ = build(engine, tmp_path)  # same content: the existing version now has seen the new correction
    assert not again.created
    with Session(engine) as session:
        assert new_label_count(session) == 0


def test_bad_labels_are_skipped_with_a_reason(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        add_ticket(session, "şifremi unuttum", gold={"intent": "sifre_unuttum", "entities": []})
        entity = {"type": "order_number", "value": "999999999", "start": 0, "end": 9}
        bad_id = add_ticket(session, "kargom gelmedi", gold={"intent": "kargo_takip", "entities": [entity]}).id
        session.commit()
    result, records = build(engine, tmp_path)
    assert bad_id not in records
    assert result.stats["skipped"] == [
        {"ticket_id": bad_id, "source": "gold", "reason": "entity order_number is not in the ticket text"}
    ]


def test_nothing_to_build(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no labelled tickets"):
        build(engine, tmp_path)
