"""training/bootstrap.py: the shipped default adapter's recipe, manifest, registration and rebuilt dataset."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.corpus.generator import all_templates, calibration_template, generate
from db.demo import build_demo
from db.models import Adapter, AuditEvent
from training import bootstrap
from training.bootstrap import (
    MANIFEST_FILE,
    Recipe,
    build_training_data,
    calibration_tickets,
    compare_with_manifest,
    register_shipped,
    sha256_file,
    shipped_name,
    shipped_training_set,
    training_tickets,
    verify_shipped,
)
from training.nightly import choose_start
from training.registry import active
from training.sft import carry_companions

SMALL = Recipe(pool_n=80, calibration_n=300)


def test_calibration_templates_are_a_stable_fifth_of_the_training_side() -> None:
    training_side = [t for t in all_templates() if not t.heldout]
    share = sum(calibration_template(t.id) for t in training_side) / len(training_side)
    assert 0.15 < share < 0.25
    assert calibration_template("siparis_status/000") == calibration_template("siparis_status/000")


def test_the_adapter_never_sees_a_calibration_or_held_out_template() -> None:
    heldout = {t.id for t in all_templates() if t.heldout}
    train, calibration = training_tickets(SMALL), calibration_tickets(SMALL)
    assert train and calibration
    assert not any(calibration_template(r["template"]) or r["template"] in heldout for r in train)
    assert all(calibration_template(r["template"]) and r["template"] not in heldout for r in calibration)


def test_the_recipe_builds_the_same_tickets_on_any_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tickets say "dün" and orders are dated back from the demo's day: the recipe pins that day, so a
    reproduction tomorrow builds the shipped dataset, where an unpinned demo builds another one."""
    made = training_tickets(SMALL)
    unpinned = generate("pool", SMALL.pool_n, SMALL.pool_seed, demo=build_demo(SMALL.demo_seed))

    class Later(date):
        @classmethod
        def today(cls) -> date:
            return date(2027, 3, 2)

    monkeypatch.setattr("db.demo.date", Later)
    assert training_tickets(SMALL) == made
    assert SMALL.demo().today == date.fromisoformat(SMALL.demo_today)
    assert generate("pool", SMALL.pool_n, SMALL.pool_seed, demo=build_demo(SMALL.demo_seed)) != unpinned


def test_a_recipe_reads_back_and_refuses_unknown_fields() -> None:
    assert Recipe.from_dict(SMALL.to_dict()) == SMALL
    with pytest.raises(ValueError, match="unknown recipe field"):
        Recipe.from_dict({**SMALL.to_dict(), "epochz": 3})


def _fake_shipped(folder: Path, recipe: Recipe = SMALL, dataset: str = "abc") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for name in ("adapter_config.json", "adapter_model.safetensors", "intent_ngrams.npz", "calibration.json"):
        (folder / name).write_bytes(f"{name} bytes".encode())
        files[name] = sha256_file(folder / name)
    manifest = {
        "name": "gemma3-270m-shipped-test",
        "base_model": {"name": "gemma3-270m"},
        "recipe": recipe.to_dict(),
        "dataset": {"version": dataset},
        "files": files,
        "gate": {"metrics": {"intent_accuracy": 0.9, "tool_call_accuracy": 0.95}, "threshold": 0.97},
    }
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_the_shipped_adapter_is_registered_and_served_once(engine: Engine, tmp_path: Path) -> None:
    folder = _fake_shipped(tmp_path / "shipped")
    adapter = register_shipped(engine, folder)
    assert adapter is not None and adapter.status == "active" and adapter.gate["threshold"] == 0.97
    again = register_shipped(engine, folder)
    assert again is not None and again.id == adapter.id
    with Session(engine) as session:
        assert len(session.exec(select(Adapter)).all()) == 1


