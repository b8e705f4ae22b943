#!/usr/bin/env bash
# A local Label Studio for development and for tests/integration/test_labelstudio_server.py.
#
#   scripts/labelstudio.sh install        Label Studio 1.23 into .venv-ls. It is a separate venv on purpose:
#                                         label-studio pins openai 1.x, pyarrow 24 and python-dateutil 2.x,
#                                         which would downgrade the ML stack in .venv.
#   scripts/labelstudio.sh start [PORT]   serve on 127.0.0.1:PORT (default 8080), data in .labelstudio/;
#                                         prints the LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY to export.
#   scripts/labelstudio.sh fixture        rebuild tests/fixtures/labelstudio-data.tar.gz: a freshly migrated
#                                         data dir with the test admin, so the integration tests start the
#                                         server in seconds instead of minutes of migrations.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-ls"
LS_VERSION="1.23.*"
ADMIN="admin@destek.local"
# The test server's credentials: loopback only, throwaway; tests/integration/test_labelstudio_server.py uses them.
TEST_PASSWORD="destek-test-password"
TEST_TOKEN="destektest0123456789abcdef0123456789abcd"

export LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN=true LATEST_VERSION_CHECK=false

ls_bin() {
    if [[ ! -x "$VENV/bin/label-studio" ]]; then
        echo "Label Studio is not installed: run scripts/labelstudio.sh install" >&2
        exit 1
    fi
    echo "$VENV/bin/label-studio"
}

wait_healthy() {  # url, pid, seconds
    for ((i = 0; i < $3; i++)); do
        if curl -sf "$1/health" >/dev/null; then return 0; fi
        if ! kill -0 "$2" 2>/dev/null; then echo "Label Studio exited during start" >&2; return 1; fi
        sleep 1
    done
    echo "Label Studio did not answer at $1 within $3 s" >&2
    return 1
}

case "${1:-}" in
install)
    [[ -d "$VENV" ]] || python3.11 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet -c "$ROOT/scripts/constraints/labelstudio.txt" "label-studio==$LS_VERSION"
    # Not `label-studio --version`: in 1.23 it prints the version and then starts a server that never exits.
    "$VENV/bin/pip" show label-studio | sed -n 's/^Version: /label-studio /p'
    ;;
start)
    port="${2:-8080}"
    data="$ROOT/.labelstudio"
    mkdir -p "$data"
    token_file="$data/destek-token"
    [[ -s "$token_file" ]] || python3 -c "import secrets; print(secrets.token_hex(20))" >"$token_file"
    password_file="$data/destek-password"
    [[ -s "$password_file" ]] || python3 -c "import secrets; print(secrets.token_urlsafe(16))" >"$password_file"
    chmod 600 "$token_file" "$password_file"
    echo "export LABEL_STUDIO_URL=http://127.0.0.1:$port LABEL_STUDIO_API_KEY=$(cat "$token_file")"
    echo "UI login: $ADMIN / password in $password_file"
    exec "$(ls_bin)" start --no-browser --internal-host 127.0.0.1 --port "$port" --data-dir "$data" \
        --username "$ADMIN" --password "$(cat "$password_file")" --user-token "$(cat "$token_file")"
    ;;
fixture)
    bin="$(ls_bin)"
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    port="$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")"
    start=$(date +%s)
    "$bin" start --no-browser --internal-host 127.0.0.1 --port "$port" --data-dir "$work/data" \
        --username "$ADMIN" --password "$TEST_PASSWORD" --user-token "$TEST_TOKEN" >"$work/log" 2>&1 &
    pid=$!
    if ! wait_healthy "http://127.0.0.1:$port" "$pid" 300; then tail -20 "$work/log" >&2; kill "$pid"; exit 1; fi
    echo "cold start (migrations): $(($(date +%s) - start)) s"
    kill "$pid"
    wait "$pid" || true
    mkdir -p "$ROOT/tests/fixtures"
    tar czf "$ROOT/tests/fixtures/labelstudio-data.tar.gz" -C "$work" data
    ls -l "$ROOT/tests/fixtures/labelstudio-data.tar.gz"
    ;;
*)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
