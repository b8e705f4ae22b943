"""The HTTP API with FastAPI's TestClient, a fake LLM backend and the small demo database."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from db.contract import load_contract
from db.models import DRAFT_CONTENT_FIELDS, Adapter, Customer, Draft, Ticket
from serving.api import DRAFT_OUT_COLUMNS, create_app
from serving.apikeys import SCOPES, RateLimiter, create_key
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


def new_key(engine: Engine, name: str = "test", scopes: Sequence[str] = SCOPES) -> str:
    with Session(engine) as session:
        _, secret = create_key(session, name, scopes)
        session.commit()
    return secret


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def client(seeded_engine: Engine) -> TestClient:
    """A client with a key of every scope (the hardening tests below use keys of their own)."""
    app = create_app(seeded_engine, Bot(FakeBackend()), retarget=fake_retarget)
    return TestClient(app, headers=bearer(new_key(seeded_engine)))


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


def test_a_draft_publishes_only_draft_columns_in_a_fixed_order(client: TestClient, seeded_engine: Engine) -> None:
    assert set(DRAFT_OUT_COLUMNS) <= set(DRAFT_CONTENT_FIELDS)
    response = client.post("/v1/tickets", json={"text": "kargom nerede", "customer_id": customer_id(seeded_engine)})
    assert list(response.json()) == ["ticket_id", "draft_id", "text", *DRAFT_OUT_COLUMNS]
    assert DRAFT_OUT_COLUMNS == (
        "intent",
        "confidence",
        "entities",
        "tool_calls",
        "reply",
        "route",
        "route_reason",
        "model",
        "adapter",
        "latency_s",
        "error",
    )


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


def test_the_same_message_sent_again_returns_its_ticket_and_draft(client: TestClient, seeded_engine: Engine) -> None:
    body = {"text": "iade etmek istiyorum", "customer_id": customer_id(seeded_engine), "external_id": "msg-1"}
    first = client.post("/v1/tickets", json=body)
    second = client.post("/v1/tickets", json=body)
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json()["ticket_id"] == first.json()["ticket_id"]
    assert second.json()["draft_id"] == first.json()["draft_id"]  # not drafted twice
    other = client.post("/v1/tickets", json={**body, "text": "başka bir mesaj"})
    assert other.status_code == 409
    assert f"ticket {first.json()['ticket_id']}" in other.json()["detail"]


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
    TestClient(app, headers=bearer(new_key(seeded_engine))).post(
        "/v1/tickets", json={"text": "merhaba", "customer_id": customer_id(seeded_engine)}
    )
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
    monkeypatch.setattr(
        httpx, "get", lambda url, timeout, headers: client.get(url.removeprefix("http://api-1"), headers=headers)
    )
    monkeypatch.delenv("DESTEK_API_KEY", raising=False)
    with pytest.raises(Exception, match="401"):  # /metrics needs a key with metrics:read
        api_inflight(["http://api-1"])("destek-v7")
    monkeypatch.setenv("DESTEK_API_KEY", new_key(seeded_engine, "monitor", ["metrics:read"]))
    inflight.enter("destek-v7")
    inflight.enter("destek-v7")
    count = api_inflight(["http://api-1", "http://api-1"])  # two API processes (here the same one twice)
    assert count("destek-v7") == 4
    inflight.leave("destek-v7")
    assert count("destek-v7") == 2
    assert count("destek-v8") == 0


# ── Hardening: keys, scopes, limits, and nothing echoed or crashed ────────────────────────────────────

PII_TEXT = (
    "Merhaba, TC 10000000146, kart 4111 1111 1111 1111, IBAN TR330006100519786457841326, "
    "telefonum 0532 123 45 67. Siparişim nerede?"
)
RAW_PII = ("10000000146", "4111 1111 1111 1111", "TR330006100519786457841326", "0532 123 45 67")


@pytest.fixture
def app(seeded_engine: Engine):
    return create_app(seeded_engine, Bot(FakeBackend()), retarget=fake_retarget)


def test_every_endpoint_but_healthz_needs_a_valid_key(app, seeded_engine: Engine) -> None:
    anonymous = TestClient(app)
    body = {"text": "merhaba", "customer_id": customer_id(seeded_engine)}
    assert anonymous.get("/healthz").status_code == 200
    for response in (
        anonymous.post("/v1/tickets", json=body),
        anonymous.get("/v1/tickets/1"),
        anonymous.get("/metrics"),
        TestClient(app, headers=bearer("dsk_not-a-real-key")).post("/v1/tickets", json=body),
        TestClient(app, headers={"Authorization": "Basic dXNlcjpwYXNz"}).get("/v1/tickets/1"),
    ):
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
    with Session(seeded_engine) as session:
        assert session.exec(select(Ticket)).all() == []  # nothing was stored for an anonymous caller


def test_scopes_and_revocation(app, seeded_engine: Engine) -> None:
    from serving.apikeys import revoke_key

    reader = TestClient(app, headers=bearer(new_key(seeded_engine, "reader", ["tickets:read"])))
    body = {"text": "merhaba", "customer_id": customer_id(seeded_engine)}
    assert reader.post("/v1/tickets", json=body).status_code == 403
    assert reader.get("/metrics").status_code == 403
    writer = TestClient(app, headers=bearer(new_key(seeded_engine, "writer", ["tickets:write"])))
    assert writer.post("/v1/tickets", json=body).status_code == 201
    with Session(seeded_engine) as session:
        revoke_key(session, "writer")
        session.commit()
    assert writer.post("/v1/tickets", json={**body, "text": "tekrar"}).status_code == 401


def test_a_key_sees_only_its_own_tickets_and_message_ids_are_per_key(app, seeded_engine: Engine) -> None:
    one = TestClient(app, headers=bearer(new_key(seeded_engine, "one")))
    two = TestClient(app, headers=bearer(new_key(seeded_engine, "two")))
    body = {"text": "siparişim nerede", "customer_id": customer_id(seeded_engine), "external_id": "m-1"}
    mine = one.post("/v1/tickets", json=body).json()["ticket_id"]
    assert one.get(f"/v1/tickets/{mine}").status_code == 200
    theirs = two.get(f"/v1/tickets/{mine}")
    assert theirs.status_code == 404 and theirs.json() == two.get("/v1/tickets/999999").json() | {
        "detail": f"ticket {mine} does not exist"
    }
    again = two.post("/v1/tickets", json=body)  # the same external_id from another key is another ticket
    assert again.status_code == 201 and again.json()["ticket_id"] != mine


def test_a_key_past_its_rate_gets_429_with_retry_after(seeded_engine: Engine) -> None:
    app = create_app(seeded_engine, Bot(FakeBackend()), retarget=fake_retarget, limiter=RateLimiter(6, burst=2))
    client = TestClient(app, headers=bearer(new_key(seeded_engine)))
    codes = [client.get("/v1/tickets/1").status_code for _ in range(3)]
    assert codes == [404, 404, 429]
    limited = client.get("/v1/tickets/1")
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    other = TestClient(app, headers=bearer(new_key(seeded_engine, "other")))
    assert other.get("/v1/tickets/1").status_code == 404  # limits are per key


def test_the_rate_limiter_refills() -> None:
    limiter = RateLimiter(per_minute=60, burst=1)
    assert limiter.take(1, now=0.0) is None
    assert limiter.take(1, now=0.1) == 1
    assert limiter.take(1, now=1.2) is None


@pytest.mark.parametrize(
    "body",
    [
        {"text": "\ud800 " + PII_TEXT, "customer_id": 1},
        {"text": PII_TEXT * 40, "customer_id": 1},
        {"text": PII_TEXT, "customer_id": 9223372036854775808},
        {"text": PII_TEXT, "customer_id": -1},
        {"text": PII_TEXT, "customer_id": "bir"},
        {"text": PII_TEXT, "customer_id": 1, "external_id": "\udfff"},
        {"text": [PII_TEXT], "customer_id": 1},
    ],
)
def test_bad_bodies_get_422_that_echoes_nothing(
    client: TestClient, body: dict, caplog: pytest.LogCaptureFixture
) -> None:
    import json

    response = client.post(
        "/v1/tickets", content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert not any(value in response.text for value in RAW_PII)
    assert not any(value in caplog.text for value in RAW_PII)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"text": "\xff\xfe bozuk", "customer_id": 1}', "application/json"),
        (bytes(range(256)) * 4, "application/octet-stream"),
        (b'{"text": "x", "customer_id": 1e400}', "application/json"),
        (b"", "application/json"),
        (b"[]", "application/json"),
    ],
)
def test_malformed_requests_are_refused_without_a_5xx(client: TestClient, content: bytes, content_type: str) -> None:
    response = client.post("/v1/tickets", content=content, headers={"Content-Type": content_type})
    assert 400 <= response.status_code < 500, response.text


def test_huge_ids_and_bodies_are_refused_not_crashed(client: TestClient) -> None:
    assert client.get("/v1/tickets/99999999999999999999999").status_code == 422
    assert client.get("/v1/tickets/0").status_code == 422
    assert (
        client.post("/v1/tickets", content=b"x" * 70_000, headers={"Content-Type": "application/json"}).status_code
        == 413
    )


def test_a_failed_draft_is_recorded_answered_202_and_retried(
    seeded_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    class Flaky(FakeBackend):
        down = True

        def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
            if Flaky.down:
                raise RuntimeError(f"boom while reading {prompt}")
            return super().score(prompt, continuations)

    app = create_app(seeded_engine, Bot(Flaky()), retarget=lambda bot, adapter: bot)
    client = TestClient(app, headers=bearer(new_key(seeded_engine)))
    body = {"text": PII_TEXT, "customer_id": customer_id(seeded_engine), "external_id": "m-1"}
    response = client.post("/v1/tickets", json=body)
    assert response.status_code == 202, response.text
    stored = response.json()
    assert (stored["status"], stored["draft_error"], stored["draft_attempts"], stored["draft"]) == (
        "draft_failed",
        "RuntimeError",
        1,
        None,
    )
    assert not any(value in response.text for value in RAW_PII)  # the masked text goes back to its sender
    assert not any(value in caplog.text for value in (*RAW_PII, "Siparişim"))  # and nothing of it to the log
    assert "RuntimeError" in caplog.text
    assert client.get(f"/v1/tickets/{stored['id']}").json()["status"] == "draft_failed"

    Flaky.down = False  # the model is back: a resend drafts it at once, and only once
    again = client.post("/v1/tickets", json=body)
    assert again.status_code == 200 and again.json()["ticket_id"] == stored["id"]
    assert client.post("/v1/tickets", json=body).json()["draft_id"] == again.json()["draft_id"]
    with Session(seeded_engine) as session:
        ticket = session.get(Ticket, stored["id"])
        assert (ticket.status != "draft_failed", ticket.draft_error, ticket.draft_attempts) == (True, None, 2)
        assert len(session.exec(select(Draft).where(Draft.ticket_id == ticket.id)).all()) == 1


def test_an_unexpected_failure_is_a_500_that_quotes_nothing(
    seeded_engine: Engine, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exploding(row: dict, source: str) -> None:
        raise RuntimeError(f"boom while reading {row['text']}")

    monkeypatch.setattr("serving.api.build_ticket", exploding)
    app = create_app(seeded_engine, Bot(FakeBackend()), retarget=fake_retarget)
    client = TestClient(app, headers=bearer(new_key(seeded_engine)), raise_server_exceptions=False)
    response = client.post("/v1/tickets", json={"text": PII_TEXT, "customer_id": customer_id(seeded_engine)})
    assert response.status_code == 500
    assert not any(value in response.text + caplog.text for value in (*RAW_PII, "Siparişim"))
    assert "RuntimeError" in caplog.text


def test_the_openapi_schema_documents_the_key_and_every_status(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    post = schema["paths"]["/v1/tickets"]["post"]
    assert {"200", "201", "202", "401", "403", "404", "409", "413", "422", "429"} <= set(post["responses"])
    assert post["security"] == [{"HTTPBearer": []}]
    assert {"401", "403", "404", "422", "429"} <= set(schema["paths"]["/v1/tickets/{ticket_id}"]["get"]["responses"])
    assert "security" not in schema["paths"]["/healthz"]["get"]


def test_apikeys_command_creates_lists_and_revokes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from app.cli import cli

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DESTEK_DB", str(tmp_path / "keys.db"))
    runner = CliRunner()
    created = runner.invoke(cli, ["apikeys", "create", "shop", "--scope", "tickets:write,metrics:read"])
    assert created.exit_code == 0, created.output
    secret = created.output.strip().splitlines()[-1]
    assert secret.startswith("dsk_") and len(secret) > 40
    listed = runner.invoke(cli, ["apikeys", "list"])
    assert "shop" in listed.output and secret not in listed.output
    assert runner.invoke(cli, ["apikeys", "create", "bad", "--scope", "admin"]).exit_code == 2
    assert runner.invoke(cli, ["apikeys", "revoke", "shop"]).exit_code == 0
    assert runner.invoke(cli, ["apikeys", "revoke", "nobody"]).exit_code == 2
