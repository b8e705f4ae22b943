"""The ML lead's cockpit page in AppTest: renders empty and full, promote/rollback need a confirmation and change
the database, the build-dataset button starts a background job, and other roles are refused."""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from streamlit.testing.v1 import AppTest

from db.models import AnnotationTask, AuditEvent, Ticket
from labeling.workbench import QUEUE_FILLED_ACTION
from tests.conftest import make_user, open_page
from tests.test_cockpit import seed_cockpit
from training import cockpit, jobs as training_jobs, registry


@pytest.fixture
def jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DESTEK_JOBS", str(tmp_path / "jobs"))
    return tmp_path / "jobs"


@pytest.fixture
def full(app_engine: Engine, tmp_path: Path, jobs: Path) -> Engine:
    seed_cockpit(app_engine, tmp_path / "adapters")
    return app_engine


def texts(app: AppTest, kind: str) -> str:
    return "\n".join(str(element.value) for element in getattr(app, kind))


def button(app: AppTest, label: str):
    return next(b for b in app.button if b.label.startswith(label))


def checkbox(app: AppTest, key_prefix: str):
    return next(c for c in app.checkbox if (c.key or "").startswith(key_prefix))


def test_empty_database_explains_what_to_run(engine: Engine, monkeypatch: pytest.MonkeyPatch, jobs: Path) -> None:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    app = open_page("cockpit", make_user(engine, "zeynep", "ml_lead"))
    assert not app.exception
    info = texts(app, "info")
    assert "destek eval" in info and "destek select" in info and "destek dataset build" in info
    assert "no adapters yet" in info and "no corrections yet" in info
    assert [b.label for b in app.button][:4] == [
        "Değerlendirme çalıştır (run an eval)",
        "Kuyruğu doldur (fill the queue)",
        "Veri seti oluştur (build dataset)",
        "Yeniden eğit (retrain)",
    ]


def test_renders_every_section_with_data(full: Engine) -> None:
    app = open_page("cockpit", make_user(full, "zeynep", "ml_lead"))
    assert not app.exception
    assert len(app.tabs) == 6
    metrics = {m.label: m for m in app.metric}
    accuracy = metrics["Niyet doğruluğu (intent accuracy)"]
    assert accuracy.value == "1.000" and "+0.080 vs SLA 0.92" in accuracy.delta
    assert metrics["P95 gecikme (P95 latency, s)"].value == "1.50 s"
    assert metrics["Açık görev (open tasks)"].value == "2"
    assert "Belirsizlik ve çeşitlilik (uncertainty and diversity)" in "\n".join(m.value for m in app.markdown)
    assert app.selectbox[0].options == ["heldout.jsonl", "other.jsonl"]
    frames = [frame.value for frame in app.dataframe]
    per_intent = next(f for f in frames if "f1" in f.columns)
    assert per_intent.iloc[0]["intent"] == "siparis_status"
    assert any("a3" in set(f.get("name", [])) for f in frames)  # adapters table
    # another eval set: no confusion matrix, SLA charts say what was not scored
    app.selectbox[0].select("other.jsonl").run()
    assert not app.exception
    assert "not scored on this eval set" in texts(app, "caption")


def test_promote_needs_confirmation_then_switches_the_active_adapter(full: Engine) -> None:
    lead = make_user(full, "zeynep", "ml_lead")
    app = open_page("cockpit", lead)
    promote = button(app, "Yayına al (promote)")
    assert promote.disabled  # no promotion without the confirmation (AppTest refuses to click it, as a browser does)
    assert cockpit.active_adapter(full) == "a1"
    checkbox(app, "confirm-promote-a2").check().run()
    assert not button(app, "Yayına al (promote)").disabled
    button(app, "Yayına al (promote)").click().run()
    assert not app.exception
    assert cockpit.active_adapter(full) == "a2"
    assert "a2 yayında" in texts(app, "success")
    with Session(full) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == registry.PROMOTE_ACTION)).all()[-1]
    assert event.user_id == lead.id and event.details["previous"] == "a1"
    # the confirmation does not carry over to the next promotion
    assert not checkbox(app, "confirm-promote").value


