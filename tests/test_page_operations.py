"""The operations page in AppTest: figures and charts with data, the intent filter, the empty state, a bad cost
rate, and the roles that may not open it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import Engine
from streamlit.testing.v1 import AppTest

from db.contract import load_contract
from tests.conftest import make_user, open_page
from tests.test_operations import seed_today


@pytest.fixture
def database(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Engine:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    return engine


def metrics(app: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def test_renders_every_figure_with_a_chart(database: Engine) -> None:
    seed_today(database)
    app = open_page("operations", make_user(database, "zeynep", "ml_lead"))
    assert not app.exception
    shown = metrics(app)
    assert shown["Gelen bilet (tickets in)"] == "3"
    assert shown["Otomatik çözülen (auto-resolved)"] == "1"
    assert shown["İnsanın ele aldığı (human-handled)"] == "1"
    assert shown["Bekleyen şu an (backlog now)"] == "1"
    assert (shown["P50"], shown["P95"]) == ("40 sn", "20.0 dk")
    assert shown["Tasarruf (savings)"] == "$1.42"
    assert shown["Bilet başı, botla (per ticket, with the bot)"] == "$0.79"
    assert "TRT (UTC+3)" in "\n".join(c.value for c in app.caption)
    charts = app.get("vega_lite_chart")
    assert len(charts) == 6  # volume, shares, first answer, backlog, agents, cost
    specs = [json.loads(chart.proto.spec) for chart in charts]
    volume = specs[0]["encoding"]["y"]
    assert volume["title"] == "Bilet sayısı (tickets)" and volume["axis"] == {"format": "d", "tickMinStep": 1}
    titles = json.dumps(specs, ensure_ascii=False)
    assert "Gün sonu bekleyen (end-of-day backlog)" in titles and "Temsilci (agent)" in titles
    assert app.dataframe[0].value.iloc[0]["Temsilci (agent)"] == "Ayşe Yılmaz"


def test_the_intent_filter_shows_turkish_labels_and_narrows_the_figures(database: Engine) -> None:
    seed_today(database)
    app = open_page("operations", make_user(database, "admin", "admin"))
    intent = app.selectbox[0]
    label = load_contract().intent("iade_baslat").label
    assert f"{label} · iade_baslat" in intent.options  # the Turkish label, not only the raw id
    assert intent.options[0] == "Tümü (all intents)"
    app = intent.select("iade_baslat").run()
    assert not app.exception
    shown = metrics(app)
    assert (shown["Gelen bilet (tickets in)"], shown["Otomatik çözülen (auto-resolved)"]) == ("2", "0")
    assert shown["Bekleyen şu an (backlog now)"] == "1"
    app = app.selectbox[0].select("fatura_ister").run()
    assert "no tickets in this period" in "\n".join(i.value for i in app.info)


def test_an_empty_database_explains_what_fills_it(database: Engine) -> None:
    app = open_page("operations", make_user(database, "zeynep", "ml_lead"))
    assert not app.exception
    info = "\n".join(i.value for i in app.info)
    assert "destek data import" in info and "destek demo" in info and "review queue" in info
    assert not app.metric


def test_a_bad_cost_rate_is_shown_not_a_traceback(database: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTEK_COST_BOT_USD", "-1")
    app = open_page("operations", make_user(database, "zeynep", "ml_lead"))
    assert not app.exception
    assert "DESTEK_COST_BOT_USD='-1'" in app.error[0].value


@pytest.mark.parametrize("role", ["agent", "annotator"])
def test_other_roles_are_refused(database: Engine, role: str) -> None:
    app = open_page("operations", make_user(database, "ali", role))
    assert not app.exception and "rolüne kapalı" in app.error[0].value
    assert not app.metric
