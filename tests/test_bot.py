"""The bot end to end with a deterministic fake model against the seeded demo backend.

A fake backend makes the model's decision (intent scores, entity lines) a test input, so these tests pin
everything the bot does around the model: prompts, confidence, span validation, tool planning, dry-run tool
execution, grounded replies, routing, latency, and what `draft_pending` stores and commits.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from time import monotonic, sleep
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from db.contract import load_contract
from db.demo import DemoData, Row
from db.models import DRAFT_CONTENT_FIELDS, Draft, HumanHandoff, Order, Refund, Ticket
from serving.bot import MAX_ENTITY_TOKENS, STOP, Bot
from serving.drafting import (
    AUTO_RESOLVED,
    DRAFT_FAILED,
    DRAFTED,
    DRAFTING,
    PENDING,
    BackgroundDrafter,
    DraftingPolicy,
    claim,
    draft_pending,
    execute_calls,
)
from serving.ingest import import_rows
from serving.llm import LLMError
from serving.prompt import intent_choice, intent_continuation, ticket_prompt
from serving.vault import VAULT

INTENTS = load_contract().intent_ids


@dataclass
class FakeBackend:
    """An LLMBackend whose answer is chosen by the test: the first rule whose keyword is in the prompt wins.

    A rule is (keyword, intent, entity lines); the chosen intent scores 0 and the others `-gap`, so the
    confidence is exp(0) / (exp(0) + 43 exp(-gap)). `fail` makes score or generate raise LLMError.
    """

    rules: list[tuple[str, str, str]] = field(default_factory=list)
    default: tuple[str, str] = ("selamlama", "-")
    gap: float = 12.0
    fail: str | None = None
    model_name: str = "fake-model"
    adapter_name: str | None = "fake-adapter"
    calls: list[tuple[str, Any]] = field(default_factory=list)

    def _answer(self, prompt: str) -> tuple[str, str]:
        return next(((intent, lines) for key, intent, lines in self.rules if key in prompt), self.default)

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        self.calls.append(("score", (prompt, list(continuations))))
        if self.fail == "score":
            raise LLMError("connection refused")
        intent, _ = self._answer(prompt)
        return [0.0 if c == intent_choice(intent) else -self.gap for c in continuations]

    def generate(
        self, prompt: str, *, max_new_tokens: int, stop: Sequence[str], vocabulary: Sequence[str] | None = None
    ) -> str:
        self.calls.append(("generate", (prompt, max_new_tokens, tuple(stop), vocabulary)))
        if self.fail == "generate":
            raise LLMError("timeout after 3 attempts")
        return self._answer(prompt)[1]


def fake_bot(*rules: tuple[str, str, str], **kwargs: Any) -> Bot:
    return Bot(FakeBackend(list(rules), **kwargs))


@pytest.fixture
def session(demo_engine: Engine) -> Iterator[Session]:
    with Session(demo_engine) as session:
        yield session
        session.rollback()


def _now(demo: DemoData) -> datetime:
    return datetime.combine(demo.today, time(9), UTC)


def _order(demo: DemoData, status: str) -> Row:
    return next(o for o in demo.orders if o["status"] == status)


# ── predict ───────────────────────────────────────────────────────────────────────────


def test_predict_prompts_scores_all_intents_and_parses_entities() -> None:
    text = "Merhaba, 4815162342 nolu siparişim nerede?"
    bot = fake_bot(("4815162342", "siparis_status", "order_number: 4815162342"))
    prediction = bot.predict(text)
    backend = bot.backend
    assert isinstance(backend, FakeBackend)
    (_, (prompt, continuations)), (_, (gen_prompt, max_tokens, stop, vocabulary)) = backend.calls
    assert prompt == ticket_prompt(text)
    assert continuations == [intent_choice(i) for i in INTENTS]
    assert gen_prompt == prompt + intent_continuation("siparis_status")
    assert (max_tokens, stop) == (MAX_ENTITY_TOKENS, STOP)
    assert vocabulary is not None and text in vocabulary and "product: " in vocabulary  # copy from the ticket
    assert "order_number: " not in vocabulary  # numbers come from the patterns (serving/extract.py)
    assert prediction.intent == "siparis_status"
    assert prediction.confidence > 0.99
    assert set(prediction.intent_probs) == set(INTENTS)
    assert math.isclose(sum(prediction.intent_probs.values()), 1.0, abs_tol=1e-4)
    assert prediction.top_intents(3)[0][0] == "siparis_status"
    assert len(prediction.top_intents()) == 5
    assert [(e.type, e.value) for e in prediction.entities] == [("order_number", "4815162342")]
    assert prediction.raw_output == " durum\norder_number: 4815162342"
    assert prediction.problems == []


# ── draft: routes against the demo backend ────────────────────────────────────────────────────────


def test_confident_order_status_of_own_order_is_auto(session: Session, demo_data: DemoData) -> None:
    order = _order(demo_data, "kargoda")
    text = f"Merhaba, {order['order_number']} numaralı siparişim nerede?"
    bot = fake_bot((order["order_number"], "siparis_status", f"order_number: {order['order_number']}"))
    result = bot.draft(session, text, order["customer_id"], now=_now(demo_data))
    assert result.tool_calls == [{"name": "get_order_status", "arguments": {"order_number": order["order_number"]}}]
    (tool_result,) = result.tool_results
    assert tool_result["ok"] and tool_result["result"]["found"]
    assert (result.route.route, result.route.reason) == ("auto", "auto")
    assert result.reply_source == "template"
    assert order["order_number"] in result.reply and "kargoda" in result.reply
    assert result.latency_s > 0
    assert (result.model, result.adapter) == ("fake-model", "fake-adapter")
    row = result.as_row()
    assert tuple(row) == DRAFT_CONTENT_FIELDS and set(row) <= set(Draft.model_fields)
    assert row["valid"] is True and row["error"] is None and row["route_reason"] == "Otomatik yanıtlandı"


def test_another_customers_order_goes_to_a_human(session: Session, demo_data: DemoData) -> None:
    order = _order(demo_data, "kargoda")
    stranger = next(c["id"] for c in demo_data.customers if c["id"] != order["customer_id"])
    text = f"{order['order_number']} nerede?"
    bot = fake_bot((order["order_number"], "siparis_status", f"order_number: {order['order_number']}"))
    result = bot.draft(session, text, stranger, now=_now(demo_data))
    assert result.route.route == "human"


def test_another_customers_order_reveals_nothing(session: Session, demo_data: DemoData) -> None:
    """Whatever the route, the draft for a stranger's order must not leak its carrier, tracking or status."""
    order = _order(demo_data, "kargoda")
    shipment = demo_data.shipment_of(order["id"])
    assert shipment is not None
    stranger = next(c["id"] for c in demo_data.customers if c["id"] != order["customer_id"])
    bot = fake_bot((order["order_number"], "siparis_status", f"order_number: {order['order_number']}"))
    result = bot.draft(session, f"{order['order_number']} nerede?", stranger, now=_now(demo_data))
    assert result.tool_results[0]["result"]["found"] is False
    assert "bulunamadı" in result.reply
    assert shipment["tracking_number"] not in result.reply and "kargoda" not in result.reply