def test_a_rescored_shipped_adapter_brings_its_new_gate_into_an_existing_database(
    engine: Engine, tmp_path: Path
) -> None:
    """The router's threshold comes from the registered gate: a database made before a rescore must not keep
    routing with the old one."""
    folder = _fake_shipped(tmp_path / "shipped")
    register_shipped(engine, folder)
    manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["gate"] = {**manifest["gate"], "threshold": 0.9523, "scored_at_commit": "abc1234"}
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    adapter = register_shipped(engine, folder)
    assert adapter is not None and adapter.status == "active" and adapter.gate["threshold"] == 0.9523
    with Session(engine) as session:
        (event,) = session.exec(select(AuditEvent).where(AuditEvent.action == "adapter.rescored")).all()
        assert event.details == {"name": adapter.name, "threshold": 0.97, "new_threshold": 0.9523}
    register_shipped(engine, folder)  # unchanged: nothing more is recorded
    with Session(engine) as session:
        assert len(session.exec(select(AuditEvent).where(AuditEvent.action == "adapter.rescored")).all()) == 1


def test_a_nightly_champion_is_never_displaced_by_init(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        session.add(Adapter(name="night-1", base_model="gemma3-270m", path=str(tmp_path), status="active"))
        session.commit()
    assert register_shipped(engine, _fake_shipped(tmp_path / "shipped")) is None
    with Session(engine) as session:
        assert active(session).name == "night-1"


def test_a_new_release_of_the_shipped_adapter_replaces_the_old_default_it_overwrote(
    engine: Engine, tmp_path: Path
) -> None:
    """`refit --ship` writes new files and a new name into the folder the active default is served from: the
    database must not keep routing those files under the old name with the old threshold."""
    folder = _fake_shipped(tmp_path / "shipped")
    register_shipped(engine, folder)
    manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["name"], manifest["gate"] = "gemma3-270m-shipped-new", {**manifest["gate"], "threshold": 0.9213}
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    adapter = register_shipped(engine, folder)
    assert adapter is not None and adapter.name == "gemma3-270m-shipped-new" and adapter.gate["threshold"] == 0.9213
    with Session(engine) as session:
        assert active(session).name == "gemma3-270m-shipped-new"
        old = session.exec(select(Adapter).where(Adapter.name == "gemma3-270m-shipped-test")).one()
        assert old.status == "retired"
        install = session.exec(select(AuditEvent).where(AuditEvent.action == "adapter.install_default")).all()
        assert install[-1].details["reason"].endswith("replacing gemma3-270m-shipped-test")
    assert register_shipped(engine, folder).id == adapter.id  # once


def test_a_damaged_shipped_folder_names_the_file(tmp_path: Path) -> None:
    folder = _fake_shipped(tmp_path / "shipped")
    (folder / "adapter_model.safetensors").write_bytes(b"truncated")
    with pytest.raises(ValueError, match=r"adapter_model\.safetensors: its checksum"):
        verify_shipped(folder)
    (folder / "adapter_model.safetensors").write_bytes(b"adapter_model.safetensors bytes")
    verify_shipped(folder)
    (folder / "calibration.json").unlink()
    with pytest.raises(ValueError, match=r"calibration\.json: missing"):
        verify_shipped(folder)
    (folder / MANIFEST_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"manifest\.json"):
        verify_shipped(folder)


def test_init_warns_about_a_damaged_shipped_adapter_and_goes_on(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    from app.commands.database import install_default_adapter

    folder = _fake_shipped(tmp_path / "shipped")
    (folder / "intent_ngrams.npz").write_bytes(b"changed")
    monkeypatch.setattr(bootstrap, "SHIPPED_DIR", folder)
    monkeypatch.setattr(bootstrap.register_shipped, "__defaults__", (folder,))
    console = Console(record=True, width=200)
    install_default_adapter(engine, console)
    said = console.export_text()
    assert "intent_ngrams.npz" in said and "base model" in said
    with Session(engine) as session:
        assert active(session) is None


def test_compare_with_manifest_allows_a_hundredth() -> None:
    shipped = {
        "gate": {"metrics": {"intent_accuracy": 0.900, "entity_f1": 0.97}},
        "files": {"adapter_model.safetensors": "a"},
    }
    close = {
        "gate": {"metrics": {"intent_accuracy": 0.905, "entity_f1": 0.97}},
        "files": {"adapter_model.safetensors": "b"},
    }
    far = {
        "gate": {"metrics": {"intent_accuracy": 0.880, "entity_f1": 0.97}},
        "files": {"adapter_model.safetensors": "a"},
    }
    matches, lines = compare_with_manifest(close, shipped)
    assert matches and "not byte-identical" in lines[-1]
    matches, lines = compare_with_manifest(far, shipped)
    assert not matches and "DIFFERS" in lines[0] and "identical" in lines[-1]
    edge = {"gate": {"metrics": {"tool_call_accuracy": 0.91}}, "files": {"adapter_model.safetensors": "a"}}
    base = {"gate": {"metrics": {"tool_call_accuracy": 0.90}}, "files": {"adapter_model.safetensors": "a"}}
    assert compare_with_manifest(edge, base)[0]  # exactly a hundredth apart counts as the same


def test_a_refitted_classifier_or_calibration_gives_the_adapter_another_name() -> None:
    files = {"adapter_model.safetensors": "a" * 64, "intent_ngrams.npz": "b" * 64, "calibration.json": "c" * 64}
    name = shipped_name("gemma3-270m", files)
    assert name.startswith("gemma3-270m-shipped-") and len(name) == len("gemma3-270m-shipped-") + 7
    assert shipped_name("gemma3-270m", dict(files)) == name  # a pure function of the checksums
    for changed in files:
        assert shipped_name("gemma3-270m", files | {changed: "d" * 64}) != name


def test_a_night_continues_the_shipped_adapter_on_its_rebuilt_dataset(engine: Engine, tmp_path: Path) -> None:
    """The shipped champion has no training run in this database: its dataset is rebuilt from the recipe."""
    _, built = build_training_data(SMALL, tmp_path / "built", say=lambda _: None)
    folder = _fake_shipped(tmp_path / "shipped", dataset=built.version)
    train = shipped_training_set(folder, tmp_path / "rebuilt")
    assert train.read_text(encoding="utf-8") == (built.path / "train.jsonl").read_text(encoding="utf-8")
    wrong = _fake_shipped(tmp_path / "wrong", dataset="000000000000")
    with pytest.raises(ValueError, match="corpus generator changed"):
        shipped_training_set(wrong, tmp_path / "rebuilt-wrong")


def test_choose_start_continues_a_shipped_champion(engine: Engine, tmp_path: Path, monkeypatch) -> None:
    from training.config import load_config

    _, built = build_training_data(SMALL, tmp_path / "built", say=lambda _: None)
    folder = _fake_shipped(tmp_path / "shipped", dataset=built.version)
    config = load_config("cpu-small")
    (folder / "adapter_config.json").write_text(
        json.dumps({"r": config.lora.r, "lora_alpha": config.lora.alpha, "target_modules": config.lora.target_modules})
    )
    manifest = json.loads((folder / MANIFEST_FILE).read_text())
    manifest["files"]["adapter_config.json"] = sha256_file(folder / "adapter_config.json")
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest))
    register_shipped(engine, folder)
    monkeypatch.chdir(tmp_path)  # the rebuilt dataset goes to runs/shipped-dataset here
    start, why = choose_start(engine, config)
    assert start is not None, why
    assert start.learned.read_text() == (built.path / "train.jsonl").read_text()