def test_rollback_needs_confirmation(full: Engine) -> None:
    registry.promote(full, "a2")
    lead = make_user(full, "zeynep", "ml_lead")
    app = open_page("cockpit", lead)
    rollback = button(app, "Geri al (roll back)")
    assert rollback.disabled
    checkbox(app, "confirm-rollback-a2").check().run()
    button(app, "Geri al (roll back)").click().run()
    assert not app.exception
    assert cockpit.active_adapter(full) == "a1"
    with Session(full) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == registry.ROLLBACK_ACTION)).one()
    assert event.user_id == lead.id
    assert "nothing to roll back to" in texts(app, "caption")  # a1 replaced nothing


def test_build_dataset_button_starts_a_job(full: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        training_jobs, "cli_command", lambda *args: [sys.executable, "-c", f"print({' '.join(args)!r})"]
    )
    lead = make_user(full, "zeynep", "ml_lead")
    app = open_page("cockpit", lead)
    button(app, "Veri seti oluştur").click().run()
    assert not app.exception
    [job] = training_jobs.list_jobs(full)
    assert job.kind == training_jobs.DATASET and job.username == "zeynep"
    assert f"job started): {job.id}" in texts(app, "success")
    deadline = time.monotonic() + 60
    while training_jobs.get_job(full, job.id).running and time.monotonic() < deadline:
        time.sleep(0.1)
    assert training_jobs.get_job(full, job.id).state == training_jobs.SUCCEEDED
    app.run()
    assert "dataset build" in texts(app, "code")  # the log tail is shown
    with Session(full) as session:
        started = session.exec(select(AuditEvent).where(AuditEvent.action == "job.started")).one()
    assert started.user_id == lead.id


def test_second_retrain_is_refused_on_the_page(full: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        training_jobs, "cli_command", lambda *args: [sys.executable, "-c", "import time; time.sleep(30)"]
    )
    app = open_page("cockpit", make_user(full, "zeynep", "ml_lead"))
    button(app, "Yeniden eğit").click().run()
    job = training_jobs.running_job(full, training_jobs.RETRAIN)
    try:
        assert job is not None and job.details["where"] == "local"
        button(app, "Yeniden eğit").click().run()
        assert "already running" in texts(app, "error")
        assert len(training_jobs.list_jobs(full, kind=training_jobs.RETRAIN)) == 1
    finally:
        training_jobs.cancel_job(full, job.id, user_id=None)


def test_an_agent_is_refused(app_engine: Engine) -> None:
    app = open_page("cockpit", make_user(app_engine, "ayse", "agent"))
    assert "kapalı" in texts(app, "error")
    assert not app.tabs and not app.button


def test_signed_out_is_asked_to_sign_in(app_engine: Engine) -> None:
    app = open_page("cockpit", None)
    assert "oturum açın" in texts(app, "warning")