def test_draft_is_a_dry_run(seeded_engine: Engine, demo_data: DemoData) -> None:
    """Even a committed session keeps the backend unchanged: side effects are previewed, not applied."""
    order = _order(demo_data, "hazirlaniyor")
    text = f"{order['order_number']} nolu siparişimi iptal edin"
    bot = fake_bot((order["order_number"], "siparis_iptal", f"order_number: {order['order_number']}"))
    with Session(seeded_engine) as session:
        refunds_before = session.exec(select(func.count()).select_from(Refund)).one()
        result = bot.draft(session, text, order["customer_id"], now=_now(demo_data))
        assert result.tool_results[0]["result"]["cancelled"] is True
        assert result.route.reason == "auto"
        session.commit()
    with Session(seeded_engine) as session:
        stored = session.exec(select(Order).where(Order.order_number == order["order_number"])).one()
        assert stored.status == "hazirlaniyor"
        assert session.exec(select(func.count()).select_from(Refund)).one() == refunds_before
        assert session.exec(select(func.count()).select_from(Draft)).one() == 0


def test_transfer_is_previewed_without_a_handoff(session: Session, demo_data: DemoData) -> None:
    bot = fake_bot(("iki kez", "cift_cekim", "-"))
    result = bot.draft(session, "Kartımdan iki kez çekildi", 1, now=_now(demo_data))
    assert result.tool_calls == [{"name": "transfer_to_human", "arguments": {"reason": "Çift çekim"}}]
    assert result.tool_results[0]["result"]["queue"] == "odeme"
    assert (result.route.route, result.route.reason) == ("human", "intent_needs_human")
    assert session.exec(select(func.count()).select_from(HumanHandoff)).one() == 0


