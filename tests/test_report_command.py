"""`destek report`: the operations figures as tables and JSON, the intent checked against the contract."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from app.cli import cli
from tests.test_operations import seed, seed_today


@pytest.fixture
def database(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    return engine


def test_json_has_every_figure(database: Engine) -> None:
    seed_today(database)
    result = CliRunner().invoke(cli, ["report", "--days", "2", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["time_zone"] == "TRT (UTC+3)" and len(body["daily"]) == 2
    assert (body["tickets_in"], body["auto_resolved"], body["human_handled"], body["backlog_now"]) == (3, 1, 1, 1)
    assert (body["auto_share"], body["first_answer_p50_s"], body["first_answer_p95_s"]) == (0.5, 40, 1200)
    assert body["cost"]["per_ticket_with_bot_usd"] == pytest.approx((0.08 + 1.50) / 2)
    assert body["cost"]["savings_usd"] == pytest.approx(1.42)
    assert body["agents"] == [{"agent": "Ayşe Yılmaz", "handled": 1}]
    assert body["daily"][-1]["backlog"] == 1


def test_tables_and_intent_filter(database: Engine) -> None:
    seed(database)
    result = CliRunner().invoke(cli, ["report", "--days", "3", "--intent", "iade_baslat"])
    assert result.exit_code == 0, result.output
    assert "iade_baslat" in result.output and "backlog now (awaiting a human)" in result.output
    assert "TRT (UTC+3)" in result.output and "savings" in result.output
    filtered = json.loads(CliRunner().invoke(cli, ["report", "--intent", "iade_baslat", "--json"]).output)
    assert filtered["intent"] == "iade_baslat" and filtered["backlog_now"] == 1  # T6; T10 is siparis_status


def test_unknown_intent_and_bad_rates_are_refused(database: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    unknown = CliRunner().invoke(cli, ["report", "--intent", "no_such_intent"])
    assert unknown.exit_code == 2 and "unknown intent 'no_such_intent'" in unknown.output
    monkeypatch.setenv("DESTEK_COST_HUMAN_USD", "bir buçuk")
    bad = CliRunner().invoke(cli, ["report"])
    assert bad.exit_code == 2 and "DESTEK_COST_HUMAN_USD='bir buçuk' is not a number" in bad.output


def test_an_empty_database_says_what_fills_it(database: Engine) -> None:
    result = CliRunner().invoke(cli, ["report", "--days", "1"])
    assert result.exit_code == 0, result.output
    assert "No tickets in this window" in result.output and "destek data import" in result.output
