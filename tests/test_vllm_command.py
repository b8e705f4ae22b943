"""The vLLM launch commands: the flags hot-swap and the bot rely on, per base model and replica."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.commands.serving import vllm_app
from serving.vllm import MAX_LORA_RANK, UnknownBaseModelError, launch_commands


def flag(argv: list[str], name: str) -> str:
    """The value after `name` in argv."""
    return argv[argv.index(name) + 1]


def test_gpu_command_has_awq_lora_prefix_caching_and_xgrammar() -> None:
    (command,) = launch_commands("qwen2.5-7b-awq")
    argv = command.argv
    assert argv[:3] == ["python", "-m", "vllm.entrypoints.openai.api_server"]
    assert flag(argv, "--model") == "Qwen/Qwen2.5-7B-Instruct-AWQ"
    assert flag(argv, "--served-model-name") == "qwen2.5-7b-awq"
    assert flag(argv, "--quantization") == "awq_marlin"
    assert flag(argv, "--dtype") == "float16"
    assert "--enable-lora" in argv and "--enable-prefix-caching" in argv
    assert flag(argv, "--max-lora-rank") == str(MAX_LORA_RANK) == "16"
    assert int(flag(argv, "--max-loras")) >= 2  # the active adapter and the candidate during a swap
    assert flag(argv, "--max-model-len") == "1024"
    assert flag(argv, "--structured-outputs-config.backend") == "xgrammar"
    assert command.env["VLLM_ALLOW_RUNTIME_LORA_UPDATING"] == "True"


def test_replicas_get_consecutive_ports_and_one_gpu_each() -> None:
    commands = launch_commands("llama3.1-8b-awq", replicas=3, port=9000, host="0.0.0.0")
    assert [c.port for c in commands] == [9000, 9001, 9002]
    assert [flag(c.argv, "--port") for c in commands] == ["9000", "9001", "9002"]
    assert [c.env["CUDA_VISIBLE_DEVICES"] for c in commands] == ["0", "1", "2"]
    assert flag(commands[0].argv, "--model") == "hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4"
    assert [c.url for c in commands] == ["http://127.0.0.1:9000", "http://127.0.0.1:9001", "http://127.0.0.1:9002"]
    assert len({c.log_name for c in commands}) == 3


def test_cpu_command_uses_the_embedded_folder_float32_and_its_own_venv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESTEK_CACHE", str(tmp_path))
    (command,) = launch_commands("gemma3-270m-cpu", port=8100)
    argv = command.argv
    assert argv[0].endswith(".venv-vllm/bin/python")
    assert flag(argv, "--model") == str(tmp_path / "models" / "gemma3-270m")
    assert flag(argv, "--served-model-name") == "gemma3-270m"
    assert flag(argv, "--dtype") == "float32"
    assert "--quantization" not in argv and "--gpu-memory-utilization" not in argv
    assert "CUDA_VISIBLE_DEVICES" not in command.env
    assert command.env["VLLM_CPU_KVCACHE_SPACE"] == "1"
    assert command.env["VLLM_ALLOW_RUNTIME_LORA_UPDATING"] == "True"


def test_shell_line_is_copy_pasteable() -> None:
    (command,) = launch_commands("gemma3-270m-cpu", python="/opt/my venv/bin/python")
    line = command.shell()
    env = "VLLM_ALLOW_RUNTIME_LORA_UPDATING=True VLLM_CPU_KVCACHE_SPACE=1"
    assert line.startswith(f"{env} '/opt/my venv/bin/python' -m vllm.entrypoints.openai.api_server --model ")


def test_unknown_base_and_bad_replicas_are_refused() -> None:
    with pytest.raises(
        UnknownBaseModelError, match=re.escape("known: gemma3-270m-cpu, llama3.1-8b-awq, qwen2.5-7b-awq")
    ):
        launch_commands("gpt-5")
    with pytest.raises(ValueError, match="at least 1"):
        launch_commands("qwen2.5-7b-awq", replicas=0)


def test_cli_prints_one_line_per_replica() -> None:
    result = CliRunner().invoke(vllm_app, ["command", "--base", "qwen2.5-7b-awq", "--replicas", "2", "--port", "8000"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    assert "CUDA_VISIBLE_DEVICES=0" in lines[0] and "--port 8000" in lines[0]
    assert "CUDA_VISIBLE_DEVICES=1" in lines[1] and "--port 8001" in lines[1]


def test_cli_reports_an_unknown_base_in_one_line() -> None:
    result = CliRunner().invoke(vllm_app, ["command", "--base", "nope"])
    assert result.exit_code == 2
    assert "unknown base model 'nope'" in result.output
