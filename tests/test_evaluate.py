"""The evaluation harness: scoring on hand-built cases worked out by hand, the files it writes, its input
errors, and `destek eval` end to end with a fake model (the real model is not needed to test the harness)."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select
from typer.testing import CliRunner

import training.evaluate as evaluate_module
from app.cli import cli
from db.contract import load_contract
from db.demo import DemoData, build_demo, seed_demo
from db.engine import init_db, make_engine
from db.models import EvalReport, Order
from serving.bot import Bot
from tests.test_bot import FakeBackend
from training import metrics
from training.evaluate import (
    REPORT_KEYS,
    EvalDataError,
    GoldTicket,
    backend_engine_for,
    evaluate,
    read_gold,
    render_markdown,
    score,
    store_report,
    write_outputs,
)

LABELS = load_contract().intent_ids
REQUIRED_KEYS = {*REPORT_KEYS, "per_intent", "model", "adapter"}
PREDICTION_KEYS = {"id", "intent", "confidence", "entities", "tool_calls", "reply", "route", "latency_s"}


def _call(name: str, **arguments: Any) -> dict[str, Any]:
    return {"name": name, "arguments": arguments}


def _ent(entity_type: str, value: str) -> dict[str, Any]:
    return {"type": entity_type, "value": value}


def _pred(
    intent: str | None,
    confidence: float,
    entities: list[dict[str, Any]],
    calls: list[dict[str, Any]],
    route: str,
    latency: float,
    ungrounded: list[str] | None = None,
    gold_intent: str | None = None,
) -> dict[str, Any]:
    return {
        "id": "x",
        "intent": intent,
        "confidence": confidence,
        "top_intents": [],
        "entities": entities,
        "tool_calls": calls,
        "reply": "r",
        "route": route,
        "route_reason": "",
        "latency_s": latency,
        "problems": [],
        "ungrounded": ungrounded or [],
        "gold_intent": gold_intent,
    }


def _hand_case() -> tuple[list[GoldTicket], list[dict[str, Any]]]:
    """Four tickets; the expected numbers are worked out in test_score_on_a_hand_built_case."""
    order, other = "4815162342", "1234567890"
    tickets = [
        GoldTicket(
            "1",
            "t1",
            1,
            "siparis_status",
            [_ent("order_number", order)],
            [_call("get_order_status", order_number=order)],
        ),
        GoldTicket(
            "2",
            "t2",
            1,
            "kargo_takip",
            [_ent("order_number", other), _ent("cargo_company", "Aras Kargo")],
            [_call("track_shipment", order_number=other)],
        ),
        GoldTicket("3", "t3", 1, "selamlama", [], []),
        GoldTicket("4", "t4", 1, "siparis_status", [], []),
    ]
    predictions = [
        _pred(
            "siparis_status",
            0.95,
            [_ent("order_number", order)],
            [_call("get_order_status", order_number=order)],
            "auto",
            1.0,
            gold_intent="siparis_status",
        ),
        _pred(
            "siparis_status",
            0.6,
            [_ent("order_number", "123 456 7890"), _ent("cargo_company", "aras")],
            [_call("get_order_status", order_number=other)],
            "human",
            2.0,
            ["date 28.11"],
            gold_intent="kargo_takip",
        ),
        _pred("selamlama", 0.99, [], [], "auto", 3.0, gold_intent="selamlama"),
        _pred(
            "siparis_status",
            0.9,
            [_ent("order_number", "99999999")],
            [_call("get_order_status", order_number="99999999")],
            "auto",
            4.0,
            gold_intent="siparis_status",
        ),
    ]
    return tickets, predictions


# ── score ─────────────────────────────────────────────────────────────────────────────────────────


def test_score_on_a_hand_built_case() -> None:
    tickets, predictions = _hand_case()
    report = score(tickets, predictions, LABELS)
    assert report["n"] == 4
    assert report["intent_accuracy"] == 0.75  # ticket 2 wrong
    # siparis_status P 2/3 R 1 F1 0.8; kargo_takip F1 0; selamlama F1 1 -> mean 0.6 (labels never seen excluded)
    assert report["intent_macro_f1"] == pytest.approx(0.6)
    assert set(report["per_intent"]) == {"siparis_status", "kargo_takip", "selamlama"}
    # entities: tp 3 (normalised '123 456 7890' and 'aras' match), fp 1 (ticket 4), fn 0 -> P .75 R 1
    assert report["entity_f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert report["order_number_exact"] == 1.0  # tickets 1 and 2 have a gold order number, both exact
    assert report["tool_call_accuracy"] == 0.5  # 1 and 3 (no call = no call) right
    assert report["hallucination_rate"] == 0.25
    assert report["latency_p50_s"] == pytest.approx(2.5)
    assert report["latency_p95_s"] == pytest.approx(3.85)
    assert report["auto_resolve_rate"] == 0.75
    assert report["auto_resolve_precision"] == pytest.approx(2 / 3)  # ticket 4 auto but its call is wrong
    assert len(report["confusion"]) == len(LABELS)
    assert sum(map(sum, report["confusion"])) == 4


def test_the_threshold_is_chosen_among_drafts_the_router_could_answer_alone() -> None:
    """30 answerable drafts, right at 0.90 and above, 2 wrong at 0.70; 10 confident wrong drafts of an intent
    that always goes to a human. Counting those would push the threshold above 0.99 (or find none); they are
    never auto-resolved, so the threshold is set by the answerable drafts alone."""
    call = [_call("get_order_status", order_number="4815162342")]
    tickets, predictions = [], []
    for n in range(30):
        right = n < 28
        tickets.append(GoldTicket(str(n), "t", 1, "siparis_status", [], call))
        confidence = 0.90 + n / 1000 if right else 0.70
        predictions.append(_pred("siparis_status", confidence, [], call if right else [], "auto", 1.0))
        predictions[-1]["auto_eligible"] = True
    for n in range(10):
        tickets.append(GoldTicket(f"h{n}", "t", 1, "sikayet", [], []))
        predictions.append(_pred("cift_cekim", 0.999, [], [], "human", 1.0))
        predictions[-1]["auto_eligible"] = False
    report = score(tickets, predictions, LABELS)
    assert report["suggested_threshold"] == pytest.approx(0.90)
    everything = [p["confidence"] for p in predictions]
    pairs = zip(tickets, predictions, strict=True)
    correct = [t.intent == p["intent"] and t.tool_calls == p["tool_calls"] for t, p in pairs]
    assert metrics.threshold_for_precision(everything, correct) is None  # what counting them all gave


def test_score_without_tool_calls_or_offsets_scores_what_it_has() -> None:
    """A hand-written file with intents and offset-less entities only: no tool-call or precision numbers."""
    tickets, predictions = _hand_case()
    bare = [GoldTicket(t.id, t.text, None, t.intent, t.entities, None) for t in tickets]
    report = score(bare, predictions, LABELS)
    assert report["intent_accuracy"] == 0.75
    assert report["entity_f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert report["tool_call_accuracy"] is None
    assert report["auto_resolve_rate"] == 0.75
    assert report["auto_resolve_precision"] is None
    assert "suggested_threshold" not in report
    assert REQUIRED_KEYS - {"model", "adapter"} <= set(report)


def test_score_with_text_only_keeps_every_report_key() -> None:
    tickets, predictions = _hand_case()
    bare = [GoldTicket(t.id, t.text, None, None, None, None) for t in tickets]
    report = score(bare, predictions, LABELS)
    assert set(REPORT_KEYS) <= set(report)
    for key in ("intent_accuracy", "intent_macro_f1", "entity_f1", "order_number_exact", "tool_call_accuracy"):
        assert report[key] is None, key
    assert report["hallucination_rate"] == 0.25 and report["latency_p50_s"] == pytest.approx(2.5)


def test_text_only_report_still_has_per_intent() -> None:
    tickets, predictions = _hand_case()
    report = score([GoldTicket(t.id, t.text, None, None, None, None) for t in tickets], predictions, LABELS)
    assert "per_intent" in report


# ── outputs ───────────────────────────────────────────────────────────────────────────────────────


def test_write_outputs_writes_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tickets, predictions = _hand_case()
    report = score(tickets, predictions, LABELS) | {"model": "fake-model", "adapter": None, "threshold": 0.8}
    confusions: list[tuple[Any, list[str]]] = []
    real_plot_confusion = metrics.plot_confusion

    def plot_confusion(matrix: Any, labels: list[str], path: Path) -> Path:
        """Drawing 44x45 annotated cells costs seconds (plot_confusion itself is tested in test_metrics);
        here what matters is what write_outputs hands it, drawn on a 2-label slice."""
        confusions.append((matrix, labels))
        return real_plot_confusion(matrix[:2, [0, 1, -1]], labels[:2], path)

    monkeypatch.setattr(metrics, "plot_confusion", plot_confusion)
    out = tmp_path / "out"
    write_outputs(report, predictions, out)
    ((matrix, labels),) = confusions
    assert matrix.shape == (len(LABELS), len(LABELS) + 1) and list(labels) == list(LABELS)
    assert matrix[LABELS.index("kargo_takip"), LABELS.index("siparis_status")] == 1
    stored = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(stored) >= REQUIRED_KEYS
    assert stored["intent_accuracy"] == 0.75
    lines = (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(set(json.loads(line)) >= PREDICTION_KEYS for line in lines)
    for name in ("latency.png", "confusion.png", "per_intent.png", "reliability.png"):
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Evaluation: fake-model / adapter none")
    assert "| intent_accuracy | 0.750 |" in markdown
    assert "| kargo_takip | 0.000 | 0.000 | 0.000 | 1 |" in markdown  # weakest intent listed


def test_render_markdown_without_labels() -> None:
    text = render_markdown({"n": 1, "model": "m", "adapter": "a1"})
    assert "adapter a1" in text and "| intent_accuracy | n/a |" in text and "Weakest" not in text


def test_store_report(engine: Engine, tmp_path: Path) -> None:
    tickets, predictions = _hand_case()
    report = score(tickets, predictions, LABELS) | {"model": "m", "adapter": "lora-1"}
    report_id = store_report(engine, report, "hand.jsonl", tmp_path)
    with Session(engine) as session:
        row = session.get(EvalReport, report_id)
        assert row is not None
        assert (row.data_name, row.n, row.model, row.adapter) == ("hand.jsonl", 4, "m", "lora-1")
        assert row.metrics is not None and row.metrics["intent_accuracy"] == 0.75


# ── read_gold ─────────────────────────────────────────────────────────────────────────────────────


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_gold_takes_what_is_there(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "g.jsonl",
        json.dumps({"id": "a", "text": "merhaba", "intent": "selamlama", "customer_id": "7"}),
        "",
        json.dumps({"text": "sipariş 4815162342", "entities": [_ent("order_number", "4815162342")]}),
    )
    first, second = read_gold(path)
    assert (first.id, first.customer_id, first.intent, first.entities, first.tool_calls) == (
        "a",
        7,
        "selamlama",
        None,
        None,
    )
    assert (second.id, second.customer_id, second.intent) == ("3", None, None)  # id defaults to the line number
    assert second.entities == [_ent("order_number", "4815162342")]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"text": "ok"}', "{bad"], ":2: not valid JSON"),
        (['{"text": "ok"}', '{"intent": "selamlama"}'], ":2: every line needs a non-empty 'text'"),
        (['{"text": "  "}'], ":1: every line needs a non-empty 'text'"),
        (['["text"]'], ":1: every line needs"),
        (['{"text": "a"}', "", '{"text": "b", "intent": "nope"}'], ":3: unknown intent 'nope'"),
        ([""], ": no tickets"),
    ],
)
def test_read_gold_errors_name_the_line(tmp_path: Path, lines: list[str], message: str) -> None:
    path = _write(tmp_path / "bad.jsonl", *lines)
    with pytest.raises(EvalDataError) as caught:
        read_gold(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_read_gold_bad_customer_id_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.jsonl", '{"text": "a", "customer_id": "müşteri-7"}')
    with pytest.raises(EvalDataError, match=":1:"):
        read_gold(path)


# ── evaluate against the demo backend with a fake model ───────────────────────────────────────────


def _gold_file(path: Path, demo: DemoData) -> tuple[Path, dict[str, Any]]:
    """Three hand-written tickets for the demo: one answerable, one missing its order number, one handoff."""
    order = next(o for o in demo.orders if o["status"] == "kargoda")
    number = order["order_number"]
    rows = [
        {
            "id": "own",
            "text": f"Merhaba, {number} nolu siparişim nerede? Tel 0532 123 45 67",
            "customer_id": order["customer_id"],
            "intent": "siparis_status",
            "entities": [_ent("order_number", number)],
            "tool_calls": [_call("get_order_status", order_number=number)],
        },
        {
            "id": "ask",
            "text": "Siparişim nerede kaldı?",
            "customer_id": 1,
            "intent": "siparis_status",
            "entities": [],
            "tool_calls": [],
        },
        {
            "id": "twice",
            "text": "Kartımdan iki kez çekim yapıldı",
            "intent": "cift_cekim",
            "tool_calls": [_call("transfer_to_human", reason="x")],
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path, order


def _fake_bot(number: str) -> Bot:
    return Bot(
        FakeBackend(
            [(number, "siparis_status", f"order_number: {number}"), ("iki kez", "cift_cekim", "-")],
            default=("siparis_status", "-"),
        )
    )


def test_evaluate_end_to_end_with_a_fake_model(tmp_path: Path, demo_engine: Engine, demo_data: DemoData) -> None:
    path, order = _gold_file(tmp_path / "g.jsonl", demo_data)
    bot = _fake_bot(order["order_number"])
    progress: list[int] = []
    report, predictions = evaluate(
        bot, read_gold(path), demo_engine, progress=lambda done, total: progress.append(done)
    )
    assert progress == [1, 2, 3]
    assert [p["route"] for p in predictions] == ["auto", "auto", "human"]
    assert [p["auto_eligible"] for p in predictions] == [True, True, False]  # cift_cekim always needs a human
    assert "0532" not in predictions[0]["reply"]  # tickets are masked before the model sees them
    assert (report["intent_accuracy"], report["tool_call_accuracy"], report["entity_f1"]) == (1.0, 1.0, 1.0)
    assert report["order_number_exact"] == 1.0
    assert report["hallucination_rate"] == 0.0
    assert report["auto_resolve_rate"] == pytest.approx(2 / 3) and report["auto_resolve_precision"] == 1.0
    assert (report["model"], report["adapter"], report["threshold"]) == ("fake-model", "fake-adapter", 0.8)

    assert all(p["latency_s"] >= 0 and set(p) >= PREDICTION_KEYS for p in predictions)
    assert math.isclose(predictions[0]["confidence"], 1 / (1 + 43 * math.exp(-12)), rel_tol=1e-5)


def test_a_premium_draft_that_does_not_name_the_programme_never_counts_for_the_threshold(
    tmp_path: Path, demo_engine: Engine
) -> None:
    """Such a draft goes to a human at any confidence, so it is not auto-eligible; one held back only for its
    confidence is."""
    rows = [
        {"id": "plus", "text": "Plus üyelik ücreti ne kadar?", "intent": "premium_uyelik", "tool_calls": []},
        {"id": "leave", "text": "Üyelikten çıkmak istemiştim", "intent": "hesap_silme", "tool_calls": []},
    ]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    for gap, routes in ((12.0, ["auto", "human"]), (1.0, ["human", "human"])):
        bot = Bot(FakeBackend(default=("premium_uyelik", "-"), gap=gap))
        _, predictions = evaluate(bot, read_gold(path), demo_engine)
        assert [p["route"] for p in predictions] == routes
        assert [p["auto_eligible"] for p in predictions] == [True, False]
        assert predictions[1]["route_reason"].startswith("Otomatik yanıt koşulu sağlanmadı")


def test_backend_engine_for_uses_own_data_or_a_scratch_demo(
    engine: Engine, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert backend_engine_for(demo_engine, seed=7) is demo_engine

    def tiny_demo(seed: int, today: date | None = None) -> DemoData:
        return build_demo(seed, n_customers=3, n_orders=10, today=today)

    monkeypatch.setattr(evaluate_module, "build_demo", tiny_demo)
    messages: list[str] = []
    scratch = backend_engine_for(engine, seed=11, progress=messages.append)
    assert scratch is not engine and "seed 11" in messages[0]
    with Session(scratch) as session:
        assert session.exec(select(func.count()).select_from(Order)).one() == 10


# ── destek eval ───────────────────────────────────────────────────────────────────────────────────


def test_destek_eval_cli(tmp_path: Path, demo_data: DemoData, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "cli.db"
    seeded = make_engine(f"sqlite:///{db}")
    init_db(seeded)
    seed_demo(seeded, demo_data)  # commerce data of its own: no scratch demo is built
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DESTEK_DB", str(db))
    path, order = _gold_file(tmp_path / "three.jsonl", demo_data)
    chosen: list[Any] = []

    def make_bot(settings: Any, engine: Any = None) -> Bot:
        chosen.append(settings)
        return _fake_bot(order["order_number"])

    monkeypatch.setattr("serving.factory.make_bot", make_bot)
    plotted: list[str] = []

    def fake_plot(*args: Any) -> Path:
        """Real plots are tested in test_write_outputs_writes_every_file; drawing them again costs seconds."""
        path = Path(args[-1])
        path.write_bytes(b"\x89PNG\r\n\x1a\n")
        plotted.append(path.name)
        return path

    for name in ("plot_latency", "plot_confusion", "plot_per_intent", "plot_reliability"):
        monkeypatch.setattr(f"training.metrics.{name}", fake_plot)
    out = tmp_path / "report"
    result = CliRunner().invoke(cli, ["eval", "--data", str(path), "--out", str(out), "--adapter", "my-lora"])
    assert result.exit_code == 0, result.output
    assert chosen[0].adapter == "my-lora"
    assert sorted(plotted) == ["confusion.png", "latency.png", "per_intent.png", "reliability.png"]
    stored = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(stored) >= REQUIRED_KEYS and stored["n"] == 3 and stored["intent_accuracy"] == 1.0
    assert len((out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert {p.name for p in out.glob("*.png")} == {"latency.png", "confusion.png", "per_intent.png", "reliability.png"}
    assert "Evaluation: fake-model" in result.output
    with Session(seeded) as session:
        (row,) = session.exec(select(EvalReport)).all()
        assert row.data_name == "three.jsonl" and row.n == 3

    limited = CliRunner().invoke(cli, ["eval", "--data", str(path), "--out", str(tmp_path / "r2"), "--limit", "1"])
    assert limited.exit_code == 0, limited.output
    assert json.loads((tmp_path / "r2" / "report.json").read_text(encoding="utf-8"))["n"] == 1

    bad = _write(tmp_path / "bad.jsonl", '{"text": "a"}', "{oops")
    failed = CliRunner().invoke(cli, ["eval", "--data", str(bad), "--out", str(tmp_path / "r3")])
    assert failed.exit_code == 2 and ":2: not valid JSON" in " ".join(failed.output.split())
