#!/usr/bin/env bash
# The whole test suite, as CI runs it: install, start PostgreSQL, lint, then every test (unit, slow, integration).
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k tools`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
# Label Studio runs in its own venv (.venv-ls): its pins would downgrade the ML stack.
[ -x .venv-ls/bin/label-studio ] || bash scripts/labelstudio.sh install
TEST_DATABASE_URL="$(bash scripts/postgres.sh)"
export TEST_DATABASE_URL
# Integration fixtures fail instead of skipping when a server they need cannot be started.
export DESTEK_REQUIRE_SERVERS=1
.venv/bin/ruff check .
.venv/bin/python -m pytest -m "slow or integration or not (slow or integration)" "$@"