def test_shipped_order_cancel_is_refused_to_a_human(session: Session, demo_data: DemoData) -> None:
    order = _order(demo_data, "kargoda")
    bot = fake_bot((order["order_number"], "siparis_iptal", f"order_number: {order['order_number']}"))
    result = bot.draft(session, f"{order['order_number']} iptal", order["customer_id"], now=_now(demo_data))
    assert (result.route.route, result.route.reason) == ("human", "tool_refused")
    assert "iptal edilemez" in result.reply


@pytest.mark.parametrize("where", ["score", "generate"])
def test_model_down_goes_to_a_human_with_the_reason(session: Session, where: str) -> None:
    bot = fake_bot(default=("siparis_status", "order_number: 4815162342"), fail=where)
    result = bot.draft(session, "4815162342 nerede?", 1)
    assert result.route.route == "human"
    assert result.route.reason == "invalid_output"
    assert "model unavailable" in result.route.label
    assert result.tool_results == []
    assert result.as_row()["valid"] is False
    assert result.latency_s > 0
    if where == "score":
        assert result.prediction.intent is None and result.prediction.intent_probs == {}
    else:
        assert result.prediction.intent == "siparis_status"


def test_hallucinated_order_number_is_never_executed(session: Session, demo_data: DemoData) -> None:
    order = _order(demo_data, "kargoda")
    bot = fake_bot(default=("siparis_status", f"order_number: {order['order_number']}"))
    result = bot.draft(session, "Siparişim 12345678 nerede?", order["customer_id"], now=_now(demo_data))
    assert result.tool_results == []
    assert result.route.reason == "invalid_output"
    assert "is not in the ticket text" in result.route.detail
    assert order["order_number"] not in result.reply


def test_missing_order_number_asks_the_customer(session: Session) -> None:
    bot = fake_bot(default=("siparis_status", "-"))
    result = bot.draft(session, "Siparişim nerede?", 1)
    assert result.tool_calls == [] and result.tool_results == []
    assert (result.route.route, result.route.reason) == ("auto", "ask_customer")
    assert result.reply_source == "ask" and "sipariş numaranızı" in result.reply


def test_low_confidence_goes_to_a_human(session: Session, demo_data: DemoData) -> None:
    order = _order(demo_data, "kargoda")
    bot = fake_bot((order["order_number"], "siparis_status", f"order_number: {order['order_number']}"), gap=1.0)
    result = bot.draft(session, f"{order['order_number']} nerede", order["customer_id"], now=_now(demo_data))
    assert result.prediction.confidence < 0.1
    assert result.route.reason == "low_confidence"


def test_policy_intent_needs_no_tools(session: Session) -> None:
    bot = fake_bot(default=("iade_kosullari", "-"))
    result = bot.draft(session, "İade koşulları neler?", None)
    assert result.reply_source == "policy" and result.route.reason == "auto"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Plus üyelikte kargo bedava mı?", "auto"),
        ("permium üyelik ücreti ne kadar", "auto"),  # one typo in the programme's name
        ("Üyelikten çıkmak istemiştim.", "auto_condition"),  # an account deletion the model read as premium
    ],
)
def test_a_premium_draft_is_auto_resolved_only_when_the_ticket_names_the_programme(
    session: Session, text: str, reason: str
) -> None:
    bot = fake_bot(default=("premium_uyelik", "-"))
    result = bot.draft(session, text, None)
    assert result.prediction.confidence > 0.99
    assert result.route.reason == reason
    if reason == "auto_condition":
        assert result.route.route == "human"
        assert result.route.label == "Otomatik yanıt koşulu sağlanmadı: Plus / Premium adı geçmiyor"


# ── draft_pending: stores drafts, updates tickets, commits auto-resolved side effects ────────────


def _import(engine: Engine, *rows: dict[str, Any]) -> list[int]:
    report = import_rows(engine, enumerate(rows, start=1), source="test")
    assert report.errors == []
    return report.ticket_ids