def test_before_any_eval_the_cockpit_shows_live_drafts_and_corrections(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, jobs: Path
) -> None:
    import json
    from datetime import UTC, datetime, timedelta

    import pyarrow as pa

    from db.models import Correction, Draft, Ticket

    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    now = datetime.now(UTC) - timedelta(minutes=5)
    with Session(engine) as session:
        ticket = Ticket(dedupe_key="k", text="kargom nerede", status="drafted", created_at=now)
        session.add(ticket)
        session.flush()
        drafts = [
            Draft(
                ticket_id=ticket.id, model="m", intent="kargo_takip", route="auto", route_reason="Otomatik yanıtlandı"
            ),
            Draft(ticket_id=ticket.id, model="m", intent="kargo_takip", route="human", route_reason="Düşük güven: 0.4"),
            Draft(ticket_id=ticket.id, model="m", valid=False, route="human", route_reason="Model yanıtı geçersiz: x"),
        ]
        session.add_all(drafts)
        session.flush()
        session.add(
            Correction(ticket_id=ticket.id, draft_id=drafts[1].id, field="reply", before="a", after="b", role="agent")
        )
        session.commit()
    app = open_page("cockpit", make_user(engine, "zeynep", "ml_lead"))
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Taslak (drafts)"] == "3" and metrics["Geçersiz (invalid)"] == "1"
    assert metrics["Geçerli (valid)"] == "%66.7" and metrics["Otomatik rota (auto route)"] == "%33.3"
    assert "destek data generate --split heldout" in texts(app, "info")  # the hint makes the file it names
    specs = [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]
    count_axes = [
        spec["encoding"][axis]
        for spec in specs
        for axis in ("x", "y")
        if spec["encoding"][axis]["type"] == "quantitative"
    ]
    assert len(count_axes) == 3  # validity per day, route reasons, corrections per intent
    assert all(axis["axis"] == {"format": "d", "tickMinStep": 1} for axis in count_axes)
    words = json.dumps(specs, ensure_ascii=False) + "".join(
        str(pa.ipc.open_stream(d.data.data).read_pandas().to_dict())
        for c in app.get("vega_lite_chart")
        for d in c.proto.datasets
    )
    assert specs[-1]["encoding"]["y"]["field"] == "etiket"  # corrections per intent by Turkish label
    assert "Düşük güven" in words and "Kargo" in words and "Yanıt (reply)" in words  # Turkish labels, not raw ids


def test_run_an_eval_generates_the_held_out_set_once_then_scores_it(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, jobs: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setattr(
        training_jobs, "cli_command", lambda *args: [sys.executable, "-c", f"print({' '.join(args)!r})"]
    )
    lead = make_user(engine, "zeynep", "ml_lead")
    app = open_page("cockpit", lead)
    app.number_input(key="eval_tickets").set_value(50)
    button(app, "Değerlendirme çalıştır").click().run()
    assert not app.exception
    [job] = training_jobs.list_jobs(engine)
    assert job.kind == training_jobs.EVAL and job.username == "zeynep" and "50 bilet" in job.title
    assert f"eval started): {job.id}" in texts(app, "success")
    data = training_jobs.eval_data_path(engine)
    assert data == jobs.parent / "heldout.jsonl"
    # a fresh clone has no held-out file: generate, then eval
    commands = training_jobs.get_job(engine, job.id).commands
    assert len(commands) == 2 and "data generate --split heldout --n 200 --seed 7 --out" in commands[0]
    assert f"eval --data {data} --out" in commands[1] and commands[1].endswith("--limit 50')")
    deadline = time.monotonic() + 60
    while training_jobs.get_job(engine, job.id).running and time.monotonic() < deadline:
        time.sleep(0.1)
    assert training_jobs.get_job(engine, job.id).state == training_jobs.SUCCEEDED
    data.write_text("{}\n")  # once the file exists it is kept: the same tickets every time
    [only] = training_jobs.eval_steps(engine, 50)
    assert "'eval --data" in only[-1]


def test_the_ml_lead_fills_the_annotation_queue_from_the_cockpit(app_engine: Engine, jobs: Path) -> None:
    zeynep = make_user(app_engine, "zeynep", "ml_lead")
    with Session(app_engine) as session:
        session.add_all([Ticket(dedupe_key=f"p{n}", text="siparişim nerede", source="demo") for n in range(3)])
        session.commit()
    app = open_page("cockpit", zeynep)
    assert "kuyruğu boş" in texts(app, "info")
    app = app.button(key="ck_fill").click().run()
    assert not app.exception and not app.error
    assert "3 bilet kuyruğa eklendi" in texts(app, "success")
    assert {m.label: m.value for m in app.metric}["Açık görev (open tasks)"] == "3"
    queue = next(f.value for f in app.dataframe if "batch" in f.value.columns)
    assert list(queue["total"]) == [3] and queue["created_at"][0].utcoffset() == timedelta(hours=3)  # TRT
    with Session(app_engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.user_id == zeynep.id)).all()
        assert [e.action for e in events] == [QUEUE_FILLED_ACTION]
        assert len(session.exec(select(AnnotationTask)).all()) == 3
