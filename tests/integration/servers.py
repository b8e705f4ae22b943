"""Starting and stopping the real servers the integration tests talk to (Streamlit, Label Studio)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(url: str) -> bool:
    """True when a GET of `url` returns 200."""
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.TransportError:
        return False


@contextmanager
def running_server(
    name: str,
    command: list[str],
    *,
    health_url: str,
    env: dict[str, str],
    log_path: Path,
    timeout_s: float,
    cwd: Path | None = None,
) -> Iterator[None]:
    """Run `command` in its own process group until `health_url` answers; stop the whole group afterwards.

    A server that exits or stays silent past `timeout_s` fails the test with the end of its log.
    """
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        started = time.monotonic()
        while not answers(health_url):
            if process.poll() is not None or time.monotonic() - started > timeout_s:
                pytest.fail(f"{name} did not start at {health_url}:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.25)
        print(f"{name} ready after {time.monotonic() - started:.1f} s")
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=20)
