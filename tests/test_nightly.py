"""training.nightly: its no-op without enough new labels, a tiny run on review corrections that is gated, the
next night continuing the champion on the replay mix, a night with nothing to learn, and when it starts fresh."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from app.commands import training as training_commands
from db.models import Ticket, TrainingRun
from tests.fake_vllm import adapter_row
from tests.test_training import TARGETS, seed_gold, tiny_config
from training.config import load_config
from training.dataset import BuildConfig, build_dataset, read_records
from training.nightly import choose_start, run_nightly
from training.registry import promote, register_candidate
from training.replay import champion_drafts, night_mix


def test_nightly_is_a_noop_without_enough_new_labels(engine: Engine) -> None:
    result = run_nightly(engine, load_config("cpu-small"), say=print)
    assert not result.ran and result.new_labels == 0
    assert "Nothing to do: 0 new corrections and annotations" in result.message and "needs 50" in result.message


def test_retrain_nightly_command_exits_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESTEK_DB", str(tmp_path / "cli.db"))
    cli = typer.Typer()
    cli.command("retrain")(training_commands.retrain)
    cli.add_typer(training_commands.adapters_app, name="adapters")
    result = CliRunner().invoke(cli, ["retrain", "--nightly"])
    assert result.exit_code == 0, result.output
    assert "Nothing to do" in result.output
    listing = CliRunner().invoke(cli, ["adapters", "list"])
    assert listing.exit_code == 0 and "name" in listing.output


def test_nightly_trains_on_corrections_made_in_review_and_gates_the_adapter(
    engine: Engine, tmp_path: Path, tiny_model: Path, demo_data, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole loop's plumbing with a tiny model (it learns nothing; bench/loop_test.py shows the real
    model learning): corrections saved the way the review app saves them are the new labels the nightly
    job counts, they are in the dataset version it builds, and its adapter is trained, gated and judged."""
    from db.demo import seed_demo

    monkeypatch.chdir(tmp_path)  # runs/adapters and runs/datasets of this test
    seed_demo(engine, demo_data)
    seed_gold(engine)
    build_dataset(engine, BuildConfig(out_dir=tmp_path / "runs" / "datasets"))  # the gold is old news now
    plant_review_corrections(engine, range(3))
    heldout = tmp_path / "heldout.jsonl"
    heldout.write_text(
        "".join(
            json.dumps({"id": f"h{i}", "text": f"şifremi unuttum {i}", "intent": "sifre_unuttum"}) + "\n"
            for i in range(3)
        ),
        encoding="utf-8",
    )
    config = tiny_config(
        tiny_model, gate={"heldout": str(heldout), "limit": 3}, nightly={"min_new_labels": 3, "learning_rate": 1e-3}
    )

    result = run_nightly(engine, config, say=print)

    assert result.ran and result.new_labels >= 3 and result.dataset_version and result.adapter
    records = [json.loads(line) for line in (Path("runs/datasets") / result.dataset_version / "train.jsonl").open()]
    records += [
        json.loads(line) for line in (Path("runs/datasets") / result.dataset_version / "validation.jsonl").open()
    ]
    corrected = [r for r in records if r["source"] == "correction"]
    assert len(corrected) == 3 and {r["intent"] for r in corrected} == {"sifre_unuttum"}
    adapter = adapter_row(engine, result.adapter)
    assert adapter.gate["metrics"]["n"] == 3 and adapter.status in {"active", "rejected"}
    assert (adapter.status == "active") == result.promoted
    assert result.warm_start_from is None  # no champion yet: a fresh LoRA
    assert run_nightly(engine, config, say=print).ran is False  # its labels are now in a dataset version

    # The next night continues the champion for nightly.epochs instead of training the recipe from zero.
    if not result.promoted:
        promote(engine, result.adapter)
    plant_review_corrections(engine, range(3, 6), adapter=result.adapter)  # the champion drafted these
    second = run_nightly(engine, config, say=print)
    assert second.ran and second.warm_start_from == result.adapter and second.adapter != result.adapter
    with Session(engine) as session:
        run = session.exec(select(TrainingRun).order_by(TrainingRun.id.desc())).first()
    assert run.metrics["warm_start_from"] == result.adapter
    # the gate also held every intent but the one the agents corrected the drafts to
    assert adapter_row(engine, second.adapter).gate["taught"] == ["sifre_unuttum"]
    assert run.config["epochs"] == config.nightly.epochs and run.config["learning_rate"] == 1e-3
    # it trained on what the first adapter had not learned (the new corrections among them), replay aimed at
    # the intent its wrong drafts said, and twice as many replayed evenly, not on the whole version
    versions = Path("runs/datasets")
    learned = read_records(versions / result.dataset_version / "train.jsonl")
    with Session(engine) as session:
        drafts = champion_drafts(session, result.adapter)
    mix = night_mix(
        read_records(versions / second.dataset_version / "train.jsonl"),
        learned,
        config.nightly.replay,
        config.seed,
        drafts=drafts,
        aimed=config.nightly.aimed_replay,
    )
    assert any("giriş yapamıyorum 3" in r["messages"][0]["content"] for r in mix.fresh)
    assert list(mix.aimed) == ["siparis_status"] and mix.aimed["siparis_status"] > 0
    assert run.metrics["n_train"] == len(mix.records) < len(learned) + len(mix.fresh)