def test_carry_companions_copies_the_second_opinion(tmp_path: Path) -> None:
    source, target = tmp_path / "champion", tmp_path / "candidate"
    source.mkdir()
    target.mkdir()
    (source / "intent_ngrams.npz").write_bytes(b"x")
    (source / "calibration.json").write_text("{}")
    assert carry_companions(source, target) == ["intent_ngrams.npz", "calibration.json"]
    assert (target / "intent_ngrams.npz").read_bytes() == b"x"


def test_the_routing_threshold_is_chosen_on_the_calibration_tickets(
    monkeypatch: pytest.MonkeyPatch, engine: Engine, tmp_path: Path
) -> None:
    """Never on the gate's held-out tickets, which are the test: the whole bot drafts the calibration split."""
    drafted: list = []

    def fake_drafts(bot: object, tickets: list, backend_engine: Engine, label: str) -> tuple[dict, list]:
        drafted.extend(tickets)
        return {"suggested_threshold": 0.61, "safe_threshold": 0.9712, "n": len(tickets)}, []

    written: list[Path] = []
    monkeypatch.setattr(bootstrap, "draft_with_progress", fake_drafts)
    monkeypatch.setattr(bootstrap, "write_outputs", lambda report, predictions, out: written.append(out))
    chosen = bootstrap.choose_threshold(SMALL, object(), engine, tmp_path, say=lambda _: None)  # type: ignore[arg-type]
    assert chosen["threshold"] == 0.9712
    assert written == [tmp_path / "calibration"]  # the drafts stay, to study mistakes away from the test
    assert f"{len(calibration_tickets(SMALL))} tickets in calibration templates" in chosen["threshold_fitted_on"]
    assert [t.text for t in drafted] == [r["text"] for r in calibration_tickets(SMALL)]


