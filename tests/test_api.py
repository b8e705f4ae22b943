"""The HTTP API with FastAPI's TestClient, a fake LLM backend and the small demo database."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.models import Adapter, Customer, Draft, Ticket
from serving.api import create_app
from serving.bot import Bot
from serving.hotswap import InFlight

ORDER_TEXT = "Merhaba, siparişim nerede? Telefonum 0532 123 45 67."


class FakeBackend:
    """Prefers one intent and answers with no entities; remembers the adapter it was built for."""

    def __init__(self, adapter: str | None = None, intent: str = "siparis_gecmisi") -> None:
        self._adapter = adapter
        self.word = f" {load_contract().intent(intent).word}"

    @property
    def model_name(self) -> str:
        return "fake-model"

    @property
    def adapter_name(self) -> str | None:
        return self._adapter

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        return [0.0 if c == self.word else -8.0 for c in continuations]

    def generate(
        self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
    ) -> str:
        return "-"


def fake_retarget(bot: Bot, adapter: Adapter | None) -> Bot:
    return Bot(FakeBackend(adapter.name if adapter else None), threshold=bot.threshold, contract=bot.contract)


def customer_id(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(Customer.id)).first()


@pytest.fixture
def client(seeded_engine: Engine) -> TestClient:
    return TestClient(create_app(seeded_engine, Bot(FakeBackend()), retarget=fake_retarget))


def test_a_ticket_is_masked_stored_drafted_and_returned(client: TestClient, seeded_engine: Engine) -> None:
    response = client.post("/v1/tickets", json={"text": ORDER_TEXT, "customer_id": customer_id(seeded_engine)})
    assert response.status_code == 201, response.text
    draft = response.json()
    assert "0532" not in draft["text"]  # masked on the way in
    assert draft["intent"] == "siparis_gecmisi"
    assert draft["confidence"] > 0.9
    assert draft["tool_calls"] == [{"name": "list_customer_orders", "arguments": {}}]
    assert draft["route"] in ("auto", "human") and draft["route_reason"]
    assert draft["reply"] and draft["latency_s"] >= 0
    assert (draft["model"], draft["adapter"]) == ("fake-model", None)
    with Session(seeded_engine) as session:
        ticket = session.get(Ticket, draft["ticket_id"])
        assert "0532" not in ticket.text  # never stored in clear
        assert ticket.source == "api" and ticket.pii_types
        assert session.get(Draft, draft["draft_id"]).ticket_id == ticket.id


def test_get_returns_the_ticket_with_its_latest_draft(client: TestClient, seeded_engine: Engine) -> None:
    created = client.post("/v1/tickets", json={"text": "kargom nerede", "customer_id": customer_id(seeded_engine)})
    ticket_id = created.json()["ticket_id"]
    body = client.get(f"/v1/tickets/{ticket_id}").json()
    assert body["id"] == ticket_id and body["status"] in ("drafted", "auto_resolved")
    assert body["draft"]["draft_id"] == created.json()["draft_id"]
    missing = client.get("/v1/tickets/999999")
    assert missing.status_code == 404 and missing.json()["detail"] == "ticket 999999 does not exist"


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"text": "", "customer_id": 1}, 422, "at least 1 character"),
        ({"text": "x" * 5001, "customer_id": 1}, 422, "at most 5000 characters"),
        ({"text": "   ", "customer_id": 1}, 422, "missing or empty 'text'"),
        ({"customer_id": 1}, 422, "Field required"),
        ({"text": "merhaba", "customer_id": 987654}, 404, "customer 987654 does not exist"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(client: TestClient, body: dict, status: int, message: str) -> None:
    response = client.post("/v1/tickets", json=body)
    assert response.status_code == status
    assert message in response.text


def test_the_same_message_id_twice_is_a_conflict(client: TestClient, seeded_engine: Engine) -> None:
    body = {"text": "iade etmek istiyorum", "customer_id": customer_id(seeded_engine), "external_id": "msg-1"}
    first = client.post("/v1/tickets", json=body)
    second = client.post("/v1/tickets", json=body)
    assert second.status_code == 409
    assert f"ticket {first.json()['ticket_id']}" in second.json()["detail"]


def test_the_bot_follows_the_active_adapter(client: TestClient, seeded_engine: Engine, tmp_path: Path) -> None:
    cid = customer_id(seeded_engine)
    assert client.post("/v1/tickets", json={"text": "a", "customer_id": cid}).json()["adapter"] is None
    with Session(seeded_engine) as session:
        session.add(Adapter(name="destek-v7", base_model="fake-model", path=str(tmp_path), status="active"))
        session.commit()
    assert client.post("/v1/tickets", json={"text": "b", "customer_id": cid}).json()["adapter"] == "destek-v7"
    with Session(seeded_engine) as session:
        row = session.exec(select(Adapter).where(Adapter.name == "destek-v7")).one()
        row.status = "retired"
        session.add(row)
        session.commit()
    assert client.post("/v1/tickets", json={"text": "c", "customer_id": cid}).json()["adapter"] is None
    metrics = client.get("/metrics").text
    assert 'destek_active_adapter{adapter="base"} 1.0' in metrics
    assert 'destek_active_adapter{adapter="destek-v7"} 0.0' in metrics


def test_a_draft_is_counted_in_flight_on_its_adapter(seeded_engine: Engine) -> None:
    inflight = InFlight()
    seen: list[dict[str, int]] = []

    class Watching(FakeBackend):
        def generate(
            self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
        ) -> str:
            seen.append(inflight.snapshot())
            return "-"

    app = create_app(seeded_engine, Bot(Watching()), retarget=fake_retarget, inflight=inflight)
    TestClient(app).post("/v1/tickets", json={"text": "merhaba", "customer_id": customer_id(seeded_engine)})
    assert seen == [{"base": 1}]
    assert inflight.count("base") == 0


def test_metrics_count_requests_routes_and_latency(client: TestClient, seeded_engine: Engine) -> None:
    client.post("/v1/tickets", json={"text": "siparişlerim", "customer_id": customer_id(seeded_engine)})
    client.get("/v1/tickets/424242")
    text = client.get("/metrics").text
    assert 'destek_http_requests_total{method="POST",path="/v1/tickets",status="201"} 1.0' in text
    assert 'destek_http_requests_total{method="GET",path="/v1/tickets/{ticket_id}",status="404"} 1.0' in text
    assert 'destek_http_request_seconds_count{path="/v1/tickets"} 1.0' in text
    assert "destek_route_decisions_total{route=" in text
    assert 'destek_inflight_requests{adapter="base"} 0.0' in text


def test_healthz_reports_the_database(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_a_replica_is_down(seeded_engine: Engine) -> None:
    from serving.hotswap import Replica

    app = create_app(seeded_engine, Bot(FakeBackend()), replicas=[Replica("http://127.0.0.1:9", timeout_s=1)])
    response = TestClient(app).get("/healthz")
    assert response.status_code == 503
    assert response.json()["replicas"] == "down: http://127.0.0.1:9"


def test_a_swap_run_elsewhere_reads_the_in_flight_counts_from_metrics(
    seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx

    from serving.hotswap import api_inflight

    inflight = InFlight()
    client = TestClient(create_app(seeded_engine, Bot(FakeBackend()), retarget=fake_retarget, inflight=inflight))
    monkeypatch.setattr(httpx, "get", lambda url, timeout: client.get(url.removeprefix("http://api-1")))
    inflight.enter("destek-v7")
    inflight.enter("destek-v7")
    count = api_inflight(["http://api-1", "http://api-1"])  # two API processes (here the same one twice)
    assert count("destek-v7") == 4
    inflight.leave("destek-v7")
    assert count("destek-v7") == 2
    assert count("destek-v8") == 0