def plant_review_corrections(engine: Engine, numbers: range, adapter: str | None = None) -> None:
    """Tickets the bot (with `adapter`) drafted as siparis_status that an agent corrects to sifre_unuttum."""
    from db.models import Draft
    from serving import review

    with Session(engine) as session:
        planted = []
        for i in numbers:
            ticket = Ticket(dedupe_key=f"review-{i}", text=f"şifremi unuttum, giriş yapamıyorum {i}", status="drafted")
            session.add(ticket)
            session.flush()
            session.add(
                Draft(ticket_id=ticket.id, model="m", adapter=adapter, intent="siparis_status", entities=[], reply="x")
            )
            planted.append(ticket.id)
        session.commit()
        for ticket_id in planted:
            view = review.correct_intent(
                session, ticket_id, review.load_ticket(session, ticket_id).version, None, "sifre_unuttum"
            )
            review.approve(session, ticket_id, view.version, None)


def test_a_night_with_nothing_unlearned_trains_nothing(engine: Engine, tmp_path: Path, tiny_model: Path) -> None:
    """`destek retrain` when the champion was trained on exactly what the database holds, or the only new
    label approves its own draft unchanged: no training run."""
    seed_gold(engine)
    build = BuildConfig(out_dir=tmp_path / "datasets")
    built = build_dataset(engine, build)
    folder = tmp_path / "champion"
    folder.mkdir()
    (folder / "adapter_config.json").write_text(json.dumps({"r": 4, "lora_alpha": 8, "target_modules": TARGETS}))
    with Session(engine) as session:
        run = TrainingRun(dataset_version=built.version, config_name="tiny", status="finished")
        session.add(run)
        session.flush()
        register_candidate(session, name="champ", base_model=str(tiny_model), path=folder, run_id=run.id)
        session.commit()
    promote(engine, "champ")

    result = run_nightly(engine, tiny_config(tiny_model), min_new_labels=0, build=build)

    assert not result.ran and result.dataset_version == built.version
    assert result.message.startswith(f"Nothing to train: dataset {built.version} teaches nothing that champ")

    # An agent approves one of the champion's drafts as it stands: a new label, but nothing new to learn. (An
    # intent the gold lacks, so the rebuilt split moves no gold example from validation into training.)
    from db.models import Draft
    from serving import review

    with Session(engine) as session:
        ticket = Ticket(dedupe_key="approved", text="Merhaba, iyi günler", status="drafted")
        session.add(ticket)
        session.flush()
        session.add(Draft(ticket_id=ticket.id, model="m", adapter="champ", intent="selamlama", entities=[]))
        session.commit()
        review.approve(session, ticket.id, review.load_ticket(session, ticket.id).version, None)
    again = run_nightly(engine, tiny_config(tiny_model), min_new_labels=1, build=build)
    assert not again.ran and again.new_labels == 1 and again.dataset_version != built.version
    assert again.message.startswith(f"Nothing to train: dataset {again.dataset_version} teaches nothing")
    with Session(engine) as session:
        assert len(session.exec(select(TrainingRun)).all()) == 1


def test_the_night_starts_fresh_when_the_champion_cannot_be_continued(
    engine: Engine, tmp_path: Path, tiny_model: Path
) -> None:
    """Another LoRA shape, another base model, an unknown training set, the config switch and --from-scratch
    each mean a fresh LoRA, and the reason is said; a matching champion is continued."""
    from db.models import DatasetVersion

    config = tiny_config(tiny_model)
    folder, version_dir = tmp_path / "champion", tmp_path / "v1"
    folder.mkdir()
    version_dir.mkdir()
    saved = {"r": 4, "lora_alpha": 8, "target_modules": list(reversed(TARGETS))}
    (folder / "adapter_config.json").write_text(json.dumps(saved))
    with Session(engine) as session:
        session.add(DatasetVersion(version="v1", path=str(version_dir), n_train=1, n_validation=0))
        run = TrainingRun(dataset_version="v1", config_name="tiny", status="finished")
        session.add(run)
        session.flush()
        register_candidate(session, name="champ", base_model=str(tiny_model), path=folder, run_id=run.id)
        session.commit()
    assert choose_start(engine, config) == (None, "Training from scratch: there is no active adapter to continue.")
    promote(engine, "champ")
    start, why = choose_start(engine, config)
    assert start is None and why.endswith("so which labels are new cannot be told.")
    (version_dir / "train.jsonl").write_text("")
    start, why = choose_start(engine, config)
    assert (start.adapter, start.path, start.learned) == ("champ", folder, version_dir / "train.jsonl")
    assert why == "Continuing the active adapter champ for 1 epoch(s)."
    assert choose_start(engine, config, from_scratch=True)[0] is None
    assert choose_start(engine, tiny_config(tiny_model, nightly={"warm_start": False}))[0] is None
    start, why = choose_start(engine, tiny_config(tiny_model, lora={"r": 8, "alpha": 8, "target_modules": TARGETS}))
    assert start is None and "its LoRA is {'r': 4" in why and "'r': 8" in why
    start, why = choose_start(engine, tiny_config(tmp_path / "other-model"))
    assert start is None and "is for" in why
