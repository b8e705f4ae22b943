"""`destek data import`: the only door tickets come through, so masking, line-numbered errors and idempotence
are tested at the door itself (functions) and through the CLI (exit codes an operator's script depends on)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from app.cli import cli
from db.engine import make_engine
from db.models import Ticket
from serving.ingest import MAX_TICKET_CHARS, RowError, build_ticket, import_rows, import_tickets, read_rows
from serving.pii import leaked_pii
from serving.vault import VAULT

PHONE = "0532 123 45 67"
EMAIL = "ayse.yilmaz@example.com"
ORDER = "4815162342"


@pytest.fixture(autouse=True)
def _clean_vault() -> Iterator[None]:
    """The vault is process-wide; forget what a test put there so no clear value outlives it."""
    yield
    for ticket_id in list(VAULT._values):
        VAULT.forget(ticket_id)


def _jsonl(path: Path, *lines: dict[str, Any] | str) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def _tickets(engine: Engine) -> list[Ticket]:
    with Session(engine) as session:
        return list(session.exec(select(Ticket).order_by(Ticket.id)).all())


# ── JSONL ─────────────────────────────────────────────────────────────────────────────────────────


def test_jsonl_import_masks_and_keeps_clear_values_only_in_the_vault(tmp_path: Path, seeded_engine: Engine) -> None:
    text = f"Merhaba, telefonum {PHONE}, e-posta {EMAIL}. {ORDER} nolu siparişim nerede?"
    path = _jsonl(tmp_path / "t.jsonl", {"id": "t-1", "text": text, "customer_id": 3})
    report = import_tickets(seeded_engine, path)
    assert (report.imported, report.duplicates, report.errors) == (1, 0, [])
    (ticket,) = _tickets(seeded_engine)
    assert PHONE not in ticket.text and EMAIL not in ticket.text
    assert leaked_pii(ticket.text) == []
    assert ORDER in ticket.text  # order numbers are not personal data
    assert ticket.pii_types == ["email", "phone"]
    assert (ticket.external_id, ticket.customer_id, ticket.status) == ("t-1", 3, "pending")
    assert ticket.source == "import:t.jsonl"
    assert set(VAULT.get(ticket.id).values()) == {PHONE, EMAIL}


def test_gold_offsets_are_mapped_into_the_masked_text(tmp_path: Path, engine: Engine) -> None:
    text = f"Tel {PHONE} - sipariş {ORDER} - kod INDIRIM50"
    entities = [
        {"type": "order_number", "value": ORDER, "start": text.index(ORDER), "end": text.index(ORDER) + 10},
        {"type": "coupon_code", "value": "INDIRIM50", "start": text.index("INDIRIM50"), "end": len(text)},
    ]
    calls = [{"name": "get_order_status", "arguments": {"order_number": ORDER}}]
    row = {"text": text, "intent": "siparis_status", "entities": entities, "tool_calls": calls, "reply": "Tamam."}
    report = import_tickets(engine, _jsonl(tmp_path / "g.jsonl", row))
    assert report.errors == []
    (ticket,) = _tickets(engine)
    assert ticket.gold is not None
    assert ticket.gold["intent"] == "siparis_status"
    assert ticket.gold["tool_calls"] == calls and ticket.gold["reply"] == "Tamam."
    for entity in ticket.gold["entities"]:
        assert ticket.text[entity["start"] : entity["end"]] == entity["value"]
    assert ticket.gold["entities"][0]["start"] < entities[0]["start"]  # the phone placeholder is shorter


def test_bad_rows_are_reported_by_line_and_the_rest_imported(tmp_path: Path, seeded_engine: Engine) -> None:
    path = _jsonl(
        tmp_path / "mixed.jsonl",
        {"text": "iyi satır bir"},
        "{bozuk json",
        "",  # blank lines are skipped, not errors, but still counted
        "[1, 2]",
        {"text": "   "},
        {"text": "müşteri yok", "customer_id": 999_999},
        {"text": "müşteri sayı değil", "customer_id": "abc"},
        {"text": "niyet yok", "intent": "uydurma_niyet"},
        {
            "text": "aralık yanlış",
            "intent": "selamlama",
            "entities": [{"type": "size", "value": "M", "start": 0, "end": 3}],
        },
        {"text": "x" * (MAX_TICKET_CHARS + 1)},
        {
            "text": f"{PHONE} ara",
            "intent": "selamlama",
            "entities": [{"type": "order_number", "value": PHONE, "start": 0, "end": 14}],
        },
        {"text": "iyi satır iki", "customer_id": "2"},
    )
    report = import_tickets(seeded_engine, path)
    assert report.imported == 2
    lines = [line for line, _ in report.errors]
    assert lines == [2, 4, 5, 6, 7, 8, 9, 10, 11]
    messages = dict(report.errors)
    assert "not valid JSON" in messages[2]
    assert "JSON object" in messages[4]
    assert "empty 'text'" in messages[5]
    assert "customer 999999 does not exist" in messages[6]
    assert "customer_id must be an integer" in messages[7]
    assert "unknown intent 'uydurma_niyet'" in messages[8]
    assert "does not match its value" in messages[9]
    assert "longer than" in messages[10]
    assert "overlaps personal data" in messages[11]
    assert [t.customer_id for t in _tickets(seeded_engine)] == [None, 2]


@pytest.mark.parametrize(
    "entities",
    [
        pytest.param([{"value": ORDER, "start": 0, "end": 10}], id="entity-without-type"),
        pytest.param("order_number 4815162342", id="entities-not-a-list"),
        pytest.param([{"type": "telefon", "value": ORDER, "start": 0, "end": 10}], id="unknown-entity-type"),
    ],
)
def test_malformed_gold_entities_are_a_row_error(tmp_path: Path, engine: Engine, entities: Any) -> None:
    path = _jsonl(
        tmp_path / "e.jsonl",
        {"text": f"{ORDER} nerede", "intent": "siparis_status", "entities": entities},
        {"text": "iyi satır"},
    )
    report = import_tickets(engine, path)
    assert report.imported == 1
    assert [line for line, _ in report.errors] == [1]


def test_reimport_is_idempotent(tmp_path: Path, engine: Engine) -> None:
    path = _jsonl(
        tmp_path / "r.jsonl",
        {"id": "a", "text": "birinci"},
        {"text": "kimliksiz"},
        {"text": "kimliksiz"},  # same text, same (no) customer: the same ticket
        {"text": "kimliksiz", "id": "b"},  # an id makes it its own ticket
    )
    first = import_tickets(engine, path)
    assert (first.imported, first.duplicates) == (3, 1)
    again = import_tickets(engine, path)
    assert (again.imported, again.duplicates, again.errors) == (0, 4, [])
    assert len(_tickets(engine)) == 3


def test_same_text_for_another_customer_is_another_ticket(seeded_engine: Engine) -> None:
    rows = [(1, {"text": "Siparişim nerede?", "customer_id": 1}), (2, {"text": "Siparişim nerede?", "customer_id": 2})]
    assert import_rows(seeded_engine, rows, source="t").imported == 2


# ── CSV ───────────────────────────────────────────────────────────────────────────────────────────


def test_csv_with_text_and_optional_columns(tmp_path: Path, seeded_engine: Engine) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "id,text,customer_id,intent\n"
        f'c1,"Merhaba, {ORDER} nerede? Tel {PHONE}",5,siparis_status\n'
        'c2,"çok satırlı\nmesaj",,\n'
        "c3,,4,\n"
        "c4,merhaba,,uydurma\n",
        encoding="utf-8-sig",  # Excel writes a BOM; the header must still read 'id'
    )
    report = import_tickets(seeded_engine, path)
    assert report.imported == 2
    assert report.errors == [(5, "missing or empty 'text'"), (6, "unknown intent 'uydurma'")]
    first, second = _tickets(seeded_engine)
    assert (first.external_id, first.customer_id) == ("c1", 5)
    assert first.gold == {"intent": "siparis_status", "entities": []}
    assert PHONE not in first.text and ORDER in first.text
    assert second.text == "çok satırlı\nmesaj" and second.customer_id is None and second.gold is None


def test_csv_without_text_column_and_unknown_suffix_are_refused(tmp_path: Path) -> None:
    bad_csv = tmp_path / "b.csv"
    bad_csv.write_text("message\nhello\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'text' column"):
        list(read_rows(bad_csv))
    with pytest.raises(ValueError, match="unsupported file type"):
        list(read_rows(tmp_path / "t.txt"))


def test_build_ticket_raises_row_error_for_non_string_text() -> None:
    with pytest.raises(RowError, match="text"):
        build_ticket({"text": 42}, source="t")


# ── CLI ───────────────────────────────────────────────────────────────────────────────────────────


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "cli.db"
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DESTEK_DB", str(db))
    return db


def test_cli_import_reports_bad_lines_and_exits_zero(tmp_path: Path, cli_db: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", {"text": "bir"}, "{kötü", {"text": "iki"})
    result = CliRunner().invoke(cli, ["data", "import", str(path)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())  # rich wraps long lines
    assert "line 2:" in output
    assert "Imported 2 tickets, 0 already present, 1 bad rows." in output
    assert len(_tickets(make_engine(f"sqlite:///{cli_db}"))) == 2
    again = CliRunner().invoke(cli, ["data", "import", str(path)])
    assert again.exit_code == 0 and "Imported 0 tickets, 2 already present" in " ".join(again.output.split())


def test_cli_import_exit_codes(tmp_path: Path, cli_db: Path) -> None:
    runner = CliRunner()
    all_bad = _jsonl(tmp_path / "bad.jsonl", "{x", {"text": ""})
    assert runner.invoke(cli, ["data", "import", str(all_bad)]).exit_code == 1
    wrong = tmp_path / "t.txt"
    wrong.write_text("hello", encoding="utf-8")
    result = runner.invoke(cli, ["data", "import", str(wrong)])
    assert result.exit_code == 2 and "unsupported file type" in " ".join(result.output.split())
    no_text = tmp_path / "n.csv"
    no_text.write_text("body\nx\n", encoding="utf-8")
    assert runner.invoke(cli, ["data", "import", str(no_text)]).exit_code == 2
    assert runner.invoke(cli, ["data", "import", str(tmp_path / "missing.jsonl")]).exit_code == 2


def test_cli_import_of_generated_tickets_without_the_demo_shop_says_how_to_seed_it(
    tmp_path: Path, cli_db: Path
) -> None:
    path = _jsonl(tmp_path / "g.jsonl", {"text": "siparişim nerede", "customer_id": 1241})
    result = CliRunner().invoke(cli, ["data", "import", str(path)])
    output = " ".join(result.output.split())
    assert result.exit_code == 1
    assert "customer 1241 does not exist" in output and "destek init --demo" in output
