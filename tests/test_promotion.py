"""training.promotion: every way of promoting (the nightly gate, `destek adapters promote|rollback`, the
cockpit) hot-swaps onto the configured vLLM replicas, with the adapter's own gate tickets as canaries, or
switches the database alias alone when no replica is configured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session
from typer.testing import CliRunner

from app.cli import cli
from db.models import Adapter
from serving.hotswap import Replica, SwapError
from serving.pii import mask
from tests.fake_vllm import FakeVLLM, active_name, adapter_row, serve_v1, word
from training.promotion import REPLICAS_ENV, configured_replicas, gate_canaries, promote_everywhere, rollback_everywhere

HELDOUT = [
    {"id": "h1", "text": "4815162342 nolu siparişimi iptal edin, ahmet.yilmaz@example.com", "intent": "siparis_iptal"},
    {"id": "h2", "text": "Siparişimi iptal etmek istiyorum", "intent": "siparis_iptal"},
    {"id": "h3", "text": "Çok teşekkürler", "intent": "tesekkur"},
]


def write_gate(engine: Engine, name: str, tmp_path: Path, intents: dict[str, str], problems: tuple[str, ...] = ()):
    """What the gate leaves behind for adapter `name`: predictions beside it, the held-out path in its row."""
    heldout = tmp_path / "heldout.jsonl"
    heldout.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in HELDOUT), encoding="utf-8")
    row = adapter_row(engine, name)
    gate_dir = Path(row.path) / "gate"
    gate_dir.mkdir(exist_ok=True)
    lines = [
        json.dumps({"id": i, "intent": intent, "problems": ["bad span"] if i in problems else []})
        for i, intent in intents.items()
    ]
    (gate_dir / "predictions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Session(engine) as session:
        adapter = session.get(Adapter, row.id)
        adapter.gate = {"heldout_path": str(heldout), "passed": True}
        session.add(adapter)
        session.commit()


@pytest.fixture
def deployed(registry: dict[str, str], fakes: list[FakeVLLM], monkeypatch: pytest.MonkeyPatch) -> list[FakeVLLM]:
    """Two fake replicas serving destek-v1, listed in $DESTEK_VLLM_REPLICAS as on a real deployment."""
    serve_v1(fakes, registry)
    monkeypatch.setenv(REPLICAS_ENV, ",".join(f.url for f in fakes))
    return fakes


def test_replicas_come_from_the_arguments_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REPLICAS_ENV, raising=False)
    assert configured_replicas() == []
    monkeypatch.setenv(REPLICAS_ENV, " http://a:8000/v1 , http://b:8001,")
    assert configured_replicas() == [Replica("http://a:8000"), Replica("http://b:8001")]
    assert configured_replicas(["http://c:9000"]) == [Replica("http://c:9000")]


def test_canaries_are_the_gate_tickets_masked_with_the_intent_the_gate_saw(
    engine: Engine, registry: dict[str, str], tmp_path: Path
) -> None:
    write_gate(engine, "destek-v2", tmp_path, {"h1": "siparis_iptal", "h2": "siparis_iptal", "h3": "tesekkur"}, ("h2",))
    prompts, expected = gate_canaries(adapter_row(engine, "destek-v2"), count=2)
    assert prompts == [mask(HELDOUT[0]["text"]).text, HELDOUT[2]["text"]]  # h2 had problems: not a canary
    assert "ahmet.yilmaz@example.com" not in prompts[0]  # the bot never sees clear personal data, nor do the canaries
    assert expected == ["siparis_iptal", "tesekkur"]
    assert gate_canaries(adapter_row(engine, "destek-v3")) == ([], [])  # never gated: nothing to replay


def test_without_replicas_a_promotion_is_the_alias_switch(
    engine: Engine, registry: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(REPLICAS_ENV, raising=False)
    promotion = promote_everywhere(engine, "destek-v2", reason="test")
    assert promotion.swap is None and promotion.adapter.name == "destek-v2" == active_name(engine)
    assert "no vLLM replica configured" in promotion.summary()
    back = rollback_everywhere(engine)
    assert back.swap is None and active_name(engine) == "destek-v1"


def test_with_replicas_configured_a_promotion_hot_swaps_with_the_gate_canaries(
    engine: Engine, registry: dict[str, str], deployed: list[FakeVLLM], tmp_path: Path
) -> None:
    fakes = deployed
    write_gate(engine, "destek-v2", tmp_path, {"h1": "siparis_iptal", "h2": "siparis_iptal"})
    for fake in fakes:
        fake.favourite["destek-v2"] = word("siparis_iptal")
    promotion = promote_everywhere(engine, "destek-v2", reason="passed the gate")
    assert active_name(engine) == "destek-v2"
    assert promotion.swap is not None and promotion.swap.previous == "destek-v1"
    assert [len(c.answers) for c in promotion.swap.canaries] == [2, 2]  # both gate tickets on both replicas
    assert all(a["expected"] == "siparis_iptal" and a["ok"] for c in promotion.swap.canaries for a in c.answers)
    for fake in fakes:
        assert fake.adapters == {"destek-v2": registry["destek-v2"]}
    assert "on 2 vLLM replica(s)" in promotion.summary()

    back = rollback_everywhere(engine)  # v1 was never gated here: one default ticket must get a valid answer
    assert back.adapter.name == "destek-v1" == active_name(engine) and back.swap is not None
    for fake in fakes:
        assert fake.adapters == {"destek-v1": registry["destek-v1"]}


def test_a_replica_that_disagrees_with_the_gate_blocks_the_promotion(
    engine: Engine, registry: dict[str, str], deployed: list[FakeVLLM], tmp_path: Path
) -> None:
    fakes = deployed
    write_gate(engine, "destek-v2", tmp_path, {"h1": "siparis_iptal"})
    fakes[0].favourite["destek-v2"] = word("siparis_iptal")
    fakes[1].favourite["destek-v2"] = word("tesekkur")  # e.g. a corrupt copy of the adapter on that host
    with pytest.raises(SwapError, match="canary"):
        promote_everywhere(engine, "destek-v2")
    assert active_name(engine) == "destek-v1"
    for fake in fakes:
        assert fake.adapters == {"destek-v1": registry["destek-v1"]}


def test_destek_adapters_promote_and_rollback_hot_swap_when_replicas_are_configured(
    engine: Engine, registry: dict[str, str], deployed: list[FakeVLLM], monkeypatch: pytest.MonkeyPatch
) -> None:
    fakes = deployed
    monkeypatch.setenv("DESTEK_DB", str(engine.url.database))
    result = CliRunner().invoke(cli, ["adapters", "promote", "destek-v3"])
    assert result.exit_code == 0, result.output
    assert "destek-v3 is active on 2 vLLM replica(s)" in result.output
    assert all(fake.adapters == {"destek-v3": registry["destek-v3"]} for fake in fakes)

    fakes[1].fail_loads = True
    result = CliRunner().invoke(cli, ["adapters", "rollback"])
    assert result.exit_code == 1 and "out of LoRA slots" in result.output
    assert active_name(engine) == "destek-v3"  # nothing switched

    result = CliRunner().invoke(cli, ["adapters", "promote", "nope"])
    assert result.exit_code == 1 and "no adapter named 'nope'" in result.output


def test_destek_adapters_promote_takes_replicas_and_canaries_by_hand(
    engine: Engine,
    registry: dict[str, str],
    fakes: list[FakeVLLM],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    serve_v1(fakes, registry)
    monkeypatch.delenv(REPLICAS_ENV, raising=False)  # nothing configured: only the --replica options count
    monkeypatch.setenv("DESTEK_DB", str(engine.url.database))
    canaries = tmp_path / "canaries.jsonl"
    canaries.write_text(json.dumps({"text": "siparişimi iptal edin", "intent": "siparis_iptal"}) + "\n", "utf-8")
    for fake in fakes:
        fake.favourite["destek-v2"] = word("tesekkur")  # disagrees with the canary file's intent
    replicas = [arg for fake in fakes for arg in ("--replica", fake.url)]
    result = CliRunner().invoke(cli, ["adapters", "promote", "destek-v2", *replicas, "--canaries", str(canaries)])
    assert result.exit_code == 1 and "canary" in result.output
    assert active_name(engine) == "destek-v1"

    for fake in fakes:
        fake.favourite["destek-v2"] = word("siparis_iptal")
    result = CliRunner().invoke(cli, ["adapters", "promote", "destek-v2", *replicas, "--canaries", str(canaries)])
    assert result.exit_code == 0, result.output
    assert "destek-v2 is active on 2 vLLM replica(s)" in result.output
    assert all(fake.adapters == {"destek-v2": registry["destek-v2"]} for fake in fakes)
