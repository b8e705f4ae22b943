"""Property-based fuzzing of the HTTP API: whatever a client sends, no 5xx and no echo of what it sent.

Seeded and bounded (`derandomize`, a fixed number of examples), so the run is the same every time and takes
seconds. Bodies mix well-formed tickets with every kind of wrong value: lone surrogates and control
characters in the text, texts over the limit, ids beyond 64 bits, floats, strings, nulls, nested objects,
and raw bytes that are not JSON or not UTF-8.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy.engine import Engine

from serving.api import create_app
from serving.apikeys import RateLimiter
from serving.bot import Bot
from tests.test_api import FakeBackend, bearer, fake_retarget, new_key

MARKER = "GIZLI-4111111111111111"
FUZZ = settings(
    max_examples=250,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

texts = st.one_of(
    st.text(min_size=0, max_size=60),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3),
    st.just(MARKER * 400),
    st.builds(lambda t: f"{MARKER} {t}", st.text(max_size=40)),
)
ids = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.none(),
    st.booleans(),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
bodies = st.fixed_dictionaries(
    {"text": texts, "customer_id": ids},
    optional={"external_id": st.one_of(texts, ids), "extra": json_values},
)


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from db.demo import build_demo, seed_demo
    from db.engine import init_db, make_engine
    from tests.conftest import SMALL_DEMO

    engine: Engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")
    init_db(engine)
    seed_demo(engine, build_demo(**SMALL_DEMO))
    app = create_app(engine, Bot(FakeBackend()), retarget=fake_retarget, limiter=RateLimiter(10**6, burst=10**6))
    with TestClient(app, headers=bearer(new_key(engine)), raise_server_exceptions=False) as client:
        yield client


def _dump(body: dict) -> bytes:
    return json.dumps(body, ensure_ascii=True, allow_nan=True).encode()


@FUZZ
@given(body=bodies)
def test_no_ticket_body_gives_a_5xx_or_an_echo(fuzz_client: TestClient, body: dict, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    response = fuzz_client.post("/v1/tickets", content=_dump(body), headers={"Content-Type": "application/json"})
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert MARKER not in response.text
    assert MARKER not in caplog.text


@FUZZ
@given(
    raw=st.binary(max_size=300),
    content_type=st.sampled_from(["application/json", "application/octet-stream", "text/plain"]),
)
def test_no_raw_body_gives_a_5xx(fuzz_client: TestClient, raw: bytes, content_type: str) -> None:
    response = fuzz_client.post("/v1/tickets", content=raw, headers={"Content-Type": content_type})
    assert response.status_code < 500, response.text


@FUZZ
@given(ticket_id=st.one_of(st.integers(min_value=-(2**80), max_value=2**80).map(str), st.text(max_size=20)))
def test_no_ticket_id_gives_a_5xx(fuzz_client: TestClient, ticket_id: str) -> None:
    response = fuzz_client.get(f"/v1/tickets/{quote(ticket_id, safe='')}")
    assert response.status_code < 500, response.text