def test_draft_pending_stores_drafts_and_commits_auto_resolutions(seeded_engine: Engine, demo_data: DemoData) -> None:
    cancel = next(
        o for o in demo_data.orders if o["status"] == "hazirlaniyor" and o["payment_method"] != "Kapıda ödeme"
    )
    address_order = next(o for o in demo_data.orders if o["status"] == "hazirlaniyor" and o["id"] != cancel["id"])
    new_address = "Caferağa Mah. Moda Cad. No:12 D:3 Kadıköy/İstanbul"
    ids = _import(
        seeded_engine,
        {"text": f"{cancel['order_number']} nolu siparişimi iptal edin", "customer_id": cancel["customer_id"]},
        {"text": "Kartımdan iki kez çekim yapıldı", "customer_id": 1},
        {"text": "Siparişim nerede?", "customer_id": 1},
        {
            "text": f"{address_order['order_number']} siparişin adresi {new_address} olsun",
            "customer_id": address_order["customer_id"],
        },
    )
    bot = fake_bot(
        (cancel["order_number"], "siparis_iptal", f"order_number: {cancel['order_number']}"),
        ("iki kez", "cift_cekim", "-"),
        ("nerede", "siparis_status", "-"),
        (address_order["order_number"], "siparis_adres_degistir", f"order_number: {address_order['order_number']}"),
    )
    progress: list[tuple[int, int]] = []
    report = draft_pending(seeded_engine, bot, progress=lambda done, total: progress.append((done, total)))
    assert (report.drafted, report.auto, report.human) == (4, 3, 1)
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(report.latencies) == 4 and all(latency > 0 for latency in report.latencies)

    with Session(seeded_engine) as session:
        drafts = {d.ticket_id: d for d in session.exec(select(Draft)).all()}
        tickets = {t.id: t for t in session.exec(select(Ticket)).all()}
        assert set(drafts) == set(ids)
        cancel_draft, transfer_draft, ask_draft, address_draft = (drafts[i] for i in ids)
        assert [tickets[i].status for i in ids] == [AUTO_RESOLVED, DRAFTED, AUTO_RESOLVED, AUTO_RESOLVED]

        assert cancel_draft.route == "auto" and cancel_draft.intent == "siparis_iptal"
        assert cancel_draft.model == "fake-model" and cancel_draft.adapter == "fake-adapter"
        assert cancel_draft.tool_results[0]["result"]["cancelled"] is True
        assert "iptal edildi" in cancel_draft.reply
        assert cancel_draft.latency_s == report.latencies[0]
        assert math.isclose(sum(cancel_draft.intent_probs.values()), 1.0, abs_tol=1e-4)
        order = session.exec(select(Order).where(Order.order_number == cancel["order_number"])).one()
        assert order.status == "iptal"  # the auto-resolved side effect was committed
        assert session.exec(select(func.count()).select_from(Refund).where(Refund.order_id == order.id)).one() >= 1

        assert transfer_draft.route == "human" and transfer_draft.route_reason.startswith("Bu talep türü")
        assert session.exec(select(func.count()).select_from(HumanHandoff)).one() == 0  # awaits an agent

        assert ask_draft.reply_source == "ask" and ask_draft.tool_calls == []

        moved = session.exec(select(Order).where(Order.order_number == address_order["order_number"])).one()
        assert moved.delivery_address == new_address  # resolved from the vault, never from stored text
        assert new_address not in address_draft.prompt and new_address not in address_draft.reply
        assert "[ADRES]" in address_draft.prompt

    assert draft_pending(seeded_engine, bot).drafted == 0  # nothing pending any more
    for ticket_id in ids:
        VAULT.forget(ticket_id)


def test_draft_pending_limit_and_model_down(seeded_engine: Engine) -> None:
    _import(seeded_engine, {"text": "ilk mesaj", "id": "a"}, {"text": "ikinci mesaj", "id": "b"})
    report = draft_pending(seeded_engine, fake_bot(fail="score"), limit=1)
    assert (report.drafted, report.human) == (1, 1)
    with Session(seeded_engine) as session:
        (draft,) = session.exec(select(Draft)).all()
        assert draft.valid is False and "model unavailable" in (draft.error or "")
        assert draft.route_reason.startswith("Model yanıtı geçersiz")
        statuses = sorted(t.status for t in session.exec(select(Ticket)).all())
        assert statuses == [DRAFTED, PENDING]