def test_compare_with_manifest_checks_the_routing_threshold() -> None:
    shipped = {"gate": {"metrics": {}, "threshold": 0.974}, "files": {"adapter_model.safetensors": "a"}}
    moved = {"gate": {"metrics": {}, "threshold": 0.995}, "files": {"adapter_model.safetensors": "a"}}
    matches, lines = compare_with_manifest(moved, shipped)
    assert not matches and lines[0] == "routing threshold: 0.9950 vs 0.9740 in the manifest (DIFFERS)"
    assert compare_with_manifest(shipped, shipped)[0]


def test_rescore_keeps_the_weights_and_replaces_the_gate_with_todays_drafts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The threshold is chosen again on the calibration drafts and the gate scored again on the held-out ones;
    the files, their checksums and the name stay, and the gate says which commit scored it."""
    folder = _fake_shipped(tmp_path / "shipped")
    labels: list[str] = []

    def fake_drafts(bot: object, tickets: list, backend_engine: Engine, label: str) -> tuple[dict, list]:
        labels.append(label)
        return {"safe_threshold": 0.9811, "intent_accuracy": 0.95, "tool_call_accuracy": 0.97, "n": 1}, []

    monkeypatch.setattr(bootstrap, "whole_bot", lambda recipe, adapter_dir: object())
    monkeypatch.setattr(bootstrap, "draft_with_progress", fake_drafts)
    monkeypatch.setattr(bootstrap, "write_outputs", lambda report, predictions, out: None)
    before = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest = bootstrap.rescore_shipped(tmp_path / "work", folder, say=lambda _: None)
    assert labels == ["threshold", "gate"]
    assert manifest["gate"]["threshold"] == 0.9811 and manifest["gate"]["metrics"]["tool_call_accuracy"] == 0.97
    assert manifest["gate"]["scored_at_commit"]
    assert json.loads((tmp_path / "work" / MANIFEST_FILE).read_text(encoding="utf-8")) == manifest  # kept
    assert {k: v for k, v in manifest.items() if k != "gate"} == {k: v for k, v in before.items() if k != "gate"}
    (folder / "calibration.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match=r"calibration\.json: its checksum"):
        bootstrap.rescore_shipped(tmp_path / "work", folder, say=lambda _: None)


def test_refit_keeps_the_weights_and_makes_their_companions_threshold_and_gate_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A corrected calibration template changes the classifier and the calibration, not the training set: the
    same LoRA files get new companions, a new threshold and gate, and a new name; the shipped folder stays."""
    probe = build_training_data(SMALL, tmp_path / "probe", say=lambda _: None)[1]
    folder = _fake_shipped(tmp_path / "shipped", dataset=probe.version)
    (folder / "training_curves.png").write_bytes(b"png")
    manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["training"] = {"commit": "weights-commit", "train_loss": 0.28}
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    labels: list[str] = []

    def fake_companions(recipe: Recipe, adapter_dir: Path, *, say: object) -> bootstrap.Calibration:
        (adapter_dir / "intent_ngrams.npz").write_bytes(b"new classifier")
        (adapter_dir / "calibration.json").write_text('{"model_weight": 0.5}', encoding="utf-8")
        return bootstrap.Calibration(model_weight=0.5, ngram_weight=0.5, fitted_on="test", n=1, nll=0.1)

    def fake_drafts(bot: object, tickets: list, backend_engine: Engine, label: str) -> tuple[dict, list]:
        labels.append(label)
        return {"safe_threshold": 0.93, "intent_accuracy": 0.95, "tool_call_accuracy": 0.97, "n": len(tickets)}, []

    def fake_manifest(recipe, dataset, outcome, calibration, gate) -> dict:  # the base model's files are not here
        files = {name: sha256_file(outcome.adapter_dir / name) for name in before if name != MANIFEST_FILE}
        return {"name": shipped_name("gemma3-270m", files), "training": {"commit": "now"}, "files": files, "gate": gate}

    monkeypatch.setattr(bootstrap, "fit_companions", fake_companions)
    monkeypatch.setattr(bootstrap, "whole_bot", lambda recipe, adapter_dir: object())
    monkeypatch.setattr(bootstrap, "draft_with_progress", fake_drafts)
    monkeypatch.setattr(bootstrap, "write_outputs", lambda report, predictions, out: None)
    monkeypatch.setattr(bootstrap, "build_manifest", fake_manifest)
    adapter_dir, refitted = bootstrap.refit_shipped(tmp_path / "work", folder, say=lambda _: None)
    assert labels == ["threshold", "gate"] and refitted["gate"]["threshold"] == 0.93
    for name in ("adapter_config.json", "adapter_model.safetensors"):
        assert (adapter_dir / name).read_bytes() == before[name]  # the weights are the shipped ones
    assert refitted["training"] == {"commit": "weights-commit", "train_loss": 0.28}  # where the weights came from
    assert refitted["refit"]["from"] == "gemma3-270m-shipped-test" and refitted["refit"]["commit"]
    assert refitted["name"] != "gemma3-270m-shipped-test"
    assert json.loads((adapter_dir / MANIFEST_FILE).read_text(encoding="utf-8")) == refitted
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before


