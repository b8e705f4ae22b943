#!/usr/bin/env bash
# The whole test suite, as CI runs it: install, start PostgreSQL, lint, then every test (unit, slow, integration).
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k tools`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
# The browser test drives Debian's Chromium through its chromedriver.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing Chromium and chromedriver (Debian packages) for the browser test ..." >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >&2
fi
# Label Studio runs in its own venv (.venv-ls): its pins would downgrade the ML stack.
[ -x .venv-ls/bin/label-studio ] || bash scripts/labelstudio.sh install
TEST_DATABASE_URL="$(bash scripts/postgres.sh)"
export TEST_DATABASE_URL
# Integration fixtures fail instead of skipping when a server they need cannot be started.
export DESTEK_REQUIRE_SERVERS=1
.venv/bin/ruff check .
.venv/bin/python -m pytest -m "slow or integration or not (slow or integration)" "$@"