def test_draft_pending_goes_past_a_ticket_that_fails_and_records_it_failed(seeded_engine: Engine) -> None:
    _import(seeded_engine, {"text": "patlayan mesaj", "id": "a"}, {"text": "sağlam mesaj", "id": "b"})

    class Exploding(FakeBackend):
        def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
            if "patlayan" in prompt:
                raise OverflowError("int too large to convert")
            return super().score(prompt, continuations)

    report = draft_pending(seeded_engine, Bot(Exploding()))
    assert report.drafted == 1 and [error for _, error in report.failed] == ["OverflowError"]
    with Session(seeded_engine) as session:
        tickets = {t.text: t for t in session.exec(select(Ticket)).all()}
    failed = tickets["patlayan mesaj"]
    assert (failed.status, failed.draft_error, failed.draft_attempts) == (DRAFT_FAILED, "OverflowError", 1)
    assert tickets["sağlam mesaj"].status not in (PENDING, DRAFT_FAILED)
    assert draft_pending(seeded_engine, fake_bot(), policy=DraftingPolicy()).drafted == 0  # waits for its delay
    again = draft_pending(seeded_engine, fake_bot())  # a hand run retries it at once
    assert again.drafted == 1 and not again.failed
    with Session(seeded_engine) as session:
        retried = session.get(Ticket, failed.id)
        assert (retried.draft_error, retried.draft_attempts) == (None, 2)
        assert len(session.exec(select(Draft).where(Draft.ticket_id == failed.id)).all()) == 1


def test_drafting_policy_grace_lease_and_retry_delays() -> None:
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    policy = DraftingPolicy(grace_s=10, lease_s=120, retry_base_s=30, max_attempts=3)

    def ticket(status: str, age_s: float, attempts: int = 0) -> Ticket:
        started = now - timedelta(seconds=age_s)
        return Ticket(
            dedupe_key="k",
            text="t",
            status=status,
            created_at=started,
            draft_started_at=started,
            draft_attempts=attempts,
        )

    assert not policy.due(ticket(PENDING, 5), now) and policy.due(ticket(PENDING, 11), now)
    assert not policy.due(ticket(DRAFTING, 100, 1), now) and policy.due(ticket(DRAFTING, 121, 1), now)
    assert not policy.due(ticket(DRAFT_FAILED, 29, 1), now) and policy.due(ticket(DRAFT_FAILED, 31, 1), now)
    assert not policy.due(ticket(DRAFT_FAILED, 119, 2), now) and policy.due(ticket(DRAFT_FAILED, 121, 2), now)
    assert not policy.due(ticket(DRAFT_FAILED, 10_000, 3), now)  # out of attempts: an agent or a resend retries
    assert not policy.due(ticket(DRAFTED, 10_000), now)


def test_only_one_of_two_drafters_claims_a_ticket(seeded_engine: Engine) -> None:
    _import(seeded_engine, {"text": "tek mesaj", "id": "a"})
    with Session(seeded_engine) as first, Session(seeded_engine) as second:
        mine = first.exec(select(Ticket)).one()
        theirs = second.exec(select(Ticket)).one()  # read the same version
        assert claim(first, mine) is True
        assert claim(second, theirs) is False
        assert mine.status == DRAFTING and mine.draft_attempts == 1


def test_background_drafter_drafts_what_a_crash_left_behind(seeded_engine: Engine) -> None:
    _import(seeded_engine, {"text": "yarım kalan mesaj", "id": "a"})
    with Session(seeded_engine) as session:  # a server died mid-draft: claimed, never finished
        assert claim(session, session.exec(select(Ticket)).one(), now=datetime.now(UTC) - timedelta(minutes=5))
    policy = DraftingPolicy(grace_s=0, lease_s=60)
    drafter = BackgroundDrafter(lambda: draft_pending(seeded_engine, fake_bot(), policy=policy), interval_s=0.05)
    drafter.start()
    try:
        deadline = monotonic() + 10
        while monotonic() < deadline:
            with Session(seeded_engine) as session:
                if session.exec(select(Draft)).first() is not None:
                    break
            sleep(0.05)
    finally:
        drafter.stop()
    with Session(seeded_engine) as session:
        assert len(session.exec(select(Draft)).all()) == 1
        assert session.exec(select(Ticket)).one().status not in (PENDING, DRAFTING)


def test_execute_calls_commits(seeded_engine: Engine, demo_data: DemoData) -> None:
    order = _order(demo_data, "hazirlaniyor")
    call = {"name": "cancel_order", "arguments": {"order_number": order["order_number"], "reason": "Vazgeçtim"}}
    with Session(seeded_engine) as session:
        (result,) = execute_calls(session, order["customer_id"], [call], {})
        assert result["ok"] and result["result"]["cancelled"]
    with Session(seeded_engine) as session:
        assert session.exec(select(Order.status).where(Order.id == order["id"])).one() == "iptal"