def test_refit_refuses_weights_whose_dataset_the_recipe_no_longer_builds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """When the training set changed, new companions on old weights would not be what the recipe makes."""
    folder = _fake_shipped(tmp_path / "shipped", dataset="0c305582e364")
    fitted: list[Path] = []
    monkeypatch.setattr(bootstrap, "fit_companions", lambda recipe, adapter_dir, *, say: fitted.append(adapter_dir))
    refused = r"manifest\.json: its recipe now builds dataset \w+, not 0c305582e364.*reproduce"
    with pytest.raises(ValueError, match=refused):
        bootstrap.refit_shipped(tmp_path / "work", folder, say=lambda _: None)
    assert fitted == []


@pytest.mark.slow
def test_the_corpus_still_builds_the_shipped_adapters_training_set(tmp_path: Path) -> None:
    """A template edit that moves the generator's draws changes the training set: the shipped weights would no
    longer match their recipe (`reproduce` makes other ones, a night cannot rebuild what they learned, `refit`
    refuses). Such an edit needs a retrain; this says so before it lands."""
    manifest = verify_shipped()
    built = shipped_training_set(bootstrap.SHIPPED_DIR, tmp_path)
    assert built.parent.name == manifest["dataset"]["version"]


def test_a_recipe_without_a_second_pass_reads_back_as_one_pass() -> None:
    """Manifests written before the second pass existed still load, as the one-pass recipe they recorded."""
    old = {k: v for k, v in SMALL.to_dict().items() if not k.startswith("refine_")}
    recipe = Recipe.from_dict(old)
    assert recipe.refine_epochs == 0.0
    refined = Recipe(refine_epochs=1.0, refine_learning_rate=1e-4).refine_config()
    first = Recipe().train_config()
    assert (refined.epochs, refined.learning_rate, refined.seed) == (1.0, 1e-4, first.seed + 1)
    assert (refined.lora, refined.batch_size) == (first.lora, first.batch_size)


