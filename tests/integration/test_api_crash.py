"""Kill the API server with SIGKILL while ten tickets are being posted: after a restart, every ticket the
server accepted ends with exactly one draft, without any client resending it, and resends get their drafts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from db.models import Customer, Draft, Ticket
from serving.drafting import UNDRAFTED
from tests.integration.servers import answers, free_port
from tests.test_api import new_key

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def start_server(engine: Engine, port: int, delay_s: float, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "DESTEK_DRAFT_GRACE_S": "1",
        "DESTEK_DRAFT_LEASE_S": "2",
    }
    with log.open("ab") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.api_server", str(port), str(delay_s)],
            cwd=REPO,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while not answers(f"http://127.0.0.1:{port}/healthz"):
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the API server did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.2)
    return process


def counts(engine: Engine) -> tuple[int, int, int]:
    """(tickets, tickets without a draft yet, drafts)."""
    with Session(engine) as session:
        tickets = session.exec(select(func.count()).select_from(Ticket)).one()
        undrafted = session.exec(
            select(func.count()).select_from(Ticket).where(Ticket.status.in_(UNDRAFTED))  # type: ignore[attr-defined]
        ).one()
        drafts = session.exec(select(func.count()).select_from(Draft)).one()
    return tickets, undrafted, drafts


def test_sigkill_during_ten_posts_leaves_every_accepted_ticket_drafted_once(
    seeded_engine: Engine, tmp_path: Path
) -> None:
    key = new_key(seeded_engine)
    with Session(seeded_engine) as session:
        customer = session.exec(select(Customer.id)).first()
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1/tickets"
    headers = {"Authorization": f"Bearer {key}"}
    bodies = [
        {"text": f"Merhaba, siparişim nerede? Mesaj {n}.", "customer_id": customer, "external_id": f"crash-{n}"}
        for n in range(10)
    ]
    log = tmp_path / "api.log"

    def post(body: dict) -> int | None:
        try:
            return httpx.post(url, json=body, headers=headers, timeout=30).status_code
        except httpx.TransportError:  # the server died under it
            return None

    server = start_server(seeded_engine, port, delay_s=1.5, log=log)
    with ThreadPoolExecutor(10) as pool:
        futures = [pool.submit(post, body) for body in bodies]
        deadline = time.monotonic() + 30
        while counts(seeded_engine)[0] < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        server.send_signal(signal.SIGKILL)  # mid-flight: tickets stored, drafts not finished
        server.wait(timeout=10)
        answered = [future.result() for future in futures]
    accepted, undrafted, _ = counts(seeded_engine)
    print(f"at the kill: {accepted} tickets stored, {undrafted} without a draft; answers {answered}")
    assert accepted >= 5 and undrafted >= 1, "the kill came too late to test anything"

    server = start_server(seeded_engine, port, delay_s=0.05, log=log)
    try:
        deadline = time.monotonic() + 60
        while counts(seeded_engine)[1] and time.monotonic() < deadline:  # no client has resent anything yet
            time.sleep(0.2)
        tickets, undrafted, drafts = counts(seeded_engine)
        assert (tickets, undrafted, drafts) == (accepted, 0, accepted), log.read_text()[-3000:]

        resent = [httpx.post(url, json=body, headers=headers, timeout=30) for body in bodies]
        assert all(r.status_code in (200, 201) and r.json()["draft_id"] for r in resent), [r.text for r in resent]
        assert counts(seeded_engine) == (10, 0, 10)  # the tickets the kill lost are stored now, once each
        with Session(seeded_engine) as session:
            per_ticket = session.exec(select(Draft.ticket_id, func.count()).group_by(Draft.ticket_id)).all()
        assert all(n == 1 for _, n in per_ticket)
        assert "siparişim" not in log.read_text().casefold()  # the server logged no ticket text
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