def test_the_recipe_makes_its_second_pass_from_the_compacted_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With `refine_epochs` the recipe trains twice: the second pass starts from the first pass's weights as
    they would ship (compacted), under the refine config, and keeps the first pass's numbers."""
    calls: list[tuple[float, float, Path | None, Path]] = []
    compacted: list[Path] = []

    def fake_train(config, dataset_dir: Path, adapter_dir: Path, *, max_steps=None, init_adapter=None):
        calls.append((config.epochs, config.learning_rate, init_adapter, adapter_dir))
        return bootstrap.TrainOutcome(adapter_dir, {"train_loss": len(calls), "log_history": []})

    monkeypatch.setattr(bootstrap, "train_adapter", fake_train)
    monkeypatch.setattr(bootstrap, "compact_adapter", compacted.append)
    recipe = Recipe(pool_n=80, calibration_n=300, refine_epochs=0.5, refine_learning_rate=1e-4)
    _, outcome = bootstrap.train_bootstrap(recipe, tmp_path, say=lambda _: None)
    first_dir, second_dir = tmp_path / "adapter", tmp_path / "refined"
    assert calls == [(1.0, recipe.train_config().learning_rate, None, first_dir), (0.5, 1e-4, first_dir, second_dir)]
    assert compacted == [first_dir]
    assert outcome.adapter_dir == second_dir
    assert outcome.metrics["train_loss"] == 2 and outcome.metrics["first_pass"] == {"train_loss": 1}


def test_refine_gives_the_shipped_weights_their_second_pass_and_records_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The shipped one-pass weights are the first pass: the second starts from them, the classifier is copied,
    the calibration, threshold and gate are made again, and the manifest's recipe records the second pass so
    `reproduce` makes both. The shipped folder stays; refined weights are refused a second time."""
    probe = build_training_data(SMALL, tmp_path / "probe", say=lambda _: None)[1]
    folder = _fake_shipped(tmp_path / "shipped", dataset=probe.version)
    manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["training"] = {"commit": "weights-commit", "versions": {}, "train_loss": 0.28, "steps": 962}
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    started_from: list[bytes] = []
    labels: list[str] = []

    def fake_train(config, dataset_dir: Path, adapter_dir: Path, *, max_steps=None, init_adapter=None):
        started_from.append((init_adapter / "adapter_model.safetensors").read_bytes())
        adapter_dir.mkdir(parents=True, exist_ok=True)
        for name in ("adapter_config.json", "adapter_model.safetensors"):
            (adapter_dir / name).write_bytes(b"refined " + name.encode())
        return bootstrap.TrainOutcome(adapter_dir, {"train_loss": 0.2, "epochs": config.epochs})

    def fake_calibrate(recipe: Recipe, adapter_dir: Path, classifier: object, *, say: object) -> bootstrap.Calibration:
        (adapter_dir / "calibration.json").write_text('{"model_weight": 0.4}', encoding="utf-8")
        return bootstrap.Calibration(model_weight=0.4, ngram_weight=0.8, fitted_on="test", n=1, nll=0.1)

    def fake_drafts(bot: object, tickets: list, backend_engine: Engine, label: str) -> tuple[dict, list]:
        labels.append(label)
        return {"safe_threshold": 0.9, "intent_accuracy": 0.96, "tool_call_accuracy": 0.97, "n": len(tickets)}, []

    def fake_manifest(recipe, dataset, outcome, calibration, gate) -> dict:
        files = {name: sha256_file(outcome.adapter_dir / name) for name in before if name != MANIFEST_FILE}
        return {
            "name": shipped_name("gemma3-270m", files),
            "recipe": recipe.to_dict(),
            "files": files,
            "training": outcome.metrics,
            "gate": gate,
        }

    monkeypatch.setattr(bootstrap, "train_adapter", fake_train)
    monkeypatch.setattr(bootstrap, "compact_adapter", lambda adapter_dir: None)
    monkeypatch.setattr(bootstrap.IntentClassifier, "load", classmethod(lambda cls, path: object()))
    monkeypatch.setattr(bootstrap, "calibrate", fake_calibrate)
    monkeypatch.setattr(bootstrap, "whole_bot", lambda recipe, adapter_dir: object())
    monkeypatch.setattr(bootstrap, "draft_with_progress", fake_drafts)
    monkeypatch.setattr(bootstrap, "write_outputs", lambda report, predictions, out: None)
    monkeypatch.setattr(bootstrap, "build_manifest", fake_manifest)
    adapter_dir, refined = bootstrap.refine_shipped(
        tmp_path / "work", folder, epochs=1.0, learning_rate=2e-4, say=lambda _: None
    )
    assert started_from == [before["adapter_model.safetensors"]]
    assert (adapter_dir / "intent_ngrams.npz").read_bytes() == before["intent_ngrams.npz"]
    assert (adapter_dir / "adapter_model.safetensors").read_bytes() == b"refined adapter_model.safetensors"
    assert labels == ["threshold", "gate"] and refined["gate"]["threshold"] == 0.9
    assert refined["recipe"]["refine_epochs"] == 1.0 and refined["recipe"]["refine_learning_rate"] == 2e-4
    assert refined["training"]["first_pass"] == {"commit": "weights-commit", "train_loss": 0.28, "steps": 962}
    assert refined["name"] != manifest["name"]
    assert json.loads((adapter_dir / MANIFEST_FILE).read_text(encoding="utf-8")) == refined
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before
    refined_folder = _fake_shipped(tmp_path / "refined", recipe=Recipe.from_dict(refined["recipe"]))
    with pytest.raises(ValueError, match="second pass already"):
        bootstrap.refine_shipped(tmp_path / "again", refined_folder, epochs=1.0, learning_rate=2e-4)


def test_the_refine_command_passes_its_options_and_names_what_stopped_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`destek adapters refine` hands its epochs and rate to the recipe's second pass and ships only when asked;
    a refusal (weights refined already, an out-of-date dataset) is exit 2 with the reason, not a traceback."""
    from typer.testing import CliRunner

    from app.cli import cli

    asked: list[dict] = []

    def fake_refine(workdir: Path, *, epochs: float, learning_rate: float, say: object) -> tuple[Path, dict]:
        asked.append({"workdir": workdir, "epochs": epochs, "learning_rate": learning_rate})
        manifest = {"name": "gemma3-270m-shipped-new", "files": {"adapter_model.safetensors": "b"}}
        manifest["gate"] = {"metrics": {"intent_accuracy": 0.95}, "threshold": 0.9}
        return tmp_path / "refined", manifest

    shipped = {"name": "gemma3-270m-shipped-old", "files": {"adapter_model.safetensors": "a"}}
    shipped["gate"] = {"metrics": {"intent_accuracy": 0.94}, "threshold": 0.92}
    monkeypatch.setattr(bootstrap, "read_manifest", lambda folder=None: shipped)
    monkeypatch.setattr(bootstrap, "refine_shipped", fake_refine)
    monkeypatch.setattr(bootstrap, "ship", lambda *args: pytest.fail("shipped without --ship"))
    result = CliRunner().invoke(cli, ["adapters", "refine", "--workdir", str(tmp_path / "w"), "--epochs", "0.5"])
    assert result.exit_code == 0, result.output
    assert asked == [{"workdir": tmp_path / "w", "epochs": 0.5, "learning_rate": 2e-4}]
    assert "intent_accuracy: 0.950 vs 0.940" in result.output and "gemma3-270m-shipped-new" in result.output

    def refused(workdir: Path, **options: object) -> tuple[Path, dict]:
        raise ValueError("training/shipped/manifest.json: these weights had their second pass already")

    monkeypatch.setattr(bootstrap, "refine_shipped", refused)
    result = CliRunner().invoke(cli, ["adapters", "refine", "--workdir", str(tmp_path / "w")])
    assert result.exit_code == 2 and "second pass already" in result.output
